package server

import (
	"context"
	"io"

	"kalm/leaderboard"
	"kalm/leaderboard/store"
)

// Export writes the CSV export of a team (every team when teamID is 0).
func Export(ctx context.Context, st store.Store, teamID int64, w io.Writer) error {
	x, err := leaderboard.NewExporter(w)
	if err != nil {
		return err
	}
	if err := st.History(ctx, teamID, x.Add); err != nil {
		return err
	}
	return x.Flush()
}
