#!/usr/bin/env bash
# Local Keycloak for Rostok (realm "rostok", http://localhost:8180).
#
#   keycloak/keycloak.sh fetch   download + unpack Keycloak 26.7.3 into .cache/ and run `kc.sh build` once
#   keycloak/keycloak.sh start   start in the background (imports keycloak/rostok-realm.json if the realm is new)
#   keycloak/keycloak.sh stop    stop it
#   keycloak/keycloak.sh reset   stop and delete its data (the next start imports the realm again)
#   keycloak/keycloak.sh status  say whether it answers
#
# Environment: KEYCLOAK_PORT (8180), KEYCLOAK_MGMT_PORT (9180, health at /health/ready),
#              KEYCLOAK_DATA (.cache/keycloak-data), JAVA_HOME (else `java` from PATH).
# Realm import: kc.sh only imports from <keycloak home>/data/import; that path is made a symlink to this
# folder (keycloak/), and Keycloak reads only files named <realm>-realm.json there, i.e. rostok-realm.json.
# The import strategy skips realms that already exist, so the data survives restarts.
set -euo pipefail

KC_VERSION=26.7.3
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
ROOT="$(cd "$SCRIPT_DIR/.." && pwd -P)"
CACHE="$ROOT/.cache"
KC_HOME="$CACHE/keycloak-$KC_VERSION"
KC_TARBALL="$CACHE/keycloak-quarkus-dist-$KC_VERSION.tar.gz"
PORT="${KEYCLOAK_PORT:-8180}"
MGMT_PORT="${KEYCLOAK_MGMT_PORT:-9180}"
DATA="${KEYCLOAK_DATA:-$CACHE/keycloak-data}"
LOG="$CACHE/keycloak.log"
PID_FILE="$CACHE/keycloak.pid"
START_TIMEOUT=180
# Build-time options; a change here triggers a rebuild on the next fetch/start.
BUILD_OPTS=(--db=dev-file --health-enabled=true --metrics-enabled=false)
BUILD_STAMP="$KC_HOME/.rostok-build"
WELL_KNOWN="http://localhost:$PORT/realms/rostok/.well-known/openid-configuration"

