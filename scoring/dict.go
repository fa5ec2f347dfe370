package scoring

// dictionary is everything the scorer knows of a word, gathered when the
// Scorer is built, so that reading a word of a reply costs one map
// lookup instead of one per table (the lexicons' words, contractions,
// idioms, parts of the day, the learned layer's words). It is immutable
// after New.
type dictionary struct {
	index   map[string]int32 // word → its entry; a word not there has entry 0
	entries []dictEntry      // entries[0] is the entry of every unknown word
	sets    []setFlags       // the distinct word sets of the entries (dictEntry.sets)
	table   wordTable        // index again, for reading a reply's words fast
}

// dictEntry is what the scorer knows of one word. Each field says
// exactly what the table it was taken from says of the word.
//
// The fields every word of a reply reads (the tokenizer's and the
// learned layer's) come first, in the entry's first 128 bytes, and the
// entry is padded to 256 bytes: the entries of a large dictionary do not
// fit in the cache, and so each word costs two cache lines, not three
// or four (TestDictEntryLayout).
type dictEntry struct {
	wordInfo             // Scorer.words[w]: lexicon id, word sets, spelling
	known     bool       // w is a key of Scorer.words (no typo check then)
	isExpand  bool       // w is a contraction (a key of std.expand)
	idiom     bool       // std.starts[w]: w may start an idiom
	noFuzzy   bool       // std.noFuzzy[w]: w is no typo
	partOfDay bool       // partOfDay(w)
	modelWord int32      // the word number of w in Scorer.model, -1 for none
	sets      *setFlags  // wordInfo.flags, in dictionary.sets: a token points there (token.flags)
	spellTo   *dictEntry // the entry of wordInfo.spell, when it is set
	expand    []string   // std.expand[w]: the words a contraction stands for
	number    int        // numberWords[w]: the number w names, 0 for none
	stdFlags  setFlags   // std.flags[w]: the built-in word sets of w (wordSet.has)
	_         [24]byte   // pads the entry to 256 bytes, a multiple of the cache line
}

// lookup returns the entry of w.
func (d *dictionary) lookup(w string) *dictEntry { return &d.entries[findWord(&d.table, w)] }

// lookupBytes returns the entry of the word in b (without copying it).
func (d *dictionary) lookupBytes(b []byte) *dictEntry { return &d.entries[findWord(&d.table, b)] }

// buildDictionary gathers the scorer's tables into one dictionary. It
// runs at the end of New, when s.words, s.spell and s.model are final.
func (s *Scorer) buildDictionary() dictionary {
	size := len(s.words) + len(std.expand) + 512
	if s.model != nil {
		size += len(s.model.words)
	}
	d := dictionary{index: make(map[string]int32, size), entries: make([]dictEntry, 1, size)}
	d.entries[0].modelWord = -1
	add := func(w string) {
		if _, ok := d.index[w]; !ok {
			d.index[w] = int32(len(d.entries))
			d.entries = append(d.entries, dictEntry{})
		}
	}
	for w, wi := range s.words {
		add(w)
		if wi.spell != "" {
			add(wi.spell)
		}
	}
	for w, ws := range std.expand {
		add(w)
		for _, x := range ws {
			add(x)
		}
	}
	for w := range std.starts {
		add(w)
	}
	for _, form := range std.idioms {
		add(form)
	}
	for w := range std.noFuzzy {
		add(w)
	}
	for w := range std.flags {
		add(w)
	}
	for w := range numberWords {
		add(w)
	}
	// every word partOfDay is true of: the set's words and the compounds
	// of a day name and a part of the day
	for _, w := range partOfDayWords.list {
		add(w)
	}
	for _, day := range dayNames.list {
		for _, part := range dayParts.list {
			add(day + part)
		}
	}
	if s.model != nil {
		for w := range s.model.words {
			add(w)
		}
	}
	for w, i := range d.index {
		e := &d.entries[i]
		e.wordInfo, e.known = s.words[w]
		e.expand, e.isExpand = std.expand[w]
		e.idiom = std.starts[w]
		e.noFuzzy = std.noFuzzy[w]
		e.stdFlags = std.flags[w]
		e.number = numberWords[w]
		e.partOfDay = partOfDay(w)
		e.modelWord = -1
		if n, ok := s.model.wordNumber(w); ok {
			e.modelWord = n
		}
	}
	for _, i := range d.index {
		if e := &d.entries[i]; e.known && e.spell != "" {
			e.spellTo = &d.entries[d.index[e.spell]]
		}
	}
	d.internSets()
	d.table = newWordTable(d.index)
	return d
}

// internSets fills d.sets with the distinct word sets of the entries and
// points each entry's sets there: a thousand or so values, which stay in
// the cache, where each entry's own copy would not.
func (d *dictionary) internSets() {
	at := map[setFlags]int{}
	of := make([]int, len(d.entries))
	for i := range d.entries {
		f := d.entries[i].flags
		k, ok := at[f]
		if !ok {
			k = len(d.sets)
			at[f] = k
			d.sets = append(d.sets, f)
		}
		of[i] = k
	}
	for i := range d.entries {
		d.entries[i].sets = &d.sets[of[i]]
	}
}

// wordNumber returns the number of word w in the model's word tables
// (nil model: none).
func (m *Model) wordNumber(w string) (int32, bool) {
	if m == nil {
		return -1, false
	}
	n, ok := m.words[w]
	return n, ok
}

// modelWord returns the number of the word the learned layer reads for
// token tk (numWord for a number) in model m, or -1 when m has none.
func (s *Scorer) modelWord(m *Model, tk *token, w string) int32 {
	if m == s.model && tk.e != nil {
		if tk.kind == tNum {
			return s.modelNum
		}
		return tk.e.modelWord
	}
	if n, ok := m.wordNumber(w); ok {
		return n
	}
	return -1
}

// hasTok reports s.has(tk.norm) (nil tk: s.has("")), from the token's
// dictionary entry when it has one: the built-in sets, without the
// words a pack's extension adds (those are in the token's flags, read by
// wordSet.in).
func (s wordSet) hasTok(tk *token) bool {
	switch {
	case tk == nil:
		return s.has("")
	case tk.e != nil:
		return tk.e.stdFlags[s.bit>>6]&(1<<(s.bit&63)) != 0
	}
	return s.has(tk.norm)
}

// number returns numberWords[tk.norm] (nil tk: numberWords[""]), from
// the token's dictionary entry when it has one.
func (tk *token) number() int {
	switch {
	case tk == nil:
		return numberWords[""]
	case tk.e != nil:
		return tk.e.number
	}
	return numberWords[tk.norm]
}
