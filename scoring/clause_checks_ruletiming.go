package scoring

// A rule with a number in it, and the customer's act timed against it.
// "Cancellations within 24 hours are charged in full, and yours came in 6
// hrs before", "you moved the date nine days out, and clause 7 puts a £150
// charge on any change inside 14 days", "the 48-hour patch test is in the
// booking confirmation, and you came in after 24": the rule's number and
// the customer's, set side by side, say they broke it. One number will do
// when the act is timed in words ("deposits are non refundable within
// 48hrs and u cancelled the day before").

// timedAgainstRule reports a clause of the customer's act, or of what they
// sent ("yours", "the cancellation"), told with a number or a word of when,
// in a sentence whose other words hold a rule (a word of rules or a cost),
// with a number in the act or the rule. A sentence that apologises, owns
// the trouble, or in which we do anything for them ("and I've bumped you up
// to eight hours") tells no breach, and nor does a result that waives the
// charge.
func (az *analyzer) timedAgainstRule(c *clause) bool {
	if c.question || c.cond || c.neg || c.verb < 0 || c.subj < 0 || !az.theirActSubject(c) {
		return false // an act with a subject of its own: a clause that only borrows one may be misread
	}
	cut := az.ruleCut(c)
	timed := az.numberIn(c.verb+1, cut)
	if !timed && !az.anyIn(c.verb+1, cut, actTimingWords) {
		return false // "and u cancelled the day before": a time of their own, told without a number
	}
	s := az.tok.sents[az.tok.toks[c.lo].sent]
	if az.sorry(c) || az.flags[az.tok.toks[c.lo].sent].owned || az.sentenceHasOurStep(c) || az.weDoSomething(c) {
		return false
	}
	if k := az.resultAfter(az.clauseIndex(c)); k > 0 && az.resultClearsThem(&az.clauses[k]) {
		return false // "you phoned within 14 days, so the penalty charge has been cancelled": within the rule, not past it
	}
	// the rule is told outside the act: before it, or after it (in the clause itself past its "and");
	// one of the two holds a number
	before, after := az.ruleIn(s.tokLo, c.lo), az.ruleIn(cut, s.tokHi)
	if az.withinTheRule(c, cut, before, after) {
		return false // "the voucher expires on 31 December and you redeemed it on 4 December"
	}
	switch {
	case timed:
		return before || after
	case before:
		return az.numberIn(s.tokLo, c.lo)
	case after:
		return az.numberIn(cut, s.tokHi)
	}
	return false
}

// withinTheRule reports an act dated no later than the day or the hour at
// which the rule's limit closes: "the voucher expires on 31 December and
// you redeemed it on 4 December" kept to it; or notice given of at least
// the length a rule of "at least" asks ("at least 48 hours before, and you
// cancelled three days before"). Other lengths of notice ("inside 14
// days", "5 days before") count as their rule says, which is not read.
func (az *analyzer) withinTheRule(c *clause, cut int, before, after bool) bool {
	act, _, _ := az.measureIn(c.verb+1, cut)
	s := az.tok.sents[az.tok.toks[c.lo].sent]
	lo, hi := cut, s.tokHi
	if before {
		lo, hi = s.tokLo, c.lo
	}
	if act.kind == measureHours && (before || after) && az.idIn(idLeast, lo, hi) {
		// "at least 48 hours before, and you cancelled three days before": notice of at least
		// the rule's length keeps to it
		limit, _, _ := az.measureIn(lo, hi)
		return limit.kind == measureHours && act.value >= limit.value
	}
	if act.kind != measureDate && act.kind != measureDay && act.kind != measureClock {
		return false
	}
	if !before && !after || !az.limitBefore(lo, hi) {
		return false
	}
	limit, _, _ := az.measureIn(lo, hi)
	return limit.kind == act.kind && !az.pastLimit(act, limit, false)
}

// idLeast is the id of "least", as in "at least 48 hours before".
var idLeast = wordID("least")

// actTimingWords tell when the customer acted, without a number: "the day
// before", "the following Monday", "late".
var actTimingWords = idSetOf(actTimingWordsList)

const actTimingWordsList = "before after late following later"

// resultClearsThem reports a result that waives a cost or keeps them
// covered: "so the penalty charge has been cancelled", "so it's still under
// guarantee", "so it's covered".
func (az *analyzer) resultClearsThem(d *clause) bool {
	return az.costWaived(d) || az.noCostIn(d) || !d.neg && (az.anyIn(d.lo, d.hi, coverNouns) || d.passive && d.lemma == "cover")
}

