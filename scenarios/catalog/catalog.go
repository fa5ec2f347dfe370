// Package catalog holds every text a player reads, in Dutch and English,
// keyed by id: the game's screens, `kalm play --text` and the names of
// the criteria, the triad and the six steps. One catalogue keeps the
// game and the text mode saying the same thing ("Drieslag", "Plan
// afspreken") in the player's language. The scorer's hints live with its
// language files (scoring/lang).
package catalog

// texts holds the words: key → {Dutch, English}.
var texts = map[string][2]string{
	"game":            {"Kalm", "Kalm"},
	"tagline":         {"Oefen gesprekken met boze klanten", "Practise calls with angry customers"},
	"language":        {"Taal", "Language"},
	"lang.name":       {"Nederlands", "English"},
	"name":            {"Naam", "Name"},
	"name.empty":      {"(typ je naam)", "(type your name)"},
	"mode":            {"Modus", "Mode"},
	"practice":        {"Oefenen: live coaching tijdens het typen", "Practice: live coaching while you type"},
	"exam":            {"Examen: feedback pas na het versturen", "Exam: feedback only after sending"},
	"font":            {"Lettergrootte", "Font size"},
	"font.normal":     {"Normaal", "Normal"},
	"font.big":        {"Groot", "Large"},
	"pack":            {"Pakket", "Pack"},
	"start":           {"Beginnen", "Start"},
	"title.help":      {"↑↓ kiezen · ←→ wijzigen · Enter verder · Esc stoppen", "↑↓ choose · ←→ change · Enter continue · Esc quit"},
	"picker":          {"Kies een gesprek", "Choose a call"},
	"picker.help":     {"↑↓ kiezen · Enter bellen · L ranglijst · Esc terug", "↑↓ choose · Enter call · L leaderboard · Esc back"},
	"difficulty":      {"Moeilijkheid", "Difficulty"},
	"best":            {"Beste score", "Best score"},
	"best.none":       {"nog niet gespeeld", "not played yet"},
	"hold":            {"De klant hangt in de wacht", "The customer is on hold"},
	"hold.music":      {"Wachtmuziek", "Hold music"},
	"hold.anger":      {"Boosheid", "Anger"},
	"hold.help":       {"Enter: neem nu op (de hele wachttijd telt toch mee)", "Enter: pick up now (the whole wait still counts)"},
	"muted.nodevice":  {"Geen geluidsapparaat: de wachtmuziek staat uit.", "No sound device: the hold music is muted."},
	"muted.flag":      {"Wachtmuziek uit.", "Hold music off."},
	"call":            {"In gesprek met", "On the line with"},
	"anger":           {"Boosheid", "Anger"},
	"score":           {"Score", "Score"},
	"notes":           {"Notities", "Notes"},
	"notes.empty":     {"Tab: noteer hier de feiten", "Tab: jot the facts down here"},
	"reply":           {"Jouw antwoord", "Your reply"},
	"reply.empty":     {"Typ je antwoord…", "Type your reply…"},
	"call.help":       {"Enter versturen · Shift+Enter nieuwe regel · Tab notities · Esc ophangen", "Enter send · Shift+Enter new line · Tab notes · Esc hang up"},
	"call.help.ended": {"Enter of Esc: naar de nabespreking", "Enter or Esc: to the debrief"},
	"speaking":        {"De klant praat nog…", "The customer is still talking…"},
	"you":             {"Jij", "You"},
	"live":            {"Live coaching", "Live coaching"},
	"last":            {"Je laatste antwoord", "Your last reply"},
	"ended":           {"Het gesprek is voorbij. Enter: naar de nabespreking", "The call is over. Enter: to the debrief"},
	"debrief":         {"Nabespreking", "Debrief"},
	"outcome":         {"Afloop", "Outcome"},
	"resolved":        {"Opgelost", "Resolved"},
	"hung_up":         {"Opgehangen", "Hung up"},
	"escalated":       {"Geëscaleerd", "Escalated"},
	"unfinished":      {"Niet afgemaakt", "Unfinished"},
	"plot":            {"Boosheid tijdens het gesprek", "Anger during the call"},
	"triad":           {"Drieslag", "Triad"},
	"t.understand":    {"Begrip tonen", "Show understanding"},
	"t.sorry":         {"Sorry zeggen", "Say sorry"},
	"t.solve":         {"Oplossen", "Solve"},
	"steps":           {"Zes stappen", "Six steps"},
	"s.listen":        {"Luisteren", "Listen"},
	"s.summarise":     {"Samenvatten", "Summarise"},
	"s.apologise":     {"Excuses en doorvragen", "Apologise and ask"},
	"s.analyse":       {"Analyseren", "Analyse"},
	"s.plan":          {"Plan afspreken", "Agree a plan"},
	"s.aftercare":     {"Nazorg", "Aftercare"},
	"turn":            {"Beurt", "Turn"},
	"model":           {"Modelantwoord", "Model answer"},
	"debrief.help":    {"↑↓ beurt kiezen · R opnieuw vanaf deze beurt · L ranglijst · Enter andere scenario's · Esc titel", "↑↓ choose a turn · R retry from this turn · L leaderboard · Enter other scenarios · Esc title"},
	"broken":          {"Dit scenariopakket kan niet gespeeld worden", "This scenario pack cannot be played"},
	"broken.help":     {"Verbeter het pakket (kalm check PAD) en start opnieuw. Enter of Esc: stoppen", "Fix the pack (kalm check PATH) and start again. Enter or Esc: quit"},
	"c.empathy":       {"Begrip", "Empathy"},
	"c.apology":       {"Excuses", "Apology"},
	"c.blame":         {"Schuld afschuiven", "Blame"},
	"c.callback":      {"Terugbelafspraak", "Callback"},
	"c.question":      {"Vraag", "Question"},
	"c.summary":       {"Samenvatting", "Summary"},
	"c.overpromise":   {"Te veel beloven", "Overpromise"},
	"c.agreement":     {"Akkoord vragen", "Agreement"},
	"save.failed":     {"Resultaat niet bewaard", "Result not saved"},
	// the engine's coaching notes, by event kind
	"event.interrupted": {"U onderbrak de klant voor die uitgesproken was. Laat een boze klant eerst uitrazen.", "You interrupted the customer before they had finished. Let an angry customer vent first."},
	"event.slow":        {"Dat duurde lang: de klant werd ongeduldig.", "That took a while: the customer grew impatient."},
	"event.no_plan":     {"Nog geen concrete volgende stap (terugbellen op een vast moment): zo kan het gesprek niet opgelost worden.", "No concrete next step yet (a callback at a set time): the call cannot be resolved like this."},
	// the office page of the team server
	"office.title":         {"Scorebord", "Leaderboard"},
	"office.players":       {"Beste medewerkers", "Top players"},
	"office.teams":         {"Teams", "Teams"},
	"office.players.short": {"spelers", "players"},
	"office.empty":         {"Nog geen gesprekken. Wie begint?", "No calls yet. Who goes first?"},
	"office.updated":       {"Bijgewerkt om", "Updated at"},
	"office.refresh":       {"ververst zichzelf", "refreshes itself"},
	"office.all.scenarios": {"Alle scenario's", "All scenarios"},
	"office.all.teams":     {"alle teams", "all teams"},
	"office.period.week":   {"deze week", "this week"},
	"office.period.month":  {"deze maand", "this month"},
	"office.period.all":    {"altijd", "all time"},
	// kalm play --text
	"play.points":         {"punten", "points"},
	"play.none":           {"geen criteria", "no criteria"},
	"play.asked":          {"doorgevraagd: ", "asked about: "},
	"play.you":            {"u", "you"},
	"play.hold":           {"(%s stond %d minuten in de wacht%s. Boosheid: %d/100.)", "(%s was on hold for %d minutes%s. Anger: %d/100.)"},
	"play.hold.music":     {" met %q", " with %q"},
	"play.models":         {"Modelantwoorden:", "Model answers:"},
	"play.hungup.long":    {"de klant hing op", "the customer hung up"},
	"play.escalated.long": {"de klant wil een leidinggevende", "the customer asked for a manager"},
	// The team and the leaderboard.
	"team.row":           {"Team", "Team"},
	"team.notjoined":     {"geen (Enter: aansluiten)", "none (Enter: join)"},
	"board.row":          {"Ranglijst", "Leaderboard"},
	"settings":           {"Speel mee in een team", "Play in a team"},
	"settings.intro":     {"Je teamleider geeft je het adres van de teamserver en een teamcode. Je gesprekken gaan dan naar de ranglijst van het team.", "Your team lead gives you the team server's address and a team code. Your calls then go to the team's leaderboard."},
	"settings.help":      {"↑↓ kiezen · Enter verder · Esc terug", "↑↓ choose · Enter next · Esc back"},
	"settings.help.in":   {"Enter team verlaten · Esc terug", "Enter leave the team · Esc back"},
	"server":             {"Server", "Server"},
	"server.empty":       {"bijv. 192.168.1.20:8080", "e.g. 192.168.1.20:8080"},
	"code":               {"Teamcode", "Team code"},
	"code.empty":         {"van je teamleider", "from your team lead"},
	"join":               {"Aansluiten", "Join"},
	"leave":              {"Team verlaten", "Leave the team"},
	"team.in":            {"Je team", "Your team"},
	"team.joining":       {"Verbinden met de server… (Esc: stoppen)", "Connecting to the server… (Esc: stop)"},
	"team.joined":        {"Je speelt nu mee in team", "You now play in team"},
	"team.left":          {"Je bent uit het team. Je resultaten blijven op deze computer.", "You left the team. Your results stay on this computer."},
	"team.cancelled":     {"Gestopt met verbinden.", "Stopped connecting."},
	"team.need.server":   {"Vul het adres van de server in.", "Fill in the server's address."},
	"team.need.code":     {"Vul de teamcode in.", "Fill in the team code."},
	"team.need.name":     {"Vul je naam in: die komt op de ranglijst.", "Fill in your name: it goes on the board."},
	"team.none":          {"Dit spel is gestart zonder teamverbinding.", "This game was started without a team link."},
	"team.err":           {"Dat lukte niet", "That did not work"},
	"team.err.address":   {"Dat is geen serveradres (bijv. 192.168.1.20:8080)", "That is not a server address (e.g. 192.168.1.20:8080)"},
	"team.err.code":      {"Geen team met deze code: vraag je teamleider", "No team has this code: ask your team lead"},
	"team.err.offline":   {"De server antwoordt niet", "The server does not answer"},
	"team.err.member":    {"De server kent je niet meer: verlaat het team en sluit opnieuw aan", "The server no longer knows you: leave the team and join again"},
	"team.leave.waiting": {"Er wachten nog gesprekken op verzending; die gaan naar het team waar je hierna bij aansluit. Enter nog een keer: toch verlaten.", "Calls are still waiting to be sent; they go to the team you join next. Enter again: leave anyway."},
	"team.waiting":       {"%d gesprek(ken) wachten op verzending", "%d call(s) waiting to be sent"},
	"team.sent.all":      {"Alle gesprekken zijn verstuurd", "Every call has been sent"},
	"team.rejected":      {"%d geweigerd door de server", "%d refused by the server"},
	"team.send.failed":   {"Niet in de verzendmap gezet", "Not put in the outbox"},
	"debrief.sent":       {"Naar de teamranglijst gestuurd", "Sent to the team board"},
	"debrief.waiting":    {"In de verzendmap: gaat naar de teamranglijst zodra de server antwoordt", "In the outbox: goes to the team board as soon as the server answers"},
	"board":              {"Ranglijst", "Leaderboard"},
	"board.help":         {"↑↓ kiezen · ←→ wijzigen · Esc terug", "↑↓ choose · ←→ change · Esc back"},
	"board.view":         {"Lijst", "Board"},
	"board.team":         {"Team", "Team"},
	"board.personal":     {"Persoonlijk (deze computer)", "Personal (this computer)"},
	"board.scenario":     {"Gesprek", "Call"},
	"board.all":          {"Alle gesprekken", "All calls"},
	"board.period":       {"Periode", "Period"},
	"period.week":        {"Deze week", "This week"},
	"period.month":       {"Deze maand", "This month"},
	"period.all":         {"Altijd", "All time"},
	"board.loading":      {"Ranglijst ophalen…", "Reading the board…"},
	"board.empty":        {"Nog geen resultaten in deze periode.", "No results in this period yet."},
	"board.you":          {"Jij staat op plaats %d van %d", "You are number %d of %d"},
	"board.you.none":     {"Jij staat nog niet op deze lijst: speel een gesprek.", "You are not on this board yet: play a call."},
	"board.teams":        {"Teams", "Teams"},
	"board.players":      {"Spelers", "Players"},
	"board.total":        {"Totaal van je beste scores: %d", "Total of your best scores: %d"},
	"board.join":         {"Sluit aan bij een team (titelscherm → Team) voor de teamranglijst.", "Join a team (title screen → Team) for the team board."},
	"board.plays":        {"%d× gespeeld", "played %d×"},
	"board.sum":          {"Totaal", "Total"},
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

// Has reports whether key is in the catalogue.
func Has(key string) bool {
	_, ok := texts[key]
	return ok
}

// Keys returns every key of the catalogue.
func Keys() []string {
	out := make([]string, 0, len(texts))
	for k := range texts {
		out = append(out, k)
	}
	return out
}
