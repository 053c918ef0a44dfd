create table organisation (id bigint primary key);
create table organisation_partner (
    organisation_id bigint not null references organisation (id),
    partner_id varchar(60) not null references partner (id)
);
