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
	causal     bool // a "because", "since" or "as" clause: gives a reason
	hedged     bool // opens with "maybe", "hopefully": nothing in it is said for sure
	obliged    bool // "have to", "need to", "supposed to": what someone must do
	personal   bool // the subject is the agent in person: "I", not "we"
	yourThing  bool // the subject is the customer's own thing: "your party", not "your refund"
	relative   bool // a "which"/"who" clause, whose subject is the noun before it
	subjLapse  bool // the subject's own relative clause skips a part: "customers who don't read the terms"
	subjDuty   bool // the subject's own relative clause does a part: "people who check the size guide"
	named      bool // the subject is a thing with a name, maybe a party's: "the Royal Mail lot", "Evri"
	fault      bool // the subject's head is a fault noun: "the mistake"
	subjWrong  bool // the subject holds "wrong": "the wrong address"
	generic    bool // a bare plural or customers in general: "refunds take"
	freq       bool // a frequency adverb: "usually"
	doneAlone  bool // the clause only says it is done: "Done:", "All sorted."
	pastAux    bool // the auxiliary is past: "was", "did", "had"
	hasHave    bool // a perfect: "have", "'ve"
	modalWould bool
	can        bool     // the modal is "can" itself: ability ("I can refund"), not possibility
	should     bool     // the modal is "should" or "ought": what ought to have happened
	ruleSubj   bool     // the subject is a rule: "our policy", "the fare rules", "the system"
	linking    bool     // the main verb links like be: "that sounds stressful"
	quoted     bool     // holds words in quotes: someone else's words, not the agent's
	bag        lex      // every property of every word in the clause, for quick rejection
	words      needBits // the needs of checkWords the clause meets (see wordNeed)
	gate       gate     // the yes/no facts above that rows test together (see gateOf)
	lists      uint64   // the verb lists the main verb is in (see verbIndex)
	// lemma is filled from the main verb's token when the clause is read.
	byWho   actor // a passive's "by ..." agent, actNone when there is none
	lastAux int   // the last auxiliary read, which is the main verb when no other follows ("you'll have it")
	// lemmaSets, the lemma sets the lemma is in (see lemmaSet), is filled with
	// the lemma; a clause with no main verb has none.
	lemmaSets *lemmaRow
}

// onlyAfraid reports a clause of "I'm afraid" or "I am afraid" alone.
func (az *analyzer) onlyAfraid(c *clause) bool {
	n := c.hi - c.lo
	return (n == 2 || n == 3) && az.lexAt(c.lo)&lxI != 0 && az.tok.key(az.tok.toks[c.hi-1]) == "afraid"
}

// grantedBeforeBut reports a short clause in which the agent only grants
// what the customer feels or says, right before a "but": "I understand,
// but", "I know, but", "I hear you, but", "I totally get that, but". It
// takes no step and speaks for no one's part; what follows the "but" is
// what is said.
func (az *analyzer) grantedBeforeBut(c *clause) bool {
	if c.actor != actAgent || c.verb < 0 || c.neg || c.question || !grantingVerbs[c.lemma] || c.hi >= len(az.tok.toks) {
		return false
	}
	next := &az.tok.toks[c.hi]
	return next.sent == az.tok.toks[c.lo].sent && turnWords.has(next.id)
}

// readOurFrames reads a clause of ours as the frame it sits in or is: after
// "I think", what we did is said as we recall it, not for sure ("I think |
// we've refunded it"); and "I'm told", before a clause, is what we heard, no
// act of ours, nor a passive whose doer goes unnamed ("I'm told | the
// courier left it next door").
func (az *analyzer) readOurFrames(c *clause) {
	toks := az.tok.toks
	if c.lo >= 2 && opinionVerbs.has(toks[c.lo-1].id) && az.afterMyOpinion(c.lo) {
		c.hedged = true
	}
	if c.verb == c.hi-1 && toks[c.verb].id == idTold && az.hearsayOnly(c) {
		c.actor, c.aspect, c.passive = actNone, aspNone, false
	}
}

// hearsayOnly reports a clause that is only "I'm told", "I've been told"
// or "we were told", before a clause of its own in the sentence: it passes
// on what follows.
func (az *analyzer) hearsayOnly(c *clause) bool {
	toks := az.tok.toks
	return c.verb >= 0 && c.verb == c.hi-1 && toks[c.verb].id == idTold && c.hi < len(toks) && toks[c.hi].sent == toks[c.lo].sent && az.toldToUs(c.verb)
}

