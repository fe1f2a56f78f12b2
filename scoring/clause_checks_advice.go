package scoring

import "strings"

// Advice for next time: telling the customer what to do differently "next
// time" or "in future" says they did it wrong this time ("for next time,
// you'll want to add the passport details before check-in closes", "maybe
// don't keep the PIN in your wallet next time", "please do check the address
// this time"). What the company will do next time, and what the customer will
// get, are not advice.

// advisesNextTime reports such a clause (see above).
func (az *analyzer) advisesNextTime(c *clause) bool {
	if c.lists&listReceive != 0 {
		return false
	}
	order := az.givesOrder(c)
	switch {
	case order: // "check the address this time", "maybe don't keep the PIN in your wallet"
	case az.worthDoing(c): // "for next time, it's worth checking the size guide"
	case c.verb < 0:
		return false
	case c.actor == actCustomer: // "you'll want to", "you should", "you need to"
		if !c.obliged && c.aspect != aspMust && !(c.aspect == aspWill && c.lemmaIn(adviceVerbs)) {
			return false
		}
	case c.actor == actThing: // "the instructions do say not to"
		if !c.ruleSubj && !az.saysRule(c) {
			return false
		}
	default:
		return false
	}
	return az.nextTimeIn(c, order)
}

// advisesNextTimeAsked reports advice for next time put as a question that
// asks nothing: a bare order with a question mark ("maybe just double-check
// the plug next time?"), which suggests as the order does. A question that
// asks ("did you check it last time?") is another reading's.
func (az *analyzer) advisesNextTimeAsked(c *clause) bool {
	return c.question && c.lists&listReceive == 0 && az.givesOrder(c) && az.nextTimeIn(c, true)
}

// givesOrder reports a clause that tells the customer to do their part:
// "please do check", "maybe don't keep", "always double-check". "Thank you
// for your patience" is no order.
func (az *analyzer) givesOrder(c *clause) bool {
	if c.actor != actNone && c.actor != actThing || c.subj >= 0 && c.subj != c.headLo {
		return false
	}
	if az.orderFrom(c.headLo, c.hi) {
		return true
	}
	// "next time, | please check", "for your peace of mind, | maybe don't keep":
	// a frame before a pause, then the order
	toks := az.tok.toks
	for i := c.headLo; i+1 < c.hi; i++ {
		if toks[i].pause && az.orderFrom(i+1, c.hi) {
			return true
		}
	}
	return false
}

// orderFrom reports an order starting at i: a verb of the customer's part in
// its base form, after words that may lead it ("please do", "maybe don't").
func (az *analyzer) orderFrom(i, hi int) bool {
	toks := az.tok.toks
	for ; i < hi; i++ {
		if orderLeads.has(toks[i].id) || az.lexAt(i)&(lxDo|lxNeg) != 0 && az.lexAt(i)&(lxAgent|lxCustomer|lxThird|lxThing) == 0 {
			continue
		}
		return verbs.bare[az.tok.key(toks[i])]&(listDuty|listYourActs|listSlip) != 0
	}
	return false
}

// worthDoing reports advice given as what is worth doing: "it's worth
// checking the size guide", "it's always worth screenshotting it".
func (az *analyzer) worthDoing(c *clause) bool {
	if !az.pronounSubject(c) || c.neg {
		return false
	}
	for i := c.comp; i+1 < c.hi && i <= c.comp+2; i++ {
		if az.tok.key(az.tok.toks[i]) == "worth" {
			return strings.HasSuffix(az.tok.key(az.tok.toks[i+1]), "ing")
		}
	}
	return false
}

// orderLeads come before the verb of an order: "please do check", "maybe
// don't", "just make sure".
var orderLeads = idSetOf(orderLeadsList)

const orderLeadsList = "please maybe just always also kindly perhaps double"

// adviceVerbs after "you'll" give advice: "you'll want to add".
var adviceVerbs = lemmaSetOf("want need")

// saysRule reports a thing that says what to do: "the instructions say".
func (az *analyzer) saysRule(c *clause) bool {
	if c.lemma != "say" || c.subj < 0 {
		return false
	}
	return az.anyIn(c.subj, min(c.subj+2, c.hi), ruleTexts) // "instructions say", "the instructions say"
}

// ruleTexts tell the customer what to do.
var ruleTexts = idSetOf(ruleTextsList)

const ruleTextsList = "instructions instruction guide manual label leaflet terms notes"

// nextTimeIn reports "next time", "in future", "going forward" or "for
// future reference" in the clause's sentence, or "this time" in the clause
// itself when it is an order ("please do check the address this time").
func (az *analyzer) nextTimeIn(c *clause, order bool) bool {
	toks := az.tok.toks
	s := az.tok.sents[toks[c.lo].sent]
	for i := s.tokLo; i+1 < s.tokHi; i++ {
		switch id, next := toks[i].id, toks[i+1].id; {
		case id == idNext && next == idTime, id == idIn && next == idFuture, id == idGoing && next == idForward,
			id == idFuture && next == idReference:
			return true
		case id == idThis && next == idTime && order && i >= c.lo && i < c.hi:
			return true
		}
	}
	return false
}

// Ids of the words of "next time", "in future", "going forward".
var (
	idNext, idIn, idFuture, idGoing = wordID("next"), wordID("in"), wordID("future"), wordID("going")
	idForward, idReference          = wordID("forward"), wordID("reference")
)

// toldToStop reports the customer told they must stop doing something:
// "you really do need to stop sharing your login round the office", "you
// have to stop leaving it on charge overnight". What they must stop is what
// caused the trouble.
func (az *analyzer) toldToStop(c *clause) bool {
	if c.actor != actCustomer || c.neg || c.question || c.lemma != "stop" || c.verb+1 >= c.hi || !c.obliged && c.aspect != aspMust {
		return false
	}
	return strings.HasSuffix(az.tok.key(az.tok.toks[c.verb+1]), "ing") // "stop sharing", not "stop by the desk"
}
