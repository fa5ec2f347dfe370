// Package leaderboard ranks finished calls for a team's office board: the
// best score per player (ties: the earlier run first), team totals and
// the team lead's CSV export. Storage lives in leaderboard/store, the
// HTTP API and office page in leaderboard/server, the wire types in
// leaderboard/api and the game's client with its offline outbox in
// leaderboard/client.
package leaderboard
