package scoring

// detectLang returns want when it is NL or EN, otherwise the language
// whose common words the reply uses more (Dutch on a tie).
func detectLang(t *text, want Lang) Lang {
	if want == NL || want == EN {
		return want
	}
	nl, en := 0, 0
	for i := range t.toks {
		tk := &t.toks[i]
		if nlWords.in(tk) {
			nl++
		}
		if enWords.in(tk) {
			en++
		}
	}
	if en > nl {
		return EN
	}
	return NL
}

var (
	nlWords = std.set("language-words-nl")
	enWords = std.set("language-words-en")
)
