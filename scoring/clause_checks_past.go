package scoring

import "strings"

// A time told in the past tense is history, not a commitment: "we sent a
// reminder by text on Tuesday", "your order was dispatched on Monday". A
// step done for a time ahead keeps it ("I've booked the engineer for
// Tuesday", "we sent it for delivery by Friday"), and so does a clause whose
// subject is left out after "and" ("it'll be reissued and emailed on
// Friday"), whose tense is its first verb's: after a simple past it is
// history too ("the return was booked on the 3rd and scanned in that same
// afternoon"), after a perfect a step done ("I've reset it and sent a link").

// toldInThePast reports a clause in the simple past, with a subject of its
// own and no word that points ahead: a time in it already happened.
func (az *analyzer) toldInThePast(c *clause) bool {
	// "your bin wasn't out until Wednesday", "the voucher was valid until 31 March": a past state that held until then
	pastState := c.verb < 0 && c.pastAux && (c.neg || az.anyIn(c.comp, c.hi, untilWords))
	if c.question || c.cond || c.subj < 0 && !az.sharesSimplePast(c) || c.hasHave && !az.countedSoFar(c) && !az.earlierTodayIn(c) || !c.hasHave && (c.verb < 0 && !pastState || c.passive && !c.pastAux) {
		return false // "I've booked it for Tuesday", "it's booked for Tuesday"
	}
	toks := az.tok.toks
	agentBy := c.passive && (c.byAgent || c.byWho != actNone) // "caused by our CDN provider": the doer, no deadline
	for i := c.comp; i < c.hi; i++ {
		if agentBy && toks[i].id == idBy || toks[i].id == idBy && az.nameAfter(i, c.hi) {
			agentBy = false // "signed for by "Smith" at 10:02": a name, the doer, no deadline
			continue
		}
		if aheadWords.has(toks[i].id) && !(toks[i].id == idBy && i+1 < c.hi && (channelNouns.has(toks[i+1].id) || messageNouns.has(toks[i+1].id))) &&
			!((c.neg || pastState) && untilWords.has(toks[i].id)) && !(toks[i].id == idBefore && (i+1 >= c.hi || toks[i].pause)) && !az.forNoTime(i, c.hi) {
			// "by Friday", not "by text" nor "didn't deliver until noon", nor "the evening before", which was
			// earlier, nor "for loads of users"
			return false
		}
	}
	return true
}

// nameAfter reports a name right after i: a word in quotes, or one the
// phrase index does not know and no time starts ("by J. Morris", "by
// "Smith""), where "by Friday" and "by 5pm" set a time.
func (az *analyzer) nameAfter(i, hi int) bool {
	if i+1 >= hi {
		return false
	}
	t := az.tok.toks[i+1]
	return t.quoted || t.id == 0 && !t.num && !az.startsTime(t)
}

// forNoTime reports "for" at i before no time: "an update that broke the
// add-in for loads of users" is for whom, where "for Tuesday", "for the
// 14th" and "for 3pm" may look ahead.
func (az *analyzer) forNoTime(i, hi int) bool {
	toks := az.tok.toks
	return toks[i].id == idFor && (i+1 >= hi || !az.extendsTime(toks[i+1]) && !az.startsTime(toks[i+1]) && !calendarNames.has(toks[i+1].id))
}

// sharesSimplePast reports a clause whose subject is left out after "and"
// that takes its tense from a clause in the simple past, not a perfect.
func (az *analyzer) sharesSimplePast(c *clause) bool {
	a := az.anchorOf(c)
	return a != nil && !a.hasHave
}

// anchorOf returns the clause c takes its subject and tense from (see
// findAnchors), or nil.
func (az *analyzer) anchorOf(c *clause) *clause {
	if a := az.anchors[az.clauseIndex(c)]; a >= 0 {
		return &az.clauses[a]
	}
	return nil
}

// countedSoFar reports a perfect that counts what has been done so far:
// "we've been through this twice already this week", "I've rung three
// times today". Its time is the span counted, not one ahead.
func (az *analyzer) countedSoFar(c *clause) bool {
	return az.repeatWithin(c, 4) || az.idIn(idAlready, c.comp, c.hi)
}

