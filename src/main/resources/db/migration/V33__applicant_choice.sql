-- 点援制: the applicant's own choice of lawyer from the centre's published roster, and the client's request for
-- another handler (《法律援助法》第五十五条). Both are recorded on the case and in its timeline.
ALTER TABLE legal_aid_case
  ADD COLUMN preferred_practitioner_id   BIGINT REFERENCES practitioner (id),
  ADD COLUMN preferred_practitioner_name VARCHAR(60),
  ADD COLUMN handler_change_request      VARCHAR(1000),
  ADD COLUMN handler_change_requested_at TIMESTAMP WITH TIME ZONE;
