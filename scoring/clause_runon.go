package scoring

import "strings"

// Clause boundaries a writer leaves unmarked, and what opens or wraps a
// clause: a condition running into the clause it conditions without a comma
// ("if he binned the letters | that's hardly on us"), a phrase before the
// subject ("by then | the courier had closed it"), "how many ..." before a
// question's auxiliary, subjects with a clause inside ("whatever they
// charged you", "whoever set it up"), and verbs that wrap the main one
// ("keeps getting", "turned out to be").

// mainAfterCondition reports a main clause opening at i inside a clause that
// began at lo with "if", "unless" or "when", with no comma between them: the
// condition has had its verb and something after it, and a subject holding
// its own auxiliary ("that's", "it's", "you'll") follows. After a verb of
// knowing or saying the pronoun opens what is known ("if you think it's
// wrong"), and the condition goes on.
func (az *analyzer) mainAfterCondition(lo, i int) bool {
	toks := az.tok.toks
	b := az.lexAt(i)
	if toks[i-1].pause && b&(lxAgent|lxCustomer|lxThird|lxThing|lxDet) == 0 {
		return az.bareSubjectAfterOpener(az.conditionAt(lo), i) // "as you chose the basic tier, | downloads were never part of it"
	}
	if b&lxDet != 0 && i >= lo+4 && az.unrealMainAt(lo, i) {
		return true // "if the hospital had coded it correctly | the insurer would have paid it"
	}
	if b&lxDet != 0 && i >= lo+4 && az.mainNounPhraseAfterCondition(lo, i) {
		return true // "once it's left our packing site | the box is really the courier's to look after"
	}
	if b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 || b&lxDet != 0 || i < lo+3 {
		return false
	}
	open := az.conditionAt(lo)
	if open >= 0 && az.asARole(open, i) {
		return true // "as the seller | it's on you to post the item": "as" names a role, no reason
	}
	if i < lo+4 && !az.pronounThenVerbAt(open+1) {
		return false // "when you rang | we were closed" is short, but its verb is plain
	}
	if open < 0 || b&auxBits == 0 && az.reasonOpener(open) && !az.modalAfter(i) {
		return false // a reason is often narrowed by a relative clause: "because that's the address | you left on file" goes on
	}
	if b&auxBits == 0 && (objectPronouns.has(toks[i].id) || i+1 >= len(toks) || toks[i+1].sent != toks[i].sent ||
		az.lexAt(i-1)&^(lxIrregular|lxThirdNoun|lxDeliverable|lxRuleNoun|lxFaultNoun|lxCompanyNoun) != 0 && !az.personAfterObject(i) ||
		!az.looksLikeVerb(i+1) && az.lexAt(i+1)&auxBits == 0 && !az.presentVerb(i+1)) {
		return false // a pronoun without its auxiliary opens the main clause only before its verb, after a noun: "last time this happened | it turned out"
	}
	prev := az.lexAt(i - 1)
	if prev&(auxBits|lxPrep|lxConj|lxSub|lxNeg|lxCond) != 0 || az.markAt(i-1)&(lxReport|lxGuess) != 0 || toks[i-1].id == idThat {
		return false // "if it is | it's", "if you think it's", "if anything it's"
	}
	// The condition's own verb, then at least one word before i; or, before a
	// pronoun and its verb, the condition's verb right before: "when you rang | we were closed".
	last := i - 1
	if b&auxBits == 0 {
		last = i
	}
	if open+2 < last && az.pronounThenVerbAt(open+1) {
		return true // "if you cancel now | we'll refund it", "once it leaves our warehouse | it's with the courier"
	}
	for j := open + 2; j < last; j++ {
		if jb := az.lexAt(j); jb&auxBits != 0 && jb&lxBe == 0 || az.looksLikeVerb(j) || jb&lxBe != 0 && az.lexAt(j-1)&(lxAgent|lxCustomer|lxThird|lxThing|lxDet) != 0 {
			return true
		}
		if az.presentVerb(j) && az.lexAt(j-1)&(lxDet|lxOurDet|lxYour|lxPrep) == 0 {
			return true // "once the restaurant accepts the order | it's out of our hands"
		}
	}
	for j := open + 1; j < i-1; j++ {
		if az.lexAt(j)&auxBits != 0 && az.lexAt(j)&(lxAgent|lxCustomer|lxThird|lxThing) != 0 {
			return true // "if it's gone from there | that's ..."
		}
	}
	return false
}

