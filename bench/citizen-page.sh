#!/usr/bin/env bash
# Server-side time of the citizen page: logs in as the demo caseworker, opens one of their
# citizens N times (default 1000) over loopback and reports the median and 95th percentile of
# the Server-Timing header and of the whole request as the client saw it.
# Needs a running Jobvej with demo data: ./mvnw spring-boot:run
set -euo pipefail
base=${BASE:-http://localhost:8080}
n=${1:-1000}
jar=$(mktemp); trap 'rm -f "$jar"' EXIT
token=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=raadgiver&password=demo&_csrf=$token" "$base/login"
id=$(curl -s -u raadgiver:demo "$base/api/v1/citizens/mine" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
for i in $(seq 1 20); do curl -s -b "$jar" -o /dev/null "$base/borgere/$id"; done   # warm-up
for i in $(seq 1 "$n"); do
  curl -s -b "$jar" -o /dev/null -D - -w 'total=%{time_total}\n' "$base/borgere/$id" \
    | tr -d '\r' | grep -E '^Server-Timing|^total=' | sed 's/.*dur=//;s/total=//' | paste -sd' '
done > "$jar.times"
pct() { sort -n | awk -v p="$1" '{ v[NR] = $1 } END { k = int(p * NR + 0.5); if (k < 1) k = 1; printf "%.1f", v[k] }'; }
server_median=$(cut -d' ' -f1 "$jar.times" | pct 0.5); server_p95=$(cut -d' ' -f1 "$jar.times" | pct 0.95)
client_median=$(awk '{ print $2 * 1000 }' "$jar.times" | pct 0.5); client_p95=$(awk '{ print $2 * 1000 }' "$jar.times" | pct 0.95)
rm -f "$jar.times"
echo "citizen page, $n requests: server median $server_median ms, p95 $server_p95 ms; client median $client_median ms, p95 $client_p95 ms"
