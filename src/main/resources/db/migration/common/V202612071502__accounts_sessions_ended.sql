-- When a password change or reset ended every session of the account opened before it, on every node.
alter table account add column sessions_ended_at timestamp with time zone;
