-- An activity code the classification does not know is kept as the partner gave it (up to 40
-- characters) with no NACE class, and the company flagged for staff to correct it.
alter table organisation alter column activity_code set data type varchar(40);

-- How many companies an import created with such a code, for its summary.
alter table import_job add column unknown_activity_rows bigint default 0 not null;
