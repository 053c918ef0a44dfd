-- The staff member in charge of a conference, from its creation, whom managers replace when that person leaves.
alter table conference add column organiser_id bigint;
alter table conference add column organiser_name varchar(200);
create index conference_organiser on conference (organiser_id);
-- People whose accounts were deactivated (accounts' AccountDeactivated): the conferences still in their charge
-- are listed to the partner's managers for reassignment.
create table conference_departed_organiser (
    account_id     bigint primary key,
    display_name   varchar(200) not null,
    partner_id     varchar(60),
    deactivated_at timestamp with time zone not null
);
-- Who proposed an associated structure's event, and the sponsor's refusal with its reason (mailed to them).
alter table conference add column proposed_by_account bigint;
alter table conference add column proposal_refused_at timestamp with time zone;
alter table conference add column proposal_refusal varchar(2000);
