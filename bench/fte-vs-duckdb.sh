#!/usr/bin/env bash
# Full-time persons per benefit and month for five years at national scale: Jobvej against DuckDB on
# the same benefit periods exported to CSV and Parquet (bench/FteVsDuckDb.java). The first run
# generates the national demo data (about 966,000 citizens) into DATA and reads it into the results
# module; later runs reuse it. Not part of ./mvnw verify.
#   bench/fte-vs-duckdb.sh [DATA=/tmp/jobvej-national] [WORK=/tmp/jobvej-bench]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
data=${1:-/tmp/jobvej-national}
work=${2:-/tmp/jobvej-bench}
./mvnw -q -B -Pbench -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
"$JAVA_HOME/bin/java" -Xmx3g -cp "target/classes:$(cat target/bench-classpath.txt)" bench/FteVsDuckDb.java "$data" "$work"
