package scoring

// Version names the scorer's judgement. It changes whenever a rule, a
// lexicon entry or a learned weight may change what a reply is found to
// contain, so stored results and `kalm score --jsonl` lines can say which
// scorer judged them. TestVersionFingerprint fails when verdicts change
// and Version does not.
const Version = "2026.12.05-94"
