package scoring

// Checks for blame said by insisting: the company did its part, the customer
// was told, the duty is the customer's, it works for everyone else, the
// company's hands are tied by someone else.

// repeatWords say a step was taken more than once, or in good time: "we sent
// the reminder twice", "it was announced thirty days in advance".
var repeatWords = idSetOf(repeatWordsList)

const repeatWordsList = "twice thrice repeatedly several advance beforehand already multiple"

// didOurPart: the company insisting it did its part, which puts the fault
// elsewhere: "we did text you the new gate number twice", "we sent the
// reminder email twice". An owned slip ("we did make a mistake") is left to
// the veto row that reads the sentence's ownership. "We've done our part"
// says it outright, and "we definitely sent it" insists.
func (az *analyzer) didOurPart(c *clause) bool {
	if c.verb < 0 || c.neg {
		return false // "we didn't" is no insisting
	}
	if az.insistsWithDid(c) {
		return true // "we did text you"
	}
	if c.lemma == "do" && c.comp+1 < c.hi && az.lexAt(c.comp)&lxOurDet != 0 && ourShareNouns.has(az.tok.toks[c.comp+1].id) {
		return true // "we've done our part", "we've done our bit"
	}
	if c.lemma == "do" && c.actor == actAgent && az.everythingDueAt(c.comp, c.hi) {
		return true // "we did everything we were meant to", "we've done all we're supposed to"
	}
	if c.lists&listDiligence == 0 {
		return false // "we sent it twice"; "I knocked twice", tries at the door, insist as well
	}
	toks := az.tok.toks
	if !c.hasHave && c.actor == actAgent && az.remindersSentAhead(c) {
		return true // "we sent reminder emails 7 days and 1 day before the subscription renewed"
	}
	if !c.hasHave && (c.verb > c.lo && insistWords.has(toks[c.verb-1].id) || c.lemma != "resend" && az.twoChannelsIn(c)) {
		// "we definitely sent the confirmation", "we sent the instructions by email and SMS"; not
		// "I've definitely sent it now", "I've resent it by text and by email"
		return true
	}
	if !c.hasHave && c.actor == actAgent && (az.insistedInResult(c) || az.toldAgainInSentence(c)) {
		// "we emailed the details, so they were definitely with you"; "we rang on the Monday, and
		// we emailed the same afternoon"
		return true
	}
	for i := c.comp; i < c.hi; i++ {
		if repeatWords.has(toks[i].id) && !(toks[i].id == idAlready && c.hasHave) || countedTimes.has(toks[i].id) && i > c.comp || toks[i].id == idAgain && az.andBefore(i) {
			// "we sent the reminder twice", "three times", "on four separate occasions", "on Tuesday and
			// again on Thursday", "we sent it already"; not "I've sent it again" nor "I've emailed you the
			// label already", a step just done
			return true
		}
		if i+1 < c.hi && (manyWords.has(toks[i].id) || az.numeralOverOne(i)) && (reminderNouns[az.tok.key(toks[i+1])] || messageNouns.has(toks[i+1].id)) {
			return true // "we sent three reminders", "two emails", "2 reminders"
		}
		if toks[i].id == idAnd && i > c.comp && !c.hasHave && az.messageWithin(c.comp, i) && az.secondMessageAt(i+1, c.hi) {
			return true // "a reminder text the night before and another one at 8am", "by text on Tuesday and an email on Wednesday"
		}
	}
	return false
}

// remindersSentAhead reports reminders or notices after c's verb, sent
// ahead of the event (see sentAheadOf).
func (az *analyzer) remindersSentAhead(c *clause) bool {
	for i := c.comp; i < c.hi; i++ {
		if reminderNouns[az.tok.key(az.tok.toks[i])] {
			return az.sentAheadOf(c)
		}
	}
	return false
}

// numeralOverOne reports a number in figures from 2 to 99 at i: "2
// reminders", "3 texts".
func (az *analyzer) numeralOverOne(i int) bool {
	t := &az.tok.toks[i]
	if !t.num {
		return false
	}
	k := az.tok.key(*t)
	return len(k) <= 2 && k != "0" && k != "1" && k != "00" && k != "01" && k[0] >= '0' && k[0] <= '9'
}

// everythingDueAt reports "everything" or "all" at i, then what was due of
// us within a few words: "everything we were meant to", "all we're required
// to do", "everything we should".
func (az *analyzer) everythingDueAt(i, hi int) bool {
	return az.everythingThen(i, hi, 4, func(id int32) bool { return dueWords.has(id) })
}

// everythingThen reports "everything" or "all" at i, then within reach
// words a word that want accepts: what was done, summed up and then judged.
func (az *analyzer) everythingThen(i, hi, reach int, want func(int32) bool) bool {
	toks := az.tok.toks
	if i >= hi || !everythingWords.has(toks[i].id) {
		return false
	}
	for j := i + 1; j < hi && j <= i+reach; j++ {
		if want(toks[j].id) {
			return true
		}
	}
	return false
}

// everythingWords sum up what was done; dueWords say it was owed.
var (
	everythingWords = idSetOf(everythingWordsList)
	dueWords        = idSetOf(dueWordsList)
)

const (
	everythingWordsList = "everything all"
	dueWordsList        = "meant supposed required obliged should needed expected"
)

// insistedInResult reports a result after c, in its sentence, that insists
// with "definitely" or the like: "so they were definitely with you".
func (az *analyzer) insistedInResult(c *clause) bool {
	k := az.resultAfter(az.clauseIndex(c))
	return k > 0 && az.anyIn(az.clauses[k].lo, az.clauses[k].hi, insistWords) && !az.clauses[k].neg
}

// toldAgainInSentence reports a later clause of c's sentence in which we
// told them again, by another verb: "we rang on the Monday, | and we
// emailed the same afternoon".
func (az *analyzer) toldAgainInSentence(c *clause) bool {
	return c.lists&listWarns != 0 && !az.toldOthers(c) && az.anyClauseAfter(c, func(k int) bool {
		d := &az.clauses[k]
		return d.actor == actAgent && !d.neg && !d.hasHave && d.aspect == aspDone && d.lists&listWarns != 0 && d.lemma != c.lemma && !az.toldOthers(d)
	}) || az.shownAgainAfter(c)
}

// shownAgainAfter reports, later in c's sentence, the telling repeated or
// the thing said to be there to see: "we sent the letter in March, | and
// again in April", "the excess was explained on the phone | and it's on the
// first page of the schedule as well".
func (az *analyzer) shownAgainAfter(c *clause) bool {
	return az.anyClauseAfter(c, func(k int) bool {
		d := &az.clauses[k]
		return az.andAgainClause(d) || az.thereForThemToSee(d)
	})
}

// andAgainClause reports a clause of "and again" with no verb of its own,
// which repeats the one before: "we sent the letter in March, | and again in
// April".
func (az *analyzer) andAgainClause(d *clause) bool {
	toks := az.tok.toks
	return d.lo+1 < d.hi && toks[d.lo].id == idAnd && toks[d.lo+1].id == idAgain && (d.verb < 0 || d.verb == d.lo+1)
}

