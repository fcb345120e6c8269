#!/usr/bin/env bash
# The matching benchmark: candidates for one vacancy and vacancies for one citizen at national
# scale, p95 against a plain Lucene index over the same texts (dk.jobvej.bench.MatchingBench).
#
#   bench/matching.sh [QUERIES] [OPEN_VACANCIES] [DATA_DIR] [PG_PORT]
#
# QUERIES (default 1000) per kind, after 100 warm-up queries; OPEN_VACANCIES (default 30000) open
# vacancies all over the country. DATA_DIR (default /tmp/jobvej-bench-national) holds the embedded
# PostgreSQL with the national demo data; the first run fills it (about 10 minutes on 2 cores),
# adds the vacancies and asks to be run again; later runs measure. Prints medians and the 95th
# percentile in milliseconds. Needs JDK 25 (JAVA_HOME); the web server starts on a free port, unused.
set -euo pipefail
cd "$(dirname "$0")/.."
QUERIES="${1:-1000}"
OPEN="${2:-30000}"
DATA="${3:-/tmp/jobvej-bench-national}"
PORT="${4:-54399}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -q -B test-compile
./mvnw -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=dk.jobvej.bench.MatchingBench \
  -Dexec.args="$QUERIES $OPEN --jobvej.demo.scale=national --jobvej.database.data-directory=$DATA --jobvej.database.port=$PORT --server.port=0 --spring.main.banner-mode=off --logging.level.root=WARN --logging.level.dk.jobvej.demo=INFO"
