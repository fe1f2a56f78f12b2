package scoring

// Cleared, then the customer's thing named. "Barrier's fine. It's your
// plate", "there's nothing wrong with the kettle; it's the limescale in your
// area", "the charger works fine; the fault's in the socket at your end": a
// thing cleared, and then the customer's side named, puts the cause there.
// Naming their thing to clear it ("your router's fine; the fault was at our
// exchange") is the other way round.

// yoursAfterClearing reports a clause naming the customer's side ("it's
// your plate", "the fault's at your end") right after a clause that clears a
// thing (see clearsAThing).
func (az *analyzer) yoursAfterClearing(c *clause) bool {
	if c.verb >= 0 || c.neg || c.question || c.comp >= c.hi || !az.idIn(idYour, c.comp, c.hi) || az.ourInSubject(c) {
		return false
	}
	if !az.pronounSubject(c) && !c.fault {
		return false // "it's your plate", "the fault's at your end"
	}
	ci := az.clauseIndex(c)
	return ci > 0 && az.clearsAThing(&az.clauses[ci-1]) && !az.weActInSentence(c)
}

// clearsAThing reports a clause that says a thing is fine: "barrier's fine",
// "there's nothing wrong with the kettle", "the charger works fine".
func (az *analyzer) clearsAThing(d *clause) bool {
	if d.question || d.actor == actCustomer || az.idIn(idYour, d.lo, d.hi) || az.clauseHasWord(d, wordNow) || az.clauseHasWord(d, wordAgain) {
		return false // "your router's fine" clears theirs; "it's fine now" tells a fix
	}
	var buf [2]string
	w := az.compWords(d, 2, buf[:0])
	switch {
	case d.verb < 0 && !d.neg && len(w) > 0 && fineWords[w[0]]:
		return true
	case d.neg && d.verb < 0 && az.clauseHasID(d, idNothing) && az.clauseHas(d, lxWrong):
		return true
	case (d.lemma == "work" || d.lemma == "test") && !d.neg && len(w) > 0 && fineWords[w[0]]:
		return true
	}
	return false
}
