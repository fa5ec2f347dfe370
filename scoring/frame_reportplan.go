package scoring

// reportPlan: a request to report back whose answer is the customer's
// verdict on the plan just offered ("laat maar weten of dat zo goed is",
// "let me know if that suits", "let me know which you'd prefer"): it
// checks agreement (settled case 23), it asks nothing about the problem.
// "Laat me weten of het lukt" reports on a fix and stays a question.
func (ev *evaluator) reportPlan(k int) (int, bool) {
	s := ev.sentence(k)
	for v := s.first; v < s.last; v++ {
		if !ev.is(v, knowWords) && !ev.is(v, tellWords) {
			continue
		}
		if _, asked := ev.lastIn(max(s.first, v-3), v, requestMarkers); !asked {
			continue
		}
		if _, agent := ev.has(ev.clauseStart(v), v, agentSubjects); agent {
			continue // "ik laat je weten of dat goed is": the agent informs
		}
		i := v + 1
		if i < s.last && ev.is(i, letObjects) {
			i++ // "tell me which…"
		}
		if i >= s.last || !ev.is(i, knowWhether) && !ev.is(i, tellWhether) && !ev.is(i, whWords) {
			continue
		}
		if _, plan := ev.has(i+1, min(i+7, s.last), reportPlanWords); plan {
			return v, true
		}
	}
	return 0, false
}

var reportPlanWords = std.set("report-plan-words")
