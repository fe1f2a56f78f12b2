package scoring

// Customers in general, framed as common: "it's really common for people to
// put the flat number in the wrong box", "it's normal for customers to
// forget the old direct debit". The frame says what customers do, as
// "people often ..." does, and a slip or a wrong detail in it lays the
// trouble at their door.

// commonForCustomers reports "common", "normal" or "usual for" customers
// "to" do a slip, or to do a thing with a wrong detail, after "it's".
func (az *analyzer) commonForCustomers(c *clause) bool {
	if c.verb >= 0 || c.neg || c.question || c.cond || c.subj < 0 || !az.cleftIt(c.subj) {
		return false
	}
	toks := az.tok.toks
	for i := c.comp; i+4 < c.hi && i <= c.comp+2; i++ {
		if !commonWords.has(toks[i].id) || toks[i+1].id != idFor || az.lexAt(i+2)&lxCustomers == 0 || toks[i+3].id != idTo {
			continue
		}
		return az.verbAt(i+4).lists&listSlip != 0 || az.anyLexIn(i+5, c.hi, lxWrong)
	}
	return false
}

// commonWords say a thing is often done: "it's common for people to".
var commonWords = idSetOf(commonWordsList)

const commonWordsList = "common normal usual typical"
