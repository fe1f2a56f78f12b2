package scoring

import "strings"

// Parts of a subject that look like a verb, or end it early, but belong to
// it: a participle with its own phrase ("the letters dated 2 May | were
// sent"), a gerund's phrase, a second noun after "and", an aside between
// commas, a noun's "to" and its verb phrase, a possessor that names a party.

// auxAfterBeing returns the finite auxiliary within four words after
// "being" at j, with no pause between, or 0: "the water being off | was
// down to the water board", "the parcel being late | is on the courier".
// "Being" is then the subject's own, not the clause's verb.
func (az *analyzer) auxAfterBeing(c *clause, j int) int {
	toks := az.tok.toks
	for k := j + 1; k < c.hi && k <= j+4; k++ {
		if toks[k-1].pause {
			return 0
		}
		if b := az.lexAt(k); b&auxBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 && toks[k].id != idBeing && toks[k].id != idBeen {
			return k
		}
	}
	return 0
}

// auxAfterParticiple finds the main verb group after a participle that
// modifies the subject's noun: "the reminder letters dated 2 and 16 May |
// were sent", "the documentation requested on May 2 | was not provided". The
// participle at j is followed by a preposition, a number or an adverb (not an
// object, which would make it the verb: "the courier left the parcel"), then,
// within a few words and before any pause or joining word, an auxiliary that
// is not a subject of its own. It returns the auxiliary's token, or 0.
func (az *analyzer) auxAfterParticiple(c *clause, j int) int {
	toks := az.tok.toks
	if j+2 >= c.hi || toks[j].pause || az.lexAt(j)&auxBits != 0 {
		return 0
	}
	next := az.lexAt(j + 1)
	if next&(auxBits&^lxHave) != 0 && next&(lxAgent|lxCustomer|lxThird|lxThing) == 0 && az.lexAt(j)&^lxIrregular == 0 && az.looksLikeVerb(j) && az.nounAt(j-1) {
		// "the charger used | was not the original one", "the evidence supplied | does not support
		// it": the participle alone, then the auxiliary; not "have", which after a past form more
		// often starts the verb of a clause that lost its joint ("their colour faded have been")
		return j + 1
	}
	if !toks[j+1].num && next&(lxPrep|lxAdverb) == 0 || next&(auxBits|lxDet|lxAgent|lxCustomer|lxThird|lxThing) != 0 || !az.looksLikeVerb(j) {
		return 0 // the cheap tests first: most words are followed by no phrase
	}
	for k := j + 2; k < c.hi && k <= j+8; k++ {
		if toks[k-1].pause {
			return 0
		}
		b := az.lexAt(k)
		switch {
		case az.monthMay(k):
			// "requested on 2 May", "dated May 2": a date, not a modal
		case b&lxConj != 0 && toks[k-1].num && k+1 < c.hi && toks[k+1].num:
			// "dated 2 and 16 May": the dates are one phrase
		case b&(lxConj|lxSub|lxCond|lxAgent|lxCustomer|lxThird|lxThing) != 0 || toks[k].id == idAs:
			return 0 // "the parcel arrived at the depot and was scanned": a second predicate
		case b&(auxBits|lxNeg) != 0:
			return k // "were sent", "was not provided", "never arrived"
		case b&^lxIrregular == 0 && k > j+2 && az.looksLikeVerb(k) && az.lexAt(k-1)&lxDet == 0:
			if toks[j+1].id == idBy && k > j+3 {
				return k // "the portion paid by your provider | arrived short": the "by" phrase names who did the first
			}
			return 0 // another past verb: the first one was the verb
		}
	}
	return 0
}

// monthMay reports "May" the month at i: written with a capital inside a
// sentence, after a preposition or a number, or before a number ("on 2 May",
// "in May", "May 16"), where "may" the modal never stands.
func (az *analyzer) monthMay(i int) bool {
	toks := az.tok.toks
	t := &toks[i]
	if az.tok.keyOf(t) != "may" || az.tok.text[t.start] != 'M' || i == 0 || toks[i-1].sent != t.sent {
		return false
	}
	return toks[i-1].num || az.lexAt(i-1)&lxPrep != 0 || i+1 < len(toks) && toks[i+1].num && toks[i+1].sent == t.sent
}

