-- 困难群体基本信息库 (registry of vulnerable people) fed by import batches from partner bodies, and 法律援助绿卡.
-- ID numbers are stored encrypted (AES-GCM), with the keyed blind index for look-ups and the SHA-256 hash that the
-- eligibility review uses (IdNumbers.idHash). Only a masked form is kept in clear for lists.

CREATE TABLE registry_batch
(
  id              BIGSERIAL PRIMARY KEY,
  unit_id         BIGINT       NOT NULL REFERENCES organisation (id),
  unit_path       VARCHAR(400) NOT NULL,
  province_code   VARCHAR(12)  NOT NULL,
  source_body     VARCHAR(100) NOT NULL,
  source_kind     VARCHAR(32)  NOT NULL,
  default_category VARCHAR(60),
  default_valid_from DATE,
  default_valid_to   DATE,
  file_name       VARCHAR(255) NOT NULL,
  file_format     VARCHAR(16)  NOT NULL,
  status          VARCHAR(16)  NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
  total_rows      INT          NOT NULL DEFAULT 0,
  processed_rows  INT          NOT NULL DEFAULT 0,
  accepted_rows   INT          NOT NULL DEFAULT 0,
  rejected_rows   INT          NOT NULL DEFAULT 0,
  failure_message VARCHAR(500),
  created_by      BIGINT,
  created_by_name VARCHAR(100),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  finished_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX registry_batch_unit_idx ON registry_batch (unit_path text_pattern_ops, created_at DESC);

CREATE TABLE registry_batch_rejection
(
  batch_id  BIGINT       NOT NULL REFERENCES registry_batch (id) ON DELETE CASCADE,
  line_no   INT          NOT NULL,
  name      VARCHAR(100),
  id_masked VARCHAR(30),
  reason    VARCHAR(500) NOT NULL,
  PRIMARY KEY (batch_id, line_no)
);

CREATE TABLE registry_person
(
  id               BIGSERIAL PRIMARY KEY,
  batch_id         BIGINT       REFERENCES registry_batch (id),
  unit_id          BIGINT       NOT NULL REFERENCES organisation (id),
  unit_path        VARCHAR(400) NOT NULL,
  province_code    VARCHAR(12)  NOT NULL,
  name             VARCHAR(100) NOT NULL,
  id_number_cipher VARCHAR(200) NOT NULL,
  id_number_index  CHAR(64)     NOT NULL,
  id_number_hash   CHAR(64)     NOT NULL,
  id_masked        VARCHAR(30)  NOT NULL,
  source_body      VARCHAR(100) NOT NULL,
  source_kind      VARCHAR(32)  NOT NULL,
  category         VARCHAR(60)  NOT NULL,
  valid_from       DATE         NOT NULL,
  valid_to         DATE,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX registry_person_hash_idx ON registry_person (id_number_hash, province_code);
CREATE INDEX registry_person_index_idx ON registry_person (id_number_index, source_body);
CREATE INDEX registry_person_unit_idx ON registry_person (unit_path text_pattern_ops);

CREATE TABLE legal_aid_green_card
(
  id                 BIGSERIAL PRIMARY KEY,
  card_number        VARCHAR(40)  NOT NULL UNIQUE,
  registry_person_id BIGINT       REFERENCES registry_person (id),
  unit_id            BIGINT       NOT NULL REFERENCES organisation (id),
  unit_path          VARCHAR(400) NOT NULL,
  holder_name        VARCHAR(100) NOT NULL,
  id_number_cipher   VARCHAR(200) NOT NULL,
  id_number_index    CHAR(64)     NOT NULL,
  id_number_hash     CHAR(64)     NOT NULL,
  id_masked          VARCHAR(30)  NOT NULL,
  category           VARCHAR(60)  NOT NULL,
  valid_from         DATE         NOT NULL,
  valid_to           DATE         NOT NULL,
  status             VARCHAR(16)  NOT NULL DEFAULT 'VALID' CHECK (status IN ('VALID', 'REVOKED')),
  revoke_reason      VARCHAR(300),
  revoked_at         TIMESTAMP WITH TIME ZONE,
  issued_by          BIGINT,
  issued_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  version            INT          NOT NULL DEFAULT 0,
  CHECK (valid_to >= valid_from),
  CHECK (status = 'VALID' OR revoke_reason IS NOT NULL)
);
CREATE INDEX legal_aid_green_card_hash_idx ON legal_aid_green_card (id_number_hash);
CREATE INDEX legal_aid_green_card_unit_idx ON legal_aid_green_card (unit_path text_pattern_ops);

-- Gapless card numbers per prefix (province abbreviation + 'LA') and year.
CREATE TABLE green_card_sequence
(
  prefix   VARCHAR(10) NOT NULL,
  year     INT         NOT NULL,
  last_seq INT         NOT NULL,
  PRIMARY KEY (prefix, year)
);
