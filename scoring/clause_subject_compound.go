package scoring

import "strings"

// A sentence that opens on a noun with no determiner before it, often two
// nouns together: "Court fees went up", "Flea treatments only fail when",
// "Power cut on the high street knocked the ovens out", "Head office in
// Seattle sets the promo terms", "Quote clearly said". The first word may
// also be a verb ("quote", "power", "phone"), so an order ("Phone us after
// six", "Send photos to us") reads the same way up to its second word; what
// tells them apart is a verb of its own after the noun, which an order's
// object never has.

// compoundSubjectEnd returns the token where the verb group starts after a
// subject of one or two plain words opening the sentence (or following its
// semicolon), maybe with a
// short phrase after it ("on the high street", "like yours"), or i when
// none is read there.
func (az *analyzer) compoundSubjectEnd(c *clause, i int) int {
	toks := az.tok.toks
	if i != c.headLo || i != az.tok.sents[toks[i].sent].tokLo && !az.afterSemicolon(i) && !az.afterJoiningThat(c, i) && !(toks[i-1].pause && az.wrongThingThenVerb(i)) &&
		!(az.afterFrameOrPause(i) && (az.pluralBeforeBase(i) || !toks[i-1].pause)) || i+1 >= c.hi || c.question {
		// a compound opens a sentence, or a clause after a semicolon or after the "that" that joins it
		// ("our records show that | page three was left blank"), or after a pause a wrong thing (", wrong
		// pack was ticked"); after a pause, a plural before its verb ("I'm sorry, | lifts close at 4pm"): two
		// presents never stand together; and after a frame that takes a clause, any compound ("looks like |
		// proofs go out", "it seems | air traffic control restrictions held the plane")
		return i
	}
	plural := az.pluralBeforeBase(i) // "Mistakes happen"
	described := !plural && az.participleOpening(i, c.hi)
	qualified := !plural && !described && az.wordBeforePlural(i, c.hi) // "New tenants hardly ever tell us", "Double bookings happen"
	if !plural && !described && !qualified && (i+2 >= c.hi || !az.plainNounAt(i) && !az.wrongOpening(i)) {
		return i
	}
	j := i + 1
	switch {
	case qualified:
		j++
	case plural:
	case az.plainNounAt(j):
		j++ // "court fees", "power cut"
		for j < c.hi && j < i+4 && az.plainCompoundWord(i) && az.plainCompoundWord(j) && az.plainNounAt(j) && !az.looksLikeVerb(j) && !az.finiteAfterSubject(j, i, c.hi) {
			j++ // "air traffic control restrictions": plain nouns, none of which can be the verb
		}
	case !az.adverbAt(j) && (az.phraseAfterSubject(j, c.hi) == j || verbs.bare[az.tok.keyOf(&toks[i])] != 0):
		return i // one word then an adverb ("Quote clearly said") or a phrase ("Notes from before March"); "Click on the link" gives an order
	}
	j = az.phraseAfterSubject(j, c.hi)
	end := j
	for j < c.hi && az.adverbAt(j) {
		j++ // "only", "clearly", "just"
	}
	if j >= c.hi || !az.finiteAfterSubject(j, i, c.hi) || described && az.lexAt(j)&auxBits == 0 {
		return i // after "Missed bins", only an auxiliary tells a subject: "Missed the bus" has none
	}
	if verbs.bare[az.tok.keyOf(&toks[i])] != 0 && az.lexAt(j)&auxBits == 0 && !az.looksLikeVerb(j) {
		return i // "Call customer services on Monday": after a word that can give an order, only an auxiliary or a past tells a subject
	}
	if az.anyLexIn(end, j, lxNeg) {
		return end // "Hire firm | never delivered it": the verb group reads its negation
	}
	return j
}

// afterJoiningThat reports i right after the "that" that opens clause c
// and only joins it to the verb before ("our records show that | air
// traffic control restrictions held the plane"): the clause's subject
// starts there as a sentence's would. A relative "that" is the clause's
// own subject, so skipOpeners never passes it.
func (az *analyzer) afterJoiningThat(c *clause, i int) bool {
	return i == c.lo+1 && az.tok.toks[c.lo].id == idThat
}

