package teamlink

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"kalm/leaderboard/client"
)

// DataDir returns the user's data folder for Kalm: $XDG_DATA_HOME/kalm
// or ~/.local/share/kalm on Linux and the BSDs, %LocalAppData%\Kalm on
// Windows, ~/Library/Application Support/Kalm on macOS. getenv reads the
// environment (os.Getenv).
func DataDir(getenv func(string) string) (string, error) {
	switch runtime.GOOS {
	case "windows":
		if d := getenv("LocalAppData"); d != "" {
			return filepath.Join(d, "Kalm"), nil
		}
		return "", errors.New("%LocalAppData% is not set")
	case "darwin", "ios":
		if h := getenv("HOME"); h != "" {
			return filepath.Join(h, "Library", "Application Support", "Kalm"), nil
		}
	default:
		if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
			return filepath.Join(d, "kalm"), nil
		}
		if h := getenv("HOME"); h != "" {
			return filepath.Join(h, ".local", "share", "kalm"), nil
		}
	}
	return "", errors.New("neither $XDG_DATA_HOME nor $HOME is set")
}

// readMembership reads the membership file; a missing file means no
// team.
func readMembership(path string) (*client.Membership, error) {
	if path == "" {
		return nil, errors.New("teamlink: no membership file path")
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read the team settings %s: %w", path, err)
	}
	var m client.Membership
	if err := json.Unmarshal(data, &m); err != nil || m.Server == "" || m.Token == "" {
		why := "server or token missing"
		if err != nil {
			why = err.Error()
		}
		return nil, fmt.Errorf("team settings %s are damaged (%s); delete the file and join again", path, why)
	}
	return &m, nil
}

// writeMembership writes the membership (it holds the player's token,
// so only the user may read it) through a temporary file.
func writeMembership(path string, m client.Membership) error {
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := ensureDir(path); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return fmt.Errorf("cannot save the team settings: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("cannot save the team settings: %w", err)
	}
	return nil
}

func removeMembership(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("cannot remove the team settings: %w", err)
	}
	return nil
}

// ensureDir creates the folder a file goes in.
func ensureDir(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("cannot create the folder for %s: %w", path, err)
	}
	return nil
}
