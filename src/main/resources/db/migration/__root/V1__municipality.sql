-- Migrations that belong to no module. Every module keeps its tables in a schema of its own
-- and its migrations in db/migration/<module>.
select 1;