// theirActSubject reports c told of the customer, or of what they sent in:
// "you came in", "yours came in", "the cancellation came in".
func (az *analyzer) theirActSubject(c *clause) bool {
	if c.actor == actCustomer {
		return true
	}
	if c.subj < 0 {
		return false
	}
	toks := az.tok.toks
	head := c.subj
	if (toks[head].id == idThe || toks[head].id == idYour) && head+1 < c.hi {
		head++ // "the order went in", "your order was placed"
	}
	if head == c.subj+1 && placedNouns.has(toks[head].id) {
		// "the order went in on the 2nd", "the booking was made for the 14th", "was changed three
		// times": what they did with it; "the booking was confirmed", "has been moved to the 18th"
		// report our steps
		if c.passive {
			return !c.hasHave && (c.lists&(listYourActs|listChoose) != 0 || c.lemma == "make")
		}
		return c.lists&stepList == 0
	}
	return toks[head].id == idYours || theirRepeats.has(toks[head].id)
}

// ruleCut returns where c's own words end: its first "and", which a run-on
// clause may hold ("you cancelled 23 hrs before and the policy needs 48"),
// or its end.
func (az *analyzer) ruleCut(c *clause) int {
	for i := c.verb + 1; i < c.hi; i++ {
		if az.tok.toks[i].id == idAnd {
			return i
		}
	}
	return c.hi
}

// numberIn reports a number, in figures or words, in tokens lo..hi.
func (az *analyzer) numberIn(lo, hi int) bool {
	toks := az.tok.toks
	for i := lo; i < hi; i++ {
		if toks[i].num || numberWords.has(toks[i].id) || az.opensWithDigit(i) && (az.figuresWithUnit(i) || az.ordinalFigures(i)) {
			return true // "24", "twelve", "48hrs", "the 2nd"
		}
	}
	return false
}

// opensWithDigit reports a token whose text starts with a digit, as figures
// run together with letters do ("48hrs", "2nd"). A word's key, which those
// readings take apart, starts with the same character, so this one test
// spares building the key of every other word.
func (az *analyzer) opensWithDigit(i int) bool {
	t := &az.tok.toks[i]
	return t.start < t.end && az.tok.text[t.start] >= '0' && az.tok.text[t.start] <= '9'
}

// figuresWithUnit reports figures run together with a unit of time at i:
// "48hrs", "24h", "30days".
func (az *analyzer) figuresWithUnit(i int) bool {
	k := az.tok.key(az.tok.toks[i])
	j := leadingDigits(k)
	return j > 0 && j < len(k) && timeUnits[k[j:]]
}

// leadingDigits returns how many digits k opens with.
func leadingDigits(k string) int {
	j := 0
	for j < len(k) && k[j] >= '0' && k[j] <= '9' {
		j++
	}
	return j
}

// ordinalFigures reports figures with an ordinal ending at i: "2nd",
// "31st", "14th".
func (az *analyzer) ordinalFigures(i int) bool {
	k := az.tok.key(az.tok.toks[i])
	j := leadingDigits(k)
	return j > 0 && j+2 == len(k) && ordinalEnds[k[j:]]
}

// ordinalEnds end an ordinal in figures.
var ordinalEnds = wordSet("st nd rd th")

// timeUnits are the units a figure may be run together with.
var timeUnits = wordSet("h hr hrs hour hours d day days min mins wk wks")

// ruleIn reports, in tokens lo..hi, a word of a rule or a cost:
// "cancellations within 24 hours are charged", "the policy needs 48",
// "clause 7 puts a £150 charge".
func (az *analyzer) ruleIn(lo, hi int) bool {
	toks := az.tok.toks
	for i := lo; i < hi; i++ {
		if az.lexAt(i)&lxRuleNoun != 0 || timedRuleWords.has(toks[i].id) || chargeNouns.has(toks[i].id) || costNouns.has(toks[i].id) || toks[i].id == idCut && az.deadlineAt(i, hi) {
			return true // "the cut-off for next-day dispatch is 23:30", split at its hyphen
		}
	}
	return false
}

// timedRuleWords tell a rule of time or its cost: "clause 7", "the window's
// thirty", "charged in full".
var timedRuleWords = idSetOf(timedRuleWordsList)

const timedRuleWordsList = "clause window notice deadline cutoff charged refundable expire expires expired forfeit fees fee confirmation least prior"
