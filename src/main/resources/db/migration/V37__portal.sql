-- Public portal (网上申请): materials uploaded with an online application, per-centre portal settings, the outbox of
-- text messages to applicants, one-time access codes for following an application, and the shared rate limiter.

-- Materials uploaded with an online application (《法律援助法》第四十一条: 申请人应当如实提供材料).
CREATE TABLE application_attachment
(
  id             BIGSERIAL PRIMARY KEY,
  case_id        BIGINT       NOT NULL REFERENCES legal_aid_case (id),
  checklist_item VARCHAR(32)  NOT NULL,
  file_name      VARCHAR(255) NOT NULL,
  content_type   VARCHAR(100) NOT NULL,
  size_bytes     BIGINT       NOT NULL CHECK (size_bytes > 0),
  sha256         CHAR(64)     NOT NULL,
  content        BYTEA        NOT NULL,
  uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX application_attachment_case_idx ON application_attachment (case_id);

-- What a centre allows on the portal, e.g. the applicant's choice of lawyer from its roster (点援制).
CREATE TABLE centre_portal_setting
(
  centre_id                BIGINT PRIMARY KEY REFERENCES organisation (id),
  applicant_choice_allowed BOOLEAN NOT NULL DEFAULT FALSE,
  updated_at               TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- Text messages to applicants; a sender picks up unsent rows. The phone is stored encrypted and masked only.
CREATE TABLE notification_outbox
(
  id                 BIGSERIAL PRIMARY KEY,
  recipient_cipher   TEXT         NOT NULL,
  recipient_masked   VARCHAR(20)  NOT NULL,
  application_number VARCHAR(40),
  purpose            VARCHAR(32)  NOT NULL,
  text               VARCHAR(500) NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  sent               BOOLEAN      NOT NULL DEFAULT FALSE,
  sent_at            TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_outbox_unsent_idx ON notification_outbox (created_at) WHERE NOT sent;

-- One-time codes for following an application: only a keyed hash is kept; 10 minutes, at most 5 wrong tries.
CREATE TABLE portal_access_code
(
  id                 BIGSERIAL PRIMARY KEY,
  application_number VARCHAR(40) NOT NULL,
  code_hash          CHAR(64)    NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  failed_attempts    INT         NOT NULL DEFAULT 0,
  used_at            TIMESTAMP WITH TIME ZONE,
  superseded         BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX portal_access_code_app_idx ON portal_access_code (application_number, created_at DESC);

-- Fixed-window rate limiter shared by every node (INSERT … ON CONFLICT … DO UPDATE … RETURNING).
CREATE TABLE rate_limit_bucket
(
  bucket_key   VARCHAR(200) NOT NULL,
  window_start TIMESTAMP WITH TIME ZONE NOT NULL,
  hits         INT          NOT NULL,
  PRIMARY KEY (bucket_key, window_start)
);
CREATE INDEX rate_limit_bucket_window_idx ON rate_limit_bucket (window_start);