log() { printf 'keycloak: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

java_bin() {
  if [[ -n "${JAVA_HOME:-}" ]]; then
    [[ -x "$JAVA_HOME/bin/java" ]] || die "JAVA_HOME=$JAVA_HOME has no bin/java"
    echo "$JAVA_HOME/bin/java"
  else
    command -v java >/dev/null 2>&1 || die "java not found (install JDK 17+ or set JAVA_HOME)"
    command -v java
  fi
}

answers() { curl -fsS -o /dev/null --max-time 3 "$WELL_KNOWN" 2>/dev/null; }

cmd_fetch() {
  mkdir -p "$CACHE"
  if [[ ! -x "$KC_HOME/bin/kc.sh" ]]; then
    if [[ ! -s "$KC_TARBALL" ]] || ! gzip -t "$KC_TARBALL" 2>/dev/null; then
      log "downloading org.keycloak:keycloak-quarkus-dist:$KC_VERSION:tar.gz with Maven"
      rm -f "$KC_TARBALL"
      mvn -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:tar.gz" \
        -DoutputDirectory="$CACHE" || die "Maven download failed"
      [[ -s "$KC_TARBALL" ]] || die "expected $KC_TARBALL after download"
    fi
    log "unpacking $(basename "$KC_TARBALL")"
    local tmp
    tmp="$(mktemp -d "$CACHE/keycloak-unpack.XXXXXX")"
    tar -xzf "$KC_TARBALL" -C "$tmp"
    [[ -x "$tmp/keycloak-$KC_VERSION/bin/kc.sh" ]] || { rm -rf "$tmp"; die "unexpected tarball layout"; }
    rm -rf "$KC_HOME"
    mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
    rmdir "$tmp"
  fi
  if [[ "$(cat "$BUILD_STAMP" 2>/dev/null || true)" != "${BUILD_OPTS[*]}" ]]; then
    java_bin >/dev/null
    log "kc.sh build ${BUILD_OPTS[*]} (once; later starts use --optimized)"
    "$KC_HOME/bin/kc.sh" build "${BUILD_OPTS[@]}" >"$CACHE/keycloak-build.log" 2>&1 \
      || { tail -n 30 "$CACHE/keycloak-build.log" >&2; die "kc.sh build failed (see $CACHE/keycloak-build.log)"; }
    printf '%s\n' "${BUILD_OPTS[*]}" >"$BUILD_STAMP"
  fi
  log "ready: $KC_HOME"
}

# The java process started by kc.sh (kc.sh runs java as a child, or execs it after a re-augmentation).
find_java_pid() {
  local spid="$1" p
  if grep -qa QuarkusEntryPoint "/proc/$spid/cmdline" 2>/dev/null; then echo "$spid"; return 0; fi
  for p in $(pgrep -P "$spid" 2>/dev/null || true); do
    if grep -qa QuarkusEntryPoint "/proc/$p/cmdline" 2>/dev/null; then echo "$p"; return 0; fi
  done
  return 1
}

# Pid of our running Keycloak java process: from the pid file, else the java process of this very
# installation (matched by its exact -Dkc.home.dir, so no other Keycloak is touched).
running_pid() {
  local pid=""
  [[ -f "$PID_FILE" ]] && pid="$(cat "$PID_FILE")"
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && grep -qa QuarkusEntryPoint "/proc/$pid/cmdline" 2>/dev/null; then
    echo "$pid"; return 0
  fi
  pid="$(pgrep -f -- "-Dkc.home.dir=$KC_HOME/bin/\\.\\. .*QuarkusEntryPoint" | head -n 1 || true)"
  [[ -n "$pid" ]] && { echo "$pid"; return 0; }
  return 1
}

cmd_start() {
  if answers; then
    log "already running: $WELL_KNOWN answers"
    return 0
  fi
  if running_pid >/dev/null; then
    die "a Keycloak from $PID_FILE (pid $(cat "$PID_FILE")) is running but $WELL_KNOWN does not answer; run '$0 stop' first"
  fi
  cmd_fetch
  local java
  java="$(java_bin)"
  mkdir -p "$DATA" "$KC_HOME/data"
  # kc.sh --import-realm reads <home>/data/import; point it at this folder (only *-realm.json files are read).
  if [[ "$(readlink "$KC_HOME/data/import" 2>/dev/null || true)" != "$SCRIPT_DIR" ]]; then
    rm -rf "$KC_HOME/data/import"
    ln -s "$SCRIPT_DIR" "$KC_HOME/data/import"
  fi
  log "starting on port $PORT (data: $DATA, log: $LOG, java: $java)"
  local t0=$SECONDS spid jpid=""
  : >"$LOG"
  # setsid: own session, so the server outlives the calling shell / CI step.
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
    setsid "$KC_HOME/bin/kc.sh" start --optimized --import-realm \
      --http-enabled=true --http-port="$PORT" --http-management-port="$MGMT_PORT" \
      --hostname-strict=false \
      --db-url="jdbc:h2:file:$DATA/h2/keycloakdb;NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=0" \
      </dev/null >>"$LOG" 2>&1 &
  spid=$!
  while (( SECONDS - t0 < START_TIMEOUT )); do
    if [[ -z "$jpid" ]]; then
      jpid="$(find_java_pid "$spid" || true)"
      [[ -n "$jpid" ]] && echo "$jpid" >"$PID_FILE"
    fi
    if answers; then
      log "up after $(( SECONDS - t0 )) s: $WELL_KNOWN (admin console http://localhost:$PORT/admin, admin/admin)"
      return 0
    fi
    if ! kill -0 "$spid" 2>/dev/null && { [[ -z "$jpid" ]] || ! kill -0 "$jpid" 2>/dev/null; }; then
      tail -n 40 "$LOG" >&2
      rm -f "$PID_FILE"
      die "Keycloak exited during startup (log: $LOG)"
    fi
    sleep 1
  done
  tail -n 40 "$LOG" >&2
  die "Keycloak did not answer $WELL_KNOWN within $START_TIMEOUT s (still running, pid ${jpid:-?}; log: $LOG)"
}

cmd_stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    log "not running (no live pid in $PID_FILE)"
    return 0
  fi
  log "stopping pid $pid"
  kill -TERM "$pid" 2>/dev/null || true
  local i
  for (( i = 0; i < 60; i++ )); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "still alive after 30 s, sending KILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_reset() {
  cmd_stop
  log "removing $DATA"
  rm -rf "$DATA"
}

cmd_status() {
  if answers; then log "running: $WELL_KNOWN answers"; else log "not answering on port $PORT"; return 1; fi
}

case "${1:-}" in
  fetch) cmd_fetch ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  reset) cmd_reset ;;
  status) cmd_status ;;
  *) echo "usage: $0 fetch|start|stop|reset|status" >&2; exit 2 ;;
esac
