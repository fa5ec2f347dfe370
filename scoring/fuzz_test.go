package scoring

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

// FuzzScore checks that any input scores without panicking, that every
// finding points at words inside the reply, and that scoring twice gives
// the same result.
func FuzzScore(f *testing.F) {
	for _, r := range benchReplies {
		f.Add(r)
	}
	for _, r := range []string{
		"", " ", "?", "...", "Sorry?", "15.00 u.", "3 p.m.", "8-12", "01/06", "@", "<URL", "https://", "''t", "m'n",
		"kwart over", "half", "binnen een", "'s", "\xff\xfe", "sorry\x00maar", "I'm", "you're sorry you feel",
		"Ik bel u morgen om kwart over drie terug.", "within 2 hours, I'll call you back",
	} {
		f.Add(r)
	}
	s := New(Vocabulary{Suppliers: []string{"PostNL", "Proximus"}, Products: []string{"Kalm Fiber"}})
	f.Fuzz(func(t *testing.T, reply string) {
		a := s.Score(reply, Auto)
		for _, fd := range a.Findings {
			if fd.Start < 0 || fd.End > len(reply) || fd.Start > fd.End {
				t.Fatalf("finding %+v outside reply of %d bytes", fd, len(reply))
			}
			if reply[fd.Start:fd.End] != fd.Text {
				t.Fatalf("finding text %q is not reply[%d:%d] = %q", fd.Text, fd.Start, fd.End, reply[fd.Start:fd.End])
			}
			if fd.Note == "" && !fd.Hit {
				t.Fatalf("near miss without a note: %+v", fd)
			}
		}
		if a.Criteria.Blame != (a.BlameKind != NoBlame) {
			t.Fatalf("blame %v but kind %q", a.Criteria.Blame, a.BlameKind)
		}
		if a.Lang != NL && a.Lang != EN {
			t.Fatalf("lang %q", a.Lang)
		}
		b := s.Score(reply, Auto)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("not deterministic:\n%+v\n%+v", a, b)
		}
		_ = utf8.ValidString(reply)
	})
}
