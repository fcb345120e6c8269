#!/usr/bin/env bash
# Server-side time of "Mine opgaver" (/opgaver), the caseworker's worklist of the contact course:
# logs in as the demo caseworker raadgiver (about 60 citizens) and requests the page N times
# (default 1000) over loopback; prints the median and 95th percentile of the server's own time
# (the Server-Timing header) and of the whole request.
#
#   BASE=http://localhost:8080 bench/contact-worklist.sh [N]
#
# Needs a running Jobvej with the Aalborg demo data (./mvnw spring-boot:run). The last line is the
# summary for a harness: SUMMARY contact-worklist requests=<n> server_p50_ms=… server_p95_ms=… client_p95_ms=…
set -euo pipefail
base=${BASE:-http://localhost:8080}
n=${1:-1000}
jar=$(mktemp); trap 'rm -f "$jar" "$jar.times"' EXIT
token=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=raadgiver&password=demo&_csrf=$token" "$base/login"
for i in $(seq 1 20); do curl -s -b "$jar" -o /dev/null "$base/opgaver"; done   # warm-up
for i in $(seq 1 "$n"); do
  curl -s -b "$jar" -o /dev/null -D - -w 'total=%{time_total}\n' "$base/opgaver" \
    | tr -d '\r' | grep -E '^Server-Timing|^total=' | sed 's/.*dur=//;s/total=//' | paste -sd' '
done > "$jar.times"
pct() { sort -n | awk -v p="$1" '{ v[NR] = $1 } END { k = int(p * NR + 0.5); if (k < 1) k = 1; printf "%.1f", v[k] }'; }
server_median=$(cut -d' ' -f1 "$jar.times" | pct 0.5); server_p95=$(cut -d' ' -f1 "$jar.times" | pct 0.95)
client_median=$(awk '{ print $2 * 1000 }' "$jar.times" | pct 0.5); client_p95=$(awk '{ print $2 * 1000 }' "$jar.times" | pct 0.95)
echo "Mine opgaver, $n requests: server median $server_median ms, p95 $server_p95 ms; client median $client_median ms, p95 $client_p95 ms"
echo "SUMMARY contact-worklist requests=$n server_p50_ms=$server_median server_p95_ms=$server_p95 client_p95_ms=$client_p95"