// auxAfterGerund finds the verb group after a gerund subject at i, which may
// hold pronouns and phrases of its own: "plugging it into that extension lead
// | is probably what blew it", "leaving the box on the step | was asking for
// trouble". The gerund opens the clause with nothing the lexicon knows; the
// verb group is an auxiliary, not a subject of its own, within eight words
// and before any pause or joining word. It returns the auxiliary's token, or 0.
func (az *analyzer) auxAfterGerund(c *clause, i int) int {
	toks := az.tok.toks
	k := az.tok.keyOf(&toks[i])
	if len(k) < 6 || k[len(k)-3:] != "ing" || az.lexAt(i)&^lxIrregular != 0 || toks[i].pause || i != c.headLo { // "putting", "ringing" are listed forms
		return 0
	}
	for j := i + 1; j < c.hi && j <= i+8; j++ {
		if toks[j-1].pause {
			return 0
		}
		b := az.lexAt(j)
		switch {
		case b&(lxConj|lxSub|lxCond|lxAgent|lxCustomer|lxThird) != 0 && !objectPronouns.has(toks[j].id) || b&auxBits != 0 && b&lxThing != 0:
			return 0 // "looking at it we should have", "checking, it's": the -ing word opened a frame
		case b&auxBits != 0:
			return j
		case b == 0 && j > i+1 && az.gerundsPresentVerb(j):
			return j // "putting that right | falls to us": a present verb, no auxiliary
		}
	}
	return 0
}

// gerundsPresentVerb reports a verb in -s at j ending a gerund's phrase: a
// verb the lists know ("falls", "takes") after a word that is no
// determiner, before what a verb takes, a phrase or an object ("putting
// that right | falls to us"); "checking the bills" is a noun.
func (az *analyzer) gerundsPresentVerb(j int) bool {
	toks := az.tok.toks
	k := az.tok.keyOf(&toks[j])
	if !strings.HasSuffix(k, "s") || strings.HasSuffix(k, "ss") || toks[j].apos || az.lexAt(j-1)&(lxDet|lxOurDet|lxPrep) != 0 ||
		j+1 >= len(toks) || toks[j+1].sent != toks[j].sent {
		return false
	}
	if l := lemma(k); l == k || verbs.bare[l] == 0 && !irregularBases[l] {
		return false
	}
	return az.lexAt(j+1)&(lxPrep|lxDet|lxOurDet|lxAdverb|lxAgent|lxCustomer|lxThird|lxThing) != 0
}

// nounAfterAnd reports "and" at j joining a second noun to the subject's
// first: "the terms and conditions clearly state", "the router and the cable
// were". What follows is a plain noun, maybe after a determiner, not a verb
// ("the box arrived and was opened" never reaches here: "arrived" ends the
// subject first).
func (az *analyzer) nounAfterAnd(c *clause, j int) bool {
	if az.tok.toks[j].id != idAnd || j+2 >= c.hi || az.tok.toks[j-1].pause || az.lexAt(j-1)&(lxDet|lxPrep) != 0 {
		return false
	}
	k := j + 1
	if b := az.lexAt(k); b&lxDet != 0 && b&(lxOurDet|lxThing) == 0 {
		k++
	}
	b := az.lexAt(k)
	return b&^(lxRuleNoun|lxDeliverable|lxThirdNoun|lxFaultNoun) == 0 && !az.looksLikeVerb(k) && !az.verbAfterNoun(k) &&
		!az.tok.toks[k].num && k+1 < c.hi && (az.lexAt(k+1)&(lxAgent|lxCustomer|lxThird|lxThing) == 0 || relativeWords.has(az.tok.toks[k+1].id))
}

// idAnd is the id of "and".
var idAnd = wordID("and")

// parentheticalRelative reports a relative clause between commas inside a
// subject: "the terms, | which you accepted at booking, | clearly state",
// "your bank, | which holds the funds, | has declined it". Tokens lo..i-1
// are a subject with no verb, i is "which" or "who" after a pause, and after
// the next pause a predicate follows. It returns that predicate's first
// token, where the clause goes on, or 0.
func (az *analyzer) parentheticalRelative(lo, i, hi int) int {
	toks := az.tok.toks
	if !toks[i-1].pause || toks[i].id == idThat || !(relativeWords.has(toks[i].id) || az.asideOpener(i)) || !az.verblessSubject(lo, i) {
		return 0
	}
	for k := i + 2; k < hi && k <= i+14; k++ {
		if toks[k-1].pause {
			if az.predicateAt(k, hi) {
				return k
			}
			return 0
		}
	}
	return 0
}

