-- Service providers: why a provider or practitioner was last suspended or reinstated (暂停/恢复原因), shown on the
-- detail screens; and an index for "is this practitioner on any roster" (the primary key leads with the centre).
ALTER TABLE service_provider ADD COLUMN status_reason VARCHAR(300);
ALTER TABLE practitioner ADD COLUMN status_reason VARCHAR(300);
CREATE INDEX roster_entry_practitioner_idx ON roster_entry (practitioner_id);