// grantingVerbs grant what the customer feels or says: "I understand",
// "I accept that". grantingFormsList holds those that also grant as a
// word before "but" (see grantOpensBefore).
var grantingVerbs = wordSet(grantingFormsList + " accept")

const grantingFormsList = "understand appreciate know hear get see"

// readClauses splits the turn's sentences into clauses and reads each.
func (az *analyzer) readClauses() {
	az.clauses = az.clauses[:0]
	// Without the cue no word of clearness was there when noteCues read the
	// words, and every pass that changes a word since opens the cues.
	az.clearWords = az.tok.cues&cueClear != 0 && az.anyIn(0, len(az.tok.toks), clearFrameWords)
	az.limits = limitsUnread
	for si := range az.tok.sents {
		s := &az.tok.sents[si]
		question := s.question && !az.isTagQuestion(s)
		lo, first := s.tokLo, len(az.clauses)
		asks := -1 // where the question starts, when a statement comes before it (see statesBefore)
		if question {
			asks = az.lastQuestionStart(s)
		} else if s.tokHi-s.tokLo > 3 && az.mayAskUnmarked(s) && az.asksUnmarked(s) {
			question = true // "did you read the contract before you signed it.": asked, though typed with a full stop
		}
		cond := az.opensCondition(lo) // only a condition, a time or a reason can run into its main clause
		for i := az.nextStartCue(lo+1, s.tokHi, cond); i < s.tokHi; i = az.nextStartCue(i+1, s.tokHi, cond) {
			// nextStartCue has asked mayStartClause, unless it stops at every word of a condition
			if ((!cond || az.mayStartClause(i)) && az.clauseStartsAt(i) || cond && az.mainAfterCondition(lo, i) || az.tok.toks[i].lex&lxConj != 0 && az.andNewSubject(lo, i)) &&
				!az.onlyTalkBefore(lo, i) { // the test of "and" spares the call at every other word
				if end := az.parentheticalRelative(lo, i, s.tokHi); end > 0 {
					i = end // "the terms, which you accepted, | clearly state": one clause, its subject holding the relative
					continue
				}
				az.addClause(lo, i, question && !az.statesBefore(lo, i, asks))
				lo = i
				cond = az.opensCondition(lo)
			}
		}
		az.addClause(lo, s.tokHi, question)
		az.noteSentenceWords(first)
	}
}

// afterMyOpinion reports a clause at lo right after "I think", "I
// believe" or the like in its sentence.
func (az *analyzer) afterMyOpinion(lo int) bool {
	toks := az.tok.toks
	return lo >= 2 && opinionVerbs.has(toks[lo-1].id) && az.lexAt(lo-2)&lxI != 0 && toks[lo-2].sent == toks[lo].sent
}

// onlyTalkBefore reports a clause so far of "so", "but" or a subordinator
// and words of talk only ("so, um, | the booking lapsed", "because, um, |
// the damage was reported late"): the subject after them is still this
// clause's.
func (az *analyzer) onlyTalkBefore(lo, i int) bool {
	b := az.lexAt(lo)
	if !clauseJoiners.has(az.tok.toks[lo].id) && (b&(lxSub|lxCond) == 0 || b&(lxThing|lxThird) != 0) {
		return false
	}
	return az.onlyTalkFrom(lo+1, i)
}

// onlyTalkFrom reports tokens lo..hi-1 that are words of talk only, or none:
// "OK,", "right, so", "hmm".
func (az *analyzer) onlyTalkFrom(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if !az.discourseWord(i) {
			return false
		}
	}
	return true
}

// Word ids the clause reader compares tokens with, instead of their text.
var idThat, idYourself, idLet, idMore = wordID("that"), wordID("yourself"), wordID("let"), wordID("more")

// lemmeWord holds "lemme", "let me" as people type it in chat.
var lemmeWord = idSetOf(lemmeList)

const lemmeList = "lemme"

// letsWord holds "let's": "let us", the agent with the customer, offering a step.
var letsWord = idSetOf(letsList)

const letsList = "let's"

// wordID returns the phrase index's id of word w (0 if no pattern or lexicon row names it).
func wordID(w string) int32 { return index.words.id(w) }

// lexAt returns the clause properties of token i.
func (az *analyzer) lexAt(i int) lex {
	return az.tok.toks[i].lex &^ softBits
}

