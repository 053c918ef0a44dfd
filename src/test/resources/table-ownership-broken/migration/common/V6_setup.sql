create table stray (id bigint);
