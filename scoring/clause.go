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
	can        bool   // the modal is "can" itself: ability ("I can refund"), not possibility
	should     bool   // the modal is "should" or "ought": what ought to have happened
	ruleSubj   bool   // the subject is a rule: "our policy", "the fare rules", "the system"
	linking    bool   // the main verb links like be: "that sounds stressful"
	quoted     bool   // holds words in quotes: someone else's words, not the agent's
	bag        lex    // every property of every word in the clause, for quick rejection
	gate       gate   // the yes/no facts above that rows test together (see gateOf)
	lists      uint64 // the verb lists the main verb is in (see verbIndex)
	// lemma is filled from the main verb's token when the clause is read.
	byWho   actor // a passive's "by ..." agent, actNone when there is none
	lastAux int   // the last auxiliary read, which is the main verb when no other follows ("you'll have it")
}

// readClauses splits the turn's sentences into clauses and reads each.
func (az *analyzer) readClauses() {
	az.clauses = az.clauses[:0]
	for si := range az.tok.sents {
		s := &az.tok.sents[si]
		question := s.question && !az.isTagQuestion(s)
		lo := s.tokLo
		for i := s.tokLo; i < s.tokHi; i++ {
			if i > lo && az.clauseStartsAt(i) {
				az.addClause(lo, i, question)
				lo = i
			}
		}
		az.addClause(lo, s.tokHi, question)
	}
}

// afterLikeFrameAt reports a subject pronoun, or "your", at i after "sounds
// like", "looks like" or "seems like" at the start of a sentence.
func (az *analyzer) afterLikeFrameAt(i int) bool {
	toks := az.tok.toks
	if i < 2 || toks[i-1].sent != toks[i].sent || az.tok.key(toks[i-1]) != "like" || !likeFrames.has(toks[i-2].id) {
		return false
	}
	b := az.lexAt(i)
	return b&(lxCustomer|lxThird) != 0 && b&lxDet == 0 || toks[i].id == idYour
}

// reasonIsThat reports "that" at i after "the reason ... is": what follows is
// the reason ("the reason you were charged twice is that the payment was
// submitted again").
func (az *analyzer) reasonIsThat(i int) bool {
	return az.frameIsThat(i, reasonNouns)
}

// frameIsThat reports "that" at i after "is", in a sentence whose first few
// words hold one of heads: "the reason ... is | that", "what happened is |
// that we changed the date". What follows is a clause of its own.
func (az *analyzer) frameIsThat(i int, heads idSet) bool {
	toks := az.tok.toks
	if i < 2 || toks[i].id != idThat || az.lexAt(i-1)&lxBe == 0 || az.lexAt(i-1)&(lxAgent|lxCustomer|lxThird|lxThing) != 0 {
		return false
	}
	s := az.tok.sents[toks[i].sent]
	for j := s.tokLo; j < i-1 && j < s.tokLo+4; j++ {
		if heads.has(toks[j].id) {
			return true
		}
	}
	return false
}

// reasonNouns make their "is that" give a cause; frameNouns only frame what
// follows ("the thing is that", "what happened is that").
var (
	reasonNouns = idSetOf("reason cause")
	frameNouns  = idSetOf(frameNounsList)
)

const frameNounsList = "reason cause happened thing fact problem issue truth point"

// byTheTime reports "by the time" at i, which opens a clause of when.
func (az *analyzer) byTheTime(i int) bool {
	toks := az.tok.toks
	return i+3 < len(toks) && toks[i].id == idBy && toks[i+1].id == idThe && toks[i+2].id == idTime &&
		toks[i+3].sent == toks[i].sent
}

// Ids of the words of "by the time".
var idBy, idThe, idTime = wordID("by"), wordID("the"), wordID("time")

// thatThen follow "after" or "before" as a time already named: "after that".
var thatThen = idSetOf("that this then")

// afterGuess reports a word right after a verb of guessing: "I wonder whether".
func (az *analyzer) afterGuess(i int) bool {
	return i > 0 && az.markAt(i-1)&lxGuess != 0
}

// clauseOnly are subordinators that always open a clause ("because of" excepted).
var clauseOnly = idSetOf("because cos coz although though whereas")

// idOf is the id of "of", which turns "because" into a preposition.
var idOf = wordID("of")

// clauseJoiners are the conjunctions that join clauses only.
var clauseJoiners = idSetOf("so but")

