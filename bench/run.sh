#!/usr/bin/env bash
# Rostok benchmarks (issue 3): national-scale data set, submission saves under concurrency, bulk value import.
#
#   bench/run.sh [path/to/quarkus-app]        (default: backend/target/quarkus-app)
#
# Drops and recreates the database rostok_bench, starts a copy of the backend jar on port 8090 against it
# (Flyway makes the schema), loads the generated data set with COPY, runs both benchmarks, prints the figures
# (a table, then RESULTS.md-style markdown) and stops the backend. Needs PostgreSQL on localhost:5432 (role
# rostok/rostok), Keycloak on http://localhost:8180 (realm rostok), JDK 17+, Node 20+, psql. Takes about 8 minutes.
#
# Knobs (environment): BENCH_DB (rostok_bench), BENCH_PORT (8090), BENCH_SCHOOLS (40000),
#   BENCH_MUNICIPALITIES (2400), BENCH_CONNECTIONS (32), BENCH_PUT_WARMUP (3000), BENCH_PUT_REQUESTS (4000),
#   BENCH_PUT_SECONDS (150), BENCH_PUT_RATES ("25% 50%": open-loop runs after the closed loop, at these shares
#   of its throughput or at fixed rates such as "20 40" requests/s; "" for none),
#   BENCH_IMPORT_VALUES (250000), BENCH_IMPORT_FORMAT (csv|json), BENCH_JAVA_OPTS, KEYCLOAK_URL,
#   BENCH_WORK (a folder for logs and intermediate files; default a new /tmp/rostok-bench.*), BENCH_KEEP_DB=1.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
APP_SRC="${1:-$ROOT/backend/target/quarkus-app}"
DB="${BENCH_DB:-rostok_bench}"
PORT="${BENCH_PORT:-8090}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://localhost:8180}"
TOKEN_URL="$KEYCLOAK_URL/realms/rostok/protocol/openid-connect/token"
API="http://localhost:$PORT/api/v1"
WORK="${BENCH_WORK:-$(mktemp -d /tmp/rostok-bench.XXXXXX)}"
mkdir -p "$WORK"
export PGHOST=localhost PGPORT=5432 PGUSER=rostok PGPASSWORD=rostok PGDATABASE="$DB"

# shellcheck source=lib.sh
source "$BENCH/lib.sh"

# ------------------------------------------------------------------ preconditions
preflight psql node java curl
[[ $(node -p 'process.versions.node.split(".")[0]') -ge 20 ]] || die "Node.js 20+ is needed"
curl -fsS --max-time 10 -d grant_type=password -d client_id=rostok-tests -d username=admin -d password=rostok "$TOKEN_URL" \
  | grep -q access_token || die "no admin token from $TOKEN_URL"
as_postgres psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname='rostok'" | grep -q 1 \
  || as_postgres psql -qc "CREATE ROLE rostok LOGIN PASSWORD 'rostok' CREATEDB"

# ------------------------------------------------------------------ machine
{
  echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpus=$(nproc)"
  echo "cpu_model=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "memory=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
  echo "loadavg_before=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "postgres=$(psql -d postgres -qtAc 'SHOW server_version')"
  echo "pg_settings=$(psql -d postgres -qtAc "SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ' ' ORDER BY name) FROM pg_settings WHERE name IN ('shared_buffers', 'synchronous_commit', 'max_wal_size', 'work_mem', 'wal_level')")"
  echo "java=$(java -version 2>&1 | head -1)"
  echo "node=$(node --version)"
} > "$WORK/machine.env"

# ------------------------------------------------------------------ database and backend
say "work folder: $WORK"
say "recreating database $DB"
recreate_database

trap stop_backend EXIT
trap 'exit 130' INT TERM
start_backend
echo "backend_start_seconds=$BACKEND_START_SECONDS" >> "$WORK/machine.env"
say "backend ready; schema: $(psql -qtAc "SELECT string_agg(version, ',' ORDER BY installed_rank) FROM flyway_schema_history")"

# ------------------------------------------------------------------ per-phase accounting
# machine CPU (busy, all), the backend's CPU and that of the PostgreSQL sessions of the bench database, in ticks
cpu_snap() {
  local pg=0 pid
  for pid in $(pgrep -f "^postgres: (.*: )?rostok $DB " || true); do
    pg=$(( pg + $(awk '{print $14+$15}' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
  done
  echo "$(machine_ticks) $(awk '{print $14+$15}' "/proc/$BACKEND_PID/stat") $pg"
}
pg_snap() {
  psql -qtAc "SELECT xact_commit, xact_rollback, tup_returned, tup_fetched, tup_inserted, tup_updated, tup_deleted, blks_read, blks_hit
              FROM pg_stat_database WHERE datname = current_database()" | tr '|' ' '
}
tables_snap() { # per-table scans and writes, to tell a sequential scan per request from index lookups
  psql -qtAc "SELECT json_object_agg(relname, json_build_array(seq_scan, seq_tup_read, coalesce(idx_scan, 0),
              coalesce(idx_tup_fetch, 0), n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del)) FROM pg_stat_user_tables"
}
phase_begin() { PH_CPU=$(cpu_snap); PH_PG=$(pg_snap); PH_TABLES=$(tables_snap); }
phase_end() { # name
  local cpu pg
  cpu=$(cpu_snap)
  # the pool's idle sessions report their statistics within 10 s (PostgreSQL 15)
  sleep 11
  pg=$(pg_snap)
  echo "{\"phase\":\"$1\",\"before\":$PH_TABLES,\"after\":$(tables_snap)}" >> "$WORK/pgtables.jsonl"
  echo "$1 $PH_CPU $cpu" | awk -v ticks="$(getconf CLK_TCK)" '{
    busy=$6-$2; all=$7-$3; jvm=$8-$4; pg=$9-$5;
    printf "{\"phase\":\"%s\",\"machineBusyPercent\":%.1f,\"backendCpuPercentOfMachine\":%.1f,\"backendCpuSeconds\":%.2f,\"postgresCpuSeconds\":%.2f,\"machineBusySeconds\":%.2f}\n",
      $1, (all > 0 ? 100 * busy / all : 0), (all > 0 ? 100 * jvm / all : 0), jvm / ticks, pg / ticks, busy / ticks }' >> "$WORK/cpu.jsonl"
  echo "$1 $PH_PG $pg" | awk '{
    printf "{\"phase\":\"%s\",\"commits\":%d,\"rollbacks\":%d,\"tupReturned\":%d,\"tupFetched\":%d,\"tupInserted\":%d,\"tupUpdated\":%d,\"tupDeleted\":%d,\"blksRead\":%d,\"blksHit\":%d}\n",
      $1, $11-$2, $12-$3, $13-$4, $14-$5, $15-$6, $16-$7, $17-$8, $18-$9, $19-$10 }' >> "$WORK/pgstat.jsonl"
}
: > "$WORK/cpu.jsonl"; : > "$WORK/pgstat.jsonl"; : > "$WORK/pgtables.jsonl"

