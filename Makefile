# Kalm's two everyday commands: `go run ./cmd/kalm` plays, `make test` tests.
.PHONY: test run deps fuzz bench

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
	go test -run '^$$' -fuzz FuzzScore -fuzztime $(FUZZTIME) ./scoring
	go test -run '^$$' -fuzz FuzzLoad -fuzztime $(FUZZTIME) ./scenarios
