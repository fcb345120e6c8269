-- The contact course (kontaktforløb): conversations with citizens, their outcomes, slots citizens
-- book themselves, absences and exemptions, the availability track after a no-show and the
-- notification outbox. Every row with personal data carries municipality_code. Citizens, staff
-- and units are referred to by id only; they live in the citizen and identity schemas.
create schema if not exists contact;

-- The exclusion constraints below compare uuids with = inside a GiST index.
create extension if not exists btree_gist;

-- A conversation (samtale). Booked in advance it is a meeting notice (DFDG: indkaldelse); once
-- held it is a meeting held (DFDG: afholdt samtale). kind is the DFDG conversation type
-- (samtaletype), channel the DFDG contact form (kontaktform). The caseworker holds the
-- conversation; unit is the citizen's unit when it was booked (statistics per unit).
create table contact.conversation (
    id                uuid primary key,
    citizen           uuid          not null,
    municipality_code integer       not null,
    unit              uuid          not null,
    caseworker        uuid          not null,
    kind              varchar(40)   not null,
    channel           varchar(20)   not null,
    starts_at         timestamp with time zone not null,
    ends_at           timestamp with time zone not null,
    place             varchar(200),
    agenda            varchar(2000),
    status            varchar(20)   not null,
    planned           boolean       not null,
    self_booked       boolean       not null,
    booked_by         varchar(100)  not null,
    booked_at         timestamp with time zone not null,
    rebookings        integer       not null default 0,
    slot              uuid,
    outcome_at        timestamp with time zone,
    outcome_by        varchar(100),
    summary           varchar(4000),
    journal_note      uuid,
    cancelled_by      varchar(20),
    cancel_reason     varchar(1000),
    absence_reason    varchar(1000),
    absence_valid     boolean,
    version           integer       not null default 0,
    check (ends_at > starts_at),
    check (status in ('BOOKED', 'HELD', 'CANCELLED', 'NO_SHOW')),
    -- No double booking, even when two bookings race: a caseworker and a citizen have at most one
    -- booked conversation at a time.
    constraint conversation_caseworker_free exclude using gist
        (caseworker with =, tstzrange(starts_at, ends_at) with &&) where (status = 'BOOKED'),
    constraint conversation_citizen_free exclude using gist
        (citizen with =, tstzrange(starts_at, ends_at) with &&) where (status = 'BOOKED')
);

create index conversation_citizen on contact.conversation (citizen, starts_at);
create index conversation_caseworker on contact.conversation (caseworker, starts_at);
create index conversation_statistics on contact.conversation (municipality_code, status, starts_at);

-- Who else takes part (DFDG: myndighedsdeltager, deltagelsesvalg): the a-kasse, a mentor, an
-- employer, an interpreter. The citizen and the caseworker are always there.
create table contact.participant (
    conversation uuid         not null references contact.conversation (id),
    position     integer      not null,
    role         varchar(20)  not null,
    name         varchar(200) not null,
    primary key (conversation, position)
);

-- Concrete jobs for a conversation: suggested before it (by the caseworker, later by the
-- matching module) and marked presented when the conversation is held. Seed 003: every citizen
-- is regularly presented relevant, concrete jobs.
create table contact.presented_job (
    id                uuid primary key,
    conversation      uuid         not null references contact.conversation (id),
    citizen           uuid         not null,
    municipality_code integer      not null,
    title             varchar(200) not null,
    employer          varchar(200),
    source            varchar(20)  not null,
    reference         varchar(200),
    presented         boolean      not null,
    added_at          timestamp with time zone not null,
    added_by          varchar(100) not null
);

create index presented_job_conversation on contact.presented_job (conversation);

