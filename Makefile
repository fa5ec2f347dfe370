# Kalm's two everyday commands: `go run ./cmd/kalm` plays, `make test` tests.
.PHONY: test run deps fuzz bench licenses dist

test:
	bash scripts/test.sh

run:
	go run ./cmd/kalm

# deps installs what the tests need on a fresh Debian machine (as root).
deps:
	bash scripts/deps.sh

bench:
	go test -run '^$$' -bench . -benchmem ./...

# fuzz runs each fuzz target for FUZZTIME (default 60s).
FUZZTIME ?= 60s
fuzz:
	go test -run '^$$' -fuzz '^FuzzScore$$' -fuzztime $(FUZZTIME) ./scoring
	go test -run '^$$' -fuzz '^FuzzScoreTurn$$' -fuzztime $(FUZZTIME) ./scoring
	go test -run '^$$' -fuzz FuzzParseModel -fuzztime $(FUZZTIME) ./scoring
	go test -run '^$$' -fuzz FuzzLoad -fuzztime $(FUZZTIME) ./scenarios

# licenses lists every module go.mod requires with its licence; it fails
# on a missing, unknown or copyleft one.
licenses:
	bash scripts/licenses.sh

# dist builds kalm and kalm-server for Linux, Windows and macOS into dist/
# with SHA-256 checksums (not part of `make test`).
dist:
	bash scripts/dist.sh