// idWhether is the id of "whether", which asks rather than conditions.
var idWhether = wordID("whether")

// skipHowPhrase passes over what "how" asks about before a question's
// auxiliary: "how many times | was the PIN typed in?", "how long | did you
// leave it?". It returns the token after the phrase, or i when there is none.
func (az *analyzer) skipHowPhrase(c *clause, i int) int {
	if i >= c.hi || i < 1 || az.tok.toks[i-1].id != idHow {
		return i
	}
	switch {
	case howDegrees.has(az.tok.toks[i].id):
		return i + 1 // "how long", "how often"
	case howAmounts.has(az.tok.toks[i].id):
		j := i + 1
		for ; j < c.hi && j <= i+2 && az.lexAt(j)&auxBits == 0 && !az.tok.toks[j-1].pause; j++ {
		}
		if j < c.hi && az.lexAt(j)&auxBits != 0 {
			return j // "how many times", "how much data"
		}
	}
	return i
}

// What "how" asks about: an amount of something, or a degree.
var (
	idHow      = wordID("how")
	howAmounts = idSetOf(howAmountsList)
	howDegrees = idSetOf(howDegreesList)
)

const (
	howAmountsList = "many much"
	howDegreesList = "long often soon come"
)

// frontedPhraseEnd reads a phrase of time, place or case that opens a clause
// without a comma ("by then the courier had closed the trace", "in most of
// these cases it's the bank", "under their policy a no-show forfeits the
// stay") and returns the subject's token after it, or 0. The phrase is a
// preposition, "then" or a short noun phrase (determiner, plain words,
// numbers, "of"); the subject is a pronoun with a verb after it, or a
// determiner. A pronoun right after the preposition is its object ("for you
// it's"), never the subject; "by the time you ..." is a clause of its own.
func (az *analyzer) frontedPhraseEnd(c *clause, i int) int {
	toks := az.tok.toks
	if toks[i].pause || toks[i].id == idTo && (i == 0 || toks[i-1].id != idAccording) || toks[i].id == idOf || i+2 >= c.hi || az.byTheTime(i) {
		return 0 // "to" opens an infinitive, but not after "according"
	}
	if thenWords.has(toks[i+1].id) && az.lexAt(i+2)&(lxDet|lxAgent|lxCustomer|lxThird|lxThing) != 0 && az.lexAt(i+2)&lxBe == 0 {
		return i + 2 // "by then", "since then", "until now"
	}
	sawNoun := false
	for j := i + 1; j < c.hi && j <= i+maxFrontedPhrase; j++ {
		b := az.lexAt(j)
		switch {
		case toks[j-1].pause:
			if sawNoun && (az.bareSubjectAt(j, c.hi) || az.seenClauseAt(j, c.hi)) {
				return j // "under our terms, | refunds can't be given", "looking at your account, | faster payments usually arrive"
			}
			return 0
		case sawNoun && b&auxBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 && j-2 > i && az.plainNounAt(j-1) && az.plainNounAt(j-2) &&
			strings.HasSuffix(az.tok.keyOf(&toks[j-1]), "s"):
			return j - 1 // "under the scheme rules | permits can't be backdated": the last plural before the verb is its subject
		case sawNoun && toks[j].id == idThat && j+2 < c.hi && az.plainNounAt(j+1) && az.lexAt(j+2)&auxBits != 0:
			return j // "under the terms | that month can't be refunded"
		case sawNoun && b&(lxAgent|lxCustomer|lxThird|lxThing) != 0 && b&lxDet == 0 && j+1 < c.hi &&
			(b&auxBits != 0 || az.lexAt(j+1)&(auxBits|lxNeg|lxAdverb) != 0 || az.looksLikeVerb(j+1) || az.pronounThenVerbAt(j)):
			if b&auxBits == 0 && (j+2 >= c.hi || toks[j+1].pause) {
				return 0 // "under the terms you agreed, ...": a relative clause inside the phrase, its verb with no object
			}
			return j // "in most of these cases | it's", "in March | you changed"
		case sawNoun && b&(lxDet|lxOurDet) != 0 && b&(lxThing|lxCustomers) == 0 && az.lexAt(j-1)&(lxDet|lxPrep) == 0:
			return j // "under their policy | a no-show"
		case b&(lxDet|lxOurDet) != 0 && (!sawNoun || az.lexAt(j-1)&lxPrep != 0) || toks[j].id == idOf || b&lxThing != 0 && b&auxBits == 0 && az.lexAt(j-1)&lxPrep != 0 && toks[j].id != idThat:
			// "in most of these cases": determiners, "of", "these"
		case (b == 0 || b&^(lxDeliverable|lxRuleNoun|lxThirdNoun|lxFaultNoun|lxCustomers) == 0) && (!az.looksLikeVerb(j) || az.participleBeforeNoun(j)) || toks[j].num:
			sawNoun = true
		default:
			return 0
		}
	}
	return 0
}

