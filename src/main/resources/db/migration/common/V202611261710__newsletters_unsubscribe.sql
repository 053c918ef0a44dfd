-- Each unsubscription, by issue and address (once), with the way it came: the one-click POST of
-- a mail client (RFC 8058), the unsubscribe page, or a message to the mailto address.
create table newsletter_unsubscribe (
    issue_id    bigint       not null references newsletter_issue (id),
    email_key   varchar(254) not null,
    channel     varchar(20)  not null,
    created_at  timestamp with time zone not null,
    primary key (issue_id, email_key)
);
