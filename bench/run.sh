#!/usr/bin/env bash
# Jobvej's benchmarks in one command (README, "Benchmarks"). Writes bench/results/<UTC time>.md.
#
#   bench/run.sh                 the full run: 100 users for 5 minutes, a 30 s database outage
#   bench/run.sh --smoke         a short run: 10 users for 20 s, a tenth of the country, 10 s outage
#
# Options: --users N, --duration SECONDS, --warmup SECONDS, --think MS (average pause between a
# user's actions), --outage SECONDS, --page-requests N (citizen page benchmark), --scale-factor F
# (national data set: 1 = the whole country), --rebuild-national (load the national data again).
#
# 1. Builds Jobvej (jar, test classes for the load generator and the fault tests).
# 2. National data: built once into bench/data/national (JOBVEJ_BENCH_DATA moves bench/data), with
#    the demo generator's COPY import; later runs reuse it and report the rate measured when it was
#    built. Then Jobvej runs on it and every step in bench/steps/ runs against it.
# 3. Aalborg: loaded fresh into a temporary directory on every run (rate measured), every step in
#    bench/steps/ runs against it, then the HTTP load test (dk.jobvej.bench.LoadGenerator).
# 4. Fault test: PostgreSQL stopped for --outage seconds while staff work (DatabaseOutageTests).
#
# Jobvej listens on JOBVEJ_BENCH_PORT (8083), its PostgreSQL on JOBVEJ_BENCH_DB_PORT (54333).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java=$JAVA_HOME/bin/java
users=100 duration=300 warmup=20 think=1000 outage=30 page_requests=1000 scale=1.0 rebuild=false smoke=false
while [ $# -gt 0 ]; do
  case $1 in
    --smoke) smoke=true users=10 duration=20 warmup=5 outage=10 page_requests=100 scale=0.1 ;;
    --users) users=$2; shift ;;
    --duration) duration=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --think) think=$2; shift ;;
    --outage) outage=$2; shift ;;
    --page-requests) page_requests=$2; shift ;;
    --scale-factor) scale=$2; shift ;;
    --rebuild-national) rebuild=true ;;
    *) echo "unknown option $1 (see the head of bench/run.sh)" >&2; exit 2 ;;
  esac
  shift
done
data=${JOBVEJ_BENCH_DATA:-bench/data}
port=${JOBVEJ_BENCH_PORT:-8083}
dbport=${JOBVEJ_BENCH_DB_PORT:-54333}
base=http://localhost:$port
stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p bench/results "$data"
out=bench/results/$stamp.md
work=$(mktemp -d /tmp/jobvej-bench.XXXXXX)
app_pid=""
sampler_pid=""
say() { echo "bench: $*" >&2; }

cleanup() {
  stop_app || true
  rm -rf "$work"
}
trap cleanup EXIT

# --- the machine -------------------------------------------------------------------------------
machine() {
  echo "| | |"
  echo "|---|---|"
  echo "| CPU | $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), $(grep -c ^processor /proc/cpuinfo) cores |"
  echo "| memory | $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) |"
  echo "| Java | $("$java" -version 2>&1 | head -2 | tr '\n' ' ' | sed 's/  */ /g') |"
  echo "| OS | $(uname -sr) |"
  echo "| load average at start | $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared with other work) |"
}

# --- building ---------------------------------------------------------------------------------
build() {
  say "building Jobvej"
  ./mvnw -q -B -ntp package -Dtest=ModularityTests -Dsurefire.failIfNoSpecifiedTests=false >"$work/build.log" 2>&1 \
    || { tail -40 "$work/build.log" >&2; exit 1; }
  ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt >>"$work/build.log" 2>&1
  jar=$(ls target/jobvej-*.jar | grep -v original | head -1)
  classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
}

