package scoring

import "strings"

// actor is who does what a clause says.
type actor uint8

const (
	actNone      actor = iota // no subject: an order ("expect it Friday"), a fragment
	actAgent                  // the agent or the company: "I", "we", "our team"
	actCustomer               // this customer: "you"
	actCustomers              // customers in general: "customers sometimes forget"
	actThird                  // someone else: "the courier", "your bank", "they"
	actThing                  // a thing or the situation: "your refund", "it", "that"
)

// aspect is when, and how surely, a clause's action happens.
type aspect uint8

const (
	aspNone    aspect = iota // no verb was read
	aspDone                  // done: past, perfect, or a finished state ("it's sorted")
	aspNow                   // being done now: "I'm refunding"
	aspWill                  // will be done: "I'll ring you", "we're going to"
	aspCould                 // can or could be done: "I can refund", "we might"
	aspWould                 // would be done, if: "I'd be livid"
	aspMust                  // must or should, of now or the past: "you must have", "we should have"
	aspHabit                 // is done as a rule: "refunds normally take", "we refund within"
	aspState                 // a present state with be: "that's on us", "your party is Saturday"
	aspPresent               // a plain present of one thing, often scheduled: "it arrives Thursday"
)

// clause is one reading of a stretch of a sentence: who acts, on what verb, when.
type clause struct {
	lo, hi     int // tokens
	subj       int // first token of the subject, or -1
	headLo     int // first content token: the subject, or the verb when there is none
	actor      actor
	aspect     aspect
	verb       int // the main verb's token, or -1 (then be is the main verb: a copula)
	lemma      string
	comp       int  // first token after the verb group (after the verb, or after be)
	passive    bool // be or get with a participle: "has been refunded"
	byAgent    bool // a passive whose "by ..." names the company: "by our courier"
	neg        bool
	question   bool
	cond       bool // an "if" or "unless" clause
	temporal   bool // a "once", "when" or "until" clause: says when, not what is done
	hedged     bool // opens with "maybe", "hopefully": nothing in it is said for sure
	obliged    bool // "have to", "need to", "supposed to": what someone must do
	personal   bool // the subject is the agent in person: "I", not "we"
	yourThing  bool // the subject is the customer's own thing: "your party", not "your refund"
	relative   bool // a "which"/"who" clause, whose subject is the noun before it
	fault      bool // the subject's head is a fault noun: "the mistake"
	subjWrong  bool // the subject holds "wrong": "the wrong address"
	generic    bool // a bare plural or customers in general: "refunds take"
	freq       bool // a frequency adverb: "usually"
	doneAlone  bool // the clause only says it is done: "Done:", "All sorted."
	pastAux    bool // the auxiliary is past: "was", "did", "had"
	hasHave    bool // a perfect: "have", "'ve"
	modalWould bool
	can        bool   // the modal is "can" itself: ability ("I can refund"), not possibility
	should     bool   // the modal is "should" or "ought": what ought to have happened
	ruleSubj   bool   // the subject is a rule: "our policy", "the fare rules", "the system"
	linking    bool   // the main verb links like be: "that sounds stressful"
	quoted     bool   // holds words in quotes: someone else's words, not the agent's
	bag        lex    // every property of every word in the clause, for quick rejection
	lists      uint64 // the verb lists the main verb is in (see verbIndex)
	// lemma is filled from the main verb's token when the clause is read.
	byWho   actor // a passive's "by ..." agent, actNone when there is none
	lastAux int   // the last auxiliary read, which is the main verb when no other follows ("you'll have it")
}

// clauseReader splits the analyzer's sentences into clauses and reads each.
func (az *analyzer) readClauses() {
	az.clauses = az.clauses[:0]
	for si := range az.tok.sents {
		s := &az.tok.sents[si]
		lo := s.tokLo
		for i := s.tokLo; i < s.tokHi; i++ {
			if i > lo && az.clauseStartsAt(i) {
				az.addClause(lo, i, s.question)
				lo = i
			}
		}
		az.addClause(lo, s.tokHi, s.question)
	}
}

