-- 宣传活动、培训、志愿者 (publicity, training and volunteers) per unit.

CREATE TABLE publicity_event
(
  id                 BIGSERIAL PRIMARY KEY,
  unit_id            BIGINT       NOT NULL REFERENCES organisation (id),
  unit_path          VARCHAR(400) NOT NULL,
  held_on            DATE         NOT NULL,
  place              VARCHAR(200) NOT NULL,
  theme              VARCHAR(200) NOT NULL,
  partner_bodies     VARCHAR(300),
  materials_handed_out INT        NOT NULL DEFAULT 0 CHECK (materials_handed_out >= 0),
  people_reached     INT          NOT NULL DEFAULT 0 CHECK (people_reached >= 0),
  consultations_on_site INT       NOT NULL DEFAULT 0 CHECK (consultations_on_site >= 0),
  created_by         BIGINT,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX publicity_event_unit_idx ON publicity_event (unit_path text_pattern_ops, held_on);

CREATE TABLE training_session
(
  id         BIGSERIAL PRIMARY KEY,
  unit_id    BIGINT        NOT NULL REFERENCES organisation (id),
  unit_path  VARCHAR(400)  NOT NULL,
  held_on    DATE          NOT NULL,
  topic      VARCHAR(200)  NOT NULL,
  hours      NUMERIC(6, 1) NOT NULL CHECK (hours > 0),
  trainer    VARCHAR(100)  NOT NULL,
  created_by BIGINT,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX training_session_unit_idx ON training_session (unit_path text_pattern_ops, held_on);

CREATE TABLE training_attendee
(
  id            BIGSERIAL PRIMARY KEY,
  session_id    BIGINT       NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
  attendee_kind VARCHAR(16)  NOT NULL CHECK (attendee_kind IN ('STAFF', 'PRACTITIONER')),
  name          VARCHAR(100) NOT NULL,
  exam_score    NUMERIC(5, 1) CHECK (exam_score IS NULL OR (exam_score >= 0 AND exam_score <= 100)),
  passed        BOOLEAN
);
CREATE INDEX training_attendee_session_idx ON training_attendee (session_id);

CREATE TABLE volunteer
(
  id           BIGSERIAL PRIMARY KEY,
  unit_id      BIGINT       NOT NULL REFERENCES organisation (id),
  unit_path    VARCHAR(400) NOT NULL,
  name         VARCHAR(100) NOT NULL,
  phone_cipher VARCHAR(200),
  phone_index  CHAR(64),
  phone_masked VARCHAR(30),
  source       VARCHAR(32)  NOT NULL,
  skills       VARCHAR(300),
  status       VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'INACTIVE')),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX volunteer_unit_idx ON volunteer (unit_path text_pattern_ops);

CREATE TABLE volunteer_service
(
  id           BIGSERIAL PRIMARY KEY,
  volunteer_id BIGINT        NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
  unit_path    VARCHAR(400)  NOT NULL,
  served_on    DATE          NOT NULL,
  activity     VARCHAR(200)  NOT NULL,
  event_id     BIGINT REFERENCES publicity_event (id),
  hours        NUMERIC(6, 1) NOT NULL CHECK (hours > 0)
);
CREATE INDEX volunteer_service_unit_idx ON volunteer_service (unit_path text_pattern_ops, served_on);
