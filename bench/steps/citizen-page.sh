#!/usr/bin/env bash
# Benchmark step: the citizen page of one of raadgiver's citizens, BENCH_PAGE_REQUESTS times
# (bench/citizen-page.sh), on both data sets. Prints two rows: the server's own time
# (Server-Timing) and the whole request as curl saw it.
set -euo pipefail
line=$(BASE=$BENCH_BASE "$(dirname "$0")/../citizen-page.sh" "$BENCH_PAGE_REQUESTS")
n=$(sed -E 's/citizen page, ([0-9]+) requests.*/\1/' <<<"$line")
read -r server_median server_p95 client_median client_p95 < <(sed -E \
  's/.*server median ([0-9.]+) ms, p95 ([0-9.]+) ms; client median ([0-9.]+) ms, p95 ([0-9.]+) ms.*/\1 \2 \3 \4/' <<<"$line")
echo "| citizen page, server time | $BENCH_DATA | $n | $server_median ms | $server_p95 ms | Server-Timing, one caseworker, sequential |"
echo "| citizen page, whole request | $BENCH_DATA | $n | $client_median ms | $client_p95 ms | curl over loopback |"