// afterFrameOrPause reports a clause head at i after a pause, or after a
// frame whose object is a whole clause ("looks like", "it seems", "I can
// confirm", "I think", "I'm told"). "Lets", typed for "let's", is no plural.
func (az *analyzer) afterFrameOrPause(i int) bool {
	toks := az.tok.toks
	p := &toks[i-1]
	return !letsWord.has(toks[i].id) && (p.pause || p.id == idLike || p.id == idSeems || bareClauseTakers.has(p.id))
}

// wordBeforePlural reports a plain word at i, no pronoun, determiner or
// joining word, before a plural noun of people or things: "New tenants",
// "Double bookings", "Cheap cables". The verb after them tells the subject.
func (az *analyzer) wordBeforePlural(i, hi int) bool {
	if i+2 >= hi || az.lexAt(i)&(auxBits|lxDet|lxOurDet|lxPrep|lxAgent|lxCustomer|lxThird|lxThing|lxConj|lxSub|lxCond|lxOpener|lxNeg|lxTemporal) != 0 {
		return false
	}
	t := az.tok.toks[i+1]
	k := az.tok.key(t)
	return !t.pause && !t.apos && strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") && !az.looksLikeVerb(i+1) &&
		az.lexAt(i+1)&^(lxDeliverable|lxRuleNoun|lxThirdNoun|lxCompanyNoun|lxFaultNoun|lxCustomers) == 0
}

// plainNounAt reports a word at k that may be part of a bare noun: one the
// lexicon holds nothing of but a kind of noun, not a pronoun, determiner,
// preposition or auxiliary, nor a number or the end of a stretch of speech.
func (az *analyzer) plainNounAt(k int) bool {
	t := az.tok.toks[k]
	return !t.pause && !t.num && !t.apos && az.lexAt(k)&^(lxDeliverable|lxRuleNoun|lxThirdNoun|lxCompanyNoun|lxFaultNoun) == 0 &&
		!az.isLyAdverb(k, az.tok.key(t)) && !az.looksLikeVerb(k)
}

// participleOpening reports a past form opening a bare subject before its
// plain noun: "Missed bins on your road are handled by", "Cancelled orders
// are refunded".
func (az *analyzer) participleOpening(k, hi int) bool {
	return k+2 < hi && az.lexAt(k)&^lxIrregular == 0 && az.looksLikeVerb(k) && az.plainNounAt(k+1)
}

// wrongOpening reports "wrong" or the like opening a bare subject before its
// noun: "Wrong pack was ticked at checkout".
func (az *analyzer) wrongOpening(k int) bool {
	return az.lexAt(k) == lxWrong && k+1 < len(az.tok.toks) && az.plainNounAt(k+1)
}

// adverbAt reports an adverb at k that may sit between a subject and its
// verb: "only", "clearly", "just", "never".
func (az *analyzer) adverbAt(k int) bool {
	b := az.lexAt(k)
	return b&(lxAdverb|lxFreq) != 0 && b&auxBits == 0 || b&lxNeg != 0 && b&auxBits == 0 || az.isLyAdverb(k, az.tok.keyOf(&az.tok.toks[k]))
}

// phraseAfterSubject returns the token after a short phrase at j that a
// bare subject carries ("on the high street", "in Seattle", "after 6pm",
// "like yours"), or j when none opens there. The phrase is at most four
// words and holds no verb.
func (az *analyzer) phraseAfterSubject(j, hi int) int {
	toks := az.tok.toks
	if j >= hi || az.lexAt(j)&lxPrep == 0 && toks[j].id != idLike && !placePreps.has(toks[j].id) {
		return j
	}
	for k := j + 1; k < hi && k <= j+4; k++ {
		if toks[k].pause {
			return j
		}
		if az.lexAt(k)&(auxBits|lxAdverb|lxNeg|lxFreq) != 0 && az.lexAt(k)&(lxDet|lxThing|lxCustomer) == 0 || az.looksLikeVerb(k) || az.presentFormAt(k) {
			return k // the phrase ends where the verb group begins
		}
	}
	return j
}

