#!/usr/bin/env bash
# Brings the whole system up on this machine: PostgreSQL and nats-server (JetStream) installed
# and started when missing, npm dependencies, model weights, build, migrations, streams, and the
# all-in-one app in the background. Safe to run again: it restarts the app on the new build.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_system_packages
ensure_postgres
ensure_nats
ensure_node_modules
ensure_models
build
load_env_exports
migrate
provision_streams

pidfile="$RUN_DIR/app.pid"
if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
  say "stopping the running app (pid $(cat "$pidfile"))"
  kill "$(cat "$pidfile")" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$(cat "$pidfile")" 2>/dev/null || break; sleep 0.1; done
fi
say "starting the all-in-one app (logs: $LOG_DIR/app.log)"
cd "$ROOT"
nohup node dist/apps/all-in-one/src/main.js >>"$LOG_DIR/app.log" 2>&1 &
echo $! > "$pidfile"
port="${SERVER_PORT:-8080}"
for _ in $(seq 1 300); do
  if curl -fs "http://127.0.0.1:$port/api/health/ready" >/dev/null 2>&1; then
    say "Resume RAG is up: http://127.0.0.1:$port  (API under /api, docs at /api/docs, metrics at /metrics)"
    exit 0
  fi
  kill -0 "$(cat "$pidfile")" 2>/dev/null || die "the app exited during start-up; see $LOG_DIR/app.log"
  sleep 0.2
done
curl -s "http://127.0.0.1:$port/api/health/ready" || true
die "the app did not become ready in 60 s; see $LOG_DIR/app.log"
