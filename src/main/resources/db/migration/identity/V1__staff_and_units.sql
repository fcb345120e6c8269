create schema if not exists identity;

create table identity.unit (
    id                uuid primary key,
    name              varchar(200) not null,
    parent            uuid references identity.unit (id),
    municipality_code integer not null,
    version           integer not null default 0,
    unique (municipality_code, name)
);

create table identity.staff (
    id                uuid primary key,
    username          varchar(100) not null unique,
    name              varchar(200) not null,
    email             varchar(200),
    unit              uuid not null references identity.unit (id),
    municipality_code integer not null,
    password_hash     varchar(200),
    active            boolean not null default true,
    failed_logins     integer not null default 0,
    locked_until      timestamp with time zone,
    version           integer not null default 0
);

create index staff_unit on identity.staff (unit);

create table identity.staff_role (
    staff uuid not null references identity.staff (id) on delete cascade,
    role  varchar(40) not null,
    primary key (staff, role)
);
