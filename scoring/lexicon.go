package scoring

// role says what a lexicon match means.
type role uint8

const (
	hit  role = iota // evidence for the criterion (subject to the criterion's context checks)
	miss             // a near miss: it cancels hits as its scope says, and explains itself
	cue              // a cue the criterion's rules read; not a finding by itself
)

// scope says which hits a miss cancels.
type scope uint8

const (
	scopeSpan     scope = iota // hits overlapping the miss
	scopeSentence              // hits in the same sentence
	scopeNote                  // none: the note is shown only when the criterion is absent
)

// entry is one line of the lexicon.
type entry struct {
	crit  Criterion
	role  role
	scope scope
	id    string
	src   string // pattern source (see pattern.go)
	note  string // for misses: the id of the note that says why it does not count
	kind  BlameKind
	tag   string // for cues: what the rules look for
	only  Lang   // with lang=nl or lang=en: the one language the rule reads ("door" is no cause in English)
}

// Notes a trainee reads: their ids in the language files, which hold the
// text in Dutch and English.
var (
	noteBareUnderstand = std.note("bare-understand")
	noteDismiss        = std.note("dismiss")
	noteNotWhy         = std.note("not-why")
	noteFeelSorry      = std.note("feel-sorry")
	noteRepeat         = std.note("repeat")
	notePardon         = std.note("pardon")
	noteHedged         = std.note("hedged")
	noteNoPromise      = std.note("no-promise")
	noteBadNews        = std.note("bad-news")
	noteRefuse         = std.note("refuse")
	noteButSorry       = std.note("but-sorry")
	noteDayOnly        = std.note("day-only")
	noteVague          = std.note("vague")
	noteCustomerCalls  = std.note("customer-calls")
	noteConditional    = std.note("conditional")
	noteNoTime         = std.note("no-time")
	noteAdmin          = std.note("admin")
	noteSarcasm        = std.note("sarcasm")
	noteSarcasmSorry   = std.note("sarcasm-sorry")
	noteOwns           = std.note("owns")
	noteNews           = std.note("news-later")
	noteFixes          = std.note("party-fixes")
	noteNeed           = std.note("need-named")
	noteAlternative    = std.note("alternative")
)