// thereForThemToSee reports a clause saying a thing was there to be seen,
// after we told it: "and it's right there in bold", "it's all there on your
// phone", "it's printed on the back of the ticket as well".
func (az *analyzer) thereForThemToSee(d *clause) bool {
	if d.neg || d.question || d.cond || d.actor == actAgent || d.actor == actCustomer {
		return false
	}
	if az.inPlainSightIn(d) || az.allThereIn(d) {
		return true
	}
	last := d.hi - 1
	alsoAtEnd := az.tok.toks[last].id == idToo || last > d.lo && az.tok.toks[last].id == idWell && az.tok.toks[last-1].id == idAs
	return alsoAtEnd && (d.verb < 0 || d.lemma == "print") && az.docPlaceIn(d.comp, d.hi)
}

// allThereIn reports "all there" in d: "it's all there on your phone".
func (az *analyzer) allThereIn(d *clause) bool {
	toks := az.tok.toks
	for i := d.lo; i+1 < d.hi; i++ {
		if toks[i].id == idAll && toks[i+1].id == idThere {
			return true
		}
	}
	return false
}

// idWell reads "as well".
var idWell = wordID("well")

// toldOthers reports a clause of telling whose object is a third party, or
// done for the customer: "I called the courier", "we emailed the depot for
// you" chase on their behalf, and insist on nothing.
func (az *analyzer) toldOthers(c *clause) bool {
	return az.anyLexIn(c.comp, c.hi, lxThird|lxThirdNoun|lxCompanyNoun) || az.forYouWithin(c.lo, c.hi)
}

// toldForms are the past forms of telling by a channel, which open the
// check for telling again ("we rang on the Monday, and we emailed").
var toldForms = idSetOf(toldFormsList)

const toldFormsList = "emailed texted rang called phoned messaged wrote sent posted"

// insistWords, just before a verb of telling, insist it was told.
var insistWords = idSetOf(insistWordsList)

const insistWordsList = "definitely certainly absolutely clearly"

// insistedThemAtEnd reports a step of ours insisted on, whose last word is
// "them": "because we definitely sent them" says the letters went, not that
// we did something for a third party.
func (az *analyzer) insistedThemAtEnd(c *clause) bool {
	return c.verb > c.lo && az.tok.toks[c.hi-1].id == idThem && az.anyIn(c.lo, c.verb, insistWords)
}

// secondMessageAt reports, right after an "and", another message: "another",
// or a message noun after at most an article ("and an email", "and a letter").
func (az *analyzer) secondMessageAt(i, hi int) bool {
	toks := az.tok.toks
	if i < hi && toks[i].id == idAnother {
		return true
	}
	if i < hi && az.lexAt(i)&lxDet != 0 {
		i++
	}
	return i < hi && (messageNouns.has(toks[i].id) || reminderNouns[az.tok.key(toks[i])])
}

// messageWithin reports a message or reminder among tokens lo..hi: what was
// sent first was itself a message ("a reminder text", "by text"), not a
// voucher or a refund.
func (az *analyzer) messageWithin(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if messageNouns.has(az.tok.toks[i].id) || reminderNouns[az.tok.key(az.tok.toks[i])] {
			return true
		}
	}
	return false
}

// idAnother is the id of "another".
var idAnother = wordID("another")

// andBefore reports "and" or "and then" just before i: "in March and (then)
// again in May".
func (az *analyzer) andBefore(i int) bool {
	toks := az.tok.toks
	return toks[i-1].id == idAnd || i >= 2 && az.tok.key(toks[i-1]) == "then" && toks[i-2].id == idAnd
}

// idAgain is the id of "again", insisting only as "and again".
var idAgain = wordID("again")

// manyWords count more than one: "three reminders".
var manyWords = idSetOf(manyWordsList)

const manyWordsList = "two three four five six several multiple numerous"

// ourShareNouns are the company's share of a job: "we've done our part".
var ourShareNouns = idSetOf(ourShareNounsList)

// idDid and idTimes are the words of "we did text you" and "three times".
var idDid, idTimes = wordID("did"), wordID("times")

const ourShareNounsList = "part bit job share"

// countedTimes count the times a thing was done: "three times", "on four
// separate occasions".
var countedTimes = idSetOf(countedTimesList)

const countedTimesList = "times occasions"

// docNouns are what the customer was given to read.
var docNouns = wordsByID("ticket tickets instructions confirmation email terms conditions receipt label " +
	"letter notice note contract agreement lease print guide booking menu leaflet e-ticket pack listing quote noticeboard voucher " +
	"document documents checklist booklet handbook manual wording sign signs sheet folder box packaging form forms")

// noteOnTheAccount reports a document noun at i kept on the customer's
// account, before hi: "the note on your account", "the letter on file". It
// is our record of what happened, not a thing they were given to read.
func (az *analyzer) noteOnTheAccount(i, hi int) bool {
	toks := az.tok.toks
	for j := i + 1; j < hi && j <= i+3; j++ {
		if onRecordWords.has(toks[j].id) || recordPlaces.has(toks[j].id) {
			return toks[i+1].id == idOn || toks[i+1].id == idIn
		}
	}
	return false
}

// recordPlaces are where our records of an account are kept: "the note
// on our system", "the letter on your record".
var recordPlaces = idSetOf("system record records profile")

// reportDocs report an account rather than set out terms ("your statement
// shows the refund landed"), so they point at what the customer was given
// only when said to be plain: "the statement clearly showed the rate ending".
var reportDocs = idSetOf(reportDocsList)

const reportDocsList = "page summary bill bills statement statements invoice invoices"

// sayVerbs are what a document does: "the ticket said", "the page shows".
var sayVerbs = wordSet("say state show mention warn explain spell list tell")

// sayLemmas is sayVerbs for asking a clause's main verb.
var sayLemmas = lemmaSetFrom(sayVerbs)

// saidSo: "the ticket clearly said no re-entry", "the booking confirmation did
// say check-in closes at 9": what the customer was given said so. Not the
// company's own rules ("our policy says"), which hide behind policy instead.
func (az *analyzer) saidSo(c *clause) bool {
	if !c.lemmaIn(sayLemmas) && c.lemma != "have" && !c.lemmaIn(coverLemmas) && c.lemma != "set" {
		return false // every reading below needs one of these verbs: the cheapest test first
	}
	if c.subj < 0 && c.actor == actThing && c.lemmaIn(sayLemmas) && !c.passive {
		return az.plainlyIn(c) || az.rightThereIn(c) || az.onTheDocument(c) // its "it" dropped (see readDroppedIt): "says right there on your confirmation that"
	}
	if c.subj < 0 || c.verb < 0 || c.passive || az.ourInSubject(c) && !az.ourTermsPlainly(c) && !az.ourPaperInsisted(c) || c.aspect == aspWill || az.setAsideAfter(c) || az.saidWronglyAfter(c) {
		return false
	}
	if az.subjectHasLex(c, lxAgent|lxOurDet|lxOurs) && az.ourPaperInsisted(c) {
		return !az.helpFollows(c) && !az.weDoSomething(c) // "our terms do say so, but as the file was corrupted I've refunded it"
	}
	if az.signedBySubject(c) {
		// "the plan you signed lists", "the terms you agreed to cover this"; but "the plan you
		// signed covers two check-ups, so I've booked the second" states the rule while helping
		return (c.lemmaIn(sayLemmas) || c.lemmaIn(coverLemmas) || az.setsOut(c)) && !az.helpFollows(c)
	}
	if !c.lemmaIn(sayLemmas) && !(c.lemma == "have" && az.emphaticDo(c)) {
		return false // but "the confirmation email did have the time in bold" insists it said so
	}
	for i := c.subj; i < c.verb; i++ {
		if az.tokenIn(&docNouns, i) && !az.noteOnTheAccount(i, c.verb) || reportDocs.has(az.tok.toks[i].id) && az.plainlyIn(c) || az.printedCardAt(c, i) {
			// "the product page clearly lists"; but "the status page shows all systems up" only reports, and "the
			// terms do say you can cancel within fourteen days, so I've cancelled it" states the rule while helping
			return !az.helpFollows(c)
		}
	}
	if az.pronounSubject(c) {
		// "it says quite clearly on the box": the document named after the verb; "the care card was in
		// the box and it says not to use bleach": named before it, in its sentence
		return (az.plainlyIn(c) || az.onTheDocument(c) || az.docNamedBefore(c) && !az.weActInSentence(c)) && !az.helpFollows(c)
	}
	// "the tin does say exterior only", "the help article clearly says restores only go back 30 days": a limit
	// said with insistence by a thing that speaks, a thing they were given to read
	if c.actor == actThing && !c.yourThing && !c.neg && c.pastAux && c.lemmaIn(sayLemmas) && az.emphaticDo(c) && !az.helpFollows(c) {
		// "the tracking page did say the attempt failed twice": what it said then, insisted on; but
		// "the tracker does say it's out for delivery" reassures
		return true
	}
	return c.actor == actThing && !c.yourThing && !c.neg && (az.plainlyIn(c) || az.emphaticDo(c)) &&
		(az.idIn(idOnly, c.comp, c.hi) || az.anyLexIn(c.comp, c.hi, lxNeg))
}

