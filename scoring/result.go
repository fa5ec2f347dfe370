package scoring

import "fmt"

// Lang is the language a reply is scored in.
type Lang string

// The languages the scorer understands. Auto detects the language per
// reply; a reply that mixes both is scored with both lexicons.
const (
	NL   Lang = "nl"
	EN   Lang = "en"
	Auto Lang = "auto"
)

// ParseLang turns "nl", "en", "auto" or "" (auto) into a Lang.
func ParseLang(s string) (Lang, error) {
	switch s {
	case "nl", "NL", "nl-NL", "nl-BE":
		return NL, nil
	case "en", "EN", "en-GB", "en-US":
		return EN, nil
	case "", "auto":
		return Auto, nil
	}
	return "", fmt.Errorf("unknown language %q (want nl, en or auto)", s)
}

// Criterion names one yes/no phenomenon of the rubric.
type Criterion string

// The eight criteria of ../shared/RUBRIC.md.
const (
	Empathy     Criterion = "empathy"
	Apology     Criterion = "apology"
	Blame       Criterion = "blame"
	Callback    Criterion = "callback"
	Question    Criterion = "question"
	Summary     Criterion = "summary"
	Overpromise Criterion = "overpromise"
	Agreement   Criterion = "agreement"
)

// Criteria returns the eight criteria in rubric order.
func Criteria() []Criterion {
	return []Criterion{Empathy, Apology, Blame, Callback, Question, Summary, Overpromise, Agreement}
}

// BlameKind says onto whom or what a blaming reply pushes responsibility.
type BlameKind string

// The blame kinds of the rubric; NoBlame when the reply does not blame.
const (
	NoBlame         BlameKind = ""
	BlameContract   BlameKind = "contract"
	BlameSupplier   BlameKind = "supplier"
	BlameWebsite    BlameKind = "website"
	BlameManagement BlameKind = "management"
	BlameDenial     BlameKind = "denial"
	BlameCustomer   BlameKind = "customer"
)

// BlameKinds returns the six blame kinds of the rubric.
func BlameKinds() []BlameKind {
	return []BlameKind{BlameContract, BlameSupplier, BlameWebsite, BlameManagement, BlameDenial, BlameCustomer}
}

// Labels holds one boolean per criterion, as in the eval files.
type Labels struct {
	Empathy     bool `json:"empathy"`
	Apology     bool `json:"apology"`
	Blame       bool `json:"blame"`
	Callback    bool `json:"callback"`
	Question    bool `json:"question"`
	Summary     bool `json:"summary"`
	Overpromise bool `json:"overpromise"`
	Agreement   bool `json:"agreement"`
}

// Get reports whether criterion c is present.
func (l Labels) Get(c Criterion) bool {
	switch c {
	case Empathy:
		return l.Empathy
	case Apology:
		return l.Apology
	case Blame:
		return l.Blame
	case Callback:
		return l.Callback
	case Question:
		return l.Question
	case Summary:
		return l.Summary
	case Overpromise:
		return l.Overpromise
	case Agreement:
		return l.Agreement
	}
	return false
}

// Set sets criterion c to v.
func (l *Labels) Set(c Criterion, v bool) {
	switch c {
	case Empathy:
		l.Empathy = v
	case Apology:
		l.Apology = v
	case Blame:
		l.Blame = v
	case Callback:
		l.Callback = v
	case Question:
		l.Question = v
	case Summary:
		l.Summary = v
	case Overpromise:
		l.Overpromise = v
	case Agreement:
		l.Agreement = v
	}
}

// Finding is one piece of evidence in a reply: the words at
// Reply[Start:End] (byte offsets) that earned a criterion (Hit) or that
// nearly did (a near miss, with Note saying why it did not count).
type Finding struct {
	Criterion Criterion `json:"criterion"`
	Hit       bool      `json:"hit"`
	Kind      BlameKind `json:"kind,omitempty"`
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Text      string    `json:"text"`
	Rule      string    `json:"rule"`
	// Note says why a near miss did not count, in the result's language;
	// NoteID names it in the language files.
	Note   string `json:"note,omitempty"`
	NoteID string `json:"note_id,omitempty"`
}

// Result is what the scorer found in one reply.
type Result struct {
	// Lang is the language the reply was scored in (nl or en; a mixed
	// reply reports its dominant language).
	Lang      Lang      `json:"lang"`
	Criteria  Labels    `json:"criteria"`
	BlameKind BlameKind `json:"blame_kind"`
	// Findings lists hits and near misses in the order they occur.
	Findings []Finding `json:"findings"`
	// Cut is true when the reply was longer than MaxReplyBytes: only its
	// first part, up to the last word boundary within the limit, was
	// scored, and every finding lies in that part.
	Cut bool `json:"cut,omitempty"`
}

// Hits returns the findings that earned criterion c.
func (r Result) Hits(c Criterion) []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Hit && f.Criterion == c {
			out = append(out, f)
		}
	}
	return out
}

// NearMisses returns the findings that explain why something did not count.
func (r Result) NearMisses() []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if !f.Hit {
			out = append(out, f)
		}
	}
	return out
}
