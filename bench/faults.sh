#!/usr/bin/env bash
# Rostok reliability figures (issue 10, section 4): hostile requests, concurrent writers, PostgreSQL restarted under
# load, Keycloak stopped, the backend killed in an import, two instances on one database, memory and shutdown.
#
#   bench/faults.sh [path/to/quarkus-app]        (default: backend/target/quarkus-app)
#
# Everything runs on its OWN PostgreSQL cluster (15/faults, port 5434; made and dropped here) and its OWN Keycloak
# (a copy of .cache/keycloak-26.7.3 on port 8280, management 9280, data in the work folder), with backend instances
# on ports 8095 and 8096: the shared cluster 15/main (5432) and Keycloak (8180) are never touched. Needs root (or
# sudo) for pg_createcluster, JDK 17+, Node 20+ (the `yaml` package of bench/package.json: `npm install` in bench/),
# psql and curl. Prints a table of figures and the same as markdown (bench/README.md, "Reliability").
#
# Knobs (environment): FAULTS_PARTS ("fuzz conflicts memory shutdown kill reminders postgres keycloak"),
#   FAULTS_FUZZ_REQUESTS (10000), FAULTS_FUZZ_CONNECTIONS (8), FAULTS_ROUNDS (100), FAULTS_JAVA_OPTS (-Xmx192m -XX:+UseSerialGC), FAULTS_BIG_SCHOOLS (3000), FAULTS_KILL ("schools campaign values"),
#   FAULTS_PG_PORT (5434), FAULTS_KC_PORT (8280), FAULTS_KC_MGMT_PORT (9280), FAULTS_PORT_A (8095), FAULTS_PORT_B (8096),
#   FAULTS_KEYCLOAK_HOME (the unpacked distribution to copy; default .cache/keycloak-26.7.3 of this or the main checkout),
#   FAULTS_WORK (a folder for logs and results; default a new /tmp/rostok-faults.*), FAULTS_KEEP=1 (keep the cluster,
#   Keycloak's copy and the work folder).
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
APP_SRC="${1:-$ROOT/backend/target/quarkus-app}"
PARTS="${FAULTS_PARTS:-fuzz conflicts memory shutdown kill reminders postgres keycloak}"
PG_VERSION=15
PG_CLUSTER=faults
PG_PORT="${FAULTS_PG_PORT:-5434}"
KC_PORT="${FAULTS_KC_PORT:-8280}"
KC_MGMT_PORT="${FAULTS_KC_MGMT_PORT:-9280}"
PORT_A="${FAULTS_PORT_A:-8095}"
PORT_B="${FAULTS_PORT_B:-8096}"
JAVA_OPTS="${FAULTS_JAVA_OPTS:--Xmx192m -XX:+UseSerialGC}"
WORK="${FAULTS_WORK:-$(mktemp -d /tmp/rostok-faults.XXXXXX)}"
mkdir -p "$WORK"
KC_URL="http://localhost:$KC_PORT"
TOKEN_URL="$KC_URL/realms/rostok/protocol/openid-connect/token"
export PGHOST=localhost PGPORT="$PG_PORT" PGUSER=rostok PGPASSWORD=rostok PGDATABASE=rostok
export FAULTS_WORK="$WORK" TOKEN_URL

# shellcheck source=lib.sh
source "$BENCH/lib.sh"

# ------------------------------------------------------------------ preconditions
for cmd in psql node curl pg_createcluster pg_ctlcluster; do command -v "$cmd" >/dev/null || die "$cmd is needed"; done
[[ $(node -p 'process.versions.node.split(".")[0]') -ge 20 ]] || die "Node.js 20+ is needed"
[[ -f "$APP_SRC/quarkus-run.jar" ]] || die "no quarkus-run.jar in $APP_SRC (cd backend && ./mvnw -B -q package -DskipTests)"
[[ -d "$BENCH/node_modules/yaml" ]] || (cd "$BENCH" && npm install --no-audit --no-fund >/dev/null) || die "npm install in bench/ failed"
KC_SRC="${FAULTS_KEYCLOAK_HOME:-}"
if [[ -z "$KC_SRC" ]]; then
  for d in "$ROOT/.cache/keycloak-26.7.3" "$(git -C "$ROOT" worktree list --porcelain 2>/dev/null | awk '/^worktree/ {print $2; exit}')/.cache/keycloak-26.7.3"; do
    [[ -x "$d/bin/kc.sh" ]] && { KC_SRC="$d"; break; }
  done
fi
[[ -x "${KC_SRC:-/nonexistent}/bin/kc.sh" ]] || die "no Keycloak distribution (keycloak/keycloak.sh fetch, or FAULTS_KEYCLOAK_HOME)"
for p in "$PG_PORT" "$KC_PORT" "$KC_MGMT_PORT" "$PORT_A" "$PORT_B"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then die "port $p is taken"; fi
done
pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "$PG_VERSION/$PG_CLUSTER" && die "the cluster $PG_VERSION/$PG_CLUSTER exists already (pg_dropcluster --stop $PG_VERSION $PG_CLUSTER)"

