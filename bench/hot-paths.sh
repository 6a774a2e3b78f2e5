#!/usr/bin/env bash
# Rostok's hot paths beside their floor (issue 16): each path measured through the API and, in the same run, the
# same SQL run by PostgreSQL alone (pgbench -M prepared, as many clients as the API had connections), with the ratio.
#
#   bench/hot-paths.sh [path/to/quarkus-app]        (default: backend/target/quarkus-app)
#
# On the national data set of bench/run.sh (40,000 schools, 7.8 M values) in the database rostok_bench_national (shared with school-page.sh): loaded once
# and kept (BENCH_FRESH=1 loads it again). Measures
#   - the backend's start on that data set (median of BENCH_STARTS starts, to /q/health/ready);
#   - the list endpoints (64 connections, closed loop): the school registry of a municipality, the schools of a
#     campaign with where their data stands, a region's municipalities and its campaigns; floors bench/sql/list-*.sql;
#   - the submission save with 50 values (32 connections), the values checked in PostgreSQL afterwards; floor
#     bench/sql/save-floor.sql; and where the CPU went during each (the machine's idle share, the backend's and
#     PostgreSQL's CPU per save, the machine's per transaction of the floor);
#   - the backend's resident memory after those loads (VmRSS) and its peak (VmHWM), with the JVM options used.
# Prints a markdown table; with BENCH_TABLE=file also appends its rows there (bench/all.sh). Needs what run.sh needs
# and pgbench. Knobs: BENCH_DB (rostok_bench_national), BENCH_PORT (8090), BENCH_SECONDS (30 measured per path),
#   BENCH_WARMUP_SECONDS (60: on 2 cores the JIT compiles the request path for about a minute of load; measured after 20 s,
#   the registry ran at two thirds of its speed after 60), BENCH_SAVE_WARMUP (4000) and BENCH_SAVE_REQUESTS (3000) saves (the small data set of
#   BENCH_SCHOOLS=4000 has about 2,200 editable submissions: 1000 and 2000 there), BENCH_STARTS (3), BENCH_LISTS (1; 0 measures
#   the start and the save only), BENCH_JAVA_OPTS (default: the options of ./rostok start), BENCH_WORK.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
APP_SRC="${1:-$ROOT/backend/target/quarkus-app}"
DB="${BENCH_DB:-rostok_bench_national}"
PORT="${BENCH_PORT:-8090}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://localhost:8180}"
TOKEN_URL="$KEYCLOAK_URL/realms/rostok/protocol/openid-connect/token"
API="http://localhost:$PORT/api/v1"
WORK="${BENCH_WORK:-$(mktemp -d /tmp/rostok-bench-hot.XXXXXX)}"
SECONDS_MEASURED="${BENCH_SECONDS:-30}"
WARMUP="${BENCH_WARMUP_SECONDS:-60}"
mkdir -p "$WORK"
export PGHOST=localhost PGPORT=5432 PGUSER=rostok PGPASSWORD=rostok PGDATABASE="$DB"
# shellcheck source=lib.sh
source "$BENCH/lib.sh"
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS-$(java_opts)}"

preflight psql node java curl pgbench
ROWS="$WORK/rows.tsv"
: > "$ROWS"
row() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" >> "$ROWS"; }
trap stop_backend EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------ the data set
ensure_national_data_set

# ------------------------------------------------------------------ start
starts=()
for _ in $(seq 1 "${BENCH_STARTS:-3}"); do
  stop_backend
  start_backend
  starts+=("$BACKEND_START_SECONDS")
