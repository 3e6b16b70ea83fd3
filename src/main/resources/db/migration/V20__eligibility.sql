-- Eligibility review (审查): provincial hardship standards, provincial scope extensions, and the two local-practice
-- exemption sources (registry of vulnerable people 困难群体信息库, legal aid green cards 法律援助绿卡).

-- 经济困难标准 (《法律援助法》第三十四条): income per head ≤ multiple × 低保标准, relaxed for some groups.
-- province_code '' is the national fallback used only when a province has configured nothing.
CREATE TABLE hardship_standard
(
  province_code              VARCHAR(12)    NOT NULL DEFAULT '',
  effective_from             DATE           NOT NULL,
  allowance_per_head_monthly NUMERIC(10, 2) NOT NULL CHECK (allowance_per_head_monthly > 0),
  multiple                   NUMERIC(6, 2)  NOT NULL CHECK (multiple > 0),
  relaxed_multiple           NUMERIC(6, 2)  NOT NULL CHECK (relaxed_multiple > 0),
  relaxed_groups             TEXT[]         NOT NULL DEFAULT '{}',
  legal_basis                VARCHAR(200)   NOT NULL,
  created_at                 TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  PRIMARY KEY (province_code, effective_from),
  CHECK (relaxed_multiple >= multiple)
);

-- Seed figures (to be checked against the province's published 低保标准 before going live).
INSERT INTO hardship_standard (province_code, effective_from, allowance_per_head_monthly, multiple, relaxed_multiple,
                               relaxed_groups, legal_basis) VALUES
  ('', DATE '2022-01-01', 800.00, 1, 2, '{DISABLED,ELDERLY,WOMAN,MINOR,MIGRANT_WORKER}',
   '《法律援助法》第三十四条（全国参考标准，本省未配置时使用）'),
  ('320000', DATE '2025-01-01', 900.00, 1, 2, '{DISABLED,ELDERLY,WOMAN,MINOR,MIGRANT_WORKER}',
   '《法律援助法》第三十四条；江苏省法律援助经济困难标准'),
  ('320000', DATE '2026-07-01', 950.00, 1, 2, '{DISABLED,ELDERLY,WOMAN,MINOR,MIGRANT_WORKER}',
   '《法律援助法》第三十四条；江苏省法律援助经济困难标准');

-- 法律援助事项范围的地方扩展 (《法律援助法》第三十一条第九项).
CREATE TABLE scope_extension
(
  province_code  VARCHAR(12)  NOT NULL,
  code           VARCHAR(40)  NOT NULL,
  name_zh        VARCHAR(200) NOT NULL,
  effective_from DATE         NOT NULL,
  effective_to   DATE,
  legal_basis    VARCHAR(200) NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  PRIMARY KEY (province_code, code, effective_from),
  CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

INSERT INTO scope_extension (province_code, code, name_zh, effective_from, legal_basis) VALUES
  ('320000', 'FAKE_AGRI_INPUTS', '因购买假种子、化肥、农药等农业生产资料造成损失请求赔偿', DATE '2022-01-01',
   '《法律援助法》第三十一条第九项；《江苏省法律援助条例》'),
  ('320000', 'MIGRANT_CONTRACT', '农民工因劳务合同纠纷请求支付报酬或者赔偿', DATE '2022-01-01',
   '《法律援助法》第三十一条第九项；《江苏省法律援助条例》');

-- 困难群体基本信息库: people already known to the centre as vulnerable. Only the SHA-256 of the ID number is stored.
CREATE TABLE vulnerable_person
(
  id_number_hash CHAR(64)    NOT NULL,
  province_code  VARCHAR(12) NOT NULL,
  category       VARCHAR(60),
  registered_on  DATE        NOT NULL DEFAULT CURRENT_DATE,
  source         VARCHAR(100),
  PRIMARY KEY (id_number_hash, province_code)
);

-- 法律援助绿卡 (issued e.g. to all 低保 recipients). Only the SHA-256 of the ID number is stored.
CREATE TABLE green_card
(
  id_number_hash CHAR(64) NOT NULL,
  valid_from     DATE     NOT NULL,
  valid_to       DATE,
  issued_by      VARCHAR(12),
  PRIMARY KEY (id_number_hash, valid_from),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
