-- Issue 13, defect 1: a refusal names its grounds (RefusalGround codes, comma-separated); a decision taken against
-- the review's recommendation keeps the reason given for it.
ALTER TABLE legal_aid_case ADD COLUMN decision_grounds VARCHAR(200);
ALTER TABLE legal_aid_case ADD COLUMN decision_override_reason VARCHAR(1000);
