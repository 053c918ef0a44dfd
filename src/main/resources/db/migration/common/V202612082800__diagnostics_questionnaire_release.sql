-- When this platform first offered each questionnaire version: the dates of the self-assessment
-- tools' feed (a questionnaire file carries none). Recorded at start for a version not seen before.
create table questionnaire_release (
    code           varchar(60) not null,
    version        integer     not null,
    first_offered  timestamp with time zone not null,
    primary key (code, version)
);
