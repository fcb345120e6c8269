-- The employer module's placements as the grant ledger reads them, kept from its events
-- (PlacementStarted, PlacementEnded): which citizen, at which company (CVR), of which kind, from and to.
create table programme.employer_placement (
    placement         uuid primary key,
    citizen           uuid        not null,
    municipality_code integer     not null,
    cvr               varchar(8)  not null,
    offer_type        varchar(40) not null,
    from_date         date        not null,
    planned_to        date,
    ended_on          date
);

create index employer_placement_municipality on programme.employer_placement (municipality_code);