// isTagQuestion reports a statement with a question tagged on ("you didn't
// read it, did you?"): it says what it says, and its clauses read as statements.
func (az *analyzer) isTagQuestion(s *sentence) bool {
	n := s.tokHi - s.tokLo
	if n < 4 {
		return false
	}
	aux, pron := s.tokHi-2, s.tokHi-1
	return az.tok.toks[aux-1].pause && az.lexAt(aux)&auxBits != 0 && az.lexAt(aux)&(lxAgent|lxCustomer|lxThird|lxThing) == 0 &&
		az.lexAt(pron)&(lxAgent|lxCustomer|lxThird|lxThing) != 0 && az.lexAt(pron)&auxBits == 0
}

// clauseStartsAt reports whether a new clause begins at token i: after a pause
// when a subject, conjunction or "done" follows; at a subordinating word; or
// at "and"/"but"/"so" followed by a subject pronoun ("..., or I can send").
func (az *analyzer) clauseStartsAt(i int) bool {
	toks := az.tok.toks
	b := az.lexAt(i)
	prevPause := toks[i-1].pause
	switch {
	case az.byTheTime(i) && az.subjectFollows(i+3):
		return true // "it'll be fixed | by the time you get back from work"
	case b&(lxSub|lxCond) != 0 && b&lxThing == 0 && az.subjectFollows(i+1) && (b&lxTemporal == 0 || az.finiteVerbWithin(i+2, 5)):
		return true // "before your guests arrive", not "before 5pm", "before hand-in" or "until the 30th to return it"
	case b&lxSub != 0 && prevPause: // ", which will show"
		return true
	case clauseOnly.has(toks[i].id) && i+1 < len(toks) && toks[i+1].sent == toks[i].sent && toks[i+1].id != idOf:
		return true // "because online check-in was not completed": a clause follows, whatever its subject
	case b&lxConj != 0 && i+1 < len(toks) && toks[i+1].sent == toks[i].sent &&
		(az.lexAt(i+1)&(lxAgent|lxCustomer|lxThird|lxThing) != 0 || az.lexAt(i+1)&lxNeg != 0 && noOne.has(toks[i+1].id)):
		return true // "... and we", "... and nobody answered"
	case b&lxConj != 0 && i+1 < len(toks) && toks[i+1].sent == toks[i].sent && clauseJoiners.has(toks[i].id) && az.lexAt(i+1)&lxDet != 0:
		return true // "so any delay is theirs": "so" and "but" join clauses, not nouns
	case prevPause && b&(lxAgent|lxCustomer|lxThird|lxThing|lxDet|lxConj) != 0:
		return true
	case b&lxConj != 0 && i+1 < len(toks) && toks[i+1].sent == toks[i].sent && az.startsPredicate(i+1):
		return true // "is on its way and arrives Thursday"
	case az.startsReported(i):
		return true // "you have to understand | that it was your agent who booked it"
	case az.frameIsThat(i, frameNouns):
		return true // "the reason the room wasn't ready is | that you arrived early", "what happened is | that we ..."
	case az.afterLikeFrameAt(i):
		return true // "sounds like | you skipped the verification step"
	}
	return false
}

// Word ids the clause reader compares tokens with, instead of their text.
var idThat, idYourself = wordID("that"), wordID("yourself")

// wordID returns the phrase index's id of word w (0 if no pattern or lexicon row names it).
func wordID(w string) int32 { return index.words.id(w) }

// reportingVerbs take a clause of their own after "that": what is known, said or seen.
var reportingVerbs = wordSet("understand know see say mean think believe realise realize note appreciate " +
	"confirm explain show find appear seem promise guarantee swear assure point advise remind inform notify")

