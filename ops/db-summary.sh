#!/usr/bin/env bash
# Prints every table of Jobvej's schemas with its row count, and the head of the audit chain (the
# newest entry's sequence number and hash): two copies of the database hold the same data when
# these lines are the same.
#
#   ops/db-summary.sh DATABASE      (server from the usual PostgreSQL variables)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(ops/postgresql-client.sh)
"$bin/psql" -X -qAt -F ' ' -d "$1" <<'SQL'
select 'rows ' || table_schema || '.' || table_name || ' ' ||
       (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I', table_schema, table_name),
                                              false, true, '')))[1]::text
from information_schema.tables
where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
order by table_schema, table_name;
select 'audit-head ' || coalesce((select sequence || ' ' || hash from audit.entry order by sequence desc limit 1), 'none');
SQL
