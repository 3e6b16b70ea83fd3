-- A case number is unique per centre: the default abbreviation is the first character of the centre's place, which
-- many centres share (南京市鼓楼区 and 徐州市鼓楼区 are both 鼓), so a nationwide unique index refused the second
-- centre's grant of its case with the same sequence. Partial, as V63 made it: cases without a number yet are skipped.
DROP INDEX IF EXISTS legal_aid_case_case_number_key;
ALTER TABLE legal_aid_case DROP CONSTRAINT IF EXISTS legal_aid_case_case_number_key;
CREATE UNIQUE INDEX legal_aid_case_centre_case_number_idx ON legal_aid_case (centre_id, case_number)
  WHERE case_number IS NOT NULL;
