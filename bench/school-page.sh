#!/usr/bin/env bash
# Rostok school page benchmark (issue 14): the time of GET /schools/{id}/dossier — everything about one school in one
# answer — for a school with four years of data on the national data set, beside its floor (the endpoint's own SQL run by
# pgbench -M prepared) and the ratio. Goal: ≤ 150 ms.
#
#   bench/school-page.sh [path/to/quarkus-app]        (default: backend/target/quarkus-app)
#
# Uses the database rostok_bench_national (made and loaded on the first run, shared with hot-paths.sh), starts a copy of the backend on port 8083, loads the generated data set with
# COPY (bench/run.sh's generator: 40,000 schools, 4 campaigns per region — 2023/2024 … 2025/2026 closed or published,
# 2026/2027 open — 50 indicators), picks in the region nearest 500 schools a school that handed in all four, runs the
# analysis of the three closed campaigns through the API (positions and cluster medians), then times BENCH_RUNS requests
# one after another and BENCH_RUNS at BENCH_CONNECTIONS connections after BENCH_WARMUPS warm-ups, and pgbench over the
# endpoint's SQL (sql/school-page-floor.sql). Needs what bench/run.sh needs and pgbench.
#
# Keeps the database and its data set for the next run (BENCH_FRESH=1 loads it again); with BENCH_TABLE=file appends its
# row there (bench/all.sh).
# Knobs: BENCH_DB (rostok_bench_national), BENCH_PORT (8083), BENCH_SCHOOLS (40000), BENCH_MUNICIPALITIES (2400),
#   BENCH_WARMUPS (50), BENCH_RUNS (200), BENCH_CONNECTIONS (4), BENCH_JAVA_OPTS, KEYCLOAK_URL, BENCH_WORK.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
APP_SRC="${1:-$ROOT/backend/target/quarkus-app}"
DB="${BENCH_DB:-rostok_bench_national}"
PORT="${BENCH_PORT:-8083}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://localhost:8180}"
TOKEN_URL="$KEYCLOAK_URL/realms/rostok/protocol/openid-connect/token"
API="http://localhost:$PORT/api/v1"
WARMUPS="${BENCH_WARMUPS:-50}"
RUNS="${BENCH_RUNS:-200}"
CONNECTIONS="${BENCH_CONNECTIONS:-4}"
WORK="${BENCH_WORK:-$(mktemp -d /tmp/rostok-bench-school.XXXXXX)}"
mkdir -p "$WORK"
export PGHOST=localhost PGPORT=5432 PGUSER=rostok PGPASSWORD=rostok PGDATABASE="$DB"
# shellcheck source=lib.sh
source "$BENCH/lib.sh"

preflight psql pgbench node java curl

trap stop_backend EXIT
trap 'exit 130' INT TERM
ensure_national_data_set
start_backend

read -r REGION SCHOOLS < <(psql -qtA -F ' ' -c "
  SELECT c.region_id, count(*) FROM campaign c JOIN campaign_school cs ON cs.campaign_id = c.id
  WHERE c.status = 'OPEN' GROUP BY c.id ORDER BY abs(count(*) - 500), c.id LIMIT 1")
# a school that handed in (submitted or accepted) in each of the region's four campaigns
SCHOOL=$(psql -qtA -c "
  SELECT sub.school_id FROM submission sub JOIN campaign c ON c.id = sub.campaign_id
  WHERE c.region_id = $REGION AND sub.status IN ('SUBMITTED', 'ACCEPTED')
  GROUP BY sub.school_id HAVING count(*) = 4 ORDER BY sub.school_id LIMIT 1")
[[ -n "$SCHOOL" ]] || die "no school of region $REGION handed in all four campaigns"
TOKEN=$(token)
for c in $(psql -qtA -c "SELECT id FROM campaign WHERE region_id = $REGION AND status IN ('CLOSED', 'PUBLISHED') ORDER BY closes_on"); do
  curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"comparison":"CLUSTER","clusters":6}' \
    "$API/campaigns/$c/analyses"
done
psql -qc "ANALYZE analysis_run; ANALYZE analysis_school" >/dev/null

TOKEN=$(token)
# the first view computes the campaigns' medians; the backend keeps them until a campaign's data changes
COLD=$(curl -fsS -o "$WORK/dossier.json" -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "$API/schools/$SCHOOL/dossier" \
  | awk '{ printf "%.1f", $1 * 1000 }')
read -r INDICATORS CAMPAIGNS POSITIONS CLUSTERED < <(node -e '
  const d = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))
  const clustered = d.indicatorHistory.flatMap(r => r.values).filter(v => v.clusterMedian != null).length
  console.log(d.indicatorHistory.length, d.historyCampaignIds.length, d.positions.length, clustered)' "$WORK/dossier.json")
