package scoring

import "slices"

// Checks that read where a clause puts the fault: on the company's side denied
// ("not from us", "nothing to do with our servers", "nobody on our side touched
// them"), or on the customer's side of the line, their things and the people
// they hired ("your Wi-Fi keeps dropping", "your accountant uploaded the wrong
// file"). They read the shape of the clause, so new nouns and verbs need no row.

// denialHeads open a denial when one of the company's words follows: "not
// (from) us", "nothing on our side", "nobody at our end", "rather than
// anything we did".
var denialHeads = idSetOf(denialHeadsList)

const denialHeadsList = "not n't nothing nobody none rather never being out beyond outside hardly"

// pairedWith returns the word a denial word k denies only with, after it,
// or "": "rather" denies only as "rather than", "out" only as "out of". It
// is a switch, not a map, as it is asked of every denial word of a clause
// that names a part of ours, and a string switch is a few comparisons where
// a map lookup hashes the word.
func pairedWith(k string) string {
	switch k {
	case "rather":
		return "than"
	case "out":
		return "of"
	}
	return ""
}

// stopWords before "being" deny as "not" does: "it stops being our responsibility".
var stopWords = idSetOf(stopWordsList)

const stopWordsList = "stops stopped ceases ceased"

// denialFillers may stand between the denial and the company's word.
var denialFillers = idSetOf(denialFillersList)

const denialFillersList = "from by for with on at to do anything something one of in than longer being how happen"

// deniesOurPart reports a clause that says the fault is not the company's:
// a denial word, a few joining words, then "us", "our ..." or "we" and a past
// verb or a word of fault ("we did", "we're liable for"). "There's nothing we
// can do" says what the company cannot do, not whose fault it is.
func (az *analyzer) deniesOurPart(c *clause) bool {
	if c.bag&(lxAgent|lxOurDet|lxOurs) == 0 {
		return false // a denial that names no part of ours
	}
	if az.weWereNotAtFault(c) || az.weHadNoPart(c) {
		return true
	}
	toks := az.tok.toks
	for i := c.lo; i < c.hi; i++ {
		if !denialHeads.has(toks[i].id) && az.lexAt(i)&lxNeg == 0 {
			continue
		}
		k := az.tok.key(toks[i]) // only a denial's word is read by its key
		if want := pairedWith(k); want != "" && (i+1 >= c.hi || az.tok.key(toks[i+1]) != want) {
			continue // "rather" denies only as "rather than", "out" only as "out of"
		}
		if k == "being" && (i == c.lo || !stopWords.has(toks[i-1].id)) {
			continue
		}
		if az.lexAt(i)&lxDo != 0 && i+1 < c.hi && becauseWords.has(toks[i+1].id) {
			continue // "it should have applied and it didn't because of a fault in our checkout": the verb left out is denied, not the cause
		}
		for j := i + 1; j < c.hi && j <= i+denialReach; j++ {
			b := az.lexAt(j)
			switch {
			case b&lxI != 0 && j+1 < c.hi && az.lexAt(j+1)&lxDo != 0 && az.lexAt(j+1)&lxPastAux != 0:
				return true // "it's nothing I did", "not something I did"
			case b&lxAgent != 0 && b&(lxWill|lxWould) == 0 && az.doneAfterHave(j, c.hi) && !az.thereIsSubject(c):
				// "it's nothing we've done", "not something we have done"; but "there's nothing we've
				// done (to fix it)" says we have not acted
				return true
			case b&(lxOurDet|lxOurs) != 0:
				if nobodyWords.has(toks[i].id) {
					return false // "nobody from our team was available": our people failed
				}
				// "nothing to do with our servers", "the charge isn't ours to reverse"; "outside our policy" is a rule
				return j+1 >= c.hi || az.lexAt(j+1)&lxRuleNoun == 0
			case b&lxAgent != 0 && b&lxI == 0 && b&(lxWill|lxWould|lxHave) == 0:
				return az.weAreAtFault(c, j)
			case b == 0 && j >= 2 && az.lexAt(j-1)&lxDet != 0 && toks[j-2].id == idWith:
				// "nothing wrong with the line | from our end": what is fine, named inside the denial
			case !denialFillers.has(toks[j].id) && b&(lxNeg|lxFaultNoun|lxBe|lxDet|lxAdverb|lxWrong) == 0 && !(j+1 < c.hi && toks[j+1].id == idBy && az.causedBy(j)) && !az.causedOnAt(j, c.hi) && !az.causeWordAt(j, c.hi) &&
				!(toks[j].id == idDown && j+1 < c.hi && toks[j+1].id == idTo): // "wasn't down to us"
				// "not caused by us", "didn't come from us" deny; "can't be changed on our side" only cannot
				j = c.hi // a word that is not part of a denial: look for the next one
			}
		}
	}
	return false
}

// weHadNoPart reports the company as subject, said to have had no part in
// what went wrong: "we had nothing to do with it", "we've got nothing to do
// with the delay", "we didn't have anything to do with that". Said of a
// thing ("the delay had nothing to do with us"), the denial names us after
// "with", where the loop of deniesOurPart finds it; said of us, the subject
// is the part denied, and what follows "with" is the trouble.
func (az *analyzer) weHadNoPart(c *clause) bool {
	if c.actor != actAgent || c.aspect == aspWill || c.aspect == aspCould || c.aspect == aspWould {
		return false // "we'll have nothing to do with it" is no denial of what happened
	}
	return az.nothingToDoWith(c, c.neg) // "we didn't have anything to do with it" denies as "nothing" does
}

