package scoring

import "strings"

// readSubject reads the subject at i and returns the token after it.
func (az *analyzer) readSubject(c *clause, i int) int {
	if i >= c.hi {
		return i
	}
	toks := az.tok.toks
	b := az.lexAt(i)
	switch {
	case c.relative:
		c.subj, c.actor = i, actThing
		return i + 1
	case b&lxDet == 0 && az.fractionAt(i, c.hi):
		return az.readSubject(c, i+4) // "nine out of ten callers with this error": the share, then who
	case b&lxAgent != 0 && b&lxDet == 0:
		c.subj, c.actor, c.personal = i, actAgent, b&lxI != 0
		return i + az.contractionAux(c, i)
	case b&lxCustomer != 0:
		c.subj, c.actor = i, actCustomer
		if b&(auxBits|lxDet) == 0 && i+2 < c.hi && pluralYou.has(toks[i+1].id) {
			return i + 2 // "you guys need to chase them": "you" said to more than one
		}
		return i + az.contractionAux(c, i)
	case toks[i].id == idYour && i+1 < c.hi && articles.has(toks[i+1].id):
		// "ur the one who picked the fare", "your the one who booked it": typed for "you're", as no
		// possessive comes before an article
		c.subj, c.actor = i, actCustomer
		az.noteAux(c, lxBe)
		return i + 1
	case toks[i].id == idThem && az.themBeforeNoun(c, i):
		j := az.readNounPhrase(c, i+1)
		c.subj, c.generic = i, false // "them shoes have been worn": "them" says "those", things now, not in general
		return j
	case b&(lxThird|lxThing|lxAnyone) != 0 && b&(auxBits|lxDet) == 0 && az.elsePossessive(c, i+1):
		return az.readNounPhrase(c, i) // "someone else's card was used"
	case b&lxThird != 0 && b&(lxBe|lxHave|lxWill|lxWould) == 0 && i+1 < c.hi && az.lexAt(i+1)&lxPrep != 0:
		j := az.readNounPhrase(c, i) // "someone from the store", "someone at your company"
		if i+2 < c.hi && az.lexAt(i+2)&lxOurDet != 0 && c.actor == actThird {
			c.actor = actAgent // "someone at our Leeds branch" is one of us
		}
		return j
	case b&lxThird != 0:
		c.subj, c.actor = i, actThird
		return i + az.contractionAux(c, i)
	case b&lxThing != 0 && b&(auxBits|lxSub) == 0 && i+1 < c.hi && indefinites.has(toks[i].id) && az.indefiniteTakesMore(c, i):
		return az.readNounPhrase(c, i) // "everything on our side", "something at your end", "everything you needed"
	case toks[i].id == idIts && az.possessiveIts(c, i):
		j := az.readNounPhrase(c, i+1)
		c.subj = i // "its omission on this occasion is what caused it": "its" owns the noun, it holds no "is"
		return j
	case b&lxThing != 0 && az.demonstrativeBeforeNoun(c, i):
		return az.readNounPhrase(c, i) // "that error is ours"
	case b&lxThing != 0:
		c.subj, c.actor = i, actThing
		return i + az.contractionAux(c, i)
	case noOne.has(toks[i].id):
		return az.readNoOne(c, i)
	case toks[i].id == idNo && i+2 < c.hi && toks[i+1].id == idOne:
		return az.readNoOne(c, i) // "no one returned the form", as "nobody" does
	case toks[i].apos && toks[i].base == idNothing:
		// "nothing's gone wrong on our side": nothing, and its "has" or "is"
		c.subj, c.actor, c.neg = i, actThing, true
		return i + az.contractionAux(c, i)
	case az.noBeforeNoun(i):
		j := az.readNounPhrase(c, i+1)
		c.subj, c.neg = i, true // "no cancellation request was submitted": the noun's clause, denied
		return j
	case (b&lxOurs != 0 || possessivePronouns.has(toks[i].id)) && b&auxBits == 0 && i+1 < c.hi && az.lexAt(i+1)&auxBits != 0:
		c.subj, c.actor = i, actThing // "ours is working fine": our side's thing
		if theirsWords.has(toks[i].id) {
			c.actor = actThird // "theirs were back on by teatime": another's thing, no step of ours
		}
		c.yourThing = toks[i].id == idYours
		return i + 1
	case toks[i].id == idWhatever:
		if main := az.mainAfterWhatever(c, i); main > 0 {
			c.subj, c.actor = i, actThing // "whatever they charged you | is on them"
			return main
		}
	case toks[i].id == idWhoever:
		if main := az.mainAfterWhoever(c, i); main > 0 {
			c.subj, c.actor = i, actThird // "whoever set up the standing order | put in the wrong reference"
			az.readSubjectRelative(c, i, main)
			return main
		}
	case b&lxAnyone != 0 && !c.question && i+2 < c.hi && az.markAt(i+1)&lxElse != 0 && az.lexAt(i+2)&lxPrep != 0 && az.verbAfterPlace(c, i+3) > 0:
		c.subj, c.actor = i, actThing // "everyone else on the scheme | sends the receipts in"
		return az.verbAfterPlace(c, i+3)
	case b&lxAnyone != 0:
		c.subj, c.actor = i, actThing
		if c.question && c.lastAux >= 0 {
			if v := az.verbAfterAnyonesPhrase(c, i); v > 0 {
				return v // "did anyone in the household | switch it off?": the phrase narrows who
			}
		}
		return i + 1
	case b&lxCustomers != 0 && i+1 < c.hi && (relativeWords.has(toks[i+1].id) || az.lexAt(i+1)&lxPrep != 0):
		return az.readNounPhrase(c, i) // "passengers who don't check in", "people on this tariff"
	case b&lxCustomers != 0:
		c.subj, c.actor, c.generic = i, actCustomers, true
		for i++; i < c.hi && az.lexAt(i)&lxCustomers != 0; i++ {
		}
		return i
	case az.tok.keyOf(&toks[i]) == "let" && i+1 < c.hi && az.lexAt(i+1)&lxAgent != 0:
		c.subj, c.actor, c.aspect = i, actAgent, aspWill // "let me refund that"
		return i + 2
	case letsWord.has(toks[i].id) && i+1 < c.hi:
		c.subj, c.actor, c.aspect = i, actAgent, aspWill // "let's pick a new date": a step we offer to take
		return i + 1
	case toks[i].id == idIll && i == c.headLo && i+1 < c.hi && az.lexAt(i+1) == 0 && isVerbBase(az.tok.keyOf(&toks[i+1])):
		c.subj, c.actor, c.personal = i, actAgent, true // "ill chase it straight away": "I'll", typed without its apostrophe
		az.noteAux(c, lxWill)
		c.lastAux = i
		return i + 1
	case lemmeWord.has(toks[i].id) && i+1 < c.hi:
		c.subj, c.actor, c.aspect, c.personal = i, actAgent, aspWill, true // "lemme merge the accounts": "let me", typed fast
		return i + 1
	case az.shareOf(i, c.hi):
		// "one of the kids", "some of your staff", and "most of these disputes", whose
		// share is also a determiner
		j := az.readNounPhrase(c, i)
		c.generic = c.generic && !singleShares.has(toks[i].id)
		return j
	case b&lxDet != 0:
		return az.readNounPhrase(c, i)
	case b&(auxBits|lxAgent|lxCustomer|lxThird|lxThing) == 0 && az.hyphenCompoundAt(i, c.hi):
		return az.readNounPhrase(c, i) // "check-in had closed", "sign-up closes at midnight": a noun, no order to check in
	case b&(lxCompanyNoun|lxThirdNoun|lxRuleNoun|lxDeliverable|lxFaultNoun) != 0 && b&(auxBits|lxPrep) == 0 && !az.orderWithObject(c, i) &&
		!az.pluralBeforeBase(i): // "Mistakes happen" is read below
		return az.readNounPhrase(c, i) // a bare noun the lexicon knows: "company rules say", "engineers are"
	case c.question && c.lastAux == i-1 && az.bareNounBeforeParticiple(i, c.hi):
		c.subj, c.actor = i, actThing // "was autosave | turned off?": asked of a bare noun
		return i + 1
	case b == 0 && az.nameBeforeVerb(c, i) > i:
		j := az.nameBeforeVerb(c, i)
		c.subj, c.actor, c.named = i, actThird, true // "Cloudflare had an outage", "Royal Mail lost it": a party by name
		return j
	case b == 0 && i+2 < c.hi && az.tok.toks[i+1].num && !az.tok.toks[i].num && az.lexAt(i+2) == 0 && az.presentInDictionary(i+2):
		// "Condition 7 requires", "Clause 9 says": a numbered part of a document, then its verb; what it
		// says is a rule's
		c.subj, c.actor, c.ruleSubj = i, actThing, true
		return i + 2
	case b == 0 && az.startsBareNoun(c, i):
		return az.readNounPhrase(c, i)
	case b == lxIrregular && az.auxAfterGerund(c, i) > 0:
		return az.readNounPhrase(c, i) // "putting that right | falls to us": a listed -ing form as a gerund
	case b == 0 && az.clippedSubject(c, i):
		c.subj, c.actor = i, actThing // "Gate closed at 10:40", "Camera shows you dropping it": the determiner left out
		return i + 1
	}
	if end := az.compoundSubjectEnd(c, i); end > i {
		c.subj, c.actor = i, az.compoundActor(i, end) // "Court fees went up", "Power cut on the high street knocked"
		c.generic = strings.HasSuffix(az.tok.keyOf(&az.tok.toks[az.subjectHead(i, end)]), "s")
		c.subjWrong = az.lexAt(i)&lxWrong != 0                      // "Wrong pack was ticked"
		c.fault = az.lexAt(az.subjectHead(i, end))&lxFaultNoun != 0 // "Mistakes happen"
		return end
	}
	return i
}

