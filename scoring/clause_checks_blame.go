package scoring

import "strings"

// Checks on the words of a clause that read blame in its general forms: the
// customer's part told as the cause, their own thing refused, a third party's
// slip told with an adverb, the fault denied as ours; and the date that makes a
// plain past passive a step just done.

// mistakeWords say a step was done badly, even past a particle or an object:
// "filled in incorrectly", "dispatched it late", "entered it without the space",
// "has been slow to repair it".
var mistakeWords = idSetOf(mistakeWordsList)

const mistakeWordsList = "incorrectly wrongly badly late slow without instead missing expired"

// isDoneWrong: the subject or the object is wrong ("the wrong date was
// entered"), or a mistake word follows the verb within a few words, past a
// particle ("the form was filled in incorrectly").
func (az *analyzer) isDoneWrong(c *clause) bool {
	if az.wrongNearVerb(c) {
		return true
	}
	for i := c.comp; i < c.hi && i < c.comp+5; i++ {
		if mistakeWords.has(az.tok.toks[i].id) && !(i > c.comp && az.tok.toks[i-1].id == idYour) && !az.wentWithout(c, i) {
			return true // "sent it late"; not "confirmed your late check-in", which names what they asked for
		}
		if az.tok.toks[i].pause {
			return false // the word before a pause is the last of the clause's own
		}
	}
	return false
}

// wentWithout reports "without" at i after going or being: "your cat went
// three days without her tablets", "you've been without heating" tell what
// was suffered, not a thing done wrongly.
func (az *analyzer) wentWithout(c *clause, i int) bool {
	return az.tok.toks[i].id == idWithout && (c.lemma == "go" || c.verb < 0)
}

// refusedVerbs are what a bank or a system does to the customer's payment or
// message: "your card was declined", "your email bounced back".
var refusedVerbs = lemmaSetOf("decline reject bounce refuse block flag")

// isYourThingRefused: "your card was declined", "your payment was rejected":
// the customer's own means failed, and nobody says it was us.
// A sentence that goes on to a step of ours ("your card was declined, so I've
// sent a new link") reports the refusal to fix it, not to blame.
func (az *analyzer) isYourThingRefused(c *clause) bool {
	return c.subj >= 0 && az.tok.key(az.tok.toks[c.subj]) == "your" && c.byWho != actAgent && c.lemmaIn(refusedVerbs) &&
		!az.sentenceHasOurStep(c)
}

// sentenceHasOurStep reports another clause of c's sentence in which the
// company acts, or anything is under way or promised, on c's side of any
// "but" or "though": "I'll refund it, but the box was left where you asked"
// still blames.
func (az *analyzer) sentenceHasOurStep(c *clause) bool {
	return az.spanOfClause(c).steps > int32(count(c.isStep()))
}

// opensContrast reports a clause that opens with a word of contrast.
func (az *analyzer) opensContrast(k int) bool {
	c := &az.clauses[k]
	i := c.lo
	if i+1 < c.hi && az.tok.key(az.tok.toks[i]) == "even" {
		i++ // "even though"
	}
	return contrastWords.has(az.tok.toks[i].id)
}

// contrastWords open a clause that sets itself against the one before.
var contrastWords = idSetOf(contrastWordsList)

const contrastWordsList = "but though although however yet whereas"

// subjectYouGave reports a subject that holds what the customer gave,
// told by a relative clause of theirs: "the address you gave us", "the ID
// you uploaded".
func (az *analyzer) subjectYouGave(c *clause) bool {
	if c.subj < 0 || c.bag&lxCustomer == 0 || c.byWho == actAgent {
		return false
	}
	for i := c.subj + 1; i+1 < c.comp && i+1 < c.hi; i++ {
		if az.lexAt(i)&lxCustomer == 0 {
			continue
		}
		if v := az.relativeVerbAfter(c, i); v > 0 && az.verbAt(v).lists&(listDuty|listChoose) != 0 {
			return true
		}
	}
	return false
}

// yourInputLapsed: "the ID you uploaded had expired", "the card you gave us
// has lapsed": what the customer gave was out of date when they gave it.
func (az *analyzer) yourInputLapsed(c *clause) bool {
	return !c.neg && c.verb >= 0 && c.lemmaIn(lapsedLemmas) && az.subjectYouGave(c)
}

