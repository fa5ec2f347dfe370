package flow

// texts holds the game's words: key → {Dutch, English}.
var texts = map[string][2]string{
	"game":           {"Kalm", "Kalm"},
	"tagline":        {"Oefen gesprekken met boze klanten", "Practise calls with angry customers"},
	"language":       {"Taal", "Language"},
	"lang.name":      {"Nederlands", "English"},
	"name":           {"Naam", "Name"},
	"name.empty":     {"(typ je naam)", "(type your name)"},
	"mode":           {"Modus", "Mode"},
	"practice":       {"Oefenen: live coaching tijdens het typen", "Practice: live coaching while you type"},
	"exam":           {"Examen: feedback pas na het versturen", "Exam: feedback only after sending"},
	"font":           {"Lettergrootte", "Font size"},
	"font.normal":    {"Normaal", "Normal"},
	"font.big":       {"Groot", "Large"},
	"pack":           {"Pakket", "Pack"},
	"start":          {"Beginnen", "Start"},
	"title.help":     {"↑↓ kiezen · ←→ wijzigen · Enter verder · Esc stoppen", "↑↓ choose · ←→ change · Enter continue · Esc quit"},
	"picker":         {"Kies een gesprek", "Choose a call"},
	"picker.help":    {"↑↓ kiezen · Enter bellen · Esc terug", "↑↓ choose · Enter call · Esc back"},
	"difficulty":     {"Moeilijkheid", "Difficulty"},
	"best":           {"Beste score", "Best score"},
	"best.none":      {"nog niet gespeeld", "not played yet"},
	"hold":           {"De klant hangt in de wacht", "The customer is on hold"},
	"hold.music":     {"Wachtmuziek", "Hold music"},
	"hold.anger":     {"Boosheid", "Anger"},
	"hold.help":      {"Enter: neem nu op (de hele wachttijd telt toch mee)", "Enter: pick up now (the whole wait still counts)"},
	"muted.nodevice": {"Geen geluidsapparaat: de wachtmuziek staat uit.", "No sound device: the hold music is muted."},
	"muted.flag":     {"Wachtmuziek uit.", "Hold music off."},
	"call":           {"In gesprek met", "On the line with"},
	"anger":          {"Boosheid", "Anger"},
	"score":          {"Score", "Score"},
	"notes":          {"Notities", "Notes"},
	"notes.empty":    {"Tab: noteer hier de feiten", "Tab: jot the facts down here"},
	"reply":          {"Jouw antwoord", "Your reply"},
	"reply.empty":    {"Typ je antwoord…", "Type your reply…"},
	"call.help":      {"Enter versturen · Shift+Enter nieuwe regel · Tab notities · Esc ophangen", "Enter send · Shift+Enter new line · Tab notes · Esc hang up"},
	"speaking":       {"De klant praat nog…", "The customer is still talking…"},
	"you":            {"Jij", "You"},
	"live":           {"Live coaching", "Live coaching"},
	"last":           {"Je laatste antwoord", "Your last reply"},
	"ended":          {"Het gesprek is voorbij. Enter: naar de nabespreking", "The call is over. Enter: to the debrief"},
	"debrief":        {"Nabespreking", "Debrief"},
	"outcome":        {"Afloop", "Outcome"},
	"resolved":       {"Opgelost", "Resolved"},
	"hung_up":        {"Opgehangen", "Hung up"},
	"escalated":      {"Geëscaleerd", "Escalated"},
	"unfinished":     {"Niet afgemaakt", "Unfinished"},
	"plot":           {"Boosheid tijdens het gesprek", "Anger during the call"},
	"triad":          {"Drieslag", "Triad"},
	"t.understand":   {"Begrip tonen", "Show understanding"},
	"t.sorry":        {"Sorry zeggen", "Say sorry"},
	"t.solve":        {"Oplossen", "Solve"},
	"steps":          {"Zes stappen", "Six steps"},
	"s.listen":       {"Luisteren", "Listen"},
	"s.summarise":    {"Samenvatten", "Summarise"},
	"s.apologise":    {"Excuses en doorvragen", "Apologise and ask"},
	"s.analyse":      {"Analyseren", "Analyse"},
	"s.plan":         {"Plan afspreken", "Agree a plan"},
	"s.aftercare":    {"Nazorg", "Aftercare"},
	"turn":           {"Beurt", "Turn"},
	"model":          {"Modelantwoord", "Model answer"},
	"debrief.help":   {"↑↓ beurt kiezen · R opnieuw vanaf deze beurt · Enter andere scenario's · Esc titel", "↑↓ choose a turn · R retry from this turn · Enter other scenarios · Esc title"},
	"broken":         {"Dit scenariopakket kan niet gespeeld worden", "This scenario pack cannot be played"},
	"broken.help":    {"Verbeter het pakket (kalm check PAD) en start opnieuw. Enter of Esc: stoppen", "Fix the pack (kalm check PATH) and start again. Enter or Esc: quit"},
	"c.empathy":      {"Begrip", "Empathy"},
	"c.apology":      {"Excuses", "Apology"},
	"c.blame":        {"Schuld afschuiven", "Blame"},
	"c.callback":     {"Terugbelafspraak", "Callback"},
	"c.question":     {"Vraag", "Question"},
	"c.summary":      {"Samenvatting", "Summary"},
	"c.overpromise":  {"Te veel beloven", "Overpromise"},
	"c.agreement":    {"Akkoord vragen", "Agreement"},
	"save.failed":    {"Resultaat niet bewaard", "Result not saved"},
}

// T returns the text for key in lang ("nl" or "en"); an unknown key
// returns the key itself so a missing text shows rather than vanishes.
func T(lang, key string) string {
	t, ok := texts[key]
	if !ok {
		return key
	}
	if lang == "en" {
		return t[1]
	}
	return t[0]
}
