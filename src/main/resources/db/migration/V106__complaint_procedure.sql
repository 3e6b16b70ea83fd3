-- The complaint procedure (投诉处理, 法律援助投诉处理办法 2025; 《法律援助法》第五十六条 投诉): who complains and how
-- to reach them (ID number, phone and address encrypted, with a blind index on the ID number for merging repeated
-- complaints), the channel, the situation complained of, the one notice of missing items (一次性告知), acceptance or
-- refusal, the decision's measures, the reply to the complainant, the merge of a repeated complaint into the first,
-- and the due time of each step from the rule table.
ALTER TABLE complaint ADD COLUMN public_reference      VARCHAR(12) UNIQUE;
ALTER TABLE complaint ADD COLUMN channel               VARCHAR(10) NOT NULL DEFAULT 'WINDOW'
  CHECK (channel IN ('PORTAL', 'WINDOW', 'PHONE', 'LETTER'));
ALTER TABLE complaint ADD COLUMN complainant_kind      VARCHAR(20) NOT NULL DEFAULT 'CLIENT'
  CHECK (complainant_kind IN ('CLIENT', 'APPLICANT', 'INTERESTED_PARTY'));
ALTER TABLE complaint ADD COLUMN complainant_name      VARCHAR(60);
ALTER TABLE complaint ADD COLUMN complainant_id_enc    VARCHAR(200);
ALTER TABLE complaint ADD COLUMN complainant_id_index  VARCHAR(100);
ALTER TABLE complaint ADD COLUMN complainant_id_masked VARCHAR(30);
ALTER TABLE complaint ADD COLUMN complainant_phone_enc VARCHAR(200);
ALTER TABLE complaint ADD COLUMN complainant_phone_index VARCHAR(100);
ALTER TABLE complaint ADD COLUMN complainant_phone_masked VARCHAR(30);
ALTER TABLE complaint ADD COLUMN complainant_address_enc VARCHAR(800);
ALTER TABLE complaint ADD COLUMN situation             VARCHAR(40);
ALTER TABLE complaint ADD COLUMN facts                 VARCHAR(4000);
ALTER TABLE complaint ADD COLUMN request               VARCHAR(1000);
ALTER TABLE complaint ADD COLUMN missing_items         TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE complaint ADD COLUMN notice_issued_at      TIMESTAMP WITH TIME ZONE;
ALTER TABLE complaint ADD COLUMN supply_due            TIMESTAMP WITH TIME ZONE;
ALTER TABLE complaint ADD COLUMN completed_at          TIMESTAMP WITH TIME ZONE;
ALTER TABLE complaint ADD COLUMN accept_due            TIMESTAMP WITH TIME ZONE;
ALTER TABLE complaint ADD COLUMN accepted_at           TIMESTAMP WITH TIME ZONE;
ALTER TABLE complaint ADD COLUMN refused_at            TIMESTAMP WITH TIME ZONE;
ALTER TABLE complaint ADD COLUMN refusal_reason        VARCHAR(1000);
ALTER TABLE complaint ADD COLUMN refusal_basis         VARCHAR(200);
ALTER TABLE complaint ADD COLUMN conclude_due          TIMESTAMP WITH TIME ZONE;
ALTER TABLE complaint ADD COLUMN extension_days        INT CHECK (extension_days > 0);
ALTER TABLE complaint ADD COLUMN extension_reason      VARCHAR(500);
ALTER TABLE complaint ADD COLUMN decision_reasons      VARCHAR(2000);
ALTER TABLE complaint ADD COLUMN decided_by_name       VARCHAR(60);
ALTER TABLE complaint ADD COLUMN referred_to_bar       BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE complaint ADD COLUMN reply_due             TIMESTAMP WITH TIME ZONE;
ALTER TABLE complaint ADD COLUMN reply_text            VARCHAR(2000);
ALTER TABLE complaint ADD COLUMN replied_on            DATE;
ALTER TABLE complaint ADD COLUMN reply_channel         VARCHAR(10) CHECK (reply_channel IN ('PORTAL', 'WINDOW', 'PHONE', 'LETTER'));
ALTER TABLE complaint ADD COLUMN replied_at            TIMESTAMP WITH TIME ZONE;
ALTER TABLE complaint ADD COLUMN merged_into_id        BIGINT REFERENCES complaint (id);
ALTER TABLE complaint ADD COLUMN registered_by         VARCHAR(60);
ALTER TABLE complaint ADD COLUMN registered_by_name    VARCHAR(60) NOT NULL DEFAULT '';
CREATE INDEX complaint_merge_idx ON complaint (complainant_id_index) WHERE merged_into_id IS NULL;
CREATE INDEX complaint_merged_into_idx ON complaint (merged_into_id);
CREATE INDEX complaint_case_idx ON complaint (case_id);

-- Investigation (调查核实): evidence gathered, statements taken, and the respondent's own reply (答辩/说明).
CREATE TABLE complaint_entry
(
  id               BIGSERIAL PRIMARY KEY,
  complaint_id     BIGINT        NOT NULL REFERENCES complaint (id),
  kind             VARCHAR(20)   NOT NULL CHECK (kind IN ('EVIDENCE', 'STATEMENT', 'RESPONDENT_REPLY')),
  text             VARCHAR(4000) NOT NULL,
  author_username  VARCHAR(60),
  author_name      VARCHAR(60)   NOT NULL,
  recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX complaint_entry_idx ON complaint_entry (complaint_id, recorded_at);

-- The complaint clocks as rule-table data: acceptance and conclusion are V10's; the reply and the time given to
-- supply missing items are added here (2013 rule's figures, quoted locally until the 2025 limits are entered per
-- province; a province's own row overrides the national one).
INSERT INTO deadline_rule (code, name, time_limit, unit, extends_past_holidays, legal_basis) VALUES
  ('REPLY_COMPLAINT', '答复投诉人', 5, 'WORKING_DAYS', FALSE, '本地规定（2013年投诉处理办法）'),
  ('SUPPLY_COMPLAINT_MATERIALS', '投诉人补正材料', 15, 'CALENDAR_DAYS', TRUE, '本地规定')
ON CONFLICT DO NOTHING;

-- Who may see and handle complaints; the handler complained about may read the complaint and reply to it.
INSERT INTO role_permission (role_code, permission)
SELECT r, p FROM unnest(ARRAY['CENTRE_DIRECTOR', 'QUALITY_OFFICER']) r, unnest(ARRAY['complaint:view', 'complaint:handle']) p
ON CONFLICT DO NOTHING;
INSERT INTO role_permission (role_code, permission)
SELECT r, 'complaint:view' FROM unnest(ARRAY['SUPERVISOR', 'OBJECTION_HANDLER']) r
ON CONFLICT DO NOTHING;
INSERT INTO role_permission (role_code, permission) VALUES ('HANDLER', 'complaint:respond')
ON CONFLICT DO NOTHING;