// otherInputKeys are otherInputWords as keys, for the words compWords reads.
var otherInputKeys = wordSet(otherInputWordsList)

// lapsedLemmas say a thing ran out of date.
var lapsedLemmas = lemmaSetOf("expire lapse")

// isYourInputWrong: "the address you gave us was missing the flat number",
// "the code you used was out of date": the subject holds what the customer
// gave, and the clause says it was wrong or lacking.
func (az *analyzer) isYourInputWrong(c *clause) bool {
	if !az.subjectYouGave(c) {
		return false
	}
	if c.lemma == "miss" || c.lemma == "lack" {
		return true
	}
	var buf [3]string
	w := az.compWords(c, 3, buf[:0])
	if c.neg {
		// "the photos you sent weren't clear enough", "the code you gave us didn't work"
		return len(w) > 0 && goodWords[w[0]] || c.verb >= 0 && c.lemmaIn(workingVerbs)
	}
	if len(w) > 0 && w[0] == "too" || az.tooAfterMeasure(c) || az.figureSetAgainst(c) || az.measuredAgainstTheTrue(c) {
		// "the photos you sent were too blurry", "the reading was about two thousand units too high",
		// "the measurements you sent had the alcove at 2.4 metres, not 2.14"
		return true
	}
	if len(w) > 2 && w[0] == "for" && otherInputKeys[w[2]] || len(w) > 1 && w[0] == "for" && otherInputKeys[w[1]] {
		return true // "the receipt you sent was for a different order", "the reference you gave is for another booking"
	}
	// "empty" only of what they gave: "the box was empty" may be how it reached them
	return len(w) > 0 && (inputFaults[w[0]] || w[0] == "empty") || startsWithAny(w, &outOfDate) || az.isDoneWrong(c)
}

// figureSetAgainst reports a figure after c's verb set against another
// after a pause: "at 2.4 metres, not 2.14", "for the 14th, not the 15th".
func (az *analyzer) figureSetAgainst(c *clause) bool {
	toks := az.tok.toks
	lo := max(c.verb+1, c.comp, c.lo)
	for i := lo + 1; i+1 < c.hi; i++ { // "not" after a pause after a word of the complement
		if toks[i].id == idNot && toks[i-1].pause && (toks[i+1].num || i+2 < c.hi && toks[i+2].num) {
			return az.figureIn(lo, i)
		}
	}
	return false
}

// tooAfterMeasure reports "too" after a measure that opens c's
// complement: "about two thousand units too high", "3 kg too heavy".
func (az *analyzer) tooAfterMeasure(c *clause) bool {
	toks := az.tok.toks
	i := c.comp
	if i < c.hi && roughlyWords.has(toks[i].id) {
		i++ // "about", "roughly"
	}
	n := 0
	for ; i < c.hi && (toks[i].num || numberWords.has(toks[i].id)); i++ {
		n++ // "two thousand", "2,000"
	}
	if n == 0 || i+1 >= c.hi {
		return false
	}
	if toks[i].id != idToo {
		i++ // the unit: "units", "kg"
	}
	return toks[i].id == idToo
}

// outOfDate is stale input in words: "the code you used was out of date".
var outOfDate = phraseListOf("out of date")

// isBecauseYouDid: "as you paid by bank transfer, it took longer", "since
// you used the old link, it failed": the customer's step told as the cause of
// what went wrong, when nothing in the sentence is the company's doing. A
// choice is the cause only of a trouble told beside it ("since you went for
// the early-bird package, the deposit can't be returned"), not of a date or
// a step ("since you chose the fortnightly plan, your next box comes on the
// 14th").
func (az *analyzer) isBecauseYouDid(c *clause) bool {
	if !c.causal {
		return false
	}
	if c.lists&(listDuty|listSlip) == 0 && !c.neg {
		// "since you opted for the junior tier, the correction is chargeable": a choice, given as the reason for a trouble
		return az.choseThis(c) && !az.sentenceHasOurStep(c) && az.nearInSentence(c, func(d *clause) bool { return !d.causal && az.troubled(d) })
	}
	if az.sentenceHasOurStep(c) {
		return false // "because you paid for express, I've refunded it"
	}
	return az.sentenceCounts(c).toldCount > count(c.tells())
}

