-- A launch confirmed although a language read by more than 1 % of the audience had no version:
-- who accepted that those readers get another language, and when.
create table newsletter_launch_waiver (
    issue_id  bigint                   not null references newsletter_issue (id),
    language  varchar(2)               not null,
    waived_by bigint                   not null,
    waived_at timestamp with time zone not null,
    primary key (issue_id, language)
);
