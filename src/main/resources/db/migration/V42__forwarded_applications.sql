-- 转交申请: who forwarded a detained person's application and when the person applied (24-hour clock, art 39).
ALTER TABLE legal_aid_case
  ADD COLUMN forwarding_kind           VARCHAR(40),
  ADD COLUMN forwarding_forwarder_name VARCHAR(200),
  ADD COLUMN forwarding_applied_at     TIMESTAMP WITH TIME ZONE;