// ourPaperInsisted reports a thing, or a paper of ours, that did say or did have it,
// with the "did" stressed: "the card we put through your letterbox did
// have the number on it". Of a thing we made or gave them, the stress
// points at them.
func (az *analyzer) ourPaperInsisted(c *clause) bool {
	return (c.actor == actThing || c.actor == actAgent && az.docInSubject(c)) && !c.neg && c.verb >= 0 &&
		(c.lemmaIn(sayLemmas) || c.lemma == "have") && az.emphaticDo(c)
}

// docInSubject reports a thing given to read in c's subject: "our setup
// guide", "the terms".
func (az *analyzer) docInSubject(c *clause) bool {
	lo, hi := c.subjectSpan()
	for i := lo; i < hi; i++ {
		if az.tokenIn(&docNouns, i) {
			return true
		}
	}
	return false
}

// coverVerbs tell what a document takes in or leaves out: "the plan you
// signed covers two check-ups", "the terms you accepted exclude refunds".
var coverVerbs = wordSet("cover exclude")

// coverLemmas is coverVerbs for asking a clause's main verb.
var coverLemmas = lemmaSetFrom(coverVerbs)

// ourTermsPlainly reports a document of ours said to be plain about it:
// "our terms state quite clearly that anything over 25kg has to be
// declared". What our records show reports; terms said plainly point at
// what the customer was given.
func (az *analyzer) ourTermsPlainly(c *clause) bool {
	return az.docInSubject(c) && az.plainlyIn(c)
}

// setsOut reports "set out" or "sets out": a document saying what binds.
func (az *analyzer) setsOut(c *clause) bool {
	return c.lemma == "set" && c.verb+1 < c.hi && az.tok.toks[c.verb+1].id == idOutWord
}

// docNamedBefore reports a document named in c's sentence before c, which
// a pronoun subject takes up, within nearReach words: "the storage
// agreement you signed, right, clause nine, it does say fees kick in". One
// we send now ("I've sent you the guide, and it explains the settings")
// helps; its caller asks.
func (az *analyzer) docNamedBefore(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo - 1; i >= 0 && i >= c.lo-nearReach && toks[i].sent == toks[c.lo].sent; i-- {
		if az.tokenIn(&docNouns, i) {
			return true
		}
	}
	return false
}

// saidWronglyAfter reports a later clause of c's sentence that says how
// things really were: "the ticket page said doors at 7 | when they were
// really at 7:30" tells that the page was wrong, not that the customer missed it.
func (az *analyzer) saidWronglyAfter(c *clause) bool {
	return az.anyClauseAfter(c, func(k int) bool {
		d := &az.clauses[k]
		return !d.neg && (az.clauseHasWord(d, wordReally) || az.clauseHasWord(d, wordActually))
	})
}

// onTheDocument reports "on the box", "in the email", "on the order page"
// after c's verb (see docPlaceIn).
func (az *analyzer) onTheDocument(c *clause) bool {
	return az.docPlaceIn(c.verb+1, c.hi)
}

// holderRoles name the customer by the role that carries a duty.
var holderRoles = wordSet("cardholder cardholders holder holders policyholder policyholders insured tenant " +
	"occupant customer customers client member members subscriber passenger passengers buyer user " +
	"booker bookers renter renters hirer hirers purchaser patient patients guest guests owner owners applicant applicants " +
	"resident residents traveller travellers traveler travelers keeper keepers recipient recipients addressee sender consignee " +
	"leaseholder leaseholders borrower borrowers homeowner homeowners payer attendee attendees")

// dutyWords say a role owes it: "the cardholder's obligation", "the account
// holder is responsible for", "a tenant obligation".
var dutyWords = wordSet(dutyWordsList)

const dutyWordsList = "obligation obligations responsible responsibility duty burden liable liability accountable required job lookout"

// isHoldersDuty: a duty placed on the customer or their role: "it is the
// cardholder's obligation to report a lost card", "the account holder is
// responsible for safeguarding credentials", "upkeep is a tenant obligation",
// "our policy makes the parcel your responsibility". Negated, it clears them.
func (az *analyzer) isHoldersDuty(c *clause) bool {
	if c.neg || c.question {
		return false
	}
	role := false
	for i := c.lo; i < c.hi; i++ {
		k := az.tok.key(az.tok.toks[i])
		if endsInApostropheS(k) {
			k = k[:len(k)-2]
		}
		switch {
		case holderRoles[k] || k == "your":
			role = true // "the cardholder's obligation", "our policy makes it your responsibility"
		case i+1 < c.hi && dutyWords[az.tok.key(az.tok.toks[i+1])] && az.anyonesPossessive(i):
			return true // "the parent's responsibility", "the hirer's duty"
		case az.lexAt(i)&lxOurDet != 0:
			role = false // "chasing your refund is our job": the duty is ours
		case role && dutyWords[k]:
			return true
		case dutyWords[k] && az.roleOfAfter(i+1, c.hi):
			return true // "it is the responsibility of the account holder to keep them up to date"
		case dutyWords[k] && i >= 2 && az.tok.toks[i-1].id == idYou && c.actor == actThing && c.lemmaIn(holdingToVerbs):
			return true // "the contract makes you responsible for the equipment", "the terms hold you liable"
		}
	}
	return false
}

// leftForTheHolder reports a copula whose complement hands the thing to
// the customer's role "to" act on: "modifications are for the policyholder
// to declare", "keeping it safe is for the cardholder to do".
func (az *analyzer) leftForTheHolder(c *clause) bool {
	i := c.comp
	if c.verb >= 0 || c.neg || c.question || i+3 >= c.hi {
		return false
	}
	if az.lexAt(i)&lxAdverb != 0 && az.lexAt(i)&lxPrep == 0 {
		i++ // "really for the account holder"
	}
	return az.tok.toks[i].id == idFor && az.forTheHolderTo(i+1, c.hi)
}

