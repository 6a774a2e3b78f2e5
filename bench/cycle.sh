#!/usr/bin/env bash
# Rostok management cycle benchmark (issue 13): the completeness matrix of every municipality of the national data set
# (85 regions, 2,400 municipalities, 40,000 schools; admin, no region) and of one region, through the API, beside the
# floor: the same SQL the matrix runs (one set-based query per position) by pgbench -M prepared.
#
#   bench/cycle.sh [path/to/quarkus-app]        (default: backend/target/quarkus-app)
#
# Recreates the database rostok_bench_cycle (BENCH_REUSE=1 keeps a loaded one), starts a copy of the backend on port 8097,
# loads the generated data set with COPY (no lists, roadmaps or partnerships: those positions are simply ✖), then times
# GET /api/v1/cycle (BENCH_WARMUPS warm-ups + BENCH_RUNS, medians at the client). Needs what bench/run.sh needs and pgbench.
#
# Knobs: BENCH_DB (rostok_bench_cycle), BENCH_PORT (8097), BENCH_SCHOOLS (40000), BENCH_MUNICIPALITIES (2400),
#   BENCH_WARMUPS (10), BENCH_RUNS (20), BENCH_PGBENCH_SECONDS (10), BENCH_JAVA_OPTS, KEYCLOAK_URL, BENCH_WORK, BENCH_REUSE.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
APP_SRC="${1:-$ROOT/backend/target/quarkus-app}"
DB="${BENCH_DB:-rostok_bench_cycle}"
PORT="${BENCH_PORT:-8097}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://localhost:8180}"
TOKEN_URL="$KEYCLOAK_URL/realms/rostok/protocol/openid-connect/token"
API="http://localhost:$PORT/api/v1"
WORK="${BENCH_WORK:-$(mktemp -d /tmp/rostok-bench-cycle.XXXXXX)}"
WARMUPS="${BENCH_WARMUPS:-10}"
RUNS="${BENCH_RUNS:-20}"
mkdir -p "$WORK"
export PGHOST=localhost PGPORT=5432 PGUSER=rostok PGPASSWORD=rostok PGDATABASE="$DB"
# shellcheck source=lib.sh
source "$BENCH/lib.sh"

preflight psql pgbench node java curl

trap stop_backend EXIT
trap 'exit 130' INT TERM
LOADED=0
if [[ "${BENCH_REUSE:-}" == 1 ]] && [[ "$(psql -X -qtAc "SELECT count(*) FROM school" 2>/dev/null || echo 0)" -gt 0 ]]; then
  LOADED=1
fi
if [[ $LOADED == 1 ]]; then
  say "work folder: $WORK; reusing database $DB"
  start_backend
else
  say "work folder: $WORK; recreating database $DB"
  recreate_database
  start_backend
  say "loading the data set"
  t0=$(now)
  load_data_set
  say "loaded in $(since "$t0") s"
fi
read -r REGION REGION_MUNICIPALITIES < <(psql -qtA -F ' ' -c "
  SELECT region_id, count(*) FROM municipality GROUP BY region_id ORDER BY count(*) DESC, region_id LIMIT 1")
read -r MUNICIPALITIES SCHOOLS < <(psql -qtA -F ' ' -c "SELECT (SELECT count(*) FROM municipality), (SELECT count(*) FROM school)")

TOKEN=$(curl -fsS -d grant_type=password -d client_id=rostok-tests -d username=admin -d password=rostok "$TOKEN_URL" \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).access_token))')