// choseThis reports a clause whose verb chooses or signs off: "you
// picked", "you opted for", "you went for", "you went with", "you approved".
func (az *analyzer) choseThis(c *clause) bool {
	return c.lists&listChoose != 0 || c.lemmaIn(choiceLemmas) || c.lemma == "go" && c.comp < c.hi && (az.tok.toks[c.comp].id == idFor || az.tok.toks[c.comp].id == idWith)
}

// choiceLemmas choose or sign off without being in the list of choosing.
var choiceLemmas = lemmaSetOf("opt approve accept agree")

// isYourFault: "none of this is your fault": the phrase that blames, denied.
func (az *analyzer) isYourFault(c *clause) bool {
	for i := c.lo; i+1 < c.hi; i++ {
		if az.tok.key(az.tok.toks[i]) == "your" && az.lexAt(i+1)&lxFaultNoun != 0 {
			// "losses caused by your failure to back up": the fault given as a cause, the negation another verb's
			return i < c.lo+2 || az.tok.toks[i-1].id != idBy || !az.causedBy(i-2) || i-2 == c.verb
		}
	}
	return false
}

// recentWords date a plain past to this contact: "was dispatched this morning".
var recentWords = wordSet("today just morning afternoon")

// saysJustNow reports a clause dated to today: "the replacement was dispatched
// this morning", "a refund was just issued", "credited a moment ago", not "a
// refund was issued on the 2nd".
func (az *analyzer) saysJustNow(c *clause) bool {
	for i := c.lo; i < c.hi; i++ {
		k := az.tok.key(az.tok.toks[i])
		if recentWords[k] && (k != "morning" && k != "afternoon" || i > c.lo && az.tok.key(az.tok.toks[i-1]) == "this") {
			return true
		}
		if k == "ago" && i > c.lo && agoMoments[az.tok.key(az.tok.toks[i-1])] {
			return true // "a moment ago", "a few minutes ago"; not "two weeks ago"
		}
	}
	return false
}

// agoMoments, before "ago", date a step to the last few minutes.
var agoMoments = wordSet("moment moments minute minutes second seconds")

// isYourJob: "customers are responsible for checking", "you're liable for
// the charge", "you were supposed to return it", "it was up to you to".
func (az *analyzer) isYourJob(c *clause) bool {
	if c.passive && (c.lemma == "suppose" || c.lemma == "require" || c.lemma == "expect" || c.lemma == "mean") {
		return true
	}
	if c.verb >= 0 {
		return false
	}
	w := az.firstCompWord(c)
	return w == "responsible" || w == "liable" // "as the registered keeper you're liable for the parking charge"
}

// onYouPhrases hand the fault to the customer.
var onYouPhrases = phraseListOf("on you", "down to you", "your responsibility", "your fault", "up to you to", "for you to", "yours to",
	"between you and", "a matter between you", "between the two of you", "a matter between the", "something between you")

// isOnYou: "that's on you", "it's down to you".
func (az *analyzer) isOnYou(c *clause) bool {
	var buf [4]string
	// "anything after that is between you and them", "keeping the PIN safe is on the account holder"
	subject := az.pronounSubject(c) || c.subj >= 0 && (anyWhatever.has(az.tok.toks[c.subj].id) || strings.HasSuffix(az.tok.key(az.tok.toks[c.subj]), "ing"))
	if !subject {
		return az.thingYoursToDo(c)
	}
	// the words that hand it over are asked first: most clauses have none, and handsAChoice reads five words
	return (startsWithAny(az.compWords(c, 4, buf[:0]), &onYouPhrases) || az.upToTheHolderTo(c)) && !az.handsAChoice(c)
}

// thingYoursToDo reports a thing, not ours, told as the customer's to do
// something with: "the address on the order was yours to check", "the
// meter was your responsibility to read". What is theirs to keep or enjoy
// is a gift.
func (az *analyzer) thingYoursToDo(c *clause) bool {
	if c.subj < 0 || az.ourInSubject(c) {
		return false
	}
	var buf [4]string
	w := az.compWords(c, 4, buf[:0])
	switch {
	case len(w) >= 3 && w[0] == "yours" && w[1] == "to":
		return !giftVerbs[w[2]] // "yours to check", not "yours to keep"
	case len(w) >= 4 && w[0] == "your" && w[1] == "responsibility" && w[2] == "to":
		return true
	}
	return false
}

