package scoring

// dropSeeingFrames takes out of the token stream a frame that says the
// agent sees, finds or can confirm what follows, when a clause with its
// verb follows it: "I can see (that) | the courier left it at the wrong
// house", "I can confirm (that) | your refund has gone through", "I've
// checked and | the direct debit bounced". The clause says what was seen;
// the frame only says where it was read, as "from what I can see," does
// (see talkFrames), and the turn reads as the clause said bare. A frame
// before anything else ("I can see the second charge", "I can see why
// you're upset", "I can see you on Friday") stays.
func (az *analyzer) dropSeeingFrames() {
	if az.tok.cues&cueSeeing == 0 {
		return
	}
	toks := az.tok.toks
	dropped := false
	for si := range az.tok.sents {
		s := &az.tok.sents[si]
		i := s.tokLo
		for i < s.tokHi && az.discourseWord(i) {
			i++ // a frame opens its sentence, after words of talk at most
		}
		if i >= s.tokHi || toks[i].lex&lxAgent == 0 {
			continue // every frame opens with "I" or "we"
		}
		n := az.seeingFrameAt(i)
		if n == 0 {
			n = az.lookingFrameAt(i)
		}
		for k := i; k < i+n; k++ {
			toks[k].sent = -1 // taken out below
		}
		dropped = dropped || n > 0
	}
	if dropped {
		az.tok.dropMarked()
		az.tok.openCues()
	}
}

// seeingFrameAt returns how many tokens a frame of seeingFrames at i holds,
// with the "that" after it, when a clause follows it; or 0. The caller has
// asked that i open its sentence, after words of talk at most.
func (az *analyzer) seeingFrameAt(i int) int {
	toks := az.tok.toks
	s := &az.tok.sents[toks[i].sent]
	n := seeingFrames.at(toks, i, s.tokHi)
	if n == 0 {
		return 0
	}
	j := i + n
	if j < s.tokHi && toks[j].id == idThat && !toks[j].pause && j+1 < s.tokHi &&
		(az.seenClauseAt(j+1, s.tokHi) || az.lexAt(j+1)&(lxSub|lxCond|lxTemporal|lxOpener) != 0 || az.openerBeforeSubject(j+1) ||
			toks[j+1].id == idAs && az.pronounAfterPhrase(j+1)) {
		// "I can see that | as you chose the basic tier, ...", "| unfortunately you requested
		// it late", "| as the account holder it's on you": after "that", a clause follows
		// whatever opens it
		return n + 1
	}
	if !toks[j-1].pause && az.seenClauseAt(j, s.tokHi) {
		return n
	}
	return 0
}

// lookingFrameAt returns how many tokens "I've checked and", "we looked
// into it and" or "I've had a quick look and" at i hold, through the "and",
// when a clause follows it; or 0, as seeingFrameAt. What the look found
// is the clause, said bare: looking into the trouble takes nothing on (see
// onlyLookedInto).
func (az *analyzer) lookingFrameAt(i int) int {
	toks := az.tok.toks
	s := &az.tok.sents[toks[i].sent]
	if i+1 >= s.tokHi || !lookedIntoForms.has(toks[i+1].id) && toks[i+1].id != idHad {
		return 0 // the agent at i looks: "I've | checked", "we | had a look"
	}
	for k := i + 2; k < s.tokHi-1 && k <= i+6; k++ {
		if toks[k].id != idAnd {
			continue
		}
		if az.afterLookingInto(k) && az.seenClauseAt(k+1, s.tokHi) {
			return k - i + 1
		}
		return 0
	}
	return 0
}

// seenClauseAt reports a subject at j, before hi, with a verb of its own
// before the next pause: "| the courier left it", "| you've been charged",
// "| that's on them", "| nobody else has reported it", "| refunds go back".
// A subject's own relative clause with no verb after it ("everything you
// sent us", "the email you sent") names what was seen.
func (az *analyzer) seenClauseAt(j, hi int) bool {
	toks := az.tok.toks
	if j >= hi {
		return false
	}
	if !az.subjectOfSupposedAt(j) {
		// "| refunds go back to the card", "| rider got lost", "| everything on our side checks
		// out", "| no one else on that flight had any trouble"; but "I can see three failed
		// attempts" names what was seen
		return !toks[j].num && !numberWords.has(toks[j].id) && (az.nounThenVerbAt(j) || az.pluralThenBaseVerb(j) || az.placedPronounThenVerb(j, hi))
	}
	if az.subjectAfterSeeing(j) {
		return true // "| your router's ancient": a noun's "'s" is its verb
	}
	b := az.lexAt(j)
	if b&auxBits != 0 {
		return true // "that's", "you've"
	}
	// A pronoun, or "your", needs its verb before the next pause: "I can see you on Friday",
	// "I can see your point" take no clause. A noun's or people's verb subjectOfSupposedAt has
	// found, unless it is the verb of the noun's own relative clause.
	pronoun := b&(lxCustomer|lxThird|lxAgent) != 0 && b&lxCustomers == 0 || toks[j].id == idYour
	verbs, relative := 1, false
	for k := j + 1; k < hi && k < j+9 && !toks[k-1].pause; k++ {
		bk := az.lexAt(k)
		if bk&(lxAgent|lxCustomer|lxThird) != 0 && bk&auxBits == 0 && az.lexAt(k-1)&(lxPrep|lxTemporal) == 0 {
			verbs, relative = 2, true // "the logo | you sent | was a screenshot": the relative's verb, then its own;
			continue                  // but "the tenant before you" is a phrase, not a relative
		}
		if az.finiteVerbWithin(k, 1) {
			if verbs--; verbs == 0 {
				return true
			}
		}
	}
	return !pronoun && !relative // not "I can see everything you sent us"
}

// placedPronounThenVerb reports at j a pronoun that stands for anyone or
// anything ("everything", "no one", "someone else"), a short phrase placing
// it, and its verb: "everything on our side checks out", "no one else on
// that flight had any trouble".
func (az *analyzer) placedPronounThenVerb(j, hi int) bool {
	toks := az.tok.toks
	k := j + 1
	switch {
	case toks[j].id == idNo && k < hi && toks[k].id == idOne:
		k++ // "no one"
	case !indefinites.has(toks[j].id) && !noOne.has(toks[j].id) && az.lexAt(j)&lxAnyone == 0:
		return false
	}
	if k < hi && az.markAt(k)&lxElse != 0 {
		k++ // "no one else", "everyone else"
	}
	_, finite := az.verbAfterSubjectPhrase(k, j, hi)
	return finite
}

// seeingFrames say that the agent sees, finds or can confirm what follows.
var seeingFrames = idPhrasesOf(seeingFramesList)

const seeingFramesList = "i can see|i can also see|i can see here|i can confirm|i can also confirm|i can tell you|" +
	"i see|i notice|i've noticed|i noticed|i'm seeing|we can see|we can confirm"

// pluralThenBaseVerb reports a plural noun with no determiner at j and a
// verb in its base form after it: "refunds go", "deposits take".
func (az *analyzer) pluralThenBaseVerb(j int) bool {
	toks := az.tok.toks
	if j+1 >= len(toks) || toks[j+1].sent != toks[j].sent || toks[j].pause || az.lexAt(j)&(lxDet|auxBits|lxPrep) != 0 {
		return false
	}
	key := az.tok.keyOf(&toks[j])
	return len(key) > 3 && key[len(key)-1] == 's' && verbs.bare[az.tok.keyOf(&toks[j+1])] != 0
}
