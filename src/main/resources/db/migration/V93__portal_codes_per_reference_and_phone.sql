-- One-time codes belong to a pair (public reference, phone) instead of an application number, so requests with a
-- wrong phone neither replace nor use up the applicant's codes. Every request gets a code row; only a code sent to
-- the client's phone on the case (delivered) can ever be accepted, so a wrong phone is answered exactly like a right
-- one. Codes live ten minutes, so the old ones are simply dropped.
DELETE FROM portal_access_code;
DROP INDEX portal_access_code_app_idx;
ALTER TABLE portal_access_code DROP COLUMN application_number;
-- keyed hash (blind index) of reference and phone; neither is stored here
ALTER TABLE portal_access_code ADD COLUMN requester_key CHAR(64) NOT NULL;
ALTER TABLE portal_access_code ADD COLUMN delivered BOOLEAN NOT NULL;
CREATE INDEX portal_access_code_requester_idx ON portal_access_code (requester_key, created_at DESC);