// causedOnAt reports "caused on" or "caused at" at j: "wasn't caused on our
// end" denies as "caused by us" does, where "can't be changed on our side"
// only cannot.
func (az *analyzer) causedOnAt(j, hi int) bool {
	return j+1 < hi && (az.tok.toks[j+1].id == idOn || az.tok.toks[j+1].id == idAt) && az.tok.key(az.tok.toks[j]) == "caused"
}

// causeWordAt reports a word of causing at j with the word it takes after
// it: "come from", "stems from", "lies with" (see causeWords). Every word of
// causeWords carries lxCause, so a word without it is looked up in no map
// (TestListedWordsAreMarked holds the mark to the keys).
func (az *analyzer) causeWordAt(j, hi int) bool {
	if az.markAt(j)&lxCause == 0 {
		return false
	}
	takes, ok := causeWords[az.tok.key(az.tok.toks[j])]
	return ok && j+1 < hi && containsWord(takes, az.tok.key(az.tok.toks[j+1]))
}

// weWereNotAtFault reports the company as subject, denied to be at fault,
// to blame or liable: "we weren't at fault", "we're not to blame", "we
// aren't liable for that".
func (az *analyzer) weWereNotAtFault(c *clause) bool {
	if c.actor != actAgent || !c.neg || c.verb >= 0 || c.comp+1 >= c.hi {
		return false
	}
	toks := az.tok.toks
	first, second := toks[c.comp].id, toks[c.comp+1].id
	return liabilityWords.has(first) || first == idAt && az.lexAt(c.comp+1)&lxFaultNoun != 0 || first == idTo && second == idBlame
}

// denialReach is how far past a denial word its "our" may be: "not really
// a fault on our end".
const denialReach = 6

// weAreAtFault reports what follows "we" or "us" at j in a denial: the end of
// the clause ("not us"), a past verb ("anything we did"), or being liable or
// responsible ("something we're liable for").
func (az *analyzer) weAreAtFault(c *clause, j int) bool {
	if j+1 >= c.hi || az.tok.toks[j].pause || j+2 == c.hi && hereThere.has(az.tok.toks[j+1].id) {
		return true // "not us", "the fault isn't with us here"
	}
	if relativeWords.has(az.tok.toks[j+1].id) {
		return true // "it wasn't us who cancelled it"
	}
	if owedActs[az.verbAt(j+1).lemma] {
		return false // "nobody from us came out": a visit we owed and missed, not a fault denied
	}
	if az.looksLikeVerb(j+1) || az.tokenIn(&sameFormTokens, j+1) || az.lexAt(j)&lxBe != 0 && liabilityWords.has(az.tok.toks[j+1].id) {
		return true
	}
	if az.lexAt(j+1)&(lxCan|lxWould) != 0 && az.modalPerfectDone(j+1, c.hi) {
		return true // "there was nothing we could've done", "nothing we could have done differently": looking back, not our fault
	}
	return az.lexAt(j+1)&lxBe != 0 && j+2 < c.hi && liabilityWords.has(az.tok.toks[j+2].id)
}

// owedActs are what the company owes the customer: nobody of ours doing one
// is a failure told, not a fault denied.
var owedActs = wordSet("come call ring turn show visit reply respond contact answer arrive attend")

// goodWords said negated find fault with what the customer gave: "the photos
// you sent weren't clear enough".
var goodWords = wordSet("clear legible readable valid complete correct right enough sufficient eligible acceptable suitable")

// workingVerbs say a thing did what it is for; denied of what the customer
// gave, they say it failed: "the code you gave us didn't work".
var workingVerbs = lemmaSetOf("work match scan open load verify validate register exist")

// yourSideErred reports a clause whose subject is on the customer's side, their
// own thing or someone they deal with ("your router", "your landlord", "the
// plumber you hired"), and whose verb tells a fault: a verb of going wrong,
// their part not done, or a step done wrongly.
func (az *analyzer) yourSideErred(c *clause) bool {
	if !az.yourSide(c) || c.passive && c.lists&listLapses == 0 || !az.toldAFault(c) {
		return false
	}
	if c.lists&listArrive != 0 && az.deliverableSubject(c) {
		return false // "your parcel arrived two days late": what we deliver, late by us or our carrier
	}
	// the sentence's steps last: counting them reads the whole turn
	return !az.sentenceHasOurStep(c) // "your card was declined, so I've sent a new link" reports it to fix it
}

// toldAFault reports the fault yourSideErred reads in c's verb: a verb of
// going wrong, a part not done, or a step done wrongly.
func (az *analyzer) toldAFault(c *clause) bool {
	switch {
	case c.lists&listGoesWrong != 0 && !c.neg:
		return true
	case c.neg && c.lists&(listDuty|listWorks) != 0 && !az.clauseHasWord(c, wordYet):
		return true
	case !c.neg && c.verb >= 0 && az.isDoneWrong(c):
		return true
	case !c.neg && !c.passive && c.lists&listYourActsOrSlips != 0 && az.homePersonInSubject(c):
		return true // "your cat's knocked the fibre cable out of the socket": a slip by someone of theirs
	}
	return false
}

// homePersonInSubject reports someone of the customer's household in c's
// subject, said plainly or with its 's: "your son", "your cat's".
func (az *analyzer) homePersonInSubject(c *clause) bool {
	lo, hi := c.subjectSpan()
	return az.idOrBaseIn(lo, hi, homePeople)
}

// idOrBaseIn reports a token among lo..hi-1 in set, said plainly or with
// its 's: "dog", "dog's".
func (az *analyzer) idOrBaseIn(lo, hi int, set idSet) bool {
	for i := lo; i < hi; i++ {
		if t := &az.tok.toks[i]; set.has(t.id) || set.has(t.base) {
			return true
		}
	}
	return false
}

