-- Identity (身份与权限): staff accounts, roles with permissions and a data scope, API tokens and keys.

CREATE TABLE role
(
  code          VARCHAR(40) PRIMARY KEY,
  name_zh       VARCHAR(60) NOT NULL,
  name_en       VARCHAR(60) NOT NULL,
  data_scope    VARCHAR(20) NOT NULL CHECK (data_scope IN ('OWN_RECORDS', 'OWN_UNIT', 'UNIT_AND_BELOW', 'ALL')),
  requires_totp BOOLEAN     NOT NULL DEFAULT FALSE,
  sort_order    INT         NOT NULL DEFAULT 0
);

CREATE TABLE role_permission
(
  role_code  VARCHAR(40) NOT NULL REFERENCES role (code),
  permission VARCHAR(60) NOT NULL,
  PRIMARY KEY (role_code, permission)
);

CREATE TABLE staff_user
(
  id                   BIGSERIAL PRIMARY KEY,
  username             VARCHAR(60)  NOT NULL UNIQUE,
  display_name         VARCHAR(60)  NOT NULL,
  organisation_id      BIGINT       NOT NULL REFERENCES organisation (id),
  password_hash        VARCHAR(200) NOT NULL,
  phone                VARCHAR(30),
  enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_attempts      INT          NOT NULL DEFAULT 0,
  locked_until         TIMESTAMP WITH TIME ZONE,
  password_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
  totp_secret          VARCHAR(64),
  totp_enabled         BOOLEAN      NOT NULL DEFAULT FALSE,
  last_totp_step       BIGINT,
  practitioner_id      BIGINT,
  last_login_at        TIMESTAMP WITH TIME ZONE,
  version              INT          NOT NULL DEFAULT 0,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  updated_at           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX staff_user_org_idx ON staff_user (organisation_id);

CREATE TABLE staff_user_role
(
  staff_user BIGINT      NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
  role_code  VARCHAR(40) NOT NULL REFERENCES role (code),
  PRIMARY KEY (staff_user, role_code)
);

CREATE TABLE api_token
(
  id          BIGSERIAL PRIMARY KEY,
  token_hash  CHAR(64)    NOT NULL UNIQUE,
  staff_user  BIGINT      NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked     BOOLEAN     NOT NULL DEFAULT FALSE
);

CREATE TABLE api_key
(
  id              BIGSERIAL PRIMARY KEY,
  organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
  name            VARCHAR(100) NOT NULL,
  key_prefix      VARCHAR(16)  NOT NULL,
  key_hash        CHAR(64)     NOT NULL UNIQUE,
  permissions     TEXT[]       NOT NULL,
  created_by      VARCHAR(60)  NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  expires_at      TIMESTAMP WITH TIME ZONE,
  revoked_at      TIMESTAMP WITH TIME ZONE,
  last_used_at    TIMESTAMP WITH TIME ZONE
);

INSERT INTO role (code, name_zh, name_en, data_scope, requires_totp, sort_order) VALUES
  ('SYSTEM_ADMIN', '系统管理员', 'System administrator', 'UNIT_AND_BELOW', TRUE, 1),
  ('CENTRE_DIRECTOR', '中心负责人/审批人', 'Centre director / approver', 'UNIT_AND_BELOW', FALSE, 2),
  ('INTAKE_OFFICER', '受理审查人员', 'Intake and review officer', 'UNIT_AND_BELOW', FALSE, 3),
  ('ASSIGNMENT_OFFICER', '指派管理人员', 'Assignment officer', 'UNIT_AND_BELOW', FALSE, 4),
  ('HANDLER', '承办人员', 'Handler (lawyer)', 'OWN_RECORDS', FALSE, 5),
  ('QUALITY_OFFICER', '质量监督人员', 'Quality supervisor', 'UNIT_AND_BELOW', FALSE, 6),
  ('FINANCE_OFFICER', '财务人员', 'Finance officer', 'OWN_UNIT', FALSE, 7),
  ('SUPERVISOR', '上级督导', 'Supervisor of a subtree', 'UNIT_AND_BELOW', FALSE, 8),
  ('OBJECTION_HANDLER', '司法局异议/投诉处理人员', 'Objection and complaint handler', 'UNIT_AND_BELOW', FALSE, 9),
  ('WORKSTATION_STAFF', '工作站/联系点人员', 'Workstation staff', 'OWN_UNIT', FALSE, 10);

INSERT INTO role_permission (role_code, permission)
SELECT 'SYSTEM_ADMIN', p FROM unnest(ARRAY[
  'org:view', 'org:edit', 'org:manage-network', 'provider:view', 'provider:edit',
  'user:view', 'user:manage', 'role:view', 'oplog:view', 'apikey:manage', 'dashboard:view', 'ops:metrics']) p;
INSERT INTO role_permission (role_code, permission)
SELECT 'CENTRE_DIRECTOR', p FROM unnest(ARRAY[
  'org:view', 'org:edit', 'org:manage-network', 'provider:view', 'provider:edit', 'user:view', 'oplog:view',
  'dashboard:view', 'case:view', 'case:decide']) p;
INSERT INTO role_permission (role_code, permission)
SELECT 'INTAKE_OFFICER', p FROM unnest(ARRAY['org:view', 'provider:view', 'dashboard:view', 'case:view', 'case:intake', 'case:review']) p;
INSERT INTO role_permission (role_code, permission)
SELECT 'ASSIGNMENT_OFFICER', p FROM unnest(ARRAY['org:view', 'provider:view', 'dashboard:view', 'case:view', 'case:assign']) p;
INSERT INTO role_permission (role_code, permission)
SELECT 'HANDLER', p FROM unnest(ARRAY['org:view', 'case:view', 'case:handle']) p;
INSERT INTO role_permission (role_code, permission)
SELECT 'QUALITY_OFFICER', p FROM unnest(ARRAY['org:view', 'provider:view', 'dashboard:view', 'case:view', 'quality:supervise']) p;
INSERT INTO role_permission (role_code, permission)
SELECT 'FINANCE_OFFICER', p FROM unnest(ARRAY['org:view', 'provider:view', 'dashboard:view', 'finance:manage']) p;
INSERT INTO role_permission (role_code, permission)
SELECT 'SUPERVISOR', p FROM unnest(ARRAY['org:view', 'provider:view', 'user:view', 'oplog:view', 'dashboard:view', 'case:view', 'case:supervise']) p;
INSERT INTO role_permission (role_code, permission)
SELECT 'OBJECTION_HANDLER', p FROM unnest(ARRAY['org:view', 'dashboard:view', 'case:view', 'objection:handle', 'complaint:handle']) p;
INSERT INTO role_permission (role_code, permission)
SELECT 'WORKSTATION_STAFF', p FROM unnest(ARRAY['org:view', 'provider:view', 'dashboard:view', 'case:intake']) p;