# --- Jobvej and its memory ----------------------------------------------------------------------
# Starts Jobvej in the demo profile on a data directory and waits until it is ready (demo data
# loaded). Samples the resident memory of the JVM and of all PostgreSQL processes every 2 s.
start_app() {
  local name=$1 directory=$2
  shift 2
  say "starting Jobvej ($name) on $directory"
  "$java" -Xms512m -Xmx2g -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
    --jobvej.database.port="$dbport" --jobvej.database.data-directory="$directory" "$@" >"$work/$name.log" 2>&1 &
  app_pid=$!
  app_name=$name
  app_directory=$directory
  sample_memory "$app_pid" "$directory" "$work/$name.memory" &
  sampler_pid=$!
  local waited=0
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health/readiness")" = 200 ]; do
    kill -0 "$app_pid" 2>/dev/null || { tail -40 "$work/$name.log" >&2; say "Jobvej stopped"; exit 1; }
    sleep 2
    waited=$((waited + 2))
    [ $waited -lt 7200 ] || { say "Jobvej not ready after 2 hours"; exit 1; }
  done
  say "Jobvej ($name) ready after ${waited} s"
}

stop_app() {
  [ -n "$app_pid" ] || return 0
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  [ -z "$sampler_pid" ] || { kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true; }
  app_pid=""
  sampler_pid=""
}