// holderRoleWithin reports a customer's role within two words from i: "the
// subscriber", "the account holder".
func (az *analyzer) holderRoleWithin(i, hi int) bool {
	for j := i; j < hi && j <= i+1; j++ {
		if holderRoles[az.tok.key(az.tok.toks[j])] {
			return true
		}
	}
	return false
}

// handsAChoice reports "down to you to decide", "up to you to choose", "for
// you to keep": a choice or a gift handed to the customer, not a fault.
func (az *analyzer) handsAChoice(c *clause) bool {
	var buf [5]string
	w := az.compWords(c, 5, buf[:0])
	if len(w) >= 4 && w[0] == "for" && w[1] == "you" && w[2] == "to" && giftVerbs[w[3]] && !(len(w) == 5 && w[4] == "track") {
		return true // "it's for you to keep", "that's for you to enjoy": a gift, not a duty; but "for you to keep track of" is one
	}
	if az.subjectHas(c, choiceNouns) && len(w) >= 3 && w[2] == "you" {
		return true // "the choice of colour is down to you": the choice named in the subject, handed over
	}
	return len(w) == 5 && w[2] == "you" && w[3] == "to" && decideVerbs[w[4]]
}

// choiceNouns name a choice the customer may make.
var choiceNouns = idSetOf(choiceNounsList)

const choiceNounsList = "choice choices decision decisions option options"

// decideVerbs, after "down to you to", hand over a choice; giftVerbs, after
// "for you to", hand over something to enjoy.
var (
	decideVerbs = wordSet("decide choose pick say")
	giftVerbs   = wordSet("keep enjoy use spend have decide choose pick")
)

// upToTheHolderTo reads "up to" or "down to" after the verb, then the
// customer or their role, then "to" and what they had to do: "it was up to
// you as the renter to report it", "it's down to the lead booker to pass
// the tickets on"; or "on" and the customer's role: "it's on the subscriber
// to check". "Up to you" with no "to" after it offers a choice.
func (az *analyzer) upToTheHolderTo(c *clause) bool {
	toks := az.tok.toks
	i := c.comp
	if i+2 < c.hi && toks[i].id == idOn && az.lexAt(i+1)&lxDet != 0 && az.holderRoleWithin(i+2, c.hi) {
		return true // "it's on the subscriber to check", "keeping the PIN safe is on the account holder"
	}
	if i+3 >= c.hi || toks[i+1].id != idTo || az.tok.key(toks[i]) != "up" && az.tok.key(toks[i]) != "down" {
		return false
	}
	role := false
	for j := i + 2; j < c.hi && j <= i+7; j++ {
		switch k := az.tok.key(toks[j]); {
		case toks[j].id == idTo:
			return role && j > i+2
		case az.lexAt(j)&lxCustomer != 0 && az.lexAt(j)&lxDet == 0, holderRoles[k]:
			role = true // "you", "the lead booker"
		case az.lexAt(j)&(lxAgent|lxOurDet|lxSub|lxCond) != 0 || whBases.has(toks[j].id):
			return false // "up to us to", "up to you whether to keep it"
		}
	}
	return false
}

// youDidItYourself: "you switched it on yourself", "the roaming that you
// turned on yourself": the customer, a past verb, and "yourself" after it, in
// whatever clause the words sit; or someone unnamed who did it "themselves".
func (az *analyzer) youDidItYourself(c *clause) bool {
	toks := az.tok.toks
	if c.subj >= 0 && az.idOrBaseIn(c.subj, c.subj+1, someoneWords) && c.verb > c.subj && c.aspect == aspDone && az.anyIn(c.verb+1, min(c.verb+6, c.hi), themselvesWords) {
		return true // "somebody's tried to fix this themselves": a hand not ours, on the customer's side of the counter
	}
	if c.actor == actCustomer && c.verb >= 0 && c.aspect == aspDone && c.subj < 0 {
		// a second predicate of "you": "you logged in | and changed the email yourself"
		for k := c.verb + 1; k < c.hi && k <= c.verb+5; k++ {
			if toks[k].id == idYourself {
				return true
			}
		}
	}
	for i := c.lo; i+2 < c.hi; i++ {
		if az.lexAt(i)&lxCustomer == 0 || az.lexAt(i)&lxDet != 0 || az.tok.key(toks[i]) == "yourself" {
			continue
		}
		j := i + 1
		for j < c.hi && az.lexAt(j)&(lxAdverb|lxHave) != 0 {
			j++
		}
		if j >= c.hi || !az.looksLikeVerb(j) && az.formOf(j, c) != formPast {
			continue
		}
		for k := j + 1; k < c.hi && k <= j+5; k++ {
			if az.tok.key(toks[k]) == "yourself" {
				return true
			}
		}
	}
	return false
}

