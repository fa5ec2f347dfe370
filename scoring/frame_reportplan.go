package scoring

// reportPlan: a request to report back whose answer is the customer's
// verdict on the plan just offered ("laat maar weten of dat zo goed is",
// "let me know if that suits", "let me know which you'd prefer"): it
// checks agreement (settled case 23), it asks nothing about the problem.
// "Laat me weten of het lukt" reports on a fix and stays a question.
func (ev *evaluator) reportPlan(k int) (int, bool) {
	s := ev.sentence(k)
	for v := s.first; v < s.last; v++ {
		after, hears := ev.hearsGladly(v, s)
		if !hears && !ev.is(v, knowWords) && !ev.is(v, tellWords) {
			continue
		}
		_, asked := ev.lastIn(max(s.first, v-3), v, requestMarkers)
		filled := !asked && !hears && v != ev.clauseStart(v)
		if filled && !ev.opensAfterFillers(v) {
			continue // "Zeg het maar als…", "just say if…" open their clause: a request
		}
		if _, agent := ev.has(ev.clauseStart(v), v, agentSubjects); agent && !hears {
			continue // "ik laat je weten of dat goed is": the agent informs
		}
		i := v + 1
		if hears {
			i = after // past "graag"
		}
		if i < s.last && ev.is(i, letObjects) {
			i++ // "tell me which…"
		}
		for i < s.last && ev.is(i, reportFillers) {
			i++ // "let me know here if…", "zeg het maar als…"
		}
		if i >= s.last || !ev.is(i, knowWhether) && !ev.is(i, tellWhether) && !ev.is(i, planThat) && (filled || !ev.is(i, whWords)) {
			continue // "just tell us which you'd rather" lets the customer choose; "let me know that works for you" asks the verdict
		}
		if ev.verdictOnPlan(i+1, min(i+8, s.last)) {
			return v, true
		}
	}
	return 0, false
}

// hearsGladly reports "ik hoor (het) graag" at v, and the token after
// "graag": the agent asks to hear the customer's verdict ("Ik hoor graag
// of dat in uw planning past", "ik hoor het graag als dat niet uitkomt").
func (ev *evaluator) hearsGladly(v int, s sentence) (int, bool) {
	if !ev.is(v, hearRequest) {
		return 0, false
	}
	g := v + 1
	if g < s.last && ev.is(g, reportFillers) {
		g++ // "ik hoor het graag als…"
	}
	return g + 1, g < s.last && ev.is(g, gladlyWords)
}

// opensAfterFillers reports a verb at v that opens its clause after
// fillers only: "just say if you'd prefer that", "gerust zeggen als…".
func (ev *evaluator) opensAfterFillers(v int) bool {
	cs := ev.clauseStart(v)
	for j := v - 1; j >= cs; j-- {
		if !ev.is(j, reportFillers) {
			return false
		}
	}
	return true
}

// verdictOnPlan reports a word in tokens [from, to) that makes the
// answer a verdict on the plan: "suits", "liever", "in orde", "of je je
// daarin kunt vinden", wanting it this way ("of je het zo wilt doen"),
// or "works" for the customer ("if that works for you", "als dat voor u
// werkt"); "let me know if it works now" and "laat weten of het zo lukt"
// report on a fix.
func (ev *evaluator) verdictOnPlan(from, to int) bool {
	if _, plan := ev.has(from, to, reportPlanWords); plan {
		return true
	}
	if z, so := ev.has(from, to, planManner); so && z+1 < to {
		if _, want := ev.has(z+1, min(z+3, to), planWants); want {
			return true // "laat maar weten of je het zo wilt doen": wanting it this way
		}
	}
	w, works := ev.has(from, to, fitVerbs)
	if !works {
		return false
	}
	_, forYou := ev.has(max(from, w-3), min(w+3, to), secondPerson)
	_, forW := ev.has(max(from, w-3), min(w+2, to), forWords)
	return forYou && forW
}

var (
	reportPlanWords = std.set("report-plan-words")
	planManner      = std.set("plan-manner")
	planWants       = std.set("plan-wants")
	reportFillers   = std.set("report-fillers")
	forWords        = std.set("for-words")
	fitVerbs        = std.set("fit-verbs")
	hearRequest     = std.set("hear-request")
	gladlyWords     = std.set("gladly")
	planThat        = std.set("plan-that")
)