// earlierTodayIn reports "this morning" or "earlier" after c's verb: with a
// perfect, a time already gone today ("I've sent the replacement this
// morning"), where "I've booked it for this afternoon" looks ahead.
func (az *analyzer) earlierTodayIn(c *clause) bool {
	toks := az.tok.toks
	for i := c.comp; i < c.hi; i++ {
		if toks[i].id == idEarlier || toks[i].id == idMorning && i > c.comp && toks[i-1].id == idThis && !(i-2 >= c.comp && aheadWords.has(toks[i-2].id)) {
			return true // not "booked for this morning"
		}
	}
	return false
}

// Ids of "earlier" and "morning".
var idEarlier, idMorning = wordID("earlier"), wordID("morning")

// aheadWords point a time ahead: "by Friday", "for Tuesday", "tomorrow",
// "I extended it until the 30th". "Within" after a simple past measures the
// act that was done ("we refunded it within three days"), and so does
// "until" after a denied one ("they didn't deliver until noon"): neither
// points ahead.
var aheadWords = idSetOf(aheadWordsList)

const aheadWordsList = "by before until till for tomorrow tonight next later soon"

// untilWords end a wait: "until", "till".
var untilWords = idSetOf("until till")

// A detail the customer gives, left out of what they filled in: "the house
// number was left off the order", "the flat number was missed off the
// booking form", "the allergy was left out of the booking". Left off by us
// ("by our warehouse"), or taken on in the sentence, it is ours.

// leftOffTheForm reports a passive of "leave" or "miss" with "off" or "out
// of" and a form the customer fills in.
func (az *analyzer) leftOffTheForm(c *clause) bool {
	if c.byWho == actAgent || c.lemma != "leave" && c.lemma != "miss" || c.verb+2 >= c.hi {
		return false
	}
	toks := az.tok.toks
	i := c.verb + 1
	switch {
	case toks[i].id == idOff:
		i++
	case toks[i].id == idOut && toks[i+1].id == idOf:
		i += 2
	default:
		return false
	}
	for ; i < c.hi && i <= c.verb+5; i++ {
		if filledForms.has(toks[i].id) {
			return !az.weTakeItOn(c)
		}
	}
	return false
}

// filledForms are what a customer fills in: "the order", "the booking form".
var filledForms = idSetOf(filledFormsList)

const filledFormsList = "order form booking application checkout paperwork claim request"

// The company not told what it needed to know: "we weren't told about the
// dog", "nobody told us the mattress had bedbugs". What the customer's side
// was to say went unsaid. The agent alone ("I wasn't told about the delay
// either") speaks of the company's own messages, and a step we take in the
// sentence takes it on.

// notToldAsACompany reports "we were not told": the company, not the agent
// in person, in a denied passive of telling.
func (az *analyzer) notToldAsACompany(c *clause) bool {
	return !c.personal && !c.question && !c.cond && !az.weTakeItOn(c)
}

// nobodyToldUs reports "nobody" or "no one" telling the company: "nobody
// told us", "no one informed our driver".
func (az *analyzer) nobodyToldUs(c *clause) bool {
	toks := az.tok.toks
	if c.question || c.cond || c.subj < 0 || c.verb < 0 || c.verb+1 >= c.hi || az.weTakeItOn(c) {
		return false
	}
	i := c.subj
	if toks[i].id == idNo && i+1 < c.hi && toks[i+1].id == idOne {
		i++
	}
	if !nobodyWords.has(toks[i].id) && !(i > c.subj && toks[i].id == idOne) {
		return false
	}
	next := az.lexAt(c.verb + 1)
	return next&lxAgent != 0 && next&lxI == 0 || next&lxOurDet != 0 // "us", "our crew"; not "me"
}

// Signed for as received in good order: "the delivery note was signed as
// received in good condition", "you signed for it in perfect condition",
// "everything was signed off as received". The
// signature accepted the goods as they were, so the damage found later is
// put after delivery. Signed by us, it is our own check.

