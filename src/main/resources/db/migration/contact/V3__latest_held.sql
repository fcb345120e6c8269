-- The latest individual conversation held per citizen: the due dates need only this one (the last
-- held in the current benefit run is the latest of all, or none was held in the run). Kept up to
-- date when a conversation is recorded as held or imported, so a whole municipality's due status
-- reads one row per citizen instead of every conversation.
create table contact.latest_held (
    citizen           uuid primary key,
    municipality_code integer not null,
    held_at           timestamp with time zone not null
);

create index latest_held_municipality on contact.latest_held (municipality_code);

insert into contact.latest_held (citizen, municipality_code, held_at)
select citizen, max(municipality_code), max(starts_at)
from contact.conversation
where status = 'HELD' and kind <> 'INFORMATIONSMOEDE'
group by citizen;
