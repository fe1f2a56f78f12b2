package scoring

import "strings"

// Subjects as people say and type them, which the reader of written
// subjects would miss: a determiner clipped ("Gate closed at 10:40"),
// "them" for "those", "its" typed for "it's" and back, "you guys", a
// number counting its noun, "someone else's", a noun whose "'s" is "is"
// ("streaming's buffering"), an -ing act after a noun ("your son deleting
// the file"), and a noun that is an order ("refund the difference").

// clippedSubject reports a noun that opens its sentence without the
// determiner clipped speech drops ("Gate closed at 10:40", "Camera shows you
// dropping it"): a word that is no verb, directly followed by a verb with
// its own tense, a past form or a verb of showing or saying in -s. Openers
// may come first ("Yeah, gate closed at ten").
func (az *analyzer) clippedSubject(c *clause, i int) bool {
	toks := az.tok.toks
	if i != c.headLo || c.lo != az.tok.sents[toks[i].sent].tokLo || i+1 >= c.hi || toks[i].pause || toks[i].num || toks[i].apos ||
		az.looksLikeVerb(i) || verbs.bare[az.tok.keyOf(&toks[i])] != 0 || az.isLyAdverb(i, az.tok.keyOf(&toks[i])) {
		return false
	}
	next, k := az.lexAt(i+1), az.tok.keyOf(&toks[i+1])
	switch {
	case next&^lxIrregular != 0:
		return false
	case az.looksLikeVerb(i + 1):
		return true // "Gate closed", "Footage showed"
	case i+2 < c.hi && (az.looksLikeVerb(i+2) || az.lexAt(i+2)&auxBits != 0 && az.lexAt(i+2)&(lxAgent|lxCustomer|lxThird|lxThing) == 0):
		return false // "Two emails went": a verb follows, so the word in -s was a noun
	default:
		return az.markAt(i+1)&lxReport != 0 && strings.HasSuffix(k, "s") || az.presentVerb(i+1) // "Camera shows", "Receipt says"
	}
}

// suchAs reports "such as" at j, which opens examples of the noun before it.
func (az *analyzer) suchAs(j int) bool {
	toks := az.tok.toks
	return j+2 < len(toks) && toks[j+1].id == idAs && toks[j+2].sent == toks[j].sent && !toks[j].pause && az.tok.keyOf(&toks[j]) == "such"
}

// ingActAfterNoun reports an -ing verb the lists know at j, after a subject's
// noun, that does something to what follows it: "we saw your son | deleting
// the save file". It is the act of the noun before it, not part of the noun
// ("your phone charging cable"); when a verb group follows later ("the
// courier leaving it outside | was the problem"), the act is inside the
// subject, and the noun phrase goes on.
func (az *analyzer) ingActAfterNoun(j, hi int) bool {
	k := az.tok.keyOf(&az.tok.toks[j])
	if az.lexAt(j) != 0 || len(k) <= 4 || !strings.HasSuffix(k, "ing") || verbs.bare[lemma(k)] == 0 || az.lexAt(j-1)&lxPrep != 0 {
		return false // "the delay in crediting the transfer": after a preposition the -ing word is a noun
	}
	if j+1 < hi && az.lexAt(j+1)&(lxDet|lxOurDet|lxAgent|lxCustomer|lxThird|lxThing|lxPrep|lxAdverb) == 0 && !az.tok.toks[j].pause {
		return false // "your phone charging cable": a noun follows, the -ing word describes it
	}
	for m := j + 1; m < hi && !az.tok.toks[m-1].pause; m++ {
		if b := az.lexAt(m); b&auxBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 {
			return false
		}
	}
	return true
}

// elsePossessive reports "else's" at j before a noun: "someone else's card".
func (az *analyzer) elsePossessive(c *clause, j int) bool {
	return j+1 < c.hi && az.tok.keyOf(&az.tok.toks[j]) == "else's" && az.nounAt(j+1)
}

// whBases are question words, whose "'s" asks ("where's the parcel") and
// names no thing.
var whBases = idSetOf("why how what when where who")

// verbAfterApostropheS reports a word at j, after a noun's "'s", that makes
// the "'s" a verb, "is" or "has", rather than a possessive: an auxiliary,
// adverb, preposition or determiner ("the credit's been applied", "the
// fault's with us"), a participle, "down to", the clause's end, a word
// that says a thing works ("wifi's fine on our side"), or an -ing verb
// not before a noun ("the app's crashing on start-up", but "your son's
// gaming console").
func (az *analyzer) verbAfterApostropheS(j int, c *clause) bool {
	if az.lexAt(j)&(lxBe|lxHave|lxAdverb|lxNeg|lxPrep|lxDet|lxTheirs|lxOurs|lxCustomer|lxOpener|lxFine|lxWrong|lxBadAdj) != 0 ||
		az.looksLikeVerb(j) || az.downTo(j) || az.endsAt(j, c) || az.tok.toks[j].id == idToo || az.isLyAdverb(j, az.tok.keyOf(&az.tok.toks[j])) ||
		az.isWhatWord(j) || az.comeAfterApostropheS(j) || particles.has(az.tok.toks[j].id) || az.tok.toks[j].id == idBack {
		// "your water pressure's too low": "too" follows "is", not an owner; "medium's what we sent";
		// "your floor's out of level", "the money's back on your card": no thing owned is named by a
		// particle
		return true
	}
	if az.lexAt(j) != 0 {
		return false
	}
	if az.markAt(j)&lxFine != 0 {
		return !az.nounAt(j + 1) // "the line's clean", not "the engineer's check found"
	}
	k := az.tok.keyOf(&az.tok.toks[j])
	if len(k) <= 4 || !strings.HasSuffix(k, "ing") {
		return false
	}
	next := az.lexAt(j + 1) // endsAt: j+1 is in the clause
	return next&(lxDet|lxOurDet|lxAgent|lxCustomer|lxThird|lxThing|lxPrep|lxAdverb|lxNeg|lxConj|lxSub) != 0 || particles.has(az.tok.toks[j+1].id) || az.tok.toks[j+1].num
}

