#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server for the tests, on a free
# loopback port in a temporary folder.
#   eval "$(bash scripts/pg-test.sh start)"   # sets KALM_TEST_POSTGRES, KALM_TEST_PGDATA
#   bash scripts/pg-test.sh stop "$KALM_TEST_PGDATA"
# When PostgreSQL cannot start it prints the reason to stderr and nothing
# to stdout, so the tests skip with that message.
set -euo pipefail

bindir=""
for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && bindir="$d"; done
if [ -z "$bindir" ] && command -v initdb >/dev/null 2>&1; then bindir="$(dirname "$(command -v initdb)")"; fi

as_pg() {
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
start)
	if [ -z "$bindir" ]; then
		echo "pg-test: PostgreSQL is not installed (apt-get install postgresql)" >&2
		exit 0
	fi
	dir="$(mktemp -d /tmp/kalm-pg.XXXXXX)"
	if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
	port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)"
	if ! as_pg "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >"$dir/initdb.log" 2>&1; then
		echo "pg-test: initdb failed: $(tail -1 "$dir/initdb.log")" >&2
		exit 0
	fi
	if ! as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
		-o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100" start >/dev/null 2>&1; then
		echo "pg-test: PostgreSQL did not start: $(tail -1 "$dir/server.log" 2>/dev/null)" >&2
		exit 0
	fi
	echo "export KALM_TEST_POSTGRES='postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable'"
	echo "export KALM_TEST_PGDATA='$dir'"
	;;
stop)
	dir="${2:-}"
	[ -n "$dir" ] && [ -d "$dir/data" ] || exit 0
	as_pg "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
	rm -rf "$dir"
	;;
*)
	echo "usage: pg-test.sh start | stop DIR" >&2
	exit 2
	;;
esac
