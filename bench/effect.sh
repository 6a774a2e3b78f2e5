#!/usr/bin/env bash
# Rostok effect-of-support benchmark (issue 13): the time of GET /school-lists/{id}/effect for one region's list on the
# national data set, beside its floor (the same SQL run by pgbench -M prepared) and the ratio. Goal: ≤ 200 ms.
#
#   bench/effect.sh [path/to/quarkus-app]        (default: backend/target/quarkus-app)
#
# Recreates the database rostok_bench_effect, starts a copy of the backend on port 8083, loads the generated data set
# with COPY (bench/run.sh's generator: 40,000 schools, 4 campaigns per region, 50 indicators), picks the region nearest
# 500 schools, runs the analysis of its 2023/2024 campaign through the API (its clusters choose the comparison group),
# makes an approved ШНОР list of the tenth of its schools by SQL (sql/effect-list.sql: the data set has no lists), then
# times BENCH_WARMUPS + BENCH_RUNS requests and pgbench over sql/effect-floor.sql. Needs what bench/run.sh needs and pgbench.
#
# Knobs: BENCH_DB (rostok_bench_effect), BENCH_PORT (8083), BENCH_SCHOOLS (40000), BENCH_MUNICIPALITIES (2400),
#   BENCH_WARMUPS (20), BENCH_RUNS (30), BENCH_JAVA_OPTS, KEYCLOAK_URL, BENCH_WORK.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
APP_SRC="${1:-$ROOT/backend/target/quarkus-app}"
DB="${BENCH_DB:-rostok_bench_effect}"
PORT="${BENCH_PORT:-8083}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://localhost:8180}"
TOKEN_URL="$KEYCLOAK_URL/realms/rostok/protocol/openid-connect/token"
API="http://localhost:$PORT/api/v1"
WORK="${BENCH_WORK:-$(mktemp -d /tmp/rostok-bench-effect.XXXXXX)}"
mkdir -p "$WORK"
export PGHOST=localhost PGPORT=5432 PGUSER=rostok PGPASSWORD=rostok PGDATABASE="$DB"
# shellcheck source=lib.sh
source "$BENCH/lib.sh"

preflight psql pgbench node java curl

trap stop_backend EXIT
trap 'exit 130' INT TERM
say "work folder: $WORK; recreating database $DB"
recreate_database
start_backend
say "loading the data set"
t0=$(now)
load_data_set
say "loaded in $(since "$t0") s"

read -r REGION BEFORE SCHOOLS < <(psql -qtA -F ' ' -c "
  SELECT c.region_id, c.id, count(*) FROM campaign c JOIN campaign_school cs ON cs.campaign_id = c.id
  WHERE c.academic_year = '2023/2024' GROUP BY c.id ORDER BY abs(count(*) - 500), c.id LIMIT 1")
say "region $REGION: $SCHOOLS schools; analysing its 2023/2024 campaign $BEFORE"
curl -fsS -o /dev/null -H "Authorization: Bearer $(token)" -H 'Content-Type: application/json' -d '{"comparison":"CLUSTER","clusters":6}' \
  "$API/campaigns/$BEFORE/analyses"
LIST=$(psql -X -qtA -v region="$REGION" -f "$BENCH/sql/effect-list.sql" | grep -E '^[0-9]+$' | tail -1)
psql -qc "ANALYZE school_list; ANALYZE school_list_entry" >/dev/null

TOKEN=$(token)
curl -fsS -o "$WORK/effect.json" -H "Authorization: Bearer $TOKEN" "$API/school-lists/$LIST/effect"
read -r LISTED AFTER ROWS COMPARISON < <(node -e '
  const e = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))
  if (e.reason) { console.error(e.reason); process.exit(1) }
  console.log(e.supportedSchools, e.after.id, e.rows.length, e.comparisonSchools)' "$WORK/effect.json")
say "list $LIST: $LISTED schools, $COMPARISON in the comparison group, $ROWS indicators; after = campaign $AFTER"

times() { # runs → one client time in ms per line
  local i
  for i in $(seq 1 "$1"); do
    curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$API/school-lists/$LIST/effect"
  done | awk '{ printf "%.1f\n", $1 * 1000 }'
}
times "${BENCH_WARMUPS:-20}" > /dev/null
times "${BENCH_RUNS:-30}" > "$WORK/effect.txt"
MEDIAN=$(sort -n "$WORK/effect.txt" | awk '{ a[NR] = $1 } END { print NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
P90=$(sort -n "$WORK/effect.txt" | awk '{ a[NR] = $1 } END { i = int(NR * 0.9); if (i < 1) i = 1; print a[i] }')

# the floor: the endpoint's SQL with this run's ids
SUPPORTED=$(psql -qtA -c "SELECT string_agg(school_id::text, ',') FROM school_list_entry WHERE list_id = $LIST AND included")
CAMPAIGNS=$(psql -qtA -c "SELECT string_agg(id::text, ',' ORDER BY closes_on) FROM campaign WHERE region_id = $REGION AND status IN ('CLOSED', 'PUBLISHED')")
CODES=$(psql -qtA -c "SELECT string_agg(quote_literal(i.code), ',' ORDER BY ci.position) FROM campaign_indicator ci JOIN indicator i ON i.id = ci.indicator_id
  WHERE ci.campaign_id = $AFTER AND i.direction <> 'CONTEXT'")
FIRST_CODE=$(cut -d, -f1 <<< "$CODES")
sed -e "s/@REGION@/$REGION/g" -e "s/@LIST@/$LIST/g" -e "s/@SCHOOLS@/$SUPPORTED/g" -e "s/@BEFORE@/$BEFORE/g" -e "s/@AFTER@/$AFTER/g" \
  -e "s/@CAMPAIGNS@/$CAMPAIGNS/g" -e "s/@CODES@/$CODES/g" -e "s/@FIRST_CODE@/$FIRST_CODE/g" -e '/^--/d' "$BENCH/sql/effect-floor.sql" \
  | awk 'BEGIN { RS = ";\n" } NF { gsub(/\n/, " "); print $0 ";" }' > "$WORK/floor.sql"
pgbench -n -M prepared -c 1 -T 15 -f "$WORK/floor.sql" "$DB" > "$WORK/pgbench.txt" 2>&1 || { cat "$WORK/pgbench.txt" >&2; die "pgbench failed"; }
FLOOR=$(awk '/latency average/ { print $4 }' "$WORK/pgbench.txt")
RATIO=$(awk -v a="$MEDIAN" -v b="$FLOOR" 'BEGIN { printf "%.1f", a / b }')
stop_backend

cat <<REPORT

## Effect benchmark ($(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo))
GET /api/v1/school-lists/$LIST/effect as admin: region $REGION ($SCHOOLS schools), a list of $LISTED, $COMPARISON in the comparison group,
$ROWS indicators, before = campaign $BEFORE, after = campaign $AFTER; median of ${BENCH_RUNS:-30} requests after ${BENCH_WARMUPS:-20} warm-ups.

| | time | |
|---|---|---|
| Rostok, whole GET (client) | **$MEDIAN ms** (p90 $P90 ms) | goal ≤ 200 ms |
| floor: the same SQL, pgbench -M prepared | $FLOOR ms | |
| ratio | $RATIO × | |

Every request: $WORK/effect.txt; the floor's script: $WORK/floor.sql, its output: $WORK/pgbench.txt; backend log $WORK/backend.log.
REPORT
