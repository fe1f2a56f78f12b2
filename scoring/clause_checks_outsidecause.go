package scoring

// troubleThenOutsideCause reports a "because" clause c, told of no one of
// ours, after a clause in its sentence that tells a trouble: "the export
// failed because the CSV had commas in it".
func (az *analyzer) troubleThenOutsideCause(c *clause) bool {
	if !c.causal || c.question || c.cond || c.actor == actAgent || !becauseWords.has(az.tok.toks[c.lo].id) {
		return false
	}
	ci := az.clauseIndex(c)
	if ci == 0 {
		return false
	}
	p := &az.clauses[ci-1]
	s := az.tok.toks[c.lo].sent
	if az.tok.toks[p.lo].sent != s || p.actor == actAgent || p.question || p.cond {
		return false
	}
	f := az.flags[s]
	if az.sorry(c) || f.owned || az.sentenceHasOurStep(c) || az.goodForThem(c) {
		return false
	}
	if c.verb >= 0 && c.lists == 0 && !c.neg && !az.troubled(c) {
		return false // "because the certificate rotated": an event the verb lists know nothing of, told as no fault
	}
	lo, hi := az.sideOfBut(c)
	return !az.anyLexIn(lo, hi, lxAgent|lxOurDet|lxOurs) && az.troubledNow(p)
}

// sideOfBut returns the tokens of c's sentence on c's side of any "but" or
// "however": "I hear you, | but the export failed because ..." leaves the
// agent who grants it on the other side.
func (az *analyzer) sideOfBut(c *clause) (lo, hi int) {
	toks := az.tok.toks
	sn := az.tok.sents[toks[c.lo].sent]
	lo, hi = sn.tokLo, sn.tokHi
	for i := c.lo; i > sn.tokLo; i-- {
		if turnWords.has(toks[i].id) {
			lo = i
			break
		}
	}
	for i := c.hi; i < sn.tokHi; i++ {
		if turnWords.has(toks[i].id) {
			hi = i
			break
		}
	}
	return lo, hi
}

// becauseWords open a clause that gives the cause of what went before. A
// typed "cos", "coz" or "cuz" carries the id of "because" (see typedForms).
var becauseWords = idSetOf("because cause")

// outsideFaultLedTo reports a clause c that tells a fault in a thing, ours
// in no word, and a result after it that tells trouble: "the printers had a
// fault, which is why the issue came out late", "the old joists were rotten
// through, which is why it's taken twice as long".
func (az *analyzer) outsideFaultLedTo(c *clause) bool {
	if c.question || c.cond || c.temporal || c.causal || c.relative || c.actor == actAgent || c.actor == actCustomer || az.ourInSubject(c) ||
		c.bag&(lxAgent|lxOurs) != 0 {
		return false // but "the closure threw my whole route out": ours only as what it acted on
	}
	k := az.resultAfter(az.clauseIndex(c))
	if k == 0 {
		return false // no result follows: the cheapest test first
	}
	if az.howBadForThem(c) {
		return false
	}
	f := az.flags[az.tok.toks[c.lo].sent]
	return !az.sorry(c) && !f.owned && az.troubled(c) && !az.goodForThem(c) && az.troubleFollows(c) && az.troubledNow(&az.clauses[k])
}

// howBadForThem reports a clause that only says how hard a thing is for
// the customer: "this is stressful", "that's rotten timing". Before "so I
// can't refund it" it is sympathy, no cause of the trouble.
func (az *analyzer) howBadForThem(c *clause) bool {
	return c.verb < 0 && c.bag&lxBadAdj != 0 && az.pronounSubject(c)
}

// explainsTheTrouble reports a clause that names what went before it, in
// its own sentence, as what would explain the trouble, or did: "the charger
// used was not the original one, which would explain the battery failure",
// "kids jumping on a mattress will do that to the springs", "your hot tub
// accounts for the spike". What explains is said of no one of ours, and the
// sentence owns nothing and takes no step. A document that explains ("the
// leaflet explains how to claim") tells, so "explain" must be "would",
// "could", or said by a pronoun taking up what went before. After a
// question ("Was it left on? That would explain it") the question is the
// cause, and the question readings (see explainsAfter) weigh it.
func (az *analyzer) explainsTheTrouble(c *clause) bool {
	if c.lemma != "explain" && c.lemma != "account" && c.lemma != "do" || c.question || c.cond || c.neg || c.verb < 0 ||
		c.bag&(lxAgent|lxOurDet|lxOurs) != 0 || c.actor != actThing && c.actor != actCustomers && c.actor != actThird {
		return false // the verb first: most clauses have another
	}
	toks := az.tok.toks
	s := toks[c.lo].sent
	if c.subj == az.tok.sents[s].tokLo && az.lexAt(c.subj)&lxThing != 0 {
		return false // "Was it left on? That would explain it": the question is the cause, which explainsAfter reads
	}
	switch c.lemma {
	case "explain":
		if c.aspect != aspWould && c.aspect != aspCould && !(c.subj >= 0 && az.lexAt(c.subj)&lxThing != 0 && c.subj == c.headLo) {
			return false
		}
	case "account":
		if c.verb+1 >= c.hi || az.tok.key(toks[c.verb+1]) != "for" {
			return false
		}
	case "do":
		if c.verb+2 >= c.hi || !thisThat.has(toks[c.verb+1].id) || az.tok.key(toks[c.verb+2]) != "to" {
			return false
		}
	default:
		return false
	}
	sn := az.tok.sents[s]
	return !az.flags[s].owned && !az.sentenceHasOurStep(c) && !az.anyLexIn(sn.tokLo, sn.tokHi, lxOurDet|lxOurs)
}

// troubleFromAnAct reports a trouble told with "from" and an act that names
// no one, which leaves it with whoever had the thing: "the screen cracked
// from being dropped", "the strap snapped from being overloaded". What we
// did ("from being packed by our team") is ours.
func (az *analyzer) troubleFromAnAct(c *clause) bool {
	if c.verb < 0 || c.question || c.cond || c.neg || c.bag&(lxAgent|lxOurDet|lxOurs) != 0 {
		return false
	}
	toks := az.tok.toks
	for j := c.headLo + 1; j+1 < c.hi; j++ { // "cracked from being dropped" may read "being dropped" as its verb
		if toks[j].id == idFrom && az.bareGerundAt(j+1) {
			return az.troubled(c) && !az.flags[toks[c.lo].sent].owned
		}
	}
	return false
}

// theyNeverDoTheirPart reports a third party that, as a habit, does not do
// its part: "they never check the rota", "the train company just doesn't
// tell us anything". What they do not charge is good news, not a fault.
func (az *analyzer) theyNeverDoTheirPart(c *clause) bool {
	if c.lists&listBilling != 0 || c.question || c.cond || c.subj < 0 {
		return false // "they never charge for it": good news
	}
	return !az.sorry(c) && !az.flags[az.tok.toks[c.lo].sent].owned
}
