package scoring

// followedTheirInput reports a step of ours, done, said to follow what the
// customer gave us: "we played exactly what was on the playlist you sent
// across", "we translated exactly what was in the source file you sent",
// "we built it to the measurements you gave us". It insists the fault is in
// what they gave. A remedy done to what they paid ("I've refunded exactly
// what you paid"), a step still to come, or one said with sorry is not.
func (az *analyzer) followedTheirInput(c *clause) bool {
	if c.actor != actAgent || c.aspect != aspDone || c.neg || c.question || c.cond || c.verb < 0 || c.lemmaIn(remedyVerbs) ||
		c.hasHave && c.lists&stepList != 0 {
		return false // "I've sent the new card to the address you gave us" is a step just taken
	}
	return az.theyGaveItIn(c, c.verb+1)
}

// doneFromTheirInput reports a thing done from what the customer gave us,
// told in the passive with no one named: "the quote was based on the
// measurements you gave us", "the blinds were made to the sizes you sent".
// A remedy sent where they asked is no blame, as in followedTheirInput.
func (az *analyzer) doneFromTheirInput(c *clause) bool {
	if c.actor != actThing || !c.passive || c.byWho != actNone || c.aspect != aspDone || c.neg || c.question || c.cond || c.verb < 0 ||
		c.lemmaIn(remedyVerbs) || c.hasHave && c.lists&stepList != 0 || az.ourInSubject(c) {
		return false
	}
	return az.theyGaveItIn(c, c.verb+1)
}

// reasonIsTheirInput reports a "because" or "since" clause that gives what
// the customer gave us as the reason: "the refund went to the card ending
// 4471 because that's the one you gave us".
func (az *analyzer) reasonIsTheirInput(c *clause) bool {
	if !c.causal || c.neg || c.question || c.cond || az.weDoSomething(c) || az.sentenceHasOurStep(c) {
		return false // "since you chose express, I've refunded the difference": the reason for our help
	}
	return az.theyGaveItIn(c, c.lo+1)
}

// theyGaveItIn reports, in c from token lo, the customer and then a verb of
// giving us what we work from ("you sent", "you'd given us"), in a
// sentence that neither apologises nor owns.
func (az *analyzer) theyGaveItIn(c *clause, lo int) bool {
	toks := az.tok.toks
	for j := lo; j+1 < c.hi; j++ {
		if az.lexAt(j)&lxCustomer == 0 || az.lexAt(j)&lxDet != 0 {
			continue
		}
		k := j + 1
		if az.lexAt(k)&(lxHave|lxWould) != 0 && k+1 < c.hi {
			k++ // "the file you'd sent", "the sizes you had given us"
		}
		if givenToUs[lemma(az.tok.key(toks[k]))] && az.looksLikeVerb(k) {
			f := az.flags[toks[c.lo].sent]
			return !az.sorry(c) && !f.owned
		}
	}
	return false
}

// givenToUs are what the customer does to give us what we work from.
var givenToUs = wordSet("send give supply provide sign approve pick choose tick enter type select order submit upload write specify fill")

// givenToUsLemmas is givenToUs for asking a clause's main verb.
var givenToUsLemmas = lemmaSetFrom(givenToUs)

// remedyVerbs put money back: done to what the customer paid, they follow
// nothing of theirs that went wrong.
var remedyVerbs = lemmaSetOf("refund credit reimburse compensate pay waive honour honor match")

// didAsYouGaveIt reports a clause that names what we did, or where or when
// it went, right after the customer's own choice or detail in its sentence:
// "the proof you signed off had the 14th on it, so that's the date we
// printed", "order says flat 2, so that's where it went". Told back that
// way, the trouble is laid on what they gave us. ("You said medium when you
// ordered, and medium's what we sent" is read as their account told back,
// which a veto row weighs first.)
func (az *analyzer) didAsYouGaveIt(c *clause) bool {
	if c.verb >= 0 || c.neg || c.question || c.cond || c.subj < 0 || !az.namesWhatWasDone(c) {
		return false
	}
	if az.earlierInSentence(c, 3, az.theirInputTold) == nil {
		return false
	}
	return !az.flags[az.tok.toks[c.lo].sent].owned && !az.sorry(c) && !az.sentenceHasOurStep(c) && !az.weDoSomething(c)
}

// namesWhatWasDone reports a copula's clause that names, after its link,
// what was done, where or when: "that's what we sent", "that's where it
// went", "that's the date we printed". "That's why" gives a reason, which
// other readings weigh.
func (az *analyzer) namesWhatWasDone(c *clause) bool {
	toks := az.tok.toks
	j := c.comp
	if j < c.lo || j+1 >= c.hi {
		return false
	}
	if id := toks[j].id; resultWhWords.has(id) && id != idWhy && id != idHow {
		// "what we sent", "where it went", "when the driver came"
		return az.lexAt(j+1)&(lxAgent|lxThing|lxThird|lxDet) != 0 && !az.quotedBack(j+1, c.hi)
	}
	// "the date we printed", "the size we sent you"
	return az.lexAt(j)&lxDet != 0 && az.lexAt(j)&lxOurDet == 0 && j+2 < c.hi && az.lexAt(j+2)&lxAgent != 0 && az.lexAt(j+2)&lxBe == 0 &&
		!az.quotedBack(j+3, c.hi)
}

