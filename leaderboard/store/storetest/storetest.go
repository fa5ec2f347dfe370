// Package storetest gives tests a fresh PostgreSQL database on the server
// that `make test` starts (scripts/pg-test.sh).
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
)

// EnvVar names the admin URL of the test PostgreSQL server.
const EnvVar = "KALM_TEST_POSTGRES"

// PostgresURL creates an empty database for t and returns its URL. It
// skips t, saying why, when no test server is configured; it fails t when
// one is configured but does not answer.
func PostgresURL(t testing.TB) string {
	t.Helper()
	admin := os.Getenv(EnvVar)
	if admin == "" {
		t.Skip("PostgreSQL: " + EnvVar + " is not set; `make test` starts a server with scripts/pg-test.sh")
	}
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("%s: %v", EnvVar, err)
	}
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatalf("PostgreSQL at %s: %v", admin, err)
	}
	defer db.Close()
	b := make([]byte, 6)
	rand.Read(b)
	name := "kalm_test_" + hex.EncodeToString(b)
	if _, err := db.ExecContext(context.Background(), "CREATE DATABASE "+name); err != nil {
		t.Fatalf("PostgreSQL at %s: create database: %v", admin, err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", admin)
		if err == nil {
			db.ExecContext(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
			db.Close()
		}
	})
	u.Path = "/" + name
	return u.String()
}
