package scoring

import "strings"

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
// a limit beside it: in a clause of its sentence before or after it that
// states a time limit, in a clause of when after it that tells a deadline
// passed ("the return arrived four days | after the window closed"), or in
// its own words ("raised three months after the 60-day limit").
func (az *analyzer) pastTheLimit(c *clause) bool {
	toks := az.tok.toks
	sent := toks[c.lo].sent
	ci := az.clauseIndex(c)
	if c.byAgent || az.ourOrYoursInSubject(c) && c.actor != actCustomer && !az.subjectHas(c, sentInNouns) || !az.toldLate(c) || az.ourStepBesideTheAct(c) {
		return false
	}
	if c.lists&listArrive != 0 && az.anyLexIn(c.verb+1, c.hi, lxCustomer) {
		return false // "the ballot papers reached you after the deadline" were ours to get there
	}
	if next := az.nextInSentence(c); c.verb >= 0 && az.afterTheDeadlineIn(c) || next != nil && az.deadlinePassed(next) {
		return !az.reliefAfter(c)
	}
	if az.earlierInSentence(c, reasonReach, az.statesLimit) != nil {
		return !az.reliefAfter(c)
	}
	// "you cancelled at 7pm the night before, | and under our terms anything less than 24 hours' notice is
	// charged in full": the late act first, then the limit it broke
	for k := ci + 1; k < len(az.clauses) && k <= ci+reasonReach && toks[az.clauses[k].lo].sent == sent; k++ {
		if d := &az.clauses[k]; (d.actor != actAgent || d.aspect == aspHabit || az.subjectHas(d, lapsingNouns)) && az.statesLimit(d) {
			return !az.reliefAfter(c)
		}
	}
	return false
}

// deadlinePassed reports a clause of when that tells what closes to the
// customer (see closesForThem) closing, past or passed: "after the window
// closed", "after the offer had ended", "until the code had run out".
func (az *analyzer) deadlinePassed(d *clause) bool {
	if !d.temporal || d.neg || d.aspect != aspDone || d.subj < 0 || !d.lemmaIn(closingVerbs) {
		return false
	}
	return az.closesForThem(d)
}

// closedBeforeYouCame reports a window or a deadline told shut, in the past
// perfect, beside a clause of when that tells the customer's act: "by the
// time you got round to disputing it, the refund window had been shut for a
// month", "the offer had ended when you placed the order". The past perfect
// puts the closing first, and so does a clause after it opened by
// "before" ("check-in closed | before you got there"); "the window closed
// when you were in hospital" only tells when.
func (az *analyzer) closedBeforeYouCame(c *clause) bool {
	if c.temporal || c.verb < 0 || !c.lemmaIn(closingVerbs) || c.subj < 0 {
		return false
	}
	perfect := c.hasHave && c.pastAux
	if !perfect && !az.beforeYourAct(az.nextInSentence(c)) || !az.closesForThem(c) {
		return false
	}
	if az.sorry(c) || az.flags[az.tok.toks[c.lo].sent].owned || az.weActInSentence(c) {
		return false
	}
	return az.nearInSentence(c, az.yourPastActOfWhen)
}

// yourPastActOfWhen reports a clause of when that tells the customer's act,
// done: "| when you placed the order".
func (az *analyzer) yourPastActOfWhen(d *clause) bool {
	return d.temporal && d.actor == actCustomer && d.aspect == aspDone && !d.neg
}

// beforeYourAct reports d as a clause of when, opened by "before", that
// tells the customer's act: "| before you got there".
func (az *analyzer) beforeYourAct(d *clause) bool {
	return d != nil && az.yourPastActOfWhen(d) && az.tok.toks[d.lo].id == idBefore
}

// closesForThem reports c's subject as what closes to the customer at a
// time: a window or a deadline, a gate or boarding, or a hyphenated service
// ("check-in", "sign-up").
func (az *analyzer) closesForThem(c *clause) bool {
	return az.subjectHas(c, lapsingNouns) || az.subjectHas(c, gateNouns) || az.deadlineIn(c) || az.hyphenCompoundAt(c.subj, c.hi)
}

// gateNouns close to the customer at a set time: "the gate had closed".
var gateNouns = idSetOf(gateNounsList)

const gateNounsList = "gate gates boarding registration enrolment enrollment entry entries"

// deadlineIn reports a deadline's noun in c's subject: "the cut-off had
// passed".
func (az *analyzer) deadlineIn(c *clause) bool {
	lo, hi := c.subjectSpan()
	for j := lo; j < hi; j++ {
		if az.deadlineAt(j, hi) {
			return true
		}
	}
	return false
}

// sentInNouns are what the customer sends, raises or brings back, told late
// with or without "your": "your complaint was received on 12 September",
// "the dispute was raised".
var sentInNouns = idSetOf(paperworkList + " " + theirRepeatsList + " " + sentInNounsList)

const sentInNounsList = "return returns dispute disputes notice appeal appeals submission cancelation cancelations"

// closingVerbs tell a deadline passing; lapsingNouns name what holds for a
// time and then lapses: "the window", "the grace period", "the code".
var (
	closingVerbs = lemmaSetOf("close shut expire end lapse pass run")
	lapsingNouns = idSetOf(lapsingNounsList)
)

const lapsingNounsList = "window windows period limit grace clock code codes link links offer voucher"