// fractionAt reports a share said as "nine out of ten" at i, with words
// after it: "nine out of ten callers turn out to have ...". Asked at most
// subjects, it is only the test of "out", small enough to be written out
// where it is asked; the counts are read by fractionFrom.
func (az *analyzer) fractionAt(i, hi int) bool {
	return i+4 < hi && az.tok.toks[i+1].id == idOut && az.fractionFrom(i)
}

// fractionFrom is fractionAt for "out" at i+1, with words after the share.
//
//go:noinline
func (az *analyzer) fractionFrom(i int) bool {
	return az.tok.toks[i+2].id == idOf && az.countAt(i) > 0 && az.countAt(i+3) > 0
}

// hyphenCompoundAt reports a word at i joined by a hyphen to a particle
// after it: "check-in", "sign-up", "drop-off", "mix-ups". So joined, a verb
// and its particle name a thing.
func (az *analyzer) hyphenCompoundAt(i, hi int) bool {
	return i+1 < hi && compoundParticles.has(az.tok.toks[i+1].id) && az.hyphenated(i+1)
}

// compoundParticles end a noun made of a verb and its particle.
var compoundParticles = idSetOf(compoundParticlesList)

const compoundParticlesList = "in out up off ups ins outs offs over back down"

// nameBeforeVerb returns the token after a name of one to three title-case
// words the lexicon does not know, at i, when a past form or "had", "has",
// "was" follows it ("Cloudflare had an outage", "Royal Mail lost it");
// otherwise i. One word opening its sentence is a name only before "had",
// "has" or "was": before a past form it may be a noun whose article was
// dropped ("Shutter closed at six").
func (az *analyzer) nameBeforeVerb(c *clause, i int) int {
	j := i
	for j < c.hi && j < i+3 && az.lexAt(j) == 0 && az.titleCaseName(j) && !az.looksLikeVerb(j) && !numberWords.has(az.tok.toks[j].id) {
		j++
	}
	if j == i || j >= c.hi {
		return i
	}
	opens := i == az.tok.sents[az.tok.toks[i].sent].tokLo && j == i+1
	switch {
	case opens && az.tok.toks[i].id != 0:
		return i // "Footage showed": a known word opening the sentence is no name
	case namedAux.has(az.tok.toks[j].id):
		return j
	case az.lexAt(j)&lxNeg != 0 && az.lexAt(j)&auxBits == 0 && j+1 < c.hi && az.looksLikeVerb(j+1):
		return j // "Royal Mail never delivered it": the negation opens the verb group
	case !opens && az.looksLikeVerb(j) && (j+1 >= c.hi || !az.nounAt(j+1)):
		return j // "Royal Mail lost it"; not "Shutter closed at six", a word whose article was dropped,
		// nor "Three missed appointments", a participle before its noun
	case opens && az.looksLikeVerb(j) && j+1 < c.hi && (az.lexAt(j+1)&(lxDet|lxOurDet|lxThing|lxCustomer) != 0 || az.markAt(j+1)&lxYour != 0):
		return j // "Speedlink lost the cot mattress", "Swiftline left it at the wrong door": a past verb and its object
	case az.presentAfterName(j, c.hi, opens):
		return j // "Royal Mail says", "Harbourside Arena only allows bags up to A4", "Ticketmaster handles all refunds"
	}
	return i
}

// presentAfterName reports a present in -s at j, maybe after a word of
// habit or an adverb ("only", "always"), whose base the English dictionary
// knows as a verb: a name's verb. A name that opens the sentence alone
// needs an object after its verb, since a capital there proves no name.
func (az *analyzer) presentAfterName(j, hi int, opens bool) bool {
	if az.lexAt(j)&(lxAdverb|lxFreq) != 0 && az.lexAt(j)&(auxBits|lxPrep|lxDet|lxNeg) == 0 {
		j++
	}
	if j >= hi || az.lexAt(j) != 0 || az.tok.toks[j].apos {
		return false
	}
	k := az.tok.keyOf(&az.tok.toks[j])
	if !opens && isVerbBase(k) && j+1 < hi && az.lexAt(j+1)&(lxDet|lxOurDet) != 0 {
		return true // "Royal Mail handle the last leg": a firm takes a plural verb in British use
	}
	if !presentOfDictionaryVerb(k) {
		return false
	}
	// "Ticketmaster handles all refunds", not "Sugary drinks between meals"
	return !opens || j+1 < hi && !az.tok.toks[j].pause && (az.lexAt(j+1)&(lxDet|lxOurDet|lxThing|lxCustomer) != 0 || az.markAt(j+1)&lxYour != 0)
}

// ourFirmAfter reports "from", "at" or "with" and "our" right after a
// noun's head, inside its phrase: "the driver from our courier", "the
// engineer at our Leeds depot".
func (az *analyzer) ourFirmAfter(head, end int) bool {
	toks := az.tok.toks
	return head+2 < end && ourFirmPreps.has(toks[head+1].id) && az.lexAt(head+2)&lxOurDet != 0
}

// ourFirmPreps join a person to the firm they work for.
var ourFirmPreps = idSetOf(ourFirmPrepsList)

const ourFirmPrepsList = "from at with"

// idIll is "ill", which before a verb is "I'll" typed without its apostrophe.
var idIll = wordID("ill")

// namedAux may follow a name as its verb: "Cloudflare had an outage".
var namedAux = idSetOf("had has was must might")

