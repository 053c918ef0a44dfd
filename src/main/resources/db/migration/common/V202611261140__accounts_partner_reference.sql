-- Staff accounts belong to a partner of the network.
alter table account add constraint account_partner_fk foreign key (partner_id) references partner (id);
create index account_by_partner on account (partner_id);
