create schema if not exists employer;

-- A company (virksomhed) by CVR number, of one municipality's jobcenter. The branch is the DB07
-- main group (10-grouping, 01-10); the consultant is the virksomhedskonsulent who owns it.
create table employer.company (
    id                uuid primary key,
    cvr               char(8)      not null check (cvr ~ '^[0-9]{8}$'),
    name              varchar(200) not null,
    branch            varchar(2)   not null check (branch ~ '^(0[1-9]|10)$'),
    size              varchar(10)  not null,
    street            varchar(200) not null,
    postcode          varchar(4)   not null,
    city              varchar(100) not null,
    consultant        uuid,
    municipality_code integer      not null,
    created_at        timestamp with time zone not null,
    version           integer      not null default 0,
    search_name       text generated always as (lower(name)) stored,
    unique (municipality_code, cvr)
);

create index company_search_name on employer.company using gin (search_name gin_trgm_ops);
create index company_consultant on employer.company (consultant);

-- Production units (P-numbers) of a company.
create table employer.workplace (
    company  uuid         not null references employer.company (id),
    p_number char(10)     not null check (p_number ~ '^[0-9]{10}$'),
    name     varchar(200) not null,
    street   varchar(200) not null,
    postcode varchar(4)   not null,
    city     varchar(100) not null,
    primary key (company, p_number)
);

-- The company's contact people. Personal data of the contact, not of a citizen.
create table employer.contact_person (
    company uuid         not null references employer.company (id),
    name    varchar(200) not null,
    title   varchar(200) not null,
    email   varchar(200) not null,
    phone   varchar(30)  not null
);

create index contact_person_company on employer.contact_person (company);

-- Company visits (virksomhedsbesøg).
create table employer.visit (
    id                uuid primary key,
    company           uuid          not null references employer.company (id),
    visited_on        date          not null,
    consultant        uuid          not null,
    purpose           varchar(30)   not null,
    outcome           varchar(30)   not null,
    note              varchar(2000) not null,
    municipality_code integer       not null
);

create index visit_company on employer.visit (company, visited_on desc);
create index visit_municipality_day on employer.visit (municipality_code, visited_on);

-- Vacancies: jobs, tasks carved from a job (parent), and small tasks.
create table employer.vacancy (
    id                uuid primary key,
    company           uuid          not null references employer.company (id),
    parent            uuid references employer.vacancy (id),
    occupation        char(4)       not null check (occupation ~ '^[0-9]{4}$'),
    title             varchar(200)  not null,
    description       varchar(4000) not null,
    hours_per_week    integer       not null check (hours_per_week between 1 and 48),
    postcode          varchar(4)    not null,
    city              varchar(100)  not null,
    starts_on         date,
    deadline          date,
    kind              varchar(12)   not null,
    status            varchar(8)    not null,
    source            varchar(10)   not null,
    created_by        varchar(100)  not null,
    created_on        date          not null,
    municipality_code integer       not null,
    version           integer       not null default 0
);

create index vacancy_company on employer.vacancy (company);
create index vacancy_open on employer.vacancy (municipality_code, status);
create index vacancy_parent on employer.vacancy (parent);

-- Placements of citizens at companies. citizen is the citizen module's id (no CPR number here).
create table employer.placement (
    id                uuid primary key,
    citizen           uuid         not null,
    company           uuid         not null references employer.company (id),
    cvr               char(8)      not null,
    vacancy           uuid references employer.vacancy (id),
    type              varchar(20)  not null,
    from_date         date         not null,
    planned_to        date,
    ended_on          date,
    end_reason        varchar(20),
    hours_per_week    integer      not null check (hours_per_week between 1 and 48),
    created_by        varchar(100) not null,
    municipality_code integer      not null,
    version           integer      not null default 0
);

create index placement_company on employer.placement (company);
create index placement_citizen on employer.placement (citizen);
create index placement_started on employer.placement (municipality_code, type, from_date);

-- Follow-up after hiring (efterværn): one task per agreed point in time, with its outcome.
create table employer.follow_up (
    placement uuid          not null references employer.placement (id),
    position  integer       not null,
    due_on    date          not null,
    done_on   date,
    outcome   varchar(20),
    note      varchar(2000),
    primary key (placement, position)
);

create index follow_up_due on employer.follow_up (due_on) where done_on is null;

-- Employer portal users: people at a company who sign in to the employer portal.
create table employer.employer_user (
    id            uuid primary key,
    username      varchar(200) not null unique,
    name          varchar(200) not null,
    password_hash varchar(200) not null,
    company       uuid         not null references employer.company (id),
    active        boolean      not null default true,
    created_at    timestamp with time zone not null
);

-- The targets of the employment plan (Beskæftigelsesplan) the leaders follow, by year: each is in
-- force from its year until a later year has its own. Seed 003 (Beskæftigelsesplan 2024).
create table employer.target (
    measure varchar(40) not null,
    year    integer     not null,
    amount  integer     not null check (amount > 0),
    per     varchar(5)  not null check (per in ('YEAR', 'MONTH')),
    source  varchar(200) not null,
    primary key (measure, year)
);

insert into employer.target (measure, year, amount, per, source) values
    ('ORDINARY_JOBS_FILLED', 2024, 1650, 'YEAR', 'Beskæftigelsesplan 2024, Rekrutteringsenheden'),
    ('INTERNSHIPS_AND_WAGE_SUBSIDY', 2024, 613, 'MONTH', 'Beskæftigelsesplan 2024, virksomhedsrettede tilbud'),
    ('ORDINARY_HOURS', 2024, 118, 'MONTH', 'Beskæftigelsesplan 2024, virksomhedsrettede tilbud'),
    ('ADULT_APPRENTICESHIPS', 2024, 50, 'MONTH', 'Beskæftigelsesplan 2024, opkvalificering'),
    ('FLEXJOBS', 2024, 550, 'YEAR', 'Beskæftigelsesplan 2024, tilgang til fleksjobordningen');

-- Bulk imports already done (batch ids), so a re-run skips them.
create table employer.import_batch (
    batch_id    varchar(200) primary key,
    imported_at timestamp with time zone not null,
    count       integer not null
);
