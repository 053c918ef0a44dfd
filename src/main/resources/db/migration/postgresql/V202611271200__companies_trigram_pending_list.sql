-- Imports add many names and e-mail addresses at once. A larger pending list (16 MB instead of
-- 4 MB) lets the trigram indexes of name and e-mail search take them in fewer, larger merges
-- (made by autovacuum, or when the list is full); searches read the pending list meanwhile.
alter index organisation_name_trigram set (gin_pending_list_limit = 16384);
alter index contact_email_trigram set (gin_pending_list_limit = 16384);
