package leaderboard

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"kalm/leaderboard/store"
)

// CSVHeader is the first line of the team lead's export.
var CSVHeader = []string{"team", "player", "scenario", "runs", "first_score", "first_at",
	"best_score", "best_at", "last_score", "last_at", "trend_per_run"}

// Exporter writes the team lead's CSV: one line per player and scenario
// with the first, best and last score and the trend (the least-squares
// slope of the score over the runs, in points per run; empty for one
// run). Feed it results ordered by player, scenario and time (as
// store.History gives them), then call Flush.
type Exporter struct {
	w   *csv.Writer
	cur *line
}

type line struct {
	team, player, scenario  string
	playerID                int64
	scores                  []int
	firstAt, bestAt, lastAt time.Time
	best                    int
}

// NewExporter writes the header to w and returns an Exporter.
func NewExporter(w io.Writer) (*Exporter, error) {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return nil, err
	}
	return &Exporter{w: cw}, nil
}

// Add counts one result.
func (x *Exporter) Add(r store.Result) error {
	if x.cur != nil && (x.cur.playerID != r.PlayerID || x.cur.scenario != r.Scenario) {
		if err := x.writeLine(); err != nil {
			return err
		}
	}
	if x.cur == nil {
		x.cur = &line{team: r.Team, player: r.Player, scenario: r.Scenario, playerID: r.PlayerID,
			firstAt: r.At, best: r.Score, bestAt: r.At}
	}
	c := x.cur
	c.scores = append(c.scores, r.Score)
	c.lastAt = r.At
	if r.Score > c.best {
		c.best, c.bestAt = r.Score, r.At
	}
	return nil
}

// Flush writes the last line and flushes the output.
func (x *Exporter) Flush() error {
	if x.cur != nil {
		if err := x.writeLine(); err != nil {
			return err
		}
	}
	x.w.Flush()
	return x.w.Error()
}

func (x *Exporter) writeLine() error {
	c := x.cur
	x.cur = nil
	stamp := func(t time.Time) string { return t.UTC().Format(time.RFC3339) }
	return x.w.Write([]string{
		safeCell(c.team), safeCell(c.player), safeCell(c.scenario),
		strconv.Itoa(len(c.scores)),
		strconv.Itoa(c.scores[0]), stamp(c.firstAt),
		strconv.Itoa(c.best), stamp(c.bestAt),
		strconv.Itoa(c.scores[len(c.scores)-1]), stamp(c.lastAt),
		Trend(c.scores),
	})
}

// Trend is the least-squares slope of scores over the run number, in
// points per run with one decimal and a sign ("+4.5", "-2.0"); "" for
// fewer than two runs.
func Trend(scores []int) string {
	n := float64(len(scores))
	if len(scores) < 2 {
		return ""
	}
	var sx, sy, sxy, sxx float64
	for i, s := range scores {
		x, y := float64(i), float64(s)
		sx += x
		sy += y
		sxy += x * y
		sxx += x * x
	}
	slope := (n*sxy - sx*sy) / (n*sxx - sx*sx)
	slope = math.Round(slope*10) / 10
	if slope == 0 {
		slope = 0 // no "-0.0"
	}
	return fmt.Sprintf("%+.1f", slope)
}

// safeCell stops a spreadsheet from reading a name as a formula.
func safeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
