package scoring

// Advice that follows from what went before, pointed at the customer's
// side. "Never had that issue with that boiler on any other job, so I'd look
// at how it's being used", "they all pass, so I'd say something's off with
// how yours is plumbed in", "it shows as signed for at your address, so I'd
// have a good look around at your end first": with "so", the advice is the
// conclusion of the evidence before it, and the conclusion is the customer.

// lookToYourSide reports advice of ours, said with "would" and opened with
// "so", after another clause of its sentence, that points at the
// customer's side: something of theirs that is not what we deliver, or how
// their thing is being used.
func (az *analyzer) lookToYourSide(c *clause) bool {
	toks := az.tok.toks
	if c.actor != actAgent || c.aspect != aspWould || c.neg || c.question || c.cond || toks[c.lo].id != idSo || c.verb < 0 ||
		!c.lemmaIn(lookVerbs) && !(c.lemma == "have" && az.anyIn(c.verb+1, min(c.hi, c.verb+4), lookNouns)) {
		return false
	}
	from, to := az.sentenceWindow(c)
	ci := az.clauseIndex(c)
	if from == ci || az.sorry(c) || az.flags[toks[c.lo].sent].owned {
		return false // the advice alone ("so I'd check your settings") concludes nothing
	}
	for i := c.verb + 1; i+1 < c.hi; i++ {
		if yoursWords.has(toks[i].id) && (toks[i].id != idYour || az.lexAt(i+1)&lxDeliverable == 0) {
			return true // "your local network", "how yours is plumbed in"; not "your refund"
		}
	}
	for k := ci + 1; k < to; k++ {
		if d := &az.clauses[k]; d.passive && d.lists&listYourActs != 0 && !az.ourInSubject(d) {
			return true // "so I'd look at how | it's being used"
		}
	}
	return false
}

// lookVerbs say where to look for the cause; lookNouns make "have" do so:
// "have a look", "have a word".
var (
	lookVerbs  = lemmaSetOf("look check say start")
	lookNouns  = idSetOf(lookNounsList)
	yoursWords = idSetOf(yoursWordsList)
)

const (
	lookNounsList  = "look word"
	yoursWordsList = "your yours"
)