// yourSide reports a subject that belongs to the customer: "your ..." whatever
// follows, or a third party named with "your" ("your bank").
// "The sync client on your laptop", "someone at your company" belong to the
// customer too: "your" anywhere in the subject.
func (az *analyzer) yourSide(c *clause) bool {
	if c.subj < 0 || c.actor == actAgent {
		return false
	}
	if c.yourThing {
		return true
	}
	lo, end := c.subjectSpan()
	for i := lo; i < end; i++ {
		if az.tok.key(az.tok.toks[i]) == "your" && !(i+1 < end && az.tokenIn(&localities, i+1)) {
			return true
		}
	}
	return c.subj+1 < c.hi && hereThere.has(az.tok.toks[c.subj+1].id) && az.someoneThereAtYours(c) // the set first: "there" after the subject is rare
}

// someoneThereAtYours reports a subject "someone there" or "somebody
// there" after the customer's place was named earlier in the sentence:
// "it shows as signed for at your address, so someone there must've taken
// it in".
func (az *analyzer) someoneThereAtYours(c *clause) bool {
	toks := az.tok.toks
	if c.subj+1 >= c.hi || az.lexAt(c.subj)&(lxThird|lxAnyone) == 0 || !hereThere.has(toks[c.subj+1].id) {
		return false
	}
	s := az.tok.sents[toks[c.lo].sent]
	return az.anyIn(s.tokLo, c.lo, yourOnly)
}

// localities after "your" say where, not whose: "the mast in your area" is
// the network's.
var localities = wordsByID("area region street road town city postcode neighbourhood neighborhood locality village neighbours neighbors")

// isResponsible: "the seller is responsible for the faulty item": a third
// party named as answering for it.
func (az *analyzer) isResponsible(c *clause) bool {
	return liabilityWords.has(wordID(az.firstCompWord(c)))
}

// liabilityWords name answering for a fault, as nouns or adjectives.
var liabilityWords = idSetOf(liabilityWordsList)

const liabilityWordsList = "liable liability responsible responsibility accountable accountability"

// disclaimsResponsibility: "we can't accept responsibility for that", "the
// council cannot accept liability", "it is not the responsibility of the
// school to ...", "the Trust cannot be held accountable": answering for the
// fault denied, by whoever the agent speaks for. "You're not responsible"
// and "it's not your responsibility" clear the customer instead.
func (az *analyzer) disclaimsResponsibility(c *clause) bool {
	if !c.neg || c.actor == actCustomer || c.actor == actCustomers {
		return false
	}
	toks := az.tok.toks
	for i := c.headLo; i < c.hi; i++ {
		if !liabilityWords.has(toks[i].id) {
			continue
		}
		for j := c.headLo; j < i; j++ {
			if holderRoles[az.tok.key(toks[j])] {
				return false // "at no point was the account holder responsible" clears the customer
			}
		}
		return i == 0 || toks[i-1].id != idYour && az.lexAt(i-1)&lxCustomer == 0
	}
	return false
}

// refusesLiability: "we are unable to accept liability for items left in
// the vehicle", "we accept no responsibility for this": answering for the
// fault refused outright, with no negation of the verb for
// disclaimsResponsibility to read.
func (az *analyzer) refusesLiability(c *clause) bool {
	if c.neg || c.actor == actCustomer || c.actor == actCustomers {
		return false // "we are unable to accept" reads "unable" as the complement of be: no verb of its own
	}
	toks := az.tok.toks
	unable := false
	for i := c.lo; i < c.hi; i++ {
		if unableWords.has(toks[i].id) && i+1 < c.hi && toks[i+1].id == idTo {
			unable = true
		}
		if liabilityWords.has(toks[i].id) && i > c.lo && (unable || toks[i-1].id == idNo) {
			return true
		}
	}
	return false
}

// ownedInSentence reports an owns-mistake marker in c's sentence (see
// noteOwnedSentences): "the driver went to the wrong door, and he's our driver,
// so it's our problem" tells a slip and takes it as ours.
func (az *analyzer) ownedInSentence(c *clause) bool {
	return az.flags[az.tok.toks[c.lo].sent].owned
}

// noteOwnedSentences settles the owns-mistake candidates first, dropping
// those their veto rows rule out, and flags each sentence that keeps one,
// before the other kinds' veto rows read it.
func (az *analyzer) noteOwnedSentences() {
	owns := ownsFacts
	if !slices.Contains(az.candFacts, owns) {
		return // most turns own nothing
	}
	az.noteBlameElsewhere()
	for i, f := range az.candFacts {
		switch {
		case f != owns:
		case az.vetoed(i):
			az.drop(i)
		default:
			az.flags[az.sentenceAt(az.cands[i].Start)].owned = true
		}
	}
}

// isWhatDidIt: "your Wi-Fi extender is what keeps knocking the box offline",
// "a cheap charger is what fried the port": a thing on the customer's side,
// or a third party, named as what did the harm.
func (az *analyzer) isWhatDidIt(c *clause) bool {
	if c.verb >= 0 || c.neg || !az.yourSide(c) && c.actor != actThird && !az.outsideThingSubject(c) {
		return false
	}
	i := c.comp
	for i < c.hi && (az.lexAt(i)&lxAdverb != 0 || guessAdverbs.has(az.tok.toks[i].id) || az.tok.toks[i].id == idMost) {
		i++ // "is most likely what's clouding the lenses"
	}
	if i >= c.hi {
		return false
	}
	if az.isWhatWord(i) {
		return i+1 >= c.hi || az.lexAt(i+1)&lxAgent == 0 // "that's just what I needed" names what we wanted, no cause
	}
	// "your old passport being water-damaged | is what held it up": the subject's gerund phrase ran
	// on into the complement, so its "is what" comes a few words on
	for j := i + 1; j < c.hi && j <= i+6; j++ {
		if az.lexAt(j-1)&lxBe != 0 && az.lexAt(j-1)&lxNeg == 0 && az.isWhatWord(j) {
			return c.comp > c.lo && az.tok.toks[c.comp-1].id == idBeing || az.tok.toks[i].id == idBeing || az.notAsideIn(c.lo, j-1)
		}
	}
	return false
}

