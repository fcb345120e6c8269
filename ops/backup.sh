#!/usr/bin/env bash
# Backs up Jobvej's database with pg_dump (custom format: compressed, restorable with
# ops/restore.sh) and prints the row count of every table and the head of the audit chain, to
# compare with the restored copy.
#
#   ops/backup.sh [FILE]
#
# FILE defaults to backups/jobvej-<UTC time>.dump. The server and database come from the usual
# PostgreSQL variables; the defaults are the embedded database of `./mvnw spring-boot:run`:
# PGHOST=localhost PGPORT=54329 PGUSER=postgres PGPASSWORD=postgres PGDATABASE=postgres.
# pg_dump is PostgreSQL 17's (ops/postgresql-client.sh builds it once). pg_dump reads one
# consistent snapshot, so Jobvej can keep running while it works.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-54329} PGUSER=${PGUSER:-postgres}
export PGPASSWORD=${PGPASSWORD:-postgres} PGDATABASE=${PGDATABASE:-postgres}
bin=$(ops/postgresql-client.sh)
file=${1:-backups/jobvej-$(date -u +%Y%m%dT%H%M%SZ).dump}
mkdir -p "$(dirname "$file")"
"$bin/pg_dump" --format=custom --compress=6 --file="$file" "$PGDATABASE"
echo "Backup of $PGDATABASE on $PGHOST:$PGPORT written to $file ($(du -h "$file" | cut -f1))"
ops/db-summary.sh "$PGDATABASE"