// startsReported reports a reported clause opening at i, after a verb of
// knowing or saying: "that" before a subject pronoun ("I can see that you
// paid"), or "you" itself ("our records show you paid").
func (az *analyzer) startsReported(i int) bool {
	toks := az.tok.toks
	b := az.lexAt(i)
	switch {
	case b&lxDet != 0 && az.evidenceShows(i-1):
		return true // "the server logs show | the files were deleted from your laptop"
	case toks[i].id == idThat && i >= 2 && clearWords.has(toks[i-1].id) && az.lexAt(i-2)&lxBe != 0:
		return true // "it is clear | that you were advised of the fee"
	case az.markAt(i-1)&lxGuess != 0 && b&(lxDet|lxThird|lxCustomer|lxThing) != 0 && b&lxAgent == 0:
		return true // "I'd guess | the dog sitter took it in", "I suspect | your router"
	case b&(lxCustomer|lxThing) == 0:
		return false
	case b&lxCustomer != 0 && b&lxDet == 0 && toks[i].id != idYourself:
		// "our logs show | you logged in", "I can see | you skipped it"; but "we've
		// guaranteed you a slot" gives "you" something
		return az.markAt(i-1)&lxReport != 0 && !givingVerbs[az.tok.key(toks[i-1])]
	case b&(lxAgent|lxThird|lxThing) != 0 && b&auxBits != 0 && az.markAt(i-1)&lxReport != 0:
		return true // "I promise | it'll be with you", "I can see | it's been dropped"
	case toks[i].id != idThat || i+1 >= len(toks) || toks[i+1].sent != toks[i].sent:
		return false
	}
	next := az.lexAt(i + 1)
	// "I can see that you paid", "we've been told that the parcel was misrouted":
	// before a determiner, "that" cannot be one itself
	return (next&(lxAgent|lxCustomer|lxThird|lxThing) != 0 || next&lxDet != 0) && az.reportedBefore(i)
}

// clearWords say a thing is plain before "that": "it is clear that".
var clearWords = idSetOf(clearWordsList)

const clearWordsList = "clear evident apparent obvious plain"

// evidenceShows reports a verb of showing at i after a record of what
// happened: "the logs show", "our records confirm", "the tracking says".
func (az *analyzer) evidenceShows(i int) bool {
	toks := az.tok.toks
	return i > 0 && toks[i].sent == toks[i-1].sent && az.markAt(i)&lxReport != 0 && evidenceNouns.has(toks[i-1].id)
}

// evidenceNouns are records an agent reads what happened from.
var evidenceNouns = idSetOf(evidenceNounsList)

const evidenceNounsList = "logs log records record tracking history photo photos scan scans report notes recording " +
	"footage data statement statements audit"

// reportedBefore reports a verb of knowing or saying just before token i, or
// before its particle: "I'd point out | that", "we found out | that".
func (az *analyzer) reportedBefore(i int) bool {
	if az.markAt(i-1)&lxReport != 0 {
		return true
	}
	return i >= 2 && az.tok.key(az.tok.toks[i-1]) == "out" && az.markAt(i-2)&lxReport != 0
}

// finiteVerbWithin reports a verb that has its own tense within n tokens
// from lo in the sentence: an auxiliary, a past form, or an -s verb the
// lists know, not one after "to".
func (az *analyzer) finiteVerbWithin(lo, n int) bool {
	toks := az.tok.toks
	for j := lo; j < len(toks) && j < lo+n && toks[j].sent == toks[lo-1].sent; j++ {
		if j > 0 && toks[j-1].id == idTo {
			continue
		}
		b := az.lexAt(j)
		if b&auxBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 || b == 0 && (az.looksLikeVerb(j) || az.verbAfterNoun(j)) || b&(lxAgent|lxCustomer|lxThird|lxThing) != 0 && b&auxBits != 0 {
			return true
		}
		if b == 0 && verbs.bare[az.tok.key(toks[j])] != 0 {
			return true // "before your guests arrive": a base verb after its subject
		}
	}
	return false
}

// givingVerbs report a promise and take the customer as who it is made to.
var givingVerbs = wordSet("promise promised guarantee guaranteed assure assured swear")

// idTo is the id of "to", before which a verb has no tense of its own.
var idTo = wordID("to")

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
	return az.tok.toks[i].lex &^ softBits
}

// softBits mark words for the checks that look for them, without changing
// how a clause is parsed: a word with only these bits is still a content
// word to the reader ("check" stays a verb, "due" a plain word). lexAt leaves
// them out; markAt and a clause's bag keep them.
const softBits = lxDenial | lxCause | lxFine | lxYour | lxReport | lxGuess | lxDuty | lxElse | lxAbout

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
	for i := lo; i < hi; i++ { // one pass over the tokens: their clause, its words' properties
		t := &az.tok.toks[i]
		t.clause = ci
		c.bag |= t.lex
		c.quoted = c.quoted || t.quoted
	}
	az.readClause(c)
	if c.subj < 0 && c.verb >= 0 && ci > 0 && az.sharesSubject(c, &az.clauses[ci-1]) {
		az.inheritSubject(c, &az.clauses[ci-1])
	}
	c.gate = gateOf(c)
}

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
}

