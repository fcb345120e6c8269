create schema if not exists results;

-- Citizens as the results module knows them: a pseudonym (a keyed hash of the citizen's id, so
-- nothing here joins to the citizen schema without the key) and the unit they belong to.
create table results.subject (
    subject           uuid    primary key,
    municipality_code integer not null,
    unit              uuid    not null
);

-- Benefit periods, pseudonymised: which benefit from which day to which day (open while it runs),
-- for whom by pseudonym only. The days are what full-time persons are counted from (days with the
-- benefit ÷ days of the month); the months give exits (a whole calendar month without benefit)
-- and entries. No name, no CPR number, no citizen id.
create table results.benefit_span (
    source_key        varchar(64) primary key,
    subject           uuid        not null,
    municipality_code integer     not null,
    benefit           varchar(40) not null,
    from_date         date        not null,
    to_date           date,
    check (to_date is null or to_date >= from_date)
);

create index benefit_span_subject on results.benefit_span (subject);
create index benefit_span_municipality on results.benefit_span (municipality_code, subject);

-- Facts: one counted thing per row for a named measure, in a month and a unit, with the
-- pseudonym of the citizen when distinct citizens are counted. A stock (a grant that runs for
-- months) has a last month; a flow has none. A fact counts from known_from (an exit is only known
-- once the following whole calendar month has passed). source_key makes recording idempotent.
create table results.fact (
    id                bigint generated always as identity primary key,
    measure           varchar(60)  not null,
    source_key        varchar(100) not null,
    municipality_code integer      not null,
    unit              uuid,
    subject           uuid,
    month             date         not null,
    last_month        date,
    known_from        date         not null,
    unique (measure, source_key)
);

-- The dashboard counts a year's facts per measure, unit and month: an index it can answer from alone.
create index fact_dashboard on results.fact (municipality_code, measure, month) include (unit, known_from);
create index fact_subject on results.fact (subject);

-- The minister's goals for the year (Beskæftigelsesministerens mål), the headings of the KPIs.
create table results.goal (
    number   integer      primary key,
    title_da varchar(200) not null,
    title_en varchar(200) not null,
    source   varchar(300) not null
);

-- KPIs of the employment plan (Beskæftigelsesplan): a named measure and a target per year, either
-- an average per month or a total for the year.
create table results.kpi (
    id                uuid         primary key,
    municipality_code integer      not null,
    goal              integer      not null references results.goal (number),
    name_da           varchar(200) not null,
    name_en           varchar(200) not null,
    measure           varchar(60)  not null,
    target_kind       varchar(20)  not null check (target_kind in ('MONTHLY_AVERAGE', 'YEAR_TOTAL')),
    position          integer      not null,
    version           integer      not null default 0
);

create table results.kpi_target (
    kpi    uuid          not null references results.kpi (id),
    year   integer       not null check (year between 2000 and 2999),
    target numeric(12,1) not null check (target >= 0),
    source varchar(300)  not null,
    primary key (kpi, year)
);

-- The last full read of a municipality's benefit histories (after a bulk import).
create table results.refresh (
    municipality_code integer     primary key,
    refreshed_at      timestamp with time zone not null,
    citizens          integer     not null,
    periods           integer     not null,
    millis            integer     not null
);

-- Benchmark sets: full-time persons per benefit of other areas (seed 000's six large cities and
-- the whole country), for comparison.
create table results.benchmark_set (
    id          uuid         primary key,
    name        varchar(200) not null unique,
    month       date         not null,
    source      varchar(500) not null
);

create table results.benchmark_value (
    benchmark_set uuid          not null references results.benchmark_set (id),
    area          varchar(100)  not null,
    position      integer       not null,
    benefit       varchar(40)   not null,
    persons       numeric(12,1) not null,
    primary key (benchmark_set, area, benefit)
);

create table results.benchmark_share (
    benchmark_set uuid         not null references results.benchmark_set (id),
    area          varchar(100) not null,
    share         numeric(5,1) not null,
    primary key (benchmark_set, area)
);

-- The labour force (arbejdsstyrke) of the municipality per year, with its source: the
-- denominator of the share on public support.
create table results.labour_force (
    municipality_code integer      not null,
    year              integer      not null check (year between 2000 and 2999),
    persons           integer      not null check (persons > 0),
    source            varchar(500) not null,
    version           integer      not null default 0,
    primary key (municipality_code, year)
);