// forTheHolderTo reports at i a determiner, a role that carries the
// customer's duty (after one word of its own at most), then "to": "for the
// policyholder to declare", "for the account holder to keep".
func (az *analyzer) forTheHolderTo(i, hi int) bool {
	toks := az.tok.toks
	if i >= hi || az.lexAt(i)&lxDet == 0 || az.lexAt(i)&lxOurDet != 0 {
		return false
	}
	for j := i + 1; j+2 < hi && j <= i+2; j++ {
		if holderRoles[az.tok.key(toks[j])] {
			return toks[j+1].id == idTo && az.dutyVerbAt(j+2)
		}
	}
	return false
}

// dutyVerbAt reports at i a verb of the customer's part ("declare",
// "report", "check"), not one of a thing they enjoy or choose ("use",
// "decide"): "this discount is for the account holder to use" hands a
// benefit.
func (az *analyzer) dutyVerbAt(i int) bool {
	id := az.tok.toks[i].id
	if benefitVerbs.has(id) {
		return false
	}
	v := az.verbAt(i)
	return id == idDo || v != nil && v.lists&listDuty != 0
}

// benefitVerbs say what a customer may enjoy or choose, no part they owe.
var benefitVerbs = idSetOf(benefitVerbsList)

const benefitVerbsList = "use enjoy spend redeem claim keep choose decide pick"

// roleOfAfter reports "of", then the customer's role or "you", within three
// words from i: "of the account holder", "of the hirer", "of you".
func (az *analyzer) roleOfAfter(i, hi int) bool {
	toks := az.tok.toks
	if i >= hi || toks[i].id != idOf {
		return false
	}
	for j := i + 1; j < hi && j <= i+3; j++ {
		if holderRoles[az.tok.key(toks[j])] || az.lexAt(j)&lxCustomer != 0 {
			return true
		}
		if az.lexAt(j)&(lxOurDet|lxAgent) != 0 {
			return false // "the responsibility of our team"
		}
	}
	return false
}

// anyonesPossessive reports a possessive at i of someone not ours: "the
// hirer's", "the parent's", not "our team's", "the company's" or "it's".
func (az *analyzer) anyonesPossessive(i int) bool {
	t := az.tok.toks[i]
	k := az.tok.key(t)
	if !t.apos || !endsInApostropheS(k) || az.lexAt(i)&(lxBe|lxHave) != 0 || i > 0 && az.lexAt(i-1)&lxOurDet != 0 {
		return false
	}
	return possessorLex(k)&(lxCompanyNoun|lxAgent|lxThing|lxDeliverable|lxRuleNoun) == 0
}

// worksForOthers: "the app works fine for everyone else", "it fits everyone
// else who's ordered that size", "every other customer on this tariff got
// the same letter", "everyone else on your street has a perfect signal": it
// works for others, so the fault is this customer's. The others and how
// well it went may be in the clause, or the clause after it ("every other
// flat had the same treatment, and they're all clear now").
func (az *analyzer) worksForOthers(c *clause) bool {
	sent := az.tok.toks[c.lo].sent
	if c.question || c.cond || az.flags[sent].owned || az.ourStepBesideTheAct(c) || az.sameForYouAfter(c) {
		// "thousands of people use this plan happily, so let's get yours working like theirs", "other people
		// got it working after a reset, so it might sort yours too": the others' luck, offered to them
		return false
	}
	if az.weHeardNoTrouble(c) {
		return true // "we've had no other complaints", "we haven't had a single report of it"
	}
	if !az.othersIn(c) {
		// "plenty of folks run this exact camera without a hitch": many, not all, so only
		// their having no trouble sets them against this customer; "it went out to two
		// million users without a problem": others counted, with no trouble
		// "most customers never have a problem with it": a trouble denied them is no trouble
		return (c.actor == actCustomers && az.anyIn(c.lo, c.subj+1, plentyWords) || az.countedPeopleIn(c)) &&
			(!c.neg && az.noTroubleIn(c) || c.neg && az.anyIn(c.comp, c.hi, troubleReports))
	}
	if c.neg {
		// "other brides haven't had any trouble", "the rest of the street hasn't lost hot water"
		return az.anyIn(c.comp, c.hi, troubleReports) || !c.passive && (c.lemmaIn(sufferVerbs) || c.lists&listGoesWrong != 0)
	}
	if az.noTroubleIn(c) {
		return true // "had zero trouble", "got it done without any trouble"
	}
	if c.bag&lxFine != 0 || c.lemmaIn(othersFineVerbs) || az.anyIn(c.lo, c.hi, fineStates) || az.onTimeIn(c) {
		return true // "everyone else made it on time"
	}
	if c.lemma == "have" && !c.passive && c.bag&(lxFaultNoun|lxWrong) == 0 && !az.anyIn(c.comp, c.hi, troubleReports) && !az.troubled(c) {
		return true // "everyone else on your street has signal"; not "has the same fault"
	}
	if lo, hi := c.subjectSpan(); !c.passive && (c.aspect == aspPresent || c.aspect == aspHabit) && az.othersWithin(c, lo, min(hi+1, c.hi)) {
		return true // "everyone else on the scheme sends the receipts in with the form": what the others do, as a rule
	}
	ci := az.clauseIndex(c)
	if ci+1 < len(az.clauses) {
		d := &az.clauses[ci+1]
		return az.tok.toks[d.lo].sent == az.tok.toks[c.lo].sent && !d.neg && (d.bag&lxFine != 0 || az.anyIn(d.lo, d.hi, fineStates))
	}
	return false
}

// weHeardNoTrouble reports us saying no one else has brought the trouble:
// "we've had no other complaints", "we haven't had a single report of it",
// "we've had no returns for the hinge". No one else bringing it sets this
// customer's trouble apart, as "nobody else has complained" does.
func (az *analyzer) weHeardNoTrouble(c *clause) bool {
	if c.actor != actAgent || c.question || c.cond || c.verb < 0 || c.lemma != "have" && c.lemma != "get" || c.aspect != aspDone ||
		az.anyLexIn(c.verb+1, c.hi, lxCustomer) {
		return false // "we've had no complaints from you before" speaks of this customer
	}
	toks := az.tok.toks
	for i := c.verb + 1; i < c.hi && i <= c.verb+4; i++ {
		if troubleReports.has(toks[i].id) || returnNouns.has(toks[i].id) {
			return c.neg || az.idIn(idNo, c.verb+1, i) // "no other complaints"
		}
	}
	return false
}

// returnNouns are goods sent back, counted as others' trouble: "no returns".
var returnNouns = idSetOf("returns")

// peopleGroups are people taken together: "the rest of the group".
var peopleGroups = idSetOf(peopleGroupsList)

const peopleGroupsList = "group class street building estate flight party"

// neighbourWords are the people next door, counted, who share the
// customer's street and supply.
var neighbourWords = idSetOf(neighbourWordsList)

const neighbourWordsList = "neighbours neighbors"

// idRest is the id of "rest": "the rest of the group".
var idRest = wordID("rest")

// countedPeopleIn reports people counted by a number in c: "two million
// users", "400 customers", "thousands of guests".
func (az *analyzer) countedPeopleIn(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		if (toks[i].num || az.countAt(i) > 1 || manyPeople.has(toks[i].id)) && az.peopleAt(i+1, min(i+3, c.hi)) {
			return true
		}
	}
	return false
}