// demonstrativeBeforeNoun reports "this" or "that" used as a determiner: a
// plain word follows, then a verb group ("that error is ours").
func (az *analyzer) demonstrativeBeforeNoun(c *clause, i int) bool {
	k := az.tok.keyOf(&az.tok.toks[i])
	if k != "this" && k != "that" || i+2 >= c.hi {
		return false
	}
	// Up to three words of the noun, amounts among them: "that £9.99 charge has".
	for j := i + 1; j < c.hi && j <= i+4; j++ {
		t, b := &az.tok.toks[j], az.lexAt(j)
		switch {
		case j > i+1 && b&(lxBe|lxHave|lxDo|lxWill|lxCan|lxMust|lxAdverb) != 0:
			return true // "that charge is", "that one doesn't sit with us"
		case t.apos && endsInApostropheS(az.tok.keyOf(t)):
			return true // "that one's on the courier": the 's is the verb
		case j > i+1 && b&^lxIrregular == 0 && az.nounAt(j-1) && (az.looksLikeVerb(j) || samePast.has(t.id) || az.verbAfterNoun(j)) &&
			(j+1 >= c.hi || !az.nounAt(j+1) || az.lexAt(j+1) != 0 || particles.has(az.tok.toks[j+1].id)):
			return true // "that decision sat with their management", "this update broke the app", "that notice went out": a verb after the noun
		case j > i+1 && b&(lxCustomer|lxAgent|lxThird) != 0 && b&lxDet == 0 && az.auxAfterRelative(c, j) > 0:
			return true // "that plug adapter you used | isn't rated": the noun, then a relative clause without "that"
		case t.num || t.money || b == 0 && (!az.looksLikeVerb(j) || j+1 < c.hi && az.nounAt(j+1)) || b&(lxFaultNoun|lxDeliverable|lxThirdNoun|lxCompanyNoun|lxRuleNoun) != 0 && b&auxBits == 0:
			// "that £9.99 charge", "that missed payment": a participle before its noun is part of it
		default:
			return false
		}
	}
	return false
}

// nounAt reports a word that can head a noun phrase: a plain word, or a noun
// the lexicon knows ("payment", "mistake", "policy", "courier").
func (az *analyzer) nounAt(j int) bool {
	b := az.lexAt(j)
	return b == 0 && !az.looksLikeVerb(j) || b&(lxDeliverable|lxFaultNoun|lxRuleNoun|lxThirdNoun) != 0 && b&auxBits == 0
}

// startsBareNoun reports a noun phrase without a determiner at i: "Refunds
// normally take", "Customers sometimes forget". It needs a verb group after
// one or two words.
func (az *analyzer) startsBareNoun(c *clause, i int) bool {
	reach := 3 // "refunds normally take", "online check-in was"
	if strings.HasSuffix(az.tok.keyOf(&az.tok.toks[i]), "ing") || quantityNouns.has(az.tok.toks[i].id) {
		reach = 6 // a gerund subject ("Selling you a faulty kettle is on us"), a quantity ("plenty of people")
	}
	if k := az.tok.keyOf(&az.tok.toks[i]); az.tok.toks[i].apos && endsInApostropheS(k) && i+1 < c.hi && az.verbAfterApostropheS(i+1, c) &&
		possessorLex(k)&^(lxDeliverable|lxRuleNoun|lxThirdNoun|lxCompanyNoun|lxFaultNoun|softBits) == 0 && !c.question && !whBases.has(wordID(k[:len(k)-2])) {
		return true // "streaming's buffering", "broadband's down to the exchange": the noun and "is"
	}
	if k := az.tok.keyOf(&az.tok.toks[i]); az.tok.toks[i].apos && endsInApostropheS(k) && i+2 < c.hi && !az.verbAfterApostropheS(i+1, c) &&
		az.nounAt(i+1) && az.finiteVerbWithin(i+2, 2) {
		return true // "Munchr's app sent him round the back": a name's thing, then its verb
	}
	if (numberWords.has(az.tok.toks[i].id) || az.tok.toks[i].num) && i+2 < c.hi && az.nounAt(i+1) && az.finiteVerbWithin(i+2, 3) {
		return true // "Four hundred people got that email", "Two emails went to your junk folder": a number, its noun, a verb
	}
	if quantityNouns.has(az.tok.toks[i].id) && i+1 < c.hi && az.lexAt(i+1)&(lxDet|lxOurDet) != 0 && az.lexAt(i+1)&lxThing == 0 && az.finiteVerbWithin(i+2, 4) {
		return true // "half the town lost power": a share of a noun phrase, then its verb
	}
	if quantityNouns.has(az.tok.toks[i].id) && i+2 < c.hi && az.tok.toks[i+1].id == idOf && (az.nounAt(i+2) || az.lexAt(i+2)&lxCustomers != 0) && az.finiteVerbWithin(i+3, 3) {
		return true // "lots of people forget", "loads of customers skip it": a quantity of a bare noun, then its verb
	}
	if az.suchAs(i + 1) {
		reach = 6 // "features such as offline downloads were"
	}
	if i+3 < c.hi && az.pluralNounAt(i) && az.tok.toks[i+1].id == idLike && (az.lexAt(i+2)&(lxThing|lxOurs) != 0 || az.markAt(i+2)&lxYour != 0) {
		return true // "payments like that only fail", "rings like yours": a plural and what it is like
	}
	if i+3 < c.hi && az.tok.toks[i+1].num && az.tok.toks[i+2].id == idOf && !az.tok.toks[i].num {
		return true // "Section 4 of your policy document spells out", "Step 4 of the leaflet shows"
	}
	if i+2 < c.hi && az.lexAt(i+1)&lxPrep != 0 && !az.looksLikeVerb(i) && az.phraseAfterPrep(i+1, 0) {
		return true // "files in the trash are erased", "charges on this tariff are"
	}
	if az.auxAfterGerund(c, i) > 0 {
		return true // "plugging it into that extension lead is probably what blew it"
	}
	if az.pluralBeforePast(c, i) {
		return true // "because markets fell", "pipes froze overnight"
	}
	for j := i + 1; j < c.hi && j <= i+reach; j++ {
		b := az.lexAt(j)
		if b&(lxBe|lxHave|lxDo|lxWill|lxWould|lxCan|lxMust|lxFreq) != 0 {
			return true
		}
		if b&(lxThirdNoun|lxCompanyNoun|lxDeliverable|lxRuleNoun|lxFaultNoun) != 0 && j+1 < c.hi && (az.looksLikeVerb(j+1) || az.verbAfterNoun(j+1)) {
			return true // "head office made that call", "customer services lost it"
		}
	}
	return false
}

// wrongInSubject reports a word of wrongness at j that says the subject was
// the wrong one: "the wrong address", "an expired card", "your old email";
// but "your old mattress collection" is only the one being replaced, so
// "old" counts only before what the customer gives us.
func (az *analyzer) wrongInSubject(j, hi int) bool {
	if k := az.tok.keyOf(&az.tok.toks[j]); k != "old" && k != "ancient" {
		return true
	}
	return j+1 < hi && inputNouns[az.tok.keyOf(&az.tok.toks[j+1])]
}

