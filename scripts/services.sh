#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster and Redis server for the tests, in a temp dir.
# Usage: source scripts/services.sh  (exports VYAPAR_TEST_POSTGRES_URL, VYAPAR_TEST_REDIS_URL
# and registers a cleanup trap). Installs the Debian packages when they are missing.

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  if [ -z "${_VYAPAR_APT_UPDATED:-}" ]; then
    as_root apt-get update -qq >/dev/null
    _VYAPAR_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# A free loopback port below the kernel's ephemeral range (32768-60999), where outgoing
# connections take their local ports, and below the tests' own (tests/ports.py: 21000+).
free_port() {
  python3 -c '
import random, socket
for port in random.sample(range(20000, 21000), 1000):
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            continue
    print(port)
    break
'
}

pg_bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$d" ] && [ -x "$d/initdb" ] && echo "$d"
}

VYAPAR_SERVICES_DIR=$(mktemp -d /tmp/vyapar-services.XXXXXX)
chmod 755 "$VYAPAR_SERVICES_DIR"

stop_services() {
  if [ -n "${VYAPAR_PG_DATA:-}" ] && [ -f "$VYAPAR_PG_DATA/postmaster.pid" ]; then
    $VYAPAR_PG_RUN "$VYAPAR_PG_BIN/pg_ctl" -D "$VYAPAR_PG_DATA" -m immediate stop >/dev/null 2>&1 || true
  fi
  if [ -f "$VYAPAR_SERVICES_DIR/redis.pid" ]; then
    kill "$(cat "$VYAPAR_SERVICES_DIR/redis.pid")" 2>/dev/null || true
  fi
  rm -rf "$VYAPAR_SERVICES_DIR"
}
trap stop_services EXIT

# PostgreSQL: initdb refuses to run as root, so the cluster belongs to `postgres`.
VYAPAR_PG_BIN=$(pg_bindir || true)
if [ -z "$VYAPAR_PG_BIN" ]; then
  echo "installing postgresql…"
  apt_install postgresql
  VYAPAR_PG_BIN=$(pg_bindir)
fi
VYAPAR_PG_DATA="$VYAPAR_SERVICES_DIR/pg"
mkdir -p "$VYAPAR_PG_DATA"
if [ "$(id -u)" = 0 ]; then
  chown postgres "$VYAPAR_PG_DATA"
  VYAPAR_PG_RUN="runuser -u postgres --"
  pg_user=postgres
else
  VYAPAR_PG_RUN=""
  pg_user=$(id -un)
fi
pg_port=$(free_port)
$VYAPAR_PG_RUN "$VYAPAR_PG_BIN/initdb" -D "$VYAPAR_PG_DATA" -U "$pg_user" --auth=trust \
  --encoding=UTF8 --locale=C.UTF-8 >"$VYAPAR_SERVICES_DIR/initdb.log" 2>&1 ||
  { cat "$VYAPAR_SERVICES_DIR/initdb.log"; exit 1; }
# Tests need no durability; VYAPAR_PG_DURABLE=1 keeps PostgreSQL's defaults (fsync on),
# as the benchmarks' published figures are measured.
pg_fast="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
[ "${VYAPAR_PG_DURABLE:-0}" = 1 ] && pg_fast=""
$VYAPAR_PG_RUN "$VYAPAR_PG_BIN/pg_ctl" -D "$VYAPAR_PG_DATA" -w -l "$VYAPAR_PG_DATA/server.log" \
  -o "-p $pg_port -k $VYAPAR_PG_DATA -c listen_addresses=127.0.0.1 $pg_fast \
      -c max_connections=300" start >/dev/null ||
  { cat "$VYAPAR_PG_DATA/server.log"; exit 1; }
$VYAPAR_PG_RUN "$VYAPAR_PG_BIN/createdb" -h 127.0.0.1 -p "$pg_port" -U "$pg_user" vyapar_test
export VYAPAR_TEST_POSTGRES_URL="postgresql+psycopg://$pg_user@127.0.0.1:$pg_port/vyapar_test"

# Redis.
if ! command -v redis-server >/dev/null 2>&1; then
  echo "installing redis-server…"
  apt_install redis-server
fi
redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
  --pidfile "$VYAPAR_SERVICES_DIR/redis.pid" --logfile "$VYAPAR_SERVICES_DIR/redis.log" >/dev/null
for _ in $(seq 50); do
  redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break
  sleep 0.1
done
export VYAPAR_TEST_REDIS_URL="redis://127.0.0.1:$redis_port/0"
echo "services: postgres on $pg_port, redis on $redis_port"
