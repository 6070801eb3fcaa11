# Shared set-up steps for up.sh and test.sh. Every step checks before it acts, so running
# it twice is harmless. Data lives under $DATA_DIR (default: <repo>/.data).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA_DIR="${DATA_DIR:-$ROOT/.data}"
RUN_DIR="$DATA_DIR/run"
LOG_DIR="$DATA_DIR/logs"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-55432}"
export POSTGRES_USER="${POSTGRES_USER:-resume_rag}" POSTGRES_PASSWORD="${POSTGRES_PASSWORD:-resume_rag}"
export POSTGRES_DB="${POSTGRES_DB:-resume_rag}"
export NATS_PORT="${NATS_PORT:-54222}" NATS_MONITOR_PORT="${NATS_MONITOR_PORT:-58222}"
export NATS_URL="${NATS_URL:-nats://127.0.0.1:$NATS_PORT}"
export NATS_SERVER_VERSION="${NATS_SERVER_VERSION:-v2.12.2}"
export ONNXRUNTIME_NODE_INSTALL=skip ONNXRUNTIME_NODE_INSTALL_CUDA=skip
mkdir -p "$DATA_DIR" "$RUN_DIR" "$LOG_DIR"

say() { printf '\033[1m==>\033[0m %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

apt_updated=0
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] || die "need root to install ${missing[*]} (or install them yourself)"
  if [ $apt_updated -eq 0 ]; then apt-get update -qq; apt_updated=1; fi
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_system_packages() {
  apt_install postgresql chromium python3-venv ca-certificates
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

ensure_postgres() {
  local bin pgdata="$DATA_DIR/postgres"
  bin="$(pg_bin)"; [ -n "$bin" ] || die "PostgreSQL binaries not found after install"
  if ! [ -f "$pgdata/PG_VERSION" ]; then
    say "initialising PostgreSQL cluster in $pgdata (port $PGPORT)"
    mkdir -p "$pgdata"; chown postgres:postgres "$pgdata"; chmod 700 "$pgdata"
    local pwfile; pwfile="$(mktemp)"; echo "$POSTGRES_PASSWORD" > "$pwfile"; chown postgres "$pwfile"
    runuser -u postgres -- "$bin/initdb" -D "$pgdata" -U "$POSTGRES_USER" --pwfile="$pwfile" \
      --auth-host=scram-sha-256 --auth-local=peer -E UTF8 --locale=C.UTF-8 >"$LOG_DIR/initdb.log"
    rm -f "$pwfile"
    cat >> "$pgdata/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PGPORT
unix_socket_directories = '$RUN_DIR'
max_connections = 300
shared_buffers = 256MB
fsync = on
CONF
  fi
  touch "$LOG_DIR/postgres.log"; chown postgres:postgres "$RUN_DIR" "$pgdata" "$LOG_DIR/postgres.log"
  if ! runuser -u postgres -- "$bin/pg_ctl" -D "$pgdata" status >/dev/null 2>&1; then
    say "starting PostgreSQL on 127.0.0.1:$PGPORT"
    runuser -u postgres -- "$bin/pg_ctl" -D "$pgdata" -l "$LOG_DIR/postgres.log" -w -t 60 start >/dev/null
  fi
  PGPASSWORD="$POSTGRES_PASSWORD" psql -h "$PGHOST" -p "$PGPORT" -U "$POSTGRES_USER" -d postgres -tAq \
    -c "SELECT 1 FROM pg_database WHERE datname='$POSTGRES_DB'" | grep -q 1 ||
    PGPASSWORD="$POSTGRES_PASSWORD" psql -h "$PGHOST" -p "$PGPORT" -U "$POSTGRES_USER" -d postgres -q \
      -c "CREATE DATABASE \"$POSTGRES_DB\""
}

nats_binary() {
  # A current server (2.12) built from the Go module proxy; Debian's 2.9 as the fallback.
  local own="$DATA_DIR/bin/nats-server"
  if [ -x "$own" ] && "$own" --version 2>/dev/null | grep -q "${NATS_SERVER_VERSION}"; then echo "$own"; return; fi
  if command -v go >/dev/null 2>&1; then
    say "building nats-server $NATS_SERVER_VERSION with go install (first run only)" >&2
    if GOBIN="$DATA_DIR/bin" GOFLAGS=-mod=mod go install "github.com/nats-io/nats-server/v2@$NATS_SERVER_VERSION" >"$LOG_DIR/nats-build.log" 2>&1; then
      echo "$own"; return
    fi
    say "go install failed (see $LOG_DIR/nats-build.log); using Debian's nats-server" >&2
  fi
  apt_install nats-server >&2
  command -v nats-server
}

ensure_nats() {
  local store="$DATA_DIR/nats" conf="$DATA_DIR/nats/nats.conf" bin pidfile="$RUN_DIR/nats.pid"
  mkdir -p "$store"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then return 0; fi
  bin="$(nats_binary)"
  cat > "$conf" <<CONF
listen: 127.0.0.1:$NATS_PORT
http: 127.0.0.1:$NATS_MONITOR_PORT
max_payload: 8MB
jetstream {
  store_dir: "$store"
  max_file_store: 20GB
  max_memory_store: 512MB
}
CONF
  if "$bin" --version | grep -qE 'v2\.(1[0-9])'; then
    # fsync cadence; 'always' trades throughput for surviving a power cut (see README).
    sed -i "s|^  max_memory_store.*|&\n  sync_interval: ${NATS_SYNC_INTERVAL:-2m}|" "$conf"
  fi
  say "starting nats-server ($("$bin" --version)) with JetStream on 127.0.0.1:$NATS_PORT"
  nohup "$bin" -c "$conf" -P "$pidfile" >>"$LOG_DIR/nats.log" 2>&1 &
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$NATS_MONITOR_PORT/healthz?js-enabled-only=true" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  die "nats-server did not become healthy; see $LOG_DIR/nats.log"
}

ensure_node_modules() {
  local stamp="$ROOT/node_modules/.install-stamp"
  if [ ! -f "$stamp" ] || [ "$ROOT/package-lock.json" -nt "$stamp" ]; then
    say "installing npm dependencies"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
    touch "$stamp"
  fi
}

ensure_models() {
  if [ -f "$ROOT/deploy/local/fetch-models.sh" ]; then bash "$ROOT/deploy/local/fetch-models.sh"; fi
}

build() {
  say "building TypeScript"
  (cd "$ROOT" && npm run -s build)
}

migrate() {
  say "applying migrations to $POSTGRES_DB"
  (cd "$ROOT" && node dist/libs/db/src/cli/migrate.js)
}

provision_streams() {
  say "provisioning JetStream streams"
  (cd "$ROOT" && node dist/libs/messaging/src/cli/provision.js)
}

load_env_exports() {
  export DATABASE_HOST="$PGHOST" DATABASE_PORT="$PGPORT" DATABASE_USER="$POSTGRES_USER"
  export DATABASE_NAME="$POSTGRES_DB" NATS_URL DATA_DIR
}
