#!/usr/bin/env bash
# Due status of every citizen (contact course), at Aalborg or national scale.
#
#   bench/contact-due-status.sh [aalborg|national]      (default aalborg)
#
# Builds the jar if needed, starts Jobvej in the demo profile against its own data directory
# (/tmp/jobvej-bench-<scale>, kept between runs: the national data takes several minutes to
# generate the first time), lets the demo load the citizens and a year of conversations, then
# DueStatusBenchmark sweeps every municipality (as many at a time as there are processors, three
# rounds) and the application ends. Prints one RESULT line per round (time, citizens, peak heap)
# and the process's maximum resident set size. The last line is the summary for a harness:
#   SUMMARY contact-due-status scale=<scale> best_seconds=<s> peak_heap_mb=<mb> max_rss_mb=<mb>
# Environment: JAVA_HOME (Java 25), PORT (default 8091), PGPORT (default 54341), ROUNDS (default 3),
# XMX (default 2g), DATA (data directory).
set -euo pipefail
scale=${1:-aalborg}
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
port=${PORT:-8091}
pgport=${PGPORT:-54341}
data=${DATA:-/tmp/jobvej-bench-$scale}
jar=$(ls target/jobvej-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/jobvej-*.jar | grep -v plain | head -1)
fi
mkdir -p "$data"
log=$(mktemp)
/usr/bin/time -v -o "$log.time" "$JAVA_HOME/bin/java" -Xmx"${XMX:-2g}" -Dbench.rounds="${ROUNDS:-3}" -jar "$jar" \
  --spring.profiles.active=demo --jobvej.demo.scale="$scale" \
  --server.port="$port" --jobvej.database.port="$pgport" --jobvej.database.data-directory="$data/postgres" \
  --jobvej.contact.benchmark.due-status=true --logging.level.root=WARN > "$log" 2>&1 || { tail -50 "$log"; exit 1; }
grep -E '^(PHASE|RESULT)' "$log"
rss=$(awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$log.time")
best=$(grep '^RESULT' "$log" | sed 's/.*seconds=\([0-9.]*\).*/\1/' | sort -n | head -1)
heap=$(grep '^RESULT' "$log" | sed 's/.*peak_heap_mb=\([0-9]*\).*/\1/' | sort -n | tail -1)
echo "SUMMARY contact-due-status scale=$scale best_seconds=$best peak_heap_mb=$heap max_rss_mb=$rss"
rm -f "$log" "$log.time"
