create schema if not exists survey;

-- A survey round (måling): one questionnaire, handed out in chosen ISO weeks by chosen units.
create table survey.round (
    id                uuid primary key,
    municipality_code integer      not null,
    kind              varchar(20)  not null check (kind in ('CITIZEN', 'COMPANY')),
    name              varchar(200) not null,
    version           integer      not null default 0,
    unique (municipality_code, name)
);

create table survey.round_week (
    round    uuid    not null references survey.round (id),
    iso_year integer not null,
    iso_week integer not null check (iso_week between 1 and 53),
    primary key (round, iso_year, iso_week)
);

create table survey.round_unit (
    round uuid not null references survey.round (id),
    unit  uuid not null,
    primary key (round, unit)
);

-- One-time answer codes not yet used. Only a hash of the code is kept (a copy of the table does
-- not let anyone answer), with the round, unit and week its answer will count for and the last
-- day it works. No citizen, no member of staff, no time of issue. A used code is deleted, so
-- nothing records when it was used.
create table survey.code (
    code_hash   bytea   primary key,
    round       uuid    not null references survey.round (id),
    unit        uuid    not null,
    iso_year    integer not null,
    iso_week    integer not null,
    valid_until date    not null
);

create index code_valid_until on survey.code (valid_until);

-- How many codes each unit handed out per week: the denominator of the response rate.
create table survey.issued (
    round    uuid    not null references survey.round (id),
    unit     uuid    not null,
    iso_year integer not null,
    iso_week integer not null,
    issued   integer not null check (issued >= 0),
    primary key (round, unit, iso_year, iso_week)
);

-- The answers. Anonymous by design: the round, the unit and the ISO week of the code, how it
-- came in (online, on paper, imported), the scores (1-5 per question in order; null when left
-- blank), the topics ticked and the comment. No timestamp, no date, no code, no sequence: the id
-- is a random UUID, and there is nothing to join an answer to.
create table survey.answer (
    id        uuid          primary key,
    round     uuid          not null references survey.round (id),
    unit      uuid          not null,
    iso_year  integer       not null,
    iso_week  integer       not null,
    channel   varchar(10)   not null check (channel in ('ONLINE', 'PAPER', 'IMPORT')),
    scores    smallint[]    not null,
    topics    varchar(20)[] not null default '{}',
    free_text varchar(2000) not null default ''
);

create index answer_round on survey.answer (round, unit);
