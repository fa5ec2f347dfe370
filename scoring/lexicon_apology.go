package scoring

// apologyLexicon: the agent or the company says sorry.
var apologyLexicon = []entry{
	{crit: Apology, id: "sorry", src: "sorry|sorrys"},
	{crit: Apology, id: "nl.excuses", src: "excuses|verontschuldigingen|verontschuldigen|verontschuldig|verontschuldigd|verontschuldigt"},
	{crit: Apology, id: "nl.excuse-us", src: "excuseer|excuseert ons|me|mij|mijn ~3 voor"},
	{crit: Apology, id: "nl.regret", src: "spijt|spijten me|mij|ons|het|enorm|oprecht|ontzettend|echt|heel|verschrikkelijk|zeer|vreselijk"},
	{crit: Apology, id: "nl.it-regrets", src: "het|dat|wat spijt|spijtte"},
	{crit: Apology, id: "nl.pity-to-hear", src: "jammer|spijtig|vervelend|naar|rot|erg|triest|sneu|droevig|balen om ~2 horen|lezen|zien|vernemen"},
	{crit: Apology, id: "nl.pity-that", src: "jammer|spijtig dat"},
	{crit: Apology, id: "nl.fault-ours", src: "mea culpa|onze fout|mijn fout|ons fout|my bad|our bad"},
	{crit: Apology, id: "nl.pardon-for", src: "pardon voor|for"},
	{crit: Apology, id: "nl.forgive", src: "vergeef|vergeeft|forgive ons|me|mij|us"},
	{crit: Apology, id: "en.apologise", src: "apologise|apologies|apologising|apologised|apology|apologetic"},
	{crit: Apology, id: "en.excuse-for", src: "excuse|excuses me|us for|that|this"},
	{crit: Apology, id: "en.regret", src: "regret|regrets|regretful|regrettable"},
	{crit: Apology, id: "en.sad-to-hear", src: "sad|disappointed|upset|unhappy|gutted|bummed|saddened|troubled|concerned|distressed|dismayed|heartbroken|sorry|unfortunate|hate|horrified to hear|learn|read|see|know"},
	{crit: Apology, id: "en.not-good-to-hear", src: "not|never good|nice|great to hear|read|see"},

	{crit: Apology, role: miss, scope: scopeSpan, id: "en.feel-that-way", src: "sorry|regret|apologise|apologies|spijt|jammer ~2 you|u|je|if feel|felt|think|thought|perceive|voelt|denkt|vindt|ervaart|ervaren|beleeft", note: noteFeelSorry},
	{crit: Apology, role: miss, scope: scopeSpan, id: "en.feel-upset", src: "sorry|regret|apologise|apologies ~2 you|if ~2 are|were|feel|felt|be|been|got|get offended|upset|unhappy|disappointed|annoyed|angry|frustrated|bothered", note: noteFeelSorry},
	{crit: Apology, role: miss, scope: scopeSpan, id: "nl.feel-that-way", src: "spijt|sorry|jammer|excuses ~~4 u|je ~3 zo ~3 voelt|ervaart|ervaren|denkt|ziet|beleeft|opvat|voelen", note: noteFeelSorry},
	{crit: Apology, role: miss, scope: scopeSpan, id: "nl.feel-offended", src: "spijt|sorry|excuses ~~4 als|indien u|je ~4 beledigd|gekwetst|aangevallen|geschoffeerd", note: noteFeelSorry},
	{crit: Apology, role: miss, scope: scopeSpan, id: "hedge.if", src: "sorry|apologies|apologise|excuses|spijt|regret [me|mij|ons] [for|voor] if|als|indien|mocht|whatever", note: noteHedged},
	{crit: Apology, role: miss, scope: scopeSentence, id: "hedge.may-have", src: "may|might|could|kan|mogelijk|eventueel|possibly [have|heeft|hebben|hebt] caused|veroorzaakt|ontstaan|bezorgd|ondervonden", note: noteHedged},
	{crit: Apology, role: miss, scope: scopeSentence, id: "hedge.eventual", src: "eventuele|eventueel|mogelijke|mogelijk|possible ongemak|ongemakken|overlast|hinder|inconvenience|inconveniences|last|problemen", note: noteHedged},
	{crit: Apology, role: miss, scope: scopeSpan, id: "nl.no-apology", src: "geen|niet|nooit|nergens ~2 excuses|sorry|spijt|verontschuldigen|verontschuldig", note: noteRefuse},
	{crit: Apology, role: miss, scope: scopeSpan, id: "en.no-apology", src: "not|no|never|nothing|without ~3 apologise|apologies|apology|sorry|apologising", note: noteRefuse},
	{crit: Apology, role: miss, scope: scopeSpan, id: "en.nothing-to", src: "nothing|niets|niks ~2 to|te|voor apologise|sorry|excuses", note: noteRefuse},
	{crit: Apology, role: miss, scope: scopeNote, id: "bad-news", src: "jammer|spijtig genoeg", note: noteBadNews},
	{crit: Apology, role: miss, scope: scopeNote, id: "bad-news2", src: "helaas|unfortunately|sadly", note: noteBadNews},
}