// maxFrontedPhrase is how many words a phrase put before the subject may
// run to: "under section 75 of the Consumer Credit Act | you are entitled".
const maxFrontedPhrase = 9

// participleBeforeNoun reports a past form at j between a determiner and a
// plain noun, where it describes the noun: "under the extended warranty".
func (az *analyzer) participleBeforeNoun(j int) bool {
	return j+1 < len(az.tok.toks) && az.lexAt(j-1)&lxDet != 0 && az.lexAt(j)&^lxIrregular == 0 && az.plainNounAt(j+1)
}

// bareSubjectAt reports a plain noun at j with an auxiliary right after it,
// maybe after a second noun: "refunds can't", "gift cards are".
func (az *analyzer) bareSubjectAt(j, hi int) bool {
	if j+1 >= hi || !az.plainNounAt(j) {
		return false
	}
	k := j + 1
	if az.plainNounAt(k) && k+1 < hi {
		k++
	}
	return az.lexAt(k)&auxBits != 0 && az.lexAt(k)&(lxAgent|lxCustomer|lxThird|lxThing) == 0
}

// thenWords close a phrase of time after a preposition: "by then", "since then".
var thenWords = idSetOf(thenWordsList)

const thenWordsList = "then now"

// idWhatever is the id of "whatever", a subject with its own clause inside.
var idWhatever = wordID("whatever")

// mainAfterWhatever finds the main verb group after "whatever" and the
// clause it holds: "whatever they charged you | is on them", "whatever
// happened to it | was after delivery". The clause inside has a subject
// (a pronoun or a short noun phrase) and a verb, or a verb alone; the main verb group is the next
// auxiliary that is no subject of its own, before any pause. It returns its
// token, or 0.
func (az *analyzer) mainAfterWhatever(c *clause, i int) int {
	k := i + 1
	switch {
	case k >= c.hi:
		return 0
	case az.lexAt(k)&(lxAgent|lxCustomer|lxThird|lxThing) != 0 && az.lexAt(k)&lxDet == 0:
		k++ // "whatever they charged you"
	case az.lexAt(k)&lxDet != 0:
		// "whatever the driver charged you": a short noun phrase, then its verb
		for k++; k < c.hi && k <= i+4 && (az.nounAt(k) || az.lexAt(k)&^lxCompanyNoun == 0) && !az.looksLikeVerb(k); k++ {
		}
	}
	for k < c.hi && az.lexAt(k)&(auxBits|lxNeg|lxAdverb) != 0 && az.lexAt(k)&(lxAgent|lxCustomer|lxThird|lxThing) == 0 {
		k++
	}
	if k >= c.hi || !az.looksLikeVerb(k) && verbs.bare[az.tok.keyOf(&az.tok.toks[k])] == 0 {
		return 0
	}
	for m := k + 1; m < c.hi && m <= k+10; m++ {
		if az.tok.toks[m-1].pause {
			return 0
		}
		if b := az.lexAt(m); b&auxBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 {
			return m
		}
	}
	return 0
}

// Verbs that wrap the verb group's main verb: "keeps getting", "turned out to be".
var (
	keepForms   = idSetOf(keepFormsList)
	turnForms   = idSetOf(turnFormsList)
	seemForms   = idSetOf(seemFormsList)
	happenForms = idSetOf(happenFormsList)
)