// notAsideIn reports an aside set off by a pause and opened by "not"
// between lo and hi: "your contractor's work, | not the mains supply, | is
// what caused it" sets the subject against what it is not.
func (az *analyzer) notAsideIn(lo, hi int) bool {
	toks := az.tok.toks
	for i := lo + 1; i < hi; i++ {
		if toks[i].id == idNot && toks[i-1].pause {
			return true
		}
	}
	return false
}

// isWhatWord reports "what", "why" or "what's" at i: what a cleft names.
func (az *analyzer) isWhatWord(i int) bool {
	return whatWords.has(az.tok.toks[i].id)
}

// whatWords are the words a cleft names what did it by: "is what fried
// the port", "that's why". A clause without one passes no check that
// looks for them (see checkWords).
var whatWords = idSetOf(whatWordsList)

const whatWordsList = "what why what's whats"

// outsideThingSubject reports a subject that names a thing neither ours nor
// what we deliver, and no fault of a kind we own, in a sentence that neither
// apologises nor owns: "sugary drinks between meals | are what's causing the
// decay", "the hard water round your way | is what's scaling it up".
func (az *analyzer) outsideThingSubject(c *clause) bool {
	f := az.flags[az.tok.toks[c.lo].sent]
	return c.actor == actThing && c.subj >= 0 && !c.fault && !f.owned && !az.sorry(c) && !az.ourInSubject(c) &&
		!az.subjectHasLex(c, lxDeliverable|lxAgent|lxFaultNoun) && az.nounSubject(c)
}

// nounSubject reports a subject of more than a pronoun: "that supermarket
// solution", "mud", not "that", "it" or a relative's "which".
func (az *analyzer) nounSubject(c *clause) bool {
	lo, hi := c.subjectSpan()
	return !c.relative && (hi-lo > 1 || hi-lo == 1 && az.nounAt(lo))
}

// ruleWords name what binds a booking or an account, so a customer told them
// was warned: "you were told the fare was non-refundable".
var ruleWords = idSetOf(ruleWordsList)

const ruleWordsList = "refundable nonrefundable transferable cut deadline terms conditions policy rules"

// toldTheRules reports a sentence that names a rule the customer was told.
func (az *analyzer) toldTheRules(c *clause) bool {
	return az.sentenceWords(c).rules
}

// aboutACharge reports "about" and a charge or a rule just after c's verb:
// "told about the fee", "informed about the cancellation terms".
func (az *analyzer) aboutACharge(c *clause) bool {
	toks := az.tok.toks
	if c.comp >= c.hi || toks[c.comp].id != idAbout {
		return false
	}
	for j := c.comp + 1; j < c.hi && j <= c.comp+4; j++ {
		if penaltyNouns.has(toks[j].id) || az.lexAt(j)&lxRuleNoun != 0 {
			return true
		}
	}
	return false
}

// toldAFact: "you were told at the time the offer ended on Sunday", "you
// were informed the room was non-smoking": a fact the customer was told
// beforehand was theirs to act on. What was promised ("you were told you'd
// get a refund", "told we would call"), what was told wrongly ("told the
// wrong date", "incorrectly informed") and what our own people told ("by
// our agent") are ours, and good news told back is no fault at all.
func (az *analyzer) toldAFact(c *clause) bool {
	if c.byAgent || c.question || c.cond || az.goodNewsTold(c) {
		return false // "you were told your refund was approved" tells them back good news
	}
	_, hi := az.nearC(c)
	return az.toldPlainly(c.lo, hi)
}

// toldPlainly reports tokens lo..hi-1 of a thing told with no promise, no
// error and no one of ours in it: no "will" or "would", no wrong word, no
// "we", nothing told wrongly ("incorrectly informed").
func (az *analyzer) toldPlainly(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if az.lexAt(i)&(lxWill|lxWould|lxWrong|lxAgent) != 0 || toldWronglyWords.has(az.tok.toks[i].id) {
			return false
		}
	}
	return true
}

// weToldYouAFact reports the company saying it told the customer a fact,
// with no promise, no sorry and no good news in it: "we definitely told you
// at drop-off that old cameos can crack", "I told you on the day the paint
// needed two weeks". What it promised ("I told you it would arrive Friday")
// or got wrong is its own.
func (az *analyzer) weToldYouAFact(c *clause) bool {
	if c.comp >= c.hi || az.lexAt(c.comp)&lxCustomer == 0 || az.lexAt(c.comp)&lxDet != 0 || az.sorry(c) || az.goodNewsTold(c) {
		return false
	}
	_, hi := az.nearC(c)
	// "we told you it was fixed, it wasn't": what we told turned out untrue
	return c.comp+1 < hi && az.toldPlainly(c.comp+1, hi) && !az.nearInSentence(c, func(d *clause) bool { return d.lo > c.lo && d.neg && az.pronounSubject(d) })
}

