-- The reference a person follows their case by on the public portal (查询码): 12 random characters (see
-- cn.legalaid.casework.PublicReference), not the sequential application number, which stays for staff.
-- V91 (PublicReferenceMigration, Java: SecureRandom) gives every existing case one; V92 makes it required and unique.
ALTER TABLE legal_aid_case ADD COLUMN public_reference VARCHAR(12);
