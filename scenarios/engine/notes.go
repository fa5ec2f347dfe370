package engine

// eventNote returns the trainee-readable note for one of the engine's
// own event kinds, in lang ("" for kinds whose note comes from the
// scenario).
func eventNote(kind, lang string) string {
	nl, en := "", ""
	switch kind {
	case EventInterrupted:
		nl = "U onderbrak de klant voor die uitgesproken was. Laat een boze klant eerst uitrazen."
		en = "You interrupted the customer before they had finished. Let an angry customer vent first."
	case EventSlow:
		nl = "Dat duurde lang: de klant werd ongeduldig."
		en = "That took a while: the customer grew impatient."
	case EventNoPlan:
		nl = "Nog geen concrete volgende stap (terugbellen op een vast moment): zo kan het gesprek niet opgelost worden."
		en = "No concrete next step yet (a callback at a set time): the call cannot be resolved like this."
	}
	if lang == "nl" {
		return nl
	}
	return en
}
