#!/usr/bin/env bash
# The whole test suite, as run by `make test` and by CI.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh

echo "== gofmt"
unformatted=$(gofmt -l .)
if [ -n "$unformatted" ]; then
	echo "gofmt: these files need formatting:" >&2
	echo "$unformatted" >&2
	exit 1
fi

echo "== go vet"
go vet ./...

echo "== windows build"
GOOS=windows go build -o /dev/null ./cmd/kalm

echo "== kalm-server: no Ebiten, builds without cgo"
if go list -deps ./cmd/kalm-server | grep -q ebiten; then
	echo "kalm-server must not import Ebiten" >&2
	exit 1
fi
CGO_ENABLED=0 go build -o /dev/null ./cmd/kalm-server

echo "== PostgreSQL for the leaderboard tests"
if [ -z "${KALM_TEST_POSTGRES:-}" ]; then
	eval "$(bash scripts/pg-test.sh start)"
	if [ -n "${KALM_TEST_PGDATA:-}" ]; then
		trap 'bash scripts/pg-test.sh stop "$KALM_TEST_PGDATA"' EXIT
	fi
fi
if [ -n "${KALM_TEST_POSTGRES:-}" ]; then
	echo "PostgreSQL at $KALM_TEST_POSTGRES"
else
	echo "PostgreSQL could not start: its tests will skip" >&2
fi

echo "== go test"
race=""
if command -v gcc >/dev/null 2>&1; then race="-race"; fi
go test $race -count=1 ./...
