-- Consultations (咨询登记, 《法律援助法》第二十三条: 来访、来电（含12348热线）、网络、来信) and duty lawyers (值班律师).

CREATE TABLE consultation_topic
(
  id         BIGSERIAL PRIMARY KEY,
  name       VARCHAR(60) NOT NULL UNIQUE,
  active     BOOLEAN     NOT NULL DEFAULT TRUE,
  sort_order INT         NOT NULL DEFAULT 100
);

INSERT INTO consultation_topic (name, sort_order) VALUES
  ('工伤事故赔偿', 10), ('劳动报酬', 20), ('债务纠纷', 30), ('医疗纠纷', 40), ('合同纠纷', 50), ('承包地纠纷', 60),
  ('伤害赔偿', 70), ('婚姻家庭', 80), ('交通事故赔偿', 90), ('刑事程序与时限', 100), ('房屋土地', 110), ('其他', 999);

CREATE TABLE consultation
(
  id               BIGSERIAL PRIMARY KEY,
  channel          VARCHAR(10)  NOT NULL CHECK (channel IN ('VISIT', 'PHONE', 'ONLINE', 'LETTER')),
  hotline_12348    BOOLEAN      NOT NULL DEFAULT FALSE,
  people           INT          NOT NULL DEFAULT 1 CHECK (people >= 1),
  topic_id         BIGINT       NOT NULL REFERENCES consultation_topic (id),
  person_name      VARCHAR(100),
  phone_enc        VARCHAR(200),
  phone_index      CHAR(64),
  phone_masked     VARCHAR(30),
  protected_groups TEXT[]       NOT NULL DEFAULT '{}',
  question         VARCHAR(2000) NOT NULL,
  answer           VARCHAR(4000),
  answered_by      BIGINT       NOT NULL REFERENCES staff_user (id),
  answered_by_name VARCHAR(60)  NOT NULL,
  duration_minutes INT CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 0 AND 600),
  result           VARCHAR(20)  NOT NULL CHECK (result IN ('ANSWERED', 'REFERRED', 'DOCUMENT_DRAFTED', 'APPLICATION')),
  referred_to      VARCHAR(200),
  case_id          BIGINT UNIQUE REFERENCES legal_aid_case (id),
  case_label       VARCHAR(60),
  unit_id          BIGINT       NOT NULL REFERENCES organisation (id),
  unit_path        VARCHAR(400) NOT NULL,
  consulted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CHECK (channel = 'VISIT' OR people = 1),
  CHECK (channel = 'PHONE' OR NOT hotline_12348),
  CHECK (result <> 'REFERRED' OR referred_to IS NOT NULL)
);
CREATE INDEX consultation_unit_path_idx ON consultation (unit_path text_pattern_ops, consulted_at);
CREATE INDEX consultation_consulted_at_idx ON consultation (consulted_at DESC);

CREATE TABLE duty_rota
(
  id                       BIGSERIAL PRIMARY KEY,
  station_id               BIGINT      NOT NULL REFERENCES organisation (id),
  station_path             VARCHAR(400) NOT NULL,
  duty_date                DATE        NOT NULL,
  half_day                 VARCHAR(2)  NOT NULL CHECK (half_day IN ('AM', 'PM')),
  original_practitioner_id BIGINT      NOT NULL REFERENCES practitioner (id),
  practitioner_id          BIGINT      NOT NULL REFERENCES practitioner (id),
  version                  INT         NOT NULL DEFAULT 0,
  created_by               VARCHAR(60) NOT NULL,
  created_at               TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  UNIQUE (station_id, duty_date, half_day)
);

-- 换班: every swap is kept; the rota row keeps its original practitioner for ever.
CREATE TABLE duty_swap
(
  id                BIGSERIAL PRIMARY KEY,
  rota_id           BIGINT       NOT NULL REFERENCES duty_rota (id),
  from_practitioner BIGINT       NOT NULL REFERENCES practitioner (id),
  to_practitioner   BIGINT       NOT NULL REFERENCES practitioner (id),
  reason            VARCHAR(300) NOT NULL,
  swapped_by        VARCHAR(60)  NOT NULL,
  swapped_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE duty_log
(
  id               BIGSERIAL PRIMARY KEY,
  station_id       BIGINT       NOT NULL REFERENCES organisation (id),
  station_path     VARCHAR(400) NOT NULL,
  practitioner_id  BIGINT REFERENCES practitioner (id),
  kind             VARCHAR(30)  NOT NULL,
  person_name      VARCHAR(100) NOT NULL,
  id_number_enc    VARCHAR(200),
  id_number_index  CHAR(64),
  handling_body    VARCHAR(200),
  notes            VARCHAR(2000),
  case_id          BIGINT REFERENCES legal_aid_case (id),
  recorded_by      BIGINT       NOT NULL REFERENCES staff_user (id),
  recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX duty_log_station_idx ON duty_log (station_path text_pattern_ops, recorded_at DESC);

INSERT INTO role_permission (role_code, permission)
SELECT r, p FROM unnest(ARRAY['INTAKE_OFFICER', 'CENTRE_DIRECTOR', 'WORKSTATION_STAFF']) r,
  unnest(ARRAY['consultation:register', 'consultation:view', 'duty:view', 'duty:log']) p
ON CONFLICT DO NOTHING;
INSERT INTO role_permission (role_code, permission)
SELECT r, p FROM unnest(ARRAY['CENTRE_DIRECTOR', 'SYSTEM_ADMIN']) r, unnest(ARRAY['consultation:topics', 'duty:rota']) p
ON CONFLICT DO NOTHING;
INSERT INTO role_permission (role_code, permission)
SELECT r, p FROM unnest(ARRAY['SUPERVISOR', 'QUALITY_OFFICER']) r, unnest(ARRAY['consultation:view', 'duty:view']) p
ON CONFLICT DO NOTHING;
INSERT INTO role_permission (role_code, permission) VALUES ('INTAKE_OFFICER', 'duty:rota') ON CONFLICT DO NOTHING;