// softBits mark words for the checks that look for them, without changing
// how a clause is parsed: a word with only these bits is still a content
// word to the reader ("check" stays a verb, "due" a plain word). lexAt leaves
// them out; markAt and a clause's bag keep them.
const softBits = lxDenial | lxCause | lxFine | lxYour | lxReport | lxGuess | lxDuty | lxElse | lxAbout | lxCue | lxFiller

// markAt returns the soft bits of token i.
func (az *analyzer) markAt(i int) lex {
	return az.tok.toks[i].lex & softBits
}

// addClause reads tokens lo..hi-1 as one clause and keeps it.
func (az *analyzer) addClause(lo, hi int, question bool) {
	if lo >= hi {
		return
	}
	az.clauses = append(az.clauses, clause{})
	ci := int32(len(az.clauses) - 1)
	c := &az.clauses[ci]
	c.lo, c.hi, c.subj, c.verb, c.question, c.lastAux = lo, hi, -1, -1, question, -1
	bag, words, nQuoted := takeTokens(az.tok.toks[lo:hi], ci)
	quoted := nQuoted > 0
	c.bag, c.words, c.quoted = bag, words, quoted
	az.readClause(c)
	if c.actor == actAgent {
		az.readOurFrames(c)
	}
	if c.hi-c.lo <= 3 && az.mayBeAfraid() && az.onlyAfraid(c) {
		c.actor, c.aspect = actNone, aspNone // "..., I'm afraid": politeness said after a clause, no act of ours
	}
	if c.hi-c.lo <= 4 && az.grantedBeforeBut(c) {
		c.actor, c.aspect = actNone, aspNone // "I understand, | but ...": granted before a "but", it acts on nothing
	}
	if quoted && c.verb >= 0 && !az.tok.toks[c.verb].quoted && c.headLo < c.hi && !az.tok.toks[c.headLo].quoted && c.lists&listSay == 0 &&
		(c.lists&(listChoose|listDuty|listYourActs) != 0 || nQuoted <= maxQuotedLabel) {
		// an option the customer chose, quoted: "you selected "leave with neighbour"", "was typed as "Flat 4"";
		// or a label named in the agent's own words: "users hit "Reset all" without reading the warning".
		// What a letter "says" in quotes stays someone else's words
		c.quoted = false
	}
	if ci > 0 {
		az.readAfterPrevious(c, &az.clauses[ci-1])
	}
	if az.takesUpOurPerson(c) {
		c.actor = actAgent // "our driver | the way he spoke to you": one of ours
	}
	c.gate = gateOf(c)
}

// takeTokens marks toks as clause ci's and returns what addClause keeps of
// their words: every property of every word, the needs of checkWords they
// meet, and how many are quoted. It is one pass over the tokens, kept in
// locals so that each token costs loads and one store; out of addClause, the
// loop keeps its values in registers, where the rest of addClause made the
// compiler reload them at every word.
//
//go:noinline
func takeTokens(toks []token, ci int32) (bag lex, words needBits, nQuoted int) {
	needed := neededWords
	_ = needed[0] // the nil check once, not at every word
	for k := range toks {
		t := &toks[k]
		t.clause = ci
		bag |= t.lex
		words |= needed.of(t.id) | needed.of(t.base) // "the snow's kept": a possessive's word counts as the word
		if t.quoted {
			nQuoted++
		}
	}
	return bag, words, nQuoted
}

// readAfterPrevious reads what clause c takes from p, the clause just
// before it: a subject they share, a party it takes up, a denial or a
// reason said before it. It is asked before takesUpOurPerson, which reads
// the actor it may set; the denial and the reason read no actor of c's.
// The clause before is found once, where each test found it again.
func (az *analyzer) readAfterPrevious(c, p *clause) {
	if c.subj < 0 && c.verb >= 0 && az.sharesSubject(c, p) {
		az.inheritSubject(c, p)
	}
	if az.resumesFronted(c, p) {
		// "a lot of our customers, | they don't read the terms", "the strike in France, | that's what grounded it"
		c.actor, c.generic = p.actor, p.generic
	}
	if p.neg && az.afterDeniedOpinion(c, p) {
		c.neg = !c.neg // "we don't think | it was our fault": the denial is of what follows
	}
	if az.reasonAfterAside(c, p) {
		c.causal = true // "because I think | you didn't have the funds": the reason is what follows the aside
	}
}

// maxQuotedLabel is the most words a quote may hold and still be a label
// the agent names ("Reset all", "keep me signed in") rather than someone
// else's words.
const maxQuotedLabel = 4

