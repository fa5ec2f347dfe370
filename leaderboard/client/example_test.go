package client_test

import (
	"context"
	"crypto/rand"
	"fmt"
	"net/http"
	"time"

	"kalm/leaderboard/api"
	"kalm/leaderboard/client"
)

// The game's side: join once (keep the Membership in the settings), put
// every finished call in the outbox, flush when the server may answer,
// and show the board around the player.
func Example() {
	ctx := context.Background()
	hc := &http.Client{Timeout: 10 * time.Second}
	m, err := client.Join(ctx, hc, "192.168.1.20:8080", "K7PXM-3QRTA", "Sanne")
	if err != nil {
		fmt.Println("cannot join:", err)
		return
	}
	out, err := client.OpenOutbox(ctx, "/home/sanne/.local/share/kalm/outbox.db", time.Now, rand.Reader)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer out.Close()
	c := client.New(m, hc)
	out.Add(ctx, api.ResultRequest{Scenario: "fur-elise", Lang: "nl",
		Replies: []api.Reply{{Text: "Wat vervelend voor u, het spijt me.", ElapsedMS: 21000}}})
	if _, err := out.Flush(ctx, c); err != nil {
		fmt.Println("will retry later:", err) // offline: the run waits in the outbox
	}
	board, err := c.Board(ctx, client.BoardQuery{Scenario: "all", Period: "week", Around: true})
	if err == nil && board.You != nil {
		fmt.Println("rank", board.You.Rank, "of", board.Players)
	}
}
