#!/usr/bin/env bash
# Benchmark step: the contact course's worklist "Mine opgaver" as raadgiver (bench/contact-worklist.sh)
# and the leaders' KPI dashboard as leder (bench/dashboard.sh), BENCH_PAGE_REQUESTS / 5 times each,
# on both data sets. Prints one row each for the server's own time (Server-Timing).
set -euo pipefail
here="$(dirname "$0")/.."
n=$(( BENCH_PAGE_REQUESTS / 5 > 20 ? BENCH_PAGE_REQUESTS / 5 : 20 ))
row() {  # name, notes, the script's summary line "…: server median X ms, p95 Y ms; …"
  read -r median p95 < <(sed -E 's/.*server median ([0-9.]+) ms, p95 ([0-9.]+) ms.*/\1 \2/' <<<"$3")
  echo "| $1, server time | $BENCH_DATA | $n | $median ms | $p95 ms | $2 |"
}
row "Mine opgaver (contact worklist)" "Server-Timing, raadgiver, sequential" \
  "$(BASE=$BENCH_BASE "$here/contact-worklist.sh" "$n" | grep '^Mine opgaver')"
row "KPI dashboard (/resultater)" "Server-Timing, leder, sequential; goal under 300 ms" \
  "$(BASE=$BENCH_BASE "$here/dashboard.sh" "$n" | tail -1)"
