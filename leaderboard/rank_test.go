package leaderboard

import (
	"bytes"
	"encoding/csv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"kalm/leaderboard/store"
)

var t0 = time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)

func min_(m int) time.Time { return t0.Add(time.Duration(m) * time.Minute) }

func best(player int64, name string, team int64, scenario string, score, minute int) store.Best {
	return store.Best{PlayerID: player, Player: name, TeamID: team, Team: map[int64]string{1: "Noord", 2: "Zuid"}[team],
		Scenario: scenario, Score: score, At: min_(minute)}
}

func TestRankSingleScenarioTiesGoToTheEarlier(t *testing.T) {
	bests := []store.Best{
		best(1, "Ann", 1, "fur-elise", 60, 30),
		best(2, "Bob", 1, "fur-elise", 60, 10),
		best(3, "Cor", 2, "fur-elise", 90, 50),
		best(4, "Dirk", 2, "fur-elise", 60, 10),
	}
	b := Rank(bests, Query{Scenario: "fur-elise", Period: All})
	var got []string
	for _, e := range b.Entries {
		got = append(got, e.Name)
		assert.Equal(t, len(got), e.Rank)
	}
	assert.Equal(t, []string{"Cor", "Bob", "Dirk", "Ann"}, got, "equal score and time: lower player id")
	assert.Equal(t, 4, b.Players)
	require.Len(t, b.Teams, 2)
	assert.Equal(t, "Zuid", b.Teams[0].Team)
	assert.Equal(t, 150, b.Teams[0].Total)
	assert.Equal(t, 120, b.Teams[1].Total)
	assert.Equal(t, 2, b.Teams[1].Players)
	assert.Nil(t, b.Since)
}

func TestRankAllScenariosSumsBests(t *testing.T) {
	bests := []store.Best{
		best(1, "Ann", 1, "fur-elise", 60, 30),
		best(1, "Ann", 1, "parcel", 40, 5),
		best(2, "Bob", 1, "fur-elise", 100, 40),
		best(3, "Cor", 2, "parcel", -20, 1),
	}
	b := Rank(bests, Query{Scenario: AllScenarios})
	require.Len(t, b.Entries, 3)
	ann, bob := b.Entries[0], b.Entries[1]
	assert.Equal(t, "Ann", ann.Name, "both have 100; Ann reached it first (minute 30, Bob 40)")
	assert.Equal(t, 100, ann.Score)
	assert.Equal(t, 2, ann.Scenarios)
	assert.Equal(t, min_(30), ann.At, "the total was reached with the later best")
	assert.Equal(t, "Bob", bob.Name)
	assert.Equal(t, -20, b.Entries[2].Score)
}

func TestRankAroundAndLimit(t *testing.T) {
	var bests []store.Best
	for i := int64(1); i <= 50; i++ {
		bests = append(bests, best(i, "P", 1, "s", int(100-i), 0))
	}
	top := Rank(bests, Query{Limit: 5})
	require.Len(t, top.Entries, 5)
	assert.Equal(t, int64(1), top.Entries[0].PlayerID)
	assert.Nil(t, top.You)

	mid := Rank(bests, Query{Limit: 5, Around: 30})
	require.Len(t, mid.Entries, 5)
	assert.Equal(t, 28, mid.Entries[0].Rank)
	require.NotNil(t, mid.You)
	assert.Equal(t, 30, mid.You.Rank)

	end := Rank(bests, Query{Limit: 5, Around: 50})
	assert.Equal(t, 46, end.Entries[0].Rank, "the window stays full at the bottom")
	assert.Equal(t, 50, end.Entries[4].Rank)

	unknown := Rank(bests, Query{Limit: 5, Around: 999})
	assert.Nil(t, unknown.You)
	assert.Equal(t, 1, unknown.Entries[0].Rank)

	assert.Len(t, Rank(bests, Query{}).Entries, DefaultLimit)
	assert.Len(t, Rank(bests, Query{Limit: 10000}).Entries, 50)
	empty := Rank(nil, Query{})
	assert.NotNil(t, empty.Entries)
	assert.Empty(t, empty.Teams)
}

func TestSince(t *testing.T) {
	now := t0
	for period, want := range map[string]time.Time{
		Week: now.AddDate(0, 0, -7), Month: now.AddDate(0, 0, -30), All: {}, "": {},
	} {
		got, err := Since(period, now)
		require.NoError(t, err, period)
		assert.Equal(t, want, got, period)
	}
	_, err := Since("year", now)
	assert.ErrorContains(t, err, "week, month or all")
}

func TestTrend(t *testing.T) {
	for _, c := range []struct {
		scores []int
		want   string
	}{
		{nil, ""},
		{[]int{40}, ""},
		{[]int{10, 20, 30}, "+10.0"},
		{[]int{30, 20, 10}, "-10.0"},
		{[]int{50, 50}, "+0.0"},
		{[]int{0, 10, 5}, "+2.5"},
	} {
		assert.Equal(t, c.want, Trend(c.scores), "%v", c.scores)
	}
}

func TestExporter(t *testing.T) {
	var buf bytes.Buffer
	x, err := NewExporter(&buf)
	require.NoError(t, err)
	add := func(player int64, name, scenario string, score, minute int) {
		require.NoError(t, x.Add(store.Result{PlayerID: player, Player: name, Team: "Noord", Scenario: scenario, Score: score, At: min_(minute)}))
	}
	add(1, "Ann", "fur-elise", 20, 0)
	add(1, "Ann", "fur-elise", 70, 10)
	add(1, "Ann", "fur-elise", 50, 20)
	add(1, "Ann", "parcel", -5, 30)
	add(2, "=HYPERLINK(\"x\")", "parcel", 15, 40)
	require.NoError(t, x.Flush())
	rows, err := csv.NewReader(&buf).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, [][]string{
		CSVHeader,
		{"Noord", "Ann", "fur-elise", "3", "20", "2026-11-02T09:00:00Z", "70", "2026-11-02T09:10:00Z", "50", "2026-11-02T09:20:00Z", "+15.0"},
		{"Noord", "Ann", "parcel", "1", "-5", "2026-11-02T09:30:00Z", "-5", "2026-11-02T09:30:00Z", "-5", "2026-11-02T09:30:00Z", ""},
		{"Noord", "'=HYPERLINK(\"x\")", "parcel", "1", "15", "2026-11-02T09:40:00Z", "15", "2026-11-02T09:40:00Z", "15", "2026-11-02T09:40:00Z", ""},
	}, rows)
}