// quotedBack reports a verb of saying or writing among tokens lo..hi-1:
// "that's what the manager wrote" quotes words back, it tells no thing done.
func (az *analyzer) quotedBack(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if az.tok.toks[i].id == idWrote || sayVerbs[lemma(az.tok.key(az.tok.toks[i]))] {
			return true
		}
	}
	return false
}

// idWrote is the id of "wrote", which tells words put down, as "said" does.
var idWrote = wordID("wrote")

// theirInputTold reports a clause that tells what the customer chose, said
// or gave us: "you said medium", "the slot was picked on your account",
// "the proof you signed off", "the order says flat 2".
func (az *analyzer) theirInputTold(p *clause) bool {
	if p.neg || p.question || p.cond {
		return false
	}
	chose := p.lemmaIn(givenToUsLemmas) || p.lists&listChoose != 0
	switch {
	case p.actor == actCustomer:
		return p.aspect == aspDone && (chose || p.lemma == "say")
	case p.passive:
		return chose && (p.yourThing || az.anyMarkIn(p.lo, p.hi, lxYour) || az.inputNounWithin(p.verb+1, p.hi, p.hi-p.verb-1))
	case p.lemma == "say" && p.actor == actThing:
		lo, hi := p.subjectSpan()
		return az.inputNounWithin(lo, hi, hi-lo)
	}
	return az.theyGaveItIn(p, p.lo)
}

// Doing just what the customer said. "You said size 10 on the phone, and I
// wrote down size 10", "you entered 1990, and we printed 1990": what we did,
// told with the very figure they gave us right after their giving it, lays
// the trouble on the detail, as "that's what we sent" does. A step just
// taken ("and I've sent size 10 now"), or one said with sorry, is not.

// echoedTheirDetail reports such a clause (see above).
func (az *analyzer) echoedTheirDetail(c *clause) bool {
	if c.actor != actAgent || c.aspect != aspDone || c.hasHave || c.neg || c.question || c.cond || c.verb < 0 || !az.figureIn(c.verb+1, c.hi) {
		return false // the figure first: most clauses of ours tell none
	}
	p := az.prevInSentence(c)
	if p == nil || !az.theirInputTold(p) || !az.sameFigureIn(c.verb+1, c.hi, max(p.verb+1, p.lo), p.hi) {
		return false
	}
	return !az.flags[az.tok.toks[c.lo].sent].owned && !az.sorry(c)
}

// figureIn reports a figure among tokens lo..hi-1.
func (az *analyzer) figureIn(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if az.tok.toks[i].num {
			return true
		}
	}
	return false
}

// sameFigureIn reports a figure among tokens a..ahi-1 that tokens b..bhi-1
// hold as well: "size 10" and "size 10".
func (az *analyzer) sameFigureIn(a, ahi, b, bhi int) bool {
	toks := az.tok.toks
	for i := a; i < ahi; i++ {
		if !toks[i].num {
			continue
		}
		for j := b; j < bhi; j++ {
			if toks[j].num && az.tok.key(toks[j]) == az.tok.key(toks[i]) {
				return true
			}
		}
	}
	return false
}

// Chosen on the order. "Extra hot was ticked on the order", "standard
// delivery was selected at checkout", "the box was ticked no": a choice
// made in the passive, by no one named, where only the customer makes it,
// tells what they chose, as "you selected standard" does. Chosen by us, or
// at random, or beside a step of ours or an apology, it lays nothing.

// chosenOnTheOrder reports such a clause (see above).
func (az *analyzer) chosenOnTheOrder(c *clause) bool {
	if !c.passive || c.byWho != actNone || c.neg || c.question || c.cond || !c.lemmaIn(choiceVerbs) || az.ourInSubject(c) {
		return false
	}
	toks := az.tok.toks
	boxed := az.subjectHas(c, choiceBoxes) // "the opt-out box was ticked": a box is ticked on their form
	for i := c.verb + 1; i < c.hi; i++ {
		if unchosenWords.has(toks[i].id) {
			return false
		}
		if !boxed && i+1 < c.hi && (toks[i].id == idOn || toks[i].id == idAt || toks[i].id == idIn) && az.orderPlaceWithin(i+1, c.hi) {
			boxed = true
		}
	}
	return boxed && !az.flags[toks[c.lo].sent].owned && !az.sorry(c) && !az.sentenceHasOurStep(c)
}

// orderPlaceWithin reports, in the three words from i, where the customer
// makes their choices: "the order", "checkout", "your booking form".
func (az *analyzer) orderPlaceWithin(i, hi int) bool {
	return az.anyIn(i, min(hi, i+3), orderPlaces)
}