# ------------------------------------------------------------------ clean-up
declare -A BACKENDS=()
KC_PID=""
cleanup() {
  local name
  for name in "${!BACKENDS[@]}"; do kill -9 "${BACKENDS[$name]}" 2>/dev/null || true; done
  [[ -n "$KC_PID" ]] && kill -9 "$KC_PID" 2>/dev/null || true
  if [[ "${FAULTS_KEEP:-0}" != 1 ]]; then
    pg_dropcluster --stop "$PG_VERSION" "$PG_CLUSTER" 2>/dev/null || true
    rm -rf "$WORK/keycloak" "$WORK/keycloak-data" "$WORK/quarkus-app"
  else
    say "kept: cluster $PG_VERSION/$PG_CLUSTER (port $PG_PORT), work folder $WORK"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------ PostgreSQL 15/faults
start_postgres() {
  say "creating PostgreSQL cluster $PG_VERSION/$PG_CLUSTER on port $PG_PORT"
  pg_createcluster "$PG_VERSION" "$PG_CLUSTER" --port "$PG_PORT" --start -- --auth-local=peer --auth-host=scram-sha-256 >"$WORK/pg-create.log" 2>&1 \
    || { cat "$WORK/pg-create.log" >&2; die "pg_createcluster failed"; }
  as_postgres psql -p "$PG_PORT" -qc "CREATE ROLE rostok LOGIN PASSWORD 'rostok' CREATEDB" -c "CREATE DATABASE rostok OWNER rostok" >/dev/null
}

# ------------------------------------------------------------------ Keycloak: a copy of the distribution on its own port
start_keycloak() {
  local kc="$WORK/keycloak" t0=$SECONDS
  if [[ ! -x "$kc/bin/kc.sh" ]]; then
    say "copying Keycloak from $KC_SRC"
    mkdir -p "$kc"
    (cd "$KC_SRC" && tar --exclude=./data -cf - .) | (cd "$kc" && tar -xf -)
    mkdir -p "$kc/data" "$WORK/keycloak-data"
    ln -sfn "$ROOT/keycloak" "$kc/data/import"
  fi
  say "starting Keycloak on port $KC_PORT"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    setsid "$kc/bin/kc.sh" start --optimized --import-realm --http-enabled=true --http-port="$KC_PORT" \
      --http-management-port="$KC_MGMT_PORT" --hostname-strict=false \
      --db-url="jdbc:h2:file:$WORK/keycloak-data/h2/keycloakdb;NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=0" \
      </dev/null >>"$WORK/keycloak.log" 2>&1 &
  local spid=$!
  until curl -fsS -o /dev/null --max-time 3 "$KC_URL/realms/rostok/.well-known/openid-configuration" 2>/dev/null; do
    (( SECONDS - t0 < 240 )) || { tail -30 "$WORK/keycloak.log" >&2; die "Keycloak did not start in 240 s"; }
    sleep 2
  done
  # the java process of this copy (kc.sh may run it as a child): the one whose kc.home.dir is our copy
  KC_PID=$(pgrep -f -- "-Dkc.home.dir=$kc/bin/\\.\\. .*QuarkusEntryPoint" | head -1 || true)
  [[ -n "$KC_PID" ]] || KC_PID=$spid
  say "Keycloak ready after $(( SECONDS - t0 )) s (pid $KC_PID)"
}

# ------------------------------------------------------------------ backend instances
APP="$WORK/quarkus-app"
start_instance() { # name port [VAR=value ...]
  local name=$1 port=$2 t0 pid
  shift 2
  [[ -d "$APP" ]] || cp -r "$APP_SRC" "$APP"
  say "starting backend $name on port $port"
  (
    cd "$WORK"
    # shellcheck disable=SC2086
    exec env ROSTOK_HTTP_PORT="$port" ROSTOK_DB_URL="jdbc:postgresql://localhost:$PG_PORT/rostok" \
      ROSTOK_OIDC_URL="$KC_URL/realms/rostok" ROSTOK_REMINDERS_CRON=off "$@" \
      java $JAVA_OPTS -jar "$APP/quarkus-run.jar"
  ) >> "$WORK/backend-$name.log" 2>&1 &
  pid=$!
  t0=$(now)
  sleep 1
  [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == java ]] || pid=$(pgrep -P "$pid" java || echo "$pid")
  BACKENDS[$name]=$pid
  until curl -fsS -o /dev/null --max-time 2 "http://localhost:$port/q/health/ready" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { tail -40 "$WORK/backend-$name.log" >&2; die "backend $name exited during start"; }
    [[ $(since "$t0" | cut -d. -f1) -gt 240 ]] && { tail -40 "$WORK/backend-$name.log" >&2; die "backend $name not ready in 240 s"; }
    sleep 1
  done
  say "backend $name ready in $(since "$t0") s (pid $pid)"
}
stop_instance() { # name [signal]
  local name=$1 sig=${2:-TERM} pid=${BACKENDS[$1]:-}
  [[ -n "$pid" ]] || return 0
  kill "-$sig" "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
  unset "BACKENDS[$name]"
}
pid_of() { echo "${BACKENDS[$1]}"; }

