#!/usr/bin/env bash
# Runs the whole test suite after the same set-up as up.sh (services, dependencies, models,
# build, migrations). Tests make their own databases and stream prefixes, so they never touch
# the data of a running system. Extra arguments filter test files by path substring.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_system_packages
ensure_postgres
ensure_nats
ensure_node_modules
ensure_models
# A clean build: compiled files of renamed or deleted sources must not run as tests.
rm -rf "$ROOT/dist"
build
load_env_exports
migrate
cd "$ROOT"
exec node test/run.mjs "$@"
