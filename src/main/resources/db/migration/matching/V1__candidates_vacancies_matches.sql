create schema if not exists matching;

-- The candidate bank: what matching needs of each citizen's CV (see CandidateProfile), one row per
-- citizen. occupations holds the job goals first, then the occupations of the work experience.
-- experience holds "code|months|title" per entry. Pseudonymous: no name, no CPR number.
create table matching.candidate (
    citizen           uuid primary key,
    municipality_code integer      not null,
    goals             varchar(4)[] not null,
    occupations       varchar(4)[] not null,
    experience        text[]       not null,
    skills            text[]       not null,
    education_level   smallint     not null,
    educations        text[]       not null,
    hours_per_week    integer,
    max_commute_km    integer,
    postcode          varchar(4),
    lat               double precision,
    lon               double precision,
    readiness         varchar(20)  not null,
    updated_at        timestamp with time zone not null,
    -- skills, educations and experience titles as one text, for the candidate bank's full-text search
    search_text       text         not null,
    search            tsvector generated always as (to_tsvector('danish', search_text)) stored
);

create index candidate_occupations on matching.candidate using gin (occupations);
create index candidate_municipality on matching.candidate (municipality_code);
create index candidate_search on matching.candidate using gin (search);

-- Open vacancies, as the employer module publishes them (kept in the same transaction).
create table matching.vacancy (
    id                uuid primary key,
    company           uuid          not null,
    company_name      varchar(200)  not null,
    occupation        varchar(4)    not null,
    title             varchar(200)  not null,
    description       varchar(4000) not null,
    hours_per_week    integer       not null,
    postcode          varchar(4)    not null,
    city              varchar(100)  not null,
    lat               double precision,
    lon               double precision,
    kind              varchar(12)   not null,
    deadline          date,
    municipality_code integer       not null
);

create index vacancy_occupation on matching.vacancy (occupation);
create index vacancy_municipality on matching.vacancy (municipality_code);

-- Matches between a citizen and a vacancy and where they stand; outcomes are kept for evaluation.
create table matching.match (
    id                uuid primary key,
    vacancy           uuid          not null,
    company           uuid          not null,
    citizen           uuid          not null,
    status            varchar(10)   not null,
    reason            varchar(1000),
    score             double precision not null,
    explanation       text          not null,
    municipality_code integer       not null,
    created_by        varchar(100)  not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           integer       not null default 0,
    unique (vacancy, citizen)
);

create index match_company on matching.match (company, status);
create index match_citizen on matching.match (citizen);

-- Every step of every match, for evaluating and improving the ranking.
create table matching.match_step (
    match     uuid          not null references matching.match (id),
    position  integer       not null,
    status    varchar(10)   not null,
    reason    varchar(1000),
    at        timestamp with time zone not null,
    by_whom   varchar(100)  not null,
    primary key (match, position)
);

-- The citizen's consent to show their name to the companies they are presented to.
create table matching.consent (
    citizen           uuid primary key,
    name              varchar(200) not null,
    municipality_code integer      not null,
    given_at          timestamp with time zone not null,
    withdrawn_at      timestamp with time zone
);

create table matching.import_batch (
    batch_id    varchar(200) primary key,
    imported_at timestamp with time zone not null,
    count       integer not null
);
