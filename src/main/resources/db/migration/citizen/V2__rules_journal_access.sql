-- Rules as data. Each rule holds from valid_from to valid_to (both days included; null = still
-- in force). Jobvej evaluates them against a date, so history keeps the rules then in force.
-- Jobvej's rule data begins on 1 January 2020, when the new LAB (lov 548/2019) and its § 6
-- target groups came into force. A municipality may change these rows; see docs/modules/citizen.md.

-- Target groups (målgrupper, LAB § 6) by benefit, and for some benefits by visitation category
-- and age. When several rules match, the most specific wins (category before none, an age
-- bound before none).
create table citizen.target_group_rule (
    id                  serial primary key,
    benefit             varchar(40) not null,
    visitation_category varchar(40),
    min_age             integer,
    max_age             integer,
    target_group        varchar(40) not null,
    valid_from          date not null,
    valid_to            date,
    source              varchar(300) not null
);

insert into citizen.target_group_rule (benefit, visitation_category, min_age, max_age, target_group, valid_from, valid_to, source) values
    ('A_DAGPENGE',           null,                         null, null, 'LAB_6_1',  '2020-01-01', null,         'LAB § 6 nr. 1 (lov 548/2019)'),
    ('KONTANTHJAELP',        'JOBPARAT',                   null, null, 'LAB_6_2',  '2020-01-01', null,         'LAB § 6 nr. 2'),
    ('KONTANTHJAELP',        'AKTIVITETSPARAT',            null, null, 'LAB_6_3',  '2020-01-01', null,         'LAB § 6 nr. 3'),
    ('KONTANTHJAELP',        'UDDANNELSESPARAT',           null, 29,   'LAB_6_4',  '2025-07-01', null,         'LAB § 6 nr. 4 after lov 1655/2024 (wording unverified)'),
    ('KONTANTHJAELP',        'AABENLYST_UDDANNELSESPARAT', null, 29,   'LAB_6_4',  '2025-07-01', null,         'LAB § 6 nr. 4 after lov 1655/2024 (wording unverified)'),
    ('UDDANNELSESHJAELP',    'UDDANNELSESPARAT',           null, null, 'LAB_6_4',  '2020-01-01', '2025-06-30', 'LAB § 6 nr. 4; benefit abolished by lov 1655/2024'),
    ('UDDANNELSESHJAELP',    'AABENLYST_UDDANNELSESPARAT', null, null, 'LAB_6_4',  '2020-01-01', '2025-06-30', 'LAB § 6 nr. 4; benefit abolished by lov 1655/2024'),
    ('UDDANNELSESHJAELP',    'AKTIVITETSPARAT',            null, null, 'LAB_6_5',  '2020-01-01', '2025-06-30', 'LAB § 6 nr. 5; benefit abolished by lov 1655/2024'),
    ('SYGEDAGPENGE',         null,                         null, null, 'LAB_6_6',  '2020-01-01', null,         'LAB § 6 nr. 6'),
    ('JOBAFKLARINGSFORLOEB', null,                         null, null, 'LAB_6_7',  '2020-01-01', null,         'LAB § 6 nr. 7'),
    ('RESSOURCEFORLOEB',     null,                         null, null, 'LAB_6_8',  '2020-01-01', null,         'LAB § 6 nr. 8'),
    ('FLEKSJOB',             null,                         null, null, 'LAB_6_9',  '2020-01-01', null,         'LAB § 6 nr. 9'),
    ('LEDIGHEDSYDELSE',      null,                         null, null, 'LAB_6_9',  '2020-01-01', null,         'LAB § 6 nr. 9'),
    ('REVALIDERING',         null,                         null, null, 'LAB_6_10', '2020-01-01', null,         'LAB § 6 nr. 10'),
    ('FORREVALIDERING',      null,                         null, null, 'LAB_6_10', '2020-01-01', null,         'LAB § 6 nr. 10 (pre-rehabilitation outside sickness benefit)'),
    ('FOERTIDSPENSION',      null,                         null, null, 'LAB_6_11', '2020-01-01', null,         'LAB § 6 nr. 11'),
    ('INTEGRATIONSYDELSE',   null,                         null, null, 'INTEGRATION_ACT', '2020-01-01', '2025-06-30', 'Integrationsloven; benefit abolished by lov 1655/2024');

-- Which visitation categories may be chosen, by benefit (and age) and date. Sickness-benefit
-- category 3 also ends on the date set in jobvej.citizen.sickness-category3-abolished-from.
create table citizen.visitation_rule (
    id                  serial primary key,
    benefit             varchar(40) not null,
    visitation_category varchar(40) not null,
    min_age             integer,
    max_age             integer,
    valid_from          date not null,
    valid_to            date,
    source              varchar(300) not null
);