# ------------------------------------------------------------------ the run
{
  echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpus=$(nproc)"
  echo "loadavg_before=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java=$(java -version 2>&1 | head -1)"
  echo "java_opts=$JAVA_OPTS"
  echo "node=$(node --version)"
} > "$WORK/machine.env"
say "work folder: $WORK"
start_postgres
start_keycloak
start_instance A "$PORT_A"
API_A="http://localhost:$PORT_A/api/v1"
API_B="http://localhost:$PORT_B/api/v1"
node "$BENCH/faults/tokens.mjs" >/dev/null || die "no tokens from the bench's Keycloak"

has() { [[ " $PARTS " == *" $1 "* ]]; }

if has fuzz; then
  say "1. hostile requests from openapi.yaml (${FAULTS_FUZZ_REQUESTS:-10000})"
  node "$BENCH/faults/fuzz.mjs" --base "$API_A" --spec "$ROOT/openapi.yaml" --requests "${FAULTS_FUZZ_REQUESTS:-10000}" \
    --connections "${FAULTS_FUZZ_CONNECTIONS:-8}" > "$WORK/fuzz.json"
fi
if has conflicts; then
  say "2. two writers with the same version (${FAULTS_ROUNDS:-100} rounds each)"
  node "$BENCH/faults/conflicts.mjs" --base "$API_A" --rounds "${FAULTS_ROUNDS:-100}" > "$WORK/conflicts.json"
fi
if has memory; then
  say "7. resident memory under the submission load"
  node "$BENCH/faults/memory.mjs" --base "$API_A" --pid "$(pid_of A)" --seconds 60 --connections 16 > "$WORK/memory.json"
fi
if has shutdown; then
  say "7. SIGTERM with requests in flight"
  node "$BENCH/faults/shutdown.mjs" --base "$API_A" --pid "$(pid_of A)" --connections 16 > "$WORK/shutdown.json"
  unset "BACKENDS[A]"
  start_instance A "$PORT_A"
fi
if has kill; then
  say "5. SIGKILL in the middle of the imports (first ${FAULTS_BIG_SCHOOLS:-3000} more schools and a campaign over them, to have something to kill)"
  node "$BENCH/faults/big.mjs" --base "$API_A" --schools "${FAULTS_BIG_SCHOOLS:-3000}" > "$WORK/big.json"
  : > "$WORK/kill.jsonl"
  for what in ${FAULTS_KILL:-schools campaign values}; do
    node "$BENCH/faults/kill-import.mjs" --base "$API_A" --pid "$(pid_of A)" --what "$what" >> "$WORK/kill.jsonl"
    unset "BACKENDS[A]"
    start_instance A "$PORT_A"
    node "$BENCH/faults/kill-import.mjs" --base "$API_A" --what "$what" --check 1 >> "$WORK/kill.jsonl"
  done
fi
if has reminders; then
  say "6. two instances on one database: reminders"
  stop_instance A
  psql -qc "TRUNCATE notification" >/dev/null
  start_instance A "$PORT_A" ROSTOK_REMINDERS_CRON='0/10 * * * * ?'
  start_instance B "$PORT_B" ROSTOK_REMINDERS_CRON='0/10 * * * * ?'
  sleep 45
  node "$BENCH/faults/reminders.mjs" --logs "$WORK/backend-A.log,$WORK/backend-B.log" > "$WORK/reminders.json"
  stop_instance B
fi
if has postgres; then
  say "3. PostgreSQL restarted under load"
  node "$BENCH/faults/outage.mjs" --base "$API_A" --connections 8 --before 8 --down 6 --after 20 \
    --stop "pg_ctlcluster $PG_VERSION $PG_CLUSTER stop -m fast" --start "pg_ctlcluster $PG_VERSION $PG_CLUSTER start" > "$WORK/postgres.json"
fi
if has keycloak; then
  say "4. Keycloak stopped"
  node "$BENCH/faults/keycloak.mjs" --base "$API_A" --kcPid "$KC_PID" > "$WORK/keycloak.json"
  KC_PID=""
fi
if has hold; then
  say "holding the stack for development (A on $PORT_A, Keycloak on $KC_PORT, PostgreSQL on $PG_PORT); kill $$ to end"
  sleep infinity & wait $!
fi
echo "loadavg_after=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$WORK/machine.env"
for name in "${!BACKENDS[@]}"; do stop_instance "$name"; done
node "$BENCH/faults/report.mjs" "$WORK"
