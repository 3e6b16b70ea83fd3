-- The two records of the quality module that the rest of the platform reads (subsidies, statistics, assignment,
-- supervision): a case's final 一案一评 grade, and complaints. Later migrations of the quality module add their
-- details (items, revisions, investigation steps); these columns are the contract.

-- One final grade per case (一案一评). A revision replaces the row and keeps the old grade in a revision table.
CREATE TABLE case_grade
(
  case_id          BIGINT PRIMARY KEY REFERENCES legal_aid_case (id),
  centre_id        BIGINT        NOT NULL REFERENCES organisation (id),
  centre_path      VARCHAR(400)  NOT NULL,
  practitioner_id  BIGINT REFERENCES practitioner (id),
  provider_id      BIGINT,
  total            NUMERIC(5, 1) NOT NULL CHECK (total >= 0 AND total <= 100),
  grade            VARCHAR(16)   NOT NULL CHECK (grade IN ('EXCELLENT', 'GOOD', 'PASS', 'FAIL')),
  graded_by        VARCHAR(60)   NOT NULL,
  graded_by_name   VARCHAR(60)   NOT NULL,
  graded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  revision         INT           NOT NULL DEFAULT 0,
  version          INT           NOT NULL DEFAULT 0
);
CREATE INDEX case_grade_centre_idx ON case_grade (centre_path, graded_at);
CREATE INDEX case_grade_practitioner_idx ON case_grade (practitioner_id, graded_at);

-- A complaint (投诉) as others count it: the centre whose bureau handles it, when it came, where it stands, how it
-- was decided.
CREATE TABLE complaint
(
  id               BIGSERIAL PRIMARY KEY,
  version          INT          NOT NULL DEFAULT 0,
  centre_id        BIGINT       NOT NULL REFERENCES organisation (id),
  centre_path      VARCHAR(400) NOT NULL,
  case_id          BIGINT REFERENCES legal_aid_case (id),
  received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  status           VARCHAR(30)  NOT NULL,
  outcome          VARCHAR(20) CHECK (outcome IN ('UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD')),
  decided_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX complaint_centre_idx ON complaint (centre_path, received_at);