const (
	keepFormsList = "keep keeps kept"
	turnFormsList = "turn turns turned"
	seemFormsList = "seem seems seemed appear appears appeared"
	// "did you happen to leave it open?": the verb after "to" is the main one, said by chance
	happenFormsList = "happen happens happened"
)

// ingAt reports an -ing verb at i in c: "keeps getting", "keep entering".
func (az *analyzer) ingAt(i int, c *clause) bool {
	if i >= c.hi || az.lexAt(i)&^lxIrregular != 0 {
		return false
	}
	k := az.tok.keyOf(&az.tok.toks[i])
	return len(k) > 4 && k[len(k)-3:] == "ing"
}

// turnedOutToBe reports "turned out to be" at i: it links its subject to
// what follows as "was" does ("it turned out to be the charger").
func (az *analyzer) turnedOutToBe(i int, c *clause) bool {
	toks := az.tok.toks
	return i+3 < c.hi && az.tok.keyOf(&toks[i+1]) == "out" && toks[i+2].id == idTo && az.tok.keyOf(&toks[i+3]) == "be"
}

// noBeforeNoun reports "no" at i before a plain noun with a verb group
// after it: "no cancellation request was ever submitted", "no payment has
// come in". It denies the clause as "not" would.
func (az *analyzer) noBeforeNoun(i int) bool {
	toks := az.tok.toks
	if toks[i].id != idNo || i+2 >= len(toks) || toks[i+2].sent != toks[i].sent || !az.nounAt(i+1) {
		return false
	}
	for j := i + 2; j < len(toks) && j <= i+4 && toks[j].sent == toks[i].sent; j++ {
		if b := az.lexAt(j); b&auxBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 {
			return true
		}
		if !az.nounAt(j) {
			return false
		}
	}
	return false
}

// invertedNounPhrase reports a noun phrase at i, a determiner and up to three
// plain words, followed by "been", a participle or a base verb: the subject
// of a condition said with its auxiliary first ("had the card been
// reported", "should the payment fail"), not "had the money" or "had a
// look".
func (az *analyzer) invertedNounPhrase(i, hi int) bool {
	if i >= hi || az.lexAt(i)&(lxDet|lxOurDet) == 0 || az.lexAt(i)&auxBits != 0 {
		return false
	}
	for j := i + 1; j < hi && j <= i+4; j++ {
		k := az.tok.keyOf(&az.tok.toks[j])
		if j > i+1 && (k == "been" || k == "to" || az.looksLikeVerb(j) && az.lexAt(j-1)&lxDet == 0) {
			return true
		}
		if !az.nounAt(j) && az.lexAt(j)&^lxCompanyNoun != 0 || az.tok.toks[j].pause {
			return false
		}
	}
	return false
}

// reportedNounClause reports a clause without "that" opening with a noun
// phrase at i after a verb of knowing or showing (past any adverb): "the
// photos clearly show | the screen was cracked", "I can confirm | the
// refund has gone". The noun phrase is a few plain words and an auxiliary
// follows it, so the verb's object is a clause, not a noun ("we'll show the
// driver the way"). Verbs that tell or promise someone are left out.
func (az *analyzer) reportedNounClause(i int) bool {
	toks := az.tok.toks
	v := i - 1
	for v > 0 && az.lexAt(v)&lxAdverb != 0 && az.lexAt(v)&auxBits == 0 {
		v--
	}
	if v < 1 || toks[v].sent != toks[i].sent || az.markAt(v)&lxReport == 0 || az.tokenIn(&givingVerbs, v) || toks[i-1].pause ||
		toks[v-1].id == idTo || toks[i].quoted {
		return false // "I'll call to confirm the recall is complete" plans a report; quoted words are someone else's
	}
	for j := i + 1; j < len(toks) && j <= i+4 && toks[j].sent == toks[i].sent && !toks[j-1].pause; j++ {
		b := az.lexAt(j)
		if j > i+1 && b&auxBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 {
			return true
		}
		if j > i+1 && az.ingActAfterNoun(j, az.tok.sents[toks[i].sent].tokHi) {
			return true // "we saw | your son deleting the save file": an act seen, its verb without tense
		}
		if !az.nounAt(j) && b&^(lxCompanyNoun|lxCustomers) != 0 {
			return false
		}
	}
	return false
}

