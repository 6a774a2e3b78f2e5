# Shared by the bench scripts: messages, timing, the database superuser, and a copy of the backend on a port.
# Expects DB, PORT, WORK, APP_SRC to be set by the caller (and DEMO_SEED=true for a backend that seeds the demo data).
say() { printf '\033[1;34mbench:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mbench:\033[0m %s\n' "$*" >&2; exit 1; }
# as the database superuser over the local socket (the PG* variables are for the rostok role)
as_postgres() {
  local clean=(env -u PGHOST -u PGPORT -u PGUSER -u PGPASSWORD -u PGDATABASE)
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "${clean[@]}" "$@"; else sudo -u postgres "${clean[@]}" "$@"; fi
}
now() { date +%s.%N; }
# The JDK ./rostok picks (JAVA_HOME, else the newest JDK 17+), so that the benchmarks run the backend as ./rostok does.
JAVA_HOME="$("$ROOT/rostok" java-home)" || die "no JDK 17 or newer (set JAVA_HOME)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

BACKEND_PID=""
stop_backend() {
  if [[ -n "$BACKEND_PID" ]] && kill -0 "$BACKEND_PID" 2>/dev/null; then
    say "stopping the backend (pid $BACKEND_PID)"
    kill "$BACKEND_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$BACKEND_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$BACKEND_PID" 2>/dev/null || true
  fi
  BACKEND_PID=""
}

# Starts a copy of the backend (Flyway makes the schema, no demo data unless DEMO_SEED=true) and waits until it is ready.
# On JDK 25+ it starts from the AOT cache that ./rostok makes once per build (a training start on $DB), as ./rostok does.
start_backend() {
  ROSTOK_DB_URL="jdbc:postgresql://localhost:5432/$DB" ROSTOK_AOT_PORT="$((PORT + 100))" \
    "$ROOT/rostok" aot-cache "$APP_SRC/quarkus-run.jar" >&2
  APP="$WORK/quarkus-app"
  rm -rf "$APP"
  cp -a "$APP_SRC" "$APP" # -a: the AOT cache checks the jars' times
  say "starting the backend on port $PORT ($APP)"
  local aot=""
  # the cache names the jars relative to the app's folder, so the JVM starts there
  [[ -f "$APP/app.aot" && "$APP/app.aot" -nt "$APP/quarkus-run.jar" && "$APP/app.aot" -nt "$ROOT/backend/jvm.options" ]] && aot="-XX:AOTCache=app.aot"
  (
    cd "$APP"
    # shellcheck disable=SC2086
    exec env MALLOC_ARENA_MAX=2 ROSTOK_HTTP_PORT="$PORT" ROSTOK_DB_URL="jdbc:postgresql://localhost:5432/$DB" ROSTOK_DEMO_SEED="${DEMO_SEED:-false}" \
      ROSTOK_ACCESS_LOG="${BENCH_ACCESS_LOG:-true}" java ${BENCH_JAVA_OPTS:-} $aot -jar quarkus-run.jar
  ) > "$WORK/backend.log" 2>&1 &
  BACKEND_PID=$!
  local started
  started=$(now)
  sleep 0.2
  # the subshell execs java; should a shell stay in between, follow it to the java process
  [[ "$(cat "/proc/$BACKEND_PID/comm" 2>/dev/null)" == java ]] || BACKEND_PID=$(pgrep -P "$BACKEND_PID" java || echo "$BACKEND_PID")
  until curl -fsS -o /dev/null --max-time 2 "http://localhost:$PORT/q/health/ready" 2>/dev/null; do
    kill -0 "$BACKEND_PID" 2>/dev/null || { tail -40 "$WORK/backend.log" >&2; die "the backend exited during start"; }
    [[ $(since "$started" | cut -d. -f1) -gt 180 ]] && { tail -40 "$WORK/backend.log" >&2; die "the backend did not get ready in 180 s"; }
    sleep 0.1
  done
  BACKEND_START_SECONDS=$(since "$started")
}