// someoneWords name a person not named; themselvesWords say they did it by
// their own hand.
var (
	someoneWords    = idSetOf("someone somebody")
	themselvesWords = idSetOf(themselvesWordsList)
)

const themselvesWordsList = "themselves themself himself herself"

// toldVerbs are the customer's saying, which a recap quotes back.
var toldVerbs = wordSet("said told mentioned explained described say tell mention explain describe saying telling mentioning explaining describing")

// recapsTheirAccount reports a clause that tells back what the customer said,
// after "what you've told me", "as you said" or "you mentioned" before it in
// its sentence: "so to recap what you've told me: the driver left it in the
// rain" is their account, not the agent's blame. The saying may be the
// clause's own head, when what was said follows it as a clause with its own
// subject: "you mentioned your bank flagged the payment". "You never told us",
// "you were told" and "you told us the wrong date" are not the customer's
// account. A clause that is only the saying ("so from what you're saying,")
// is no blame of its own either.
func (az *analyzer) recapsTheirAccount(c *clause) bool {
	at := az.sentenceWords(c).recapAt
	if at < 0 || at < c.lo && (az.opensContrast(az.clauseIndex(c)) && az.subjectHas(c, evidenceNouns) || az.provedOtherwise(c)) {
		// "so you're saying it never arrived, | but the photo puts it on your doorstep": a record
		// set against the account answers it, and so does what it proved to be ("you said it was a
		// two-bed, | but it was actually a four-bed"); "but it had gone by the time you got home"
		// goes on with it
		return false
	}
	return at <= c.headLo || at == c.hi || at == c.verb+1 && c.actor == actCustomer && !c.cond && c.lemmaIn(reportedAfterVerbs) &&
		az.lexAt(at)&(lxYour|lxDet|lxThird) != 0 && az.finiteVerbWithin(at+1, 3)
}

// reportedAfterVerbs take what was said as a clause right after them, with no
// one told between: "you mentioned your bank flagged it", but "you told the
// driver to leave it".
var reportedAfterVerbs = lemmaSetOf("say mention explain")

// recapEndsAt returns the token after the customer's own saying at i ("you
// said", "you've told me") or the agent checking they have it right ("so
// I'm clear"), or -1 when none starts there.
func (az *analyzer) recapEndsAt(i, hi int) int {
	if end := az.soIHaveItEndsAt(i, hi); end > 0 {
		return end // "just so I'm clear, the vet emailed ...": the agent checks they have the account right
	}
	if end := az.toConfirmEndsAt(i, hi); end > 0 {
		return end // "so just to confirm, the contractor deleted the account?": the account checked back
	}
	if end := az.ifIUnderstandEndsAt(i, hi); end > 0 {
		return end
	}
	if end := az.makeSureIHaveItEndsAt(i, hi); end > 0 {
		return end // "just to make sure I've got this right: the courier left it on your step"
	}
	if end := az.fromYourMessageEndsAt(i, hi); end > 0 {
		return end // "I understand from your letter that the contractor did not attend"
	}
	if i+2 < hi && az.lexAt(i)&lxI != 0 && az.lexAt(i)&auxBits == 0 && az.tok.toks[i+1].id == idSee && az.tok.toks[i+1].pause {
		return i + 2 // "ah, I see, you booked the class through the app": the account taken in, not a record read
	}
	if i+1 >= hi || az.lexAt(i)&lxCustomer == 0 || az.lexAt(i)&lxDet != 0 {
		return -1
	}
	j := i + 1
	if az.lexAt(j)&lxHave != 0 && az.lexAt(j)&lxNeg == 0 {
		j++ // "what you have told me"
	}
	if j < hi && toldVerbs[az.tok.key(az.tok.toks[j])] {
		if tellForms[az.tok.key(az.tok.toks[j])] && j+1 < hi && az.lexAt(j+1)&(lxDet|lxThird) != 0 && az.lexAt(j+1)&lxAgent == 0 {
			return -1 // "you told the driver the right spot": what they told another, not their account to us
		}
		if az.saidAChoice(j+1, hi) {
			return -1 // "you said medium when you ordered": what they chose, not an account
		}
		if toks := az.tok.toks; i > 0 && toks[i-1].sent == toks[i].sent && az.nounAt(i-1) && !toks[i-1].pause && !toks[j].pause {
			// "the photos don't show the damage you described": a thing they told of, named inside a
			// clause, not their account told back ("the problem you mentioned, the courier left it")
			return -1
		}
		return j + 1 // not "you never told us", "you were told"
	}
	return -1
}

