package scoring

// contractions expands English (and a few Dutch) contractions and their
// apostrophe-less typos into the words they stand for.
var contractions = map[string][]string{
	"i'm": {"i", "am"}, "im": {"i", "am"}, "i'll": {"i", "will"}, "i'd": {"i", "would"}, "i've": {"i", "have"},
	"we're": {"we", "are"}, "we'll": {"we", "will"}, "we'd": {"we", "would"}, "we've": {"we", "have"},
	"you're": {"you", "are"}, "youre": {"you", "are"}, "you'll": {"you", "will"}, "you'd": {"you", "would"}, "you've": {"you", "have"},
	"it's": {"it", "is"}, "it'll": {"it", "will"}, "that's": {"that", "is"}, "thats": {"that", "is"},
	"there's": {"there", "is"}, "theres": {"there", "is"}, "what's": {"what", "is"}, "let's": {"let", "us"},
	"they're": {"they", "are"}, "they'll": {"they", "will"}, "he'll": {"he", "will"}, "she'll": {"she", "will"},
	"don't": {"do", "not"}, "dont": {"do", "not"}, "doesn't": {"does", "not"}, "doesnt": {"does", "not"},
	"didn't": {"did", "not"}, "didnt": {"did", "not"}, "can't": {"can", "not"}, "cant": {"can", "not"}, "cannot": {"can", "not"},
	"won't": {"will", "not"}, "isn't": {"is", "not"}, "isnt": {"is", "not"}, "aren't": {"are", "not"},
	"wasn't": {"was", "not"}, "weren't": {"were", "not"}, "haven't": {"have", "not"}, "hasn't": {"has", "not"},
	"shouldn't": {"should", "not"}, "couldn't": {"could", "not"}, "wouldn't": {"would", "not"},
	"should've": {"should", "have"}, "could've": {"could", "have"}, "would've": {"would", "have"}, "i'd've": {"i", "would", "have"},
	"'t": {"het"}, "'k": {"ik"}, "m'n": {"mijn"}, "z'n": {"zijn"}, "d'r": {"haar"}, "'s": {"s"},
	"'n": {"een"}, "da's": {"dat", "is"}, "t'is": {"het", "is"},
}

// typos maps frequent misspellings and spelling variants to one form.
// Words longer than five letters also get a one-edit fuzzy match against
// fuzzyTargets; this list holds what that cannot reach.
var typos = map[string]string{
	"sorrie": "sorry", "sory": "sorry", "sorri": "sorry", "soz": "sorry", "sry": "sorry", "srry": "sorry", "sorryy": "sorry",
	"excuus": "excuses", "exuses": "excuses", "exkuses": "excuses", "excusses": "excuses", "excuzes": "excuses", "exuus": "excuses",
	"apologize": "apologise", "apologized": "apologised", "apologizing": "apologising", "apologizes": "apologise", "apologises": "apologise",
	"appologise": "apologise", "appologize": "apologise", "apologies": "apologies", "appologies": "apologies", "apologys": "apologies",
	"tommorow": "tomorrow", "tomorow": "tomorrow", "tommorrow": "tomorrow", "tmrw": "tomorrow", "tmr": "tomorrow",
	"definately": "definitely", "definitly": "definitely", "defintely": "definitely",
	"guarentee": "guarantee", "garantee": "guarantee", "guarante": "guarantee",
	"begrijpt": "begrijp", "begrijpen": "begrijp", "begreip": "begrijp", "begijp": "begrijp", "begrijpe": "begrijp",
	"snapt": "snap", "snappen": "snap",
	"vervelent": "vervelend", "vervellend": "vervelend", "vervelende": "vervelend",
	"verontschuldiging": "verontschuldigingen", "verontschuldig": "verontschuldigen",
	"understood": "understood", "undestand": "understand", "understnad": "understand", "understan": "understand",
	"afternon": "afternoon", "mornin": "morning",
	"ok": "oke", "okay": "oke", "oké": "oke", "okey": "oke", "okee": "oke",
	"eerstdaags":  "binnenkort",
	"morgenvroeg": "morgenochtend", "morgenmorgen": "morgenochtend", "morgenvoormiddag": "morgenochtend",
	"morgennamiddag": "morgenmiddag", "vannamiddag": "vanmiddag",
	"vanmorgen": "vanochtend", "vanvoormiddag": "vanochtend",
	"ge": "u", "gij": "u", "da": "dat", "nie": "niet", "zijt": "bent", "hebde": "heeft", "uwe": "uw", "jij": "je", "jou": "je", "jouw": "je", "jullie": "je", "uzelf": "u",
	"mevrouw": "mevrouw", "meneer": "meneer", "mijnheer": "meneer",
	"geemaild": "gemaild", "email": "mail", "emailen": "mailen", "emailtje": "mail", "mailtje": "mail",
	"sms": "sms", "smsje": "sms", "berichtje": "bericht", "telefoontje": "telefoontje",
	"priveberichtje": "privebericht", "pb": "privebericht", "dm": "dm", "dms": "dm",
}

// fuzzyTargets are words worth recovering from a one-letter typo.
var fuzzyTargets = []string{
	"sorry", "excuses", "apologise", "apologies", "verontschuldigen", "verontschuldigingen",
	"begrijp", "understand", "frustrating", "frustration", "frustrated", "frustratie", "frustrerend",
	"vervelend", "annoying", "tomorrow", "morgenochtend", "morgenmiddag", "morgenavond", "vanmiddag",
	"vanavond", "afternoon", "morning", "evening", "definitely", "guarantee", "garanderen",
	"gegarandeerd", "terugbellen", "voorwaarden", "leverancier", "website", "inconvenience",
	"ongemak", "management", "directie", "afdeling", "department", "uiterlijk", "vandaag",
	"ongetwijfeld", "beloof", "promise", "contracten", "supplier", "binnen", "within",
	"begrijpelijk", "understandable", "teleurgesteld", "disappointed", "teleurstelling",
	"disappointing", "onaanvaardbaar", "unacceptable", "samenvatten", "meegeschreven",
}

// noFuzzy are real words one edit away from a fuzzy target; they are
// never "corrected".
var noFuzzy = map[string]bool{
	"contact": true, "contacts": true, "excuse": true, "excused": true, "sorrow": true, "begrip": true,
	"binnen": true, "morning": true, "mornings": true, "evenings": true, "understands": true, "apology": true,
	"frustrate": true, "department": true, "departments": true, "websites": true, "vervelen": true,
	"afdelingen": true, "promised": true, "promises": true, "within": true, "binnenin": true,
	"schikte": true, "schik": true, "begrijp": true,
	"directe": true, "direct": true, "vandaan": true, "mornin": true, "binnenste": true,
}
