package scoring

// The trouble dated to an act of the customer's side. "The booking widget
// disappeared from your homepage when your web designer edited the
// template", "the integration broke when your IT guy rotated the API key",
// "it stopped working after you updated it": the clause of when names what
// set the trouble off. Said of where they were ("the heating broke when you
// were away") or of what reached them ("when you got our email"), or of a
// trouble we own, it only dates it.

// troubleWhenYouActed reports a clause of when, opened by "when" or "after",
// in which the customer's side acts, following a clause of its sentence
// that tells a trouble not of ours.
func (az *analyzer) troubleWhenYouActed(c *clause) bool {
	toks := az.tok.toks
	ci := az.clauseIndex(c)
	if !c.temporal || c.neg || c.verb < 0 || ci == 0 || toks[c.lo].id != idWhen && toks[c.lo].id != idAfter ||
		c.lists&(listNotBlame|listReceive) != 0 || c.lemmaIn(arrivalVerbs) || !(c.actor == actCustomer && !c.passive || az.yourSide(c) || az.yourActUnnamed(c)) {
		return false // "when you arrived" only dates what they found
	}
	t := &az.clauses[ci-1]
	if toks[t.lo].sent != toks[c.lo].sent || t.neg || t.actor == actAgent || az.ourInSubject(t) || t.verb < 0 {
		return false
	}
	// not the "failures" list, which holds saying and seeing too: "you said medium when you ordered"
	return t.lists&(listGoesWrong|listThirdPartyFailure|listSlip) != 0 || troubleForms[lemma(t.lemma)]
}

// yourActUnnamed reports an act only the customer's side takes, told in the
// passive with no one named, done to a thing neither ours nor one we
// deliver: "when it was unplugged", "after the settings were changed". A
// step we take ("when it was reset") may be ours.
func (az *analyzer) yourActUnnamed(c *clause) bool {
	return c.passive && c.byWho == actNone && c.lists&listYourActs != 0 && c.lists&stepList == 0 && !az.ourInSubject(c) && !az.deliverableSubject(c)
}

// arrivalVerbs tell the customer coming to a place, which dates what they
// found there: "the kitchen was in a state when you arrived".
var arrivalVerbs = lemmaSetOf("arrive come get go land return reach")

// troubleForms are troubles the verb lists do not name: "the widget
// disappeared".
var troubleForms = wordSet("disappear vanish break stop crash fail die")