# median of the client's whole GET over the runs after the warm-ups, in ms; the rows answered go to $WORK/<name>.json
series() { # name query
  local i
  for i in $(seq 1 "$WARMUPS"); do curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$API/cycle$2"; done
  : > "$WORK/$1.txt"
  for i in $(seq 1 "$RUNS"); do
    curl -fsS -o "$WORK/$1.json" -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$API/cycle$2" >> "$WORK/$1.txt"
  done
  sort -n "$WORK/$1.txt" | awk '{ a[NR] = $1 * 1000 } END { printf "%.0f\n", NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# The floor: every position's query as CycleService runs it (ru.rostok.*.service.*ByMunicipality, ListedSchools,
# PartneredSchools, AssessmentService.latestOfAuthorities), as one pgbench transaction; FILTER is the region's condition.
floor_script() { # file region-filter-for-alias
  local f="$2" year
  year=$(date +%Y)
  cat > "$1" <<SQL
select m.id, m.name, r.id as region_id, r.name as region_name, count(s.id) from municipality m join region r on r.id = m.region_id left join school s on s.municipality_id = m.id where true ${f//ALIAS/m} group by m.id, r.id order by r.name, m.name;
select distinct on (s.municipality_id) s.municipality_id, c.id, c.name, count(*), count(sub.id) filter (where sub.status = 'ACCEPTED') from campaign c join campaign_school cs on cs.campaign_id = c.id join school s on s.id = cs.school_id left join submission sub on sub.campaign_id = c.id and sub.school_id = s.id where c.status in ('OPEN', 'CLOSED', 'PUBLISHED') ${f//ALIAS/c} group by s.municipality_id, c.id order by s.municipality_id, c.opens_on desc, c.id desc;
select distinct on (placed.municipality_id) placed.municipality_id, r.id, r.campaign_id from analysis_run r join lateral (select distinct a.municipality_id from analysis_school a where a.run_id = r.id) placed on true join municipality m on m.id = placed.municipality_id where true ${f//ALIAS/m} order by placed.municipality_id, r.created_at desc, r.id desc;
select id, region_id, kind, year, title, order_number, order_date from school_list l where status = 'APPROVED' and year = $year ${f//ALIAS/l} order by region_id, kind;
select e.school_id, s.municipality_id, l.id, l.year, coalesce(l.order_date, cast(l.approved_at as date)) from school_list l join school_list_entry e on e.list_id = l.id and e.included join school s on s.id = e.school_id where l.status = 'APPROVED' and l.year <= $year ${f//ALIAS/l};
select r.id, r.level, coalesce(r.municipality_id, s.municipality_id), r.school_id, r.title from roadmap r left join school s on s.id = r.school_id where r.status in ('APPROVED', 'IN_PROGRESS') and r.level in ('MUNICIPALITY', 'SCHOOL') and r.period_from <= current_date and r.period_to >= current_date and coalesce(r.municipality_id, s.municipality_id) is not null ${f//ALIAS/r} order by r.id;
select distinct on (p.weak_school_id) p.weak_school_id, p.id from partnership p where p.status in ('AGREED', 'PLAN_SUBMITTED', 'APPROVED', 'ACTIVE') ${f//ALIAS/p} order by p.weak_school_id, p.id desc;
select r.municipality_id, count(*), count(*) filter (where r.status in ('DONE', 'NOT_DONE')) from recommendation r where r.municipality_id is not null ${f//ALIAS/r} group by r.municipality_id;
select m.*, r.*, s.*, mu.* from measure m join roadmap r on r.id = m.roadmap_id left join school s on s.id = r.school_id left join municipality mu on mu.id = s.municipality_id where r.status in ('APPROVED', 'IN_PROGRESS') and m.schedule is not null and m.status <> 'CANCELLED' and (r.municipality_id is not null or r.school_id is not null) ${f//ALIAS/r};
select distinct on (b.municipality_id) b.municipality_id, d.id, d.number, d.decision_date, a.verdict, a.words from decision_assessment a join decision d on d.id = a.decision_id join body b on b.id = a.body_id where b.kind = 'EDUCATION_AUTHORITY' and b.municipality_id is not null ${f//ALIAS/b} order by b.municipality_id, d.decision_date desc, d.id desc;
SQL
}

floor() { # script [pgbench args...]: average latency in ms
  local script="$1"
  shift
  pgbench -n -M prepared -c 1 -T "${BENCH_PGBENCH_SECONDS:-10}" -f "$script" "$@" "$DB" 2> "$WORK/pgbench.err" \
    | awk -F'= ' '/latency average/ { split($2, a, " "); printf "%.0f\n", a[1] }'
}

say "country: $MUNICIPALITIES municipalities, $SCHOOLS schools; $WARMUPS warm-ups + $RUNS runs"
COUNTRY_MS=$(series country "")
COUNTRY_ROWS=$(node -e "console.log(JSON.parse(require('fs').readFileSync('$WORK/country.json','utf8')).rows.length)")
say "region $REGION: $REGION_MUNICIPALITIES municipalities"
REGION_MS=$(series region "?regionId=$REGION")
REGION_ROWS=$(node -e "console.log(JSON.parse(require('fs').readFileSync('$WORK/region.json','utf8')).rows.length)")
stop_backend

floor_script "$WORK/floor-country.sql" ""
floor_script "$WORK/floor-region.sql" "and ALIAS.region_id = :region"
say "floor: pgbench -M prepared, ${BENCH_PGBENCH_SECONDS:-10} s each"
COUNTRY_FLOOR=$(floor "$WORK/floor-country.sql")
REGION_FLOOR=$(floor "$WORK/floor-region.sql" -D region="$REGION")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "—" }'; }

cat <<REPORT

## Management cycle benchmark ($(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo))
GET /api/v1/cycle as admin, medians of $RUNS runs after $WARMUPS warm-ups (whole request at the client, JSON of every row);
floor: the same position queries by pgbench -M prepared, one connection, average latency.

| matrix | municipalities | rows | Rostok | floor (SQL) | ratio | target |
|---|---|---|---|---|---|---|
| one region ($REGION) | $REGION_MUNICIPALITIES | $REGION_ROWS | **$REGION_MS ms** | $REGION_FLOOR ms | $(ratio "$REGION_MS" "$REGION_FLOOR") | ≤ 200 ms |
| country | $MUNICIPALITIES | $COUNTRY_ROWS | **$COUNTRY_MS ms** | $COUNTRY_FLOOR ms | $(ratio "$COUNTRY_MS" "$COUNTRY_FLOOR") | ≤ 2 s |

Every run: $WORK/country.txt, $WORK/region.txt (seconds); floor scripts $WORK/floor-*.sql; backend log $WORK/backend.log.
REPORT
