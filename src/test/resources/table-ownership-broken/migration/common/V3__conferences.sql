create table conference (
    id bigint primary key,
    partner_id varchar(60) not null references partner (id)
);