// resumesFronted reports a clause whose subject is a pronoun said after a
// pause to take up customers or a third party named alone just before it, as
// people speak: "a lot of our customers, | they don't read the cancellation
// terms", "the air traffic control strike in France, | that's what's grounded
// the flight".
//
// Asked of every clause, it is only the test of a clause before with no
// verb, of customers or a third party, small enough to be written out where
// it is asked; the rest is resumesPartyBefore's.
func (az *analyzer) resumesFronted(c, prev *clause) bool {
	return prev.verb < 0 && (prev.actor == actCustomers || prev.actor == actThird) && az.resumesPartyBefore(c, prev)
}

// resumesPartyBefore is resumesFronted once prev, with no verb, names
// customers or a third party.
func (az *analyzer) resumesPartyBefore(c, prev *clause) bool {
	toks := az.tok.toks
	if prev.aspect != aspNone || prev.doneAlone || c.subj < 0 || c.subj != c.headLo || toks[prev.lo].sent != toks[c.lo].sent || !toks[c.lo-1].pause {
		return false
	}
	id := toks[c.subj].id
	return id == idThey || prev.actor == actThird && resumingPronouns.has(id)
}

// resumingPronouns take up a thing or a party named just before: "the
// strike, that's what did it", "the courier, it never came".
var resumingPronouns = idSetOf("that that's it it's")

// sharesSubject reports a clause that is a second predicate of the clause
// before it: "your fob sat next to your phone | and wiped itself".
func (az *analyzer) sharesSubject(c, prev *clause) bool {
	if prev.subj < 0 || az.tok.toks[prev.lo].sent != az.tok.toks[c.lo].sent || az.lexAt(c.lo)&lxConj == 0 {
		return false
	}
	// The verb group comes first: "and wiped itself", "and has lost it".
	return c.headLo == c.verb || c.headLo+1 == c.verb && az.lexAt(c.headLo)&auxBits != 0
}

// inheritSubject gives a second predicate its subject's reading: who acts
// and what kind of subject it is. The subject's tokens stay in the clause
// before, where they are.
func (az *analyzer) inheritSubject(c, prev *clause) {
	c.actor, c.personal, c.yourThing, c.generic = prev.actor, prev.personal, prev.yourThing, prev.generic
	c.fault, c.subjWrong, c.ruleSubj = prev.fault, prev.subjWrong, prev.ruleSubj
	if c.aspect == aspNone && az.looksLikeVerb(c.verb) {
		c.aspect = aspDone // with its subject, a past form tells what was done: "and changed it"
	}
	if c.aspect == aspNone && c.verb == c.headLo && samePast.has(az.tok.toks[c.verb].id) {
		// "dug up the road | and cut the line", "I'll check | and put one aside": the
		// form is past or bare as the verb it is joined to
		c.aspect, c.hasHave = prev.aspect, prev.hasHave && !az.goneAnd(prev)
	}
	if prev.passive && c.headLo == c.verb && az.looksLikeVerb(c.verb) && !az.objectAfter(c.verb, c.hi) {
		// "the order was placed on the 2nd | and paid in full": the participle shares the passive;
		// "the engineer was delayed | and missed the slot" has an object, and acts
		c.passive, c.pastAux, c.hasHave, c.aspect = true, prev.pastAux, prev.hasHave, prev.aspect
	}
}

// goneAnd reports a clause that ends on "gone" before "and": "your builder's
// gone and put a screw through it" tells a blunder, no step done for anyone.
func (az *analyzer) goneAnd(prev *clause) bool {
	return prev.lemma == "go" && prev.verb == prev.hi-1
}

// hereThere place a pronoun ("someone there", "anyone here") or close a
// denial with where it holds ("isn't with us here").
var hereThere = idSetOf(hereThereList)

const hereThereList = "here there"

// objectAfter reports an object right after the verb at v: a determiner or
// a pronoun ("missed the slot", "lost it").
func (az *analyzer) objectAfter(v, hi int) bool {
	return v+1 < hi && az.lexAt(v+1)&(lxDet|lxOurDet|lxCustomer|lxThird|lxThing|lxAgent) != 0 && az.lexAt(v+1)&lxPrep == 0
}

