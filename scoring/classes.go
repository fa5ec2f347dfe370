package scoring

// classes are the named word lists patterns refer to as $name.
var classes = map[string]string{
	// the customer
	"you": "u|je|you|uw|your|yourself|jezelf",
	// the agent or the company
	"we": "ik|we|wij|i|ons|onze|our|us|mijn|my|me|mij",
	// words for what the customer feels or what the problem does to them
	"feel": "schrikt|schrok|gelooft|vertrouwt|patience|geduld|vertrouwen|trust|shock|schok|geschokt|shocked|frustreert|frustreren|irriteert|ergert|ergeren|stoort|dwarszit|genoeg|boos|kwaad|razend|woedend|pissig|nijdig|gefrustreerd|frustratie|frustrerend|frustrerende|geergerd|ergernis|ergerlijk|" +
		"irritant|geirriteerd|teleurgesteld|teleurstelling|teleurstellend|ontevreden|ongerust|bezorgd|zorgen|geschrokken|schrik|" +
		"baalt|baal|balen|beu|zat|overvallen|verrassing|gestrest|stress|stressvol|vervelend|vervelende|lastig|moeilijk|zwaar|" +
		"ellende|gedoe|hoofdpijn|onzeker|onzekerheid|verdriet|verdrietig|onrustig|klaar|opgelucht|machteloos|hulpeloos|" +
		"angry|upset|mad|furious|livid|annoyed|annoying|annoyance|frustrated|frustrating|frustration|frustrations|irritated|irritating|" +
		"disappointed|disappointing|disappointment|unhappy|worried|worry|worries|worrying|concern|concerns|concerned|stressed|stress|" +
		"stressful|fright|scared|afraid|anxious|fed|inconvenient|difficult|hard|rough|tough|awful|terrible|horrible|" +
		"infuriating|maddening|upsetting|exhausting|feel|feels|feeling|feelings|voelt|voelen|gevoel|" +
		"alarmed|alarming|panic|panicking|panicked|gutted|devastated|frightened|frightening|scary|embarrassed|embarrassing|" +
		"distressing|distressed|miserable|nervous|paniek|bang|angstig|eng|beangstigend|onaangenaam|akelig",
	// words that understand or acknowledge
	"understand": "begrijp|snap|understand|get|appreciate|see|hear|hoor|zie|kan|can",
	// contact verbs: the agent gets back to the customer
	"contact": "bel|bellen|belt|terugbellen|terugbel|telefoneer|contacteer|contacteren|mail|mailen|stuur|sturen|laat|laten|" +
		"kom|komen|neem|nemen|sms|app|appen|call|calling|ring|phone|email|emailing|text|message|contact|reach|update|follow|get|send|drop|give",
	// negators
	"neg": "niet|geen|nooit|niks|niets|not|no|never|nothing|none|nobody",
	// third parties: couriers, suppliers, partners, manufacturers
	"supplier": "leverancier|leveranciers|supplier|suppliers|koerier|koeriers|courier|couriers|vervoerder|vervoerders|bezorger|bezorgers|bezorgdienst|pakketdienst|transporteur|carrier|carriers|" +
		"postnl|dhl|ups|fedex|bpost|gls|dpd|postbode|partner|partners|partnerbedrijf|onderaannemer|aannemer|aannemers|subcontractor|subcontractors|contractor|contractors|" +
		"fabrikant|manufacturer|manufacturers|producent|netbeheerder|netwerkbeheerder|airport|luchthaven|gemeente|council|" +
		"facebook|whatsapp|apple|google|microsoft|samsung|netflix|bank|banken|betaalprovider|installateur|installer|vendor|vendors|thuisbezorger|bezorgbedrijf|transportbedrijf|verzekeraar|insurer|overheid|government|airline|luchtvaartmaatschappij|vliegveld|douane|customs|operator|operators|railway|spoorbeheerder|netwerkoperator|" +
		"betaalpartner|bezorgpartner|leveringspartner|transportpartner|hotel|hotels|restaurant|restaurants|verhuurder|landlord|club",
	// the documents a reply can hide behind
	"doc": "contract|contracten|overeenkomst|voorwaarden|leveringsvoorwaarden|abonnementsvoorwaarden|servicevoorwaarden|gebruiksvoorwaarden|verkoopvoorwaarden|lettertjes|reglement|beleid|clausule|artikel|policy|policies|terms|conditions|agreement|print|regels|rules|procedure|procedures|tos",
}
