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

// FuzzScoreTurn checks that any customer message with any reply scores
// without panicking, that findings quote only the reply, and that the
// message changes nothing but what the learned layer reads of it.
func FuzzScoreTurn(f *testing.F) {
	for i, r := range benchReplies {
		f.Add(benchCustomers[i], r)
	}
	f.Add("", "Sorry!")
	f.Add("\xff\xfe?", "Dat staat op onze website.")
	f.Add("why??? still broken!!!", "")
	s := New(Vocabulary{})
	f.Fuzz(func(t *testing.T, customer, reply string) {
		a := s.ScoreTurn(Turn{Customer: customer, Reply: reply, Lang: Auto})
		for _, fd := range a.Findings {
			if fd.Start < 0 || fd.End > len(reply) || fd.Start > fd.End || reply[fd.Start:fd.End] != fd.Text {
				t.Fatalf("finding %+v does not quote the reply of %d bytes", fd, len(reply))
			}
		}
		if a.Criteria.Blame != (a.BlameKind != NoBlame) {
			t.Fatalf("blame %v but kind %q", a.Criteria.Blame, a.BlameKind)
		}
		if b := s.ScoreTurn(Turn{Customer: customer, Reply: reply, Lang: Auto}); !reflect.DeepEqual(a, b) {
			t.Fatalf("not deterministic:\n%+v\n%+v", a, b)
		}
		if s.ReadCustomer(customer) == AskedUnknown && customer != "" {
			t.Fatalf("a message %q read as none", customer)
		}
	})
}