# The machine's CPU so far, in clock ticks of /proc/stat: "busy all" (busy: user, nice, system, irq, softirq; all adds
# idle and iowait). Two of them around a load say how busy the machine was.
machine_ticks() { awk '/^cpu / { b = $2 + $3 + $4 + $7 + $8; print b, b + $5 + $6 }' /proc/stat; }

# The JVM options the backend runs with everywhere (./rostok, the Docker image): backend/jvm.options, one per line.
java_opts() { grep -v '^#' "$ROOT/backend/jvm.options" | tr '\n' ' '; }

# Generates the national data set and loads it with COPY in one transaction.
# A generator that fails (e.g. without ../shared) ends the script with an invalid statement, so that psql rolls the
# whole load back instead of committing what came before; the benchmark stops with the generator's own message.
load_data_set() {
  local status=0
  rm -f "$WORK/gen.failed"
  { cat "$BENCH/sql/load-begin.sql"
    node "$BENCH/gen/generate.mjs" --schools "${BENCH_SCHOOLS:-40000}" --municipalities "${BENCH_MUNICIPALITIES:-2400}" 2> "$WORK/gen.json" \
      || { touch "$WORK/gen.failed"; printf '\\.\nSELECT the_data_set_generator_failed;\n'; }
    cat "$BENCH/sql/load-end.sql"
  } | psql -X -q -v ON_ERROR_STOP=1 > "$WORK/load.out" 2>&1 || status=$?
  if [[ -f "$WORK/gen.failed" ]]; then
    cat "$WORK/gen.json" >&2
    die "the data set generator failed (above); nothing was loaded"
  fi
  [[ $status -eq 0 ]] || { cat "$WORK/load.out" >&2; die "the load failed"; }
  [[ "$(psql -X -qtAc 'SELECT count(*) FROM school')" -gt 0 ]] || die "the load left no school in $DB"
}

# The national data set in $DB, shared by hot-paths.sh and school-page.sh: reused when $DB already holds it
# (BENCH_FRESH=1 loads it again), else loaded through a backend that is stopped again afterwards.
ensure_national_data_set() {
  local schools t0
  schools=$(psql -X -qtAc "SELECT count(*) FROM school" 2>/dev/null || echo 0)
  if [[ "${BENCH_FRESH:-}" != 1 && "$schools" -eq "${BENCH_SCHOOLS:-40000}" ]]; then
    say "work folder: $WORK; reusing the national data set in $DB ($schools schools; BENCH_FRESH=1 loads it again)"
    return
  fi
  say "work folder: $WORK; loading the national data set into $DB"
  recreate_database
  start_backend
  t0=$(now)
  load_data_set
  say "loaded in $(since "$t0") s"
  stop_backend
}

# Stops early, with the reason, when something a benchmark needs is missing: the commands named, the built backend
# in $APP_SRC, the realm on $KEYCLOAK_URL, a free $PORT.
preflight() {
  local cmd
  for cmd in "$@"; do command -v "$cmd" >/dev/null || die "$cmd is needed"; done
  [[ -f "$APP_SRC/quarkus-run.jar" ]] || die "no quarkus-run.jar in $APP_SRC (build the backend, or pass the quarkus-app folder)"
  curl -fsS -o /dev/null --max-time 5 "$KEYCLOAK_URL/realms/rostok" || die "Keycloak does not answer at $KEYCLOAK_URL (realm rostok)"
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then die "port $PORT is taken"; fi
}

recreate_database() {
  as_postgres psql -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER rostok" >/dev/null
}

# An access token of the demo administrator from Keycloak ($TOKEN_URL, set by the script).
token() {
  curl -fsS -d grant_type=password -d client_id=rostok-tests -d username=admin -d password=rostok "$TOKEN_URL" \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).access_token))'
}
