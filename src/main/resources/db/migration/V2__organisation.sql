-- Organisation network (机构网络): Ministry → province → city → county legal aid centres → workstations → contact points.

-- GB/T 2260 administrative divisions, including townships (where workstations are set up).
CREATE TABLE division
(
  code        VARCHAR(12) PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  level       VARCHAR(16)  NOT NULL CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP')),
  parent_code VARCHAR(12)
);
CREATE INDEX division_parent_idx ON division (parent_code);

CREATE TABLE organisation
(
  id                BIGSERIAL PRIMARY KEY,
  code              VARCHAR(32)  NOT NULL UNIQUE,
  name              VARCHAR(200) NOT NULL,
  level             VARCHAR(16)  NOT NULL CHECK (level IN ('NATIONAL', 'PROVINCE', 'CITY', 'COUNTY', 'WORKSTATION', 'CONTACT_POINT')),
  kind              VARCHAR(32)  NOT NULL,
  parent_id         BIGINT REFERENCES organisation (id),
  path              VARCHAR(400) NOT NULL UNIQUE,
  depth             INT          NOT NULL,
  division_code     VARCHAR(12) REFERENCES division (code),
  justice_bureau    VARCHAR(200),
  address           VARCHAR(300),
  phone             VARCHAR(50),
  opening_hours     VARCHAR(200),
  staff_count       INT,
  office_area       NUMERIC(10, 2),
  annual_budget     NUMERIC(14, 2),
  liaison_name      VARCHAR(50),
  liaison_phone     VARCHAR(30),
  host_institution  VARCHAR(200),
  active            BOOLEAN      NOT NULL DEFAULT TRUE,
  version           INT          NOT NULL DEFAULT 0,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX organisation_path_idx ON organisation (path text_pattern_ops);
CREATE INDEX organisation_parent_idx ON organisation (parent_id);
CREATE INDEX organisation_level_idx ON organisation (level);
CREATE INDEX organisation_name_idx ON organisation (name text_pattern_ops);
