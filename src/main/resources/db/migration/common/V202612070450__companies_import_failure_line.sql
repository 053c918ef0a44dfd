-- For a damaged file, the line (or sheet row) where the reading stopped.
alter table import_job add column failure_line bigint;
