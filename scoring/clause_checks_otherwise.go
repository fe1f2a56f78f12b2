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
	return c.pastAux && c.hasHave || (c.modalWould || c.pastAux || c.hasHave) && (az.looksLikeVerb(c.verb) || sameFormParticiples[c.lemma])
}

// idBeen reads "had been".
var idBeen = wordID("been")
