-- The recipient organisation's NUTS 2 region, frozen with the audience: the conferences an
-- issue announces are chosen for the recipient's region first.
alter table newsletter_send add column region varchar(4);