// readClause fills in c, whose bag addClause has filled: subject, verb group,
// main verb, aspect and voice.
func (az *analyzer) readClause(c *clause) {
	i := az.skipOpeners(c)
	c.headLo = i
	if az.onlySaysDone(i, c.hi) {
		c.doneAlone, c.aspect, c.actor = true, aspDone, actThing
		return
	}
	i = az.readInversion(c, i)
	i = az.readSubject(c, i)
	i = az.readVerbGroup(c, i)
	c.comp = i
	az.readRest(c)
	if c.causal && c.aspect == aspDone && !c.neg && az.tok.key(az.tok.toks[c.lo]) == "since" && az.afterPerfect(c) {
		c.causal, c.temporal = false, true // "it's been stuck since you ordered it" says when; "since you didn't pay" says why
	}
	if c.verb >= 0 {
		v := az.verbAt(c.verb)
		c.lemma, c.lists, c.linking = v.lemma, az.listsOf(c, v), v.linking
		if c.lemma == "have" && !c.passive {
			az.readCausative(c)
		}
	}
}

// whWords open a question before its auxiliary: "why didn't you ring us?".
var whWords = idSetOf("why how what when")

// readInversion reads the auxiliary a question puts before its subject
// ("did you read it?", "why didn't you ring us?") and returns the subject's
// token, so the clause reads as its statement would ("you didn't ring us").
func (az *analyzer) readInversion(c *clause, i int) int {
	if !c.question {
		return az.readConditionalInversion(c, i)
	}
	j := i
	if j < c.hi && whWords.has(az.tok.toks[j].id) {
		j++
	}
	subjects := lxAgent | lxCustomer | lxThird | lxThing
	if j+1 >= c.hi || az.lexAt(j)&auxBits == 0 || az.lexAt(j)&subjects != 0 ||
		az.lexAt(j+1)&subjects == 0 || az.lexAt(j+1)&(lxDet|auxBits) != 0 {
		return i
	}
	az.noteAux(c, az.lexAt(j))
	c.lastAux = j
	return j + 1
}

// readConditionalInversion reads "had you cancelled", "were it to fail",
// "should you need": a condition said without "if", with its auxiliary
// before the subject. It returns the subject's token, or i unchanged.
func (az *analyzer) readConditionalInversion(c *clause, i int) int {
	if i+2 >= c.hi || i != c.lo || !inversionAuxes.has(az.tok.toks[i].id) {
		return i
	}
	if next := az.lexAt(i + 1); next&(lxCustomer|lxAgent|lxThird|lxThing) == 0 || next&(lxDet|auxBits) != 0 {
		return i
	}
	c.cond = true
	az.noteAux(c, az.lexAt(i))
	c.lastAux = i
	return i + 1
}

// inversionAuxes open a condition when they come before their subject.
var inversionAuxes = idSetOf("had were should")

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
			c.lemma, c.lists = v.lemma, v.lists
		}
		return
	}
}

// skipOpeners passes over the words that join a clause to what came before
// ("and", "so", "which", "if") and discourse words ("well", "good news"),
// noting a condition or a relative clause.
func (az *analyzer) skipOpeners(c *clause) int {
	i := c.lo
	for ; i < c.hi; i++ {
		b := az.lexAt(i)
		if n := az.hedgeOpener(i, c.hi); n > 0 {
			i += n - 1 // "to be fair, the restaurant's the one who forgot", "though to be fair you did": the frame is not the clause
			continue
		}
		if b&lxI != 0 && i+2 < c.hi && az.tok.key(az.tok.toks[i+1]) == "afraid" {
			i++ // "I'm afraid that's on you": the politeness is not the clause
			continue
		}
		k := az.tok.key(az.tok.toks[i])
		switch {
		case k == "that" && i == c.lo && i > 0 && az.startsReported(i):
			// "you have to understand | that it was your agent": the "that" only joins
		case k == "that" && i == c.lo && az.frameIsThat(i, frameNouns):
			c.causal = c.causal || az.reasonIsThat(i) // "the reason it failed is | that you ...": the reason itself
		case b&lxFreq != 0 && az.tok.toks[i].pause:
			c.freq = true // "Generally, people who check the size guide ...": the frame says how often
		case k == "as" && i+1 < c.hi && az.lexAt(i+1)&lxCustomer != 0:
			c.causal = true // "as you paid by transfer": "as you said" reads the same and names no duty
		case b&lxCond != 0 && !az.afterGuess(i):
			c.cond = true
		case b&lxCond != 0:
			// "I do wonder whether someone moved it": a guess, not a condition
		case az.byTheTime(i):
			c.temporal = true // "by the time you land" says when, as "when" does
			i += 2
		case b&lxTemporal != 0 && i+2 < c.hi && thatThen.has(az.tok.toks[i+1].id) && az.lexAt(i+2)&(lxAgent|lxCustomer|lxThird|lxThing|lxDet) != 0:
			i++ // "after that it's down to the courier": "after that" only says when
		case b&lxTemporal != 0:
			c.temporal = true
		case b&lxSub != 0 && b&lxThing != 0 && i+1 < c.hi && az.lexAt(i+1)&(lxAgent|lxCustomer|lxThird|lxDet) == 0:
			c.relative = true // "which will show": the relative word is the subject
			return i
		case b&(lxSub|lxConj|lxOpener) != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing|lxDet) == 0:
			c.hedged = c.hedged || hedgeWords.has(az.tok.toks[i].id)
			c.causal = c.causal || k == "because" || k == "since" || k == "cause" || k == "cos" || k == "coz"
		default:
			return i
		}
	}
	return i
}

