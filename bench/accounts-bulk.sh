#!/usr/bin/env bash
# Rostok accounts benchmark (issue 15): 1,000 school-staff accounts created in one XLSX through
# POST /api/v1/users/import (every row checked, then created all or nothing, each with a setup link), beside the
# floor: the same 1,000 creations straight to Keycloak's admin API (the user with its attributes, then its realm role;
# no checks, no links, no audit), one after the other as Rostok makes them. Prints both times and the ratio, then
# deletes the accounts again.
#
#   bench/accounts-bulk.sh [path/to/quarkus-app]        (default: backend/target/quarkus-app)
#
# Recreates the database rostok_bench_accounts, starts a copy of the backend with the demo data on port 8096 and the
# running Keycloak (realm rostok with the client rostok-accounts). Needs java, node, curl, psql; ~2 minutes.
#
# Knobs: BENCH_DB (rostok_bench_accounts), BENCH_PORT (8096), BENCH_ACCOUNTS (1000), BENCH_JAVA_OPTS, KEYCLOAK_URL, BENCH_WORK.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
APP_SRC="${1:-$ROOT/backend/target/quarkus-app}"
DB="${BENCH_DB:-rostok_bench_accounts}"
PORT="${BENCH_PORT:-8096}"
COUNT="${BENCH_ACCOUNTS:-1000}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://localhost:8180}"
TOKEN_URL="$KEYCLOAK_URL/realms/rostok/protocol/openid-connect/token"
API="http://localhost:$PORT/api/v1"
WORK="${BENCH_WORK:-$(mktemp -d /tmp/rostok-bench-accounts.XXXXXX)}"
TAG="bench-$(date +%s)"
mkdir -p "$WORK"
export PGHOST=localhost PGPORT=5432 PGUSER=rostok PGPASSWORD=rostok PGDATABASE="$DB"
# shellcheck source=lib.sh
source "$BENCH/lib.sh"

preflight psql node java curl

cleanup() {
  node "$BENCH/gen/keycloak-accounts.mjs" delete "$KEYCLOAK_URL" "$TAG" >/dev/null 2>&1 || true
  stop_backend
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "database $DB and a backend with the demo data on port $PORT"
recreate_database
APP="$WORK/quarkus-app"
rm -rf "$APP"
cp -r "$APP_SRC" "$APP"
(
  cd "$WORK"
  # shellcheck disable=SC2086
  exec env ROSTOK_HTTP_PORT="$PORT" ROSTOK_DB_URL="jdbc:postgresql://localhost:5432/$DB" ROSTOK_DEMO_SEED=true \
    ROSTOK_KEYCLOAK_URL="$KEYCLOAK_URL" java ${BENCH_JAVA_OPTS:-} -jar "$APP/quarkus-run.jar"
) > "$WORK/backend.log" 2>&1 &
BACKEND_PID=$!
started=$(now)
until curl -fsS -o /dev/null --max-time 2 "http://localhost:$PORT/q/health/ready" 2>/dev/null; do
  kill -0 "$BACKEND_PID" 2>/dev/null || { tail -40 "$WORK/backend.log" >&2; die "the backend exited during start"; }
  [[ $(since "$started" | cut -d. -f1) -gt 300 ]] && die "the backend did not get ready in 300 s"
  sleep 2
done

ADMIN=$(curl -fsS -d grant_type=password -d client_id=rostok-tests -d username=admin -d password=rostok "$TOKEN_URL" \
  | node -e 'process.stdin.on("data",d=>process.stdout.write(JSON.parse(d).access_token))')
CRIMEA=$(curl -fsS -H "Authorization: Bearer $ADMIN" "$API/regions?size=500" \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(String(JSON.parse(s).items.find(r=>r.code==="91").id)))')
curl -fsS -H "Authorization: Bearer $ADMIN" "$API/schools?regionId=$CRIMEA&size=500" \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).items.map(x=>x.inn).join("\n")))' > "$WORK/inns.txt"
say "$(wc -l < "$WORK/inns.txt") schools of Crimea; the sheet of $COUNT accounts"
java -cp "$APP/lib/main/*" "$BENCH/gen/UsersSheet.java" "$WORK/users.xlsx" "$COUNT" "$TAG-rostok" "$WORK/inns.txt"

say "POST /api/v1/users/import with $COUNT rows"
t0=$(now)
status=$(curl -sS -o "$WORK/import.json" -w '%{http_code}' --max-time 1800 -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' --data-binary @"$WORK/users.xlsx" "$API/users/import")
ROSTOK_SECONDS=$(since "$t0")
[[ "$status" == 200 ]] || { head -c 2000 "$WORK/import.json" >&2; die "the import answered $status"; }
created=$(node -e 'const a=JSON.parse(require("fs").readFileSync(process.argv[1]));console.log(a.rows.filter(r=>r.userId).length)' "$WORK/import.json")
say "created $created accounts in $ROSTOK_SECONDS s; deleting them"
node "$BENCH/gen/keycloak-accounts.mjs" delete "$KEYCLOAK_URL" "$TAG-rostok" >/dev/null

say "the floor: $COUNT creations straight to Keycloak's admin API"
FLOOR_SECONDS=$(node "$BENCH/gen/keycloak-accounts.mjs" create "$KEYCLOAK_URL" "$TAG-floor" "$COUNT" "$WORK/inns.txt")
node "$BENCH/gen/keycloak-accounts.mjs" delete "$KEYCLOAK_URL" "$TAG-floor" >/dev/null

RATIO=$(awk -v a="$ROSTOK_SECONDS" -v b="$FLOOR_SECONDS" 'BEGIN { printf "%.2f", a / b }')
printf '\nAccounts, %s created in one XLSX (%s)\n' "$COUNT" "$(date -u +%Y-%m-%dT%H:%MZ)"
printf '  Rostok  POST /api/v1/users/import   %8s s  (%s accounts/s)\n' "$ROSTOK_SECONDS" "$(awk -v n="$COUNT" -v s="$ROSTOK_SECONDS" 'BEGIN { printf "%.0f", n / s }')"
printf '  floor   Keycloak admin API, direct  %8s s  (%s accounts/s)\n' "$FLOOR_SECONDS" "$(awk -v n="$COUNT" -v s="$FLOOR_SECONDS" 'BEGIN { printf "%.0f", n / s }')"
printf '  ratio   %s×\n' "$RATIO"