insert into citizen.visitation_rule (benefit, visitation_category, min_age, max_age, valid_from, valid_to, source) values
    ('KONTANTHJAELP',      'JOBPARAT',                   null, null, '2020-01-01', null,         'LAS § 2; BEK 1717/2023'),
    ('KONTANTHJAELP',      'AKTIVITETSPARAT',            null, null, '2020-01-01', null,         'LAS § 2'),
    ('KONTANTHJAELP',      'UDDANNELSESPARAT',           null, 29,   '2025-07-01', null,         'lov 1655/2024: education benefit paid as cash benefit (unverified)'),
    ('KONTANTHJAELP',      'AABENLYST_UDDANNELSESPARAT', null, 29,   '2025-07-01', null,         'lov 1655/2024: education benefit paid as cash benefit (unverified)'),
    ('UDDANNELSESHJAELP',  'AABENLYST_UDDANNELSESPARAT', null, null, '2020-01-01', '2025-06-30', 'LAS § 2; BEK 1717/2023 § 4'),
    ('UDDANNELSESHJAELP',  'UDDANNELSESPARAT',           null, null, '2020-01-01', '2025-06-30', 'LAS § 2; BEK 1717/2023 § 4'),
    ('UDDANNELSESHJAELP',  'AKTIVITETSPARAT',            null, null, '2020-01-01', '2025-06-30', 'LAS § 2'),
    ('INTEGRATIONSYDELSE', 'JOBPARAT',                   null, null, '2020-01-01', '2025-06-30', 'Integrationsloven'),
    ('INTEGRATIONSYDELSE', 'AKTIVITETSPARAT',            null, null, '2020-01-01', '2025-06-30', 'Integrationsloven'),
    ('SYGEDAGPENGE',       'SYGEDAGPENGE_KATEGORI_1',    null, null, '2020-01-01', null,         'SDL § 12 stk. 1 nr. 1'),
    ('SYGEDAGPENGE',       'SYGEDAGPENGE_KATEGORI_2',    null, null, '2020-01-01', null,         'SDL § 12 stk. 1 nr. 2'),
    ('SYGEDAGPENGE',       'SYGEDAGPENGE_KATEGORI_3',    null, null, '2020-01-01', null,         'SDL § 12 stk. 1 nr. 3; repealed by L 74 (2024-25), date is a setting');

-- Benefits that may run at the same time for one citizen (stored once per pair, either order).
-- Every other pair is mutually exclusive. These defaults are not verified against the law;
-- a municipality may change them.
create table citizen.benefit_overlap (
    benefit varchar(40) not null,
    other   varchar(40) not null,
    note    varchar(300) not null,
    primary key (benefit, other)
);

insert into citizen.benefit_overlap (benefit, other, note) values
    ('SYGEDAGPENGE',    'FLEKSJOB',      'a person in a flexjob who falls ill'),
    ('FORREVALIDERING', 'KONTANTHJAELP', 'pre-rehabilitation runs on the benefit the person already receives'),
    ('FORREVALIDERING', 'SYGEDAGPENGE',  'pre-rehabilitation runs on the benefit the person already receives');

-- The journal: notes about the citizen's case, with author and time. Append-only.
create table citizen.journal_note (
    id                uuid primary key,
    citizen           uuid          not null references citizen.citizen (id),
    text              varchar(4000) not null,
    written_by        uuid          not null,
    written_at        timestamp with time zone not null,
    municipality_code integer       not null
);

create index journal_note_citizen on citizen.journal_note (citizen, written_at);

create function citizen.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end;
$$;

create trigger journal_note_append_only
    before update or delete on citizen.journal_note
    for each row execute function citizen.refuse_change();

-- Break-the-glass: access to a citizen outside the staff member's own unit, with a stated
-- reason, for a limited time. Kept for the leader of the citizen's unit to review.
create table citizen.access_grant (
    id                uuid primary key,
    staff             uuid          not null,
    citizen           uuid          not null references citizen.citizen (id),
    citizen_unit      uuid          not null,
    reason            varchar(1000) not null,
    granted_at        timestamp with time zone not null,
    expires_at        timestamp with time zone not null,
    municipality_code integer       not null
);

create index access_grant_staff on citizen.access_grant (staff, citizen, expires_at);
create index access_grant_unit on citizen.access_grant (citizen_unit, granted_at);

create trigger access_grant_append_only
    before update or delete on citizen.access_grant
    for each row execute function citizen.refuse_change();
