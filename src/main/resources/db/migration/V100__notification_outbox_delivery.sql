-- The outbox is delivered (portal OutboxDelivery): right after the commit and, for failures, by a job once per
-- cluster, each message with its attempts, its last error and its state. The text (it holds a one-time code) and
-- the full phone are kept only encrypted, and only while the message is pending: once it is sent, given up or
-- expired, the row keeps what staff need — masked phone, kind (purpose), application number, state and times.
ALTER TABLE notification_outbox ADD COLUMN text_cipher TEXT;
ALTER TABLE notification_outbox ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'PENDING';
ALTER TABLE notification_outbox ADD COLUMN attempts INT NOT NULL DEFAULT 0;
ALTER TABLE notification_outbox ADD COLUMN last_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE notification_outbox ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now();
ALTER TABLE notification_outbox ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE notification_outbox ADD COLUMN last_error VARCHAR(300);
ALTER TABLE notification_outbox ALTER COLUMN recipient_cipher DROP NOT NULL;

-- Messages queued before were never delivered and their codes expired long ago: they are not sent any more, and
-- their clear text and encrypted phone go.
UPDATE notification_outbox
SET status = CASE WHEN sent THEN 'SENT' ELSE 'EXPIRED' END,
    expires_at = created_at + INTERVAL '10 minutes',
    recipient_cipher = NULL;
ALTER TABLE notification_outbox ALTER COLUMN expires_at SET NOT NULL;
DROP INDEX notification_outbox_unsent_idx;
ALTER TABLE notification_outbox DROP COLUMN text;
ALTER TABLE notification_outbox DROP COLUMN sent;

ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_status_check
  CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'EXPIRED'));
ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_secrets_only_while_pending
  CHECK (status = 'PENDING' OR (text_cipher IS NULL AND recipient_cipher IS NULL));
ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_pending_has_secrets
  CHECK (status <> 'PENDING' OR (text_cipher IS NOT NULL AND recipient_cipher IS NOT NULL));
CREATE INDEX notification_outbox_due_idx ON notification_outbox (next_attempt_at) WHERE status = 'PENDING';