// conditionAt returns the token of the "if", "when", "last time" or
// "because" that opens the clause at lo, past a joining word ("so if ...",
// "and when ..."), or -1 when the clause opens with none.
func (az *analyzer) conditionAt(lo int) int {
	open := lo
	if az.lexAt(open)&(lxConj|lxOpener) != 0 && az.lexAt(open)&(lxCond|lxSub) == 0 && open+1 < len(az.tok.toks) {
		open++
	}
	id := az.tok.toks[open].id
	if az.lexAt(open)&(lxCond|lxTemporal) == 0 && (!conditionFirsts.has(id) || !az.timeNounOpener(open) && !az.reasonOpener(open)) || id == idWhether {
		return -1 // conditionFirsts spares the two calls at most clauses, which open with none of its words
	}
	return open
}

// conditionFirsts are the words timeNounOpener and reasonOpener can take
// at all: each turns away any other word at once.
var conditionFirsts = func() idSet {
	s := unionOf(timeNounFirsts, reasonOpeners)
	s.add(idThe) // "the moment you clicked confirm"
	return s
}()

// asARole reports "as" at open, then a determiner and a noun or two only,
// then at i a pronoun holding its auxiliary: "as the seller | it's on you",
// "as the account holder | you're the one who". "As" names a role here.
func (az *analyzer) asARole(open, i int) bool {
	toks := az.tok.toks
	if toks[open].id != idAs || i > open+4 || i < open+3 || az.lexAt(i)&auxBits == 0 || az.lexAt(open+1)&lxDet == 0 {
		return false
	}
	for j := open + 2; j < i; j++ {
		if !az.nounAt(j) || toks[j].pause && j != i-1 {
			return false
		}
	}
	return true
}

// modalAfter reports a modal right after the pronoun at i: "because you
// paid by transfer | we can't reverse it". A relative clause narrowing the
// reason seldom opens so ("the address you left on file").
func (az *analyzer) modalAfter(i int) bool {
	return i+1 < len(az.tok.toks) && az.tok.toks[i+1].sent == az.tok.toks[i].sent && az.lexAt(i+1)&(lxWill|lxWould|lxCan|lxMust) != 0 &&
		az.lexAt(i+1)&(lxAgent|lxCustomer|lxThird|lxThing) == 0
}

// personAfterObject reports "I", "we" or "you" at i after the object
// pronoun of a verb that reports nothing: "when you booked it | you ticked
// the box". After "told", "said" or "thought" the pronoun opens what was
// said ("when we told them | you'd moved"). "It" said twice ends one clause
// and opens the next: "after you signed for it | it was yours".
func (az *analyzer) personAfterObject(i int) bool {
	toks := az.tok.toks
	if i < 2 || toks[i-1].id != idIt && !objectPronouns.has(toks[i-1].id) {
		return false
	}
	if toks[i].id == idIt && toks[i-1].id == idIt {
		return true
	}
	return az.lexAt(i)&(lxAgent|lxCustomer) != 0 && az.lexAt(i)&lxDet == 0 && (az.looksLikeVerb(i-2) || az.isBareVerb(i-2)) &&
		az.markAt(i-2)&(lxReport|lxGuess) == 0
}

// pronounThenVerbAt reports a pronoun subject at i ("you", "it", "we") and
// right after it a verb in the present or the past ("cancel", "leaves",
// "rang"): the condition's verb, which a plain present form does not show
// on its own.
func (az *analyzer) pronounThenVerbAt(i int) bool {
	if i+1 >= len(az.tok.toks) || az.tok.toks[i+1].sent != az.tok.toks[i].sent {
		return false
	}
	return subjectPronoun(az.tok.toks[i]) && az.lexAt(i)&auxBits == 0 &&
		(az.looksLikeVerb(i+1) || az.presentVerb(i+1) || az.isBareVerb(i+1))
}

// mainNounPhraseAfterCondition reports, at i, an article, its noun and
// then that noun's verb, right after a noun that ends the condition, whose
// own verb came before: "once it's left our packing site | the box is",
// "once you've sent the form | the refund goes out". The article after a
// verb or a preposition is its object's: "once you've sent | the form".
func (az *analyzer) mainNounPhraseAfterCondition(lo, i int) bool {
	return az.lexAt(i)&lxOurDet == 0 && az.lexAt(i-1)&^(lxIrregular|lxDeliverable|lxThirdNoun|lxFaultNoun|lxRuleNoun|lxCompanyNoun) == 0 &&
		!az.looksLikeVerb(i-1) && az.nounAt(i-1) && az.finiteVerbWithin(lo+1, i-2-lo) && az.nounThenVerbAt(i+1)
}