// goodNewsTold reports a word of good news from c to near its sentence's
// end, unless a negation just before denies it: "your refund was approved"
// is good news, "missed classes aren't refunded" is not.
func (az *analyzer) goodNewsTold(c *clause) bool {
	_, hi := az.nearC(c)
	for i := c.lo; i < hi; i++ {
		if !goodNews.has(az.tok.toks[i].id) {
			continue
		}
		if d := &az.clauses[az.tok.toks[i].clause]; !az.negatedBefore(d, i) && !az.idIn(idOnly, d.lo, d.hi) {
			return true // but "that the discount was only for six months" tells its limit
		}
	}
	return false
}

// toldWronglyWords say something was told in error.
var toldWronglyWords = idSetOf(toldWronglyWordsList)

// idAbout is the id of "about".
var idAbout = wordID("about")

// warnedWords are what the customer was sent or given in warning.
var warnedWords = wordSet("reminder reminders warning warnings notice notices letters emails")

// wasWarned: "you were warned", "you were reminded twice", "you were sent
// three reminders": the customer told beforehand, so the outcome is theirs.
func (az *analyzer) wasWarned(c *clause) bool {
	switch c.lemma {
	case "warn", "remind", "advise", "caution", "notify":
		return true
	case "tell", "inform":
		// "you were told the fare was non-refundable", "you were told about the fee", "you've been told twice now";
		// not "you were told you'd get a refund", nor their account told back: "right, so you were told it was
		// at the post office"
		return !az.opensWithSoRecap(c) && (az.toldTheRules(c) || az.aboutACharge(c) || az.toldAFact(c) || az.toldMoreThanOnce(c))
	case "send", "give":
		for i := c.comp; i < c.hi && i < c.comp+4; i++ {
			if warnedWords[az.tok.key(az.tok.toks[i])] {
				return true
			}
		}
	}
	return false
}

// opensWithSoRecap reports a clause of the customer's that opens its
// sentence with "so", past any word of talk before it: "right, so you were
// told ...", said as their account is taken in; or that goes on such a
// clause with "and" and no subject of its own. After a clause that says
// what we did ("we emailed twice, so you were told") it is a result.
func (az *analyzer) opensWithSoRecap(c *clause) bool {
	if ci := az.clauseIndex(c); az.tok.toks[c.lo].id == idAnd && c.subj < 0 && ci > 0 && az.tok.toks[az.clauses[ci-1].lo].sent == az.tok.toks[c.lo].sent {
		c = &az.clauses[ci-1] // "right, so you dropped it off on the 3rd | and were told a week": the recap goes on
	}
	if az.tok.toks[c.lo].id != idSo || c.actor != actCustomer {
		return false
	}
	sent := az.tok.toks[c.lo].sent
	for k := az.clauseIndex(c) - 1; k >= 0 && az.tok.toks[az.clauses[k].lo].sent == sent; k-- {
		if az.clauses[k].verb >= 0 {
			return false
		}
	}
	return true
}

// toldMoreThanOnce reports a word of repeating right after a verb of
// telling: "told twice now", "said twice already", "explained three times".
func (az *analyzer) toldMoreThanOnce(c *clause) bool {
	return az.repeatWithin(c, 2)
}

// repeatWithin reports a word of repeating within reach words after c's
// verb: "twice", "three times", "again".
func (az *analyzer) repeatWithin(c *clause, reach int) bool {
	toks := az.tok.toks
	for i := c.comp; i < c.hi && i <= c.comp+reach; i++ {
		if repeatWords.has(toks[i].id) || toks[i].id == idTimes && i > c.comp || toks[i].id == idAgain {
			return true
		}
	}
	return false
}

// saidBeforeAsOpener reports a clause opened by "as I've said", "like I
// said" or "as we explained" with a word of repeating: "As I've said twice
// already on this call, ...". Said once ("as I mentioned") it only refers
// back.
func (az *analyzer) saidBeforeAsOpener(c *clause) bool {
	toks := az.tok.toks
	if c.lo+2 >= c.hi || toks[c.lo].id != idAs && toks[c.lo].id != idLike || az.lexAt(c.lo+1)&(lxAgent|lxI) == 0 {
		return false
	}
	v := c.lo + 2
	if az.lexAt(c.lo+1)&lxHave == 0 && az.lexAt(v)&lxHave != 0 && v+1 < c.hi {
		v++ // "as I have said"
	}
	// read from the words, not the clause's verb: "as I said" alone is a frame the reader may not parse
	if !tellingVerbs[az.verbAt(v).lemma] {
		return false
	}
	return az.repeatWithin(c, 5) || az.priorContactsCounted(v+1, min(c.hi, v+7)) // "like I said the last two times", "on the last two calls"
}

// priorContactsCounted reports a count above one of calls or messages among
// tokens lo..hi: "on the last two calls", "in three emails".
func (az *analyzer) priorContactsCounted(lo, hi int) bool {
	toks := az.tok.toks
	for i := lo; i+1 < hi; i++ {
		if az.countedAt(i) && az.tok.key(toks[i]) != "one" && az.tok.key(toks[i]) != "1" &&
			(toks[i+1].id == idCalls || messageNouns.has(toks[i+1].id)) {
			return true
		}
	}
	return false
}

// idCalls is the id of "calls".
var idCalls = wordID("calls")

// tellingVerbs are what an agent says they told the customer before.
var tellingVerbs = wordSet("say tell mention explain advise")

// ignoredVerbs leave a warning unheeded.
var ignoredVerbs = wordSet("ignore overlook disregard dismiss")

// reminderNouns are warnings by name, whoever they are said of.
var reminderNouns = wordSet("reminder reminders warning warnings notice notices")

