-- Support structures of the registry associated with the network, sponsored by a partner. Their
-- members' accounts are linked through company_user_link (APPROVED, decided by the sponsor) once
-- they accept the invitation recorded here.
create table organisation_association (
    organisation_id    bigint primary key references organisation (id) on delete cascade,
    sponsor_partner_id varchar(60) not null references partner (id),
    associated_at      timestamp with time zone not null,
    associated_by      bigint
);
create index organisation_association_sponsor on organisation_association (sponsor_partner_id);

create table organisation_member_invitation (
    invitation_id   bigint primary key,
    organisation_id bigint not null references organisation (id) on delete cascade,
    invited_at      timestamp with time zone not null
);
