#!/usr/bin/env bash
# Restores a backup of ops/backup.sh into a new, empty database and prints the row count of every
# table and the head of the audit chain, to compare with what ops/backup.sh printed.
#
#   ops/restore.sh FILE DATABASE
#
# DATABASE is created on the server of the usual PostgreSQL variables (defaults as in
# ops/backup.sh); the script refuses a database that already holds tables. Point Jobvej at the
# restored database (SPRING_DATASOURCE_URL, see README) once the numbers match.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: ops/restore.sh FILE DATABASE" >&2; exit 2; }
file=$1
database=$2
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-54329} PGUSER=${PGUSER:-postgres}
export PGPASSWORD=${PGPASSWORD:-postgres}
bin=$(ops/postgresql-client.sh)
exists=$("$bin/psql" -X -qAt -d postgres -v name="$database" <<<"select count(*) from pg_database where datname = :'name'")
if [ "$exists" = 0 ]; then
  "$bin/createdb" "$database"
fi
tables=$("$bin/psql" -X -qAt -d "$database" -c \
  "select count(*) from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')")
[ "$tables" = 0 ] || { echo "Database $database already holds $tables tables; restore into a new one" >&2; exit 1; }
"$bin/pg_restore" --exit-on-error --single-transaction --dbname="$database" "$file"
echo "Restored $file into $database on $PGHOST:$PGPORT"
ops/db-summary.sh "$database"
