-- Service providers (法律服务提供者): law firms and basic legal service offices, and their people.
CREATE TABLE service_provider
(
  id                 BIGSERIAL PRIMARY KEY,
  kind               VARCHAR(30)  NOT NULL CHECK (kind IN ('LAW_FIRM', 'LEGAL_SERVICE_OFFICE', 'LEGAL_AID_CENTRE')),
  name               VARCHAR(200) NOT NULL,
  licence_number     VARCHAR(60),
  region_unit_id     BIGINT       NOT NULL REFERENCES organisation (id),
  region_path        VARCHAR(400) NOT NULL,
  address            VARCHAR(300),
  phone              VARCHAR(50),
  head_name          VARCHAR(50),
  active             BOOLEAN      NOT NULL DEFAULT TRUE,
  version            INT          NOT NULL DEFAULT 0,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  updated_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  UNIQUE (name, region_unit_id)
);
CREATE INDEX service_provider_region_path_idx ON service_provider (region_path text_pattern_ops);

CREATE TABLE practitioner
(
  id                     BIGSERIAL PRIMARY KEY,
  provider_id            BIGINT       REFERENCES service_provider (id),
  kind                   VARCHAR(30)  NOT NULL CHECK (kind IN ('LAWYER', 'LEGAL_SERVICE_WORKER', 'CENTRE_LAWYER', 'VOLUNTEER')),
  name                   VARCHAR(50)  NOT NULL,
  sex                    VARCHAR(6),
  phone                  VARCHAR(30),
  licence_number         VARCHAR(60),
  years_of_practice      INT          NOT NULL DEFAULT 0,
  years_criminal_defence INT          NOT NULL DEFAULT 0,
  specialities           TEXT[]       NOT NULL DEFAULT '{}',
  languages              TEXT[]       NOT NULL DEFAULT '{}',
  serves_minors          BOOLEAN      NOT NULL DEFAULT FALSE,
  region_unit_id         BIGINT       NOT NULL REFERENCES organisation (id),
  region_path            VARCHAR(400) NOT NULL,
  status                 VARCHAR(20)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
  version                INT          NOT NULL DEFAULT 0,
  created_at             TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  updated_at             TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX practitioner_licence_idx ON practitioner (licence_number) WHERE licence_number IS NOT NULL;
CREATE INDEX practitioner_region_path_idx ON practitioner (region_path text_pattern_ops);
CREATE INDEX practitioner_provider_idx ON practitioner (provider_id);

-- A centre's published roster (名册) that applicants choose from.
CREATE TABLE roster_entry
(
  centre_unit_id  BIGINT NOT NULL REFERENCES organisation (id),
  practitioner_id BIGINT NOT NULL REFERENCES practitioner (id) ON DELETE CASCADE,
  listed_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  PRIMARY KEY (centre_unit_id, practitioner_id)
);