// onTimeIn reports "on time" in c: "everyone else made it on time".
func (az *analyzer) onTimeIn(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		if toks[i].id == idOn && toks[i+1].id == idTime {
			return true
		}
	}
	return false
}

// sameForYouAfter reports a later clause of c's sentence that offers the
// customer what the others had: the customer's own with "too" ("so it might
// sort yours too").
func (az *analyzer) sameForYouAfter(c *clause) bool {
	toks := az.tok.toks
	ci := az.clauseIndex(c)
	for k := ci + 1; k < len(az.clauses) && k <= ci+limitReach && toks[az.clauses[k].lo].sent == toks[c.lo].sent; k++ {
		d := &az.clauses[k]
		if d.bag&(lxYour|lxCustomer) != 0 && az.clauseHasID(d, idToo) && !d.neg {
			return true
		}
	}
	return false
}

// noTroubleIn reports "no", "zero", "without any" or "without a" before a
// word of trouble: "no issues", "zero trouble", "without a hitch".
func (az *analyzer) noTroubleIn(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		k := az.tok.key(toks[i])
		if toks[i].id != idNo && k != "zero" && k != "without" {
			continue
		}
		if j := i + 1; troubleReports.has(toks[j].id) || j+1 < c.hi && (toks[j].id == idAny || k == "without" && toks[j].id == idA) && troubleReports.has(toks[j+1].id) {
			return true
		}
	}
	return false
}

// othersIn reports everyone but this customer named in c: "everyone else",
// "every other customer", "all the other flats", "other couples", "the
// other families", "thousands of people".
func (az *analyzer) othersIn(c *clause) bool {
	return az.othersWithin(c, c.lo, c.hi)
}

// othersWithin is othersIn over tokens lo..hi of c.
func (az *analyzer) othersWithin(c *clause, lo, hi int) bool {
	toks := az.tok.toks
	for i := lo; i+1 < hi; i++ {
		k, next := az.tok.key(toks[i]), toks[i+1].id
		switch {
		case toks[i].id == idOther && (i == c.headLo || i > c.lo && (az.tok.key(toks[i-1]) == "the" || az.lexAt(i-1)&lxOurDet != 0)) && az.peopleAt(i+1, c.hi):
			return true // "other brides haven't had", "for the other families on that plan", "our other clients"
		case toks[i].id == idOther && i > c.lo && (az.countAt(i-1) > 1 || manyCounts.has(toks[i-1].id)) && c.actor != actAgent &&
			i+1 < hi && az.lexAt(i+1)&(lxCompanyNoun|lxAgent) == 0:
			// "eight hundred other reservations went through", "twelve other families": others, counted; not
			// "two other engineers are on their way", who are ours
			return true
		case manyPeople.has(toks[i].id) && next == idOf && i+2 < c.hi && az.lexAt(i+2)&lxCustomers != 0:
			return true // "working for thousands of people"
		case (k == "everyone" || k == "everybody" || k == "anyone") && (next == idElse || toks[i+1].apos && toks[i+1].base == idElse):
			return true // "everyone else", "on everyone else's phone"
		case k == "all" && i+2 < c.hi && az.lexAt(i+1)&lxOurDet != 0 && toks[i+2].id == idOther:
			return true // "all our other clients"
		case (k == "every" || k == "all") && next == idOther:
			return true // "every other customer", "all other users"
		case toks[i].id == idRest && next == idOf && i > lo && toks[i-1].id == idThe && (az.peopleAt(i+2, min(i+5, hi)) || az.anyIn(i+2, min(i+5, hi), peopleGroups)):
			return true // "the rest of the group", "the rest of the guests"; not "the rest of the folders"
		case k == "all" && i+2 < c.hi && az.tok.key(toks[i+1]) == "the" && toks[i+2].id == idOther:
			return true // "all the other flats"
		case neighbourWords.has(toks[i].id) && i <= c.headLo+1 && c.headLo <= c.subj:
			// "your neighbours on the same supply haven't lost any", "the neighbours have had no trouble";
			// neighbours are others only set against the trouble: "the neighbours kept ringing you" is no comparison
			return c.neg || c.bag&lxFine != 0 || az.noTroubleIn(c)
		}
	}
	return false
}

var (
	// othersFineVerbs say it went well for the others: "it fits everyone
	// else", "every other customer managed", "they all got the letter".
	othersFineVerbs = lemmaSetOf("work fit manage get receive arrive")
	// fineStates say how well it went: "everyone else was happy".
	fineStates = idSetOf(fineStatesList)
)

const fineStatesList = "happy clear perfect perfectly satisfied fine ok okay"

// plentyWords count many people without counting all: "plenty of folks".
var plentyWords = idSetOf(plentyWordsList)

const plentyWordsList = "plenty lots loads most"

// manyPeople count others in their thousands: "thousands of people".
var manyPeople = idSetOf(manyPeopleList)

const manyPeopleList = "hundreds thousands millions dozens"

// peopleAt reports customers within four words from i, past a count or
// modifiers: "brides", "hundred-odd families", "couple".
func (az *analyzer) peopleAt(i, hi int) bool {
	for j := i; j < hi && j <= i+3; j++ {
		if az.lexAt(j)&lxCustomers != 0 || otherPeople.has(az.tok.toks[j].id) || onePerson.has(az.tok.toks[j].id) {
			return true
		}
	}
	return false
}

// nothingAboutThem: "nothing we can do about the weather", "we can't control
// what the rider does": the company's hands tied by a third party or the
// circumstances. "There's nothing we can do" alone names no one.
func (az *analyzer) nothingAboutThem(c *clause) bool {
	for i := c.lo; i+1 < c.hi; i++ {
		switch az.tok.key(az.tok.toks[i]) {
		case "about":
			if !az.nothingOrLittle(c) {
				return false
			}
		case "control":
			if !az.clauseHasWord(c, wordCant) && !az.clauseHasWord(c, wordCannot) && !az.clauseHasID(c, idNo) {
				return false
			}
		case "say":
			if i == c.lo || az.tok.toks[i-1].id != idNo {
				continue // "no say in it", not "as I say"
			}
		default:
			continue
		}
		j := i + 1
		if j+1 < c.hi && overWords.has(az.tok.toks[j].id) {
			j++ // "no control over that", "no say in it"
		}
		if k := az.tok.toks[j].id; k == idIt || k == idThat || k == idThis {
			return az.outsideCauseNear(c) // "that's the weather, nothing we can do about it"
		}
		p := az.partyAfter(j, c.hi)
		return az.othersParty(p, c)
	}
	// "the power cut was across the whole village, nothing we could do", "there's nothing we can do when the snow shuts the motorway"
	return az.nothingOrLittle(c) && az.clauseHas(c, lxCan) && (c.lemma == "do" || az.doAfterCan(c)) && az.outsideCauseNear(c)
}

// nothingOrLittle reports "nothing", "not much", "not a lot" or "only so
// much" in c: how little we can do.
func (az *analyzer) nothingOrLittle(c *clause) bool {
	return az.clauseHasWord(c, wordNothing) || az.notMuchAt(c.lo, c.hi) >= 0 || az.onlySoMuchIn(c)
}

// onlySoMuchIn reports "only so much" in c: "there's only so much we can do
// about that".
func (az *analyzer) onlySoMuchIn(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i+2 < c.hi; i++ {
		if toks[i].id == idOnly && az.tok.key(toks[i+1]) == "so" && az.tok.key(toks[i+2]) == "much" {
			return true
		}
	}
	return false
}

