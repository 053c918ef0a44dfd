-- Events proposed by an associated structure: drafts of the sponsoring partner until it publishes them.
alter table conference add column proposed_by_organisation bigint;
alter table conference add column proposed_by_name varchar(300);
create index conference_proposed_by on conference (proposed_by_organisation);