// verblessSubject reports tokens lo..hi-1 that are a noun phrase and no
// more, after any joining word: "the terms and conditions", "that your bank".
func (az *analyzer) verblessSubject(lo, hi int) bool {
	for lo < hi && (az.lexAt(lo)&(lxConj|lxOpener) != 0 && az.lexAt(lo)&lxDet == 0 || az.tok.toks[lo].id == idThat && az.lexAt(lo+1)&lxDet != 0) {
		lo++
	}
	if lo >= hi || az.lexAt(lo)&(lxDet|lxOurDet) == 0 || az.lexAt(lo)&auxBits != 0 {
		return false
	}
	for j := lo + 1; j < hi; j++ {
		b := az.lexAt(j)
		if b&(auxBits|lxNeg|lxAgent|lxCustomer|lxThird|lxSub|lxCond) != 0 || az.looksLikeVerb(j) && az.lexAt(j-1)&lxDet == 0 || az.tok.toks[j].pause && j+1 < hi {
			return false
		}
	}
	return true
}

// predicateAt reports a verb group opening at i, after any adverbs: an
// auxiliary or negation that is no subject of its own, a past form, or a
// verb the lists know ("clearly state", "has declined", "never arrived").
func (az *analyzer) predicateAt(i, hi int) bool {
	for ; i < hi; i++ {
		b, k := az.lexAt(i), az.tok.keyOf(&az.tok.toks[i])
		switch {
		case b&(lxAgent|lxCustomer|lxThird|lxThing|lxDet) != 0:
			return false
		case b&(auxBits|lxNeg) != 0:
			return true
		case b&(lxAdverb|lxFreq) != 0 || az.isLyAdverb(i, k):
			continue
		case b == 0 || b == lxIrregular:
			// after an aside, an -s word is the subject's verb: "the warranty, which ..., excludes"
			return az.looksLikeVerb(i) || verbs.bare[k] != 0 || lemma(k) != k && strings.HasSuffix(k, "s")
		default:
			return false
		}
	}
	return false
}

// pastAdverbs returns the first token from i that is not an adverb: after
// "'s", the participle that makes it "has" may come after a guess or a
// "just" ("your fob's probably just sat next to your phone"), and "most"
// before a guess is part of it ("most likely").
func (az *analyzer) pastAdverbs(i, hi int) int {
	for ; i < hi && i < len(az.tok.toks); i++ {
		if az.tok.toks[i].id == idMost && i+1 < hi && guessAdverbs.has(az.tok.toks[i+1].id) {
			continue
		}
		b := az.lexAt(i)
		if b&(lxAdverb|lxOpener) == 0 && !guessAdverbs.has(az.tok.toks[i].id) || b&(auxBits|lxAgent|lxCustomer|lxThird|lxThing|lxDet) != 0 {
			return i
		}
	}
	return i
}

// idMost is "most", as in "most likely".
var idMost = wordID("most")

// asideOpener reports a word that opens a condition or a time between
// commas inside a subject: "the tickets, | once printed, | can't be
// exchanged", "your card, | if it is lost, | must be reported".
func (az *analyzer) asideOpener(i int) bool {
	b := az.lexAt(i)
	return b&(lxCond|lxTemporal) != 0 && b&lxThing == 0 && az.tok.toks[i].id != idWhether
}

// asideEnd returns the token after an aside between commas that opens at
// i, inside a subject ("the tickets, once printed, | can't be exchanged"),
// when a predicate follows it, or 0.
func (az *analyzer) asideEnd(c *clause, i int) int {
	toks := az.tok.toks
	if i < 1 || !toks[i-1].pause || !az.asideOpener(i) {
		return 0
	}
	for k := i + 2; k < c.hi && k <= i+10; k++ {
		if toks[k-1].pause {
			if az.predicateAt(k, c.hi) {
				return k
			}
			return 0
		}
	}
	return 0
}

