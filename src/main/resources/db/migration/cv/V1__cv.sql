create schema if not exists cv;

-- The citizen's CV, one per citizen (the citizen's id is the CV's id). The parts below belong to
-- it (one aggregate). Every row carries the municipality of the citizen.
create table cv.cv (
    citizen                  uuid primary key,
    municipality_code        integer       not null,
    profile                  varchar(1000),
    hours_per_week           integer check (hours_per_week between 1 and 48),
    max_commute_km           integer check (max_commute_km between 0 and 300),
    driving_licence_answered boolean       not null default false,
    created_at               timestamp with time zone not null,
    updated_at               timestamp with time zone not null,
    updated_by               varchar(120)  not null,
    version                  integer       not null default 0
);

create index cv_municipality on cv.cv (municipality_code, updated_at desc);

create table cv.education (
    id                uuid primary key,
    cv                uuid         not null references cv.cv (citizen),
    level             varchar(40)  not null,
    title             varchar(150) not null,
    institution       varchar(150),
    from_year         integer check (from_year between 1930 and 2100),
    to_year           integer check (to_year between 1930 and 2100),
    completed         boolean      not null,
    municipality_code integer      not null,
    check (to_year is null or from_year is null or to_year >= from_year)
);

create index education_cv on cv.education (cv);

create table cv.experience (
    id                uuid primary key,
    cv                uuid          not null references cv.cv (citizen),
    occupation_code   varchar(4),
    title             varchar(100)  not null,
    employer          varchar(100),
    from_month        date          not null,
    to_month          date,
    description       varchar(1000),
    municipality_code integer       not null,
    check (to_month is null or to_month >= from_month)
);

create index experience_cv on cv.experience (cv);
create index experience_occupation on cv.experience (occupation_code);

create table cv.skill (
    id                uuid primary key,
    cv                uuid        not null references cv.cv (citizen),
    name              varchar(60) not null,
    municipality_code integer     not null
);

create index skill_cv on cv.skill (cv);
create index skill_name on cv.skill (lower(name));

create table cv.language (
    id                uuid primary key,
    cv                uuid        not null references cv.cv (citizen),
    code              varchar(3)  not null,
    level             varchar(20) not null,
    municipality_code integer     not null
);

create index language_cv on cv.language (cv);

create table cv.driving_licence (
    cv                uuid        not null references cv.cv (citizen),
    category          varchar(4)  not null,
    municipality_code integer     not null,
    primary key (cv, category)
);

create table cv.branch (
    cv                uuid       not null references cv.cv (citizen),
    code              varchar(4) not null,
    municipality_code integer    not null,
    primary key (cv, code)
);

-- Job goals (jobmål): occupations, most wanted first (position 0).
create table cv.job_goal (
    id                uuid primary key,
    cv                uuid         not null references cv.cv (citizen),
    position          integer      not null,
    occupation_code   varchar(4)   not null,
    note              varchar(200),
    municipality_code integer      not null
);

create index job_goal_cv on cv.job_goal (cv);
create index job_goal_occupation on cv.job_goal (occupation_code);

-- Bulk imports already done: a batch id found here is skipped, so an import can be re-run.
create table cv.import_batch (
    batch_id    varchar(200) primary key,
    imported_at timestamp with time zone not null,
    count       integer not null
);
