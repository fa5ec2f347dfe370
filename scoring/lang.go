package scoring

// detectLang returns want when it is NL or EN, otherwise the language
// whose common words the reply uses more (Dutch on a tie).
func detectLang(t *text, want Lang) Lang {
	if want == NL || want == EN {
		return want
	}
	nl, en := 0, 0
	for _, tk := range t.toks {
		if nlWords.in(&tk) {
			nl++
		}
		if enWords.in(&tk) {
			en++
		}
	}
	if en > nl {
		return EN
	}
	return NL
}

var (
	nlWords = set("de", "het", "een", "en", "ik", "u", "je", "is", "dat", "niet", "van", "op", "voor", "met", "wij", "we", "uw", "dit", "er",
		"maar", "ook", "nog", "wat", "zijn", "heeft", "hebt", "bent", "kan", "kunt", "zal", "bel", "morgen", "vandaag", "sorry", "excuses",
		"dank", "graag", "hoe", "waar", "wanneer", "zo", "al", "om", "uur", "dus", "mijn", "ons", "onze", "jullie", "hoor", "even", "gerust", "mag")
	enWords = set("the", "a", "an", "and", "i", "you", "is", "that", "not", "of", "on", "for", "with", "we", "your", "this", "it", "there",
		"but", "also", "still", "what", "are", "have", "has", "can", "will", "call", "tomorrow", "today", "sorry", "apologise", "thanks",
		"please", "how", "where", "when", "so", "all", "at", "my", "our", "us", "to", "be", "am", "do", "if", "in", "just")
)
