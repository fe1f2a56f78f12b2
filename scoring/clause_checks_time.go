package scoring

// Checks on time that read the clause and its sentence rather than the time
// phrase: a deadline tied to the customer's own moment, and a sentence that
// is only a guess.

// deadlineOpeners make a clause of when a deadline: "before you land", "by
// the time you get home".
var deadlineOpeners = wordSet("before by until till")

// isEventDeadline: a clause of when that ties the company's promise to the
// customer's own moment ("we'll have the gas back on before your kids get
// home", "the voucher will be emailed before you land", "by the time your
// train pulls in, the ticket will be in your app"): it opens with a deadline
// word, its subject is the customer's, and another clause of the sentence
// promises what the company will do.
func (az *analyzer) isEventDeadline(c *clause) bool {
	if !c.temporal || !deadlineOpeners[az.tok.key(az.tok.toks[c.lo])] {
		return false
	}
	if c.actor != actCustomer && c.actor != actCustomers && !c.yourThing && !az.yourSide(c) {
		return false
	}
	if c.bag&lxWill != 0 && c.aspect != aspWill {
		return true // "by the time you get home tonight the credit will be showing", read as one clause
	}
	return az.sentenceCounts(c).promiseCount > count(c.promises())
}

// guessedSentence reports a sentence that says it is only a guess: "things
// should settle down next week, I'd guess".
//
// A guess needs a word of guessing in the sentence, which is a need of
// checkWords (guessedSentenceNeed): the clause's need bits say whether its
// sentence holds one, so a sentence without is answered with no look at its
// words, and one with is read once for all its flags (see sentenceWords).
func (az *analyzer) guessedSentence(c *clause) bool {
	if c.words&guessedSentenceNeed == 0 {
		return false
	}
	return az.sentenceWords(c).guess
}

// guessedSentenceNeed is the need bit of a word of guessing in the sentence
// (see checkWords).
var guessedSentenceNeed = needOf["guessed sentence"]

// guessedByMe reports the agent before the guess word at i: "I'd guess",
// "I suspect", "I do wonder", "I really do wonder".
func (az *analyzer) guessedByMe(i, lo int) bool {
	if oddsWords.has(az.tok.toks[i].id) {
		return i+1 < len(az.tok.toks) && az.lexAt(i+1)&lxBe != 0 // "chances are", "odds are": a guess with no "I"
	}
	if i > lo && az.tok.toks[i-1].id == idMy {
		return true // "my guess is", "my bet's on the router"
	}
	if i == lo && az.tok.toks[i].pause == false && i+1 < len(az.tok.toks) && az.tok.toks[i+1].sent == az.tok.toks[i].sent {
		return true // "Bet your little one hit the button", "Reckon the courier left it": "I" left unsaid
	}
	j := i - 1
	for j > lo && az.lexAt(j)&(lxDo|lxAdverb) != 0 && az.lexAt(j)&(lxI|lxWould) == 0 {
		j-- // "do", "really", "just"
	}
	return j >= lo && az.lexAt(j)&(lxI|lxWould) != 0
}

// oddsWords guess by naming the odds: "chances are", "odds are".
var oddsWords = idSetOf(oddsWordsList)

const oddsWordsList = "chances odds"

// idMy is the id of "my", as in "my guess is".
var idMy = wordID("my")

// sentenceWords reads, once per sentence, whether c's sentence is only a
// guess ("I'd guess", "I suspect"), whether it names a rule, and where it
// tells back the customer's words, and returns its flags: the checks that
// ask run once per candidate or clause, and a sentence of 100 KB is read
// once, not once per clause.
func (az *analyzer) sentenceWords(c *clause) *sentFlags {
	si := az.tok.toks[c.lo].sent
	f := &az.flags[si]
	if f.wordsRead {
		return f
	}
	f.wordsRead = true
	s := az.tok.sents[si]
	f.recapAt = -1
	for i := s.tokLo; i < s.tokHi; i++ {
		f.guess = f.guess || az.markAt(i)&lxGuess != 0 && az.guessedByMe(i, s.tokLo)
		f.rules = f.rules || ruleWords.has(az.tok.toks[i].id)
		f.cleared = f.cleared || az.noFaultOfYoursAt(i, s.tokHi)
		f.applied = f.applied || az.appliesToThisCaseAt(i, s)
		if f.recapAt < 0 {
			f.recapAt = az.recapEndsAt(i, s.tokHi)
		}
	}
	return f
}

