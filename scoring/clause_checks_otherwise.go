package scoring

// What the customer's side might have done, told as a past that did not
// happen, beside what would then have gone right: "if the screen had been in
// a case, it wouldn't have cracked", "you'd have seen the warning if you'd
// opened the app", "if the details had been double-checked, we wouldn't be
// here". The better outcome lays the trouble at what was not done, whatever
// its verb; "if we'd checked the address, it wouldn't have gone to Leeds"
// owns it, and so does "if the parcel had arrived on time, you'd have had it
// for the party", told of what we deliver: neither blames.

// hadItGoneOtherwise reports a counterfactual "if" clause, not the
// company's, beside a clause of what would have been in its sentence.
func (az *analyzer) hadItGoneOtherwise(c *clause) bool {
	if !c.cond || !az.pastUnreal(c) || c.actor == actAgent || az.ourInSubject(c) || az.agentInSubject(c) || az.subjectHasLex(c, lxDeliverable|lxCompanyNoun) {
		return false
	}
	if c.passive && c.lists&stepList != 0 && c.lists&listYourActsOrSlips == 0 && az.pronounSubject(c) {
		// "you'd have had a refund by now if it had been processed": a pronoun leaves whose it is to
		// the verb, and this one is our step; "if the form had been sent in" names what is theirs
		return false
	}
	return az.nearInSentence(c, func(d *clause) bool {
		return d.aspect == aspWould && !d.cond && !d.question && !az.anyLexIn(d.lo, d.hi, lxFeeling)
	})
}

// pastUnreal reports a past perfect in an "if" clause, whatever its verb:
// "if you'd opened the app", "if the screen had been in a case".
func (az *analyzer) pastUnreal(c *clause) bool {
	if c.verb >= 0 {
		return az.pastUnrealVerb(c)
	}
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		b := az.lexAt(i)
		if (b&lxWould != 0 || b&lxHave != 0 && b&lxPastAux != 0) && toks[i+1].id == idBeen {
			return true // "if you'd been in", "if the screen had been in a case"
		}
	}
	return false
}

// pastUnrealVerb reports a past perfect verb group: "you'd entered", "you
// had read", whatever the verb's spelling.
func (az *analyzer) pastUnrealVerb(c *clause) bool {
	return c.pastAux && c.hasHave || (c.modalWould || c.pastAux || c.hasHave) && (az.looksLikeVerb(c.verb) || c.lemmaIn(sameFormLemmas))
}

// wouldIfTheyDid reports a condition that customers did their part, told
// in the past, before what would follow: "if people actually read the
// email, they'd know the pick-up moved", "if people read the house rules,
// we'd get half the complaints". It says they do not, as "if you'd read the
// email" does of one customer.
func (az *analyzer) wouldIfTheyDid(c *clause) bool {
	if !c.cond || c.neg || c.verb < 0 || c.hasHave || !az.looksLikeVerb(c.verb) && !c.lemmaIn(sameFormLemmas) {
		return false
	}
	d := az.nextInSentence(c)
	if d != nil && d.temporal {
		d = az.nextInSentence(d) // "if people read the rules | before they turned up, | we'd get ..."
	}
	return d != nil && d.aspect == aspWould && !d.hasHave && !d.cond && !az.sorry(c)
}

// idBeen reads "had been".
var idBeen = wordID("been")

// Better done otherwise, said of no one. "It would have been simpler to
// report the broken seal within the 48 hours", "wouldn't it have been easier
// to check the size chart first?": what would have been wiser, told as a past
// that did not happen, lays the trouble at what was not done, as the "if"
// form above does. Said of us ("it would have been better for us to call
// you"), or looking ahead ("wouldn't it be easier if I sent a new one?"), it
// blames nobody.

// wiserOtherwise reports an "it would have been easier to ..." clause (see
// above).
func (az *analyzer) wiserOtherwise(c *clause) bool {
	if c.aspect != aspWould || !c.hasHave || c.verb >= 0 || c.subj < 0 || az.tok.toks[c.subj].id != idIt {
		return false
	}
	toks := az.tok.toks
	for i := c.comp; i+2 < c.hi && i <= c.comp+3; i++ {
		if wiserWords.has(toks[i].id) {
			// "simpler to report it", not "simpler for us to"
			return toks[i+1].id == idTo && !az.sorry(c) && !az.flags[toks[c.lo].sent].owned
		}
	}
	return false
}

// wiserWords say what would have gone better: "easier", "simpler".
var wiserWords = idSetOf(wiserWordsList)

const wiserWordsList = "easier simpler better quicker wiser safer"
