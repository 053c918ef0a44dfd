-- Fuzzy and substring search on names and e-mail addresses (PostgreSQL only; H2 scans).
create extension if not exists pg_trgm;
create index organisation_name_trigram on organisation using gin (name_key gin_trgm_ops);
create index contact_email_trigram on contact using gin (email_key gin_trgm_ops);
