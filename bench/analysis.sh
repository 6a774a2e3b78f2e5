#!/usr/bin/env bash
# Rostok analysis benchmark (issue 5): the time to analyse one region's campaign (~500 schools) and the national
# data set (40,000 schools × 50 indicators, from the monitoring benchmark's generator) through the API.
#
#   bench/analysis.sh [path/to/quarkus-app]        (default: backend/target/quarkus-app)
#
# Recreates the database rostok_bench_analysis, starts a copy of the backend on port 8091, loads the generated
# data set with COPY, builds one national campaign over every school of the 2024/2025 monitoring, then runs the
# analysis of the region nearest 500 schools (BENCH_WARMUPS warm-ups + BENCH_RUNS) and of the national campaign (1 warm-up
# + BENCH_NATIONAL_RUNS). Each run's time is measured at the client (the whole POST) and split by the backend's
# log into reading the data, computing, and writing the run's schools. Beside each, the floor: PostgreSQL alone doing
# the core of the work in plain SQL (sql/analysis-floor.sql: z-scores within the run's clusters, category means, the
# composite, ranks), timed by pgbench -M prepared, and the ratio floor ÷ Rostok. Needs what bench/run.sh needs and
# pgbench; ~3 minutes. With BENCH_TABLE naming a file, appends one TSV line per data set to it (bench/all.sh's table:
# path, Rostok, floor, ratio, goal).
#
# Knobs: BENCH_DB (rostok_bench_analysis), BENCH_PORT (8091), BENCH_SCHOOLS (40000), BENCH_MUNICIPALITIES (2400),
#   BENCH_WARMUPS (60), BENCH_RUNS (10), BENCH_NATIONAL_RUNS (3), BENCH_JAVA_OPTS, KEYCLOAK_URL, BENCH_WORK,
#   BENCH_REUSE=1 (keep the database of an earlier run, with its data set and national campaign, when it has them),
#   BENCH_FLOOR_RUNS (20: pgbench transactions for the region; the national floor runs BENCH_NATIONAL_RUNS), BENCH_TABLE.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
APP_SRC="${1:-$ROOT/backend/target/quarkus-app}"
DB="${BENCH_DB:-rostok_bench_analysis}"
PORT="${BENCH_PORT:-8091}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://localhost:8180}"
TOKEN_URL="$KEYCLOAK_URL/realms/rostok/protocol/openid-connect/token"
API="http://localhost:$PORT/api/v1"
WORK="${BENCH_WORK:-$(mktemp -d /tmp/rostok-bench-analysis.XXXXXX)}"
mkdir -p "$WORK"
export PGHOST=localhost PGPORT=5432 PGUSER=rostok PGPASSWORD=rostok PGDATABASE="$DB"
# shellcheck source=lib.sh
source "$BENCH/lib.sh"
# the options the backend runs with everywhere: a run that needs more heap than they give fails here as it would there
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS-$(java_opts)}"

preflight psql pgbench node java curl

NATIONAL=""
if [[ "${BENCH_REUSE:-}" == 1 ]]; then
  NATIONAL=$(psql -X -qtAc "SELECT max(id) FROM campaign WHERE name LIKE 'Национальный%'" 2>/dev/null || true)
fi
trap stop_backend EXIT
trap 'exit 130' INT TERM
if [[ -n "$NATIONAL" ]]; then
  say "work folder: $WORK; reusing database $DB and its national campaign $NATIONAL"
  start_backend
else
  say "work folder: $WORK; recreating database $DB"
  recreate_database
  start_backend
  say "loading the data set"
  t0=$(now)
  load_data_set
  say "loaded in $(since "$t0") s; building the national campaign"
  t0=$(now)
  NATIONAL=$(psql -X -qtA -f "$BENCH/sql/national-campaign.sql" | tail -1)
  say "national campaign $NATIONAL built in $(since "$t0") s"
