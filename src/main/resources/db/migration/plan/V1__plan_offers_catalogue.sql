create schema if not exists plan;

-- ---------------------------------------------------------------------------------------------
-- Rules as data. Every rule row says where it comes from (source) and how sure it is (certainty):
--   V verified in the legal text or an official page, S secondary source, U unverified,
--   L local practice described in the seeds (Jobcenter Aalborg's own rules).
-- Rows are effective-dated (valid_from, valid_to both included; valid_to null = still in force).
-- ---------------------------------------------------------------------------------------------

-- Per offer type: whether granting, refusing and ending it is a decision (afgørelse) with a letter,
-- whether it counts towards the 70 % target (a company-oriented offer or ordinary education,
-- seed 003), and the legal basis written in decision letters.
create table plan.offer_type_rule (
    id                serial primary key,
    offer_type        varchar(40)  not null,
    decision_required boolean      not null,
    counts_for_target boolean      not null,
    legal_basis_da    varchar(500),
    legal_basis_en    varchar(500),
    source            varchar(500) not null,
    certainty         char(1)      not null check (certainty in ('V', 'S', 'U', 'L')),
    valid_from        date         not null,
    valid_to          date,
    check (valid_to is null or valid_to >= valid_from)
);

-- Durations and extensions. A rule applies to offers of its type (and target group and catalogue
-- project, where given) that start on a day it is in force. Periods are ISO-8601 (P13W, P6M):
--   max_initial      the longest first grant (start to planned end);
--   extension_step   the longest single extension; null: no extension;
--   max_total        the longest in all, extensions included; null: no ceiling;
--   special_need_step beyond max_total, further extensions of at most this length when the
--                    caseworker records a very special need (helt særligt behov); null: none.
-- Every rule that applies must hold; the refusal names the rule.
create table plan.duration_rule (
    id                serial primary key,
    code              varchar(60)  not null,
    name_da           varchar(200) not null,
    name_en           varchar(200) not null,
    offer_type        varchar(40)  not null,
    target_group      varchar(20),
    project           uuid,
    max_initial       varchar(10)  not null,
    extension_step    varchar(10),
    max_total         varchar(10),
    special_need_step varchar(10),
    source            varchar(500) not null,
    certainty         char(1)      not null check (certainty in ('V', 'S', 'U', 'L')),
    valid_from        date         not null,
    valid_to          date,
    check (valid_to is null or valid_to >= valid_from)
);

-- Appeal guidance (klagevejledning) printed in every decision letter.
create table plan.appeal_guidance (
    id         serial primary key,
    text_da    varchar(2000) not null,
    text_en    varchar(2000) not null,
    source     varchar(500)  not null,
    certainty  char(1)       not null check (certainty in ('V', 'S', 'U', 'L')),
    valid_from date          not null,
    valid_to   date
);

-- Target groups whose plan is itself a decision: a change of the end goal produces a letter.
create table plan.plan_decision_rule (
    id             serial primary key,
    target_group   varchar(20)  not null,
    legal_basis_da varchar(500) not null,
    legal_basis_en varchar(500) not null,
    source         varchar(500) not null,
    certainty      char(1)      not null check (certainty in ('V', 'S', 'U', 'L')),
    valid_from     date         not null,
    valid_to       date
);

-- The 70 % target (seed 003): settings of the measure, effective-dated.
create table plan.target_rule (
    id               serial primary key,
    share_percent    integer      not null check (share_percent between 1 and 100),
    within_months    integer      not null check (within_months between 1 and 60),
    benefits         varchar(500) not null,
    source           varchar(500) not null,
    certainty        char(1)      not null check (certainty in ('V', 'S', 'U', 'L')),
    valid_from       date         not null,
    valid_to         date
);

-- ---------------------------------------------------------------------------------------------
-- The offer catalogue (tilbudsvifte): projects and courses the caseworker can refer to.
-- ---------------------------------------------------------------------------------------------
create table plan.project (
    id                uuid primary key,
    municipality_code integer       not null,
    name              varchar(150)  not null,
    heading           varchar(150)  not null,
    provider_kind     varchar(20)   not null,
    provider_name     varchar(150)  not null,
    offer_type        varchar(40)   not null,
    target_group      varchar(2000),
    content           varchar(4000),
    prerequisites     varchar(2000),
    intake            varchar(200),
    duration          varchar(500),
    meeting_hours     varchar(200),
    places            integer check (places is null or places >= 0),
    source            varchar(1000) not null,
    active            boolean       not null default true,
    created_at        timestamp with time zone not null,
    version           integer       not null default 0,
    unique (municipality_code, name)
);

-- ---------------------------------------------------------------------------------------------
-- Offers (indsatser) and their history.
-- ---------------------------------------------------------------------------------------------
create table plan.offer (
    id                uuid primary key,
    citizen           uuid          not null,
    municipality_code integer       not null,
    unit              uuid          not null,
    type              varchar(40)   not null,
    status            varchar(20)   not null,
    provider_kind     varchar(20)   not null,
    provider_name     varchar(150)  not null,
    provider_cvr      char(8),
    project           uuid references plan.project (id),
    start_date        date          not null,
    planned_end       date,
    ended_on          date,
    result            varchar(30),
    hours_per_week    integer check (hours_per_week is null or hours_per_week between 1 and 37),
    target_group      varchar(20),
    purpose           varchar(1000),
    special_need      boolean       not null default false,
    created_at        timestamp with time zone not null,
    created_by        varchar(120)  not null,
    start_published   boolean       not null default false,
    version           integer       not null default 0,
    check (planned_end is null or planned_end >= start_date),
    check (ended_on is null or ended_on >= start_date)
);

create index offer_citizen on plan.offer (citizen);
create index offer_project on plan.offer (project, status);
create index offer_unit on plan.offer (municipality_code, unit, type, start_date);

-- What happened to an offer, in order: referred, put on the waiting list, granted, refused,
-- extended, ended, cancelled. Part of the offer; entries are only ever appended.
create table plan.offer_event (
    offer             uuid          not null references plan.offer (id),
    position          integer       not null,
    kind              varchar(20)   not null,
    at                timestamp with time zone not null,
    by_actor          varchar(120)  not null,
    from_date         date,
    to_date           date,
    reason            varchar(2000),
    municipality_code integer       not null,
    primary key (offer, position)
);

-- Decisions (afgørelser) with the letter sent, as PDF. Written once, never changed.
create table plan.decision (
    id                uuid primary key,
    citizen           uuid          not null,
    municipality_code integer       not null,
    offer             uuid references plan.offer (id),
    kind              varchar(30)   not null,
    decided_at        timestamp with time zone not null,
    decided_by        varchar(120)  not null,
    decided_by_name   varchar(200)  not null,
    legal_basis       varchar(500),
    reasoning         varchar(4000) not null,
    letter            bytea         not null,
    letter_name       varchar(200)  not null
);

create index decision_citizen on plan.decision (citizen, decided_at desc);

create function plan.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'plan.% is append-only', tg_table_name;
end $$;

create trigger decision_append_only before update or delete on plan.decision
    for each row execute function plan.refuse_change();

-- ---------------------------------------------------------------------------------------------
-- Min Plan: the citizen's plan with end goal and sub-goals, agreements per conversation and
-- pointers to the self-help library. Goals and agreements are never removed: a goal is closed.
-- ---------------------------------------------------------------------------------------------
create table plan.plan (
    citizen           uuid primary key,
    municipality_code integer      not null,
    created_at        timestamp with time zone not null,
    created_by        varchar(120) not null,
    version           integer      not null default 0
);

create table plan.goal (
    id                uuid primary key,
    plan              uuid          not null references plan.plan (citizen),
    kind              varchar(20)   not null,
    text              varchar(500)  not null,
    occupation_code   varchar(4),
    due               date,
    status            varchar(20)   not null,
    created_at        timestamp with time zone not null,
    created_by        varchar(120)  not null,
    closed_at         timestamp with time zone,
    closed_by         varchar(120),
    municipality_code integer       not null
);

create index goal_plan on plan.goal (plan);

create table plan.agreement (
    id                uuid primary key,
    plan              uuid          not null references plan.plan (citizen),
    conversation_date date          not null,
    conversation      uuid,
    text              varchar(2000) not null,
    made_by           varchar(120)  not null,
    made_at           timestamp with time zone not null,
    municipality_code integer       not null
);

create index agreement_plan on plan.agreement (plan);

create table plan.help_pointer (
    id                uuid primary key,
    plan              uuid          not null references plan.plan (citizen),
    item              varchar(40)   not null,
    note              varchar(500),
    pointed_by        varchar(120)  not null,
    pointed_at        timestamp with time zone not null,
    municipality_code integer       not null
);

-- ---------------------------------------------------------------------------------------------
-- Progression (progressionsværktøj): repeated measurements on the indicators, by the citizen
-- and by the caseworker, each indicator scored 1–5.
-- ---------------------------------------------------------------------------------------------
create table plan.indicator (
    code      varchar(30) primary key,
    position  integer      not null,
    rated_by  varchar(10)  not null check (rated_by in ('CITIZEN', 'STAFF', 'BOTH')),
    source    varchar(500) not null
);

create table plan.measurement (
    id                uuid primary key,
    citizen           uuid         not null,
    municipality_code integer      not null,
    measured_on       date         not null,
    measured_at       timestamp with time zone not null,
    by_citizen        boolean      not null,
    measured_by       varchar(120) not null,
    note              varchar(1000)
);

create index measurement_citizen on plan.measurement (citizen, measured_on);

create table plan.score (
    measurement       uuid        not null references plan.measurement (id),
    indicator         varchar(30) not null references plan.indicator (code),
    score             integer     not null check (score between 1 and 5),
    municipality_code integer     not null,
    primary key (measurement, indicator)
);

-- ---------------------------------------------------------------------------------------------
-- Digital Jobhjælp: the self-help library for citizens, and each citizen's progress through it.
-- ---------------------------------------------------------------------------------------------
create table plan.help_item (
    code       varchar(40) primary key,
    topic      varchar(30)   not null,
    position   integer       not null,
    minutes    integer       not null,
    title_da   varchar(200)  not null,
    title_en   varchar(200)  not null,
    summary_da varchar(500)  not null,
    summary_en varchar(500)  not null,
    body_da    varchar(6000) not null,
    body_en    varchar(6000) not null,
    steps_da   varchar(2000) not null,
    steps_en   varchar(2000) not null,
    source     varchar(500)  not null
);

create table plan.help_progress (
    citizen           uuid        not null,
    item              varchar(40) not null references plan.help_item (code),
    steps_done        integer     not null default 0, -- the steps ticked off: bit n for step n + 1
    started_at        timestamp with time zone not null,
    completed_at      timestamp with time zone,
    municipality_code integer     not null,
    primary key (citizen, item)
);

-- Bulk imports already done: a batch id found here is skipped, so an import can be re-run.
create table plan.import_batch (
    batch_id    varchar(200) primary key,
    imported_at timestamp with time zone not null,
    count       integer not null
);
