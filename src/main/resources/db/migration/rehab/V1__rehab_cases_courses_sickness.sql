create schema if not exists rehab;

-- Effective-dated rules (see docs/modules/rehab.md). A row says what the rule of a kind says
-- about a subject from valid_from to valid_to (both included; no end = in force). transition says
-- what a new row does to running cases: KEEP (cases begun before keep the earlier row) or SWITCH
-- (they follow the new row from its first day). certainty: the reference's V/S/U, or L for a local
-- decision. Rows marked U or S may be changed by an administrator (changed_by, changed_at).
create table rehab.rule (
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

-- Per municipality: the free-municipality variant (frikommuneforsøg, seed 002) and the unit
-- costs its report uses. No row: not a free municipality.
create table rehab.municipality_setting (
    municipality_code      integer primary key,
    free_municipality_from date,
    free_municipality_to   date,
    meeting_unit_cost      integer not null check (meeting_unit_cost >= 0),
    certificate_unit_cost  integer not null check (certificate_unit_cost >= 0),
    changed_by             varchar(100),
    changed_at             timestamp with time zone,
    version                integer not null default 0,
    check (free_municipality_to is null or free_municipality_from is not null),
    check (free_municipality_to is null or free_municipality_to >= free_municipality_from)
);

-- The rehabilitation team: its name and members (function and name; members may be outside
-- the municipality's staff, such as the region's clinical function).
create table rehab.team (
    id                uuid primary key,
    municipality_code integer      not null,
    name              varchar(200) not null,
    version           integer      not null default 0
);

create table rehab.team_member (
    team     uuid         not null references rehab.team (id),
    position integer      not null,
    function varchar(40)  not null,
    name     varchar(200) not null,
    primary key (team, position)
);

-- A team meeting: the agenda is the cases that name the meeting, by agenda_position.
create table rehab.meeting (
    id                uuid primary key,
    municipality_code integer      not null,
    team              uuid         not null references rehab.team (id),
    held_on           date         not null,
    starts_at         time         not null,
    location          varchar(200) not null,
    slot_minutes      integer      not null check (slot_minutes between 5 and 240),
    version           integer      not null default 0
);

create index meeting_municipality on rehab.meeting (municipality_code, held_on);

-- A case: arisen_on anchors its rules (transitional rules keep or switch them). unit mirrors the
-- citizen's unit (kept current from the citizen module's events); caseworker is the case's
-- coordinating caseworker (koordinerende sagsbehandler).
create table rehab.rehab_case (
    id                  uuid primary key,
    citizen             uuid          not null,
    municipality_code   integer       not null,
    unit                uuid          not null,
    caseworker          uuid,
    type                varchar(40)   not null,
    arisen_on           date          not null,
    meeting             uuid references rehab.meeting (id),
    agenda_position     integer,
    exemption           varchar(40),
    exemption_note      varchar(1000),
    exempted_on         date,
    exempted_by         uuid,
    recommendation      varchar(40),
    recommendation_text varchar(4000),
    recommended_on      date,
    decision            varchar(40),
    decision_text       varchar(4000),
    decided_on          date,
    decided_by          uuid,
    created_at          timestamp with time zone not null,
    version             integer       not null default 0,
    check ((meeting is null) = (agenda_position is null))
);

create index rehab_case_unit on rehab.rehab_case (municipality_code, unit) where decided_on is null;
create index rehab_case_caseworker on rehab.rehab_case (caseworker) where decided_on is null;
create index rehab_case_citizen on rehab.rehab_case (citizen);
create index rehab_case_meeting on rehab.rehab_case (meeting);

-- The documents of a case and where each is (MANGLER, REKVIRERET, MODTAGET, IKKE_RELEVANT).
create table rehab.case_document (
    rehab_case        uuid          not null references rehab.rehab_case (id),
    position          integer       not null,
    kind              varchar(40)   not null,
    status            varchar(20)   not null,
    status_on         date,
    note              varchar(1000),
    municipality_code integer       not null,
    primary key (rehab_case, position),
    unique (rehab_case, kind)
);

