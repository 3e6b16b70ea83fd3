-- Casework (案件): one case, one number, one file; its parties, statutory clocks and timeline.

CREATE TABLE legal_aid_case
(
  id                             BIGSERIAL PRIMARY KEY,
  version                        INT          NOT NULL DEFAULT 0,
  application_number             VARCHAR(30)  NOT NULL UNIQUE,
  case_number                    VARCHAR(80) UNIQUE,
  centre_id                      BIGINT       NOT NULL REFERENCES organisation (id),
  centre_path                    VARCHAR(400) NOT NULL,
  intake_unit_id                 BIGINT REFERENCES organisation (id),
  entry                          VARCHAR(30)  NOT NULL,
  channel                        VARCHAR(30)  NOT NULL,
  status                         VARCHAR(30)  NOT NULL,
  service_type                   VARCHAR(40),
  case_type                      VARCHAR(30),
  category                       VARCHAR(60),
  provincial_matter_code         VARCHAR(40),
  cause                          VARCHAR(200),
  criminal_stage                 VARCHAR(30),
  handling_body                  VARCHAR(200),
  handling_body_division         VARCHAR(12),
  dispute_division               VARCHAR(12),
  litigation                     BOOLEAN,
  amount_at_stake                NUMERIC(16, 2),
  possible_life_or_death         BOOLEAN,
  group_matter                   BOOLEAN,
  client_count                   INT,
  notification_body              VARCHAR(30),
  notification_body_name         VARCHAR(200),
  notification_reference         VARCHAR(100),
  notification_idempotency_key   VARCHAR(120),
  notification_reason            VARCHAR(200),
  decision_granted               BOOLEAN,
  decision_reasons               VARCHAR(2000),
  decision_basis                 VARCHAR(500),
  decision_decided_by            VARCHAR(60),
  decision_decided_at            TIMESTAMP WITH TIME ZONE,
  decision_provisional_aid       BOOLEAN,
  handling_practitioner_id       BIGINT REFERENCES practitioner (id),
  handling_practitioner_name     VARCHAR(60),
  handling_provider_id           BIGINT REFERENCES service_provider (id),
  handling_provider_name         VARCHAR(200),
  handling_assigned_at           TIMESTAMP WITH TIME ZONE,
  handling_assigned_by           VARCHAR(60),
  handling_applicants_choice     BOOLEAN,
  handling_agreement_signed_at   TIMESTAMP WITH TIME ZONE,
  closing_outcome                VARCHAR(40),
  closing_result                 VARCHAR(40),
  closing_money_recovered        NUMERIC(16, 2),
  closing_losses_avoided         NUMERIC(16, 2),
  closing_fees_waived            NUMERIC(16, 2),
  closing_report                 VARCHAR(4000),
  closing_submitted_at           TIMESTAMP WITH TIME ZONE,
  closing_reviewed_by            VARCHAR(60),
  closing_reviewed_at            TIMESTAMP WITH TIME ZONE,
  closing_return_reason          VARCHAR(1000),
  means_household_size           INT,
  means_monthly_household_income NUMERIC(14, 2),
  means_assistance_proofs        TEXT[],
  means_honesty_pledge_signed    BOOLEAN,
  materials_received             TEXT[],
  missing_materials              TEXT[],
  termination_ground             VARCHAR(50),
  termination_reason             VARCHAR(1000),
  objected_status                VARCHAR(30),
  objection_reason               VARCHAR(1000),
  received_at                    TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by                     VARCHAR(60)  NOT NULL,
  updated_at                     TIMESTAMP WITH TIME ZONE NOT NULL
);
-- A resent notification with the same idempotency key from the same body never makes a second case.
CREATE UNIQUE INDEX legal_aid_case_idempotency_idx ON legal_aid_case (notification_body_name, notification_idempotency_key)
  WHERE notification_idempotency_key IS NOT NULL;
CREATE INDEX legal_aid_case_scope_idx ON legal_aid_case (centre_path text_pattern_ops, received_at DESC);
CREATE INDEX legal_aid_case_status_idx ON legal_aid_case (status, received_at DESC);
CREATE INDEX legal_aid_case_type_idx ON legal_aid_case (case_type, received_at DESC);
CREATE INDEX legal_aid_case_handler_idx ON legal_aid_case (handling_practitioner_id);