// readNounPhrase reads a subject noun phrase at i ("the credit", "your bank",
// "our courier", "the blame for the lost files") and sets the actor from its
// head, the last word before the verb: "the hotel room" is a thing, "your
// hotel" a third party.
func (az *analyzer) readNounPhrase(c *clause, i int) int {
	c.subj, c.actor = i, actThing
	det := az.lexAt(i)
	bare := det&lxDet == 0
	j := i
	if !bare && !az.shareOf(i, c.hi) {
		j++ // past the determiner; but a share that is one ("most of these") is read as the phrase's first noun
	}
	var head lex
	headAt := i
	inPP := false // inside "of ..." or "for ...", which does not change the head
	quantity := false
	theirs := false        // a possessor that is a third party: "the bank's"
	hiredByYou := false    // a relative clause of the customer's hiring: "the engineer you hired"
	hiredOutright := false // hired in so many words: only people and firms are ("the piano tuner you hired")
	joined := false        // two nouns joined by "and": "the GPS and the photo"
	maxWords := 4
	gerund := bare && strings.HasSuffix(az.tok.keyOf(&az.tok.toks[i]), "ing")
	if gerund {
		maxWords = 7 // a gerund subject: "Selling you a faulty kettle is on us"
	}
	for n := 0; j < c.hi && n < 8; n++ {
		b := az.lexAt(j)
		k := az.tok.keyOf(&az.tok.toks[j])
		if n > 0 && k == "auto" && j+1 < c.hi && az.hyphenated(j+1) {
			break // "the system | auto-cancels": the prefix belongs to the verb
		}
		if n > 0 && az.hyphenated(j) && !az.looksLikeVerb(j) && !(az.tok.toks[j].apos && endsInApostropheS(k)) { // not "our system double-booked", "the hold-up's"
			j++ // "online check-in", "the sign-up form": the word after a hyphen is part of the noun
			continue
		}
		if n > 0 && az.lexAt(j)&lxTemporal != 0 && j+2 < c.hi && az.lexAt(j+1)&lxCustomer != 0 && az.lexAt(j+1)&auxBits == 0 && az.lexAt(j+2)&(lxNeg|lxFreq) != 0 {
			j += 2 // "the tenant before you | never closed the account": which tenant, not when
			continue
		}
		if n > 0 && az.timeAfterThat(j) && (anyThing.has(az.tok.toks[i].id) || az.linkNotPassiveAt(j+2)) {
			j += 2 // "anything after that | is", "any loss after that | is": the phrase of time narrows the noun
			continue
		}
		if n > 0 && !inPP && az.suchAs(j) {
			inPP = true // "features such as offline downloads": the examples do not change the head
			j += 2
			continue
		}
		if n > 0 && (k == "of" || k == "for" || k == "from" || k == "on" && j+1 < c.hi && (az.lexAt(j+1)&lxDet != 0 || thatThen.has(az.tok.toks[j+1].id)) &&
			(az.lexAt(j+1)&lxOurDet == 0 || indefinites.has(az.tok.toks[i].id))) && !inPP {
			inPP = true
			j++
			continue
		}
		if n > 0 && (!inPP || quantity && j > headAt) && b&lxPrep != 0 && j+1 < c.hi && az.phraseAfterPrep(j, head) {
			// "people on this tariff", "someone in your household", "the address on file", and
			// after a share's noun, "a lot of folks | in hard water areas"
			inPP, quantity = true, false
			j++
			continue
		}
		if n > 0 && b&(lxCustomer|lxAgent) != 0 && (b&auxBits == 0 || az.auxRelativeEnd(c, j) > 0) {
			if aux := az.auxAfterRelative(c, j); aux > 0 {
				hiredByYou = b&lxCustomer != 0 && j+1 < c.hi && hiringVerbs[lemma(az.tok.keyOf(&az.tok.toks[j+1]))]
				hiredOutright = hiredByYou && hiredOutrightVerbs[lemma(az.tok.keyOf(&az.tok.toks[j+1]))]
				j = aux // "the 12 USD you paid for express shipping | has gone back"
				break
			}
		}
		if n > 0 && b == 0 && az.participleAfterNoun(j, c.hi) {
			if main := az.mainAfterParticiple(c, j); main > 0 {
				j = main // "the lad delivering your parcel | left it with a neighbour"
				break
			}
		}
		if n > 0 && relativeWords.has(az.tok.toks[j].id) {
			if main := az.mainAfterRelative(c, j); main > 0 {
				az.readSubjectRelative(c, j, main)
				j = main // "the phone shop that sold you the handset | never unlocked it"
				break
			}
		}
		if n > 0 {
			if end := az.asideEnd(c, j); end > 0 {
				j = end // "the tickets, once printed, | can't be exchanged"
				break
			}
		}
		if n > 0 && az.tok.toks[j].id == idTo {
			if aux := az.auxAfterInfinitive(c, j); aux > 0 {
				j = aux // "your failure to return the handset within 30 days | is what triggered the charge"
				break
			}
		}
		if n > 0 && c.lastAux >= 0 && c.lastAux < i && b == 0 && !az.tok.toks[j].apos && verbs.bare[k] != 0 && az.lexAt(j-1)&(lxDet|lxOurDet) == 0 {
			break // "didn't the confirmation | say the 14th?": after an auxiliary put first, the base verb
		}
		if n > 0 && az.nounAfterAnd(c, j) {
			j++                                 // "the terms and conditions", "the router and the cable": one subject of two nouns
			joined, maxWords = true, maxWords+2 // "the driver's GPS and the photo": the second noun has words of its own
			continue
		}
		if n > 0 && az.tok.toks[j].id == idBeing {
			if aux := az.auxAfterBeing(c, j); aux > 0 {
				j = aux // "the water being off | was down to Thames Water": the noun and its state are the subject
				break
			}
		}
		if n > 0 {
			if aux := az.auxAfterParticiple(c, j); aux > 0 {
				j = aux // "the reminder letters dated 2 May | were sent"
				break
			}
		}
		if inPP && j+1 < c.hi && az.lexAt(j-1)&lxPrep != 0 && az.looksLikeVerb(j) && az.plainNounAt(j+1) {
			j++ // "refunds for cancelled events": a past form before its noun inside the phrase describes it
			continue
		}
		afterDet := j > i && (az.lexAt(j-1)&lxDet != 0 || j-1 == i && thatThen.has(az.tok.toks[i].id)) // "that missed payment"
		if afterDet && j+2 < c.hi && (b&lxAdverb != 0 && b&(auxBits|lxDet|lxPrep|lxNeg) == 0 || az.isLyAdverb(j, k)) && az.looksLikeVerb(j+1) &&
			az.lexAt(j+2) == 0 && !az.looksLikeVerb(j+2) && !az.tok.toks[j+1].pause {
			j += 2 // "a fully charged camera", "the recently updated app": an adverb and a participle before the noun
			continue
		}
		if n > 0 && head&lxCustomers != 0 && !az.tok.toks[j].apos && az.verbOfPeopleAt(j, c.hi, inPP) {
			break // "most customers manage to", "most people on this tariff know": after people, their verb
		}
		if b&(lxBe|lxHave|lxDo|lxWill|lxWould|lxCan|lxMust|lxNeg|lxFreq|lxPrep|lxSub|lxCond|lxConj) != 0 || n > 0 && guessAdverbs.has(az.tok.toks[j].id) ||
			b&lxAdverb != 0 && n > 0 || n > 0 && !afterDet && (az.looksLikeVerb(j) || az.samePastVerb(c, j)) && !az.eventCompoundAt(j) ||
			n >= maxWords && !inPP ||
			n > 0 && az.verbAfterNoun(j) || n > 0 && !afterDet && az.ingActAfterNoun(j, c.hi) || inPP && !afterDet && az.pluralHeadsVerb(c, headAt, j) ||
			inPP && az.verbBeforeInfinitive(j) { // "complaints about the cut | need to go", "a complaint about her | needs to go"
			break
		}
		if !inPP || quantity {
			head, headAt = b, j
			c.fault = c.fault || b&lxFaultNoun != 0
			c.subjWrong = c.subjWrong || b&lxWrong != 0 && az.wrongInSubject(j, c.hi)
			c.generic = (bare || quantity || genericDets.has(az.tok.toks[i].id)) &&
				strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") && !endsInApostropheS(k) &&
				!az.countedAt(i+1) // "all five unused seats" are these seats, not seats in general
			quantity = quantity || !inPP && quantityNouns.has(az.tok.toks[j].id)
		}
		if az.tok.toks[j].apos && strings.HasSuffix(k, "'s") {
			if j+1 < c.hi && !az.verbAfterApostropheS(j+1, c) {
				// "the bank's fraud team": another firm's people
				theirs = theirs || possessorLex(k)&lxThirdNoun != 0
				j++ // a possessive: "the courier's van", go on
				continue
			}
			j++ // "the credit's been applied", "the fault's with us": 's is the auxiliary
			if p := az.pastAdverbs(j, c.hi); p < c.hi && (az.tok.keyOf(&az.tok.toks[p]) == "been" || az.isIrregularParticiple(p) || az.participleWithObject(p, c.hi) ||
				az.comeAfterApostropheS(p) ||
				homePeople.has(az.tok.toks[j-1].base) && az.looksLikeVerb(p)) {
				// "your cat's chewed through the cable": a person or a pet has done it, a thing has it done to it
				c.hasHave = true
			} else {
				c.aspect = aspState
			}
			break
		}
		j++
	}
	if bare && j < c.hi && az.lexAt(j)&auxBits == 0 {
		if aux := az.auxAfterGerund(c, i); aux > j {
			j = aux // "plugging it into that extension lead | is": the phrase stopped short of the verb
		}
	}
	for ; j < c.hi && az.lexAt(j)&lxAdverb != 0 && az.lexAt(j)&(lxBe|lxHave) == 0; j++ {
	}
	if joined && j+1 < c.hi && az.tok.toks[j].id == idBoth {
		j++ // "the GPS and the photo | both put it on your doorstep": "both" takes up the two
	}
	owner := i // the word that says whose the subject is
	if bare && quantityNouns.has(az.tok.toks[i].id) && i+1 < c.hi {
		switch {
		case az.lexAt(i+1)&(lxDet|lxOurDet) != 0:
			owner = i + 1 // "half our drivers": the determiner after the share says whose
		case az.shareOf(i, c.hi):
			owner = i + 2 // "one of our drivers", "one of your staff"
		}
		det = az.lexAt(owner)
	}
	yours := az.tok.keyOf(&az.tok.toks[owner]) == "your"
	c.yourThing = yours && head&(lxDeliverable|lxThirdNoun|lxCompanyNoun) == 0
	c.ruleSubj = head&lxRuleNoun != 0
	switch {
	case az.otherFirm(i, headAt, head):
		c.actor = actThird // "our partner kitchen", "the train company", "the letting agent"
	case det&lxOurDet != 0 && head&lxCustomers != 0:
		c.actor, c.generic = actCustomers, true // "half our punters", "most of our customers": customers, not the company
	case det&lxOurDet != 0:
		c.actor = actAgent // "our rider", "our courier": a party the company answers for
	case head&lxThirdNoun != 0 && az.ourFirmAfter(headAt, j):
		c.actor = actAgent // "the driver from our courier": a party of a party the company answers for
	case head&(lxThirdNoun|lxThird) != 0 || det&lxTheirs != 0:
		c.actor = actThird
	case head&lxCompanyNoun != 0 && hiredByYou:
		c.actor = actThird // "the heating engineer you hired": the customer's party, not ours
	case hiredOutright && head&(lxDeliverable|lxRuleNoun|lxFaultNoun) == 0:
		c.actor = actThird // "the piano tuner you hired", "the builder you employed": whoever it is, theirs
	case hiredByYou && serviceNouns.has(az.tok.toks[headAt].id):
		c.actor = actThird // "the booking site you used", "the website you used": a firm of their choosing
	case head&lxCompanyNoun != 0 && (yours || theirs):
		c.actor = actThird // "your IT team", "the bank's fraud team"
	case theirs && !yours && head&(lxDeliverable|lxFaultNoun|lxRuleNoun) == 0:
		c.actor = actThird // "the courier's van broke down", "the seller's system crashed": another firm's own kit
	case j > headAt+2 && !gerund && head&(lxDeliverable|lxFaultNoun|lxRuleNoun|lxCustomers) == 0 && az.fromAnotherParty(headAt+1, j):
		c.actor = actThird // "an update from Apple broke the app": another firm's own work
	case head&lxCompanyNoun != 0:
		c.actor = actAgent
	case head&lxCustomers != 0 || det&lxCustomers != 0:
		c.actor, c.generic = actCustomers, true
	}
	c.named = c.actor == actThing && head == 0 && az.namedParty(headAt) // "the Royal Mail lot lost it"
	return j
}

