#!/usr/bin/env bash
# Every benchmark of Rostok with its floor, in one run, and one table of the figures with the ratio per row (issue 16).
#
#   bench/all.sh [path/to/quarkus-app]        (default: backend/target/quarkus-app, built first if missing)
#
# Runs, one after another so that they do not share the machine: hot-paths.sh (start, lists, saves, memory, on the
# national data set), analysis.sh (one region and the national campaign), school-page.sh (the school's page),
# staff-list.sh (a region's 20,000 teachers) and first-paint.sh (pages in Chromium). Each appends its rows to one file; the table at the end is made of them. A
# benchmark that fails stops the run with its error: no table is printed from half the figures.
# Needs what each of them needs (README.md «Benchmarks»): PostgreSQL, Keycloak with the realm rostok, JDK 17+,
# Node 20+, pgbench, Chromium. Takes about 45 minutes; BENCH_ONLY="hot-paths analysis" runs some of them.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
APP_SRC="${1:-$ROOT/backend/target/quarkus-app}"
WORK="${BENCH_WORK:-$(mktemp -d /tmp/rostok-bench-all.XXXXXX)}"
mkdir -p "$WORK"
say() { printf '\033[1;34mbench:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mbench:\033[0m %s\n' "$*" >&2; exit 1; }

if [[ ! -f "$APP_SRC/quarkus-run.jar" && $# -eq 0 ]]; then
  say "building the backend"
  (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)
fi
export BENCH_TABLE="$WORK/table.tsv"
# the national data sets are loaded by the first run and kept (BENCH_FRESH=1 loads them again)
[[ "${BENCH_FRESH:-}" == 1 ]] || export BENCH_REUSE=1
: > "$BENCH_TABLE"
LOADAVG_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

for name in ${BENCH_ONLY:-hot-paths analysis school-page staff-list first-paint}; do
  [[ -f "$BENCH/$name.sh" ]] || die "no benchmark $name ($BENCH/$name.sh)"
  say "── $name"
  BENCH_WORK="$WORK/$name" bash "$BENCH/$name.sh" "$APP_SRC" > "$WORK/$name.md" \
    || die "$name failed (its output: $WORK/$name.md and $WORK/$name/)"
done

cat <<REPORT

## Rostok beside PostgreSQL doing the same work

$(date -u +%Y-%m-%d), $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), PostgreSQL $(PGPASSWORD=rostok psql -X -h localhost -U rostok -d postgres -qtAc 'SHOW server_version'), $("$("$ROOT/rostok" java-home)/bin/java" -version 2>&1 | head -1).
Load average before $LOADAVG_BEFORE, after $(cut -d' ' -f1-3 /proc/loadavg). Ratio: Rostok's throughput ÷ the floor's, or for a time the floor's ÷ Rostok's: 1 is «as fast as PostgreSQL alone».

| path | Rostok | PostgreSQL alone, same SQL | ratio | goal |
|---|---|---|---|---|
$(awk -F'\t' '{ printf "| %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5 }' "$BENCH_TABLE")

Each benchmark's own report and files: $WORK/<name>.md, $WORK/<name>/.
REPORT
