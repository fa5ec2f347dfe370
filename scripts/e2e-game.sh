#!/usr/bin/env bash
# End-to-end test of the game window: run under xvfb-run (no sound card).
# Starts KALM on the Für Elise call, picks up, types a reply with xdotool
# (and pastes more with Ctrl+V when E2E_PASTE is set and xclip exists),
# sends it and waits for the result file the game writes (with
# E2E_FINISH set, goes on replying until the call ends and the debrief
# shows), then takes a screenshot and quits with Escape. The player's
# files live in E2E_HOME (default OUTDIR). The window title names the screen, so
# the script waits for each screen rather than for fixed times. Keys
# are tapped (down and up at once): a tap shorter than a frame counts. The Go test
# cmd/kalm/e2e_game_test.go builds the binary, runs this and checks files.
# Usage: xvfb-run -a -s "-screen 0 1280x1024x24" scripts/e2e-game.sh KALM OUTDIR
set -euo pipefail
kalm=$1
out=$2
reply=${E2E_REPLY:-"I'm so sorry, I understand how annoying this is."}

home=${E2E_HOME:-$out}

# answers says whether the X server on $DISPLAY takes a connection.
answers() { xdotool getdisplaygeometry >/dev/null 2>&1; }

# xvfb-run waits for Xvfb to say it is ready; check that a client can
# really connect before the game tries, and say so plainly when not.
for _ in $(seq 1 100); do
	answers && break
	sleep 0.1
done
if ! answers; then
	echo "e2e: the X server on DISPLAY=${DISPLAY:-} does not answer (XAUTHORITY=${XAUTHORITY:-})" >&2
	exit 1
fi

# start runs the game in the background; its pid is in $pid.
start() {
	"$kalm" --scenario fur-elise --lang en --name e2e --mute --size 1024x700 \
		--result "$out/result.json" --home "$home" --timing 2>"$out/stderr.txt" &
	pid=$!
}
start
trap 'kill $pid 2>/dev/null || true' EXIT

# press taps a key: pressed and released at once, between two frames
# (the game must count a tap shorter than a frame, as a quick typist's
# on a slow desk is), then waits a moment.
press() {
	xdotool keydown "$1" keyup "$1"
	sleep 0.2
}

# window prints the id of the game window whose title matches $1.
window() { xdotool search --name "$1" 2>/dev/null | head -1 || true; }

# waitfor waits up to $2 tenths of a second for a window titled $1.
waitfor() {
	for _ in $(seq 1 "$2"); do
		[ -n "$(window "$1")" ] && return 0
		sleep 0.1
	done
	return 1
}

# appeared waits for the game's window; it fails early when the game
# has already stopped.
appeared() {
	for _ in $(seq 1 150); do
		[ -n "$(window '^Kalm')" ] && return 0
		kill -0 $pid 2>/dev/null || return 1
		sleep 0.1
	done
	return 1
}
if ! appeared && ! kill -0 $pid 2>/dev/null && grep -q 'no display' "$out/stderr.txt" && answers; then
	# The game could not open a display the server answers on: say so
	# (the Go test logs it) and start it once more.
	echo "e2e: retried: the game stopped with: $(cat "$out/stderr.txt")" >"$out/retried.txt"
	sleep 1
	start
	appeared || true
fi
if [ -z "$(window '^Kalm')" ]; then
	echo "e2e: the game window did not appear on DISPLAY=${DISPLAY:-}" >&2
	answers && echo "e2e: the X server answers" >&2 || echo "e2e: the X server does not answer" >&2
	cat "$out/stderr.txt" >&2
	exit 1
fi
wid=$(window '^Kalm')
xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
sleep 0.5
for _ in 1 2 3 4 5; do # pick up: the hold ends
	waitfor 'On the line' 5 && break
	press Return
done
if ! waitfor 'On the line' 100; then
	echo "e2e: the call did not start" >&2
	exit 1
fi
sleep 0.5
xdotool type --delay "${E2E_DELAY:-15}" "$reply"
if [ -n "${E2E_PASTE:-}" ]; then # paste more words with Ctrl+V
	printf '%s' "$E2E_PASTE" | xclip -selection clipboard -loops 1
	xdotool keydown ctrl
	sleep 0.1
	press v
	xdotool keyup ctrl
	sleep 1 # the clipboard is read in the background
fi
# Send (a blank reply is never sent twice). The number of Enter presses
# it took is kept for the test: one, unless the game dropped a key.
presses=0
for _ in 1 2 3 4 5; do
	press Return
	presses=$((presses + 1))
	for _ in $(seq 1 30); do
		[ -s "$out/result.json" ] && break 2
		sleep 0.1
	done
done
echo "$presses" >"$out/presses.txt"
if [ -n "${E2E_FINISH:-}" ]; then # reply until the call ends, then the debrief
	for _ in $(seq 1 30); do
		waitfor 'Debrief' 1 && break
		xdotool type --delay "${E2E_DELAY:-15}" "$reply"
		sleep 0.3
		press Return
		sleep 0.4
	done
	if ! waitfor 'Debrief' 50; then
		echo "e2e: the call did not end in the debrief" >&2
		exit 1
	fi
fi
sleep 0.3
import -window root "$out/screen.png" 2>/dev/null || true
for _ in $(seq 1 12); do # hang up (Esc asks, Esc again hangs up), the title, quit
	kill -0 $pid 2>/dev/null || break
	press Escape
done
for _ in $(seq 1 50); do
	kill -0 $pid 2>/dev/null || break
	sleep 0.1
done
if kill -0 $pid 2>/dev/null; then
	echo "e2e: the game did not quit on Escape" >&2
	exit 1
fi
trap - EXIT
wait $pid