// isOpeningHours reports a clause that tells when a place is open or shut,
// or what happens every week: "we're open until 8pm", "the depot is closed
// at weekends", "the garage is open until 6pm on Saturdays". Hours kept are no
// promise made to this customer.
func (az *analyzer) isOpeningHours(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i < c.hi; i++ {
		switch {
		case openWords.has(toks[i].id) && i > c.lo && az.lexAt(i-1)&lxBe != 0 && c.aspect != aspWill:
			return true // "we're open", "the depot is closed"; but "your account will be open from Monday" is a promise
		case everyDayWords.has(toks[i].id):
			return true // "on weekdays", "at weekends"
		}
	}
	return false
}

// openWords say a place is open; everyDayWords say a time comes round again.
var (
	openWords     = idSetOf(openWordsList)
	everyDayWords = idSetOf(everyDayWordsList)
)

const (
	openWordsList     = "open closed shut staffed"
	everyDayWordsList = "weekdays weekends mondays tuesdays wednesdays thursdays fridays saturdays sundays"
)

// pastBefore reports a word of the past within three words before token i:
// "it was due Friday", "you ordered it Monday". A schedule word after a
// present be or have is no past: "you're booked in for Thursday", "the
// engineer has been scheduled for Monday".
func (az *analyzer) pastBefore(i int) bool {
	toks := az.tok.toks
	for j := i - 1; j >= 0 && j >= i-3 && toks[j].sent == toks[i].sent; j-- {
		if !pastWords.has(toks[j].id) {
			continue
		}
		if j == 0 || !scheduleWords.has(toks[j].id) || toks[j-1].sent != toks[j].sent {
			return true
		}
		// "is booked", "'re booked", "been scheduled", "now booked"
		if p := az.lexAt(j - 1); p&lxBe == 0 && toks[j-1].id != idNow || p&lxPastAux != 0 {
			return true
		}
	}
	return false
}

// scheduleWords are past words that, after a present be, say what is set for later.
var scheduleWords = idSetOf(scheduleWordsList)

const scheduleWordsList = "booked scheduled"

// idNow is the id of "now".
var idNow = wordID("now")

// hedgeInClause reports a hedge the phrase tables found inside c: "it'll
// hopefully be with you by Friday", "fingers crossed it's there Monday", "I
// hope to have it to you by Friday". What is only hoped is not promised. A
// hedge in another clause ("I'm not sure why it failed, but I'll call you
// Friday") leaves this one as said; a hedge said alone before it
// ("Hopefully, it'll be with you by Friday") is its opener.
//
// A hedge's candidate may cancel another (hedgeSuppresses), so a turn whose
// candidates cancel nothing holds none, and is answered without a pass over
// the candidates.
func (az *analyzer) hedgeInClause(c *clause) bool {
	if hedgeSuppresses && !az.suppress {
		return false
	}
	if !az.hedgesNoted {
		az.noteHedges()
	}
	if !az.flags[az.tok.toks[c.lo].sent].hedge {
		return false // no hedge in the sentence: the common case, without a look at the candidates
	}
	from := c.lo
	if ci := az.clauseIndex(c); ci > 0 {
		if p := &az.clauses[ci-1]; p.hi == c.lo && p.verb < 0 && p.subj < 0 && az.tok.toks[p.lo].sent == az.tok.toks[c.lo].sent {
			from = p.lo
		}
	}
	lo, hi := az.tok.toks[from].start, az.tok.toks[c.hi-1].end
	return az.foundSpan(MarkHedge, lo, hi, lo)
}

// foundSpan reports a candidate of kind k the phrase tables found, starting
// at a byte offset in startLo..startHi-1 and ending after endAfter: the one
// question the checks that read a phrase's evidence ask of the candidates.
func (az *analyzer) foundSpan(k MarkerKind, startLo, startHi, endAfter int) bool {
	for i := range az.cands {
		if m := &az.cands[i]; m.Start >= startLo && m.Start < startHi && m.End > endAfter && m.Kind == k {
			return true
		}
	}
	return false
}

