package scoring

// Done at the customer's end. "The water valve was just turned off at your
// end", "the router was reset on your side", "pedals get cross-threaded at
// home": a thing acted on in the passive, with no one named, where only the
// customer's household could have acted. What went through there ("the
// payment went through fine on your side") is no act of theirs, and our
// doing something in the sentence tells what we did there; what we only
// can do ("I can book it in again") does not.

// doneAtYourEnd reports a clause in the passive, with no one named, whose
// verb is an act only the customer's side does or a slip, placed at their
// end or at home.
func (az *analyzer) doneAtYourEnd(c *clause) bool {
	if !c.passive || c.neg || c.question || c.cond || c.byWho != actNone || c.lists&(listYourActs|listSlip) == 0 {
		return false
	}
	if !az.pairIn(c, idYour, sideWords) && !az.atHomeIn(c) {
		return false
	}
	return az.notTakenOn(c)
}

// atHomeIn reports "at home" after c's verb.
func (az *analyzer) atHomeIn(c *clause) bool {
	return az.idPairAfterVerb(c, idAt, idHome)
}

// idPairAfterVerb reports the word first, then the word then, after c's
// verb: "at home", "for you".
func (az *analyzer) idPairAfterVerb(c *clause, first, then int32) bool {
	toks := az.tok.toks
	for i := max(c.verb, c.lo) + 1; i+1 < c.hi; i++ {
		if toks[i].id == first && toks[i+1].id == then {
			return true
		}
	}
	return false
}

// idHome is the id of "home".
var idHome = wordID("home")

// unlessMishandled reports a condition opened with "unless" that tells a
// slip, or an act only the customer's side does, done to the thing or by
// the customer or "someone", after a clause of its sentence saying what it
// never does on its own, or what we have never seen it do: "glass doesn't
// crack like that unless it's been dropped", "in fifteen years I've never
// seen one do that unless someone's been fiddling with the valve". The
// only way it happens is the customer's slip. What a rule waits on
// ("subscriptions renew unless they're cancelled") is no slip.
func (az *analyzer) unlessMishandled(c *clause) bool {
	toks := az.tok.toks
	if !c.cond || c.neg || c.lists&(listSlip|listYourActsOrSlips) == 0 || toks[c.lo].id != idUnless {
		return false
	}
	if !c.passive && c.actor != actCustomer && !az.someoneSubject(c) {
		return false // "unless the courier drops it" names who; "unless someone's been fiddling with it" leaves it theirs
	}
	p := az.prevInSentence(c)
	if p == nil {
		return false
	}
	return p.neg && (p.actor == actThing || az.neverSeenIt(p)) && !az.flags[toks[c.lo].sent].owned
}

// someoneSubject reports c's subject as "someone", "somebody" or the like,
// said plainly or with its "'s": "unless someone's been fiddling with it".
func (az *analyzer) someoneSubject(c *clause) bool {
	if c.subj < 0 {
		return false
	}
	t := az.tok.toks[c.subj]
	return anyonePronouns.has(t.id) || t.apos && anyonePronouns.has(t.base)
}

// neverSeenIt reports our side, or a party we quote, saying it has never
// seen or had the trouble: "I've never seen one do that", "he's never had a
// clutch go at 8,000 miles".
func (az *analyzer) neverSeenIt(p *clause) bool {
	return (p.actor == actAgent || p.actor == actThird) && p.lemmaIn(metVerbs) && az.clauseHasID(p, idNever)
}

// metVerbs tell what one has met with: "never seen", "never had".
var metVerbs = lemmaSetOf("see have know hear come_across")

// idUnless is the id of "unless".
var idUnless = wordID("unless")

// Gone wrong at the customer's end. "Something happened to it at your end",
// "the connection dropped on your side": said in the active, a thing that
// went wrong, or anything that happened to it, placed at their end puts the
// trouble there as an act done there does. Ours in the subject, or taken on
// in the sentence, it is not laid on them.

// wentWrongAtYourEnd reports a clause in the active whose verb tells a thing
// going wrong, or happening, placed at the customer's end.
func (az *analyzer) wentWrongAtYourEnd(c *clause) bool {
	if c.passive || c.neg || c.question || c.cond || c.verb < 0 || c.lists&troubleLists == 0 && !c.lemmaIn(happenLemmas) || az.ourInSubject(c) {
		return false
	}
	return az.pairIn(c, idYour, sideWords) && az.notTakenOn(c)
}

// notTakenOn reports a clause the agent does not take on: said with no
// apology for it, in a sentence that owns nothing, and beside no step of
// ours. What is placed at the customer's end, or done too late, is laid on
// them only then.
func (az *analyzer) notTakenOn(c *clause) bool {
	return !az.sorry(c) && !az.flags[az.tok.toks[c.lo].sent].owned && !az.weDoSomething(c)
}

// happenLemmas is happenVerbs for asking a clause's main verb.
var happenLemmas = lemmaSetFrom(happenVerbs)