// signedAsReceived reports a form of "sign" not by the company, with "as
// received", "as delivered" or "in good condition" after it.
func (az *analyzer) signedAsReceived(c *clause) bool {
	if c.lemma != "sign" || c.neg || c.question || c.cond || c.byAgent || c.actor == actAgent && !c.passive {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 1; i+1 < c.hi && i <= c.verb+6; i++ {
		k := az.tok.key(toks[i])
		if k == "as" && receivedWords[az.tok.key(toks[i+1])] || soundWords[k] && conditionNouns[az.tok.key(toks[i+1])] {
			return !az.weTakeItOn(c)
		}
	}
	return false
}

// receivedWords follow "signed as": the goods accepted as they came.
var receivedWords = wordSet("received delivered complete undamaged intact")

// soundWords and conditionNouns say the goods were accepted sound: "in good
// condition", "in perfect working order".
var (
	soundWords     = wordSet("good perfect excellent working")
	conditionNouns = wordSet("condition order")
)

// A cleft that names the cause: "it was the air traffic control strike that
// kept the flight on the tarmac", "it was your router that dropped the
// line". What stands between "it was" and "that" is what did it; ours ("it
// was our system that failed") owns it, and a step of ours takes it on.

// cleftNamesThem reports "it was X that" + a verb, where X is an outside
// event, another party, or the customer's own thing.
func (az *analyzer) cleftNamesThem(c *clause) bool {
	if c.verb >= 0 || c.neg || c.question || c.subj < 0 || !az.cleftIt(c.subj) {
		return false
	}
	for j := c.comp + 1; j+1 < c.hi && j <= c.comp+8; j++ {
		if !az.cleftLink(j) {
			continue
		}
		if !az.deedAfterCleft(j) {
			return false // "it was the one that I liked", "it's the one that's best" name no deed
		}
		if az.anyLexIn(c.comp, j, lxOurDet|lxAgent|lxOurs) || az.weTakeItOn(c) {
			return false // "it was our system that failed"
		}
		// "it's the payments team that messed that up, not me": another team of ours, with the speaker ruled out
		return az.anyIn(c.comp, j, outsideEvents) || az.anyLexIn(c.comp, j, lxThird|lxThirdNoun) || az.anyMarkIn(c.comp, j, lxYour) ||
			az.anyLexIn(c.comp, j, lxCompanyNoun) && az.notMeAfter(j, c.hi)
	}
	return false
}

// notMeAfter reports "not me" or "not us" in tokens from..hi.
func (az *analyzer) notMeAfter(from, hi int) bool {
	toks := az.tok.toks
	for i := from; i+1 < hi; i++ {
		if toks[i].id == idNot && az.lexAt(i+1)&(lxAgent|lxI) != 0 {
			return true
		}
	}
	return false
}

// deedAfterCleft reports a deed after a cleft's "that", "who" or "that's" at
// j: a verb, or after "that's" a participle or -ing form: "it was the courier
// that | lost it", "it's the pipework that's | dragging the pressure down",
// not "it's the one that's | best".
func (az *analyzer) deedAfterCleft(j int) bool {
	if j+1 >= len(az.tok.toks) {
		return false
	}
	if az.tok.toks[j].id == idThatIs || az.tok.key(az.tok.toks[j]) == "who's" {
		return az.looksLikeVerb(j+1) || strings.HasSuffix(az.tok.key(az.tok.toks[j+1]), "ing")
	}
	return az.looksLikeVerb(j+1) || az.presentFormAt(j+1) || az.lexAt(j+1)&auxBits != 0
}

// cleftIt reports the "it" that opens a cleft at i: "it", "it's", or "its"
// typed for "it's" before a determiner ("its the wiring in ur flat thats
// tripping it").
func (az *analyzer) cleftIt(i int) bool {
	toks := az.tok.toks
	switch az.tok.key(toks[i]) {
	case "it", "it's":
		return true
	case "its":
		return i+1 < len(toks) && toks[i+1].sent == toks[i].sent && az.lexAt(i+1)&lxDet != 0
	}
	return false
}

// cleftLink reports the word at j that joins a cleft's focus to its deed:
// "that", "who", "that's" or "who's", however typed ("thats").
func (az *analyzer) cleftLink(j int) bool {
	id := az.tok.toks[j].id
	return id != 0 && (id == idThat || id == idWho || id == idThatIs) || az.tok.key(az.tok.toks[j]) == "who's"
}

// idWho and idThatIs are the ids of "who" and "that's"; a typed form
// ("thats") carries its word's id. "Who's" has none, and is read by its text.
var idWho, idThatIs = wordID("who"), wordID("that's")
