package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/netip"
	"strings"

	"kalm/leaderboard/store"
)

// DefaultDB is the SQLite file used when neither --db nor --postgres is given.
const DefaultDB = "kalm-server.db"

// dbFlags are the storage flags every subcommand takes.
type dbFlags struct {
	path     string
	postgres string
	fullSync bool
}

func (d *dbFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&d.path, "db", "", "SQLite database file (default "+DefaultDB+")")
	fs.StringVar(&d.postgres, "postgres", "", "PostgreSQL URL, such as postgres://kalm@127.0.0.1:5432/kalm")
	fs.BoolVar(&d.fullSync, "sync-full", false, "SQLite: fsync every commit (survives power cuts; slower)")
}

func (d *dbFlags) open(ctx context.Context) (store.Store, error) {
	if d.path != "" && d.postgres != "" {
		return nil, fmt.Errorf("give --db or --postgres, not both")
	}
	if d.postgres != "" {
		return store.OpenPostgres(ctx, d.postgres)
	}
	path := d.path
	if path == "" {
		path = DefaultDB
	}
	return store.OpenSQLite(ctx, path, d.fullSync)
}

// newFlags returns a flag set that prints its errors to w.
func newFlags(name string, w io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("kalm-server "+name, flag.ContinueOnError)
	fs.SetOutput(w)
	return fs
}

// prefixList is a repeatable flag of address ranges: CIDRs or single IPs.
type prefixList []netip.Prefix

func (l *prefixList) String() string {
	parts := make([]string, len(*l))
	for i, p := range *l {
		parts[i] = p.String()
	}
	return strings.Join(parts, ",")
}

func (l *prefixList) Set(v string) error {
	for _, f := range strings.Split(v, ",") {
		f = strings.TrimSpace(f)
		if p, err := netip.ParsePrefix(f); err == nil {
			*l = append(*l, p.Masked())
			continue
		}
		ip, err := netip.ParseAddr(f)
		if err != nil {
			return fmt.Errorf("%q is no address range (expected a CIDR such as 10.0.0.0/8 or an IP such as 127.0.0.1)", f)
		}
		*l = append(*l, netip.PrefixFrom(ip.Unmap(), ip.Unmap().BitLen()))
	}
	return nil
}
