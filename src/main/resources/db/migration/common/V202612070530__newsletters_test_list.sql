-- The addresses a network admin allows test copies of an issue to go to, besides staff accounts.
create table newsletter_test_address (
    issue_id  bigint                   not null references newsletter_issue (id),
    email_key varchar(254)             not null,
    email     varchar(254)             not null,
    added_by  bigint                   not null,
    added_at  timestamp with time zone not null,
    primary key (issue_id, email_key)
);
