package scoring

// role says what a lexicon match means.
type role uint8

const (
	hit  role = iota // evidence for the criterion (subject to the criterion's context checks)
	miss             // a near miss: it cancels hits as its scope says, and explains itself
	cue              // a cue the criterion's rules read; not a finding by itself
)

// scope says which hits a miss cancels.
type scope uint8

const (
	scopeSpan     scope = iota // hits overlapping the miss
	scopeSentence              // hits in the same sentence
	scopeNote                  // none: the note is shown only when the criterion is absent
)

// entry is one line of the lexicon.
type entry struct {
	crit  Criterion
	role  role
	scope scope
	id    string
	src   string // pattern source (see pattern.go)
	note  string // for misses: why it does not count, for the trainee
	kind  BlameKind
	tag   string // for cues: what the rules look for
}

// Notes a trainee reads.
const (
	noteBareUnderstand = "'I understand' alone does not name the feeling: say what you understand (\"I can hear how frustrating this is\")"
	noteDismiss        = "this tells the customer how to feel instead of acknowledging the feeling"
	noteNotWhy         = "'I don't understand why…' dismisses the feeling"
	noteFeelSorry      = "this apologises for the customer's feelings, not for what happened"
	noteRepeat         = "asking the customer to repeat is not an apology"
	noteHedged         = "'if' or 'may have caused' makes the harm conditional: apologise for what happened"
	noteBadNews        = "'helaas' / 'unfortunately' announces bad news; it does not say sorry"
	noteRefuse         = "this refuses the apology"
	noteButSorry       = "'sorry, maar…' takes the apology back: end the apology before you explain"
	noteDayOnly        = "a day with no time of day: say when you will call (\"morgen om 10 uur\")"
	noteVague          = "not a moment the customer can hold you to: name a time"
	noteCustomerCalls  = "the customer has to make the next call: offer to call them yourself, at a set time"
	noteConditional    = "a conditional promise: commit to a time, news or not"
	noteNoTime         = "a promise to get back without a time: say when"
	noteAdmin          = "asking for an identifier is administration, not a question about the problem"
	noteSarcasm        = "said mockingly this is not empathy"
)