// clauseStartsAt reports whether a new clause begins at token i: after a pause
// when a subject, conjunction or "done" follows; at a subordinating word; or
// at "and"/"but"/"so" followed by a subject pronoun ("..., or I can send").
func (az *analyzer) clauseStartsAt(i int) bool {
	toks := az.tok.toks
	b := az.lexAt(i)
	prevPause := toks[i-1].pause
	switch {
	case b&(lxSub|lxCond) != 0 && b&lxThing == 0 && az.subjectFollows(i+1):
		return true // "before your guests arrive", not "before 5pm" or "before hand-in"
	case b&lxSub != 0 && prevPause: // ", which will show"
		return true
	case b&lxConj != 0 && i+1 < len(toks) && toks[i+1].sent == toks[i].sent && az.lexAt(i+1)&(lxAgent|lxCustomer|lxThird|lxThing) != 0:
		return true
	case prevPause && b&(lxAgent|lxCustomer|lxThird|lxThing|lxDet|lxConj) != 0:
		return true
	case b&lxConj != 0 && i+1 < len(toks) && toks[i+1].sent == toks[i].sent && az.startsPredicate(i+1):
		return true // "is on its way and arrives Thursday"
	}
	return false
}

// subjectFollows reports whether token i can start a subject.
func (az *analyzer) subjectFollows(i int) bool {
	toks := az.tok.toks
	return i < len(toks) && toks[i].sent == toks[i-1].sent &&
		az.lexAt(i)&(lxAgent|lxCustomer|lxThird|lxThing|lxDet|lxCustomers|lxAnyone) != 0
}

// startsPredicate reports a second verb sharing the subject before it:
// "arrives", "has", "will", "refunded".
func (az *analyzer) startsPredicate(i int) bool {
	b := az.lexAt(i)
	if b&(lxWill|lxHave|lxCan) != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 {
		return true
	}
	if b != 0 || az.tok.toks[i].num {
		return false
	}
	k := az.tok.key(az.tok.toks[i])
	return az.looksLikeVerb(i) || strings.HasSuffix(k, "s") && sharedSubjectVerbs[lemma(k)]
}

// sharedSubjectVerbs are present-tense verbs that often follow "and" with the
// subject left out: "it's on its way and arrives Thursday".
var sharedSubjectVerbs = wordSet("arrive reach land show appear take go come get need")

// lexAt returns the clause properties of token i.
func (az *analyzer) lexAt(i int) lex {
	return az.tok.toks[i].lex
}

// addClause reads tokens lo..hi-1 as one clause and keeps it.
func (az *analyzer) addClause(lo, hi int, question bool) {
	if lo >= hi {
		return
	}
	for i := lo; i < hi; i++ {
		az.tok.toks[i].clause = int32(len(az.clauses))
	}
	az.clauses = append(az.clauses, clause{})
	c := &az.clauses[len(az.clauses)-1]
	c.lo, c.hi, c.subj, c.verb, c.question, c.lastAux = lo, hi, -1, -1, question, -1
	az.readClause(c)
}

// readClause fills in c: subject, verb group, main verb, aspect and voice.
func (az *analyzer) readClause(c *clause) {
	for j := c.lo; j < c.hi; j++ {
		c.bag |= az.lexAt(j)
		c.quoted = c.quoted || az.tok.toks[j].quoted
	}
	i := az.skipOpeners(c)
	c.headLo = i
	if az.onlySaysDone(i, c.hi) {
		c.doneAlone, c.aspect, c.actor = true, aspDone, actThing
		return
	}
	i = az.readSubject(c, i)
	i = az.readVerbGroup(c, i)
	c.comp = i
	az.readRest(c)
	if c.verb >= 0 {
		v := az.verbAt(c.verb)
		c.lemma, c.lists, c.linking = v.lemma, az.listsOf(c, v), v.linking
	}
}

