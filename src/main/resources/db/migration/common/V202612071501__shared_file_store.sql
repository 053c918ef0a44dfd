-- Files kept in the database (cybersudoe.files.store=database), shared by every node: one row of
-- metadata per file, its content in numbered chunks written and read one at a time.
create table file_store (
    file_key      varchar(120)  primary key,
    area          varchar(40)   not null,
    original_name varchar(2000) not null,
    file_name     varchar(300)  not null,
    content_type  varchar(200)  not null,
    size          bigint        not null,
    sha256        char(64)      not null,
    stored_at     timestamp with time zone not null
);

create table file_store_chunk (
    file_key varchar(120) not null,
    seq      int          not null,
    content  bytea        not null,
    primary key (file_key, seq)
);