// readClause fills in c, whose bag addClause has filled: subject, verb group,
// main verb, aspect and voice.
func (az *analyzer) readClause(c *clause) {
	i := az.skipOpeners(c)
	c.headLo = i
	c.causal = c.causal || i == c.lo && az.reasonIsBare(i) // "the reason it failed is | you closed the app": the reason itself
	if az.onlySaysDone(i, c.hi) {
		c.doneAlone, c.aspect, c.actor = true, aspDone, actThing
		return
	}
	if az.mayInvert(c, i) {
		i = az.readInversion(c, i)
	}
	i = az.readSubject(c, i)
	// The readings of a word of the clause below are asked only of a clause whose
	// bag holds the word's properties (see mayHold): most hold none of them.
	if c.bag&lxElse != 0 && c.subj >= 0 && c.subj == i-1 && i < c.hi && az.markAt(i)&lxElse != 0 && az.lexAt(c.subj)&auxBits == 0 {
		i++ // "someone else was watching": "else" narrows the pronoun, it is no verb
		i = az.skipPlaceAfterElse(c, i)
	}
	if c.bag&(lxThird|lxAnyone) != 0 && c.subj >= 0 && c.subj == i-1 && i+1 < c.hi && hereThere.has(az.tok.toks[i].id) && az.lexAt(c.subj)&(lxThird|lxAnyone) != 0 &&
		az.lexAt(c.subj)&auxBits == 0 && az.lexAt(i+1)&auxBits != 0 {
		i++ // "someone there must've taken it in": "there" places the pronoun, it opens nothing
	}
	i = az.readVerbGroup(c, i)
	az.readDroppedIt(c)
	if c.mayHold(noBits) && az.negativeOpener(c.lo, min(c.hi, c.lo+3)) {
		c.neg = true // "at no point was the account holder responsible": the opener denies the clause
	}
	c.comp = i
	if c.mayHold(nothingBits) && i < c.hi && c.verb == i-1 && !c.neg && az.tok.toks[i].id == idNothing {
		c.neg = true // "we've done nothing", "we've got nothing for you": the object denies the act
	}
	az.readRest(c)
	if c.causal && c.aspect == aspDone && !c.neg && az.tok.keyOf(&az.tok.toks[c.lo]) == "since" && az.afterPerfect(c) {
		c.causal, c.temporal = false, true // "it's been stuck since you ordered it" says when; "since you didn't pay" says why
	}
	if c.verb >= 0 {
		v := az.verbAt(c.verb)
		c.lemma, c.lemmaSets, c.lists, c.linking = v.lemma, v.lemmaSets, az.listsOf(c, v), v.linking
		if c.lemma == "have" && !c.passive {
			az.readCausative(c)
		}
		if c.aspect == aspWould && c.neg && c.lemmaIn(refusalVerbs) && az.refusedNotSupposed(c) {
			c.aspect = aspDone // "your landlord wouldn't let us in": a refusal told, as "didn't" tells it
		}
		if c.neg && c.actor != actAgent && az.nothingToDoWith(c, false) {
			// "the weather had nothing to do with it": the idiom denies a link, and no one failed to
			// act; what it links is read by the denial checks ("nothing to do with us")
			c.actor, c.aspect = actNone, aspNone
		}
		if az.telegraphicDone(c) {
			c.passive = true // "New keyboard dispatched, and the tracking's in your inbox": "has been" left out
		}
		if c.aspect == aspWill && c.hasHave && c.lemma != "have" && c.actor != actAgent && c.lists&listReceive == 0 {
			// "you'll have agreed to the terms when you ticked the box", "it'll have been dropped": said of
			// anyone but us, "will have" done supposes what happened, as "must have" does; but "we'll have
			// refunded you by Friday" and "you'll have received it by then" look ahead
			c.aspect = aspMust
		}
	}
}

// mayHold reports a clause whose bag holds every property of b: the
// lexicon's properties of a word, which every token of the word carries
// (TestTokensCarryTheirWordsBits), are all in the bag of a clause that holds
// the word. It is how readClause passes by, with one test of a clause's
// own, the readings of a word most clauses do not hold.
func (c *clause) mayHold(b lex) bool {
	return c.bag&b == b
}

// noBits and nothingBits are the lexicon's properties of "no" and
// "nothing", for mayHold.
var noBits, nothingBits = index.lex[idNo], index.lex[idNothing]

