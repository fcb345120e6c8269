#!/usr/bin/env bash
# Full-time persons per benefit and month for five years at national scale: Jobvej against DuckDB on
# the same benefit periods exported to CSV and Parquet (bench/FteVsDuckDb.java). The first run
# generates the national demo data (about 966,000 citizens) into DATA and reads it into the results
# module; later runs reuse it. Not part of ./mvnw verify.
#   bench/fte-vs-duckdb.sh [DATA=/tmp/jobvej-results/national] [WORK=/tmp/jobvej-results/bench] [PGPORT=54334]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
data=${1:-/tmp/jobvej-results/national}
work=${2:-/tmp/jobvej-results/bench}
port=${3:-54334}
./mvnw -q -B -Pbench -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
# compiled, not launched as a source file: Spring's repository proxies need the application's class loader
# and run from a copy of the classes, so a build started meanwhile does not change them underneath
rm -rf target/bench-app && cp -r target/classes target/bench-app
classpath="target/bench-app:$(cat target/bench-classpath.txt)"
"$JAVA_HOME/bin/javac" -d target/bench-classes -cp "$classpath" bench/FteVsDuckDb.java
"$JAVA_HOME/bin/java" -Xmx3g -cp "target/bench-classes:$classpath" FteVsDuckDb "$data" "$work" "$port"