// remindersReached: "the reminder letters were sent to the address you
// provided", "you did get three emails about the change", "you received two
// reminders": warnings that reached the customer, so the outcome is theirs.
func (az *analyzer) remindersReached(c *clause) bool {
	switch {
	case c.passive && (c.lemma == "send" || c.lemma == "post" || c.lemma == "issue" || c.lemma == "deliver"),
		!c.passive && c.lemma == "go" && c.comp < c.hi && az.tok.toks[c.comp].id == idOut:
		// said to the customer, or with what followed, or sent two ways: not "your renewal notice was sent on the 2nd";
		// "the renewal notice went out by email and by post"
		return c.actor == actThing && az.subjectHasNoun(c, reminderNouns) &&
			(az.compHas(c, lxCustomer) || az.resultAfter(az.clauseIndex(c)) > 0 || az.twoChannelsIn(c) || az.sentAheadOf(c) || az.subjectCounted(c))
	case !c.passive && c.lemma == "go" && c.comp+1 < c.hi && az.tok.toks[c.comp].id == idTo && az.tok.toks[c.comp+1].id == idYour:
		// "a notice about the price change went to your inbox on the 1st": it reached them
		return c.actor == actThing && az.subjectHasNoun(c, reminderNouns) && !az.weActInSentence(c)
	case c.passive && !c.neg && c.byWho == actNone && ignoredVerbs[c.lemma]:
		// "the warning on the dash was ignored for six hundred miles": a warning is heeded or ignored
		// by the one it warns
		return c.actor == actThing && az.subjectHasNoun(c, reminderNouns)
	case c.actor == actCustomer && (c.lemma == "get" || c.lemma == "receive") && !c.passive:
		emphatic := c.lastAux >= 0 && az.lexAt(c.lastAux)&lxDo != 0 && !c.neg // "you did get"
		for i := c.comp; i < c.hi && i < c.comp+4; i++ {
			k := az.tok.key(az.tok.toks[i])
			if reminderNouns[k] || emphatic && warnedWords[k] {
				return true
			}
		}
	}
	return false
}

// sentAheadOf reports a time before the event after c's verb ("30 days
// before the renewal date"), or a clause of when opening with "before"
// right after c ("were sent | before it renewed"): the warning came in time.
func (az *analyzer) sentAheadOf(c *clause) bool {
	if az.idIn(idBefore, c.comp, c.hi) {
		return true
	}
	ci := az.clauseIndex(c)
	if ci+1 >= len(az.clauses) {
		return false
	}
	d := &az.clauses[ci+1]
	return d.temporal && az.tok.toks[d.lo].id == idBefore && az.tok.toks[d.lo].sent == az.tok.toks[c.lo].sent
}

// subjectCounted reports a count of more than one in c's subject: "two
// reminders were sent", "3 notices".
func (az *analyzer) subjectCounted(c *clause) bool {
	for i := c.subj; i >= 0 && i < c.comp && i < c.hi; i++ {
		if countsOverOne.has(az.tok.toks[i].id) || az.numeralOverOne(i) {
			return true
		}
	}
	return false
}

// countsOverOne count more than one in words: manyWords and the numbers up
// to nine.
var countsOverOne = idSetOf(countsOverOneList)

const countsOverOneList = manyWordsList + " seven eight nine"

// yoursPhrases hand a fault to the customer or a third party: "the mistake was
// yours", "the error is on your bank", "your provider is to blame".
var yoursPhrases = phraseListOf("yours", "to blame", "at fault", "their doing", "your doing")

// onSomeonePhrases put it on a party, which a party must then follow: "on your
// payroll company", not "on your card".
var onSomeonePhrases = phraseListOf("on your", "with your", "on their", "with their", "on the", "with the", "with", "at the", "at their", "at your")

// isFaultYours: a fault (or the situation) put on the customer or someone
// else: "the mistake was yours", "that missed payment is on your payroll
// company", "your email provider is to blame".
func (az *analyzer) isFaultYours(c *clause) bool {
	if c.verb >= 0 || c.actor == actAgent || c.aspect == aspWill {
		return false
	}
	var buf [2]string
	w := az.compWords(c, 2, buf[:0])
	if len(w) == 0 {
		return false
	}
	switch {
	case w[0] == "to" || w[0] == "at" && startsWithAny(w, &yoursPhrases):
		return startsWithAny(w, &yoursPhrases) // "is to blame", "is at fault": of anyone but us
	case w[0] == "at":
		// "the hold-up has been at the High Commission"; but "it's at the depot" says where a thing is
		return (c.fault || az.troubleSubject(c)) && startsWithAny(w, &onSomeonePhrases) && az.partyFollows(c)
	case !(c.fault || az.pronounSubject(c) || c.subjWrong || c.yourThing || az.troubleSubject(c) || c.subj >= 0 && az.tok.toks[c.subj].id == idWhatever):
		// but "the hold-up", "the delay" name the trouble as "the fault" does, and "whatever
		// happened after that" names what went wrong
		return false
	case w[0] == "with" && !(c.fault || az.pronounSubject(c) || az.troubleSubject(c)):
		return false // "your repaired watch is still with the workshop": where a thing of theirs is
	}
	return startsWithAny(w, &yoursPhrases) || startsWithAny(w, &onSomeonePhrases) && az.partyFollows(c)
}

// partyFollows reports a third party or a person within the few words after
// the verb group: "on your payroll company", "with the courier".
func (az *analyzer) partyFollows(c *clause) bool {
	yours := false // a team or company is someone else's only as "your IT team"
	for i := c.comp; i < c.hi && i < c.comp+5; i++ {
		yours = yours || az.tok.key(az.tok.toks[i]) == "your"
		if az.lexAt(i)&(lxThirdNoun|lxThird) != 0 || yours && az.lexAt(i)&lxCompanyNoun != 0 || az.lexAt(i) == 0 && az.namedParty(i) {
			return true // and a firm by name: "with Brightwell Worktops"
		}
	}
	return false
}