// afterDeniedOpinion reports clause c just after p, in its sentence, where p
// is only a denied opinion ("I don't think", "we do not believe") and c is
// what it is about, with or without "that".
func (az *analyzer) afterDeniedOpinion(c, p *clause) bool {
	toks := az.tok.toks
	if p.verb < 0 || !(p.neg && opinionVerbs.has(toks[p.verb].id) || !p.neg && toks[p.verb].id == idDoubt) {
		return false // the cheapest tests first: most clauses deny nothing; "I doubt" denies unnegated
	}
	if !az.frameJustBefore(p, c) {
		return false
	}
	return p.actor == actAgent || p.actor == actCustomer
}

// refusalVerbs, after "wouldn't", tell what someone refused to do: "they
// wouldn't let us in", "your bank wouldn't accept it".
var refusalVerbs = lemmaSetOf("let allow accept answer open sign")

// refusedNotSupposed reports a "wouldn't" clause of someone other than the
// agent, in a sentence with no "if" or "unless", with no "have" after the
// modal: what they refused, not what they would do were things otherwise
// ("they wouldn't let us in if you weren't there"), nor what they would
// have done ("your bank wouldn't have accepted it").
func (az *analyzer) refusedNotSupposed(c *clause) bool {
	if c.actor == actAgent || c.actor == actNone || c.hasHave || c.question || c.cond {
		return false
	}
	s := &az.tok.sents[az.tok.toks[c.lo].sent]
	return !az.anyLexIn(s.tokLo, s.tokHi, lxCond)
}

// nothingToDoWith reports a clause whose main verb, have or get, takes
// "nothing to do with" ("the weather's got nothing to do with it", "your
// router had nothing to do with the outage"), or, where anything is true,
// "anything to do with" ("we didn't have anything to do with that").
func (az *analyzer) nothingToDoWith(c *clause, anything bool) bool {
	toks := az.tok.toks
	i := c.verb + 1 // "nothing" follows the verb, whether the reader took it into the verb group or not
	if c.verb < 0 || i+3 >= c.hi || c.lemma != "have" && c.lemma != "get" {
		return false
	}
	if id := toks[i].id; id != idNothing && !(anything && id == idAnything) {
		return false
	}
	return toks[i+1].id == idTo && toks[i+2].id == idDo && toks[i+3].id == idWith
}

// reasonAfterAside reports clause c just after p, in its sentence, where p
// is only a reason word and what the agent says in passing before the
// reason itself: their opinion of it ("because I think |", "as I suspect
// |", "since I'd guess |") or an aside set off by commas ("because, to be
// honest, |", "because, and I'm reading it off the screen here, |"). What
// c says is the reason, as it would be after "because" alone.
//
// Asked of every clause, it is only the test of a reason word opening the
// clause before, small enough to be written out where it is asked; the
// aside is read by reasonAsideBefore.
func (az *analyzer) reasonAfterAside(c, p *clause) bool {
	return reasonOpenersByID[uint(az.tok.toks[p.lo].id)%maxSetWord] && az.reasonAsideBefore(c, p)
}

// reasonOpenersByID is reasonOpeners laid out by word id: with one load for
// the test, in place of the set's row and bit, reasonAfterAside is small
// enough to be written out where readAfterPrevious asks it.
var reasonOpenersByID = byID(reasonOpeners)

// reasonAsideBefore is reasonAfterAside once p opens on a reason word.
func (az *analyzer) reasonAsideBefore(c, p *clause) bool {
	toks := az.tok.toks
	if p.hi != c.lo || c.subj < 0 || toks[p.lo].sent != toks[c.lo].sent {
		return false
	}
	if toks[p.lo].pause {
		return p.hi-p.lo > 1 && toks[p.hi-1].pause
	}
	n, last := p.hi-p.lo, p.hi-1
	if n < 3 || n > 4 || az.lexAt(p.lo+1)&lxI == 0 || !opinionVerbs.has(toks[last].id) && az.markAt(last)&lxGuess == 0 {
		return false
	}
	return n == 3 || az.lexAt(p.lo+2)&auxBits != 0 // "because I would guess"
}

// frameJustBefore reports p just before c in its sentence, ending at its
// verb or at "that" after it: a frame whose object is c ("I don't think |",
// "I'd have thought that |").
func (az *analyzer) frameJustBefore(p, c *clause) bool {
	toks := az.tok.toks
	return p.hi == c.lo && toks[p.lo].sent == toks[c.lo].sent && (p.verb == p.hi-1 || p.verb == p.hi-2 && toks[p.hi-1].id == idThat)
}