// auxAfterRelative finds the auxiliary after a relative clause without "that"
// inside a subject ("the money you paid for delivery has ..."): a pronoun, a
// verb, then within a few words an auxiliary, with no pause between. It returns
// the auxiliary's token, or 0.
func (az *analyzer) auxAfterRelative(c *clause, j int) int {
	from := j + 2
	if m := az.auxRelativeEnd(c, j); m > 0 {
		from = m // "the cancellation screen you'd have seen | says": a perfect, its auxiliaries before its participle
	} else if az.lexAt(j)&auxBits != 0 {
		return 0 // "you'll" opens no relative clause but a perfect one
	} else if j+3 < c.hi && az.lexAt(j+1)&lxBe != 0 && az.lexAt(j+1)&(lxAgent|lxCustomer|lxThing|lxThird) == 0 && az.looksLikeVerb(j+2) {
		from = j + 3 // "the receipt you were given | states": a passive of the customer's
	} else if j+3 < c.hi && !objectPronouns.has(az.tok.toks[j].id) && az.relativeAdverbAt(j+1) && az.formOf(j+2, c) == formPast {
		from = j + 3 // "the terms you actually agreed to | say": an adverb inside the relative clause
	} else if j+2 >= c.hi || objectPronouns.has(az.tok.toks[j].id) || az.formOf(j+1, c) != formPast && !(az.formOf(j+1, c) == formBase && az.lexAt(j+2)&lxPrep != 0 && az.lexAt(j+1)&^(lxRuleNoun|lxDeliverable|lxThirdNoun) == 0) {
		return 0 // but "the hosting provider we contract with | is": a present verb and its preposition; "ringing us" has an object, no subject
	}
	for k := from; k < c.hi && k <= j+7; k++ {
		if az.tok.toks[k-1].pause && !az.appositiveClosed(c, k, from) {
			return 0
		}
		if b := az.lexAt(k); b&(lxBe|lxHave|lxWill|lxCan|lxDo) != 0 && b&(lxAgent|lxCustomer|lxThing|lxThird) == 0 {
			return k
		}
		if k == j+3 && az.tok.toks[k-1].id == idTo && az.lexAt(k) == 0 && (sayVerbs[lemma(az.tok.keyOf(&az.tok.toks[k]))] || coverVerbs[lemma(az.tok.keyOf(&az.tok.toks[k]))]) {
			return k // "the terms you agreed to | say no refunds": the relative ends on its preposition, and a document speaks
		}
		if (az.lexAt(k)&(lxNeg|lxFreq) != 0 && az.lexAt(k)&auxBits == 0 || az.noLongerAt(k, c.hi)) && az.verbPastAdverbs(k, c.hi) {
			return k // "the transfer you booked | no longer lines up", "the parcel you sent | never arrived"
		}
		if kk := az.tok.keyOf(&az.tok.toks[k]); az.lexAt(k)&^lxIrregular == 0 && az.lexAt(k-1)&(lxDet|lxPrep) == 0 &&
			(verbs.bare[kk] != 0 || az.markAt(k)&lxReport != 0 || az.looksLikeVerb(k) || (sayVerbs[lemma(kk)] || verbs.bare[lemma(kk)] != 0) && strings.HasSuffix(kk, "s") ||
				k+1 < c.hi && az.lexAt(k+1)&lxPrep != 0 && az.presentInDictionary(k)) {
			// "the photos you sent | show it was dropped", "the parcel you ordered | arrived", "the agreement you
			// signed | spells out", "| sets out", "the claim reference you've been quoting | belongs to": a verb
			// with no auxiliary
			return k
		}
	}
	return 0
}

