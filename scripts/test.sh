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

echo "== go test"
race=""
if command -v gcc >/dev/null 2>&1; then race="-race"; fi
go test $race -count=1 ./...
