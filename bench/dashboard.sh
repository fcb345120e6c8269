#!/usr/bin/env bash
# Server-side time of the leaders' KPI dashboard (/resultater) with the Aalborg demo data: logs in
# as the demo leader (`leder`) and requests the dashboard N times (default 200) over loopback;
# prints the median and 95th percentile of the server's own time (the Server-Timing header) and of
# the whole request. Needs a running Jobvej with demo data: ./mvnw spring-boot:run
set -euo pipefail
base=${BASE:-http://localhost:8080}
n=${1:-200}
path=${2:-/resultater}
jar=$(mktemp); trap 'rm -f "$jar" "$jar.times"' EXIT
token=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=leder&password=demo&_csrf=$token" "$base/login"
for i in $(seq 1 20); do curl -s -b "$jar" -o /dev/null "$base$path"; done   # warm-up
for i in $(seq 1 "$n"); do
  curl -s -b "$jar" -o /dev/null -D - -w 'total=%{time_total}\n' "$base$path" \
    | tr -d '\r' | grep -E '^Server-Timing|^total=' | sed 's/.*dur=//;s/total=//' | paste -sd' '
done > "$jar.times"
pct() { sort -n | awk -v p="$1" '{ v[NR] = $1 } END { k = int(p * NR + 0.5); if (k < 1) k = 1; printf "%.1f", v[k] }'; }
server_median=$(cut -d' ' -f1 "$jar.times" | pct 0.5); server_p95=$(cut -d' ' -f1 "$jar.times" | pct 0.95)
client_median=$(awk '{ print $2 * 1000 }' "$jar.times" | pct 0.5); client_p95=$(awk '{ print $2 * 1000 }' "$jar.times" | pct 0.95)
echo "$path, $n requests: server median $server_median ms, p95 $server_p95 ms; client median $client_median ms, p95 $client_p95 ms"