// choiceVerbs make a choice on an order; orderPlaces are where it is made,
// and choiceBoxes what is ticked there.
var (
	choiceVerbs = lemmaSetOf("tick select choose pick")
	orderPlaces = idSetOf(orderPlacesList)
	choiceBoxes = idSetOf(choiceBoxesList)
)

const (
	orderPlacesList = "order checkout booking form basket application"
	choiceBoxesList = "box boxes checkbox tickbox"
)

// unchosenWords tell a choice no one made: "selected automatically",
// "picked at random".
var unchosenWords = idSetOf(unchosenWordsList)

const unchosenWordsList = "automatically random"

// Our offer turned down. "The repair was declined both times", "the
// extended warranty was declined at purchase": what we offered, declined in
// the passive by no one named, was the customer's to take, as a choice on
// their order is. What they asked for and we turned down ("the claim was
// declined") is ours, and so is any refusal we own or answer with a step.

// ourOfferDeclined reports such a clause (see above).
func (az *analyzer) ourOfferDeclined(c *clause) bool {
	if !c.passive || c.byWho != actNone || c.neg || c.question || c.cond || !c.lemmaIn(declineVerbs) || !az.subjectHas(c, offeredNouns) {
		return false
	}
	return !az.ourInSubject(c) && !az.flags[az.tok.toks[c.lo].sent].owned && !az.sorry(c) && !az.sentenceHasOurStep(c)
}

// declineVerbs turn an offer down ("refused" is more often ours: "the
// cover was refused"); offeredNouns are what we offer, not cover, which an
// insurer declines.
var (
	declineVerbs = lemmaSetOf("decline")
	offeredNouns = idSetOf(offeredNounsList)
)

const offeredNounsList = "repair repairs quote quotation offer upgrade warranty recommendation work replacement"

// Their choice, told as past. "That plan was your choice", "the Fixed Saver,
// which was your pick back in January": a thing said, in the past, to have
// been the customer's choice lays it on them, where "it's your choice"
// offers one. Ours, or beside an apology or a step of ours, it lays nothing.

// wasYourChoice reports such a clause (see above).
func (az *analyzer) wasYourChoice(c *clause) bool {
	if c.verb >= 0 || c.neg || c.question || c.cond || !c.pastAux || c.comp+1 >= c.hi || az.ourInSubject(c) {
		return false
	}
	toks := az.tok.toks
	return toks[c.comp].id == idYour && madeChoiceNouns.has(toks[c.comp+1].id) &&
		!az.flags[toks[c.lo].sent].owned && !az.sorry(c) && !az.sentenceHasOurStep(c)
}

// madeChoiceNouns name a choice made: "your pick", "your decision".
var madeChoiceNouns = idSetOf(madeChoiceNounsList)

const madeChoiceNounsList = "choice pick decision call selection"

// Told otherwise than it was. "You told us it was a two-bed, and there
// turned out to be four bedrooms' worth", "you said it was a two-bed, but it
// was actually a four-bed": what the customer told us, then what it turned
// out to be, lays the trouble on what they told us. Said with sorry, or
// owned, it lays nothing.

// toldUsOtherwise reports the clause of what it turned out to be (see
// above).
func (az *analyzer) toldUsOtherwise(c *clause) bool {
	if c.neg || c.question || c.cond || !az.provedOtherwise(c) {
		return false
	}
	if az.earlierInSentence(c, 2, toldUsSo) == nil {
		return false
	}
	return !az.flags[az.tok.toks[c.lo].sent].owned && !az.sorry(c)
}

// toldUsSo reports the customer telling us, in the past, what a thing is:
// "you told us", "you said".
func toldUsSo(p *clause) bool {
	return p.actor == actCustomer && !p.neg && p.aspect == aspDone && p.lemmaIn(toldUsVerbs)
}

// provedOtherwise reports a clause that tells what a thing proved to be,
// set against what was said before it: "there turned out to be four", or,
// opened by "but", "it was actually a four-bed", "but in fact".
func (az *analyzer) provedOtherwise(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i < c.hi; i++ {
		switch id := toks[i].id; {
		case id == idActually || id == idFact && i > c.lo && toks[i-1].id == idIn:
			return contrastWords.has(toks[c.lo].id) // "but it was actually", not "and it actually was"
		case i+1 < c.hi && toks[i+1].id == idOut && turnedForms.has(id):
			return true
		}
	}
	return false
}

// toldUsVerbs tell us what a thing is; turnedForms, with "out", say what it
// proved to be.
var (
	toldUsVerbs = lemmaSetOf("say tell describe")
	turnedForms = idSetOf(turnedFormsList)
)

const turnedFormsList = "turned turns"

// idActually and idFact read "actually" and "in fact"; provedWordsList
// interns them with the lexicon (idSetLists).
var idActually, idFact = wordID("actually"), wordID("fact")

const provedWordsList = "actually fact"