// notMuchAt returns the token of "not much" or "not a lot" between lo and
// hi, or -1.
func (az *analyzer) notMuchAt(lo, hi int) int {
	toks := az.tok.toks
	for i := lo; i+1 < hi; i++ {
		if toks[i].id != idNot {
			continue
		}
		next := az.tok.key(toks[i+1])
		if next == "much" || next == "a" && i+2 < hi && az.tok.key(toks[i+2]) == "lot" {
			return i
		}
	}
	return -1
}

// doAfterCan reports "can do" or "could do" in c, read in a clause whose verb
// is be: "there's nothing we can do".
func (az *analyzer) doAfterCan(c *clause) bool {
	for i := c.lo + 1; i < c.hi; i++ {
		if az.tok.toks[i].id == idDo && az.lexAt(i-1)&lxCan != 0 {
			return true
		}
	}
	return false
}

// idControl is the word of "beyond our control".
var idControl = wordID("control")

// overWords join "control" or "say" to what is out of our hands: "no
// control over that", "no say in it".
var overWords = idSetOf(overWordsList)

const overWordsList = "over of in"

// outsideCauseNear reports an outside event or another party named near c
// in its sentence, which "nothing we can do about it" points back to.
func (az *analyzer) outsideCauseNear(c *clause) bool {
	lo, hi := az.nearC(c)
	if az.anyIn(lo, hi, outsideEvents) || az.nearInSentence(c, func(d *clause) bool {
		return d.actor == actThird || d.named || az.systemActs(d) || az.outsideState(d) || az.handedOverOnRecord(d)
	}) {
		return true
	}
	// "The system cancels unpaid orders. Nothing I can do about it.": the sentence before names it
	ci := az.clauseIndex(c)
	if ci == 0 || az.tok.toks[c.lo].sent == 0 || az.tok.sents[az.tok.toks[c.lo].sent].tokLo != az.clauses[ci].lo {
		return false
	}
	p := &az.clauses[ci-1]
	return p.actor == actThird || p.named || az.systemActs(p)
}

// handedOverOnRecord reports a record's word that the thing reached the
// customer's side: "the tracking says | it was delivered to your address",
// "it was left with a neighbour at number 9". Beside "there's not much I can
// do", the hand-over is where our part ended.
func (az *analyzer) handedOverOnRecord(d *clause) bool {
	return d.passive && !d.neg && !d.byAgent && d.aspect == aspDone && d.lemmaIn(handedOverVerbs) && az.onRecord(d)
}

// systemActs reports a system, not said to be ours, as the subject that
// acts: "the system puts the fee on automatically".
func (az *analyzer) systemActs(d *clause) bool {
	return !az.ourInSubject(d) && az.subjectHas(d, systemNouns)
}

// systemNouns name the company's systems, which an agent may disown: "the
// system cancels unpaid orders".
var systemNouns = idSetOf(systemNounsList)

const systemNounsList = "system systems computer software app portal platform website algorithm tool"

// lapseWords are what a thing does when it is left alone: "you let the policy
// lapse", "you let the account go overdrawn".
var lapseWords = wordSet("lapse lapsed expire expired go run slip overdrawn")

// letItLapse: "you let the policy lapse by missing two payments", "you let the
// account go overdrawn": the customer left something to fail.
func (az *analyzer) letItLapse(c *clause) bool {
	if c.lemma != "let" {
		return false
	}
	for i := c.comp; i < c.hi && i < c.comp+5; i++ {
		if lapseWords[az.tok.key(az.tok.toks[i])] {
			return true
		}
	}
	return false
}

// answerVerbs are what someone at the door or on the phone does: "nobody answered".
var answerVerbs = lemmaSetOf("answer respond reply sign collect")

// sufferVerbs tell what the customer's side went through, not what it did
// wrong: "your whole family lost access", "your car broke down".
var sufferVerbs = lemmaSetOf("lose miss spend wait break")

// yourSideSuffered: a clause about the customer's side that tells what they
// went through ("your family had to spend the night at the airport"), which
// the agent says to acknowledge it, not to blame.
func (az *analyzer) yourSideSuffered(c *clause) bool {
	if !az.yourSide(c) && c.actor != actCustomer {
		return false
	}
	// "your phone broke" is what befell them, but "your tenant broke the boiler" is what their side did
	return c.obliged && (c.pastAux || c.hasHave || az.hadToIn(c)) && !c.modalWould ||
		c.lemmaIn(sufferVerbs) && c.actor != actCustomer && !(c.lemma == "break" && c.verb >= 0 && az.objectAfter(c.verb, c.hi)) &&
			!(c.lemma == "miss" && az.paperLacked(c, az.paperOrAddressSubject(c))) // "your form was missing a page" came short, it befell nothing
}

// hadToIn reports "had to" in c's verb group: "you had to stay at your
// sister's", what they went through, where "have to" says what they must do.
func (az *analyzer) hadToIn(c *clause) bool {
	return c.verb > c.lo && az.hadToWithin(max(c.lo, c.verb-3), c.verb)
}

// insistsWithDid reports a past said with "did" before its main verb: "we
// did text you", "the driver did wait". "Which we did this morning", where
// "did" is the main verb, only did it.
func (az *analyzer) insistsWithDid(c *clause) bool {
	return c.pastAux && c.lastAux >= 0 && c.lastAux != c.verb && az.lexAt(c.lastAux)&lxDo != 0
}

// helpFollows reports a result after c, opened with "so" or "which means",
// in which we take a step: "the plan covers two check-ups, so I've booked the
// second" gives the rule as the reason for help.
func (az *analyzer) helpFollows(c *clause) bool {
	k := az.resultAfter(az.clauseIndex(c))
	if k <= 0 {
		return false
	}
	if az.clauses[k].ourStep() {
		return true
	}
	// "so I've gone ahead | and cancelled it": the step is the verb that shares the result's subject
	d := k + 1
	return d < len(az.clauses) && az.clauses[d].subj < 0 && az.anchors[d] == k && az.clauses[d].ourStep()
}

// insistedResult reports a result clause, opened by "so", that insists our
// part was done: "access instructions went out on the 3rd and again on the
// 5th, so they were definitely sent", "she was at the door from 9:10, so we
// were definitely there". The evidence before it is the reason; the
// insisting puts the fault elsewhere. It tells what was done: a fix just
// made ("I've reset it, so it's definitely working now"), a present state
// ("so that charge is definitely your booking") and what is still to come
// insist on nothing.
func (az *analyzer) insistedResult(c *clause) bool {
	if c.neg || c.question || c.cond || c.aspect != aspDone || az.tok.toks[c.lo].id != idSo || !az.anyIn(c.lo, c.hi, insistWords) {
		return false // "so", then the insisting word: most clauses have neither
	}
	ci := az.clauseIndex(c)
	if ci == 0 || !az.opensResult(ci) || az.clauseHasWord(c, wordNow) || az.sentenceHasOurStep(c) {
		return false
	}
	return az.tok.toks[az.clauses[ci-1].lo].sent == az.tok.toks[c.lo].sent && !az.sorry(c)
}

