#!/usr/bin/env bash
# Installs PostgreSQL if it is missing, then starts a throw-away server for the test suite on
# 127.0.0.1:${MBCNAV_PG_PORT:-54329} with database mbcnav_test owned by user mbcnav (password mbcnav).
# The tests' default MBCNAV_TEST_PG_URL points there, so nothing needs exporting after this script.
# Idempotent: a server already answering on the port is left as it is. Stop it with
#   runuser -u postgres -- pg_ctl -D "${MBCNAV_PG_DIR:-/tmp/mbcnav-pg}/data" stop
set -euo pipefail
port="${MBCNAV_PG_PORT:-54329}"
dir="${MBCNAV_PG_DIR:-/tmp/mbcnav-pg}"

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
bin="$(find_bin)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "postgres.sh: installing PostgreSQL from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  bin="$(find_bin)"
fi
id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  echo "postgres.sh: a server already answers on 127.0.0.1:$port" >&2
else
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_pg "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 >"$dir/initdb.log"
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
fi
psql_pg() { as_pg psql -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ "$(psql_pg -c "SELECT 1 FROM pg_roles WHERE rolname='mbcnav'")" != 1 ]; then
  psql_pg -c "CREATE ROLE mbcnav LOGIN PASSWORD 'mbcnav' CREATEDB"
fi
if [ "$(psql_pg -c "SELECT 1 FROM pg_database WHERE datname='mbcnav_test'")" != 1 ]; then
  psql_pg -c "CREATE DATABASE mbcnav_test OWNER mbcnav"
fi
echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') ready at jdbc:postgresql://127.0.0.1:$port/mbcnav_test" >&2
