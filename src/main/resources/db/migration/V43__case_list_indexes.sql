-- The case list over a national year of cases (1.4 million): newest first within a scope, counts per filter.
-- Newest first: walk this index and keep the rows of the caller's scope (centre_path is in the index itself).
CREATE INDEX legal_aid_case_recent_idx ON legal_aid_case (received_at DESC, id DESC) INCLUDE (centre_path);
-- Counting a filter within a scope reads only the index.
CREATE INDEX legal_aid_case_status_scope_idx ON legal_aid_case (status, centre_path text_pattern_ops);
CREATE INDEX legal_aid_case_type_scope_idx ON legal_aid_case (case_type, centre_path text_pattern_ops);
CREATE INDEX legal_aid_case_entry_scope_idx ON legal_aid_case (entry, centre_path text_pattern_ops);
-- Part of a case number, e.g. "0012" or "玄法援民" (pg_trgm is a trusted extension: the database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX legal_aid_case_number_trgm_idx ON legal_aid_case USING gin (case_number gin_trgm_ops);
