#!/usr/bin/env bash
# Lists the licence of every module go.mod requires (`make licenses`):
#   module version licence [shipped]
# "shipped" marks the modules compiled into kalm or kalm-server for one of
# the `make dist` targets. Exits 1 when a licence is missing, unknown or
# not permissive, so the check can run in CI.
#
#   scripts/licenses.sh            the table
#   scripts/licenses.sh --notices  the licence and notice texts of the shipped
#                                  modules, for THIRD-PARTY-LICENSES.txt in dist/
set -euo pipefail
cd "$(dirname "$0")/.."

targets="linux/amd64 windows/amd64 darwin/arm64"

# required lists the modules in go.mod's require directives.
required() {
	go mod edit -print | awk '
		/^require \($/ { block = 1; next }
		block && /^\)$/ { block = 0; next }
		block { print $1; next }
		/^require / { print $2 }'
}

# shipped lists the modules compiled into the programs on every target.
shipped() {
	for t in $targets; do
		GOOS=${t%/*} GOARCH=${t#*/} CGO_ENABLED=0 go list -deps \
			-f '{{with .Module}}{{if not .Main}}{{.Path}}{{end}}{{end}}' ./cmd/kalm ./cmd/kalm-server
	done | sort -u
}

# moddir prints where a module's source is, downloading it if need be.
moddir() {
	local dir
	dir=$(go list -m -f '{{.Dir}}' "$1" 2>/dev/null || true)
	if [ -z "$dir" ]; then
		go mod download "$1" >/dev/null 2>&1 || true
		dir=$(go list -m -f '{{.Dir}}' "$1" 2>/dev/null || true)
	fi
	echo "$dir"
}

# primary lists a module's own licence files (LICENSE, COPYING, UNLICENSE,
# with or without .md/.txt); extra lists the others (LICENSE-3RD-PARTY.md,
# NOTICE, ...), which cover parts of it.
primary() {
	find "$1" -maxdepth 1 -type f | grep -iE '/(licen[cs]e|copying|unlicense)(\.(md|txt))?$' | sort || true
}
extra() {
	find "$1" -maxdepth 1 -type f | grep -iE '/(licen[cs]e|copying|notice)[^/]*$' |
		grep -viE '/(licen[cs]e|copying|unlicense)(\.(md|txt))?$' | sort || true
}

# licence names the licences of a module's own licence files.
licence() {
	local dir=$1 found=() files text
	files=$(primary "$dir")
	if [ -z "$files" ]; then
		echo "NONE"
		return
	fi
	text=$(cat $files)
	grep -q "Apache License" <<<"$text" && grep -q "Version 2.0" <<<"$text" && found+=(Apache-2.0)
	grep -q "Permission is hereby granted, free of charge" <<<"$text" && found+=(MIT)
	if grep -q "Redistribution and use in source and binary forms" <<<"$text"; then
		if grep -qiE "Neither the name|names of its contributors" <<<"$text"; then found+=(BSD-3-Clause); else found+=(BSD-2-Clause); fi
	fi
	grep -q "Permission to use, copy, modify, and/or distribute" <<<"$text" && found+=(ISC)
	grep -qiE "free and unencumbered software|UNLICENSE" <<<"$text" && found+=(Unlicense)
	grep -q "Mozilla Public License" <<<"$text" && found+=(MPL-2.0)
	grep -qE "GNU (Lesser |Affero )?General Public License" <<<"$text" && found+=(GPL-family)
	if [ ${#found[@]} -eq 0 ]; then
		echo "UNKNOWN"
		return
	fi
	printf '%s\n' "${found[@]}" | sort -u | paste -sd, -
}

if [ "${1:-}" = "--notices" ]; then
	echo "Kalm is built with the following modules; their licences and notices follow."
	for m in $(shipped); do
		dir=$(moddir "$m")
		version=$(go list -m -f '{{.Version}}' "$m")
		printf '\n================================================================\n%s %s\n================================================================\n' "$m" "$version"
		for f in $(primary "$dir") $(extra "$dir"); do
			printf '\n--- %s\n\n' "$(basename "$f")"
			cat "$f"
		done
	done
	exit 0
fi

ship=$(shipped)
bad=0
printf '%-42s %-36s %-24s %-8s %s\n' module version licence shipped "also"
for m in $(required); do
	dir=$(moddir "$m")
	version=$(go list -m -f '{{.Version}}' "$m")
	if [ -z "$dir" ]; then
		lic="NOT-DOWNLOADED"
	else
		lic=$(licence "$dir")
	fi
	mark="-"
	grep -qxF "$m" <<<"$ship" && mark="shipped"
	also=""
	[ -n "$dir" ] && also=$(extra "$dir" | xargs -r -n1 basename | paste -sd, -)
	printf '%-42s %-36s %-24s %-8s %s\n' "$m" "$version" "$lic" "$mark" "$also"
	case "$lic" in
	NONE | UNKNOWN | NOT-DOWNLOADED | *GPL* | *MPL*) bad=1 ;;
	esac
done
if [ "$bad" -ne 0 ]; then
	echo "licenses: a module has no licence file, an unknown one or a copyleft one: check it before shipping" >&2
	exit 1
fi
