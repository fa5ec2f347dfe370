package engine

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"kalm/scenarios"
	"kalm/scoring"
)

func TestConditionHolds(t *testing.T) {
	st := state{
		labels:   scoring.Labels{Empathy: true, Question: true},
		mood:     40,
		turn:     3,
		asked:    map[string]bool{"light": true},
		known:    map[string]bool{"light": true, "since": true},
		mentions: 2,
	}
	cases := []struct {
		name string
		when *scenarios.Cond
		want bool
	}{
		{"no condition", nil, true},
		{"all present", &scenarios.Cond{All: []string{"empathy", "question"}}, true},
		{"all with one missing", &scenarios.Cond{All: []string{"empathy", "apology"}}, false},
		{"any", &scenarios.Cond{Any: []string{"apology", "question"}}, true},
		{"any of absent ones", &scenarios.Cond{Any: []string{"apology", "blame"}}, false},
		{"none", &scenarios.Cond{None: []string{"blame"}}, true},
		{"none violated", &scenarios.Cond{None: []string{"blame", "empathy"}}, false},
		{"mood_min met", &scenarios.Cond{MoodMin: ms(40)}, true},
		{"mood_min not met", &scenarios.Cond{MoodMin: ms(41)}, false},
		{"mood_max met", &scenarios.Cond{MoodMax: ms(40)}, true},
		{"mood_max not met", &scenarios.Cond{MoodMax: ms(39)}, false},
		{"turns_min met", &scenarios.Cond{TurnsMin: 3}, true},
		{"turns_min not met", &scenarios.Cond{TurnsMin: 4}, false},
		{"asked", &scenarios.Cond{Asked: []string{"light"}}, true},
		{"not asked", &scenarios.Cond{Asked: []string{"since"}}, false},
		{"known", &scenarios.Cond{Known: []string{"light", "since"}}, true},
		{"unknown", &scenarios.Cond{Known: []string{"receipt"}}, false},
		{"mentions", &scenarios.Cond{MentionsMin: 2}, true},
		{"too few mentions", &scenarios.Cond{MentionsMin: 3}, false},
		{"plan needed", &scenarios.Cond{Plan: true}, false},
		{"every field must hold", &scenarios.Cond{Any: []string{"empathy"}, MoodMax: ms(10)}, false},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, st.holds(tc.when), tc.name)
	}
	st.plan = true
	assert.True(t, st.holds(&scenarios.Cond{Plan: true}), "plan once a callback was made")
}