// lexicon is the built-in phrase list, Dutch and English together: a
// reply may mix both, and patterns are written so that the two
// languages do not trip over each other.
var lexicon = []entry{
	// ---- empathy: acknowledges the customer's emotion -----------------
	{crit: Empathy, id: "nl.understand-that", src: "begrijp|snap|begrijpen|voorstellen|inbeelden|indenken [het|heel|zo|goed|helemaal|volkomen|echt|best|zeker|natuurlijk|wel|ook] [goed|wel] dat|hoe|waarom ~~10 $feel"},
	{crit: Empathy, id: "nl.understand-you", src: "ik begrijp|snap u|je [hoor|helemaal|goed|wel|best|echt|volkomen|heel]"},
	{crit: Empathy, id: "nl.understand-feeling", src: "begrijp|snap|begrijpen [heel|goed|best|helemaal|volkomen|echt] uw|je|de|die|deze frustratie|boosheid|ergernis|teleurstelling|zorgen|reactie|onvrede|irritatie|standpunt|emoties|bezorgdheid|onrust|frustraties"},
	{crit: Empathy, id: "nl.feeling-understood", src: "frustratie|boosheid|ergernis|teleurstelling|zorgen|reactie|onvrede|irritatie|frustraties ~3 begrijp|begrijpen|begrijpelijk|snap|snappen"},
	{crit: Empathy, id: "nl.that-i-understand", src: "dat|het snap|begrijp ik [heel|zo|ook] goed|helemaal|volkomen|best|echt|wel|natuurlijk|zeker|heel"},
	{crit: Empathy, id: "nl.that-i-get", src: "dat snap ik"},
	{crit: Empathy, id: "nl.understandable", src: "begrijpelijk|begrijpelijke|invoelbaar"},
	{crit: Empathy, id: "nl.rightly", src: "en|heel|volkomen|zeer|helemaal|ook|compleet|geheel|volledig terecht"},
	{crit: Empathy, id: "nl.rightly-angry", src: "terecht|logisch|normaal|natuurlijk|begrijpelijk dat u|je ~4 boos|kwaad|gefrustreerd|teleurgesteld|ontevreden|geergerd|ongerust|geschrokken|baalt|ontstemd|bezorgd|overstuur|klaar"},
	{crit: Empathy, id: "nl.sympathy", src: "alle|veel|volledig|volle|zeker|heel|groot|nodige begrip"},
	{crit: Empathy, id: "nl.annoying-for-you", src: "vervelend|naar|rot|balen|zuur|frustrerend|ergerlijk|vervelende|frustrerende|zwaar|lastig|erg|pijnlijk|vreselijk|verschrikkelijk|sneu|triest|jammer|stom|stressvol|beroerd|klote voor u|je"},
	{crit: Empathy, id: "nl.how-annoying", src: "wat|zo|echt|erg|heel|inderdaad|ontzettend|enorm|bijzonder|uiteraard|zeer|best|behoorlijk|verschrikkelijk|ongelooflijk|natuurlijk|ook|vreselijk|superduper|super|hoogst vervelend|frustrerend|ergerlijk|rot|balen|zuur|vreselijk|beroerd|klote|pijnlijk|sneu|stressvol|frustrerende|vervelende|ellendig"},
	{crit: Empathy, id: "nl.what-nasty", src: "wat|zo naar|erg|rot|triest|stom"},
	{crit: Empathy, id: "nl.annoying-that", src: "vervelend|frustrerend|ergerlijk|balen|rot|zuur|pijnlijk|naar|stom|triest dat"},
	{crit: Empathy, id: "nl.this-is-annoying", src: "dit|dat|het|dat's is|was|moet|lijkt|klinkt [natuurlijk|inderdaad|echt|erg|zeer|uiteraard|heel|best|ook|wel|ontzettend|enorm|behoorlijk|toch|me] [erg|zeer|heel|echt] lastig|zwaar|vervelend|frustrerend|ergerlijk|balen|rot|zuur|vreselijk|beroerd|stressvol|frustrerende|pijnlijk|ellendig|onaangenaam|akelig|eng|beangstigend|schrikken"},
	{crit: Empathy, id: "nl.must-be-hard", src: "moet|moeten [echt|heel|erg|best|wel|natuurlijk] lastig|zwaar|moeilijk|vervelend|frustrerend|stressvol|vreselijk|onaangenaam|akelig|eng|beangstigend|schrikken|pijnlijk ~2 zijn|geweest"},
	{crit: Empathy, id: "nl.not-nice2", src: "dat|dit|het|da's|das is|was|lijkt|klinkt [echt|natuurlijk|inderdaad|ook|helemaal|zeker|toch|uiteraard] niet leuk|fijn|prettig|oke|ok|plezant|tof"},
	{crit: Empathy, id: "nl.lose-sleep", src: "lig|ligt|liggen|wakker ~3 wakker|van"},
	{crit: Empathy, id: "nl.not-happy", src: "word|wordt|ben|bent|zijt|zal|zou|is ~3 niet|nie vrolijk|blij|gelukkig"},
	{crit: Empathy, id: "en.should-not-have-to", src: "should|shouldnt not|never ~1 have to deal|go|put|experience|wait|worry|chase|call|suffer"},
	{crit: Empathy, id: "en.nobody-should", src: "nobody|no|anyone|something ~2 should ~1 have to"},
	{crit: Empathy, id: "en.get-that", src: "i get|see that ~~7 $feel"},
	{crit: Empathy, id: "nl.sulk", src: "baalt|baal|balen|beu|pissig|baaldag"},
	{crit: Empathy, id: "nl.had-enough", src: "klaar mee|ermee"},
	{crit: Empathy, id: "nl.fed-up2", src: "ben|bent|zijt|zijn|is ~2 het [helemaal|echt|goed|terecht|ook|wel|nu] zat|beu"},
	{crit: Empathy, id: "nl.fed-up", src: "het [helemaal|echt|goed|terecht|ook|wel] zat|beu bent|is|zijn|hebt|heeft"},
	{crit: Empathy, id: "nl.would-be-angry", src: "zou|zouden|was|word|worden|wordt ~~5 kwaad|boos|razend|woedend|pissig|nijdig|geschrokken|gefrustreerd|geirriteerd|ontstemd|overstuur|furieus|gek|horendol|knettergek|stapelgek|wanhopig|zenuwachtig|paniek|panikeren|paniekeren"},
	{crit: Empathy, id: "nl.fright", src: "schrik|schrikt|geschrokken|schrikken|schrok"},
	{crit: Empathy, id: "nl.i-hear", src: "ik hoor|merk|voel [goed|wel|echt|duidelijk] dat|hoe u|je"},
	{crit: Empathy, id: "nl.i-hear-feeling", src: "hoor|merk|voel|zie|begrijp ~3 frustratie|boosheid|ergernis|teleurstelling|zorgen|onvrede|irritatie"},
	{crit: Empathy, id: "nl.imagine", src: "kan|kun me|mij [heel|goed|best|zeker|wel|levendig|helemaal] voorstellen|inbeelden|indenken"},
	{crit: Empathy, id: "nl.poor-you", src: "ocharme|ocharm|arme|och [arme|erme]"},
	{crit: Empathy, id: "nl.what-a-mess", src: "wat een|zo'n|zoon gedoe|ellende|toestand|pech|domper|vervelende|nare|rotsituatie|tegenvaller|frustrerende|rotdag|gedoe|stress|schrik|paniek|nachtmerrie|rotgevoel"},
	{crit: Empathy, id: "nl.bad-feeling", src: "rotgevoel|rotsituatie|rotdag"},
	{crit: Empathy, id: "nl.condolences", src: "innige|gecondoleerd|deelneming|condoleances|medeleven"},
	{crit: Empathy, id: "nl.sympathise", src: "leef|leven|leeft ~2 mee"},
	{crit: Empathy, id: "nl.feels-like", src: "voelt|voelen|voelde [ook] [aan] als"},
	{crit: Empathy, id: "nl.you-feel", src: "dat|hoe u|je zich ~3 voelt|voelen|gevoeld"},
	{crit: Empathy, id: "nl.in-your-place", src: "in uw|je plaats|schoenen"},
	{crit: Empathy, id: "nl.not-nice", src: "geen pretje|lolletje"},

	{crit: Empathy, id: "en.understand", src: "understand|appreciate|imagine|recognise|recognize|realise|realize [completely|totally|fully|really|just|very|well|how|why|that|what] ~~7 $feel"},
	{crit: Empathy, id: "en.get-why", src: "get|see|know why|how ~~7 $feel"},
	{crit: Empathy, id: "en.understand-your", src: "understand|appreciate|hear|see|get|respect your|the|this|those|these|ur concern|concerns|frustration|frustrations|disappointment|point|points|worry|worries|feelings|annoyance|anger|upset|perspective|frustrated"},
	{crit: Empathy, id: "en.understand-you", src: "i|we understand|get|hear you [completely|totally|fully|loud]"},
	{crit: Empathy, id: "en.how-x", src: "how|so|very|really|incredibly|extremely|truly|terribly|must|quite|super|such|pretty frustrating|annoying|stressful|upsetting|disappointing|infuriating|maddening|worrying|inconvenient|exhausting|awful|terrible|horrible|irritating|unpleasant|frustrated|upset"},
	{crit: Empathy, id: "en.is-x", src: "is|was|be|sounds|seems|looks|been [so|really|very|incredibly|extremely|truly|terribly|quite|beyond|super|pretty|incredibly] frustrating|annoying|stressful|upsetting|disappointing|infuriating|maddening|worrying|exhausting|awful|terrible|horrible|irritating|unpleasant|rough|nightmare|scary|frightening|alarming|embarrassing|miserable|distressing|heartbreaking|gutting"},
	{crit: Empathy, id: "en.is-a-x", src: "is|was|be|sounds|been a|an [real|total|huge|big|massive|proper] letdown|disappointment|pain|hassle|nightmare|worry|shock|blow"},
	{crit: Empathy, id: "en.the-worst", src: "is|was|be|sounds|feels the worst"},
	{crit: Empathy, id: "last-thing", src: "last thing you|anyone|u need|needs|want|wants|wanted|needed"},
	{crit: Empathy, id: "nl.last-thing", src: "laatste ~2 wat|waar u|je ~3 nodig|zin|wil|wilt"},
	{crit: Empathy, id: "must-have-been", src: "must|moet ~2 have|hebben|been|geweest|be|zijn ~3 $feel"},
	{crit: Empathy, id: "en.x-for-you", src: "frustrating|annoying|stressful|upsetting|disappointing|worrying|inconvenient|awful|terrible|horrible|difficult|hard|tough|rough|unpleasant|nightmare for you"},
	{crit: Empathy, id: "en.no-wonder", src: "no|geen wonder ~~4 $feel"},
	{crit: Empathy, id: "en.no-wonder2", src: "no|geen wonder"},
	{crit: Empathy, id: "en.reaction-ok", src: "reaction|frustration|anger|response|feelings|reactie|frustratie|boosheid|ergernis ~~3 understandable|valid|justified|begrijpelijk|terecht|logisch"},
	{crit: Empathy, id: "en.perfectly-understandable", src: "completely|totally|perfectly|entirely|fully|very understandable"},
	{crit: Empathy, id: "apologise-feeling", src: "apologies|apologise|sorry|excuses|spijt ~~2 your|uw|je|the|this|that|de|deze|die frustration|disappointment|frustratie|teleurstelling|ergernis|annoyance|frustrations|stress|worry|worries|upset|schrik|zorgen"},
	{crit: Empathy, id: "nl.i-hear-that", src: "ik hoor|merk|voel|begrijp|snap dat|hoe ~~6 $feel"},
	{crit: Empathy, id: "right-to-be-angry", src: "gelijk|right dat|that|to ~~5 $feel"},
	{crit: Empathy, id: "en.understandably", src: "understandable|understandably|naturally|rightly|justifiably ~~3 $feel"},
	{crit: Empathy, id: "en.would-be-angry", src: "would ~~4 angry|upset|frustrated|furious|annoyed|mad|livid|worried|fuming|cross|frightened|scared|disappointed"},
	{crit: Empathy, id: "en.anyone", src: "give|make|drive|upset|frustrate|annoy|wear|get anyone|anybody|everyone|everybody"},
	{crit: Empathy, id: "en.you-feel", src: "you [are|were|must|may|might|feel|felt] [be|feel|feeling] [so|really|very|understandably|rightly|clearly|quite|pretty|completely|totally|obviously] frustrated|upset|angry|annoyed|disappointed|unhappy|worried|stressed|furious|mad|fed|concerned|frightened|scared|anxious"},
	{crit: Empathy, id: "en.fed-up", src: "fed up"},
	{crit: Empathy, id: "en.id-be", src: "id be|feel ~2 mad|angry|upset|furious|annoyed|frustrated|livid|fuming|cross"},
	{crit: Empathy, id: "must-be-feeling", src: "must|moet|moeten be|zijn|feel|voelen ~2 disappointed|frustrated|upset|angry|annoyed|worried|stressed|furious|gutted|devastated|heartbroken|teleurgesteld|gefrustreerd|boos|kwaad|ongerust|verdrietig|overstuur"},
	{crit: Empathy, id: "lose-patience", src: "lose|losing|lost|verliezen|verloor|verloren|kwijt ~2 my|mijn|your|uw|je|the|het patience|geduld|temper|mind|verstand"},
	{crit: Empathy, id: "en.you-appear", src: "you appear|seem|sound|look [to|like] [be|you] [are] [so|really|very|quite] frustrated|upset|angry|annoyed|disappointed|unhappy|worried|stressed|furious|mad|fed|concerned"},
	{crit: Empathy, id: "en.in-your-shoes", src: "in your shoes|position|place"},
	{crit: Empathy, id: "en.happening-to-me", src: "if this|it|that were|was [happening] [to] me"},
	{crit: Empathy, id: "en.condolences", src: "condolences|sympathies|sympathy|sympathise|sympathize|empathise|empathize"},
	{crit: Empathy, id: "en.i-can-imagine", src: "i can [only|just|well] imagine"},
	{crit: Empathy, id: "en.i-can-hear", src: "i can hear|tell|see ~~5 $feel"},
	{crit: Empathy, id: "en.feels-like", src: "feels|felt like|as"},

	{crit: Empathy, role: miss, scope: scopeNote, id: "nl.bare-understand", src: "ik begrijp|snap het", note: noteBareUnderstand},
	{crit: Empathy, role: miss, scope: scopeNote, id: "nl.bare-understood", src: "begrepen|genoteerd", note: noteBareUnderstand},
	{crit: Empathy, role: miss, scope: scopeNote, id: "en.bare-understand", src: "i|we understand|see|understood|gotcha", note: noteBareUnderstand},
	{crit: Empathy, role: miss, scope: scopeNote, id: "en.got-it", src: "got it|that", note: noteBareUnderstand},
	{crit: Empathy, role: miss, scope: scopeSpan, id: "to-hear", src: "annoying|frustrating|vervelend|naar|rot|sad|disappointing|leuk|fijn|prettig to|om ~1 hear|horen|lezen|read|vernemen|see|zien", note: "this regrets the news; to acknowledge the feeling, name what it does to the customer"},
	{crit: Empathy, role: miss, scope: scopeSentence, id: "nl.not-why", src: "begrijp|snap|weet ~2 niet ~2 waarom|wat|hoe|dat", note: noteNotWhy},
	{crit: Empathy, role: miss, scope: scopeSentence, id: "nl.not-why2", src: "niet begrijp|begrijpen|snap|snappen waarom", note: noteNotWhy},
	{crit: Empathy, role: miss, scope: scopeSentence, id: "en.not-why", src: "not ~2 understand|see|get|know ~2 why|what|how", note: noteNotWhy},
	{crit: Empathy, role: miss, scope: scopeSentence, id: "nl.calm-down", src: "rustig|kalm maar|aan|blijven|nou|alstublieft|alsjeblieft|blijft", note: noteDismiss},
	{crit: Empathy, role: miss, scope: scopeSentence, id: "nl.calm-down2", src: "kalmeer|kalmeert|bedaar|bedaart|blijf|blijft|doe|doet [u|je] [nou|even|eens] rustig|kalm|normaal", note: noteDismiss},
	{crit: Empathy, role: miss, scope: scopeSentence, id: "nl.no-reason", src: "geen|niet reden|nodig|aanleiding ~3 boos|kwaad|overstuur|druk|opwinden|schreeuwen|roepen|paniek", note: noteDismiss},
	{crit: Empathy, role: miss, scope: scopeSentence, id: "nl.not-so-angry", src: "niet zo ~1 boos|kwaad|overdrijven|dramatisch|druk|schreeuwen", note: noteDismiss},
	{crit: Empathy, role: miss, scope: scopeSentence, id: "nl.exaggerate", src: "overdrijf|overdrijft|overdrijven|aanstellen|aanstellerij", note: noteDismiss},
	{crit: Empathy, role: miss, scope: scopeSentence, id: "en.calm-down", src: "calm|settle|cool|simmer|chill down|yourself", note: noteDismiss},
	{crit: Empathy, role: miss, scope: scopeSentence, id: "en.no-need", src: "no|not|nothing need|reason|point ~3 upset|angry|shout|shouting|yell|yelling|worked|rude", note: noteDismiss},
	{crit: Empathy, role: miss, scope: scopeSentence, id: "en.overreact", src: "overreact|overreacting|overreaction|dramatic|exaggerating", note: noteDismiss},
	{crit: Empathy, role: miss, scope: scopeSentence, id: "en.dont-be", src: "do not|never be|get upset|angry|mad|like", note: noteDismiss},
	{crit: Empathy, role: miss, scope: scopeSpan, id: "en.feel-that-way", src: "sorry|regret|apologise|apologies|spijt|jammer ~2 you|u|je|if feel|felt|think|thought|perceive|see|voelt|denkt|vindt|ervaart|ervaren|beleeft", note: noteFeelSorry},
	{crit: Empathy, role: miss, scope: scopeSpan, id: "en.feel-upset", src: "sorry|regret|apologise|apologies ~2 you|if ~2 are|were|feel|felt|be|been|got|get offended|upset|unhappy|disappointed|annoyed|angry|frustrated|bothered|so", note: noteFeelSorry},
	{crit: Empathy, role: miss, scope: scopeSpan, id: "nl.feel-that-way", src: "spijt|sorry|jammer|excuses ~~4 u|je ~3 zo ~3 voelt|ervaart|ervaren|denkt|ziet|beleeft|opvat|voelen", note: noteFeelSorry},
	{crit: Empathy, role: miss, scope: scopeSentence, id: "nl.sarcasm", src: "wat|oh|och erg|zielig|sneu|vreselijk ~~3 zeg", note: noteSarcasm},
}
