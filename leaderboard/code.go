package leaderboard

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
)

// codeAlphabet has no look-alike characters (no 0/O, 1/I/L).
const codeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// NewCode returns a team join code such as "K7PXM-3QRTA" (about 50 bits)
// drawn from rnd.
func NewCode(rnd io.Reader) (string, error) {
	b := make([]byte, 10)
	if _, err := io.ReadFull(rnd, b); err != nil {
		return "", fmt.Errorf("join code: %w", err)
	}
	out := make([]byte, 0, 11)
	for i, v := range b {
		if i == 5 {
			out = append(out, '-')
		}
		out = append(out, codeAlphabet[int(v)%len(codeAlphabet)])
	}
	return string(out), nil
}

// NewToken returns a player's bearer token (256 bits from rnd, base64url)
// and the hash the store keeps instead of it.
func NewToken(rnd io.Reader) (token, hash string, err error) {
	b := make([]byte, 32)
	if _, err := io.ReadFull(rnd, b); err != nil {
		return "", "", fmt.Errorf("token: %w", err)
	}
	token = base64.RawURLEncoding.EncodeToString(b)
	return token, HashToken(token), nil
}

// HashToken is the stored form of a token.
func HashToken(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}