// outsideState reports a clause that tells how a thing, not ours and not
// what we deliver, is or went: "the surf was flat all week", "that's the
// bank holiday for you". Beside "nothing we can do about it", it is what
// our hands are tied by. A rule named ("it's in the terms you agreed to")
// is policy, which hides-behind-policy reads.
func (az *analyzer) outsideState(d *clause) bool {
	return d.actor == actThing && !d.question && !d.cond && d.headLo < d.hi && d.bag&(lxAgent|lxOurDet|lxOurs|lxRuleNoun) == 0 && !az.subjectHasLex(d, lxDeliverable) &&
		(d.aspect == aspDone || d.aspect == aspState || d.aspect == aspPresent || d.aspect == aspHabit)
}

// saidBeforeAside reports a clause that opens with "as I explained", "as
// we said" or "as explained", told as said before ("in our previous
// letter", "on our last call", "earlier", "already"), in a sentence where
// we take no step: "as we explained in our previous letter, the
// condensation is a lifestyle matter" tells them again what they were
// told. "As I said earlier, the engineer will call you tomorrow" repeats a
// promise.
func (az *analyzer) saidBeforeAside(c *clause) bool {
	toks := az.tok.toks
	i := c.lo
	if i < c.hi && (toks[i].id == idAgain || clauseJoiners.has(toks[i].id)) {
		i++ // "again, as explained", "so, as I said"
	}
	if i+2 >= c.hi || toks[i].id != idAs || az.tok.sents[toks[c.lo].sent].tokLo != c.lo && toks[c.lo].id != idAgain && !az.onlyOpenersBefore(c.lo) &&
		!az.turnAfterShortClause(c.lo) {
		return false
	}
	i++
	if az.lexAt(i)&lxAgent != 0 && az.lexAt(i)&lxDet == 0 {
		i++ // "as I explained", "as we've said"
	}
	if !saidBeforeVerbs.has(toks[i].id) {
		return false
	}
	for j := i + 1; j < c.hi && j <= i+6; j++ {
		if earlierWords.has(toks[j].id) {
			return !az.weActInSentence(c) && !az.laterPromise(c)
		}
	}
	return false
}

// turnAfterShortClause reports a "but" or "however" at i after a short
// clause that opens its sentence and a pause: "I understand, | but as I
// said ...", "Sorry, | but ...". What follows the turn is said as if it
// opened the sentence.
func (az *analyzer) turnAfterShortClause(i int) bool {
	toks := az.tok.toks
	lo := az.tok.sents[toks[i].sent].tokLo
	return turnWords.has(toks[i].id) && i > lo && i-lo <= 5 && toks[i-1].pause
}

// onlyOpenersBefore reports only words of talk or "again" between the start
// of i's sentence and i: "Again, | as I've said ...", "So, | as explained".
func (az *analyzer) onlyOpenersBefore(i int) bool {
	toks := az.tok.toks
	lo := az.tok.sents[toks[i].sent].tokLo
	if i-lo > 2 {
		return false
	}
	for j := lo; j < i; j++ {
		if toks[j].id != idAgain && !clauseJoiners.has(toks[j].id) && !az.discourseWord(j) {
			return false
		}
	}
	return true
}

// saidBeforeVerbs tell what was said, all of them verbs of saying (lxReport,
// which the row's clause needs before the check is called); earlierWords
// put the saying before.
var (
	saidBeforeVerbs = idSetOf(saidBeforeVerbsList)
	earlierWords    = idSetOf(earlierWordsList)
)

const (
	saidBeforeVerbsList = "explained said mentioned advised told"
	earlierWordsList    = "previous last earlier before already prior"
)

// anyoneWouldHaveDone reports anyone, or people in general, who "would have"
// done the customer's part: "anyone would have checked the dates before
// booking", "most folks would've checked the tread". What anyone would have
// done, the customer did not; but "anyone would have read it that way"
// shares their reading.
func (az *analyzer) anyoneWouldHaveDone(c *clause) bool {
	if c.neg || c.question || c.cond || !c.hasHave || c.aspect != aspWould || c.verb < 0 || c.lists&listDuty == 0 {
		return false
	}
	if az.idIn(idSame, c.comp, c.hi) || az.idIn(idWay, c.comp, c.hi) {
		return false // "anyone would have read it that way", "done the same": the customer's way, shared
	}
	lo, hi := c.subjectSpan()
	return az.anyLexIn(lo, hi, lxAnyone|lxCustomers)
}

// anyoneWouldDo reports the verb after "would", in a clause that has
// "anyone", as a part anyone would do or a thing anyone would know: "anyone
// would read the label", "I'd have thought anyone would know that". What
// anyone would do is what the customer did not.
func (az *analyzer) anyoneWouldDo(c *clause) bool {
	for i := c.lo; i+2 < c.hi; i++ {
		if az.lexAt(i)&lxAnyone == 0 {
			continue
		}
		for j := i + 1; j+1 < c.hi && j <= i+4; j++ {
			if az.lexAt(j)&lxWould != 0 {
				return az.verbAt(j+1).lists&(listDuty|listAskAFact) != 0 // anyone the doer, before "would"
			}
		}
	}
	return false
}

// forAnyoneIn reports "for" right before "anyone" in c: "as it would for
// anyone" says how a thing goes for all.
func (az *analyzer) forAnyoneIn(c *clause) bool {
	for i := c.lo + 1; i < c.hi; i++ {
		if az.lexAt(i)&lxAnyone != 0 && az.tok.toks[i-1].id == idFor {
			return true
		}
	}
	return false
}

// allThereForYou reports what was given told as holding everything the
// customer needed: "it's all there on your phone", "it's all printed on
// there", "it is there in black and white". Said so, the customer had it
// and missed it. Said beside a step of ours ("I've sent the login details,
// it's all there in your inbox now") it tells where to find what we did.
func (az *analyzer) allThereForYou(c *clause) bool {
	if c.neg || c.question || c.cond || c.subj < 0 || az.lexAt(c.subj)&lxThing == 0 || c.verb >= 0 && !c.passive {
		return false
	}
	toks := az.tok.toks
	found := false
	for i := c.subj + 1; i < c.hi; i++ {
		switch id := toks[i].id; {
		case id == idNow || id == idBack:
			return false // "it's all back on your card", "it's all there now": a step done
		case id == idAll && i+1 < c.hi && (toks[i+1].id == idThere || toks[i+1].id == idIn || toks[i+1].id == idOn || c.passive && i+1 == c.verb):
			found = true // "all there", "all in there", "all on the receipt", "all printed on there"
		case id == idBlack && i+2 < c.hi && toks[i+1].id == idAnd && toks[i+2].id == idWhite:
			found = true // "in black and white"
		}
	}
	s := toks[c.lo].sent
	return found && !az.sorry(c) && !az.flags[s].owned && !az.nearInSentence(c, stepJustTaken)
}

// stepJustTaken reports a step of ours just taken, under way or promised:
// "I've sent the login details", "I'm resending it", "I'll send it"; not
// "we gave you the leaflet", a plain past that says we did our part.
func stepJustTaken(d *clause) bool {
	return d.actor == actAgent && !d.neg && !d.temporal && (d.hasHave && d.aspect == aspDone || d.aspect == aspNow || d.aspect == aspWill)
}

// idBlack and idWhite read "in black and white".
var idBlack, idWhite = wordID("black"), wordID("white")

// What the customer was given was plain. "The instructions were quite
// clear about not using bleach", "the email was clear about the deadline":
// what we sent or printed is said to leave no doubt, so the customer had
// what they needed and missed it. Denied ("the email wasn't clear"), it is
// our fault; said with sorry, beside a step of ours, or in an owned
// sentence, it is not laid on them.

