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
	return !az.sorry(c) && !az.flags[az.tok.toks[c.lo].sent].owned && !az.weDoSomething(c)
}

// atHomeIn reports "at home" after c's verb.
func (az *analyzer) atHomeIn(c *clause) bool {
	toks := az.tok.toks
	for i := max(c.verb, c.lo) + 1; i+1 < c.hi; i++ {
		if toks[i].id == idAt && toks[i+1].id == idHome {
			return true
		}
	}
	return false
}

// idHome is the id of "home".
var idHome = wordID("home")
