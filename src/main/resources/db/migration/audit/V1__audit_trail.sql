create schema if not exists audit;

-- Append-only: the trigger below refuses UPDATE and DELETE. Each row carries the hash of the
-- row before it (previous_hash) and its own hash over its content and previous_hash.
create table audit.entry (
    sequence          bigserial primary key,
    at                timestamp with time zone not null,
    actor             varchar(100) not null,
    action            varchar(30)  not null,
    subject           varchar(200) not null,
    what              varchar(200) not null,
    why               varchar(1000),
    municipality_code integer not null,
    previous_hash     char(64) not null,
    hash              char(64) not null
);

create index entry_subject on audit.entry (subject, sequence);
create index entry_actor on audit.entry (actor, sequence);
create index entry_action on audit.entry (action, sequence);

create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit.entry is append-only';
end;
$$;

create trigger entry_append_only
    before update or delete on audit.entry
    for each row execute function audit.refuse_change();
