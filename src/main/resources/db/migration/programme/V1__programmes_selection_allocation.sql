create schema if not exists programme;

-- A programme or trial (projekt, forsøg): its period, the day its gross target group is selected on,
-- its methods and its budget in whole kroner (base grant and activity-dependent ceiling).
create table programme.programme (
    id                    uuid primary key,
    municipality_code     integer       not null,
    code                  varchar(40)   not null,
    name                  varchar(150)  not null,
    methods               varchar(4000) not null,
    starts_on             date          not null,
    ends_on               date          not null,
    selection_on          date          not null,
    randomised            boolean       not null,
    visitation_groups     boolean       not null,
    budget_base           bigint        not null default 0 check (budget_base >= 0),
    budget_activity       bigint        not null default 0 check (budget_activity >= 0),
    source                varchar(500)  not null,
    created_at            timestamp with time zone not null,
    created_by            varchar(120)  not null,
    unique (municipality_code, code),
    check (ends_on >= starts_on)
);

-- The target-group rule as data: a citizen qualifies under any one clause, and under a clause when
-- every condition it sets holds on the selection day (a null column sets no condition).
create table programme.rule_clause (
    programme                    uuid         not null references programme.programme (id),
    position                     integer      not null,
    benefits                     varchar(500) not null,
    category                     varchar(40),
    min_age                      integer check (min_age between 0 and 120),
    min_support_months           integer check (min_support_months between 0 and 600),
    max_interruption_days        integer check (max_interruption_days between 0 and 3650),
    integration_programme_months integer check (integration_programme_months between 0 and 120),
    primary key (programme, position)
);

-- The activity-based grant rule (aktivitetsafhængigt tilskud) of a programme.
create table programme.grant_rule (
    programme         uuid primary key references programme.programme (id),
    start_amount      bigint       not null check (start_amount >= 0),
    completion_amount bigint       not null check (completion_amount >= 0),
    cap_per_citizen   bigint       not null check (cap_per_citizen >= 0),
    course_weeks      integer      not null check (course_weeks between 1 and 104),
    offer_types       varchar(500) not null
);

-- The gross target group (bruttomålgruppe), fixed when it is selected: never topped up.
create table programme.member (
    programme         uuid         not null references programme.programme (id),
    citizen           uuid         not null,
    municipality_code integer      not null,
    clause            integer      not null,
    stratum           varchar(40)  not null,
    reasons           varchar(1000) not null,
    primary key (programme, citizen)
);

-- Who narrowly did not qualify at selection, and by what.
create table programme.near_miss (
    programme         uuid         not null references programme.programme (id),
    citizen           uuid         not null,
    municipality_code integer      not null,
    reasons           varchar(1000) not null,
    primary key (programme, citizen)
);

create table programme.selection (
    programme         uuid primary key references programme.programme (id),
    selected_at       timestamp with time zone not null,
    selected_by       varchar(120) not null,
    assessed          integer      not null,
    members           integer      not null,
    near_misses       integer      not null
);

-- Randomisation: the seed, the settings and two SHA-256 hashes (of the input list, and of seed,
-- settings, input and allocation together). Together with the audit trail's hash chain (the
-- allocation hash is written there too) they show the allocation was not edited afterwards.
create table programme.allocation_run (
    programme         uuid primary key references programme.programme (id),
    seed              bigint       not null,
    stratified        boolean      not null,
    participants      integer      not null,
    members           integer      not null,
    input_hash        char(64)     not null,
    allocation_hash   char(64)     not null,
    randomised_at     timestamp with time zone not null,
    randomised_by     varchar(120) not null
);

create table programme.allocation (
    programme         uuid        not null references programme.allocation_run (programme),
    citizen           uuid        not null,
    municipality_code integer     not null,
    arm               varchar(12) not null check (arm in ('PARTICIPANT', 'CONTROL')),
    stratum           varchar(40) not null,
    primary key (programme, citizen)
);

create function programme.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end;
$$;

create trigger allocation_run_append_only before update or delete on programme.allocation_run
    for each row execute function programme.refuse_change();
create trigger allocation_append_only before update or delete on programme.allocation
    for each row execute function programme.refuse_change();
create trigger member_append_only before update or delete on programme.member
    for each row execute function programme.refuse_change();

-- Programme visitation (Flere Skal Med): every decision is kept; the newest counts.
create table programme.visitation (
    id                uuid primary key,
    programme         uuid         not null references programme.programme (id),
    citizen           uuid         not null,
    municipality_code integer      not null,
    grp               varchar(12)  not null check (grp in ('GROUP_1', 'GROUP_2', 'GROUP_3', 'DEFERRED')),
    decided_on        date         not null,
    revisit_on        date,
    deferral_reason   varchar(20),
    job_mediator      uuid,
    decided_by        varchar(120) not null,
    decided_at        timestamp with time zone not null,
    check (grp <> 'DEFERRED' or (revisit_on is not null and deferral_reason is not null)),
    check (revisit_on is null or revisit_on > decided_on)
);

create index visitation_programme on programme.visitation (programme, citizen, decided_on);

-- How a member left the programme (udslusning / afgang) and where to.
create table programme.exit (
    programme         uuid         not null references programme.programme (id),
    citizen           uuid         not null,
    municipality_code integer      not null,
    exited_on         date         not null,
    destination       varchar(30)  not null,
    recorded_by       varchar(120) not null,
    recorded_at       timestamp with time zone not null,
    primary key (programme, citizen)
);

-- Grant money received from the grantor (e.g. STAR), to reconcile with what the ledger has earned.
create table programme.payment (
    id                uuid primary key,
    programme         uuid         not null references programme.programme (id),
    received_on       date         not null,
    amount            bigint       not null check (amount > 0),
    note              varchar(300) not null,
    recorded_by       varchar(120) not null,
    recorded_at       timestamp with time zone not null
);
