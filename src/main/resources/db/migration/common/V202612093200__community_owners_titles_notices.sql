-- Community: the title a discussion had before its author changed it, kept with the opening
-- post's earlier version; when the group's moderators were last mailed of posts waiting for
-- approval (one mail per group per hour at most, claimed by a conditional update so that two
-- nodes never both mail); members muted in one comment thread by the commented item's staff.
alter table community_post_version add column title varchar(300);

alter table community_group add column pending_mailed_at timestamp;

create table community_thread_mute (
    discussion_id   bigint       not null references community_discussion (id),
    account_id      bigint       not null,
    until           timestamp    not null,
    primary key (discussion_id, account_id)
);
