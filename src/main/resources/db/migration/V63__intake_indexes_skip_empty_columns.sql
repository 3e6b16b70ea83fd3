-- A new application has neither a case number (given at the grant) nor a handler (given at the assignment). The
-- indexes on those columns leave such rows out, so a receipt maintains three indexes fewer — the trigram one is a
-- GIN index, the costliest to insert into. Every lookup names a value (=, IN, LIKE), which implies IS NOT NULL, so
-- the lookups still use them; case numbers stay unique.
ALTER TABLE legal_aid_case DROP CONSTRAINT legal_aid_case_case_number_key;
CREATE UNIQUE INDEX legal_aid_case_case_number_key ON legal_aid_case (case_number) WHERE case_number IS NOT NULL;

DROP INDEX legal_aid_case_handler_idx;
CREATE INDEX legal_aid_case_handler_idx ON legal_aid_case (handling_practitioner_id)
  WHERE handling_practitioner_id IS NOT NULL;

DROP INDEX legal_aid_case_number_trgm_idx;
CREATE INDEX legal_aid_case_number_trgm_idx ON legal_aid_case USING gin (case_number gin_trgm_ops)
  WHERE case_number IS NOT NULL;