// deniedByOpinion reports a clause that a denied opinion just before it
// reaches: "I don't think | the courier lost it" doubts the courier's part,
// and "I don't think | you did anything wrong" clears them.
func (az *analyzer) deniedByOpinion(c *clause) bool {
	ci := az.clauseIndex(c)
	return ci > 0 && az.afterDeniedOpinion(c, &az.clauses[ci-1])
}

// opinionDeniesTheirPart reports a denied opinion that reaches what the
// customer's side or a third party did: "I don't think | the courier lost it".
func (az *analyzer) opinionDeniesTheirPart(c *clause) bool {
	return c.bag&(lxOurDet|lxAgent|lxOurs) == 0 && az.deniedByOpinion(c)
}

// opinionDeniesOurFault reports a denied opinion, or the clause it reaches,
// where what it reaches names us or a wrong: "I don't think | it was our
// fault", "I don't think | you did anything wrong" own nothing.
func (az *analyzer) opinionDeniesOurFault(c *clause) bool {
	ci := az.clauseIndex(c)
	if ci+1 < len(az.clauses) && az.afterDeniedOpinion(&az.clauses[ci+1], c) {
		return true
	}
	return az.deniedByOpinion(c)
}

// telegraphicDone reports a clause written as a note: a bare noun opening
// its sentence, then a step's past form with no auxiliary and no object:
// "New keyboard dispatched", "Refund processed". A thing cannot dispatch, so
// the step was done to it. "Court fees went up" and "power cut knocked the
// ovens out" are no steps, or have their object; "Wrong item sent" tells our
// slip, as it read before.
//
// It is only the test of a thing's step, which turns away nearly every
// clause, small enough to be written out where it is asked; the rest is
// stepDoneToThing's.
func (az *analyzer) telegraphicDone(c *clause) bool {
	return c.actor == actThing && c.lists&stepList != 0 && az.stepDoneToThing(c)
}

// stepDoneToThing is telegraphicDone for a clause of a thing and a step.
//
//go:noinline
func (az *analyzer) stepDoneToThing(c *clause) bool {
	if c.passive || c.subjWrong || c.subj < 0 || c.lists&troubleLists != 0 || c.verb != az.subjectEnd(c) {
		return false
	}
	toks := az.tok.toks
	if c.subj != az.tok.sents[toks[c.subj].sent].tokLo || az.lexAt(c.subj)&(lxDet|lxOurDet|lxThing|lxThird|lxCustomer|lxAgent) != 0 {
		return false
	}
	return az.looksLikeVerb(c.verb) && !az.objectAfter(c.verb, c.hi)
}

// subjectEnd returns the token after c's subject's last word, which is the
// verb's when no auxiliary or adverb stands between.
func (az *analyzer) subjectEnd(c *clause) int {
	i := c.verb
	for i > c.subj+1 && az.lexAt(i-1)&(lxAdverb|lxFreq) != 0 {
		i-- // "Refund just processed"
	}
	return i
}

// readDroppedIt reads a clause that opens on a verb in its "-s" form as one
// whose "it" was dropped, as people do in speech: "Says right there on the
// ticket", "Happens all the time"; and one that opens on a past and its
// object as one whose "I" was dropped: "Told you on the day". An order has
// the bare form ("show the barcode"), so it stays a clause with no subject.
//
// Asked of every clause, it is only the test of a clause with a verb and no
// subject, small enough to be written out where it is asked; the verb is
// read by readDroppedSubject.
func (az *analyzer) readDroppedIt(c *clause) {
	if c.subj < 0 && c.actor == actNone && c.verb == c.headLo && !c.question { // headLo is a token: the verb is one too
		az.readDroppedSubject(c)
	}
}

// readDroppedSubject is readDroppedIt for a clause that opens on its verb,
// with no subject or actor read.
func (az *analyzer) readDroppedSubject(c *clause) {
	k := az.tok.keyOf(&az.tok.toks[c.verb])
	if len(k) > 3 && k[len(k)-1] == 's' && k[len(k)-2] != 's' && az.verbAt(c.verb).lemma != k {
		c.actor, c.aspect = actThing, aspPresent
		return
	}
	// "Told you on the day it needed two weeks", "Sent it yesterday": a past
	// and its object, the "I" dropped as people do in chat
	if next := c.verb + 1; next < c.hi && az.looksLikeVerb(c.verb) && !strings.HasSuffix(k, "ing") &&
		az.lexAt(next)&(lxCustomer|lxThing) != 0 && az.lexAt(next)&(auxBits|lxDet) == 0 {
		c.actor, c.aspect, c.personal = actAgent, aspDone, true
	}
}

