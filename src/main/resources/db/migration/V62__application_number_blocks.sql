-- Application (receipt) numbers are taken by each node in blocks of 50 (CaseNumbering): one nextval per block
-- gives its first number. Numbers stay unique; they were never gapless.
ALTER SEQUENCE application_number_seq INCREMENT BY 50;