done
START=$(printf '%s\n' "${starts[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
say "start: ${starts[*]} s (median $START s)"
row "backend start on the national data set (median of ${#starts[@]})" "$START s" "—" "—" "≤ 3 s"

# ------------------------------------------------------------------ lists
# p50 and p99 of pgbench's per-transaction log (latency in µs, third column)
pgbench_percentiles() { # log-prefix
  cat "$1".* | awk '{ print $3 / 1000 }' | sort -n | awk '{ a[NR] = $1 } END {
    m = int(NR * 0.5); if (m < 1) m = 1; h = int(NR * 0.99); if (h < 1) h = 1; printf "%.1f %.1f\n", a[m], a[h] }'
}
floor() { # name sql-file clients -D… : prints "tps p50 p99"
  local name=$1 file=$2 clients=$3
  shift 3
  rm -f "$WORK/pgb-$name".*
  pgbench -n -M prepared -c "$clients" -j 2 -T "$SECONDS_MEASURED" -l --log-prefix="$WORK/pgb-$name" "$@" -f "$file" \
    > "$WORK/pgbench-$name.out" 2>&1 || { cat "$WORK/pgbench-$name.out" >&2; die "pgbench $name failed"; }
  grep -q 'number of failed transactions: 0 ' "$WORK/pgbench-$name.out" || { cat "$WORK/pgbench-$name.out" >&2; die "pgbench $name had failures"; }
  echo "$(awk '/^tps/ { printf "%.0f", $3 }' "$WORK/pgbench-$name.out") $(pgbench_percentiles "$WORK/pgb-$name")"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f×", a / b }'; }

# The machine's busy CPU per transaction and its idle share while pgbench ran (pgbench's own connections end with it,
# so the machine's account is the one that holds): "idle% busy-ms".
machine_spent() { # machine_ticks before, after, transactions
  awk -v b="$1" -v a="$2" -v n="$3" -v hz="$(getconf CLK_TCK)" 'BEGIN {
    split(b, x, " "); split(a, y, " "); busy = y[1] - x[1]; all = y[2] - x[2]
    printf "%.0f %.2f\n", 100 * (all - busy) / all, 1000 * busy / hz / n }'
}

list_path() { # name api-path sql-file -D…
  local name=$1 path=$2 file=$3
  shift 3
  say "list $name: $path, 64 connections, ${WARMUP} s warm-up + ${SECONDS_MEASURED} s"
  node "$BENCH/load/lists.mjs" --base "$API" --tokenUrl "$TOKEN_URL" --path "$path" --connections 64 \
    --warmupSeconds "$WARMUP" --seconds "$SECONDS_MEASURED" > "$WORK/list-$name.json"
  read -r rps p50 p99 < <(node -p "const r = require('$WORK/list-$name.json'); [r.requestsPerSecond, r.latencyMs.p50, r.latencyMs.p99].join(' ')")
  say "floor of $name: pgbench, 64 clients"
  read -r tps fp50 fp99 < <(floor "$name" "$file" 64 "$@")
  row "GET $path, 64 connections" "$rps req/s, p50 $p50 ms, p99 $p99 ms" "$tps TPS, p50 $fp50 ms, p99 $fp99 ms" \
    "$(ratio "$rps" "$tps") (p99 $(ratio "$p99" "$fp99"))" "≥ 0.25×, p99 ≤ 4×"
}
RSS_LISTS=—
if [[ "${BENCH_LISTS:-1}" != 0 ]]; then
  MUNICIPALITIES=$(psql -X -qtAc "SELECT max(id) FROM municipality")
  CAMPAIGNS=$(psql -X -qtAc "SELECT max(id) FROM campaign")
  list_path schools '/schools?municipalityId={m}&size=50' "$BENCH/sql/list-schools.sql" -D "municipalities=$MUNICIPALITIES"
  list_path submissions '/submissions?campaignId={c}&size=50' "$BENCH/sql/list-submissions.sql" -D "campaigns=$CAMPAIGNS"
  REGIONS=$(psql -X -qtAc "SELECT max(id) FROM region")
  list_path municipalities '/municipalities?regionId={r}&size=50' "$BENCH/sql/list-municipalities.sql" -D "regions=$REGIONS"
  list_path campaigns '/campaigns?regionId={r}&size=50' "$BENCH/sql/list-campaigns.sql" -D "regions=$REGIONS"
  RSS_LISTS=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$BACKEND_PID/status")
fi

# ------------------------------------------------------------------ submission saves
SAVE_WARMUP="${BENCH_SAVE_WARMUP:-4000}"
SAVE_REQUESTS="${BENCH_SAVE_REQUESTS:-3000}"
say "submission saves: 32 connections, warm-up $SAVE_WARMUP requests, then $SAVE_REQUESTS measured"
node "$BENCH/load/submissions.mjs" --base "$API" --tokenUrl "$TOKEN_URL" --connections 32 --warmup 0 --requests "$SAVE_WARMUP" \
  --maxSeconds 150 --seed "$RANDOM" --work "$WORK" > "$WORK/put-warmup.json"
