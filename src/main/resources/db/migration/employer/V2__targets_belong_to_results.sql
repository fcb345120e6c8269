-- The employment plan's targets and the KPIs measured against them belong to the results module
-- (results.kpi, results.kpi_target, counted from the employer module's PlacementStarted among
-- others): one place for targets, not one per module.
drop table employer.target;
