package scoring

// callbackCues: the company gets back to the customer without a contact
// verb of the agent's ("u hoort om drie uur van mij").
var callbackCues = []entry{
	{crit: Callback, role: cue, tag: "hear", id: "hear-from-us", src: "u|je|you ~2 hoort|hear|krijgt|get|receive|ontvangt ~5 van|from mij|me|ons|us|mijn|my|our"},
}

// questionCues sort question sentences: offers of help, repeat requests,
// summary checks, requests for identifiers (administration), requests
// for details and instructions phrased as questions.
var questionCues = []entry{
	{crit: Question, role: cue, tag: "offer", id: "nl.can-i-help", src: "kan|kun|mag|zal|kunnen ik|we u|je ~3 helpen|assisteren|verder|doen|betekenen|bijstaan"},
	{crit: Question, role: cue, tag: "offer", id: "nl.how-help", src: "hoe|waarmee|waarmede kan|kunnen|mag ik|we ~2 helpen|dienst|betekenen"},
	{crit: Question, role: cue, tag: "offer", id: "nl.what-can-i-do", src: "wat kan|kunnen|mag ik|we ~3 doen|betekenen"},
	{crit: Question, role: cue, tag: "offer", id: "nl.anything-else", src: "nog iets|ergens ~4 helpen|doen|vragen"},
	{crit: Question, role: cue, tag: "offer", id: "nl.other-questions", src: "nog|andere|verdere vragen"},
	{crit: Question, role: cue, tag: "offer", id: "en.can-i-help", src: "can|may|could|shall i|we help|assist|do"},
	{crit: Question, role: cue, tag: "offer", id: "en.how-help", src: "how can|may|could i|we help|assist"},
	{crit: Question, role: cue, tag: "offer", id: "en.anything", src: "anything|something ~4 i|we ~4 help|assist|do"},
	{crit: Question, role: cue, tag: "offer", id: "en.anything-else", src: "anything else|further"},
	{crit: Question, role: cue, tag: "offer", id: "en.issue-assist", src: "that i|we can|could assist|help"},

	{crit: Question, role: cue, tag: "offer", id: "let-us-know-if", src: "laat|let ~4 weten|know als|if|mocht|wanneer|when|should ~4 niet|not|nog|still|need|nodig|problemen|problems|trouble|vragen|questions|anything"},
	{crit: Question, role: cue, tag: "repeat", id: "nl.what-said", src: "wat zei|zegt|zegde|bedoelt u|je"},
	{crit: Question, role: cue, tag: "repeat", id: "nl.repeat", src: "herhalen|herhaal|verstond|verstaan|weg|hoorde|opnieuw zeggen"},
	{crit: Question, role: cue, tag: "repeat", id: "en.what-said", src: "what did|was you say|said|that"},
	{crit: Question, role: cue, tag: "repeat", id: "en.repeat", src: "repeat|come|say again|that"},
	{crit: Question, role: cue, tag: "repeat", id: "en.repeat2", src: "repeat|pardon|excuseer|huh"},
	{crit: Question, role: cue, tag: "repeat", id: "en.mean", src: "what do you mean"},

	{crit: Question, role: cue, tag: "check", id: "nl.correct", src: "klopt|kloppen|correct"},
	{crit: Question, role: cue, tag: "hostile", id: "nl.really-think", src: "denkt|dacht|vindt|gelooft u|je ~2 nou|echt|werkelijk|serieus"},
	{crit: Question, role: cue, tag: "hostile", id: "en.think-i", src: "do|did you ~1 think|believe|expect [that] i|we"},
	{crit: Question, role: cue, tag: "hostile", id: "en.even-listening", src: "are|were|do|did you even|actually listening|listen|reading|read|paying|care"},
	{crit: Question, role: cue, tag: "hostile", id: "on-purpose", src: "expres|opzettelijk|purpose|deliberately"},
	{crit: Question, role: cue, tag: "check", id: "nl.got-it-right", src: "heb|begrijp ik ~3 goed|juist|correct"},
	{crit: Question, role: cue, tag: "check", id: "en.right", src: "is|was that|this|it right|correct|accurate"},
	{crit: Question, role: cue, tag: "check", id: "en.got-it-right", src: "did|have|do i ~2 got|get|have|understand ~3 right|correctly"},
	{crit: Question, role: cue, tag: "check", id: "en.correct", src: "correct|accurate"},

	{crit: Question, role: cue, tag: "admin", id: "ids", src: "klantnummer|klantennummer|nummer|gsmnummer|telefoonnummer|mobielnummer|ordernummer|bestelnummer|factuurnummer|referentienummer|dossiernummer|postcode|adres|leveradres|mailadres|emailadres|naam|geboortedatum|iban|rekeningnummer|account|number|address|name|zip|zipcode|id|gamertag|username|handle|reference|confirmation|ticket|booking|postal|email|mail|gegevens|klantgegevens|details|serial|serienummer|imei|link|handtekening|receipt|bon|kassabon|bestelling|order|bewijs|trackingnummer|trackingcode|cijfers|digits|kaartnummer|contractnummer|ean|meternummer"},
	{crit: Question, role: cue, tag: "detail", id: "detail-words", src: "beschrijving|omschrijving|description|describe|beschrijf|beschrijven|schets|schetsen|uitleg|uitleggen|explain|vertel|vertellen|tell|gebeurd|gebeurde|happened|happening|happen|occurred|precies|exactly|exact|juist|probleem|problem|issue|issues|foutmelding|error|melding|geprobeerd|tried|try|lampje|lampjes|light|lights|situatie|situation|ervaring|experience|symptomen|mis|misging|misgegaan|wrong|fout|werkt|work|working|works|sinds|since|wanneer|when|hoelang|long|waar|where|waarom|why|hoe|how|welke|welk|which|hoeveel|much|many|wie|who|meer|more|informatie|info|information|opgelost|resolved|lukt|managed|manage|gelukt|nog|still|ondertussen|inmiddels|now|al|already|yet|ervaar|ervaart|experiencing|krijgt|get|getting|see|ziet|zie|heb|hebt|heeft|have|has|had|is|are|was|were|do|does|did|gebruik|gebruikt|use|using|staat|merk|merkt|notice|noticed"},
	{crit: Question, role: cue, tag: "strongdetail", id: "strong-detail", src: "beschrijving|omschrijving|description|describe|beschrijf|beschrijven|schets|schetsen|uitleggen|explain|vertel|vertellen|tell|gebeurd|gebeurde|happened|occurred|precies|exactly|probleem|problem|problemen|problems|issue|issues|foutmelding|error|geprobeerd|tried|situatie|situation|informatie|information|info|uitleg|symptomen|melding|lampje|lampjes|light|lights|storing|mis|wrong|misging|fout|foto|fotos|photo|photos|picture|pictures|screenshot|afbeelding|video|going|gaande"},
	{crit: Question, role: cue, tag: "suggest", id: "suggest", src: "kunt|kan|kun|wil|wilt|zou|zoudt|could|can|would|will|probeer|try u|je|you|eens|even|gerust"},
	{crit: Question, role: cue, tag: "detailreq", id: "detail-request", src: "vertel|beschrijf|schets|share|tell|describe|explain|include|informeer|inform ~~8 description|beschrijving|omschrijving|happened|gebeurd|occurred|situation|situatie|issue|problem|probleem|uitleg|toelichting|happening|going"},
	{crit: Question, role: cue, tag: "detailreq", id: "send-us-details", src: "stuur|send|geef|give|provide|dm|laat|let|bezorg ~2 ons|me|mij|us ~~8 description|beschrijving|omschrijving|happened|gebeurd|occurred|situation|situatie|issue|problem|probleem|uitleg|toelichting|happening|going|foto|photo|picture|screenshot|hand"},
	{crit: Question, role: cue, tag: "detailreq", id: "dm-with-what", src: "dm|bericht|berichtje|message|privebericht|mail|email ~1 met|with wat|what|wanneer|when|welk|welke|which|hoe|how|waar|where|waarom|why|wie|who"},
	{crit: Question, role: cue, tag: "detailreq", id: "more-details", src: "more|meer|specific|further|extra|additional|aanvullende|wat ~1 details|detail|info|information|informatie|uitleg"},
	{crit: Question, role: cue, tag: "detailreq", id: "detail-request2", src: "i|ik would|wil|zou like|graag|willen ~4 understand|weten|begrijpen|know|hear|horen"},
	{crit: Question, role: cue, tag: "wonder", id: "wonder", src: "ik|i vraag|ask|wonder|wondering|benieuwd|curious ~3 of|if|whether|wat|what|hoe|how|waarom|why|wanneer|when"},
}