// skipOpeners passes over the words that join a clause to what came before
// ("and", "so", "which", "if") and discourse words ("well", "good news"),
// noting a condition or a relative clause.
func (az *analyzer) skipOpeners(c *clause) int {
	i := c.lo
	for ; i < c.hi; i++ {
		b := az.lexAt(i)
		if b&lxI != 0 && i+2 < c.hi && az.tok.key(az.tok.toks[i+1]) == "afraid" {
			i++ // "I'm afraid that's on you": the politeness is not the clause
			continue
		}
		switch {
		case b&lxCond != 0:
			c.cond = true
		case b&lxTemporal != 0:
			c.temporal = true
		case b&lxSub != 0 && b&lxThing != 0 && i+1 < c.hi && az.lexAt(i+1)&(lxAgent|lxCustomer|lxThird|lxDet) == 0:
			c.relative = true // "which will show": the relative word is the subject
			return i
		case b&(lxSub|lxConj|lxOpener) != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing|lxDet) == 0:
			c.hedged = c.hedged || hedgeWords[az.tok.key(az.tok.toks[i])]
		default:
			return i
		}
	}
	return i
}

// doneWords are the words of a clause that only reports a step finished.
var doneWords = wordSet("done all sorted fixed that's it's everything's and now there there's we're you're all's")

// onlySaysDone reports a clause such as "Done", "All sorted" or "That's done".
func (az *analyzer) onlySaysDone(lo, hi int) bool {
	if hi-lo > 3 || lo >= hi {
		return false
	}
	if hi-lo == 1 && az.tok.toks[lo].pause && az.looksLikeVerb(lo) && inVerbList(lemma(az.tok.key(az.tok.toks[lo])), "step") {
		return true // "Restored: your folder is back"
	}
	said := false
	for i := lo; i < hi; i++ {
		k := az.tok.key(az.tok.toks[i])
		if !doneWords[k] {
			return false
		}
		said = said || k == "done" || k == "sorted" || k == "fixed"
	}
	return said
}

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
	case b&lxAgent != 0 && b&lxDet == 0:
		c.subj, c.actor, c.personal = i, actAgent, b&lxI != 0
		return i + az.contractionAux(c, i)
	case b&lxCustomer != 0:
		c.subj, c.actor = i, actCustomer
		return i + az.contractionAux(c, i)
	case b&lxThird != 0 && b&(lxBe|lxHave|lxWill|lxWould) == 0 && i+1 < c.hi && az.tok.key(az.tok.toks[i+1]) == "from":
		return az.readNounPhrase(c, i) // "someone from the store"
	case b&lxThird != 0:
		c.subj, c.actor = i, actThird
		return i + az.contractionAux(c, i)
	case b&lxThing != 0 && az.demonstrativeBeforeNoun(c, i):
		return az.readNounPhrase(c, i) // "that error is ours"
	case b&lxThing != 0:
		c.subj, c.actor = i, actThing
		return i + az.contractionAux(c, i)
	case b&lxAnyone != 0:
		c.subj, c.actor = i, actThing
		return i + 1
	case b&lxCustomers != 0:
		c.subj, c.actor, c.generic = i, actCustomers, true
		for i++; i < c.hi && az.lexAt(i)&lxCustomers != 0; i++ {
		}
		return i
	case az.tok.key(toks[i]) == "let" && i+1 < c.hi && az.lexAt(i+1)&lxAgent != 0:
		c.subj, c.actor, c.aspect = i, actAgent, aspWill // "let me refund that"
		return i + 2
	case b&lxDet != 0:
		return az.readNounPhrase(c, i)
	case b&(lxCompanyNoun|lxThirdNoun|lxRuleNoun|lxDeliverable|lxFaultNoun) != 0 && b&(auxBits|lxPrep) == 0:
		return az.readNounPhrase(c, i) // a bare noun the lexicon knows: "company rules say", "engineers are"
	case b == 0 && az.startsBareNoun(c, i):
		return az.readNounPhrase(c, i)
	}
	return i
}

// demonstrativeBeforeNoun reports "this" or "that" used as a determiner: a
// plain word follows, then a verb group ("that error is ours").
func (az *analyzer) demonstrativeBeforeNoun(c *clause, i int) bool {
	k := az.tok.key(az.tok.toks[i])
	if k != "this" && k != "that" || i+2 >= c.hi {
		return false
	}
	next := az.lexAt(i + 1)
	return (next == 0 || next&(lxFaultNoun|lxDeliverable) != 0) && !az.looksLikeVerb(i+1) &&
		az.lexAt(i+2)&(lxBe|lxHave|lxWill|lxCan|lxMust|lxAdverb) != 0
}