// accuses: a question that is a reproach: "why didn't you ring us?", "why
// would you book a fare you couldn't change?", "did you even read it?".
// readInversion has read the question's subject, so "you" is its actor.
func (az *analyzer) accuses(c *clause) bool {
	if !c.question {
		return false
	}
	if whyWords[az.tok.key(az.tok.toks[c.headLo])] || c.lo > 0 && whyWords[az.tok.key(az.tok.toks[c.lo])] {
		// "why didn't you", "why would you", "why'd you leave it unlocked": not "why did you cancel?",
		// nor "why didn't anyone from our team call you back?", which asks it of us
		return (c.neg || c.modalWould || c.actor == actCustomer && c.verb >= 0 && az.doneAmiss(c)) && !az.ourInSubject(c)
	}
	if c.actor == actCustomer && c.lists&(listDuty|listSlip|listYourActs) != 0 && az.wrongOneIn(c) ||
		c.passive && !c.byAgent && c.lists&(listSlip|listYourActs) != 0 && az.wrongOneIn(c) {
		return true // "did you pick the wrong size?", "was the wrong PIN typed in?"; not "was it sent to the wrong card?"
	}
	if c.actor != actCustomer {
		// "was the phone dropped at any point?"; not "was the parcel damaged when it arrived?", which we deliver
		return c.passive && !c.byAgent && c.lists&listSlip != 0 && c.pastAux && !az.subjectHasLex(c, lxDeliverable)
	}
	if c.neg && c.pastAux && c.lemmaIn(noticeVerbs) {
		return true // "so you didn't see the banner on the homepage?": what was in plain sight
	}
	// "did you even read it?", "did you not read the email?": a duty doubted, not a fact asked
	return c.pastAux && c.lists&listDuty != 0 && (c.neg || az.clauseHasWord(c, wordEven) || az.clauseHasWord(c, wordActually))
}

// whyWords ask why: "why", and "why'd" said for "why did".
var whyWords = wordSet("why why'd whyd")

// noticeVerbs doubted in a question say the thing was there to be seen.
var noticeVerbs = lemmaSetOf("see notice spot")

// causedBy reports a participle of causing at j, which a denial may pass over:
// "not caused by us", "wasn't initiated by us" ("aren't covered by our
// policy" is about cover, not fault).
func (az *analyzer) causedBy(j int) bool {
	k := az.tok.key(az.tok.toks[j])
	return causeWords[k] == "by" || k == "made" || k == "done" || k == "changed"
}

// wrongOneIn reports a word in the clause that calls a thing the wrong one:
// "the wrong PIN", "an expired card"; "twice" says how often, not what.
func (az *analyzer) wrongOneIn(c *clause) bool {
	if c.bag&lxWrong == 0 {
		return false
	}
	for i := c.lo; i < c.hi; i++ {
		if az.lexAt(i)&lxWrong != 0 && az.tok.toks[i].id != idTwice {
			return true
		}
	}
	return false
}

