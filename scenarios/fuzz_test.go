package scenarios_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"kalm/scenarios"
	"kalm/scenarios/engine"
)

// FuzzLoad feeds the loader arbitrary bytes: it must never panic, every
// problem must name the file, and a file it accepts must play.
func FuzzLoad(f *testing.F) {
	fur, err := os.ReadFile(filepath.Join("builtin", "fur-elise.yaml"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(fur)
	f.Add([]byte(mini))
	f.Add([]byte(""))
	f.Add([]byte("\x00\xff"))
	f.Add([]byte("- a\n- b\n"))
	f.Add([]byte(billionLaughs()))
	f.Add([]byte("id: " + strings.Repeat("[", 100)))
	f.Add([]byte("id: a\n---\nid: b\n"))
	f.Add([]byte("id: x\nscenarios:\n  - id: y\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, probs := scenarios.LoadBytes("fuzz.yaml", data)
		for _, pr := range probs {
			if pr.File != "fuzz.yaml" || pr.Message == "" || pr.Line < 0 || pr.Col < 0 {
				t.Fatalf("malformed problem %+v", pr)
			}
			if !utf8.ValidString(pr.Message) && utf8.Valid(data) {
				t.Fatalf("problem message is not UTF-8: %q", pr.Message)
			}
		}
		if len(probs) > 0 {
			return
		}
		if p == nil || len(p.Scenarios) == 0 {
			t.Fatal("no problems but no scenario")
		}
		for _, s := range p.Scenarios {
			for _, lang := range s.Languages() {
				c, err := engine.Start(s, lang, engine.Options{Untimed: true})
				if err != nil {
					t.Fatalf("a clean scenario does not start: %v", err)
				}
				for i := 0; i < s.Turns()+1 && !c.Ended(); i++ {
					if _, err := c.Reply("Het spijt me, I am sorry. What happened?", 1000*i); err != nil {
						t.Fatal(err)
					}
				}
				if !c.Ended() {
					t.Fatalf("%s did not end within max_turns", s.ID)
				}
			}
		}
	})
}