// possessorLex returns the clause properties of a possessive's noun: "bank"
// for "bank's", so a party named with "'s" is known as the bare word is.
func possessorLex(k string) lex {
	stem, ok := strings.CutSuffix(k, "'s")
	if !ok {
		return 0
	}
	return index.lex[wordID(stem)]
}

// auxAfterInfinitive finds the verb group after a noun's "to" and its verb
// ("your failure to return the old handset within 30 days | is", "the
// decision to cancel the policy | was taken"): a plain verb after "to",
// then within ten words, before any pause, joining word or subject of its
// own, an auxiliary. It returns the auxiliary's token, or 0.
func (az *analyzer) auxAfterInfinitive(c *clause, j int) int {
	toks := az.tok.toks
	if j+2 >= c.hi || az.lexAt(j+1) != 0 || az.looksLikeVerb(j+1) || toks[j+1].num || toks[j].pause {
		return 0
	}
	for k := j + 2; k < c.hi && k <= j+11; k++ {
		if toks[k-1].pause {
			return 0
		}
		b := az.lexAt(k)
		switch {
		case b&(lxConj|lxSub|lxCond|lxAgent|lxCustomer|lxThird) != 0 && !objectPronouns.has(toks[j].id) || b&auxBits != 0 && b&lxThing != 0:
			return 0
		case b&auxBits != 0:
			return k
		}
	}
	return 0
}

// samePastVerb reports a past that is its own base ("cut", "put") after a
// noun as the subject's verb: before an object ("put the wrong PIN in",
// "set off the alarm") or
// before a phrase with no verb group after it ("the roadworks cut through
// the fibre"). "the power cut on Tuesday was" is a noun: an auxiliary
// follows its phrase.
func (az *analyzer) samePastVerb(c *clause, j int) bool {
	if !samePast.has(az.tok.toks[j].id) || j+1 >= c.hi {
		return false
	}
	next := az.lexAt(j + 1)
	if next&(lxDet|lxThing|lxThird|lxCustomer|lxOurDet) != 0 {
		return true
	}
	if particleAfterVerb.has(az.tok.toks[j+1].id) && j+2 < c.hi && az.lexAt(j+2)&(lxDet|lxThing|lxOurDet) != 0 {
		return true // "your stag party set off the fire alarm": a particle, then the object
	}
	if next&lxPrep == 0 {
		return false
	}
	for k := j + 2; k < c.hi && k <= j+6 && !az.tok.toks[k-1].pause; k++ {
		if b := az.lexAt(k); b&auxBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 {
			return false
		}
	}
	return true
}

// pastAfterSingular reports a verb whose past is its base form ("hit",
// "put", "cut") right after a singular subject and no auxiliary: its present
// would end in -s, so it is the past ("the kid hit the button", "someone
// put it in the bin"); after "they" or a plural it could be either.
func (az *analyzer) pastAfterSingular(c *clause, v int) bool {
	if c.lastAux >= 0 || c.hasHave || c.generic || !samePast.has(az.tok.toks[v].id) || c.subj < 0 || v < 1 {
		return false
	}
	p := v - 1
	for p > c.subj && (az.lexAt(p)&lxAdverb != 0 || guessAdverbs.has(az.tok.toks[p].id)) {
		p--
	}
	b, k := az.lexAt(p), az.tok.keyOf(&az.tok.toks[p])
	switch {
	case b&(lxThird|lxThing) != 0 && b&auxBits == 0:
		return singularPronouns.has(az.tok.toks[p].id)
	case b&(lxAgent|lxCustomer|lxCustomers|lxDet|lxPrep) != 0 || az.tok.toks[p].num:
		return false
	}
	return !strings.HasSuffix(k, "s") || strings.HasSuffix(k, "ss") || strings.HasSuffix(k, "'s")
}

// singularPronouns take a verb in -s in the present: "he hits", "it cuts".
var singularPronouns = idSetOf(singularPronounsList)

const singularPronounsList = "he she it someone somebody this that"

// irregularBases are the base forms of irregularVerbs: "fall" of "fell".
var irregularBases = func() map[string]bool {
	m := map[string]bool{}
	for _, base := range irregularVerbs {
		m[base] = true
	}
	return m
}()