# ------------------------------------------------------------------ generate + load
say "generating and loading the data set (COPY)"
phase_begin
t0=$(now)
load_data_set
load_seconds=$(since "$t0")
phase_end load
echo "{\"seconds\":$load_seconds,\"rows\":$(tail -1 "$WORK/gen.json")}" > "$WORK/load.json"
say "loaded in $load_seconds s"
psql -qtAc "
  SELECT json_agg(t ORDER BY total DESC) FROM (
    SELECT c.relname AS table, c.reltuples::bigint AS rows, pg_relation_size(c.oid) AS heap,
           pg_indexes_size(c.oid) AS indexes, pg_total_relation_size(c.oid) AS total
    FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r') t" > "$WORK/sizes.json"
psql -qtAc "SELECT pg_database_size(current_database())" > "$WORK/dbsize.txt"

# ------------------------------------------------------------------ submission saves
# warm-up (the JIT compiles the request path for the first few thousand requests), then the measured run; each
# checks its own saves in PostgreSQL
say "submission saves: warm-up, ${BENCH_PUT_WARMUP:-3000} requests"
phase_begin
node "$BENCH/load/submissions.mjs" --base "$API" --tokenUrl "$TOKEN_URL" --connections "${BENCH_CONNECTIONS:-32}" \
  --warmup 0 --requests "${BENCH_PUT_WARMUP:-3000}" --maxSeconds "${BENCH_PUT_SECONDS:-150}" --seed 1 \
  --work "$WORK" > "$WORK/put-warmup.json"
phase_end put-warmup
say "submission save benchmark: ${BENCH_CONNECTIONS:-32} connections, ${BENCH_PUT_REQUESTS:-4000} requests"
phase_begin
node "$BENCH/load/submissions.mjs" --base "$API" --tokenUrl "$TOKEN_URL" --connections "${BENCH_CONNECTIONS:-32}" \
  --warmup 0 --requests "${BENCH_PUT_REQUESTS:-4000}" --maxSeconds "${BENCH_PUT_SECONDS:-150}" --seed 2 \
  --work "$WORK" > "$WORK/put.json"
phase_end put
# open-loop runs at fixed rates, given in requests/s or as a share of the closed-loop throughput ("50%")
closed_rps=$(node -p "JSON.parse(require('fs').readFileSync('$WORK/put.json', 'utf8')).measured.requestsPerSecond")
for spec in ${BENCH_PUT_RATES-25% 50%}; do
  if [[ "$spec" == *% ]]; then rate=$(awk -v r="$closed_rps" -v p="${spec%\%}" 'BEGIN { x = int(r * p / 100 + 0.5); print (x < 1 ? 1 : x) }'); else rate=$spec; fi
  say "submission saves, open loop at $rate requests/s ($spec)"
  phase_begin
  node "$BENCH/load/submissions.mjs" --base "$API" --tokenUrl "$TOKEN_URL" --connections "${BENCH_CONNECTIONS:-32}" \
    --warmup "$(( rate * 10 ))" --requests "$(( rate * 30 ))" --maxSeconds 60 --rate "$rate" --seed "$(( 100 + rate ))" \
    --work "$WORK" > "$WORK/put-rate-$rate.json"
  phase_end "put-rate-$rate"
done

# ------------------------------------------------------------------ bulk import
say "bulk import benchmark: ${BENCH_IMPORT_VALUES:-250000} values"
phase_begin
node "$BENCH/load/import.mjs" --base "$API" --tokenUrl "$TOKEN_URL" --values "${BENCH_IMPORT_VALUES:-250000}" \
  --format "${BENCH_IMPORT_FORMAT:-csv}" --work "$WORK" > "$WORK/import.json"
phase_end import

echo "loadavg_after=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$WORK/machine.env"
stop_backend
rm -rf "$APP"
[[ "${BENCH_KEEP_DB:-1}" == 1 ]] || as_postgres psql -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)"

# ------------------------------------------------------------------ report
node "$BENCH/load/report.mjs" "$WORK"
