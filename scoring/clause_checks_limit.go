package scoring

// A rule with a time limit, and the customer's act past it, told in either
// order. "Cancellations
// have to reach us 24 hours ahead, and yours came in at 10pm the night
// before", "files in the trash are erased after 30 days, and these were
// moved to the trash back in March": the rule is applied to what the
// customer did. The act must be told as late ("the night before", "back in
// March", "after the cut-off", "late"): "returns must reach us within 30
// days, and yours arrived on day 12" applies nothing against them, nor does
// an act followed by what it lets them do ("so you can still change it").

// pastTheLimit reports a clause that tells the customer's act as late, with
// a clause of its sentence before or after it that states a time limit (see
// above).
func (az *analyzer) pastTheLimit(c *clause) bool {
	toks := az.tok.toks
	sent := toks[c.lo].sent
	ci := az.clauseIndex(c)
	if c.byAgent || az.ourOrYoursInSubject(c) && c.actor != actCustomer || !az.toldLate(c) || az.weActInSentence(c) {
		return false
	}
	for k := ci - 1; k >= 0 && k >= ci-reasonReach && toks[az.clauses[k].lo].sent == sent; k-- {
		if az.statesLimit(&az.clauses[k]) {
			return !az.reliefAfter(c)
		}
	}
	// "you cancelled at 7pm the night before, | and under our terms anything less than 24 hours' notice is
	// charged in full": the late act first, then the limit it broke
	for k := ci + 1; k < len(az.clauses) && k <= ci+reasonReach && toks[az.clauses[k].lo].sent == sent; k++ {
		if d := &az.clauses[k]; d.actor != actAgent && az.statesLimit(d) {
			return !az.reliefAfter(c)
		}
	}
	return false
}

// toldLate reports words in c, or a clause of when right after it, that put
// the act late: "late", "after the cut-off", "back in March", "the night
// before", "| after it had shut".
func (az *analyzer) toldLate(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i < c.hi; i++ {
		switch id := toks[i].id; {
		case lateActWords.has(id):
			return true
		case id == idBack && i+1 < c.hi && toks[i+1].id == idIn:
			return true // "back in March"
		case id == idBefore && i >= c.lo+2 && toks[i-2].id == idThe && dayParts.has(toks[i-1].id):
			return true // "the night before"
		}
	}
	ci := az.clauseIndex(c)
	if ci+1 < len(az.clauses) {
		next := &az.clauses[ci+1]
		return next.temporal && toks[next.lo].sent == toks[c.lo].sent && toks[next.lo].id == idAfter // "| after it had shut"
	}
	return false
}

// statesLimit reports a clause that states a rule with a length of time and
// a limit: "have to reach us 24 hours ahead", "are erased after 30 days",
// "closes 45 minutes before departure". A promise or a past event is no rule.
func (az *analyzer) statesLimit(c *clause) bool {
	switch c.aspect {
	case aspWill, aspDone, aspNow, aspCould, aspWould:
		if !c.obliged {
			return false
		}
	}
	habit := c.aspect == aspHabit
	if c.actor == actAgent && !c.generic && !habit {
		return false // "we'll call within 24 hours"; but "we hold tables for 15 minutes" is our rule
	}
	toks := az.tok.toks
	for i := c.lo + 1; i < c.hi; i++ {
		if !durationNouns.has(toks[i].id) {
			continue
		}
		if limitWords.has(toks[i-1].id) || i+1 < c.hi && limitWords.has(toks[i+1].id) || i >= c.lo+2 && limitWords.has(toks[i-2].id) ||
			habit && i >= c.lo+2 && toks[i-2].id == idFor {
			return true // "within 30 days", "24 hours ahead", "after 30 days", "we hold tables for 15 minutes"
		}
	}
	return false
}

// lateActWords tell an act as late; dayParts make "the night before";
// durationNouns and limitWords make a time limit.
var (
	lateActWords  = idSetOf(lateActWordsList)
	dayParts      = idSetOf(dayPartsList)
	durationNouns = idSetOf(durationNounsList)
	limitWords    = idSetOf(limitWordsList)
	idAfter       = wordID("after")
)

const (
	lateActWordsList  = "late after past outside overdue"
	dayPartsList      = "night day evening morning"
	durationNounsList = "hours days minutes weeks months hour day minute week month"
	limitWordsList    = "ahead before after within prior advance notice"
)

// The customer past their own allowance. "You've gone over your data
// allowance", "you've used up all your minutes", "you exceeded your credit
// limit": their usage is the cause of the charge or the slowdown. "You've
// gone over the plan details with me" goes over no allowance, "you hadn't
// used up your data" clears them, and an overrun we then make good in the
// same sentence is told to fix it.

// overYourAllowance reports a clause in which the customer went past an
// allowance or limit (see above).
func (az *analyzer) overYourAllowance(c *clause) bool {
	toks := az.tok.toks
	for i := c.comp; i < c.hi && i <= c.comp+4; i++ {
		if allowanceNouns.has(toks[i].id) {
			return !az.weActInSentence(c)
		}
	}
	return false
}

// allowanceNouns are what a plan allows the customer.
var allowanceNouns = idSetOf(allowanceNounsList)

const allowanceNounsList = "allowance allowances limit limits minutes data quota cap bundle gigabytes overdraft"
