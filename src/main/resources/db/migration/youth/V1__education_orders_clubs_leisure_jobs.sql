create schema if not exists youth;

-- Effective-dated rules, the same shape as rehab.rule (see docs/modules/youth.md).
create table youth.rule (
    code        varchar(80)   primary key,
    kind        varchar(40)   not null,
    subject     varchar(60)   not null,
    value       varchar(60)   not null,
    valid_from  date          not null,
    valid_to    date,
    transition  varchar(10)   not null check (transition in ('KEEP', 'SWITCH')),
    certainty   char(1)       not null check (certainty in ('V', 'S', 'U', 'L')),
    source      varchar(400)  not null,
    note        varchar(1000) not null default '',
    changed_by  varchar(100),
    changed_at  timestamp with time zone,
    check (valid_to is null or valid_to >= valid_from)
);

-- Education orders (uddannelsespålæg): issued on a day (which anchors the rules), the current
-- step, and when and why the order ended. unit mirrors the citizen's unit.
create table youth.education_order (
    id                uuid primary key,
    citizen           uuid        not null,
    municipality_code integer     not null,
    unit              uuid        not null,
    caseworker        uuid        not null,
    issued_on         date        not null,
    current_step      varchar(10) not null,
    ended_on          date,
    end_reason        varchar(30),
    created_at        timestamp with time zone not null,
    version           integer     not null default 0,
    check ((ended_on is null) = (end_reason is null))
);

create unique index education_order_one_active on youth.education_order (citizen) where ended_on is null;
create index education_order_unit on youth.education_order (municipality_code, unit) where ended_on is null;
create index education_order_caseworker on youth.education_order (caseworker) where ended_on is null;

-- The steps of an order: when each started, its deadline (set by the caseworker), when it was
-- done, and the education or place named in it.
create table youth.order_step (
    education_order   uuid         not null references youth.education_order (id),
    position          integer      not null,
    step              varchar(10)  not null,
    started_on        date         not null,
    deadline          date         not null,
    completed_on      date,
    education         varchar(200),
    municipality_code integer      not null,
    primary key (education_order, position),
    check (deadline >= started_on),
    check (completed_on is null or completed_on >= started_on)
);

-- The guidance café's first meeting (vejledningscafé) and the FVU test it refers to.
create table youth.intake (
    id                uuid primary key,
    citizen           uuid          not null,
    municipality_code integer       not null,
    unit              uuid          not null,
    met_by            uuid          not null,
    met_on            date          not null,
    fvu_referred_on   date,
    fvu_tested_on     date,
    fvu_result        varchar(40),
    note              varchar(1000),
    version           integer       not null default 0,
    check ((fvu_tested_on is null) = (fvu_result is null)),
    check (fvu_tested_on is null or fvu_referred_on is not null)
);

create index intake_unit on youth.intake (municipality_code, unit, met_on);

-- Clubs (CV and job search, apprenticeships), their members and their meetings with attendance.
create table youth.club (
    id                uuid primary key,
    municipality_code integer      not null,
    unit              uuid         not null,
    name              varchar(200) not null,
    kind              varchar(30)  not null,
    version           integer      not null default 0
);

create table youth.club_member (
    club              uuid    not null references youth.club (id),
    citizen           uuid    not null,
    municipality_code integer not null,
    primary key (club, citizen)
);

create table youth.club_session (
    id                uuid primary key,
    club              uuid    not null references youth.club (id),
    held_on           date    not null,
    municipality_code integer not null
);

create table youth.club_attendance (
    session           uuid    not null references youth.club_session (id),
    citizen           uuid    not null,
    municipality_code integer not null,
    primary key (session, citizen)
);

-- Young people aged 13-17 in the leisure-job effort (fritidsjob). They are not on a benefit, so
-- they are not citizens of the citizen module: name and birth date only.
create table youth.young_person (
    id                uuid primary key,
    municipality_code integer      not null,
    unit              uuid         not null,
    given_name        varchar(100) not null,
    family_name       varchar(100) not null,
    birth_date        date         not null,
    created_at        timestamp with time zone not null
);

create table youth.leisure_job (
    id                uuid primary key,
    municipality_code integer      not null,
    company_cvr       char(8)      not null check (company_cvr ~ '^[0-9]{8}$'),
    company_name      varchar(200) not null,
    title             varchar(200) not null,
    hours_per_week    integer      not null check (hours_per_week between 1 and 37),
    created_at        timestamp with time zone not null
);

create table youth.leisure_placement (
    id                uuid primary key,
    job               uuid        not null references youth.leisure_job (id),
    young_person      uuid        not null references youth.young_person (id),
    municipality_code integer     not null,
    supporter_kind    varchar(20) not null,
    supporter         uuid        not null,
    started_on        date        not null,
    ended_on          date,
    check (ended_on is null or ended_on >= started_on)
);

create index leisure_placement_job on youth.leisure_placement (job);

-- Population figures imported per municipality and year (municipality 0 = the whole country):
-- the 13-17-year-olds and, from the statistics, how many of them had a leisure job.
create table youth.population_figure (
    municipality_code  integer not null,
    year               integer not null check (year between 2000 and 2100),
    population_13_17   integer not null check (population_13_17 > 0),
    with_leisure_job   integer check (with_leisure_job >= 0),
    imported_by        varchar(100) not null,
    imported_at        timestamp with time zone not null,
    primary key (municipality_code, year),
    check (with_leisure_job is null or with_leisure_job <= population_13_17)
);

create table youth.import_batch (
    batch_id    varchar(200) primary key,
    imported_at timestamp with time zone not null,
    count       integer not null
);
