-- A checklist item may hold several files (e.g. 身份证 front and back): the version of a staff upload counts the
-- uploads of the same file name under the same item, and the unique key says exactly that. The old key
-- (case_id, item_code, version_no) refused a second file under one item with a conflict.
ALTER TABLE case_material DROP CONSTRAINT case_material_case_id_item_code_version_no_key;
ALTER TABLE case_material ADD CONSTRAINT case_material_file_version UNIQUE (case_id, item_code, file_name, version_no);
