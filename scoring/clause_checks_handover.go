package scoring

// fineWhenItLeftUs reports a clause of when, opened by "when", in which the
// thing left us or our person left ("when it left us", "when we sent it",
// "when he left"), told just after a clause of its sentence that says the
// thing was fine or working: "the router we sent was working | when it left
// us", "he tested it and it was working | when he left". It was fine in our
// hands, so what went wrong went wrong in theirs.
func (az *analyzer) fineWhenItLeftUs(d *clause) bool {
	k := az.clauseIndex(d) - 1
	if k < 0 || d.neg || d.question || az.tok.toks[d.lo].id != idWhen || !d.lemmaIn(leftUsVerbs) {
		return false
	}
	c := &az.clauses[k]
	if az.tok.toks[c.lo].sent != az.tok.toks[d.lo].sent || c.neg || c.question || c.cond || d.actor == actCustomer {
		return false
	}
	return c.lemma == "work" && (c.aspect == aspDone || c.aspect == aspNow) || c.verb < 0 && az.saysFine(c)
}

// saysFine reports a copula's clause whose first word after the link is a
// word of being fine: "the router was fine", "it was all working".
func (az *analyzer) saysFine(c *clause) bool {
	var buf [2]string
	w := az.compWords(c, 2, buf[:0])
	return len(w) > 0 && (fineWords[w[0]] || len(w) == 2 && w[0] == "all" && fineWords[w[1]])
}

// leftUsVerbs tell a thing leaving our hands, or our person leaving theirs:
// "when it left us", "when we sent it", "when it was dispatched".
var leftUsVerbs = lemmaSetOf("leave send dispatch ship despatch post")
