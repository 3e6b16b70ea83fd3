-- Every case has its public reference (filled by V91), and no two share one; the portal looks cases up by it.
ALTER TABLE legal_aid_case ALTER COLUMN public_reference SET NOT NULL;
CREATE UNIQUE INDEX legal_aid_case_public_reference_idx ON legal_aid_case (public_reference);
