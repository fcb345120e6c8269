create schema if not exists smalljobs;

-- A small-jobs bureau (småjob med mening, seed 000: run by FOKUS Folkeoplysning for Aalborg). The
-- bureau's staff are the members of staff with the role PARTNER in the bureau's unit. The slug is
-- the bureau's part of the public task form's address (/smaajob/meld-opgave/<slug>).
create table smalljobs.bureau (
    id                uuid primary key,
    name              varchar(200) not null,
    slug              varchar(40)  not null unique check (slug ~ '^[a-z0-9-]{2,40}$'),
    cvr               char(8)      not null check (cvr ~ '^[0-9]{8}$'),
    unit              uuid         not null unique,
    street            varchar(200) not null,
    postcode          char(4)      not null check (postcode ~ '^[0-9]{4}$'),
    city              varchar(100) not null,
    bank_account      varchar(20)  not null check (bank_account ~ '^[0-9]{4} ?[0-9]{6,10}$'),
    municipality_code integer      not null,
    created_at        timestamp with time zone not null
);

-- The bureau's own hourly rate on top of the wage, from a day (effective-dated, the contract's).
create table smalljobs.bureau_rate (
    bureau      uuid          not null references smalljobs.bureau (id),
    valid_from  date          not null,
    hourly_rate numeric(8, 2) not null check (hourly_rate >= 0),
    primary key (bureau, valid_from)
);

-- Collective agreements (overenskomster) by their proper names, and the hourly wage each sets for a small
-- job, from a day.
create table smalljobs.agreement (
    code varchar(40)  primary key check (code ~ '^[A-Z0-9_]{2,40}$'),
    name varchar(200) not null
);

insert into smalljobs.agreement (code, name) values
    ('INDUSTRI', 'Industriens Overenskomst'),
    ('HANDEL_LAGER', 'Lager- og Handelsoverenskomsten'),
    ('SERVICE_RENGOERING', 'Serviceoverenskomsten'),
    ('HOTEL_RESTAURANT', 'Hotel- og Restaurationsoverenskomsten'),
    ('JORD_BETON', 'Bygge- og Anlægsoverenskomsten'),
    ('KOMMUNAL_SERVICE', 'Overenskomst for serviceassistenter i kommuner');

create table smalljobs.agreement_wage (
    agreement   varchar(40)   not null references smalljobs.agreement (code),
    valid_from  date          not null,
    hourly_wage numeric(8, 2) not null check (hourly_wage > 0),
    primary key (agreement, valid_from)
);

-- Starting values: the lowest hourly wage of each agreement as the bureau entered it; the bureau keeps
-- them current with a row from a later day.
insert into smalljobs.agreement_wage (agreement, valid_from, hourly_wage) values
    ('INDUSTRI', '2024-03-01', 138.70),
    ('HANDEL_LAGER', '2024-03-01', 140.55),
    ('SERVICE_RENGOERING', '2024-03-01', 142.35),
    ('HOTEL_RESTAURANT', '2024-03-01', 140.70),
    ('JORD_BETON', '2024-03-01', 159.85),
    ('KOMMUNAL_SERVICE', '2024-04-01', 141.25);

-- A task a company reports (public form, no login) for the bureau to confirm: what, where, when, hours
-- a week (at least 5, seed 000), the agreement that sets the wage. A public employer gives its EAN/GLN
-- number and is invoiced in OIOUBL.
create table smalljobs.task (
    id                uuid primary key,
    bureau            uuid          not null references smalljobs.bureau (id),
    company_name      varchar(200)  not null,
    cvr               char(8)       not null check (cvr ~ '^[0-9]{8}$'),
    ean               char(13) check (ean ~ '^[0-9]{13}$'),
    contact_name      varchar(200)  not null,
    contact_email     varchar(200)  not null,
    contact_phone     varchar(20)   not null,
    title             varchar(200)  not null,
    description       varchar(2000) not null,
    street            varchar(200)  not null,
    postcode          char(4)       not null check (postcode ~ '^[0-9]{4}$'),
    city              varchar(100)  not null,
    starts_on         date          not null,
    hours_per_week    integer       not null check (hours_per_week between 1 and 37),
    agreement         varchar(40)   not null,
    status            varchar(20)   not null,
    reported_at       timestamp with time zone not null,
    decided_by        varchar(100),
    decided_at        timestamp with time zone,
    municipality_code integer       not null
);

create index task_bureau on smalljobs.task (bureau, status);

