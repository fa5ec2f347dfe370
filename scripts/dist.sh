#!/usr/bin/env bash
# Builds the game (kalm) and the team server (kalm-server) for the desks
# (`make dist`): linux/amd64, windows/amd64 and darwin/arm64, into dist/,
# with SHA-256 checksums in dist/SHA256SUMS and the licences of the modules
# they are built with in dist/THIRD-PARTY-LICENSES.txt.
#
# Everything is built without cgo: Ebitengine draws and plays sound through
# pure Go on Linux (X11), Windows and macOS (purego), and the server's SQLite
# is modernc.org/sqlite (Go). The macOS binaries are not signed; see the
# README for opening them the first time.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=${DIST_TARGETS:-"linux/amd64 windows/amd64 darwin/arm64"}
out=dist
vcs=false
if command -v git >/dev/null 2>&1 && git rev-parse --git-dir >/dev/null 2>&1; then
	vcs=true # the commit goes into the binaries for `kalm version`
fi

rm -rf "$out"
mkdir -p "$out"
for t in $targets; do
	os=${t%/*}
	arch=${t#*/}
	ext=""
	[ "$os" = windows ] && ext=".exe"
	for prog in kalm kalm-server; do
		name="$prog-$os-$arch$ext"
		echo "== $name"
		CGO_ENABLED=0 GOOS=$os GOARCH=$arch go build -trimpath -buildvcs=$vcs -ldflags="-s -w" \
			-o "$out/$name" "./cmd/$prog"
	done
done
cp LICENSE "$out/LICENSE.txt"
bash scripts/licenses.sh --notices >"$out/THIRD-PARTY-LICENSES.txt"
(cd "$out" && sha256sum -- * >SHA256SUMS)
echo "== $out/SHA256SUMS"
cat "$out/SHA256SUMS"