CREATE TABLE case_party
(
  id               BIGSERIAL PRIMARY KEY,
  case_id          BIGINT       NOT NULL REFERENCES legal_aid_case (id) ON DELETE CASCADE,
  role             VARCHAR(30)  NOT NULL,
  name             VARCHAR(100) NOT NULL,
  id_number_cipher VARCHAR(200),
  id_number_index  CHAR(64),
  phone_cipher     VARCHAR(200),
  phone_index      CHAR(64),
  address_cipher   VARCHAR(800),
  birth_date       DATE,
  sex              VARCHAR(4),
  household        VARCHAR(20),
  monthly_income   NUMERIC(14, 2),
  protected_groups TEXT[],
  disability_type  VARCHAR(40),
  organisation_name VARCHAR(200)
);
CREATE INDEX case_party_case_idx ON case_party (case_id);
CREATE INDEX case_party_id_index_idx ON case_party (id_number_index);
CREATE INDEX case_party_phone_index_idx ON case_party (phone_index);
CREATE INDEX case_party_name_idx ON case_party (name);

CREATE TABLE case_clock
(
  id          BIGSERIAL PRIMARY KEY,
  case_id     BIGINT       NOT NULL REFERENCES legal_aid_case (id) ON DELETE CASCADE,
  rule_code   VARCHAR(40)  NOT NULL,
  name        VARCHAR(100) NOT NULL,
  legal_basis VARCHAR(200),
  started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  paused_at   TIMESTAMP WITH TIME ZONE,
  stopped_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX case_clock_running_idx ON case_clock (due_at) WHERE stopped_at IS NULL AND paused_at IS NULL;
CREATE INDEX case_clock_case_idx ON case_clock (case_id);

-- The timeline: every transition of a case, append-only.
CREATE TABLE case_event
(
  id             BIGSERIAL PRIMARY KEY,
  case_id        BIGINT       NOT NULL REFERENCES legal_aid_case (id) ON DELETE CASCADE,
  occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  action         VARCHAR(200) NOT NULL,
  from_status    VARCHAR(30),
  to_status      VARCHAR(30),
  actor_username VARCHAR(60),
  actor_name     VARCHAR(60),
  reason         VARCHAR(2000),
  basis          VARCHAR(500)
);
CREATE INDEX case_event_case_idx ON case_event (case_id, id);

-- Gapless case numbers per centre, year and case type (行政区 + 年度 + 类别 + 序号).
CREATE TABLE case_number_counter
(
  centre_id  BIGINT      NOT NULL REFERENCES organisation (id),
  year       INT         NOT NULL,
  case_type  VARCHAR(30) NOT NULL,
  last_value INT         NOT NULL,
  PRIMARY KEY (centre_id, year, case_type)
);
CREATE TABLE case_number_format
(
  centre_id    BIGINT PRIMARY KEY REFERENCES organisation (id),
  abbreviation VARCHAR(20)  NOT NULL,
  pattern      VARCHAR(100) NOT NULL
);

-- Every full view of a person's identity number, phone or address (个人信息查看日志).
CREATE TABLE personal_data_access
(
  id          BIGSERIAL PRIMARY KEY,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  username    VARCHAR(60)  NOT NULL,
  unit_code   VARCHAR(32),
  case_id     BIGINT,
  party_id    BIGINT,
  fields      VARCHAR(100) NOT NULL,
  purpose     VARCHAR(200)
);
CREATE INDEX personal_data_access_case_idx ON personal_data_access (case_id);

CREATE SEQUENCE application_number_seq;

-- The handler's progress log (承办记录): meetings, file reading, evidence, hearings, mediation, documents filed.
CREATE TABLE case_progress
(
  id             BIGSERIAL PRIMARY KEY,
  case_id        BIGINT       NOT NULL REFERENCES legal_aid_case (id) ON DELETE CASCADE,
  kind           VARCHAR(30)  NOT NULL,
  happened_on    DATE         NOT NULL,
  summary        VARCHAR(4000) NOT NULL,
  next_date      DATE,
  visible_to_client BOOLEAN   NOT NULL DEFAULT FALSE,
  recorded_by    VARCHAR(60)  NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX case_progress_case_idx ON case_progress (case_id, happened_on);
