-- Operation log (操作日志): one row per state-changing action, and per sign-in attempt.
CREATE TABLE operation_log
(
  id           BIGSERIAL PRIMARY KEY,
  occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  username     VARCHAR(60),
  display_name VARCHAR(60),
  unit_code    VARCHAR(32),
  unit_name    VARCHAR(200),
  unit_path    VARCHAR(400),
  action       VARCHAR(100) NOT NULL,
  http_method  VARCHAR(10),
  target       VARCHAR(400),
  succeeded    BOOLEAN      NOT NULL,
  status_code  INT,
  detail       VARCHAR(1000),
  client_ip    VARCHAR(64),
  duration_ms  INT
);
CREATE INDEX operation_log_time_idx ON operation_log (occurred_at DESC);
CREATE INDEX operation_log_unit_path_idx ON operation_log (unit_path text_pattern_ops);
CREATE INDEX operation_log_username_idx ON operation_log (username);
