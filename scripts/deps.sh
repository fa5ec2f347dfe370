#!/usr/bin/env bash
# Installs what the test suite needs and a fresh Debian machine lacks.
# Safe to run again: it installs only what is missing. Needs root (or sudo)
# for apt-get; without either it says what is missing and carries on.
set -euo pipefail

need=()
have() { command -v "$1" >/dev/null 2>&1; }
have gcc || need+=(gcc)          # go test -race needs cgo
# The leaderboard server's tests: a real PostgreSQL and headless Chromium.
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || have initdb || need+=(postgresql)
have chromium || have chromium-browser || need+=(chromium)
# The game's end-to-end test: a virtual display with software OpenGL,
# xdotool to type, xclip to paste, ImageMagick's import for a screenshot.
have xvfb-run || need+=(xvfb)
have xauth || need+=(xauth)
have xdotool || need+=(xdotool)
have xclip || need+=(xclip)   # owns the clipboard for the paste test
have import || need+=(imagemagick)
dpkg -s libgl1-mesa-dri >/dev/null 2>&1 || need+=(libgl1-mesa-dri)

if [ ${#need[@]} -eq 0 ]; then
	exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
	if have sudo; then sudo="sudo"; else
		echo "deps: missing ${need[*]}; run as root to install them" >&2
		exit 0
	fi
fi
echo "deps: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
