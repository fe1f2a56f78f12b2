package scoring

// What customers in general do as a habit, told beside the trouble it
// brings: "customers often tap accept without reading it, and that's when
// these charges pile up", "people tend to stick the router behind the telly,
// and that blocks half the Wi-Fi". Said to a customer with that trouble, the
// habit is theirs. A sentence in which we act ("most people ask about this,
// so I've switched it on for you") explains rather than blames, and one that
// takes the trouble as ours is vetoed by its row ("that's on us").

// habitBringsTrouble reports a clause whose subject is customers in general,
// or any group slipping, doing something as a habit, in a sentence that
// tells a trouble in that clause or one after it (or before it, when the
// habit is said as when it happens), and in which we do nothing.
func (az *analyzer) habitBringsTrouble(c *clause) bool {
	if c.actor != actCustomers && !(c.actor != actAgent && c.generic && c.lists&listSlip != 0) || c.passive ||
		c.aspect != aspHabit && c.aspect != aspPresent && !c.freq {
		// "a lot of riders forget to re-torque the stem": only people slip, so a group's slip, said
		// as a habit, is what customers do, whatever the noun
		return false
	}
	ci := az.clauseIndex(c)
	from, to := az.sentenceWindow(c)
	trouble := az.doneCarelessly(c)
	for k := from; k < to; k++ {
		d := &az.clauses[k]
		if d.actor == actAgent && !d.neg {
			return false // "so I've switched it on for you", "we see it a lot": we act or speak for ourselves
		}
		if k < ci && !c.temporal || !az.troubled(d) {
			continue // a trouble told before counts when the habit says when it happens: "it gets wiped | when guests keep it by their phone"
		}
		if d.bag&(lxAgent|lxOurDet|lxOurs) != 0 {
			return false // "and our guide doesn't help", "a design problem we own": the trouble is ours
		}
		trouble = true
	}
	return trouble
}

// doneCarelessly reports a habit told with how it goes wrong: done too
// fast ("tap through seat selection too fast"), or with a step left out
// ("order flooring without measuring twice"). The manner is the trouble,
// whether or not a clause after it tells what came of it.
func (az *analyzer) doneCarelessly(c *clause) bool {
	toks := az.tok.toks
	for i := max(c.verb, c.lo) + 1; i+1 < c.hi; i++ {
		switch {
		case toks[i].id == idToo && hasteWords.has(toks[i+1].id):
			return true
		case toks[i].id == idWithout && az.ingAt(i+1, c):
			return true
		}
	}
	return false
}

// hasteWords say how fast or how soon, after "too".
var hasteWords = idSetOf(hasteWordsList)

const hasteWordsList = "fast quickly quick soon early hastily hurriedly"