node "$BENCH/load/submissions.mjs" --base "$API" --tokenUrl "$TOKEN_URL" --connections 32 --warmup 0 --requests "$SAVE_REQUESTS" \
  --maxSeconds 150 --seed "$RANDOM" --work "$WORK" --watchPid "$BACKEND_PID" > "$WORK/put.json"
read -r prps pp50 pp99 checked save_idle save_busy save_java save_pg < <(node -p "const r = require('$WORK/put.json'), m = r.measured;
  [m.requestsPerSecond, m.latencyMs.p50, m.latencyMs.p99, r.verify.ok, m.cpu.idlePercent, m.cpu.machineMs, m.cpu.watchedMs, m.cpu.postgresMs].join(' ')")
[[ "$checked" == true ]] || die "the saved values did not check out (see $WORK/put.json)"
RSS_SAVES=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$BACKEND_PID/status")
RSS_PEAK=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$BACKEND_PID/status")
say "floor of the save: pgbench, 32 clients"
psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
DROP TABLE IF EXISTS bench_save_target;
CREATE TABLE bench_save_target AS
  SELECT row_number() OVER (ORDER BY s.id) AS n, s.id AS submission_id, s.campaign_id
  FROM submission s JOIN campaign c ON c.id = s.campaign_id
  WHERE c.status = 'OPEN' AND s.status IN ('DRAFT', 'RETURNED') AND s.school_id IS NOT NULL;
CREATE UNIQUE INDEX ON bench_save_target (n);
ANALYZE bench_save_target;
SQL
ticks_before=$(machine_ticks)
read -r stps sp50 sp99 < <(floor save "$BENCH/sql/save-floor.sql" 32 -D "targets=$(psql -X -qtAc 'SELECT count(*) FROM bench_save_target')")
read -r floor_idle floor_busy < <(machine_spent "$ticks_before" "$(machine_ticks)" \
  "$(awk -F': ' '/number of transactions actually processed/ { print $2 }' "$WORK/pgbench-save.out" | cut -d/ -f1)")
psql -X -qc "DROP TABLE bench_save_target"
row "PUT …/submission, 50 values, 32 connections" "$prps req/s, p50 $pp50 ms, p99 $pp99 ms" \
  "$stps TPS, p50 $sp50 ms, p99 $sp99 ms" "$(ratio "$prps" "$stps")" "≥ 0.5×"
row "CPU per save (2 cores = 2,000 ms a second)" "$save_busy ms: backend $save_java, PostgreSQL $save_pg, the rest the load driver and the kernel; $save_idle % idle" \
  "$floor_busy ms with pgbench; $floor_idle % idle" "—" "—"
row "backend resident memory after the list and save loads (peak)" "$RSS_SAVES MB ($RSS_PEAK MB)" "—" "—" "≤ 400 MB"
echo "rss_after_lists_mb=$RSS_LISTS rss_after_saves_mb=$RSS_SAVES rss_peak_mb=$RSS_PEAK java_opts=$BENCH_JAVA_OPTS" > "$WORK/memory.env"
# where the resident memory is: anonymous (heap, metaspace, code, malloc) against mapped files (the AOT cache, jars)
grep -E '^(VmRSS|VmHWM|RssAnon|RssFile|RssShmem|Threads)' "/proc/$BACKEND_PID/status" >> "$WORK/memory.env"
jcmd "$BACKEND_PID" VM.native_memory summary > "$WORK/native-memory.txt" 2>&1 || true
stop_backend
rm -rf "$APP"

cat <<REPORT

## Hot paths beside PostgreSQL ($(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))
JVM options: $BENCH_JAVA_OPTS

| path | Rostok | PostgreSQL alone, same SQL | ratio | goal |
|---|---|---|---|---|
$(awk -F'\t' '{ printf "| %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5 }' "$ROWS")

Files: $WORK (each load's JSON, pgbench output and logs, backend.log).
REPORT
[[ -z "${BENCH_TABLE:-}" ]] || cat "$ROWS" >> "$BENCH_TABLE"
