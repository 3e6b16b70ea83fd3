-- Failures counted per key (a client address, an account name) with a growing delay once a key has failed too
-- often: shared by every node, updated by single atomic statements. Replaces the lock kept on staff_user, which
-- anyone could set on any account (staff_user.failed_attempts and locked_until are no longer written).
CREATE TABLE failure_throttle
(
  throttle_key    VARCHAR(200) PRIMARY KEY,
  failures        INT                      NOT NULL,
  last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
  blocked_until   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX failure_throttle_last_failure_idx ON failure_throttle (last_failure_at);

UPDATE staff_user SET failed_attempts = 0, locked_until = NULL WHERE failed_attempts <> 0 OR locked_until IS NOT NULL;

-- The hashes of an account's recent passwords (the current one included), so a change cannot reuse one of them.
CREATE TABLE password_history
(
  id            BIGSERIAL PRIMARY KEY,
  staff_user    BIGINT                   NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
  password_hash VARCHAR(200)             NOT NULL,
  set_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX password_history_user_idx ON password_history (staff_user, id DESC);

INSERT INTO password_history (staff_user, password_hash, set_at)
SELECT id, password_hash, password_changed_at FROM staff_user;