// startsBareNoun reports a noun phrase without a determiner at i: "Refunds
// normally take", "Customers sometimes forget". It needs a verb group after
// one or two words.
func (az *analyzer) startsBareNoun(c *clause, i int) bool {
	reach := 2
	if strings.HasSuffix(az.tok.key(az.tok.toks[i]), "ing") || quantityNouns[az.tok.key(az.tok.toks[i])] {
		reach = 6 // a gerund subject ("Selling you a faulty kettle is on us"), a quantity ("plenty of people")
	}
	for j := i + 1; j < c.hi && j <= i+reach; j++ {
		b := az.lexAt(j)
		if b&(lxBe|lxHave|lxDo|lxWill|lxWould|lxCan|lxMust|lxFreq) != 0 {
			return true
		}
	}
	return false
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
	if !bare {
		j++
	}
	var head lex
	inPP := false // inside "of ..." or "for ...", which does not change the head
	quantity := false
	maxWords := 4
	if bare && strings.HasSuffix(az.tok.key(az.tok.toks[i]), "ing") {
		maxWords = 7 // a gerund subject: "Selling you a faulty kettle is on us"
	}
	for n := 0; j < c.hi && n < 8; n++ {
		b := az.lexAt(j)
		k := az.tok.key(az.tok.toks[j])
		if n > 0 && (k == "of" || k == "for" || k == "from") && !inPP {
			inPP = true
			j++
			continue
		}
		if n > 0 && !inPP && b&(lxCustomer|lxAgent) != 0 && b&auxBits == 0 {
			if aux := az.auxAfterRelative(c, j); aux > 0 {
				j = aux // "the 12 USD you paid for express shipping | has gone back"
				break
			}
		}
		afterDet := j > i && az.lexAt(j-1)&lxDet != 0
		if b&(lxBe|lxHave|lxDo|lxWill|lxWould|lxCan|lxMust|lxNeg|lxFreq|lxPrep|lxSub|lxCond|lxConj) != 0 ||
			b&lxAdverb != 0 && n > 0 || n > 0 && !afterDet && az.looksLikeVerb(j) || n >= maxWords && !inPP ||
			n > 0 && az.verbAfterNoun(j) {
			break
		}
		if !inPP || quantity {
			head = b
			c.fault = c.fault || b&lxFaultNoun != 0
			c.subjWrong = c.subjWrong || b&lxWrong != 0
			c.generic = (bare || quantity || genericDets[az.tok.key(az.tok.toks[i])]) &&
				strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss")
			quantity = quantity || !inPP && quantityNouns[k]
		}
		if az.tok.toks[j].apos && strings.HasSuffix(k, "'s") {
			if j+1 < c.hi && az.lexAt(j+1)&(lxBe|lxHave|lxAdverb|lxNeg|lxPrep|lxDet) == 0 && !az.looksLikeVerb(j+1) {
				j++ // a possessive: "the courier's van", go on
				continue
			}
			j++ // "the credit's been applied", "the fault's with us": 's is the auxiliary
			if j < c.hi && (az.tok.key(az.tok.toks[j]) == "been" || az.isIrregularParticiple(j)) {
				c.hasHave = true
			} else {
				c.aspect = aspState
			}
			break
		}
		j++
	}
	for ; j < c.hi && az.lexAt(j)&lxAdverb != 0 && az.lexAt(j)&(lxBe|lxHave) == 0; j++ {
	}
	c.yourThing = az.tok.key(az.tok.toks[i]) == "your" && head&(lxDeliverable|lxThirdNoun|lxCompanyNoun) == 0
	c.ruleSubj = head&lxRuleNoun != 0
	switch {
	case head&(lxThirdNoun|lxThird) != 0 || det&lxTheirs != 0:
		c.actor = actThird
	case head&lxCompanyNoun != 0 && az.tok.key(az.tok.toks[i]) == "your":
		c.actor = actThird // "your IT team"
	case det&lxOurDet != 0 || head&lxCompanyNoun != 0:
		c.actor = actAgent
	case head&lxCustomers != 0 || det&lxCustomers != 0:
		c.actor, c.generic = actCustomers, true
	}
	return j
}