// toldLate reports words in c, or a clause of when right after it, that put
// the act late: "late", "after the cut-off", "back in March", "the night
// before", "a month later", "| after it had shut".
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
		case id == idLater && i > c.lo && durationNouns.has(toks[i-1].id):
			return true // "came back a month later"
		}
	}
	next := az.nextInSentence(c)
	// "| after it had shut"; "received on 12 September, | some eight months after the treatment"
	return next != nil && (next.temporal && toks[next.lo].id == idAfter || next.verb < 0 && next.actor == actThing && az.lengthThenAfter(next))
}

// lengthThenAfter reports a length of time in d's first words, with "after"
// or "later" right behind it, in d or opening the clause after it: "some
// eight months after the treatment", "a fortnight later", "some nine weeks
// | after the charge was issued".
func (az *analyzer) lengthThenAfter(d *clause) bool {
	toks := az.tok.toks
	for i := d.lo; i < d.hi && i <= d.lo+3; i++ {
		if durationNouns.has(toks[i].id) {
			return az.afterFollows(i)
		}
	}
	return false
}

// afterFollows reports "after" or "later" right after token i, in its
// sentence: the length of time at i then says how late something came.
func (az *analyzer) afterFollows(i int) bool {
	toks := az.tok.toks
	return i+1 < len(toks) && toks[i+1].sent == toks[i].sent && (toks[i+1].id == idAfter || toks[i+1].id == idLater)
}

// statesLimit reports a clause that states a rule with a length of time and
// a limit: "have to reach us 24 hours ahead", "are erased after 30 days",
// "closes 45 minutes before departure"; or a limit the customer was asked to
// keep: "we asked you to send it back within 14 days", "you were told to
// book within two weeks". A promise or a past event is no rule.
func (az *analyzer) statesLimit(c *clause) bool {
	switch c.aspect {
	case aspWill, aspDone, aspNow, aspCould, aspWould:
		if !c.obliged && !az.limitAskedOfYou(c) {
			return false
		}
	}
	if c.verb < 0 && az.subjectHas(c, lapsingNouns) && az.numberIn(c.subj+1, c.hi) {
		return true // "our returns period is 28 days", "the window's thirty": a span of time, and its length
	}
	habit := c.aspect == aspHabit
	if c.actor == actAgent && !c.generic && !habit && !az.limitAskedOfYou(c) {
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
		if i >= c.lo+3 && toks[i-2].id == idFor && az.anyIn(c.lo, i-2, validWords) {
			return true // "the link is only good for 30 minutes"
		}
	}
	return false
}

// limitAskedOfYou reports a clause that asks or tells the customer to do a
// thing, where a limit may follow: "we asked you to send it back within 14
// days", "you were asked to book within two weeks".
func (az *analyzer) limitAskedOfYou(c *clause) bool {
	if c.actor == actCustomer {
		return c.passive && c.lemmaIn(askedVerbs) && az.idIn(idTo, c.verb+1, min(c.hi, c.verb+2))
	}
	return c.actor == actAgent && c.lemmaIn(askedVerbs) && az.youAskedToAt(c) > 0
}

// validWords say a thing holds, for a time: "valid for 30 minutes", "good
// for 24 hours".
var validWords = idSetOf(validWordsList)

const validWordsList = "valid good live open active usable"

// lateActWords tell an act as late; dayParts make "the night before";
// durationNouns and limitWords make a time limit.
var (
	lateActWords  = idSetOf(lateActWordsList)
	dayParts      = idSetOf(dayPartsList)
	durationNouns = idSetOf(durationNounsList)
	limitWords    = idSetOf(limitWordsList)
	idAfter       = wordID("after")
	idLater       = wordID("later")
)

const (
	lateActWordsList  = "late after past outside overdue"
	dayPartsList      = "night day evening morning"
	durationNounsList = "hours days minutes weeks months hour day minute week month fortnight fortnights year years"
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

// overTheLimitState reports a thing of the customer's, or the customer,
// said to be over a limit or allowance: "your bag was over the weight
// limit", "the bag was 3kg over the limit", "you were over your data
// limit", or over by a measure, the limit left unsaid: "the case was 6 kg
// over". Ours over a limit ("our van was over the weight limit") is ours.
func (az *analyzer) overTheLimitState(c *clause) bool {
	if c.verb >= 0 || c.neg {
		return false
	}
	toks := az.tok.toks
	if last := c.hi - 1; last > c.comp && toks[last].id == idOver && (toks[last-1].num || last-2 >= c.comp && toks[last-2].num && az.unitAt(last-1)) {
		return !az.ourInSubject(c) && !az.deliverableSubject(c) && !az.weActInSentence(c) // "6 kg over", not "the delivery was 2 days over"
	}
	for i := c.comp; i+1 < c.hi && i <= c.comp+3; i++ {
		if toks[i].id != idOver {
			continue
		}
		for j := i + 1; j < c.hi && j <= i+4; j++ {
			if allowanceNouns.has(toks[j].id) {
				return !az.ourInSubject(c) && !az.weActInSentence(c) // the words first: most clauses have none
			}
		}
	}
	return false
}

// allowanceNouns are what a plan allows the customer.
var allowanceNouns = idSetOf(allowanceNounsList)

const allowanceNounsList = "allowance allowances limit limits minutes data quota cap bundle gigabytes overdraft"

// unitAt reports a word at i that may be a unit after a figure: a word the
// lexicon knows nothing of and no verb's -ing ("6 kg over", not "us-east-1
// falling over").
func (az *analyzer) unitAt(i int) bool {
	return az.lexAt(i) == 0 && !strings.HasSuffix(az.tok.keyOf(&az.tok.toks[i]), "ing")
}
