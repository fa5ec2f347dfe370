package teamlink

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/url"
	"time"

	"kalm/game/flow"
	"kalm/leaderboard/client"
)

// poke wakes the sender without waiting.
func (l *Link) poke() {
	select {
	case l.kick <- struct{}{}:
	default:
	}
}

// send is the sender goroutine: it flushes the outbox when poked, and
// after a failure again and again, each wait twice the last (a 429's
// Retry-After when longer), until the outbox is empty.
func (l *Link) send() {
	defer close(l.done)
	wait := l.cfg.Retry
	var retry <-chan time.Time
	var timer *time.Timer
	for {
		select {
		case <-l.stop:
			if timer != nil {
				timer.Stop()
			}
			return
		case <-l.kick:
		case <-retry:
		}
		ctx, cancel := context.WithCancel(context.Background())
		go func() {
			select {
			case <-l.stop:
				cancel()
			case <-ctx.Done():
			}
		}()
		err := l.Flush(ctx)
		cancel()
		if timer != nil {
			timer.Stop()
		}
		retry = nil
		if err == nil {
			wait = l.cfg.Retry
			continue
		}
		if errors.Is(err, flow.ErrNotMember) {
			continue // only joining again helps
		}
		next := wait
		var se *client.StatusError
		if errors.As(err, &se) && se.RetryAfter > next {
			next = se.RetryAfter
		}
		timer = time.NewTimer(next)
		retry = timer.C
		wait = min(2*wait, l.cfg.MaxRetry)
	}
}

// Flush sends the calls that wait, in the order they were played, and
// returns why it stopped early (nil when the outbox is empty or no team
// is joined).
func (l *Link) Flush(ctx context.Context) error {
	l.flushing.Lock()
	defer l.flushing.Unlock()
	c, _ := l.client()
	if c == nil {
		return nil
	}
	rep, err := l.out.Flush(ctx, c)
	if err != nil {
		err = classify(err, false)
	}
	if cerr := l.count(ctx); cerr != nil && err == nil {
		err = cerr
	}
	l.mu.Lock()
	l.status.Sent += len(rep.Sent)
	l.status.Problem = err
	l.mu.Unlock()
	return err
}

// count reads the numbers of waiting and refused calls from the outbox.
func (l *Link) count(ctx context.Context) error {
	waiting, err := l.out.Pending(ctx)
	if err != nil {
		return err
	}
	rejected, err := l.out.Rejected(ctx)
	if err != nil {
		return err
	}
	l.mu.Lock()
	l.status.Waiting, l.status.Rejected = waiting, len(rejected)
	l.mu.Unlock()
	return nil
}

// kindError is an error of one of flow's kinds that reads as its cause.
type kindError struct{ kind, err error }

func (e *kindError) Error() string   { return e.err.Error() }
func (e *kindError) Unwrap() []error { return []error{e.kind, e.err} }

// classify gives a client error the kind the game explains: a bad
// address, an unknown team code (404 when joining), a name a teammate
// has (409 when joining), a token the server
// refuses (401), or a server that does not answer (network errors, 5xx).
func classify(err error, joining bool) error {
	var se *client.StatusError
	var ue *url.Error
	var ne net.Error
	kind := error(nil)
	switch {
	case errors.Is(err, client.ErrBadAddress):
		kind = flow.ErrBadAddress
	case errors.As(err, &se) && se.Status == http.StatusNotFound && joining:
		kind = flow.ErrNoSuchTeam
	case errors.As(err, &se) && se.Status == http.StatusConflict && joining:
		kind = flow.ErrNameTaken
	case errors.As(err, &se) && se.Status == http.StatusUnauthorized:
		kind = flow.ErrNotMember
	case errors.As(err, &se) && se.Status >= 500:
		kind = flow.ErrUnreachable
	case errors.As(err, &ue), errors.As(err, &ne), errors.Is(err, context.DeadlineExceeded):
		kind = flow.ErrUnreachable
	}
	if kind == nil {
		return err
	}
	return &kindError{kind: kind, err: err}
}

// Refused is a call the server refused for good (an unknown scenario,
// a transcript over the limits), kept aside in the outbox.
type Refused struct {
	Scenario string
	At       time.Time
	Reason   string // the server's words
}

// Refused lists the calls the server refused for good.
func (l *Link) Refused(ctx context.Context) ([]Refused, error) {
	rs, err := l.out.Rejected(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Refused, 0, len(rs))
	for _, r := range rs {
		out = append(out, Refused{Scenario: r.Run.Scenario, At: r.At, Reason: r.Message})
	}
	return out, nil
}
