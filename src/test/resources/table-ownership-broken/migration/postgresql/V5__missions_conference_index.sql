create index conference_by_start on conference (id);