// wrongPlace reports a wrong place named after a preposition in the few
// words after the verb: "went to the wrong branch", "turned up at the
// wrong terminal", "posted it to the wrong warehouse", "put it on the
// wrong setting", "typed it in the wrong box". wrongNearVerb stops
// at the preposition, as "booked on the day" says nothing of a choice.
func (az *analyzer) wrongPlace(c *clause) bool {
	if c.verb < 0 || c.bag&lxWrong == 0 {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 1; i+1 < c.hi && i <= c.verb+4; i++ {
		if !wherePreps.has(toks[i].id) || i+1 < c.hi && wherePreps.has(toks[i+1].id) {
			continue // "logged in with the wrong account": the particle, then the preposition
		}
		j := i + 1
		if az.lexAt(j)&lxDet != 0 {
			j++ // "to the wrong", "at a wrong"
		}
		return j < c.hi && az.lexAt(j)&lxWrong != 0 && toks[j].id != idTwice
	}
	return false
}

// wherePreps name where someone went, sent or put a thing, or what they
// did it with: "to", "at", "into", "on", "in", "with".
var wherePreps = idSetOf("to at into on in with")

// idTwice is the id of "twice".
var idTwice = wordID("twice")

// toldWronglyWordsList holds the words of toldWronglyWords.
const toldWronglyWordsList = "wrongly incorrectly mistakenly falsely misinformed misled"

// doneAfterHave reports "done" after the pronoun at j, in its perfect:
// "we've done", "we have done", "I've done".
func (az *analyzer) doneAfterHave(j, hi int) bool {
	toks := az.tok.toks
	switch {
	case az.lexAt(j)&lxHave != 0:
		return j+1 < hi && toks[j+1].id == idDoneWord
	case j+2 < hi && az.lexAt(j+1)&lxHave != 0:
		return toks[j+2].id == idDoneWord
	}
	return false
}

// thereIsSubject reports "there" as c's subject: "there's nothing".
func (az *analyzer) thereIsSubject(c *clause) bool {
	if c.subj < 0 {
		return false
	}
	id := az.tok.toks[c.subj].id
	return id == idThere || id == idThereS
}

// idDoneWord is the id of "done".
var idDoneWord = wordID("done")

// ourPartBesideTheirFault reports a clause of ours that only an apology
// made a failure (see isToldFailure), in a sentence that lays the trouble
// on another party or a thing: "I'm sorry, our team processed it
// within 48 hours; the hold-up has been at the High Commission", "sorry,
// we handed it over bang on time, that one's a Royal Mail failure". What
// we did is told as our part done. A slip of the customer's told beside
// it does not count: at this point it is yet to be weighed against our
// apology ("our app crashed when you tried to confirm, sorry" owns the
// crash).
func (az *analyzer) ourPartBesideTheirFault(c *clause) bool {
	// the sentence's flag first: few sentences blame another, and the rest read the clause
	return az.flags[az.tok.toks[c.lo].sent].blamedElsewhere && az.sorry(c) && !az.doneWrongly(c) && !az.clauseHasWord(c, wordWithout)
}

// noteBlameElsewhere flags each sentence holding a blame candidate whose
// clause is another party's or a thing's, in one pass over the candidates,
// before the owns-mistake veto rows read it (see ourPartBesideTheirFault).
// Such a candidate is never in a clause of ours, which those rows ask about.
func (az *analyzer) noteBlameElsewhere() {
	for i, f := range az.candFacts {
		if f.kind() != blameKind { // by its number: a kind is a string
			continue
		}
		at := az.candToken(i)
		if d := &az.clauses[az.clauseAt(at)]; d.actor == actThird || d.actor == actThing {
			az.flags[az.tok.toks[at].sent].blamedElsewhere = true
		}
	}
}

// justHowTheyAre reports a trouble put down to how another party, or a
// thing of the customer's or of a kind, simply is or works: "that's just how
// your network provider does things", "that's just how the bank works",
// "it's just how these old boilers are", "that's just how it is with budget
// airlines". How we or our system work is policy of ours, not theirs.
func (az *analyzer) justHowTheyAre(c *clause) bool {
	if c.verb >= 0 || c.neg || c.question || !az.pronounSubject(c) || c.comp+2 >= c.hi {
		return false
	}
	toks := az.tok.toks
	i := c.comp
	if toks[i].id == idJust {
		i++
	}
	if i+1 >= c.hi || toks[i].id != idHow {
		return false
	}
	if az.anyLexIn(i+1, c.hi, lxAgent|lxOurDet) {
		return false // "that's just how we do it", "how our system works"
	}
	if !az.anyLexIn(i+1, c.hi, lxThirdNoun|lxThird) && !az.idIn(idYour, i+1, c.hi) && !az.anyIn(i+1, c.hi, kindDets) {
		return false
	}
	if k := az.resultAfter(az.clauseIndex(c)); k > 0 && !az.troubled(&az.clauses[k]) {
		return false // "that's how the courier tracks it, so you can follow it live": how it helps them
	}
	return !az.sorry(c) && !az.helpInSentence(c)
}

// kindDets point at a kind of thing: "these old boilers", "those budget
// sets".
var kindDets = idSetOf("these those")

// nobodyDidTheirPart reports "nobody" or "no one" as the subject of an
// answer ("nobody answered the door") or of a part of the customer's done
// to nothing of theirs or ours ("nobody cancelled the trial", "no one sent
// the reading"); "nobody sent you the link" and "nobody sent the engineer"
// tell our part.
func (az *analyzer) nobodyDidTheirPart(c *clause) bool {
	if !az.noOneDid(c) {
		return false
	}
	if c.lemmaIn(answerVerbs) {
		return true
	}
	if c.bag&(lxCustomer|lxOurDet|lxAgent) != 0 || az.compHas(c, lxCompanyNoun) {
		return false
	}
	return c.lemmaIn(nobodysPart) || az.toDoTheirPart(c)
}

// toDoTheirPart reports "to" and one of the customer's parts after c's
// verb: "nobody rang | to cancel", "nobody got in touch to renew". A call
// is as often ours; the part it was for is theirs.
func (az *analyzer) toDoTheirPart(c *clause) bool {
	toks := az.tok.toks
	for i := c.verb + 1; i+1 < c.hi && i <= c.verb+4; i++ {
		if toks[i].id == idTo {
			v := az.verbAt(i + 1)
			return v != nil && nobodysPart.holds(v.lemmaSets)
		}
	}
	return false
}

// nobodysPart are the customer's parts told with "nobody": "nobody cancelled
// it". Calling, ringing, reading a meter and turning up are as often ours
// ("nobody rang"), and so is sending someone of ours ("nobody sent the
// engineer"); a call made "to cancel" is for their part (see toDoTheirPart).
var nobodysPart = lemmaSetOf(yourPartVerbsList + " tick provide declare")

// yourPartVerbsList holds the parts a customer does by sending, paying or
// signing up, which nobodysPart and handInVerbs both start from.
const yourPartVerbsList = "cancel return send pay submit renew fill upload register activate"

// chosenThingErred reports a thing the customer chose, bought or uses,
// told in a relative clause in the subject ("the router you bought", "the
// charger you're using"), that went wrong or did not work, as "your
// router blocks our app" does. It was theirs to choose.
func (az *analyzer) chosenThingErred(c *clause) bool {
	if c.passive || c.verb < 0 || !az.toldAFault(c) || !az.subjectYouChose(c) {
		return false
	}
	return !az.sentenceHasOurStep(c)
}

// subjectYouChose reports "you" in c's subject with a verb of choosing,
// buying or using after it: "the router you bought", "the VPN you use".
func (az *analyzer) subjectYouChose(c *clause) bool {
	if c.subj < 0 {
		return false
	}
	for i := c.subj + 1; i+1 < c.verb; i++ {
		if az.lexAt(i)&lxCustomer == 0 {
			continue
		}
		if v := az.verbAt(az.relativeVerbAfter(c, i)); v != nil && (v.lists&listChoose != 0 || chosenKitVerbs.holds(v.lemmaSets)) {
			return true
		}
	}
	return false
}

// chosenKitVerbs get or put a thing to use: "the charger you're using".
var chosenKitVerbs = lemmaSetOf("use get install fit connect plug")
