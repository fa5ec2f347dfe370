package main

import (
	"context"
	"crypto/tls"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"kalm/internal/cliflag"
	"kalm/leaderboard/server"
	"kalm/leaderboard/store"
	"kalm/scenarios"
	"kalm/scoring"
)

// runServe runs the server until interrupted.
func runServe(e env) int {
	fs := newFlags("serve", e.stderr)
	var db dbFlags
	db.register(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (port 0: any free port)")
	packPath := fs.String("pack", "", "scenario pack folder or file (default: the built-in pack)")
	rate := fs.Float64("rate", server.DefaultSubmitRate*60, "results per minute per player after the burst (0: no limit)")
	burst := fs.Int("burst", server.DefaultSubmitBurst, "results a player may send at once")
	refresh := fs.Duration("refresh", server.DefaultRefresh, "how often the office page reloads")
	tlsCert := fs.String("tls-cert", "", "serve HTTPS (TLS 1.2 or newer) with this certificate (PEM; with --tls-key)")
	tlsKey := fs.String("tls-key", "", "the certificate's private key (PEM)")
	maxDaily := fs.Int("max-daily", server.DefaultMaxDaily, "results one player may store per day (UTC); 0: no cap")
	maxDailyTeam := fs.Int("max-daily-team", server.DefaultMaxDailyTeam, "results one team may store per day (UTC); 0: no cap")
	var proxies prefixList
	fs.Var(&proxies, "trusted-proxy", "address range (CIDR, or one IP) of a reverse proxy whose X-Forwarded-For names the client; repeat for several")
	pos, code, ok := cliflag.ParseOrExit(fs, e.args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(e.stderr, "kalm-server serve: unexpected %q (flags only)\n", pos[0])
		return exitUsage
	}
	if (*tlsCert == "") != (*tlsKey == "") {
		fmt.Fprintln(e.stderr, "kalm-server serve: give both --tls-cert and --tls-key, or neither")
		return exitUsage
	}
	tlsConf, err := loadTLS(*tlsCert, *tlsKey)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm-server serve: %v\n", err)
		return exitError
	}
	pack, err := loadPack(*packPath)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm-server serve: %v\n", err)
		return exitError
	}
	st, err := db.open(e.ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm-server serve: %v\n", err)
		return exitError
	}
	defer st.Close()
	packs, err := server.NewPackSet(pack, st)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm-server serve: %v\n", err)
		return exitError
	}
	teamPacks := warnClashes(e, packs)
	var rescoreTime time.Duration
	if rs, ok := st.(store.Rescorer); ok {
		start := e.now()
		done, err := rs.Rescore(e.ctx, server.Replayer(packs), store.Judge{Scorer: scoring.Version, Before: scoring.VersionBefore})
		rescoreTime = e.now().Sub(start)
		if err != nil {
			fmt.Fprintf(e.stderr, "kalm-server serve: re-scoring older results: %v\n", err)
			return exitError
		}
		if done != (store.Rescored{}) {
			fmt.Fprintf(e.stdout, "kalm-server: stored calls re-played at start: %d judged again by scorer %s, %d set aside (older scale, not re-playable with this pack; kept in results_old_scale), %d kept as they were (older scorer, not re-playable)\n",
				done.Rescored, scoring.Version, done.SetAside, done.Kept)
		}
	}
	st = store.Indexed(st, e.now)
	if err := store.Warm(e.ctx, st); err != nil {
		fmt.Fprintf(e.stderr, "kalm-server serve: reading the results: %v\n", err)
		return exitError
	}
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	srv, err := server.New(server.Config{Store: st, Pack: pack, Now: e.now, Rand: e.rand, Log: log,
		SubmitRate: *rate / 60, SubmitBurst: *burst, JoinRate: server.DefaultJoinRate, JoinBurst: server.DefaultJoinBurst,
		Refresh: *refresh, TrustedProxies: proxies, MaxDaily: *maxDaily, MaxDailyTeam: *maxDailyTeam, RescoreTime: rescoreTime})
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm-server serve: %v\n", err)
		return exitError
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm-server serve: cannot listen on %s: %v (is another server running there?)\n", *addr, err)
		return exitError
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 30 * time.Second, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10, TLSConfig: tlsConf}
	scheme := "http"
	if tlsConf != nil {
		ln, scheme = tls.NewListener(ln, tlsConf), "https"
	}
	fmt.Fprintf(e.stdout, "kalm-server: %d scenarios, %d team %s; office page and API on %s://%s/\n", len(pack.Scenarios),
		teamPacks, plural(teamPacks, "pack", "packs"), scheme, ln.Addr())
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		fmt.Fprintf(e.stderr, "kalm-server serve: %v\n", err)
		return exitError
	case <-e.ctx.Done():
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(ctx); err != nil {
		fmt.Fprintf(e.stderr, "kalm-server serve: shutdown: %v\n", err)
		return exitError
	}
	fmt.Fprintln(e.stdout, "kalm-server: stopped")
	return exitOK
}

// warnClashes says when the server's own pack (--pack) shares ids with a
// team pack (their boards would be one) and returns how many team packs
// there are.
func warnClashes(e env, packs *server.PackSet) int {
	clashes, err := packs.Clashes(e.ctx)
	if err != nil {
		fmt.Fprintf(e.stderr, "kalm-server serve: reading the team packs: %v\n", err)
		return 0
	}
	for _, c := range clashes {
		fmt.Fprintf(e.stderr, "kalm-server serve: warning: %s; the two share a board\n", c)
	}
	current, err := packs.Current(e.ctx)
	if err != nil {
		return 0
	}
	return len(current)
}

// loadPack loads the pack at path, or the built-in pack.
func loadPack(path string) (*scenarios.Pack, error) {
	if path == "" {
		return scenarios.Builtin()
	}
	p, probs := scenarios.Load(path)
	if err := probs.Err(); err != nil {
		return nil, fmt.Errorf("pack %s: %v (run `kalm check %s`)", path, err, path)
	}
	return p, nil
}

// loadTLS reads a certificate and key for HTTPS (nil, nil without them).
// Clients must speak TLS 1.2 or newer.
func loadTLS(certFile, keyFile string) (*tls.Config, error) {
	if certFile == "" {
		return nil, nil
	}
	cert, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return nil, fmt.Errorf("--tls-cert/--tls-key: %w", err)
	}
	return &tls.Config{MinVersion: tls.VersionTLS12, Certificates: []tls.Certificate{cert}}, nil
}