// finiteAfterSubject reports a verb at j that a bare subject at i can have:
// an auxiliary, a past form, a present in "-s", or, after a plural, a base
// form ("flea treatments only fail").
func (az *analyzer) finiteAfterSubject(j, i, hi int) bool {
	b := az.lexAt(j)
	k := az.tok.keyOf(&az.tok.toks[j])
	switch {
	case b&(lxBe|lxHave|lxWill|lxWould|lxCan|lxMust|lxDo) != 0:
		return b&(lxAgent|lxCustomer|lxThird|lxThing) == 0
	case az.looksLikeVerb(j):
		return !strings.HasSuffix(k, "en") && !strings.HasSuffix(k, "wn") // "went", "landed"; not "taken", "shown"
	case az.presentFormAt(j):
		return true
	}
	plural := strings.HasSuffix(az.tok.keyOf(&az.tok.toks[j-1]), "s") || j-2 >= i && strings.HasSuffix(az.tok.keyOf(&az.tok.toks[i+1]), "s")
	return plural && b == 0 && (verbs.bare[k] != 0 || happenVerbs[k]) && j+1 <= hi
}

// pluralBeforeBase reports a word in "-s" at i that the verb lists could
// read as a present, right before a base verb: "Mistakes happen", "Delays
// happen": two presents never stand together, so the first is a plural noun.
func (az *analyzer) pluralBeforeBase(i int) bool {
	toks := az.tok.toks
	t, j := toks[i], i+1
	if j >= len(toks) || t.apos || t.pause || az.lexAt(i)&^(lxDeliverable|lxRuleNoun|lxThirdNoun|lxCompanyNoun|lxFaultNoun) != 0 ||
		az.lexAt(j)&(auxBits|lxPrep|lxDet) != 0 || toks[j].id == idLike {
		return false // "Looks like", "Sounds like": a dropped "it"
	}
	key, next := az.tok.key(t), az.tok.keyOf(&toks[j])
	return strings.HasSuffix(key, "s") && !strings.HasSuffix(key, "ss") && (verbs.bare[next] != 0 || happenVerbs[next])
}

// happenVerbs say a thing comes about: after a plural they are its verb
// ("double bookings happen when").
var happenVerbs = wordSet("happen occur arise")

// placePreps open a phrase a bare subject carries, beside the prepositions
// the lexicon marks: "cancellations after 6pm", "pipes under the floor".
var placePreps = idSetOf(placePrepsList)

const placePrepsList = "after before under over near behind outside inside around"

// presentFormAt reports a present in "-s" of a verb at k: "sets", "moves",
// "drowns"; not "its", "this" or "glass".
func (az *analyzer) presentFormAt(k int) bool {
	t := az.tok.toks[k]
	key := az.tok.key(t)
	if len(key) <= 3 || t.apos || az.lexAt(k) != 0 || !strings.HasSuffix(key, "s") || strings.HasSuffix(key, "ss") || strings.HasSuffix(key, "us") {
		return false
	}
	// a verb the lists know, any before its object, or any after an adverb: "moves", "rents his chair", "just drowns"
	return verbs.bare[lemma(key)] != 0 || k+1 < len(az.tok.toks) && az.lexAt(k+1)&(lxDet|lxOurDet|lxThing|lxCustomer|lxThird) != 0 ||
		k > 0 && az.lexAt(k-1)&(lxAdverb|lxFreq) != 0
}

// compoundActor is who a bare subject from i to end names: a third party
// ("hire company"), the company ("head office"), or a thing.
func (az *analyzer) compoundActor(i, end int) actor {
	head := az.subjectHead(i, end)
	switch {
	case az.otherFirm(i, head, az.lexAt(head)) || az.anyLexIn(i, end, lxThirdNoun):
		return actThird
	case az.anyLexIn(i, end, lxCompanyNoun):
		return actAgent
	}
	return actThing
}

// subjectHead returns the last noun of a bare subject from i to end: the
// word before its phrase, or before its adverb.
func (az *analyzer) subjectHead(i, end int) int {
	h := i
	for k := i + 1; k < end && az.plainNounAt(k); k++ {
		h = k
	}
	return h
}

// plainCompoundWord reports a word at i that the lexicon knows as a noun
// or not at all, no number, not "no" nor "else": one that can be part of a
// compound noun ("air traffic control"), not of "no one else".
func (az *analyzer) plainCompoundWord(i int) bool {
	id := az.tok.toks[i].id
	return az.lexAt(i)&^nounBits == 0 && az.markAt(i)&lxElse == 0 && id != idNo && !numberWords.has(id)
}
