-- Documents (文书与卷宗): templates of official documents, their numbers, generated versions, uploaded materials.

-- One template per document type, optionally per province (letterhead and wording); NULL province = national default.
CREATE TABLE document_template
(
  id            BIGSERIAL PRIMARY KEY,
  document_type VARCHAR(40)  NOT NULL,
  province_code VARCHAR(2),
  body          TEXT         NOT NULL,
  updated_by    VARCHAR(100) NOT NULL,
  updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
  version       INTEGER      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX document_template_key ON document_template (document_type, coalesce(province_code, ''));

-- Gapless document numbers per centre, year and document type (e.g. 玄法援〔2026〕决字第0012号).
CREATE TABLE document_number_counter
(
  centre_id     BIGINT      NOT NULL REFERENCES organisation (id),
  year          INTEGER     NOT NULL,
  document_type VARCHAR(40) NOT NULL,
  last_value    INTEGER     NOT NULL,
  PRIMARY KEY (centre_id, year, document_type)
);

-- Content-addressed files (sha256); the bytes live in the configured MaterialStorage (local disk by default).
CREATE TABLE stored_file
(
  sha256       CHAR(64) PRIMARY KEY,
  size_bytes   BIGINT       NOT NULL,
  content_type VARCHAR(120) NOT NULL,
  stored_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Every generated document is a new version; none is overwritten.
CREATE TABLE case_document
(
  id              BIGSERIAL PRIMARY KEY,
  case_id         BIGINT       NOT NULL REFERENCES legal_aid_case (id),
  document_type   VARCHAR(40)  NOT NULL,
  version_no      INTEGER      NOT NULL,
  document_number VARCHAR(80)  NOT NULL,
  sha256          CHAR(64)     NOT NULL REFERENCES stored_file (sha256),
  page_count      INTEGER      NOT NULL,
  generated_by    VARCHAR(100) NOT NULL,
  generated_by_name VARCHAR(100) NOT NULL,
  generated_at    TIMESTAMPTZ  NOT NULL,
  UNIQUE (case_id, document_type, version_no)
);
CREATE INDEX case_document_case ON case_document (case_id, generated_at);

-- Materials uploaded by staff, typed by the file item they satisfy; a new upload of the same item is a new version.
CREATE TABLE case_material
(
  id            BIGSERIAL PRIMARY KEY,
  case_id       BIGINT       NOT NULL REFERENCES legal_aid_case (id),
  item_code     VARCHAR(40)  NOT NULL,
  version_no    INTEGER      NOT NULL,
  file_name     VARCHAR(200) NOT NULL,
  content_type  VARCHAR(120) NOT NULL,
  size_bytes    BIGINT       NOT NULL,
  sha256        CHAR(64)     NOT NULL REFERENCES stored_file (sha256),
  note          VARCHAR(500),
  uploaded_by   VARCHAR(100) NOT NULL,
  uploaded_by_name VARCHAR(100) NOT NULL,
  uploaded_at   TIMESTAMPTZ  NOT NULL,
  UNIQUE (case_id, item_code, version_no)
);
CREATE INDEX case_material_case ON case_material (case_id, item_code);

-- document:generate (print official documents), document:upload (case materials), document:template (edit templates).
INSERT INTO role_permission (role_code, permission)
SELECT r, p FROM unnest(ARRAY['CENTRE_DIRECTOR', 'INTAKE_OFFICER', 'ASSIGNMENT_OFFICER', 'HANDLER']) r,
                 unnest(ARRAY['document:generate', 'document:upload']) p
ON CONFLICT DO NOTHING;
INSERT INTO role_permission (role_code, permission)
SELECT r, 'document:template' FROM unnest(ARRAY['SYSTEM_ADMIN', 'CENTRE_DIRECTOR']) r
ON CONFLICT DO NOTHING;