# Peak resident memory (MiB) of the JVM and of PostgreSQL (postmaster and backends, proportional
# set size so that shared buffers count once), written as "jvm postgres" to the file.
sample_memory() {
  local pid=$1 directory=$2 file=$3 jvm=0 pg=0
  while kill -0 "$pid" 2>/dev/null; do
    local now_jvm now_pg=0 postmaster
    now_jvm=$(awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$pid/status" 2>/dev/null || echo 0)
    postmaster=$(head -1 "$directory/postmaster.pid" 2>/dev/null || true)
    if [ -n "$postmaster" ]; then
      for p in $postmaster $(ps -o pid= --ppid "$postmaster" 2>/dev/null); do
        now_pg=$((now_pg + $(awk '/^Pss:/ { print int($2 / 1024) }' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)))
      done
    fi
    [ "${now_jvm:-0}" -le "$jvm" ] || jvm=$now_jvm
    [ "$now_pg" -le "$pg" ] || pg=$now_pg
    echo "$jvm $pg" >"$file"
    sleep 2
  done
}

memory_row() {
  local name=$1 numbers
  numbers=$(cat "$work/$name.memory" 2>/dev/null || echo "? ?")
  echo "| $name | ${numbers% *} MiB | ${numbers#* } MiB |"
}

# --- benchmark steps ----------------------------------------------------------------------------
# Every executable bench/steps/*.sh runs against the running Jobvej with BENCH_DATA (national or
# aalborg), BENCH_BASE, BENCH_PGPORT, BENCH_JAVA, BENCH_CLASSPATH, BENCH_WORK, BENCH_PAGE_REQUESTS
# and BENCH_SMOKE set, and prints rows of the table "| benchmark | data | n | median | p95 | notes |".
run_steps() {
  local data_set=$1
  for step in bench/steps/*.sh; do
    [ -x "$step" ] || continue
    say "step $(basename "$step") on $data_set"
    BENCH_DATA=$data_set BENCH_BASE=$base BENCH_PGPORT=$dbport BENCH_JAVA=$java BENCH_CLASSPATH=$classpath \
      BENCH_WORK=$work BENCH_PAGE_REQUESTS=$page_requests BENCH_SMOKE=$smoke "$step" >>"$work/steps.md" \
      || echo "| $(basename "$step" .sh) | $data_set | – | – | – | failed (exit $?) |" >>"$work/steps.md"
  done
}

# The demo generator's last progress line: "... – C citizens, R rows in S s (X rows/s)".
load_row() {
  local label=$1 line=$2 when=$3
  local citizens rows seconds rate
  citizens=$(sed -E 's/.* ([0-9]+) citizens, .*/\1/' <<<"$line")
  rows=$(sed -E 's/.* ([0-9]+) rows in .*/\1/' <<<"$line")
  seconds=$(sed -E 's/.* rows in ([0-9.,]+) s .*/\1/' <<<"$line")
  rate=$(sed -E 's/.*\(([0-9]+) rows\/s\).*/\1/' <<<"$line")
  echo "| $label | $citizens | $rows | $seconds s | $rate | $when |"
}

# --- the run ------------------------------------------------------------------------------------
say "results go to $out"
machine >"$work/machine.md"
build
: >"$work/steps.md"

national=$data/national$([ "$scale" = 1.0 ] || echo "-x$scale")
if [ "$rebuild" = true ] || [ ! -f "$national/PG_VERSION" ] || [ ! -f "$national.load" ]; then
  rm -rf "$national" "$national.load"
  start_app national "$national" --jobvej.demo.scale=national --jobvej.demo.scale-factor="$scale"
  line=$(grep 'Demo data national: finished' "$work/national.log" | tail -1)
  echo "$line" >"$national.load"
  echo "built $(date -u +%Y-%m-%d)" >>"$national.load"
  national_when="this run"
else
  start_app national "$national" --jobvej.demo.scale=national --jobvej.demo.scale-factor="$scale"
  national_when="when the data was $(tail -1 "$national.load") (reused)"
fi
run_steps national
stop_app

aalborg=$work/aalborg
start_app aalborg "$aalborg"
aalborg_line=$(grep 'Demo data Aalborg: finished' "$work/aalborg.log" | tail -1)
run_steps aalborg
say "HTTP load test: $users users for $duration s"
"$java" -Xmx1g -cp "$classpath" dk.jobvej.bench.LoadGenerator --base "$base" --users "$users" \
  --duration "$duration" --warmup "$warmup" --think "$think" --out "$work/load.md" >/dev/null 2>"$work/load.log" \
  || { tail -20 "$work/load.log" >&2; echo "Load test failed: $(grep -m1 -E 'Exception|Unexpected' "$work/load.log")" >"$work/load.md"; }
stop_app

say "database outage of $outage s (DatabaseOutageTests)"
outage_start=$(date +%s)
if ./mvnw -q -B -ntp -o test -Dtest=DatabaseOutageTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Djobvej.faults.outage-seconds="$outage" >"$work/outage.log" 2>&1; then
  outage_result="passed"
else
  outage_result="FAILED (see target/surefire-reports)"
fi
outage_seconds=$(($(date +%s) - outage_start))

{
  echo "# Jobvej benchmarks, $stamp"
  echo
  echo "Command: \`bench/run.sh$([ "$smoke" = true ] && echo " --smoke")\` (users $users, duration $duration s," \
    "warm-up $warmup s, think time $think ms, outage $outage s, national scale factor $scale)."
  echo
  echo "## Machine"
  echo
  cat "$work/machine.md"
  echo
  echo "## Data loading (demo generator: generation and PostgreSQL COPY, one transaction per batch)"
  echo
  echo "| data set | citizens | rows (citizens, benefit periods, visitation decisions) | time | rows/s | measured |"
  echo "|---|---:|---:|---:|---:|---|"
  load_row "national (98 municipalities)" "$(head -1 "$national.load")" "$national_when"
  load_row "Aalborg (fresh directory)" "$aalborg_line" "this run"
  echo
  echo "## Benchmarks (bench/steps)"
  echo
  echo "| benchmark | data | n | median | p95 | notes |"
  echo "|---|---|---:|---:|---:|---|"
  cat "$work/steps.md"
  echo
  echo "## HTTP load (Aalborg data, dk.jobvej.bench.LoadGenerator)"
  echo
  cat "$work/load.md"
  echo
  echo "## Fault test"
  echo
  echo "| test | result | time |"
  echo "|---|---|---:|"
  echo "| PostgreSQL stopped for $outage s while staff work (DatabaseOutageTests) | $outage_result | $outage_seconds s |"
  echo
  echo "## Peak memory (resident; PostgreSQL as proportional set size of the postmaster and its backends)"
  echo
  echo "| Jobvej run | JVM (-Xmx2g) | PostgreSQL |"
  echo "|---|---:|---:|"
  memory_row national
  memory_row aalborg
} >"$out"
say "done: $out"
cat "$out"