fi
read -r REGIONAL REGIONAL_SCHOOLS < <(psql -qtA -F ' ' -c "
  SELECT c.id, count(*) FROM campaign c JOIN campaign_school cs ON cs.campaign_id = c.id
  WHERE c.academic_year = '2024/2025' AND c.name NOT LIKE 'Национальный%'
  GROUP BY c.id ORDER BY abs(count(*) - 500), c.id LIMIT 1")
read -r NATIONAL_SCHOOLS NATIONAL_VALUES < <(psql -qtA -F ' ' -c "
  SELECT (SELECT count(*) FROM campaign_school WHERE campaign_id = $NATIONAL),
         (SELECT count(*) FROM indicator_value v JOIN submission s ON s.id = v.submission_id WHERE s.campaign_id = $NATIONAL)")
INDICATORS=$(psql -qtAc "SELECT count(*) FROM campaign_indicator WHERE campaign_id = $NATIONAL")

# one analysis: prints "client_ms load_ms compute_ms save_ms"
analyse() { # campaign settings
  local seconds line status
  read -r status seconds < <(curl -sS -o "$WORK/run.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $(token)" \
    -H 'Content-Type: application/json' -d "$2" "$API/campaigns/$1/analyses")
  [[ "$status" == 201 ]] || { cat "$WORK/run.json" >&2; die "the analysis of campaign $1 answered $status (backend log: $WORK/backend.log)"; }
  line=$(grep "Analysis of campaign $1:" "$WORK/backend.log" | tail -1)
  printf '%.0f %s\n' "$(awk -v s="$seconds" 'BEGIN { print s * 1000 }')" \
    "$(sed -E 's/.*load ([0-9]+) ms, compute ([0-9]+) ms, save ([0-9]+) ms.*/\1 \2 \3/' <<< "$line")"
}

series() { # name campaign runs settings warm-ups
  local i
  : > "$WORK/$1.txt"
  # warm-up: the JIT compiles the analysis over the first runs; a region's run is too short to get it there in one, and
  # ten were not enough on 2 cores either (2026-12-04, same build: 69 ms after 10, 49 ms after 60)
  for i in $(seq 1 "$5"); do analyse "$2" "$4" > /dev/null; done
  for i in $(seq 1 "$3"); do analyse "$2" "$4" >> "$WORK/$1.txt"; done
  awk -v name="$1" '{ c[NR]=$1; l[NR]=$2; p[NR]=$3; s[NR]=$4 }
    function median(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    END { printf "%s %d %d %d %d %d\n", name, NR, median(c, NR), median(l, NR), median(p, NR), median(s, NR) }' "$WORK/$1.txt"
}

SETTINGS='{"comparison":"CLUSTER","clusters":6}'
say "region: campaign $REGIONAL, $REGIONAL_SCHOOLS schools, ${BENCH_WARMUPS:-60} + ${BENCH_RUNS:-10} runs"
REGION_LINE=$(series region "$REGIONAL" "${BENCH_RUNS:-10}" "$SETTINGS" "${BENCH_WARMUPS:-60}")
say "national: campaign $NATIONAL, $NATIONAL_SCHOOLS schools, $NATIONAL_VALUES values, 1 + ${BENCH_NATIONAL_RUNS:-3} runs"
NATIONAL_LINE=$(series national "$NATIONAL" "${BENCH_NATIONAL_RUNS:-3}" "$SETTINGS" 1)
stop_backend

# the floor: the same campaign, the clusters of the run just made, PostgreSQL alone; prints the mean latency in ms
floor() { # campaign transactions
  local run
  run=$(psql -qtAc "SELECT max(id) FROM analysis_run WHERE campaign_id = $1")
  pgbench -n -M prepared -t "$2" -D campaign="$1" -D run="$run" -f "$BENCH/sql/analysis-floor.sql" "$DB" > "$WORK/floor-$1.txt" 2>&1 \
    || { cat "$WORK/floor-$1.txt" >&2; die "pgbench failed"; }
  sed -nE 's/^latency average = ([0-9.]+) ms$/\1/p' "$WORK/floor-$1.txt"
}
say "floor: plain SQL over the same campaigns (pgbench -M prepared)"
# the runs just written are not yet in the planner's statistics: without them it takes the clusters for a few rows and
# nests loops over the country's values for minutes
psql -qc "ANALYZE analysis_school" >/dev/null
REGION_FLOOR=$(floor "$REGIONAL" "${BENCH_FLOOR_RUNS:-20}")
NATIONAL_FLOOR=$(floor "$NATIONAL" "${BENCH_NATIONAL_RUNS:-3}")

# the floor of writing a run's schools: psql copying the rows of the last run back into the table, binary as the backend
# sends them (inside a transaction that deletes them first and is rolled back); prints the median of 3 in ms
write_floor() { # campaign
  local run i
  run=$(psql -qtAc "SELECT max(id) FROM analysis_run WHERE campaign_id = $1")
  psql -qc "\\copy (SELECT * FROM analysis_school WHERE run_id = $run) TO '$WORK/rows-$1.bin' (FORMAT binary)"
  for i in 1 2 3; do
    printf 'BEGIN;\nDELETE FROM analysis_school WHERE run_id = %s;\n\\timing on\n\\copy analysis_school FROM %s (FORMAT binary)\n\\timing off\nROLLBACK;\n' \
      "$run" "'$WORK/rows-$1.bin'" | psql -q -v ON_ERROR_STOP=1 | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p'
  done | sort -n | sed -n 2p
}
REGION_WRITE_FLOOR=$(write_floor "$REGIONAL")
NATIONAL_WRITE_FLOOR=$(write_floor "$NATIONAL")
[[ -n "$REGION_WRITE_FLOOR" && -n "$NATIONAL_WRITE_FLOOR" ]] || die "the floor of the write (psql \\copy) gave no time"

read -r _ rn rc rl rp rs <<< "$REGION_LINE"
read -r _ nn nc nl np ns <<< "$NATIONAL_LINE"
# as every row of bench/all.sh: the floor's time ÷ Rostok's, so that 1 is «as fast as PostgreSQL alone», above 1 faster
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f×", b / a }'; }
ms() { awk -v a="$1" 'BEGIN { printf "%.0f ms", a }'; }
seconds() { awk -v a="$1" 'BEGIN { printf "%.2f s", a / 1000 }'; }
REGION_RATIO=$(ratio "$rc" "$REGION_FLOOR")
NATIONAL_RATIO=$(ratio "$nc" "$NATIONAL_FLOOR")
if [[ -n "${BENCH_TABLE:-}" ]]; then
  printf 'analysis, one region (%s schools)\t%s\t%s\t%s\t≤ 50 ms\n' "$REGIONAL_SCHOOLS" "$(ms "$rc")" "$(ms "$REGION_FLOOR")" "$REGION_RATIO" >> "$BENCH_TABLE"
  printf 'analysis, national (%s schools × %s indicators)\t%s\t%s\t%s\t≤ 1 s\n' "$NATIONAL_SCHOOLS" "$INDICATORS" "$(seconds "$nc")" \
    "$(seconds "$NATIONAL_FLOOR")" "$NATIONAL_RATIO" >> "$BENCH_TABLE"
  printf 'analysis, national: writing the run'"'"'s schools (part of the row above)\t%s\t%s (psql COPY of the same rows)\t%s\t—\n' \
    "$(ms "$ns")" "$(ms "$NATIONAL_WRITE_FLOOR")" "$(ratio "$ns" "$NATIONAL_WRITE_FLOOR")" >> "$BENCH_TABLE"
fi
cat <<REPORT

## Analysis benchmark ($(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo))
Settings: $SETTINGS (standardised scores within 6 context clusters, composite, ranks, positions, signals); medians of the runs after the warm-ups (region ${BENCH_WARMUPS:-60}, national 1).
Floor: sql/analysis-floor.sql by pgbench -M prepared (region ${BENCH_FLOOR_RUNS:-20} transactions, national ${BENCH_NATIONAL_RUNS:-3}; mean latency).
Write floor: psql \\copy of the last run's rows back into analysis_school, binary, as the backend sends them (median of 3).

| data set | schools | indicators | values | runs | whole POST | read data | compute | write schools | write floor (COPY) | floor (plain SQL) | floor ÷ Rostok | goal |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
| one region | $REGIONAL_SCHOOLS | $INDICATORS | — | $rn | **$rc ms** | $rl ms | $rp ms | $rs ms | $(ms "$REGION_WRITE_FLOOR") | $(ms "$REGION_FLOOR") | $REGION_RATIO | ≤ 50 ms |
| national | $NATIONAL_SCHOOLS | $INDICATORS | $NATIONAL_VALUES | $nn | **$nc ms** | $nl ms | $np ms | $ns ms | $(ms "$NATIONAL_WRITE_FLOOR") | $(ms "$NATIONAL_FLOOR") | $NATIONAL_RATIO | ≤ 1 s |

Every run: $WORK/region.txt, $WORK/national.txt (client_ms load_ms compute_ms save_ms); floor: $WORK/floor-*.txt; backend log $WORK/backend.log.
REPORT
