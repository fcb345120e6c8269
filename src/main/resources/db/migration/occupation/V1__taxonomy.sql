create schema if not exists occupation;

-- Trigram matching for misspelled titles; pg_trgm ships with PostgreSQL (contrib).
create extension if not exists pg_trgm;

-- The groups of ISCO-08 / DISCO-08: major (1 digit), sub-major (2) and unit groups (4 digits).
-- Loaded from occupation/disco-08.csv at start-up (upsert, so a changed file updates the titles).
create table occupation.isco_group (
    code     varchar(4) primary key check (code ~ '^[0-9]{1,4}$'),
    level    smallint     not null check (level between 1 and 4),
    title_da varchar(200) not null,
    title_en varchar(200) not null
);

-- Every title a unit group is known by: Jobvej's Danish title, its synonyms, and the labels of the
-- ESCO occupations imported into it. The search runs over this table.
create table occupation.title (
    id       bigserial primary key,
    code     varchar(4)   not null references occupation.isco_group (code),
    title    varchar(300) not null,
    kind     varchar(20)  not null check (kind in ('TITLE', 'SYNONYM', 'ESCO', 'ESCO_ALT')),
    esco_uri varchar(300),
    search   tsvector generated always as (to_tsvector('danish', title)) stored,
    unique (code, title, kind)
);

create index title_search on occupation.title using gin (search);
create index title_trigram on occupation.title using gin (lower(title) gin_trgm_ops);
create index title_esco on occupation.title (esco_uri);

-- Related unit groups across groups (occupation/related.csv), both directions stored.
create table occupation.related (
    code    varchar(4)   not null references occupation.isco_group (code),
    related varchar(4)   not null references occupation.isco_group (code),
    weight  numeric(3, 2) not null check (weight > 0 and weight <= 1),
    primary key (code, related)
);

-- ESCO: occupations (mapped to an ISCO-08 unit group), skills and which skills an occupation needs.
create table occupation.esco_occupation (
    uri         varchar(300) primary key,
    code        varchar(4)   not null references occupation.isco_group (code),
    label       varchar(300) not null,
    description text
);

create table occupation.esco_skill (
    uri        varchar(300) primary key,
    label      varchar(300) not null,
    skill_type varchar(100)
);

create table occupation.esco_occupation_skill (
    occupation varchar(300) not null references occupation.esco_occupation (uri),
    skill      varchar(300) not null references occupation.esco_skill (uri),
    essential  boolean      not null,
    primary key (occupation, skill)
);

create index esco_occupation_code on occupation.esco_occupation (code);
