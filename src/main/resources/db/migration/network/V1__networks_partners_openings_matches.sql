create schema if not exists network;

-- A match network across municipalities (Vækst Via Viden 2.0, seeds 002 and 003): a period, a target of
-- matches, a home municipality with a target share (seed 002: 2,000 matches in 2020-2023, 40 % in
-- Aalborg) and the days a partner has to take an opening before it passes to the next ("bolden gribes
-- altid").
create table network.network (
    id                     uuid primary key,
    name                   varchar(200) not null,
    period_from            date         not null,
    period_to              date         not null check (period_to >= period_from),
    target_matches         integer      not null check (target_matches > 0),
    home_municipality      integer      not null,
    home_share_percent     integer      not null check (home_share_percent between 0 and 100),
    take_within_days       integer      not null check (take_within_days between 1 and 60),
    created_at             timestamp with time zone not null
);

-- The municipalities the network covers (kommunekode and name).
create table network.municipality (
    network uuid         not null references network.network (id),
    code    integer      not null,
    name    varchar(100) not null,
    primary key (network, code)
);

-- A partner (UCN, AAU, an a-kasse, a jobcenter) with its pool of candidates, its target and its place
-- in the relay. Its staff are the members of staff of its unit (role NETWORK_PARTNER, or a company
-- consultant for a jobcenter partner).
create table network.partner (
    id             uuid primary key,
    network        uuid         not null references network.network (id),
    code           varchar(20)  not null check (code ~ '^[A-Z0-9_]{2,20}$'),
    name           varchar(200) not null,
    pool           varchar(500) not null,
    unit           uuid         not null,
    relay_order    integer      not null check (relay_order > 0),
    target_matches integer      not null check (target_matches >= 0),
    unique (network, code),
    unique (network, unit),
    unique (network, relay_order)
);

-- A partner's candidate: a graduate or a student in its pool. Personal data: only the partner sees it,
-- and every read is audited.
create table network.candidate (
    id                uuid primary key,
    partner           uuid         not null references network.partner (id),
    name              varchar(200) not null,
    education_level   varchar(30)  not null,
    field             varchar(200) not null,
    stage             varchar(20)  not null check (stage in ('STUDENT', 'GRADUATE')),
    home_municipality integer      not null,
    created_at        timestamp with time zone not null
);

create index candidate_partner on network.candidate (partner);

-- A match opening (matchåbning): the dialog with a company about growth through highly educated staff,
-- the match profile (job content) and the kind of match sought. It is offered to one partner at a time.
create table network.opening (
    id                   uuid primary key,
    network              uuid          not null references network.network (id),
    company_name         varchar(200)  not null,
    cvr                  char(8)       not null check (cvr ~ '^[0-9]{8}$'),
    company_municipality integer       not null,
    dialog               varchar(4000) not null,
    job_content          varchar(30)[] not null,
    description          varchar(4000) not null,
    kind                 varchar(30)   not null,
    status               varchar(20)   not null check (status in ('OPEN', 'TAKEN', 'MATCHED', 'CLOSED')),
    offered_to           uuid          not null references network.partner (id),
    offered_at           timestamp with time zone not null,
    taken_by             uuid references network.partner (id),
    opened_by            varchar(100)  not null,
    opened_at            timestamp with time zone not null,
    version              integer       not null default 0
);

create index opening_network on network.opening (network, status);

-- A match: a candidate of a partner matched with a company (through an opening, or counted from the
-- partner's own records: then without opening and candidate).
create table network.match (
    id                   uuid primary key,
    network              uuid        not null references network.network (id),
    partner              uuid        not null references network.partner (id),
    opening              uuid references network.opening (id),
    candidate            uuid references network.candidate (id),
    kind                 varchar(30) not null,
    company_municipality integer     not null,
    matched_on           date        not null,
    registered_by        varchar(100) not null
);

create index match_network on network.match (network, matched_on);
create unique index match_opening on network.match (opening) where opening is not null;