// afterPerfect reports a clause that follows, in its sentence, a clause with
// a have auxiliary: "it's been stuck | since ...", "nothing has moved | since ...".
func (az *analyzer) afterPerfect(c *clause) bool {
	n := len(az.clauses)
	if n < 2 || &az.clauses[n-1] != c {
		return false
	}
	p := &az.clauses[n-2]
	return az.tok.toks[p.lo].sent == az.tok.toks[c.lo].sent && p.bag&lxHave != 0
}

// hedgeOpeners frame a clause without being it: "to be fair, ...", "chances
// are your bank flagged it".
var hedgeOpeners = phrases(strings.Split(hedgeOpenerList, "|")...)

const hedgeOpenerList = "to be fair|to be honest|to be frank|in fairness|chances are|just so you know|" +
	"not being funny but|for what it's worth|for the record|given that"

// hedgeOpenerIDs are hedgeOpeners as word ids, compared without reading text.
var hedgeOpenerIDs = func() [][]int32 {
	out := make([][]int32, len(hedgeOpeners))
	for i, p := range hedgeOpeners {
		for _, w := range p {
			if wordID(w) == 0 {
				panic("scoring: " + w + " is not a word the phrase index knows") // see idSetLists
			}
			out[i] = append(out[i], wordID(w))
		}
	}
	return out
}()

// hedgeOpener returns how many tokens a frame at i takes, or 0.
func (az *analyzer) hedgeOpener(i, hi int) int {
	first := az.tok.toks[i].id
	if first == 0 {
		return 0
	}
	for _, p := range hedgeOpenerIDs {
		if p[0] != first || i+len(p) > hi {
			continue
		}
		n := 1
		for n < len(p) && az.tok.toks[i+n].id == p[n] {
			n++
		}
		if n == len(p) {
			return n
		}
	}
	return 0
}

// doneWords are the words of a clause that only reports a step finished.
var doneWords = idSetOf(doneWordsList)

const doneWordsList = "done all sorted fixed that's it's everything's and now there there's we're you're all's"

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
		if !doneWords.has(az.tok.toks[i].id) {
			return false
		}
		said = said || k == "done" || k == "sorted" || k == "fixed"
	}
	return said
}

// looksLikeVerb reports a token that reads as an inflected verb: a past form
// ("lost", "delivered") or a regular "-ed" participle.
func (az *analyzer) looksLikeVerb(i int) bool {
	t := &az.tok.toks[i]
	if t.lex&lxIrregular != 0 {
		return true
	}
	k := az.tok.key(*t)
	if !strings.HasSuffix(k, "ed") {
		return false
	}
	if t.end-t.start <= 4 {
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

// idSet is a set of word ids, for words the phrase index knows: a flag per
// id, so asking costs one index.
type idSet []bool

// idSetOf returns the ids of the space-separated words. Each must be a word
// the phrase index knows; one that is not is a programming error, which any
// test run reports.
func idSetOf(words string) idSet {
	set := make(idSet, len(index.words.words))
	for _, w := range strings.Fields(words) {
		id := wordID(w)
		if id == 0 {
			panic("scoring: " + w + " is not a word the phrase index knows")
		}
		set[id] = true
	}
	return set
}

// has reports whether id is in the set; 0, an unknown word, never is.
func (s idSet) has(id int32) bool { return id > 0 && int(id) < len(s) && s[id] }
