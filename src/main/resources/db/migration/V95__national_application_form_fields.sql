-- Issue 13, defect 2: the fields of the national application form that were not kept — the applicant's ethnicity
-- (民族), the sources of the household's income (收入来源), the facts of the matter as told (案情, apart from 案由),
-- and where the matter stands (案件所处阶段, e.g. 尚未起诉, 一审).
ALTER TABLE case_party ADD COLUMN ethnicity VARCHAR(20);
ALTER TABLE legal_aid_case ADD COLUMN facts VARCHAR(4000);
ALTER TABLE legal_aid_case ADD COLUMN proceeding_status VARCHAR(40);
ALTER TABLE legal_aid_case ADD COLUMN means_income_sources VARCHAR(300);
