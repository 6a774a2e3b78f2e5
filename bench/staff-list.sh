#!/usr/bin/env bash
# Rostok staff list benchmark (issue 17): GET /teachers?regionId={r}&size=50 — a page of a region's 20,000 teachers with
# their schools and municipalities — one connection after another (p50/p99) and at BENCH_CONNECTIONS connections, beside
# its floor (the endpoint's own SQL, sql/staff-list.sql, run by pgbench -M prepared with as many clients) and the ratio.
# Goal: ≤ 100 ms.
#
#   bench/staff-list.sh [path/to/quarkus-app]        (default: backend/target/quarkus-app)
#
# Uses the database rostok_bench_staff: the demo data (seeded by the backend when the database has no school) and, in the
# region with the most schools, teachers generated with SQL up to BENCH_TEACHERS (20,000); kept for the next run
# (BENCH_FRESH=1 makes it again). With BENCH_TABLE=file appends its row there (bench/all.sh).
# Knobs: BENCH_DB (rostok_bench_staff), BENCH_PORT (8083), BENCH_TEACHERS (20000), BENCH_WARMUPS (50), BENCH_RUNS (200),
#   BENCH_CONNECTIONS (4), BENCH_PGBENCH_SECONDS (15), BENCH_JAVA_OPTS, KEYCLOAK_URL, BENCH_WORK.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
APP_SRC="${1:-$ROOT/backend/target/quarkus-app}"
DB="${BENCH_DB:-rostok_bench_staff}"
PORT="${BENCH_PORT:-8083}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://localhost:8180}"
TOKEN_URL="$KEYCLOAK_URL/realms/rostok/protocol/openid-connect/token"
API="http://localhost:$PORT/api/v1"
TEACHERS="${BENCH_TEACHERS:-20000}"
WARMUPS="${BENCH_WARMUPS:-50}"
RUNS="${BENCH_RUNS:-200}"
CONNECTIONS="${BENCH_CONNECTIONS:-4}"
WORK="${BENCH_WORK:-$(mktemp -d /tmp/rostok-bench-staff.XXXXXX)}"
mkdir -p "$WORK"
export PGHOST=localhost PGPORT=5432 PGUSER=rostok PGPASSWORD=rostok PGDATABASE="$DB"
# shellcheck source=lib.sh
source "$BENCH/lib.sh"

preflight psql pgbench java curl

trap stop_backend EXIT
trap 'exit 130' INT TERM
if [[ "${BENCH_FRESH:-}" == 1 || "$(psql -X -qtAc "SELECT count(*) FROM school" 2>/dev/null || echo 0)" -eq 0 ]]; then
  say "work folder: $WORK; seeding the demo data into $DB"
  recreate_database
  DEMO_SEED=true start_backend
  stop_backend
else
  say "work folder: $WORK; reusing $DB (BENCH_FRESH=1 makes it again)"
fi

