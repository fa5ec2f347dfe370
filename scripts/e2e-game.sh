#!/usr/bin/env bash
# End-to-end test of the game window: run under xvfb-run (no sound card).
# Starts KALM on the Für Elise call, picks up, types a reply with xdotool,
# sends it and waits for the result file the game writes, then takes a
# screenshot and quits with Escape. The Go test cmd/kalm/e2e_game_test.go
# builds the binary, runs this script and checks the files.
# Usage: xvfb-run -a -s "-screen 0 1280x1024x24" scripts/e2e-game.sh KALM OUTDIR
set -euo pipefail
kalm=$1
out=$2
reply=${E2E_REPLY:-"I'm so sorry, I understand how annoying this is."}

"$kalm" --scenario fur-elise --lang en --name e2e --mute --size 1024x700 \
	--result "$out/result.json" --results "$out/results.json" --timing 2>"$out/stderr.txt" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT

# press holds a key for a moment: a press and release between two frames
# would go unseen, as it would for a person too quick for the screen.
press() {
	xdotool keydown "$1"
	sleep 0.15
	xdotool keyup "$1"
	sleep 0.3
}

wid=""
for _ in $(seq 1 150); do
	wid=$(xdotool search --name '^Kalm$' 2>/dev/null | head -1 || true)
	[ -n "$wid" ] && break
	sleep 0.1
done
if [ -z "$wid" ]; then
	echo "e2e: the game window did not appear" >&2
	cat "$out/stderr.txt" >&2
	exit 1
fi
xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
sleep 1
press Return # pick up: the hold ends
sleep 2
xdotool type --delay ${E2E_DELAY:-15} "$reply"
if [ -n "${E2E_PASTE:-}" ]; then # paste more words with Ctrl+V
	printf '%s' "$E2E_PASTE" | xclip -selection clipboard -loops 1
	xdotool keydown ctrl
	sleep 0.1
	press v
	xdotool keyup ctrl
	sleep 0.5
fi
sleep 1
press Return # send
for _ in $(seq 1 100); do
	[ -s "$out/result.json" ] && break
	sleep 0.1
done
sleep 0.3
import -window root "$out/screen.png" 2>/dev/null || true
press Escape # hang up: debrief
press Escape # title
press Escape # quit
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
