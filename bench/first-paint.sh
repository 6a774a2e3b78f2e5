#!/usr/bin/env bash
# Rostok first paint benchmark (issue 16): how soon the SPA's main pages show something, and their content, in Chromium,
# with a warm backend. Goal: ≤ 1 s.
#
#   bench/first-paint.sh [path/to/quarkus-app]        (default: backend/target/quarkus-app)
#
# Recreates the database rostok_bench_paint, starts a copy of the backend on port 8094 with the demo data (it seeds
# itself into the empty database), builds the SPA (`vite build`, a production build) into the work folder and serves it
# with `vite preview` on port 4178 (the demo realm's SPA client admits that address; /api goes through its proxy to the
# backend), then runs first-paint.mjs: as analyst.crimea, coord.kerch and school.kerch1, each main page opened
# BENCH_RUNS times in a fresh tab after BENCH_WARMUPS rounds of warm-up; first contentful paint and the moment the page's
# content is shown, median and p95, as a markdown table. Needs the packages of frontend/ (npm ci there), Chromium
# (/usr/bin/chromium), Keycloak with the realm rostok.
#
# Knobs: BENCH_DB (rostok_bench_paint), BENCH_PORT (8094), BENCH_SPA_PORT (4178), BENCH_RUNS (10), BENCH_WARMUPS (1),
#   BENCH_USERS, BENCH_DIST (serve this build instead of building one), BENCH_JAVA_OPTS, KEYCLOAK_URL, BENCH_WORK,
#   BENCH_TABLE (a file: one TSV row per page is appended, for bench/all.sh), CHROMIUM_PATH.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
APP_SRC="${1:-$ROOT/backend/target/quarkus-app}"
DB="${BENCH_DB:-rostok_bench_paint}"
PORT="${BENCH_PORT:-8094}"
SPA_PORT="${BENCH_SPA_PORT:-4178}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://localhost:8180}"
DEMO_SEED=true
WORK="${BENCH_WORK:-$(mktemp -d /tmp/rostok-bench-paint.XXXXXX)}"
mkdir -p "$WORK"
export PGHOST=localhost PGPORT=5432 PGUSER=rostok PGPASSWORD=rostok PGDATABASE="$DB"
# shellcheck source=lib.sh
source "$BENCH/lib.sh"

preflight psql node java curl
VITE="$ROOT/frontend/node_modules/vite/bin/vite.js"
[[ -f "$VITE" && -d "$ROOT/frontend/node_modules/playwright-core" ]] || die "the SPA's packages are missing: (cd frontend && npm ci)"
[[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]] || die "Chromium is needed at ${CHROMIUM_PATH:-/usr/bin/chromium}"
if (exec 3<>"/dev/tcp/127.0.0.1/$SPA_PORT") 2>/dev/null; then die "port $SPA_PORT is taken"; fi

SPA_PID=""
cleanup() {
  if [[ -n "$SPA_PID" ]]; then kill "$SPA_PID" 2>/dev/null || true; fi
  stop_backend
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "work folder: $WORK; recreating database $DB"
recreate_database
start_backend
say "backend with the demo data ready in $BACKEND_START_SECONDS s"

DIST="${BENCH_DIST:-$WORK/dist}"
if [[ -z "${BENCH_DIST:-}" ]]; then
  say "building the SPA into $DIST"
  t0=$(now)
  (cd "$ROOT/frontend" && node "$VITE" build --outDir "$DIST" --emptyOutDir --logLevel warn) > "$WORK/build.log" 2>&1 \
    || { cat "$WORK/build.log" >&2; die "the SPA did not build"; }
  say "built in $(since "$t0") s"
fi
[[ -f "$DIST/index.html" ]] || die "no index.html in $DIST"
# vite preview reads vite.config.ts (the /api proxy, the production security headers) from frontend/
(cd "$ROOT/frontend" && ROSTOK_API_URL="http://localhost:$PORT" exec node "$VITE" preview --outDir "$DIST" --port "$SPA_PORT" --strictPort) \
  > "$WORK/preview.log" 2>&1 &
SPA_PID=$!
for _ in $(seq 1 60); do
  curl -fsS -o /dev/null --max-time 2 "http://localhost:$SPA_PORT/" 2>/dev/null && break
  kill -0 "$SPA_PID" 2>/dev/null || { cat "$WORK/preview.log" >&2; die "vite preview exited"; }
  sleep 1
done

say "measuring (load average $(cut -d' ' -f1-3 /proc/loadavg))"
BENCH_SPA_URL="http://localhost:$SPA_PORT" BENCH_API_URL="http://localhost:$PORT" KEYCLOAK_URL="$KEYCLOAK_URL" \
  BENCH_JSON="$WORK/first-paint.json" node "$BENCH/first-paint.mjs" | tee "$WORK/report.md"

cat <<REPORT

$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load average at the end $(cut -d' ' -f1-3 /proc/loadavg);
SPA build $DIST served by vite preview on $SPA_PORT, backend on $PORT (database $DB, demo data). Every measurement:
$WORK/first-paint.json; logs: $WORK/backend.log, $WORK/preview.log.
REPORT
