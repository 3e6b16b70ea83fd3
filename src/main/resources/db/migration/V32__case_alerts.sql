-- Overdue alerts raised by the daily supervision run; supervisors see their subtree's alerts.
CREATE TABLE case_alert
(
  id           BIGSERIAL PRIMARY KEY,
  case_id      BIGINT       NOT NULL REFERENCES legal_aid_case (id) ON DELETE CASCADE,
  rule_code    VARCHAR(40)  NOT NULL,
  centre_path  VARCHAR(400) NOT NULL,
  rule_name    VARCHAR(100) NOT NULL,
  due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  raised_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  resolved_at  TIMESTAMP WITH TIME ZONE,
  UNIQUE (case_id, rule_code, due_at)
);
-- Clock rows are rewritten with their case, so an alert names the clock by rule and due time, not by row id.
CREATE INDEX case_alert_scope_idx ON case_alert (centre_path text_pattern_ops, raised_at DESC);