// negativeOpener reports a fronted phrase of denial opening tokens lo..hi-1:
// "at no point", "at no time", "in no way", "under no circumstances".
// Asked of every clause, it is only the test of "no", small enough to be
// written out where it is asked; the phrase is read by deniedScopeAt.
func (az *analyzer) negativeOpener(lo, hi int) bool {
	return lo+2 < hi && az.tok.toks[lo+1].id == idNo && az.deniedScopeAt(lo)
}

// deniedScopeAt is negativeOpener for tokens lo..lo+2, "no" at lo+1. It is
// kept out of line, so that negativeOpener stays small enough to write out.
//
//go:noinline
func (az *analyzer) deniedScopeAt(lo int) bool {
	toks := az.tok.toks
	return deniedScopes.has(toks[lo+2].id) && (az.lexAt(lo)&lxPrep != 0 || frontPreps.has(toks[lo].id))
}

// deniedScopes follow "no" in a fronted phrase of denial.
var deniedScopes = idSetOf(deniedScopesList)

const deniedScopesList = "point time stage way circumstances"

// skipPlaceAfterElse returns the token after a place that narrows "someone
// else" ("someone else in the household | used the card"), or i when no
// place and verb follow.
func (az *analyzer) skipPlaceAfterElse(c *clause, i int) int {
	if i >= c.hi || az.lexAt(i)&lxPrep == 0 {
		return i
	}
	for j := i + 1; j < c.hi && j <= i+5 && !az.tok.toks[j-1].pause; j++ {
		if az.lexAt(j)&auxBits != 0 && az.lexAt(j)&(lxAgent|lxCustomer|lxThird|lxThing) == 0 || az.looksLikeVerb(j) {
			return j
		}
	}
	return i
}

// readCausative reads "I've had the late fee removed" as the step it reports:
// have, an object of a few words, then a participle of a step, which becomes
// the clause's verb. "We've had three complaints" has no participle and stays.
func (az *analyzer) readCausative(c *clause) {
	for j := c.verb + 2; j < c.hi && j <= c.verb+5; j++ {
		if az.tok.toks[j-1].pause || az.lexAt(j)&(auxBits|lxPrep) != 0 {
			return
		}
		if !az.looksLikeVerb(j) {
			continue
		}
		if v := az.verbAt(j); v.lists&stepList != 0 {
			c.lemma, c.lemmaSets, c.lists = v.lemma, v.lemmaSets, v.lists
		}
		return
	}
}

// looksLikeVerb reports a token that reads as an inflected verb: a past form
// ("lost", "delivered") or a regular "-ed" participle.
func (az *analyzer) looksLikeVerb(i int) bool {
	t := &az.tok.toks[i]
	if t.lex&lxIrregular == 0 && t.id != 0 && !t.odd {
		return regularPasts.has(t.id) // a word the index knows, typed as it is spelt: no key to read
	}
	k := az.tok.keyOf(t)
	if t.lex&lxIrregular != 0 {
		// "chasing", "cancelling" and "doing" are listed for their lemma, not as
		// past forms: "I'm chasing them", "have you been doing short runs?" are no passives
		return len(k) <= 4 || !strings.HasSuffix(k, "ing") || t.lex&(lxBe|lxHave|lxDo) != 0
	}
	return looksRegularPast(k, t.end-t.start, t.id)
}

// looksRegularPast reports a word with key k and id id, typed in n bytes,
// that reads as a regular "-ed" past.
func looksRegularPast(k string, n int, id int32) bool {
	if !strings.HasSuffix(k, "ed") || numberWords.has(id) { // "hundred" is a number
		return false
	}
	if n <= 4 {
		_, known := knownForms[k] // "used", "owed": too short to guess, known from the lists
		return known
	}
	// "unused", "unpaid" are adjectives; "unlocked" is a verb the lists know.
	if !strings.HasPrefix(k, "un") {
		return true
	}
	_, known := verbForms[k]
	return known
}

// regularPasts are the words of the phrase index that looksRegularPast
// takes, typed as they are spelt: looksLikeVerb, asked of most clauses'
// verbs, reads them by id (TestRegularPastsHold).
var regularPasts = indexWordsWhere(func(w string) bool { return looksRegularPast(w, len(w), wordID(w)) })

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

// idThey is the id of "they".
var idThey = wordID("they")