// comeAfterApostropheS reports, at j, "come" or "become" with a particle or
// a preposition after it: "the form's come back", "the part's come from
// Italy". Spelt as their base, after "'s" they make a perfect.
func (az *analyzer) comeAfterApostropheS(j int) bool {
	toks := az.tok.toks
	return comeForms.has(toks[j].id) && j+1 < len(toks) && toks[j+1].sent == toks[j].sent &&
		(particles.has(toks[j+1].id) || toks[j+1].id == idBack || az.lexAt(j+1)&lxPrep != 0)
}

// comeForms are the participles of come, spelt as its base.
var comeForms = idSetOf(comeFormsList)

const comeFormsList = "come become"

// idToo is the id of "too", as in "the pressure's too low".
var idToo = wordID("too")

// pluralYou follow "you" to speak to more than one: "you guys", "you lot".
var pluralYou = idSetOf(pluralYouList)

const pluralYouList = "guys lot folks two"

// orderWithObject reports a word at the head of its clause that is a verb
// as well as a noun, said as an order with its object after it: "blame the
// rain", "refund the difference to her card". A verb group later on makes
// it a subject after all ("delay notices go out daily").
func (az *analyzer) orderWithObject(c *clause, i int) bool {
	toks := az.tok.toks
	if i != c.headLo || i+1 >= c.hi || toks[i].pause || verbs.bare[az.tok.keyOf(&toks[i])] == 0 ||
		az.lexAt(i+1)&(lxDet|lxOurDet) == 0 && !objectPronouns.has(toks[i+1].id) {
		return false
	}
	for m := i + 1; m < c.hi && !toks[m-1].pause; m++ {
		if b := az.lexAt(m); b&auxBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 {
			return false
		}
	}
	return true
}

// pluralHeadsVerb reports a base verb at j after a phrase inside a subject
// whose head, at h, is plural: "the photos from pick-up | show it was
// clean", "the readings on your meter | suggest you". The verb takes an
// object or a clause (a verb of showing may end its clause, before what it
// shows), so a noun of the phrase ("the charges for delivery service are")
// is no verb.
func (az *analyzer) pluralHeadsVerb(c *clause, h, j int) bool {
	toks := az.tok.toks
	k := az.tok.keyOf(&toks[j])
	hk := az.tok.keyOf(&toks[h])
	if az.lexAt(j) != 0 || toks[j].apos || az.lexAt(j-1)&lxPrep != 0 || lemma(k) != k ||
		!strings.HasSuffix(hk, "s") || strings.HasSuffix(hk, "ss") || endsInApostropheS(hk) {
		return false
	}
	if !az.verbBaseAt(j, k) && az.markAt(j)&lxReport == 0 {
		return false
	}
	if j+1 >= c.hi {
		return az.markAt(j)&lxReport != 0 && c.hi < len(toks) && toks[c.hi].sent == toks[j].sent // what it shows is the next clause
	}
	return az.lexAt(j+1)&(lxDet|lxOurDet|lxAgent|lxCustomer|lxThird|lxThing|lxAdverb|lxNeg) != 0
}

// idThem is the id of "them", which speech uses as "those" before a noun.
var idThem = wordID("them")

// themBeforeNoun reports "them" used as "those" at the head of a clause:
// a plain noun or two follow it, then a verb group ("Them shoes have been
// worn outside"), never a verb ("them aside").
func (az *analyzer) themBeforeNoun(c *clause, i int) bool {
	if i != c.headLo || i+2 >= c.hi || !az.nounAt(i+1) || az.lexAt(i+1)&lxThirdNoun != 0 {
		return false
	}
	for j := i + 2; j < c.hi && j <= i+3; j++ {
		if b := az.lexAt(j); b&auxBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 || b&^lxIrregular == 0 && az.looksLikeVerb(j) {
			return true
		}
		if !az.nounAt(j) {
			return false
		}
	}
	return false
}

// numberWords count the noun after them, as a number does: "two emails".
var numberWords = idSetOf(numberWordsList)

const numberWordsList = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen " +
	"twenty thirty forty fifty sixty seventy eighty ninety hundred thousand dozen"

// idIts is the id of "its", which the lexicon reads as "it's", as it is
// often typed.
var idIts = wordID("its")

// possessiveIts reports "its" used as a determiner: a plain noun follows,
// then within a few words a verb group of its own ("its omission on this
// occasion is what caused it"), where "it's" would hold the verb itself.
func (az *analyzer) possessiveIts(c *clause, i int) bool {
	if i+2 >= c.hi || !az.nounAt(i+1) || az.lexAt(i+1)&lxThirdNoun != 0 {
		return false
	}
	for j := i + 2; j < c.hi && j <= i+6 && !az.tok.toks[j-1].pause; j++ {
		if b := az.lexAt(j); b&auxBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 {
			return true
		}
	}
	return false
}
