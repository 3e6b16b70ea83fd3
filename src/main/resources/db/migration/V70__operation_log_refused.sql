-- A refused access (outside the data scope, not found, no permission) is its own result in the operation log, so
-- that attempts across scope can be found and counted; reads of personal data are logged as well (issue 12).
ALTER TABLE operation_log ADD COLUMN refused BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX operation_log_refused_idx ON operation_log (occurred_at DESC) WHERE refused;