-- A citizen referred by the jobcenter to the bureau. The name is kept as the caseworker referred, so
-- the bureau never reads the citizen register; the bureau's reads are audited.
create table smalljobs.referral (
    id                uuid primary key,
    bureau            uuid          not null references smalljobs.bureau (id),
    citizen           uuid          not null,
    citizen_name      varchar(200)  not null,
    referred_by       varchar(100)  not null,
    referred_on       date          not null,
    note              varchar(2000) not null default '',
    maturing_from     date,
    maturing_to       date,
    status            varchar(20)   not null,
    ended_on          date,
    end_reason        varchar(20),
    municipality_code integer       not null,
    version           integer       not null default 0
);

create index referral_bureau on smalljobs.referral (bureau, status);
create unique index referral_open on smalljobs.referral (bureau, citizen) where status <> 'ENDED';

-- The bureau employs the citizen on a task: the small job. Wage and rate are fixed on the first day.
create table smalljobs.employment (
    id                uuid primary key,
    referral          uuid          not null references smalljobs.referral (id),
    task              uuid          not null references smalljobs.task (id),
    mentor            varchar(100)  not null,
    hours_per_week    integer       not null check (hours_per_week between 1 and 37),
    hourly_wage       numeric(8, 2) not null,
    bureau_rate       numeric(8, 2) not null,
    started_on        date          not null,
    ended_on          date,
    end_reason        varchar(20),
    municipality_code integer       not null
);

create index employment_referral on smalljobs.employment (referral);
create index employment_task on smalljobs.employment (task);

-- Hours worked, registered per ISO week (the week's Monday).
create table smalljobs.week_hours (
    employment    uuid          not null references smalljobs.employment (id),
    week_start    date          not null check (extract(isodow from week_start) = 1),
    hours         numeric(5, 2) not null check (hours >= 0 and hours <= 48),
    registered_by varchar(100)  not null,
    registered_at timestamp with time zone not null,
    primary key (employment, week_start)
);

-- Invoices to companies: one per company (CVR and EAN: a public employer's departments have their own) and month; OIOUBL XML to an EAN/GLN, else PDF.
create table smalljobs.invoice (
    id                uuid primary key,
    bureau            uuid          not null references smalljobs.bureau (id),
    number            integer       not null,
    cvr               char(8)       not null,
    ean               char(13),
    company_name      varchar(200)  not null,
    month             char(7)       not null check (month ~ '^[0-9]{4}-[0-9]{2}$'),
    issued_on         date          not null,
    due_on            date          not null,
    net_amount        numeric(12, 2) not null,
    vat_amount        numeric(12, 2) not null,
    format            varchar(10)   not null check (format in ('OIOUBL', 'PDF')),
    document          bytea         not null,
    municipality_code integer       not null,
    unique (bureau, number),
    unique nulls not distinct (bureau, cvr, ean, month)
);

create table smalljobs.invoice_line (
    invoice     uuid          not null references smalljobs.invoice (id),
    line        integer       not null,
    employment  uuid          not null references smalljobs.employment (id),
    week_start  date          not null,
    hours       numeric(5, 2) not null,
    hourly_price numeric(8, 2) not null,
    amount      numeric(12, 2) not null,
    primary key (invoice, line),
    unique (employment, week_start)
);

-- Payment by results: what the municipality pays the bureau, per kind of event, from a day. RETAINED
-- carries the weeks after the start at which a citizen still in the job is paid for.
create table smalljobs.result_rule (
    bureau        uuid          not null references smalljobs.bureau (id),
    kind          varchar(20)   not null check (kind in ('MATCH', 'MENTOR_WEEK', 'CLARIFICATION', 'RETAINED', 'DIRECT_HIRE')),
    valid_from    date          not null,
    amount        numeric(10, 2) not null check (amount >= 0),
    after_weeks   integer check (after_weeks between 1 and 104),
    results_based boolean       not null,
    primary key (bureau, kind, valid_from)
);

-- The municipality's goal of small jobs a year (seed 000: 365), from a year on.
create table smalljobs.goal (
    municipality_code integer not null,
    from_year         integer not null,
    small_jobs        integer not null check (small_jobs > 0),
    source            varchar(200) not null,
    primary key (municipality_code, from_year)
);

insert into smalljobs.goal (municipality_code, from_year, small_jobs, source)
values (851, 2022, 365, 'Seed 000: Task Force for småjob, Aalborg');
