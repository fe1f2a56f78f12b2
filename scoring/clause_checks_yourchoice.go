package scoring

// What the customer did, with what followed from it. "You selected 'leave
// with neighbour' in your preferences, so it went to number 14", "you
// picked standard delivery, so Friday is when it was always due", "you
// opted for paperless, so no, we wouldn't have posted the statement": the
// outcome is laid at their act. What they asked for or told us ("you asked
// us to hold it, so we did"), and an outcome that is good news, a step of
// ours for them or a time still to come ("so it should arrive Thursday"),
// are not.

// yourActLedTo reports a clause of the customer's own past act followed, in
// its sentence, by a result opened with "so", "hence" or "which is why" that
// tells an outcome (see above).
func (az *analyzer) yourActLedTo(c *clause) bool {
	if c.actor != actCustomer || c.passive || c.neg || c.question || c.cond || c.temporal || c.causal ||
		requestVerbs[c.lemma] || c.lists&(listNotBlame|listReceive) != 0 || c.subj >= 0 && az.tok.toks[c.subj].id == idYours {
		return false // not "yours arrived this morning", their thing
	}
	k := az.resultAfter(az.clauseIndex(c))
	if k == 0 {
		return false
	}
	d := &az.clauses[k]
	if d.question || d.cond || d.should || d.actor == actCustomer || az.goodNewsIn(d) || d.promises() || d.bag&lxEntitles != 0 ||
		az.anyIn(d.lo, d.hi, coverNouns) {
		return false // "so the fee should never have been added", "so it's still under guarantee"
	}
	if d.actor == actAgent || d.bag&lxAgent != 0 {
		return d.neg // "so we weren't able to serve mains"; not "so I've added a credit"
	}
	switch d.aspect {
	case aspDone, aspState, aspPresent, aspHabit:
		if d.passive && d.aspect != aspDone {
			return d.neg // "so it's being made up now": our work on it
		}
		return d.lists&stepList == 0 || d.neg // "so it went to number 14"; not "so it went out the same day"
	}
	return d.neg
}

// coverNouns name what protects the customer: "it's still under guarantee".
var coverNouns = idSetOf(coverNounsList)

const coverNounsList = "guarantee warranty cover insurance"