REGION=$(psql -X -qtA -c "SELECT m.region_id FROM school s JOIN municipality m ON m.id = s.municipality_id
  GROUP BY m.region_id ORDER BY count(*) DESC, m.region_id LIMIT 1")
# the region's teachers up to $TEACHERS: invented names, spread over its schools, a few archived
psql -X -q -v ON_ERROR_STOP=1 <<SQL
WITH schools AS (SELECT s.id, row_number() OVER (ORDER BY s.id) - 1 AS n, count(*) OVER () AS total
                   FROM school s JOIN municipality m ON m.id = s.municipality_id WHERE m.region_id = $REGION),
     missing AS (SELECT $TEACHERS - count(*) AS n FROM teacher t JOIN school s ON s.id = t.school_id
                   JOIN municipality m ON m.id = s.municipality_id WHERE m.region_id = $REGION)
INSERT INTO teacher (school_id, last_name, first_name, middle_name, position, subjects, category, category_date,
                     experience_years, last_training_date, archived_on, archive_reason, search_text)
SELECT sc.id, l.name || 'ова', f.name, 'Тестовна', 'учитель', ARRAY['MATHEMATICS'], c.category,
       CASE WHEN c.category = 'NONE' THEN NULL ELSE date '2022-09-01' - (i % 900)::int END, (i % 40)::int, date '2025-01-01' - (i % 700)::int,
       CASE WHEN i % 50 = 0 THEN date '2026-06-30' END, CASE WHEN i % 50 = 0 THEN 'увольнение' END,
       replace(lower(l.name || 'ова ' || f.name || ' тестовна учитель'), 'ё', 'е')
  FROM generate_series(1, (SELECT greatest(n, 0) FROM missing)) i
  JOIN schools sc ON sc.n = i % sc.total
  CROSS JOIN LATERAL (SELECT (ARRAY['Белк','Волк','Гусев','Дроздк','Ершк','Журавлёвск','Зайцев','Ивк','Котк','Лисиц','Медведк',
       'Нырк','Орлк','Птицын','Рысев','Соколк','Тетерев','Ужк','Филинк','Хорьк','Цаплин','Чижк','Щукин','Ястребк'])[1 + i % 24] AS name) l
  CROSS JOIN LATERAL (SELECT (ARRAY['Анна','Вера','Галина','Дарья','Елена','Жанна','Зоя','Инна','Ксения','Лидия','Мария',
       'Нина','Ольга','Полина','Раиса','София','Татьяна'])[1 + (i / 24) % 17] AS name) f
  CROSS JOIN LATERAL (SELECT (ARRAY['NONE','CONFORMITY','FIRST','HIGHEST'])[1 + i % 4] AS category) c;
ANALYZE teacher;
SQL
ACTIVE=$(psql -X -qtA -c "SELECT count(*) FROM teacher t JOIN school s ON s.id = t.school_id JOIN municipality m ON m.id = s.municipality_id
  WHERE m.region_id = $REGION AND t.archived_on IS NULL")
ALL=$(psql -X -qtA -c "SELECT count(*) FROM teacher t JOIN school s ON s.id = t.school_id JOIN municipality m ON m.id = s.municipality_id
  WHERE m.region_id = $REGION")
say "region $REGION: $ALL teachers, $ACTIVE working"

start_backend
TOKEN=$(token)
URL="$API/teachers?regionId=$REGION&size=50"
TOTAL=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$URL" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const p=JSON.parse(s);console.log(p.items.length===50?p.total:-1)})')
[[ "$TOTAL" == "$ACTIVE" ]] || die "the list says $TOTAL teachers, the database $ACTIVE"

get() { curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$URL&page=$((RANDOM % 300))"; }
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
PARALLEL_RATE=$(awk -v n="$(wc -l < "$WORK/parallel.txt")" -v s="$(since "$t0")" 'BEGIN { printf "%.1f", n / s }')
read -r PP50 PP99 < <(percentiles "$WORK/parallel.txt")
stop_backend

# the floor: the endpoint's own two statements, one pgbench transaction per page, on one and on $CONNECTIONS clients
sed -e "s/@REGION@/$REGION/g" -e '/^--/d' "$BENCH/sql/staff-list.sql" \
  | awk 'BEGIN { RS = ";\n" } NF { gsub(/\n/, " "); print $0 ";" }' > "$WORK/floor.sql"
psql -X -q -c "EXPLAIN (ANALYZE, BUFFERS) $(head -1 "$WORK/floor.sql")" > "$WORK/explain.txt"
floor() { # clients → "average-ms tps"
  pgbench -n -M prepared -c "$1" -T "${BENCH_PGBENCH_SECONDS:-15}" -f "$WORK/floor.sql" "$DB" > "$WORK/pgbench-$1.txt" 2>&1 \
    || { cat "$WORK/pgbench-$1.txt" >&2; die "pgbench failed"; }
  awk '/latency average/ { l = $4 } /^tps/ { t = $3 } END { printf "%s %.1f\n", l, t }' "$WORK/pgbench-$1.txt"
}
read -r FLOOR FLOOR_TPS < <(floor 1)
read -r FLOOR_LOADED FLOOR_LOADED_TPS < <(floor "$CONNECTIONS")
RATIO=$(awk -v a="$FLOOR" -v b="$P50" 'BEGIN { printf "%.2f", a / b }')
LOAD_RATIO=$(awk -v a="$PARALLEL_RATE" -v b="$FLOOR_LOADED_TPS" 'BEGIN { printf "%.2f", a / b }')
if [[ -n "${BENCH_TABLE:-}" ]]; then
  printf '%s\t%s\t%s\t%s\t%s\n' "GET /teachers?regionId={r}&size=50, $ACTIVE teachers, one connection (p50 / p99); $CONNECTIONS connections" \
    "$P50 / $P99 ms; $PARALLEL_RATE req/s, p50 $PP50 ms" "$FLOOR ms (one client); $FLOOR_LOADED_TPS TPS ($CONNECTIONS clients)" \
    "${RATIO}× (load ${LOAD_RATIO}×)" "≤ 100 ms" >> "$BENCH_TABLE"
fi

cat <<REPORT

## Staff list benchmark ($(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))
GET /api/v1/teachers?regionId=$REGION&size=50 (a random page of the first 300) as admin: region $REGION with $ALL teachers,
$ACTIVE working; $RUNS requests after $WARMUPS warm-ups, then $RUNS at $CONNECTIONS connections.

| | p50 | p99 | |
|---|---|---|---|
| Rostok, whole GET (client), one connection | **$P50 ms** | $P99 ms | goal ≤ 100 ms |
| Rostok, $CONNECTIONS connections ($PARALLEL_RATE req/s) | $PP50 ms | $PP99 ms | |
| floor: the same SQL, pgbench -M prepared, one client (average; $FLOOR_TPS TPS) | $FLOOR ms | | |
| floor: $CONNECTIONS clients (average; $FLOOR_LOADED_TPS TPS) | $FLOOR_LOADED ms | | |
| ratio (floor ÷ p50; under load: req/s ÷ TPS) | $RATIO × | | load $LOAD_RATIO × |

The page's plan: $WORK/explain.txt. Every request: $WORK/sequential.txt, $WORK/parallel.txt (seconds); the floor's
script: $WORK/floor.sql, its output: $WORK/pgbench-*.txt; backend log $WORK/backend.log.
REPORT