// saidAChoice reports the words after "you said" at i as the thing the
// customer chose, not an account of what happened: a word or two with no
// verb, ending at a pause, a time or place, or the sentence's end ("you
// said medium when you ordered", "you said size 10 on the phone"). An
// account has its own subject and verb ("you said the box was open").
func (az *analyzer) saidAChoice(i, hi int) bool {
	if i >= hi || az.lexAt(i) != 0 || az.markAt(i)&lxYour != 0 || az.looksLikeVerb(i) {
		return false
	}
	for j := i + 1; j <= i+2; j++ {
		if j >= hi || az.tok.toks[j-1].pause || az.lexAt(j)&(lxTemporal|lxPrep|lxConj) != 0 {
			return true
		}
		if az.lexAt(j) != 0 || az.looksLikeVerb(j) {
			return false
		}
	}
	return false
}

// tellForms name who was told right after them: "you told me", "you told
// the driver".
var tellForms = wordSet("told tell telling")

// makeSureIHaveItEndsAt returns the token after the agent making sure they
// have the account right ("make sure I've got this right", "make sure I
// understand"), or -1.
func (az *analyzer) makeSureIHaveItEndsAt(i, hi int) int {
	toks := az.tok.toks
	if i+3 >= hi || az.tok.key(toks[i]) != "make" || toks[i+1].id != idSure || az.lexAt(i+2)&lxI == 0 {
		return -1
	}
	for j := i + 2; j < hi && j <= i+6; j++ {
		if toks[j].id == idRight || toks[j].id == idCorrect || understandWords.has(toks[j].id) {
			return j + 1
		}
	}
	return -1
}

// toConfirmEndsAt returns the token after "to recap" or "to summarise" at
// i, or after "to confirm" or "to check" opening a question, or -1: what
// follows is the customer's account, checked back.
func (az *analyzer) toConfirmEndsAt(i, hi int) int {
	toks := az.tok.toks
	if i+2 >= hi || toks[i].id != idTo {
		return -1
	}
	switch {
	case recapVerbs.has(toks[i+1].id):
		return i + 2
	case checkBackVerbs.has(toks[i+1].id) && az.tok.sents[toks[i].sent].question && (toks[i+1].pause || az.subjectFollows(i+2)):
		return i + 2
	}
	return -1
}

// recapVerbs sum up what was said ("to recap"); checkBackVerbs check it
// ("just to confirm, ...?").
var recapVerbs, checkBackVerbs = idSetOf(recapVerbsList), idSetOf(checkBackVerbsList)

const recapVerbsList, checkBackVerbsList = "recap summarise summarize", "confirm check clarify"

// soIHaveItEndsAt returns the token after "so I'm clear" or "so I've got
// this right" at i, or -1: the agent checks they have the account right.
func (az *analyzer) soIHaveItEndsAt(i, hi int) int {
	toks := az.tok.toks
	if i+2 >= hi || toks[i].id != idSo || az.lexAt(i+1)&lxI == 0 {
		return -1
	}
	if az.lexAt(i+1)&lxBe != 0 && toks[i+2].id == idClear {
		return i + 3
	}
	j := i + 2
	if az.lexAt(i+1)&lxHave == 0 && az.lexAt(j)&lxHave != 0 {
		j++ // "so I have got this right"
	}
	if j >= hi || !understoodWords.has(toks[j].id) {
		return -1
	}
	for j++; j < hi && j <= i+6 && (understoodTails.has(toks[j].id) || az.lexAt(j)&lxThing != 0); j++ {
	}
	if !understoodTails.has(toks[j-1].id) {
		return -1 // "so I got the refund": no check of the account
	}
	return j
}