// unrealMainAt reports, after an "if" with "had" (a condition contrary to
// fact), a determiner at i, a noun or two, then "would" or "could": the
// main clause, typed without a comma ("if the hospital had coded it
// correctly | the insurer would have paid it").
func (az *analyzer) unrealMainAt(lo, i int) bool {
	toks := az.tok.toks
	if az.lexAt(lo)&lxCond == 0 || !az.idIn(idHad, lo+1, i) {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+3 && toks[j].sent == toks[i].sent && !toks[j-1].pause; j++ {
		if b := az.lexAt(j); b&(lxWould|lxCan) != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 {
			return j > i+1
		}
		if !az.plainNounAt(j) {
			return false
		}
	}
	return false
}

// reasonOpener reports a word at i that opens a clause of reason, which
// runs into the clause it explains as a condition does ("since you never
// paid the bill | we closed the line"): "because", "since", and "as" before
// a subject that is not the agent ("as you said" only reports).
func (az *analyzer) reasonOpener(i int) bool {
	toks := az.tok.toks
	if !reasonOpeners.has(toks[i].id) {
		return false
	}
	if toks[i].id != idAs {
		return true
	}
	return az.subjectFollows(i+1) && az.lexAt(i+1)&lxAgent == 0
}

// reasonOpeners open a clause that gives a reason.
var reasonOpeners = idSetOf("because cos coz since as")

// bareSubjectAfterOpener reports a subject without a determiner at i, after
// a pause, ending a condition, time or reason that opened at open with its
// own subject: "as you selected the basic tier, | features such as downloads
// were never included", "when you rang, | staff were at lunch". The word is a
// noun, not a verb ("if it's broken, bring it back"), and a verb with its own
// tense follows within a few words.
func (az *analyzer) bareSubjectAfterOpener(open, i int) bool {
	toks := az.tok.toks
	if open < 0 || i < open+3 || !az.subjectFollows(open+1) || toks[i].num || toks[i].sent != toks[open].sent {
		return false
	}
	noun := az.nounAt(i) || az.lexAt(i)&lxCompanyNoun != 0 && az.lexAt(i)&auxBits == 0 // "staff", "engineers"
	if !noun || verbs.bare[az.tok.keyOf(&toks[i])] != 0 {
		return false
	}
	return az.finiteVerbWithin(i+1, 5)
}

// opensCondition reports a clause at lo that opens with a condition, a
// time or a reason, the only clauses mainAfterCondition can end: asked once
// a clause, not once a word.
func (az *analyzer) opensCondition(lo int) bool {
	return lo < len(az.tok.toks) && az.conditionAt(lo) >= 0
}

// objectPronouns are pronouns that are never a subject: "told them it was".
var objectPronouns = idSetOf(objectPronounsList)

const objectPronounsList = "them us me him her"

// timeNounOpener reports "last time", "every time", "each time", "next
// time" or "the moment" at i, which open a clause of when as "when" does
// ("last time this happened, it was the router").
func (az *analyzer) timeNounOpener(i int) bool {
	toks := az.tok.toks
	if i+2 < len(toks) && toks[i].id == idThe && momentWords.has(toks[i+1].id) && toks[i+2].sent == toks[i].sent {
		b := az.lexAt(i + 2)
		return b&(lxAgent|lxCustomer|lxThird|lxThing) != 0 && b&lxDet == 0 // "the moment you clicked confirm"
	}
	return i+1 < len(toks) && toks[i+1].id == idTime && toks[i+1].sent == toks[i].sent && timeNounFirsts.has(toks[i].id)
}

// momentWords after "the" and before a subject open a clause of when: "the
// moment you clicked confirm", "the minute it left the depot".
var momentWords = idSetOf(momentWordsList)

const momentWordsList = "moment second minute instant day"

// timeNounFirsts come before "time" in a clause of when.
var timeNounFirsts = idSetOf(timeNounFirstsList)

const timeNounFirstsList = "last every each next"

// presentVerb reports a verb in -s the lists know: "loses", "takes".
func (az *analyzer) presentVerb(i int) bool {
	k := az.tok.keyOf(&az.tok.toks[i])
	l := lemma(k)
	return l != k && strings.HasSuffix(k, "s") && az.lexAt(i) == 0 && verbs.bare[l] != 0
}

// idWhoever is the id of "whoever", a subject with its own clause inside.
var idWhoever = wordID("whoever")

// mainAfterWhoever finds the main verb after "whoever" and its own verb
// phrase: the next auxiliary, or the next past form not after a determiner,
// before any pause ("whoever set up the Wi-Fi | gave it"). It returns 0 when
// the words do not read that way.
func (az *analyzer) mainAfterWhoever(c *clause, i int) int {
	if i+1 >= c.hi || !az.looksLikeVerb(i+1) && verbs.bare[az.tok.keyOf(&az.tok.toks[i+1])] == 0 {
		return 0
	}
	for m := i + 3; m < c.hi && m <= i+12; m++ {
		if az.tok.toks[m-1].pause {
			return 0
		}
		b := az.lexAt(m)
		if b&(auxBits|lxNeg) != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 ||
			(az.looksLikeVerb(m) || samePast.has(az.tok.toks[m].id)) && az.lexAt(m-1)&lxDet == 0 {
			return m
		}
	}
	return 0
}

// samePast are verbs whose past is their base form: "whoever set it up put in
// the wrong reference".
var samePast = idSetOf(samePastList)

const samePastList = "put set let cut hit shut quit hurt"

// andNewSubject reports "and" at i before a new subject of its own, in a
// clause lo..i-1 that has had its verb: "your window shut on the 9th | and
// the box reached us on the 20th". The subject is a determiner (or "no")
// and a noun or two, and a past comes right after it: one event told after another. Before the
// clause's verb, "and" joins two nouns of one subject ("the charger and the
// cable were faulty"); with no verb after the noun, two objects ("we
// refunded the fee and the postage").
func (az *analyzer) andNewSubject(lo, i int) bool {
	// A sentence's tokens run unbroken to its end, hi: a token before hi is
	// in the sentence, with no test of its own.
	toks := az.tok.toks
	hi := az.tok.sents[toks[i].sent].tokHi
	if az.lexAt(i)&lxConj == 0 || clauseJoiners.has(toks[i].id) || az.lexAt(i)&lxOr != 0 || i+3 >= hi ||
		az.lexAt(i+1)&(lxDet|lxOurDet) == 0 && toks[i+1].id != idNo || az.lexAt(i+1)&(lxThing|lxCustomers) != 0 {
		return false // "and no card was added" opens a subject too
	}
	j := i + 2
	for ; j < hi && j < i+5 && !toks[j-1].pause && az.nounAt(j); j++ {
	}
	if j == i+2 || j >= hi || toks[j-1].pause {
		return false
	}
	if az.lexAt(j)&(lxSub|lxTemporal|lxCond) == 0 {
		j = az.phraseAfterSubject(j, hi) // not "and a text | before the plan renewed", a clause of when
	}
	for ; j < hi && az.adverbAt(j) && az.lexAt(j)&lxNeg == 0; j++ {
		// "and | the storm on Sunday brought down the mast", "and | the courier then left it": a short
		// phrase and an adverb the subject carries
	}
	if j >= hi {
		return false
	}
	if b := az.lexAt(j); !(b&lxPastAux != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 || b&^lxIrregular == 0 && az.looksLikeVerb(j)) {
		return false // a past: one event told after another; "and the bank is holding it" may be a guess's second half
	}
	return az.hasVerbBetween(lo, i)
}

// hasVerbBetween reports a verb with its own tense in tokens lo..hi-1: an
// auxiliary or a past form, or a subject holding its auxiliary ("it's").
func (az *analyzer) hasVerbBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if b := az.lexAt(j); b&auxBits != 0 || b&^(lxIrregular|lxWrong|softBits) == 0 && (az.looksLikeVerb(j) || samePast.has(az.tok.toks[j].id)) && (j == lo || az.lexAt(j-1)&lxDet == 0) {
			return true
		}
	}
	return false
}
