create table mission (
    id bigint primary key,
    organisation_id bigint references organisation (id),
    conference_id bigint references conference (id)
);
