-- The version of each kind of data nodes keep in memory: a node that changes it adds one in its
-- writing transaction, and every node compares it with the version of its copy before using it.
create table cache_version (
    cache_name varchar(100) primary key,
    version    bigint       not null
);