// relativeAdverbAt reports an adverb at i that may stand between a
// relative clause's pronoun and its verb: "you actually agreed to", "you
// originally booked".
func (az *analyzer) relativeAdverbAt(i int) bool {
	b := az.lexAt(i)
	return b&lxAdverb != 0 && b&(auxBits|lxNeg|lxDet|lxPrep) == 0 || az.isLyAdverb(i, az.tok.keyOf(&az.tok.toks[i]))
}

// appositiveClosed reports the comma before k closing a noun phrase set
// off by commas, right after its relative clause's verb (and its
// preposition, if it ends on one), with the main verb group opening at k:
// "TripHopper, the booking site you used, | never passed us your flight
// number". The name before it is the subject; the phrase only says who
// that is.
func (az *analyzer) appositiveClosed(c *clause, k, from int) bool {
	atEnd := k == from || k == from+1 && az.lexAt(from)&lxPrep != 0 // "the agent you booked through,"
	return atEnd && c.subj > 0 && az.tok.toks[c.subj-1].pause && az.lexAt(k)&(lxNeg|lxBe|lxHave|lxWill|lxCan|lxDo) != 0 &&
		az.lexAt(k)&(lxAgent|lxCustomer|lxThing|lxThird) == 0
}

// auxRelativeEnd reads a relative clause without "that" told with
// auxiliaries inside a subject: at j a pronoun, its auxiliaries (in it, as
// in "you'd" or "you're", or after it: "would have", "had"), then a past
// participle, or after a form of be a participle in -ing ("the charge
// you're seeing"). It returns the token after the participle, or 0.
func (az *analyzer) auxRelativeEnd(c *clause, j int) int {
	if j == 0 || !az.nounAt(j-1) || az.tok.toks[j-1].id == idAs || az.tok.toks[j-1].id == idLike {
		return 0 // "as I have said", "like I've said": no noun for a relative clause to tell of
	}
	bj := az.lexAt(j)
	aux, be := bj&auxBits != 0, bj&lxBe != 0
	k := j + 1
	for ; k < c.hi && k <= j+2 && az.lexAt(k)&(lxHave|lxWould|lxWill|lxCan|lxMust|lxBe) != 0 && az.lexAt(k)&(lxAgent|lxCustomer|lxThird|lxThing) == 0; k++ {
		aux, be = true, be || az.lexAt(k)&lxBe != 0
	}
	if !aux || k+1 >= c.hi || az.tok.toks[k-1].pause {
		return 0
	}
	if f := az.formOf(k, c); f != formPast && !(be && f == formIng) {
		return 0
	}
	return k + 1
}

// participleAfterNoun reports a word in -ing at j that opens a phrase
// inside the subject after its noun: a verb's form, with a determiner or a
// preposition after it ("the engineer | fixing your boiler", "the lad |
// delivering your parcel"). "The hotel booking system" has a noun after it,
// and "the policy wording you signed" a relative clause.
func (az *analyzer) participleAfterNoun(j, hi int) bool {
	toks := az.tok.toks
	if j+1 >= hi || az.lexAt(j) != 0 || toks[j].pause || toks[j-1].pause {
		return false // the cheap tests first: most words are no participle
	}
	k := az.tok.keyOf(&toks[j])
	if len(k) < 5 || !strings.HasSuffix(k, "ing") || !az.nounAt(j-1) && az.lexAt(j-1)&(lxAnyone|lxCustomers|lxThirdNoun|lxCompanyNoun) == 0 {
		return false
	}
	next := az.lexAt(j + 1)
	if next&(lxAgent|lxCustomer|lxThird) != 0 && next&lxDet == 0 && toks[j+1].id != idYour {
		return false // "the policy wording | you signed up to": a noun, then a relative clause
	}
	return (next&(lxDet|lxPrep|lxOurDet) != 0 || toks[j+1].id == idYour) && isVerbBase(lemma(k))
}

// mainAfterParticiple finds the main verb after a participle's phrase
// inside a subject: an auxiliary, a past form not after a determiner, or a
// present that agrees with the noun before the participle, within ten words
// and before any pause. It returns 0 when the words do not read that way.
func (az *analyzer) mainAfterParticiple(c *clause, j int) int {
	toks := az.tok.toks
	plural := az.tok.keyOf(&toks[j-1])[len(az.tok.keyOf(&toks[j-1]))-1] == 's'
	for m := j + 2; m < c.hi && m <= j+10; m++ {
		if toks[m-1].pause {
			return 0
		}
		b, before := az.lexAt(m), az.lexAt(m-1)
		switch {
		case b&auxBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0:
			return m // "anyone booking the saver fare | has agreed"
		case before&(lxDet|lxOurDet|lxPrep) != 0 || toks[m-1].id == idYour:
			continue // a noun's word: "in the | room"
		case b&^lxIrregular == 0 && az.formOf(m, c) == formPast && (az.looksLikeVerb(m) || az.tok.keyOf(&toks[m]) == "set"):
			return m // "fixing your boiler | found a leak"
		case !plural && az.presentVerb(m):
			return m // "the courier delivering to your street | leaves"
		case plural && az.pluralVerbAt(m):
			return m // "accounts streaming on four screens at once | get paused"
		}
	}
	return 0
}

// relativeVerbAfter returns the verb of a relative clause without "that"
// whose subject pronoun is at i: "the address you | gave us", "the address
// you'd given | us". It returns 0 when no verb follows the pronoun so.
func (az *analyzer) relativeVerbAfter(c *clause, i int) int {
	if m := az.auxRelativeEnd(c, i); m > 0 {
		return m - 1
	}
	if az.lexAt(i)&auxBits != 0 || i+1 >= c.hi {
		return 0
	}
	if i+2 < c.hi && az.relativeAdverbAt(i+1) && !objectPronouns.has(az.tok.toks[i].id) {
		return i + 2 // "the reading you obviously sent us": an adverb between the pronoun and its verb
	}
	return i + 1
}

// relativeWords open a relative clause inside a subject.
var relativeWords = idSetOf("who that which")

// mainAfterRelative finds where the main verb group starts after a relative
// clause inside a subject ("passengers who don't check in online | are
// always the ones"): the relative clause's own verb comes first, then, a word
// or more later and before any pause, an auxiliary, a negation or a past
// form. It returns that token, or 0 when the words do not read that way.
func (az *analyzer) mainAfterRelative(c *clause, j int) int {
	k := j + 1
	aside := az.tok.toks[j-1].pause // ", which you accepted at booking, | clearly state"
	head := az.tok.keyOf(&az.tok.toks[j-1])
	plural := az.lexAt(j-1)&lxCustomers != 0 || strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss")
	if aside && k < c.hi && az.lexAt(k)&(lxAgent|lxCustomer|lxThird) != 0 && az.lexAt(k)&lxDet == 0 {
		k++ // the relative clause's own subject: ", which you accepted"
	}
	for k < c.hi && az.lexAt(k)&(auxBits|lxNeg|lxAdverb) != 0 && az.lexAt(k)&(lxAgent|lxCustomer|lxThing) == 0 {
		k++ // the relative clause's own auxiliaries: "who don't", "that has"
	}
	whoActs := az.tok.keyOf(&az.tok.toks[j]) == "who" && k < c.hi && az.lexAt(k) == 0 // "who pack": after "who", a plain word is its verb
	if k >= c.hi || !az.looksLikeVerb(k) && verbs.bare[az.tok.keyOf(&az.tok.toks[k])] == 0 && !whoActs &&
		!(aside && (k > j+1 || verbs.bare[lemma(az.tok.keyOf(&az.tok.toks[k]))] != 0)) {
		return 0 // "the one that" with no verb of its own
	}
	for m := k + 2; m < c.hi && m <= k+14; m++ {
		if az.tok.toks[m-1].pause {
			if aside && az.predicateAt(m, c.hi) {
				return m
			}
			return 0
		}
		if aside {
			continue // ", which was issued to the address held on file, | was not acted upon": set off, it ends at its comma
		}
		b := az.lexAt(m)
		if b&(auxBits|lxNeg) != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 || b&^lxIrregular == 0 && az.looksLikeVerb(m) && az.lexAt(m-1)&lxDet == 0 {
			return m // "who visited on Monday | found", "that sold you the handset | never unlocked it"
		}
		if b == 0 && az.presentVerb(m) && az.lexAt(m-1)&(lxDet|lxOurDet|lxPrep) == 0 && az.looksLikeVerb(k) {
			return m // "the charger that came with it | works fine": a present verb after a past relative clause
		}
		if plural && az.pluralVerbAt(m) {
			if m+1 < c.hi && !az.tok.toks[m].pause && (az.pluralVerbAt(m+1) || az.lexAt(m+1)&auxBits != 0 && az.lexAt(m+1)&(lxAgent|lxCustomer|lxThird|lxThing) == 0) {
				// "patients who skip the aftercare check | tend to", "customers who skip the seating
				// plan | do end up": a verb or an auxiliary next, the first ends a noun
				return m + 1
			}
			return m // "customers who skip the wizard | tend to", "customers who pack their own | often skimp"
		}
	}
	return 0
}