// auxAfterRelative finds the auxiliary after a relative clause without "that"
// inside a subject ("the money you paid for delivery has ..."): a pronoun, a
// verb, then within a few words an auxiliary, with no pause between. It returns
// the auxiliary's token, or 0.
func (az *analyzer) auxAfterRelative(c *clause, j int) int {
	if j+1 >= c.hi || az.formOf(j+1, c) != formPast {
		return 0
	}
	for k := j + 2; k < c.hi && k <= j+7; k++ {
		if az.tok.toks[k-1].pause {
			return 0
		}
		if b := az.lexAt(k); b&(lxBe|lxHave|lxWill|lxCan) != 0 && b&(lxAgent|lxCustomer|lxThing|lxThird) == 0 {
			return k
		}
	}
	return 0
}

// quantityNouns head a phrase whose real head follows "of": "a lot of people".
var quantityNouns = wordSet("lot lots number few couple majority plenty loads bunch most many some all half")

// genericDets make a plural subject mean things in general: "most outages".
var genericDets = wordSet("most many all some")

// verbAfterNoun reports a verb ending a noun phrase without an auxiliary: "the
// fare rules say", "a lot of members forget", "the courier says". It needs a
// verb the lists know, after a plural or with its own -s.
func (az *analyzer) verbAfterNoun(j int) bool {
	if az.lexAt(j) != 0 {
		return false
	}
	k := az.tok.key(az.tok.toks[j])
	if l := lemma(k); l != k && strings.HasSuffix(k, "s") {
		return verbs.bare[l] != 0
	}
	prev := az.tok.key(az.tok.toks[j-1])
	return strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "'s") && verbs.bare[k] != 0
}

// looksLikeVerb reports a token that reads as an inflected verb: a past form
// ("lost", "delivered") or a regular "-ed" participle.
func (az *analyzer) looksLikeVerb(i int) bool {
	t := &az.tok.toks[i]
	if t.lex&lxIrregular != 0 {
		return true
	}
	k := az.tok.key(*t)
	if t.end-t.start <= 4 || !strings.HasSuffix(k, "ed") {
		return false
	}
	// "unused", "unpaid" are adjectives; "unlocked" is a verb the lists know.
	if !strings.HasPrefix(k, "un") {
		return true
	}
	_, known := verbForms[k]
	return known
}

// isIrregularParticiple reports "gone", "sent", "got": after "'s" they make a
// perfect ("the refund's gone through"), where a regular "-ed" makes a passive.
func (az *analyzer) isIrregularParticiple(i int) bool {
	b := az.lexAt(i)
	return b&lxIrregular != 0 && b&(lxBe|lxHave|lxDo) == 0
}

// contractionAux records the auxiliary a subject contraction carries ("we've",
// "it's", "you'll") and returns 1, the subject's length.
func (az *analyzer) contractionAux(c *clause, i int) int {
	az.noteAux(c, az.lexAt(i))
	return 1
}

// noteAux records what an auxiliary (or a contraction holding one) says.
func (az *analyzer) noteAux(c *clause, b lex) {
	switch {
	case b&lxWill != 0:
		c.aspect = aspWill
	case b&lxWould != 0:
		c.aspect, c.modalWould = aspWould, true
	case b&lxCan != 0:
		c.aspect, c.can = aspCould, b&lxCanItself != 0
	case b&lxMust != 0:
		c.aspect = aspMust
	}
	if b&lxHave != 0 {
		c.hasHave = true
	}
	if b&lxBe != 0 && c.aspect == aspNone {
		c.aspect = aspState
	}
	if b&lxNeg != 0 {
		c.neg = true
	}
	if b&lxPastAux != 0 {
		c.pastAux = true
	}
}
