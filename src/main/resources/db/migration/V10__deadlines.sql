-- Statutory deadlines (法定时限): the official calendar and the rule table of every clock.

CREATE TABLE calendar_day
(
  day        DATE PRIMARY KEY,
  kind       VARCHAR(10)  NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
  name       VARCHAR(100),
  source     VARCHAR(20)  NOT NULL DEFAULT 'OFFICIAL',
  updated_by VARCHAR(60),
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE deadline_rule
(
  code                  VARCHAR(40)  NOT NULL,
  province_code         VARCHAR(12)  NOT NULL DEFAULT '',
  effective_from        DATE         NOT NULL DEFAULT DATE '2022-01-01',
  name                  VARCHAR(100) NOT NULL,
  time_limit            INT          NOT NULL CHECK (time_limit > 0),
  unit                  VARCHAR(20)  NOT NULL CHECK (unit IN ('HOURS', 'CALENDAR_DAYS', 'WORKING_DAYS')),
  extends_past_holidays BOOLEAN      NOT NULL DEFAULT TRUE,
  legal_basis           VARCHAR(200) NOT NULL,
  PRIMARY KEY (code, province_code, effective_from)
);

INSERT INTO deadline_rule (code, name, time_limit, unit, extends_past_holidays, legal_basis) VALUES
  ('FORWARD_APPLICATION', '转交在押人员申请', 24, 'HOURS', FALSE, '《法律援助法》第三十九条'),
  ('NOTIFY_CENTRE', '办案机关通知法律援助机构', 3, 'CALENDAR_DAYS', TRUE, '《法律援助法》第三十六条'),
  ('ASSIGN_AFTER_NOTIFICATION', '收到通知后指派并告知办案机关', 3, 'CALENDAR_DAYS', TRUE, '《法律援助法》第三十六条'),
  ('DECIDE_APPLICATION', '审查申请并作出决定', 7, 'CALENDAR_DAYS', TRUE, '《法律援助法》第四十三条'),
  ('ASSIGN_AFTER_GRANT', '决定给予法律援助后指派', 3, 'CALENDAR_DAYS', TRUE, '《法律援助法》第四十三条'),
  ('SIGN_AGREEMENT', '与受援人签订委托协议', 5, 'CALENDAR_DAYS', TRUE, '《办理法律援助案件程序规定》第二十七条'),
  ('DECIDE_OBJECTION', '司法行政机关审查异议', 5, 'CALENDAR_DAYS', TRUE, '《法律援助法》第四十九条'),
  ('SUPPLY_MATERIALS', '补充材料', 15, 'CALENDAR_DAYS', TRUE, '《法律援助法》第四十三条第二款（期限为本地规定）'),
  ('SUBMIT_CLOSING_FILE', '结案后提交结案材料', 30, 'CALENDAR_DAYS', TRUE, '本地规定'),
  ('REVIEW_CLOSING_FILE', '审查结案材料', 30, 'CALENDAR_DAYS', TRUE, '本地规定'),
  ('ACCEPT_COMPLAINT', '受理投诉', 5, 'WORKING_DAYS', FALSE, '本地规定（2013年投诉处理办法）'),
  ('CONCLUDE_COMPLAINT', '办结投诉', 45, 'CALENDAR_DAYS', TRUE, '本地规定（2013年投诉处理办法）');