// pluralVerbAt reports, after a plural subject's relative clause, its own
// verb at m in the base form, maybe after a frequency adverb: "tend",
// "often skimp". A word after a determiner or a preposition is a noun.
func (az *analyzer) pluralVerbAt(m int) bool {
	toks := az.tok.toks
	afterFreq := az.lexAt(m)&lxFreq != 0 && m+1 < len(toks) && toks[m+1].sent == toks[m].sent
	if afterFreq && toks[m+1].id == idTo {
		return true // "tend to": the word of habit is the verb
	}
	if afterFreq {
		m++ // "often skimp"
	}
	if az.lexAt(m) != 0 || toks[m].apos || az.lexAt(m-1)&(lxDet|lxOurDet|lxPrep|lxYour) != 0 || az.hyphenated(m) {
		return false
	}
	k := az.tok.keyOf(&toks[m])
	// a verb the lists know, or any plain word after "often" or before "to": "tend to"
	return verbs.bare[k] != 0 || (afterFreq || m+1 < len(toks) && toks[m+1].id == idTo) && !strings.HasSuffix(k, "s")
}

// countedAt reports a number at i, as a word or in digits: "all five", "all 3".
func (az *analyzer) countedAt(i int) bool {
	return i < len(az.tok.toks) && (az.tok.toks[i].num || numberWords.has(az.tok.toks[i].id))
}

// singleShares pick one of a group: "one of the kids" is someone, not people in general.
var singleShares = idSetOf("one either neither each")

// quantityNouns head a phrase whose real head follows "of": "a lot of people".
var quantityNouns = idSetOf(quantityNounsList)

const quantityNounsList = "lot lots number few couple majority plenty loads bunch most many some all half one either neither none each both rest"

// genericDets make a plural subject mean things in general: "most outages".
var genericDets = idSetOf(genericDetsList)

const genericDetsList = "most many all some"

// verbAfterNoun reports a verb ending a noun phrase without an auxiliary: "the
// fare rules say", "a lot of members forget", "the courier says". It needs a
// verb (see verbBaseAt), after a plural or with its own -s.
func (az *analyzer) verbAfterNoun(j int) bool {
	if az.lexAt(j) != 0 || az.tok.toks[j].apos || az.lexAt(j-1)&(lxDet|lxOurDet) != 0 || numberWords.has(az.tok.toks[j-1].id) || az.tok.toks[j-1].num && !az.amountEndsAt(j-1) ||
		az.tok.toks[j-1].apos && strings.HasSuffix(az.tok.keyOf(&az.tok.toks[j-1]), "'s") {
		// "your boiler's": a possessive or a noun and its 's, not a verb in -s; "the emails",
		// "two emails", "the driver's notes": a noun after a determiner, a number or a possessive;
		// but an amount is a head of its own ("the £64 stays")
		return false
	}
	k := az.tok.keyOf(&az.tok.toks[j])
	if j+1 < len(az.tok.toks) && az.lexAt(j+1)&auxBits != 0 && !az.tok.toks[j].pause {
		return false // "bank transfers can take": a plural noun before its auxiliary; not "the $40 stands, | I'm afraid"
	}
	report := az.markAt(j)&lxReport != 0 // "the high bill reflects", "our systems indicate": a record's verb of showing
	if len(k) >= 8 && strings.HasSuffix(k, "ings") {
		return false // "the network settings on your console", "the bookings": a noun in -ing, made plural
	}
	if l := lemma(k); l != k && strings.HasSuffix(k, "s") {
		return az.verbBaseAt(j, l) || report || az.presentAfterSingular(j, k)
	}
	prev := az.tok.keyOf(&az.tok.toks[j-1])
	return strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "'s") && az.lexAt(j-1)&(lxDet|lxThing) == 0 && (az.verbBaseAt(j, k) || report)
}

// hiringVerbs, in a relative clause of the customer's, make the party theirs:
// "the engineer you hired", "the builder you used".
var hiringVerbs = wordSet("hire use book employ get bring choose pick")

// hiredOutrightVerbs are the hiring verbs said only of people and firms.
var hiredOutrightVerbs = wordSet("hire employ")

// indefinites are pronouns a phrase can narrow: "everything on our side".
var indefinites = idSetOf("everything something anything")

// indefiniteTakesMore reports an indefinite at i that a phrase or a relative
// clause without "that" follows inside the subject: "everything on our side",
// "everything you needed | was spelled out".
func (az *analyzer) indefiniteTakesMore(c *clause, i int) bool {
	next := az.lexAt(i + 1)
	return next&lxPrep != 0 || next&(lxCustomer|lxAgent) != 0 && next&auxBits == 0 && az.auxAfterRelative(c, i+1) > 0 ||
		az.timeAfterThat(i+1) // "anything after that | is between you and them"
}

// timeAfterThat reports "after that", "before this" at i: a phrase of time
// that narrows the pronoun before it.
func (az *analyzer) timeAfterThat(i int) bool {
	toks := az.tok.toks
	return i+1 < len(toks) && (toks[i].id == idAfter || toks[i].id == idBefore) && thisThat.has(toks[i+1].id)
}

// noOne are subjects that deny: "nobody on our side touched your files".
var noOne = idSetOf(noOneList)

const noOneList = "nobody nothing none neither"

// readNoOne reads a denying subject and what narrows it ("nobody on our
// side", "nothing you did"), up to the verb group: a negated clause whose
// subject is someone, or something.
func (az *analyzer) readNoOne(c *clause, i int) int {
	c.subj, c.actor, c.neg = i, actThird, true
	if k := az.tok.keyOf(&az.tok.toks[i]); k == "nothing" || k == "neither" {
		c.actor = actThing // "neither reminder was opened": things, denied
	}
	j := i + 1
	for ; j < c.hi && j <= i+6; j++ {
		b := az.lexAt(j)
		if b&(auxBits|lxNeg) != 0 && b&(lxAgent|lxCustomer) == 0 || az.looksLikeVerb(j) && az.lexAt(j-1)&(lxAgent|lxCustomer) == 0 {
			break
		}
		if t := az.tok.toks[j]; j > i+1 && t.apos && endsInApostropheS(az.tok.key(t)) && j+1 < c.hi &&
			strings.HasSuffix(az.tok.keyOf(&az.tok.toks[j+1]), "ing") && az.verbAfterApostropheS(j+1, c) {
			az.noteAux(c, lxBe) // "nobody else on your road's | reporting any issues": the 's is "is"
			c.lastAux = j
			return j + 1
		}
	}
	return j
}

