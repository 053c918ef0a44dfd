-- Two records a person reviewed and kept apart while saying they belong together (a group, a
-- former name, a branch registered on its own): each page lists the other.
create table organisation_link (
    organisation_id  bigint not null references organisation (id) on delete cascade,
    linked_id        bigint not null references organisation (id) on delete cascade,
    created_by       bigint,
    created_at       timestamp with time zone not null,
    primary key (organisation_id, linked_id),
    constraint organisation_link_not_itself check (organisation_id <> linked_id)
);
create index organisation_link_by_linked on organisation_link (linked_id);
