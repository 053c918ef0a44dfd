-- Claims are made one issue at a time, in id order: the open records of each issue, indexed
-- by issue and id, are read in order whatever the statistics say after a large launch.
drop index newsletter_send_open;
create index newsletter_send_open on newsletter_send (issue_id, id) where state in ('PENDING', 'DEFERRED');