// verbAfterPlace returns the verb after a phrase of place that starts at
// from, within six words and before any pause: an auxiliary, a present in
// "-s", or a past not after a determiner. It returns 0 when there is none.
func (az *analyzer) verbAfterPlace(c *clause, from int) int {
	toks := az.tok.toks
	for m := from + 1; m < c.hi && m <= from+6; m++ {
		if toks[m-1].pause {
			return 0
		}
		b := az.lexAt(m)
		switch {
		case b&auxBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0:
			return m
		case az.lexAt(m-1)&(lxDet|lxOurDet|lxPrep) != 0 || toks[m-1].id == idYour:
			continue
		case az.presentVerb(m) || b&^lxIrregular == 0 && az.looksLikeVerb(m):
			return m
		}
	}
	return 0
}

// participleWithObject reports a regular participle followed by its object
// ("the rain's flooded the depot", "your bank's blocked it"): after "'s",
// that is "has", not "is".
func (az *analyzer) participleWithObject(j, hi int) bool {
	return az.looksLikeVerb(j) && j+1 < hi && (az.lexAt(j+1)&(lxDet|lxCustomer|lxAgent|lxThird) != 0 && az.lexAt(j+1)&lxPrep == 0 ||
		az.tok.toks[j+1].id == idIt || objectPronouns.has(az.tok.toks[j+1].id)) // "your bank's blocked it": no passive takes an object
}

// verbAfterAnyonesPhrase returns the verb after "anyone" at i and the phrase
// that narrows it, in a question whose auxiliary came first: "did anyone in
// your party | forward the email", "is anyone else in the house |
// streaming". The verb is a listed base form, an -ing form or have; it
// returns 0 when no phrase follows or no such verb comes within a few words.
func (az *analyzer) verbAfterAnyonesPhrase(c *clause, i int) int {
	j := i + 1
	if j < c.hi && az.markAt(j)&lxElse != 0 {
		j++ // "anyone else"
	}
	if j+1 >= c.hi || az.lexAt(j)&lxPrep == 0 {
		return 0
	}
	toks := az.tok.toks
	for k := j + 2; k < c.hi && k <= j+5; k++ {
		if toks[k-1].pause || az.lexAt(k-1)&(lxDet|lxOurDet|lxPrep) != 0 {
			continue
		}
		key := az.tok.keyOf(&toks[k])
		if b := az.lexAt(k); b == 0 && (verbs.bare[key] != 0 || len(key) > 4 && strings.HasSuffix(key, "ing")) || b&lxHave != 0 && b&lxNeg == 0 {
			return k
		}
	}
	return 0
}

// pluralNounAt reports a plain word in -s at i that is no verb the lists
// know in that form: "payments", "rings".
func (az *analyzer) pluralNounAt(i int) bool {
	k := az.tok.keyOf(&az.tok.toks[i])
	return az.lexAt(i) == 0 && strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") && !az.tok.toks[i].apos && verbs.bare[k] == 0
}

// pluralBeforePast reports a bare plural at i, then a plain past verb with
// no verb group after it: "markets fell", "pipes froze overnight". The
// plural is the subject. Followed by a verb of its own ("items returned
// late are charged"), the past is a participle after its noun, which the
// search for "are" reads.
func (az *analyzer) pluralBeforePast(c *clause, i int) bool {
	toks := az.tok.toks
	if i+1 >= c.hi || toks[i].apos || toks[i].pause {
		return false
	}
	k, next := az.tok.keyOf(&toks[i]), az.tok.keyOf(&toks[i+1])
	if !strings.HasSuffix(k, "s") || strings.HasSuffix(k, "ss") || strings.HasSuffix(next, "s") || strings.HasSuffix(next, "ing") ||
		az.lexAt(i+1)&(auxBits|lxPrep|lxDet) != 0 || !az.looksLikeVerb(i+1) {
		return false
	}
	for j := i + 2; j < c.hi && j <= i+6; j++ {
		if az.lexAt(j)&auxBits != 0 {
			return false
		}
	}
	return true
}

// verbOfPeopleAt reports the word at j, after a subject that names people,
// as their verb: any plain word straight after the noun ("most customers
// manage to"); after a phrase, a word the verb lists know ("most people on
// this tariff know"); and a verb that is also a noun when its object
// follows ("a lot of people order the wrong size"), or "to" ("most of our
// customers manage to"), for people are not a noun's modifier as "customer"
// is in "customer order".
func (az *analyzer) verbOfPeopleAt(j, hi int, inPP bool) bool {
	b := az.lexAt(j)
	if b&^nounBits != 0 || az.lexAt(j-1)&(lxDet|lxThing) != 0 && (b != 0 || inPP) {
		return false
	}
	k := az.tok.keyOf(&az.tok.toks[j])
	switch {
	case b == 0 && !inPP:
		return true
	case b == 0 && verbs.bare[k] != 0:
		return true
	}
	return j+1 < hi && (az.lexAt(j+1)&(lxDet|lxOurDet) != 0 || az.tok.toks[j+1].id == idTo) && isVerbBase(k)
}

// verbPastAdverbs reports a verb with no auxiliary after the negation or
// word of frequency at k and at most one more such word ("no longer",
// "never", "still"): a past form, or a present in -s the dictionary knows.
func (az *analyzer) verbPastAdverbs(k, hi int) bool {
	for m := k + 1; m < hi && m <= k+2; m++ {
		if az.lexAt(m)&(lxNeg|lxFreq|lxAdverb) != 0 || az.tok.toks[m].id == idLonger {
			continue
		}
		kk := az.tok.keyOf(&az.tok.toks[m])
		return az.lexAt(m)&^lxIrregular == 0 && (az.looksLikeVerb(m) || strings.HasSuffix(kk, "s") && isVerbBase(lemma(kk)))
	}
	return false
}

// noLongerAt reports "no longer" at k.
func (az *analyzer) noLongerAt(k, hi int) bool {
	return az.tok.toks[k].id == idNo && k+1 < hi && az.tok.toks[k+1].id == idLonger
}

// idLonger is the id of "longer", as in "no longer".
var idLonger = wordID("longer")

// articles are "the", "a" and "an".
var articles = idSetOf(articlesList)

const articlesList = "the a an"

// serviceNouns name a firm by the service it runs, which a customer may
// choose to use: "the booking site you used".
var serviceNouns = idSetOf(serviceNounsList)

const serviceNounsList = "site website platform app marketplace reseller"

// presentInDictionary reports a present in "-s" at k whose base the
// English dictionary knows as a verb: "belongs", "relates".
func (az *analyzer) presentInDictionary(k int) bool {
	kk := az.tok.keyOf(&az.tok.toks[k])
	return !strings.HasSuffix(kk, "ss") && presentOfDictionaryVerb(kk)
}

// presentOfDictionaryVerb reports a word in "-s" whose lemma differs from
// it and is a verb the English dictionary knows: "handles", "belongs".
func presentOfDictionaryVerb(k string) bool {
	l := lemma(k)
	return l != k && strings.HasSuffix(k, "s") && isVerbBase(l)
}

// fromAnotherParty reports "from" at lo, right after a subject's head, and
// a third party after it, before hi: "an update from Apple", "a software
// update from the phone maker"; not "the parcel from our warehouse".
func (az *analyzer) fromAnotherParty(lo, hi int) bool {
	if az.tok.toks[lo].id != idFrom {
		return false // "keeping the PIN away from the kids": the phrase is no origin of the head
	}
	j := lo + 1
	if az.lexAt(j)&lxDet != 0 && az.lexAt(j)&lxOurDet == 0 && j+1 < hi {
		j++
	}
	for end := min(hi, j+2); j < end; j++ { // "from the phone maker": a noun may come before the party's
		b := az.lexAt(j)
		if b&(lxThird|lxThirdNoun) != 0 && b&(lxOurDet|lxAgent) == 0 || b == 0 && az.namedParty(j) {
			return true
		}
		if b != 0 {
			return false
		}
	}
	return false
}