// givenWasClear reports a clause whose only verb is be, whose subject names
// a message or written guidance, and whose predicate says it was plain.
func (az *analyzer) givenWasClear(c *clause) bool {
	if c.verb >= 0 || c.neg || c.question || c.cond || c.subj < 0 || c.comp >= c.hi {
		return false
	}
	lo, hi := c.subjectSpan()
	if !az.anyIn(lo, hi, messageNouns) && !az.anyIn(lo, hi, guidanceNouns) && !az.anyIn(lo, hi, printedNouns) && !az.anyLexIn(lo, hi, lxRuleNoun) {
		return false
	}
	i := c.comp
	for i < c.hi && az.adverbAt(i) {
		i++ // "quite", "very", "perfectly"
	}
	if i >= c.hi || !plainWords.has(az.tok.toks[i].id) || az.idIn(idNow, i+1, c.hi) {
		return false // "the instructions are clear now": made so, by a change of ours
	}
	s := az.tok.toks[c.lo].sent
	return !az.sorry(c) && !az.flags[s].owned && !az.nearInSentence(c, stepJustTaken)
}

// printedNouns name what is printed or posted for the customer to read: "the
// label", "the signs", "the ticket".
var printedNouns = idSetOf(printedNounsList)

const printedNounsList = "label labels sign signs signage guide manual leaflet booklet website page invite invitation ticket tickets receipt"

// plainWords say a message left no doubt: "clear", "explicit".
var plainWords = idSetOf(plainWordsList)

const plainWordsList = "clear explicit obvious unambiguous"

// Tried more than once. "The driver knocked three times", "the courier made
// three delivery attempts", "we made several attempts to deliver": tries
// counted insist, as "we sent it twice" does, that our side did its part.
// The customer's own tries ("you tried three times") and tries of theirs are
// another reading's.

// triedMoreThanOnce reports such a clause (see above).
func (az *analyzer) triedMoreThanOnce(c *clause) bool {
	if c.verb < 0 || c.neg || c.question || c.cond || c.actor == actCustomer {
		return false
	}
	if c.lemma == "make" {
		// "made three delivery attempts"
		return az.countedAttemptsIn(c) && !az.yourSide(c) && !az.sorry(c) && !az.flags[az.tok.toks[c.lo].sent].owned
	}
	// "the driver knocked three times"; ours is read by the row of "we sent it twice"
	return c.lists&listAttempts != 0 && c.actor != actAgent && !az.yourSide(c) && az.didOurPart(c)
}

// countedAttemptsIn reports a count of more than one before a noun of
// attempts after c's verb: "three delivery attempts", "several attempts".
func (az *analyzer) countedAttemptsIn(c *clause) bool {
	toks := az.tok.toks
	for i := c.verb + 1; i+1 < c.hi && i <= c.verb+2; i++ {
		if !manyWords.has(toks[i].id) && !az.numeralOverOne(i) {
			continue
		}
		return attemptNouns.has(toks[i+1].id) || i+2 < c.hi && attemptNouns.has(toks[i+2].id)
	}
	return false
}

// holdingToVerbs make someone answer for a thing: "makes you responsible",
// "holds you liable".
var holdingToVerbs = lemmaSetOf("make hold")

// acceptVerbs take on terms; termsNouns are the terms taken on: "the booking
// conditions were accepted".
var (
	acceptVerbs = lemmaSetOf("accept agree consent")
	termsNouns  = idSetOf("terms conditions agreement contract")
)

// noReplyFromThem reports no reply reaching us: "we received no response
// to our letters", "we never got a reply", "no response was received".
// What we wrote asked for one; the silence is the customer's, and said with
// an apology it is ours to regret.
func (az *analyzer) noReplyFromThem(c *clause) bool {
	if c.question || c.cond || c.aspect != aspDone || c.verb < 0 || !c.lemmaIn(replyReceived) || az.sorry(c) || az.flags[az.tok.toks[c.lo].sent].owned ||
		az.clauseHasID(c, idYet) {
		return false // "we've had no reply from the courier yet": still waiting, no silence told
	}
	toks := az.tok.toks
	if c.passive {
		// "no response was received"
		return c.subj >= 0 && toks[c.subj].id == idNo && c.subj+1 < c.hi && replyNouns.has(toks[c.subj+1].id)
	}
	if c.actor != actAgent {
		return false // "you got no reply from us" is ours
	}
	for i := c.verb + 1; i < c.hi && i <= c.verb+3; i++ {
		if replyNouns.has(toks[i].id) {
			return c.neg || az.idIn(idNo, c.verb+1, i) // "we never got a reply", "we had no answer"
		}
	}
	return false
}

// replyReceived are the verbs of a reply reaching us; replyNouns the reply.
var (
	replyReceived = lemmaSetOf("receive get have hear")
	replyNouns    = idSetOf(replyNounsList)
)

const replyNounsList = "reply replies response responses answer"

// weAskThemTo reports us insisting on what we ask of every customer, with
// an emphatic "do" or "always": "we do ask everyone to hang on to the
// receipt", "we always ask customers to check the size guide". Said as
// insisted, the rule is set against this customer; "we ask for ID" asks no
// part of them.
func (az *analyzer) weAskThemTo(c *clause) bool {
	if c.actor != actAgent || c.verb < 0 || c.neg || c.question || c.cond || !c.lemmaIn(askingVerbs) {
		return false
	}
	toks := az.tok.toks
	insisted := az.emphaticDo(c) || az.idIn(idAlways, c.lo, c.verb)
	if !insisted || az.sorry(c) || az.weActInSentence(c) {
		return false
	}
	for i := c.comp; i+1 < c.hi && i <= c.comp+3; i++ {
		if toks[i].id == idTo {
			return i > c.comp && (az.lexAt(i-1)&(lxCustomer|lxCustomers) != 0 || everyoneWords.has(toks[i-1].id))
		}
	}
	return false
}

// askingVerbs put a part on the customer; everyoneWords name them all.
var (
	askingVerbs   = lemmaSetOf(askVerbsList + " recommend")
	everyoneWords = idSetOf("everyone everybody all")
)

// askVerbsList holds the verbs that ask or tell someone to do a thing,
// which askingVerbs and askedVerbs both start from.
const askVerbsList = "ask tell advise remind request urge"

// rulePutsItOnYou reports a rule or document that puts a cost or a task
// "on" the customer or their role: "the policy puts the excess on you",
// "our terms put the cost of return postage on the buyer". Put on us, it
// is ours.
func (az *analyzer) rulePutsItOnYou(c *clause) bool {
	if !c.ruleSubj || c.neg || c.question || c.cond || c.passive || c.verb < 0 || !c.lemmaIn(layingVerbs) {
		return false
	}
	toks := az.tok.toks
	for i := c.comp; i+1 < c.hi; i++ {
		if toks[i].id != idOn {
			continue
		}
		j := i + 1
		if toks[j].id == idYou {
			return true
		}
		if az.lexAt(j)&lxDet != 0 && az.lexAt(j)&lxOurDet == 0 && j+1 < c.hi && holderRoles[az.tok.key(toks[j+1])] {
			return true // "on the buyer", "on the tenant"
		}
	}
	return false
}

// layingVerbs lay a cost or a task on someone.
var layingVerbs = lemmaSetOf("put place lay")