-- Times a caseworker publishes for self-booking (as STAR's Jobcenter Planner); a slot holds at
-- most one conversation. Slots of one caseworker do not overlap.
create table contact.slot (
    id                uuid primary key,
    caseworker        uuid        not null,
    unit              uuid        not null,
    municipality_code integer     not null,
    starts_at         timestamp with time zone not null,
    ends_at           timestamp with time zone not null,
    channel           varchar(20) not null,
    place             varchar(200),
    conversation      uuid,
    withdrawn         boolean     not null default false,
    published_at      timestamp with time zone not null,
    check (ends_at > starts_at),
    constraint slot_no_overlap exclude using gist
        (caseworker with =, tstzrange(starts_at, ends_at) with &&) where (not withdrawn)
);

create index slot_unit on contact.slot (unit, starts_at);

-- The limits a unit sets for self-booking; a unit without a row uses jobvej.contact.self-booking.*.
create table contact.booking_limit (
    unit                  uuid primary key,
    municipality_code     integer not null,
    min_notice_hours      integer not null check (min_notice_hours >= 0),
    max_days_ahead        integer not null check (max_days_ahead > 0),
    max_rebookings        integer not null check (max_rebookings >= 0),
    version               integer not null default 0
);

-- Absences and exemptions (DFDG: fravær, fritagelse): periods in which the citizen is not
-- called to conversations, e.g. sickness, holiday, maternity leave, or the individual exemption
-- of up to 25 % from 1 July 2026. The types are data (absence_type).
create table contact.absence_type (
    code      varchar(40) primary key,
    dfdg_code integer,
    source    varchar(300) not null
);

insert into contact.absence_type (code, dfdg_code, source) values
    ('UDDANNELSE',              1,    'DFDG AbsenceType 1 Uddannelse'),
    ('MIDLERTIDIGT_ARBEJDE',    2,    'DFDG AbsenceType 2 MidlertidigtArbejde'),
    ('BORGERLIGT_OMBUD',        3,    'DFDG AbsenceType 3 BorgerligtOmbud'),
    ('BARSEL_MAX_14_DAGE',      4,    'DFDG AbsenceType 4 BarselMax14Dage'),
    ('BARSEL',                  8,    'DFDG AbsenceType 8 Barsel'),
    ('FRIPERIODE',              9,    'DFDG AbsenceType 9 Friperiode'),
    ('FERIE',                   10,   'DFDG AbsenceType 10 Ferie'),
    ('SYGDOM',                  11,   'DFDG AbsenceType 11 SygdomSygemelding'),
    ('MINDRE_INTENSIV_INDSATS', null, 'LAB § 106 (reduced-intensity effort; no duty to attend job conversations)'),
    ('INDIVIDUEL_VURDERING',    null, 'lov 1750/2025: up to 25 % exempted by individual assessment, from 1 July 2026');

create table contact.absence_period (
    id                uuid primary key,
    citizen           uuid          not null,
    municipality_code integer       not null,
    type              varchar(40)   not null references contact.absence_type (code),
    from_date         date          not null,
    to_date           date,
    note              varchar(1000),
    registered_by     varchar(100)  not null,
    registered_at     timestamp with time zone not null,
    check (to_date is null or to_date >= from_date)
);

create index absence_period_citizen on contact.absence_period (citizen);

-- Programme memberships (JobFirst, dimittend group, …) that cadence rules key on. Fed through
-- ContactCourse.recordProgrammeMembership by the programme module once it exists; empty until then.
create table contact.programme_membership (
    citizen           uuid        not null,
    programme         varchar(40) not null,
    from_date         date        not null,
    to_date           date,
    municipality_code integer     not null,
    primary key (citizen, programme, from_date),
    check (to_date is null or to_date >= from_date)
);

-- The availability track (rådighedssag) after a no-show without a valid reason: a consultation
-- letter (partshøring) with a deadline, then a decision on a sanction with its legal basis and
-- appeal guidance (klagevejledning). The benefit office pays; Jobvej announces the decision.
create table contact.availability_case (
    id                    uuid primary key,
    conversation          uuid          not null unique references contact.conversation (id),
    citizen               uuid          not null,
    municipality_code     integer       not null,
    unit                  uuid          not null,
    caseworker            uuid          not null,
    benefit               varchar(40),
    opened_at             timestamp with time zone not null,
    consultation_deadline date          not null,
    citizen_response      varchar(4000),
    status                varchar(20)   not null,
    decided_at            timestamp with time zone,
    decided_by            varchar(100),
    sanction              boolean,
    rule_code             varchar(40),
    legal_basis           varchar(300),
    reasoning             varchar(4000),
    version               integer       not null default 0,
    check (status in ('CONSULTATION', 'DECIDED'))
);

create index availability_case_caseworker on contact.availability_case (caseworker, status);

-- What a sanction for a no-show rests on, by benefit: legal basis and appeal guidance as data.
-- These rows are NOT verified against the law (the reference notes hold no V-tagged sanction
-- rule): a municipality must review them. See docs/modules/contact.md.
create table contact.sanction_rule (
    code           varchar(40) primary key,
    benefit        varchar(40),
    legal_basis    varchar(300) not null,
    appeal_body    varchar(200) not null,
    appeal_weeks   integer      not null,
    valid_from     date         not null,
    valid_to       date,
    source         varchar(300) not null,
    certainty      char(1)      not null check (certainty in ('V', 'S', 'U'))
);

insert into contact.sanction_rule (code, benefit, legal_basis, appeal_body, appeal_weeks, valid_from, valid_to, source, certainty) values
    ('LAS-UDEBLIVELSE', 'KONTANTHJAELP', 'Lov om aktiv socialpolitik § 36 (udeblivelse fra samtale)', 'Ankestyrelsen', 4, '2020-01-01', null,
     'LAS § 36 and retssikkerhedsloven § 66-67 (4-week appeal deadline); not verified in the reference notes', 'U'),
    ('LAS-UDEBLIVELSE-UHJ', 'UDDANNELSESHJAELP', 'Lov om aktiv socialpolitik § 36 (udeblivelse fra samtale)', 'Ankestyrelsen', 4, '2020-01-01', '2025-06-30',
     'as LAS-UDEBLIVELSE; benefit abolished by lov 1655/2024', 'U'),
    ('INTEGRATION-UDEBLIVELSE', 'INTEGRATIONSYDELSE', 'Integrationsloven og lov om aktiv socialpolitik § 36 (udeblivelse fra samtale)', 'Ankestyrelsen', 4, '2020-01-01', '2025-06-30',
     'not verified in the reference notes', 'U'),
    ('AKASSE-UNDERRETNING', 'A_DAGPENGE', 'Lov om arbejdsløshedsforsikring: jobcentret underretter a-kassen, som afgør sagen', 'a-kassen (afgørelsen træffes af a-kassen)', 4, '2020-01-01', null,
     'not verified in the reference notes', 'U'),
    ('SDP-OPHOER', 'SYGEDAGPENGE', 'Sygedagpengeloven § 21 (manglende medvirken til opfølgning)', 'Ankestyrelsen', 4, '2020-01-01', null,
     'not verified in the reference notes', 'U');

-- The citizen's e-mail address for notifications, given by the citizen on Min side or by the
-- caseworker. Without one, a notification is kept in the outbox as undeliverable.
create table contact.notification_address (
    citizen           uuid primary key,
    municipality_code integer      not null,
    email             varchar(320) not null,
    changed_at        timestamp with time zone not null,
    changed_by        varchar(100) not null
);

-- The notification outbox: written in the transaction of the change it announces, sent
-- afterwards by the dispatcher, retried with back-off until sent. Nothing is ever deleted.
create table contact.notification (
    id                uuid primary key,
    citizen           uuid          not null,
    municipality_code integer       not null,
    conversation      uuid          not null,
    kind              varchar(20)   not null,
    dedup_key         varchar(100)  not null,
    recipient         varchar(320),
    subject           varchar(300)  not null,
    body              varchar(4000) not null,
    created_at        timestamp with time zone not null,
    attempts          integer       not null default 0,
    next_attempt_at   timestamp with time zone not null,
    sent_at           timestamp with time zone,
    undeliverable     boolean       not null default false,
    last_error        varchar(500),
    unique (conversation, kind, dedup_key)
);

create index notification_due on contact.notification (next_attempt_at) where sent_at is null and not undeliverable;

-- Bulk imports already done: a batch id found here is skipped, so an import can be re-run.
create table contact.import_batch (
    batch_id    varchar(200) primary key,
    imported_at timestamp with time zone not null,
    count       integer not null
);