// fromYourMessageEndsAt returns the token after "from your letter" or "from
// your message", and any "that", when it follows a verb of understanding or
// seeing at i: "I understand from your letter that", "I see from your email".
// What follows is the customer's account, or -1.
func (az *analyzer) fromYourMessageEndsAt(i, hi int) int {
	toks := az.tok.toks
	if i+3 >= hi || !understandWords.has(toks[i].id) && toks[i].id != idSee || toks[i+1].id != idFrom || toks[i+2].id != idYour {
		return -1
	}
	j := i + 3
	for ; j < hi && j <= i+4; j++ {
		if messageNouns.has(toks[j].id) {
			break
		}
	}
	if j >= hi || j > i+4 {
		return -1
	}
	if j+1 < hi && toks[j+1].id == idThat {
		return j + 2
	}
	return j + 1
}

// understandWords say the agent has taken the account in.
var understandWords = idSetOf(understandWordsList)

const understandWordsList = "understand understood"

// ifIUnderstandEndsAt returns the token after the agent checking they have
// the account right with "if" ("if I've understood correctly", "if I
// understand you right", "if I've got this right"), or -1.
func (az *analyzer) ifIUnderstandEndsAt(i, hi int) int {
	toks := az.tok.toks
	if i+2 >= hi || toks[i].id != idIf || az.lexAt(i+1)&lxI == 0 {
		return -1
	}
	j := i + 2
	if az.lexAt(i+1)&lxHave == 0 && az.lexAt(j)&lxHave != 0 {
		j++ // "if I have understood"
	}
	if j >= hi || !understoodWords.has(toks[j].id) {
		return -1
	}
	for j++; j < hi && j <= i+6 && (understoodTails.has(toks[j].id) || az.lexAt(j)&(lxCustomer|lxThing) != 0); j++ {
	}
	return j
}

var (
	// understoodWords say the agent took the account in: "understood", "got".
	understoodWords = idSetOf(understoodWordsList)
	// understoodTails end the check: "correctly", "right".
	understoodTails = idSetOf(understoodTailsList)
)

const (
	understoodWordsList = "understood understand got get heard hear follow followed"
	understoodTailsList = "correctly right rightly properly"
)

// idSee reads "I see," said as the account is taken in.
var idSee = wordID("see")

// idIf reads "if I understand".
var idIf = wordID("if")

// idClear reads "so I'm clear".
var idClear = wordID("clear")

// measuredAgainstTheTrue reports what the customer gave measured against
// ours or the true figure and found off: "the reading you sent in was a good
// bit higher than the one we took", "the figures you gave us were lower than
// the real ones". Set against another of theirs ("higher than last month's")
// it tells a change, and against what we thought ("higher than we
// expected") our surprise: no mistake.
func (az *analyzer) measuredAgainstTheTrue(c *clause) bool {
	toks := az.tok.toks
	for i := max(c.comp, c.verb+1); i+2 < c.hi; i++ {
		if toks[i+1].id != idThan || !offFigureWords.has(toks[i].id) {
			continue
		}
		if az.lexAt(i+2)&lxAgent != 0 {
			return false // "higher than we expected" tells what we thought
		}
		end := min(c.hi, i+7)
		return az.anyIn(i+2, end, trueFigureWords) || az.anyLexIn(i+2, end, lxAgent|lxOurDet|lxOurs)
	}
	return false
}

// offFigureWords set one figure above or below another; trueFigureWords
// name the figure a reading is checked against.
var (
	offFigureWords  = idSetOf(offFigureWordsList)
	trueFigureWords = idSetOf(trueFigureWordsList)
)

const (
	offFigureWordsList  = "higher lower bigger smaller larger wider narrower shorter longer taller heavier lighter more less"
	trueFigureWordsList = "actual real true correct right"
)