// hedgeSuppresses says a hedge is of the kinds that may cancel another,
// whose candidates set the turn's suppress flag.
var hedgeSuppresses = factsOf(MarkHedge)&factSuppresses != 0

// noteHedges flags, once a turn and only when a check first asks, each
// sentence that holds a hedge the phrase tables found.
func (az *analyzer) noteHedges() {
	az.hedgesNoted = true
	for i, f := range az.candFacts {
		if f.kind() == hedgeKind { // by its number: a kind is a string
			az.flags[az.sentenceAt(az.cands[i].Start)].hedge = true
		}
	}
}

// askedOfYou reports a time in what the customer is asked or told to do,
// not a time we keep: "we asked you to send the form by the 5th", "the
// letter asks you to call us by Friday", "please send it back by the 14th".
// What we ask another to do for them ("I've asked the team to call you by
// Friday") stays ours to see done.
func (az *analyzer) askedOfYou(c *clause) bool {
	if c.bag&lxCustomer == 0 {
		return az.dutyBidden(c) // no "you" to ask
	}
	if i := az.youAskedToAt(c); i > 0 {
		// a time before the asking is our own: "I'll call you by Friday | to remind you to send it"
		toks := az.tok.toks
		return !az.foundSpan(MarkTimeCommitment, toks[c.lo].start, toks[i].start, 0)
	}
	return az.dutyBidden(c)
}

// youAskedToAt returns the token of "you" asked or told "to" do a thing in
// c ("we asked | you to send it"), or -1.
func (az *analyzer) youAskedToAt(c *clause) int {
	toks := az.tok.toks
	for i := c.lo + 1; i+2 < c.hi; i++ {
		if toks[i].id == idYou && toks[i+1].id == idTo {
			if v := az.verbAt(i - 1); v != nil && askedVerbs.holds(v.lemmaSets) {
				return i
			}
		}
	}
	return -1
}

// dutyBidden reports a clause that bids the customer do a part of theirs,
// with no subject: "please send the form by the 5th", "just pop it back by
// Friday". "Please expect a call by Friday" tells what we will do, and its
// verb hands nothing in (see handInVerbs).
func (az *analyzer) dutyBidden(c *clause) bool {
	if c.actor != actNone || c.subj >= 0 || c.verb < 0 || c.passive || c.neg {
		return false
	}
	v := c.verb
	if c.lemma == "please" && v+1 < c.hi {
		v++ // "please send": the reader took "please" for the verb
	}
	info := az.verbAt(v)
	return info != nil && handInVerbs.holds(info.lemmaSets)
}

// handInVerbs are the parts a customer is bidden do by a date: send, pay,
// sign, book, reply. "Give me until 3", "check your inbox in ten minutes"
// and "keep your phone handy at half three" bid them wait on a time of ours.
var handInVerbs = lemmaSetOf(yourPartVerbsList + " complete sign post book call ring reply respond bring drop pop")

// askedVerbs ask or tell someone to do a thing: "we asked you to".
var askedVerbs = lemmaSetOf(askVerbsList + " need want require expect instruct invite encourage")

// yoursDueToUs reports what the customer sends told as due to reach or be
// with us by a time: "your form must reach us by Friday", "the payment
// needs to clear by the 3rd". The deadline is theirs; a remedy of ours due
// to reach them ("the refund needs to reach you by Friday"), or a payment
// not told as theirs, is not.
func (az *analyzer) yoursDueToUs(c *clause) bool {
	if az.ourInSubject(c) || !az.subjectHas(c, sentInOrPaper) {
		return false
	}
	lo, hi := c.subjectSpan()
	if az.anyIn(lo, hi, remedyNouns) {
		return false
	}
	// a payment is theirs only as "your payment": "the payment should land in 3 to 5 days" is ours to them
	return !az.anyIn(lo, hi, paymentNouns) || az.idIn(idYour, lo, hi)
}

// sentInOrPaper are what the customer sends or hands in (paperwork and
// sentInNouns); remedyNouns are what we send them. A payment (paymentNouns)
// may go either way.
var (
	sentInOrPaper = idSetOf(paperworkList + " " + sentInNounsList)
	remedyNouns   = idSetOf(remedyNounsList)
)

const remedyNounsList = "refund refunds credit replacement replacements compensation voucher"
