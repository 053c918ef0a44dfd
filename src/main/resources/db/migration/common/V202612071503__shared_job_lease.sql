-- Jobs that one node at a time may run (a round of event retries, the bounce mailbox): the node that
-- holds a job's lease until a moment is the only one to run it until then.
create table job_lease (
    job_name   varchar(100) primary key,
    holder     varchar(100) not null,
    held_until timestamp with time zone not null
);
