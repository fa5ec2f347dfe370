// Package archtest holds no code: its test checks that imports flow the
// one way the README draws, scoring ← scenarios ← {game, leaderboard} ←
// internal/teamlink ← cmd, and that Ebiten stays in game/ and cmd/.
package archtest