-- Job-clarification and resource courses: when they started, to when they are granted (null
-- while not set), and when they ended. unit mirrors the citizen's unit.
create table rehab.course (
    id                uuid primary key,
    citizen           uuid        not null,
    municipality_code integer     not null,
    unit              uuid        not null,
    type              varchar(10) not null check (type in ('JAF', 'RF')),
    started_on        date        not null,
    granted_to        date,
    ended_on          date,
    check (granted_to is null or granted_to >= started_on),
    check (ended_on is null or ended_on >= started_on),
    unique (citizen, type, started_on)
);

create index course_unit on rehab.course (municipality_code, unit) where ended_on is null;

-- Efforts started (from the plan module's offers, or recorded by hand): the same start counts once.
create table rehab.effort_start (
    citizen           uuid         not null,
    municipality_code integer      not null,
    offer_type        varchar(60)  not null,
    started_on        date         not null,
    source            varchar(40)  not null,
    recorded_by       varchar(100) not null,
    recorded_at       timestamp with time zone not null,
    primary key (citizen, offer_type, started_on)
);

-- Sickness-benefit follow-up (Sygedagpengehuset): the sick-listed citizen, employer (a company
-- as CVR number and name), first day of absence, expected absence and the course of the case.
-- category mirrors the citizen's sickness-benefit category (kept current from the citizen
-- module's events), unit the citizen's unit.
create table rehab.sickness_case (
    id                 uuid primary key,
    citizen            uuid         not null,
    municipality_code  integer      not null,
    unit               uuid         not null,
    caseworker         uuid,
    category           varchar(40),
    first_absence_day  date         not null,
    employed           boolean      not null,
    company_cvr        char(8) check (company_cvr ~ '^[0-9]{8}$'),
    company_name       varchar(200),
    expected_weeks     integer check (expected_weeks between 1 and 520),
    early_request_on   date,
    closed_on          date,
    close_reason       varchar(20),
    created_at         timestamp with time zone not null,
    version            integer      not null default 0,
    check ((company_cvr is null) = (company_name is null)),
    check ((closed_on is null) = (close_reason is null))
);

create index sickness_case_unit on rehab.sickness_case (municipality_code, unit) where closed_on is null;
create index sickness_case_caseworker on rehab.sickness_case (caseworker) where closed_on is null;
create index sickness_case_company on rehab.sickness_case (municipality_code, company_cvr);

create table rehab.sickness_conversation (
    sickness_case     uuid          not null references rehab.sickness_case (id),
    position          integer       not null,
    kind              varchar(20)   not null,
    held_on           date          not null,
    note              varchar(4000),
    municipality_code integer       not null,
    primary key (sickness_case, position)
);

-- Partial return to work (delvis raskmelding): from a day, hours a week.
create table rehab.sickness_partial_return (
    sickness_case     uuid    not null references rehab.sickness_case (id),
    position          integer not null,
    from_date         date    not null,
    hours_per_week    integer not null check (hours_per_week between 1 and 36),
    municipality_code integer not null,
    primary key (sickness_case, position)
);

-- The individual step-up plan (optrapningsplan): from which day how many hours a week.
create table rehab.sickness_step_up (
    sickness_case     uuid    not null references rehab.sickness_case (id),
    position          integer not null,
    from_date         date    not null,
    hours_per_week    integer not null check (hours_per_week between 1 and 37),
    municipality_code integer not null,
    primary key (sickness_case, position)
);

-- Extensions beyond the reassessment point (SDL § 27 stk. 1 nr. 1-7).
create table rehab.sickness_extension (
    sickness_case     uuid          not null references rehab.sickness_case (id),
    position          integer       not null,
    ground            varchar(40)   not null,
    decided_on        date          not null,
    until             date          not null,
    note              varchar(1000),
    municipality_code integer       not null,
    primary key (sickness_case, position),
    check (until >= decided_on)
);

-- Bulk imports already done: a batch id found here is skipped.
create table rehab.import_batch (
    batch_id    varchar(200) primary key,
    imported_at timestamp with time zone not null,
    count       integer not null
);