say "region $REGION ($SCHOOLS schools), school $SCHOOL: $INDICATORS indicators over $CAMPAIGNS campaigns, $POSITIONS positions"
[[ "$CAMPAIGNS" == 4 ]] || die "the school's page shows $CAMPAIGNS campaigns, not four"

get() { curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$API/schools/$SCHOOL/dossier"; }
loop() { local i; for i in $(seq 1 "$1"); do get; done; }
percentiles() { # file of seconds → "p50 p99" in ms
  sort -n "$1" | awk '{ a[NR] = $1 * 1000 } END { i = int(NR * 0.99); if (i < 1) i = 1;
    printf "%.1f %.1f\n", NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2, a[i] }'
}
loop "$WARMUPS" > /dev/null
loop "$RUNS" > "$WORK/sequential.txt"
read -r P50 P99 < <(percentiles "$WORK/sequential.txt")
: > "$WORK/parallel.txt"
t0=$(now)
LOOPS=()
for _ in $(seq 1 "$CONNECTIONS"); do loop $((RUNS / CONNECTIONS)) >> "$WORK/parallel.txt" & LOOPS+=($!); done
wait "${LOOPS[@]}" # not a bare wait: the backend is a child of this shell too
PARALLEL_RATE=$(awk -v n="$(wc -l < "$WORK/parallel.txt")" -v s="$(since "$t0")" 'BEGIN { printf "%.0f", n / s }')
read -r PP50 PP99 < <(percentiles "$WORK/parallel.txt")
stop_backend

# the floor: the endpoint's own SQL (SchoolIndicatorHistory, SchoolPositions, SubmissionsOfSchool and the small reads of
# roadmaps, points, recommendations and partnerships) with this run's ids, one pgbench transaction per page
IDS=$(psql -qtA -c "SELECT string_agg(c.id::text, ',' ORDER BY c.closes_on) FROM campaign c JOIN campaign_school cs ON cs.campaign_id = c.id
  WHERE cs.school_id = $SCHOOL AND c.status <> 'DRAFT'")
sed -e "s/@SCHOOL@/$SCHOOL/g" -e "s/@REGION@/$REGION/g" -e "s/@CAMPAIGNS@/$IDS/g" \
  -e '/^--/d' "$BENCH/sql/school-page-floor.sql" | awk 'BEGIN { RS = ";\n" } NF { gsub(/\n/, " "); print $0 ";" }' > "$WORK/floor.sql"
pgbench -n -M prepared -c 1 -T "${BENCH_PGBENCH_SECONDS:-15}" -f "$WORK/floor.sql" "$DB" > "$WORK/pgbench.txt" 2>&1 \
  || { cat "$WORK/pgbench.txt" >&2; die "pgbench failed"; }
FLOOR=$(awk '/latency average/ { print $4 }' "$WORK/pgbench.txt")
RATIO=$(awk -v a="$P50" -v b="$FLOOR" 'BEGIN { printf "%.1f", a / b }')
if [[ -n "${BENCH_TABLE:-}" ]]; then
  printf '%s\t%s\t%s\t%s\t%s\n' "GET /schools/{id}/dossier, one connection (p50 / p99)" "$P50 / $P99 ms" \
    "$FLOOR ms (pgbench, one client, average)" "$(awk -v a="$FLOOR" -v b="$P50" 'BEGIN { printf "%.2f×", a / b }')" "≤ 150 ms" >> "$BENCH_TABLE"
fi

cat <<REPORT

## School page benchmark ($(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo))
GET /api/v1/schools/$SCHOOL/dossier as admin: region $REGION ($SCHOOLS schools), $INDICATORS indicators over $CAMPAIGNS campaigns
(medians of the campaign and, for the $CLUSTERED values of analysed campaigns, of the cluster), $POSITIONS positions;
$RUNS requests after $WARMUPS warm-ups; data set of ${BENCH_SCHOOLS:-40000} schools.

| | p50 | p99 | |
|---|---|---|---|
| Rostok, whole GET (client), one connection | **$P50 ms** | $P99 ms | goal ≤ 150 ms |
| Rostok, the first view after start (the medians computed) | $COLD ms | | |
| Rostok, $CONNECTIONS connections ($PARALLEL_RATE req/s) | $PP50 ms | $PP99 ms | |
| floor: the same SQL, pgbench -M prepared, one connection (average) | $FLOOR ms | | |
| ratio (p50 ÷ floor) | $RATIO × | | |

Every request: $WORK/sequential.txt, $WORK/parallel.txt (seconds); the floor's script: $WORK/floor.sql, its output:
$WORK/pgbench.txt; backend log $WORK/backend.log.
REPORT
