-- The rest of the quality contract (issue 14): whom a complaint is against, and the suspensions a decided complaint
-- imposes on a practitioner. Assignment reads both (a suspension keeps a practitioner out of candidate lists until it
-- ends; upheld complaints lower the ranking); subsidies read the withheld flag. Later quality migrations add the
-- complaint procedure's details.

-- Whom a complaint is against (投诉对象): a centre, a provider (firm), a handler, or a member of staff. At least one
-- per complaint; the complaint module refuses a complaint without one.
CREATE TABLE complaint_respondent
(
  id               BIGSERIAL PRIMARY KEY,
  complaint_id     BIGINT       NOT NULL REFERENCES complaint (id),
  kind             VARCHAR(20)  NOT NULL CHECK (kind IN ('CENTRE', 'PROVIDER', 'PRACTITIONER', 'STAFF')),
  organisation_id  BIGINT REFERENCES organisation (id),
  provider_id      BIGINT,
  practitioner_id  BIGINT REFERENCES practitioner (id),
  staff_username   VARCHAR(60),
  name             VARCHAR(120) NOT NULL
);
CREATE INDEX complaint_respondent_complaint_idx ON complaint_respondent (complaint_id);
CREATE INDEX complaint_respondent_practitioner_idx ON complaint_respondent (practitioner_id);

-- A handler suspended from the roster (暂停承办法律援助案件) for a period, e.g. as the measure of an upheld complaint.
-- In force on the days starts_on..ends_on inclusive, unless lifted.
CREATE TABLE practitioner_suspension
(
  id               BIGSERIAL PRIMARY KEY,
  practitioner_id  BIGINT       NOT NULL REFERENCES practitioner (id),
  starts_on        DATE         NOT NULL,
  ends_on          DATE         NOT NULL,
  reason           VARCHAR(500) NOT NULL,
  complaint_id     BIGINT REFERENCES complaint (id),
  decided_by_name  VARCHAR(60)  NOT NULL,
  decided_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  lifted_at        TIMESTAMP WITH TIME ZONE,
  CHECK (ends_on >= starts_on)
);
CREATE INDEX practitioner_suspension_idx ON practitioner_suspension (practitioner_id, ends_on);

-- A complaint's measure "subsidy withheld" (暂停/扣减补贴) names the case whose subsidy the finance module holds back.
ALTER TABLE complaint ADD COLUMN subsidy_withheld_case_id BIGINT REFERENCES legal_aid_case (id);
