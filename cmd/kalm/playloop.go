package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"

	"kalm/scenarios/engine"
	"kalm/scoring"
)

// clock is the time `kalm play` reads and waits on; tests pass a fake.
type clock struct {
	now   func() time.Time
	after func(time.Duration) <-chan time.Time
	// tick returns a channel that ticks every d, and a function that
	// stops it.
	tick func(d time.Duration) (<-chan time.Time, func())
}

func realClock() clock { return clock{now: time.Now, after: time.After, tick: realTick} }

// realTick ticks with a time.Ticker.
func realTick(d time.Duration) (<-chan time.Time, func()) {
	t := time.NewTicker(d)
	return t.C, t.Stop
}

// typed is one line the player typed and when it arrived; err is set on
// the last line (io.EOF at the end of the input).
type typed struct {
	text    string
	tooLong bool
	at      time.Time
	err     error
}

// readReplies sends each line of r, stamped by now, until the input ends
// or done is closed. Reading runs beside the customer's speaking, so a
// reply typed while they still talk is seen as early.
func readReplies(r io.Reader, now func() time.Time, done <-chan struct{}) <-chan typed {
	ch := make(chan typed)
	go func() {
		defer close(ch)
		br := bufio.NewReaderSize(r, 1<<16)
		for {
			line, tooLong, err := readLine(br)
			select {
			case ch <- typed{text: string(line), tooLong: tooLong, at: now(), err: err}:
			case <-done:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return ch
}

// play reads replies until the call ends or the input does and prints
// each turn; it returns an exit code. With --watch it reloads the pack
// while it waits for a reply.
func (p *textPlayer) play(in io.Reader, errw io.Writer, now func() time.Time) int {
	done := make(chan struct{})
	defer close(done)
	replies := readReplies(in, now, done)
	p.now = now
	p.shown = now()
	next, early := p.speak(p.conv.Lines(), replies)
	if !early {
		next, early = p.silence(p.conv, replies)
	}
	for !p.conv.Ended() {
		if !early {
			var ok bool
			if next, ok = p.await(replies, errw); !ok {
				return exitOK
			}
		}
		early = false
		reply := strings.TrimSpace(next.text)
		if next.tooLong || scoring.TooLong(reply) {
			fmt.Fprintf(errw, "kalm play: that reply is longer than %d bytes and was not sent; say it in fewer words\n", scoring.MaxReplyBytes)
			reply = ""
		}
		if reply != "" {
			t, err := p.conv.Reply(reply, int(next.at.Sub(p.shown)/time.Millisecond))
			if err != nil {
				fmt.Fprintf(errw, "kalm play: %v\n", err)
				return exitFindings
			}
			p.turn(t)
			p.shown = now()
			if next.err == nil {
				next, early = p.speak(t.Lines, replies)
				continue
			}
			p.speak(t.Lines, nil)
		}
		if next.err != nil {
			if next.err != io.EOF {
				fmt.Fprintf(errw, "kalm play: reading a reply: %v\n", next.err)
				return exitFindings
			}
			return exitOK
		}
	}
	return exitOK
}

// await waits for the next reply. With --watch, each tick meanwhile
// looks at the pack's files and reloads the pack when they changed.
func (p *textPlayer) await(replies <-chan typed, errw io.Writer) (typed, bool) {
	var ticks <-chan time.Time
	if p.watch != nil {
		ticks = p.watch.ticks
	}
	for {
		select {
		case r, ok := <-replies:
			return r, ok
		case <-ticks:
			if p.watch.changed() {
				p.reload(errw)
			}
		}
	}
}

// speak prints the customer's lines. With timing on it prints them at
// talking pace and stops when the player replies early: that reply is
// returned with true (the rest of the lines are left unsaid).
func (p *textPlayer) speak(ls []engine.Line, replies <-chan typed) (typed, bool) {
	for i, l := range ls {
		fmt.Fprintf(p.w, "%s: %s\n", p.sc.Customer.Name, l.Text)
		if p.pace == nil || replies == nil {
			continue
		}
		more := "…"
		if i == len(ls)-1 {
			more = ""
		}
		select {
		case <-p.pace(time.Duration(l.SpeakMS) * time.Millisecond):
		case r, ok := <-replies:
			if !ok {
				return typed{err: io.EOF}, true
			}
			if strings.TrimSpace(r.text) != "" {
				fmt.Fprintf(p.w, "  (%s%s)\n", p.t("speaking.cut"), more)
			}
			return r, true
		}
	}
	if p.prompt {
		fmt.Fprint(p.w, "> ")
	}
	return typed{}, false
}

// silence waits, with timing on, through the magic silence after the
// opening rant: when the player keeps quiet long enough the customer asks
// whether anyone is there. A reply during the wait is returned with true.
func (p *textPlayer) silence(conv *engine.Conversation, replies <-chan typed) (typed, bool) {
	at, lines, ok := conv.Silence()
	if p.pace == nil || !ok {
		return typed{}, false
	}
	select {
	case <-p.pace(time.Duration(at-conv.SpeakMS()) * time.Millisecond):
	case r, ok := <-replies:
		if !ok {
			return typed{err: io.EOF}, true
		}
		return r, true
	}
	if p.prompt {
		fmt.Fprint(p.w, "\r") // over the prompt
	}
	for _, l := range lines {
		fmt.Fprintf(p.w, "%s: %s\n", p.sc.Customer.Name, l.Text)
	}
	if p.prompt {
		fmt.Fprint(p.w, "> ")
	}
	return typed{}, false
}
