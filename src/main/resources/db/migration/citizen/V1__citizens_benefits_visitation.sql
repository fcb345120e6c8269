create schema if not exists citizen;

-- Name search by part of the name, case-insensitive. pg_trgm ships with PostgreSQL (contrib)
-- and with the embedded PostgreSQL; it needs CREATE privilege on the database in production.
create extension if not exists pg_trgm;

-- The citizen (borger). The CPR number is personal data and never leaves this schema in a URL:
-- pages and the API address a citizen by id. A citizen belongs to one municipality at a time.
create table citizen.citizen (
    id                uuid primary key,
    cpr               char(10)     not null check (cpr ~ '^[0-9]{10}$'),
    given_name        varchar(100) not null,
    family_name       varchar(100) not null,
    street            varchar(200),
    postcode          varchar(10),
    city              varchar(100),
    municipality_code integer      not null,
    unit              uuid         not null,
    primary_contact   uuid,
    registered_at     timestamp with time zone not null,
    version           integer      not null default 0,
    search_name       text generated always as (lower(given_name || ' ' || family_name)) stored,
    unique (municipality_code, cpr)
);

create index citizen_unit on citizen.citizen (municipality_code, unit);
create index citizen_primary_contact on citizen.citizen (primary_contact);
create index citizen_search_name on citizen.citizen using gin (search_name gin_trgm_ops);

-- Benefit periods (ydelsesforløb): which public benefit, from which day, to which day (open
-- while it runs). Part of the citizen aggregate.
create table citizen.benefit_period (
    id                uuid primary key,
    citizen           uuid        not null references citizen.citizen (id),
    type              varchar(40) not null,
    from_date         date        not null,
    to_date           date,
    municipality_code integer     not null,
    check (to_date is null or to_date >= from_date)
);

create index benefit_period_citizen on citizen.benefit_period (citizen);

-- Visitation decisions: the history of the citizen's visitation category. Each change appends
-- a decision with who, when and why; position is the order within the citizen's history.
create table citizen.visitation_decision (
    citizen           uuid          not null references citizen.citizen (id),
    position          integer       not null,
    category          varchar(40)   not null,
    decided_at        timestamp with time zone not null,
    decided_by        uuid          not null,
    reason            varchar(1000) not null,
    municipality_code integer       not null,
    primary key (citizen, position)
);

-- Bulk imports already done: a batch id found here is skipped, so an import can be re-run.
create table citizen.import_batch (
    batch_id    varchar(200) primary key,
    imported_at timestamp with time zone not null,
    count       integer not null
);
