package scoring

// frames108Cases (-171): questions that ask nothing new, found on the
// train split.
//
// A Dutch question in the order of a statement, opened by an article or
// a demonstrative ("het pakket is helemaal kwijt?"), hands a fact back;
// one opened by a verb, or by "het" with a verb ("het lukt nog steeds
// niet?"), or offering a choice still asks. "You cut out there" and
// "welk merk was het ook alweer?" ask the customer to say it again; "when
// did you first notice it again?" asks when it came back.
func frames108Cases() []scorerCase {
	return []scorerCase{
		{"f131/question/nl/het-pakket-kwijt", NL, "Hoi Sanne, het pakket is helemaal kwijt?", "", nil},
		{"f131/question/nl/is-het-pakket-kwijt", NL, "Is het pakket helemaal kwijt?", "question", nil},
		{"f131/question/nl/het-lukt-niet", NL, "Het lukt nog steeds niet?", "question", nil},
		{"f131/question/nl/lamp-rood-of-groen", NL, "De lamp brandt rood of groen?", "question", nil},
		{"f131/question/nl/welk-merk-alweer", NL, "Welk merk was het ook alweer?", "", nil},
		{"f131/question/en/you-cut-out", EN, "You cut out there, which road did you say?", "", nil},
		{"f131/question/en/model-again", EN, "What was the model again?", "", nil},
		{"f131/question/en/notice-again", EN, "When did you first notice the noise again?", "question", nil},
	}
}
