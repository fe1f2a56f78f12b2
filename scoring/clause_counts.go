package scoring

// How many clauses of a sentence, and of a span of it between words of
// contrast, take, promise or tell a step: counted once a turn, when a check
// first asks, so the checks that ask read a count rather than the sentence.

// noteSentenceClauses counts, per sentence, the clauses that promise a step
// or tell what was done, and, per span of a sentence between
// words of contrast ("but", "though"), the clauses that take or promise a
// step: once for the turn, so the checks that ask read a count.
func (az *analyzer) noteSentenceClauses() {
	az.clausesNoted = true
	az.spanOf, az.spans = az.spanOf[:0], az.spans[:0]
	for i := range az.clauses {
		c := &az.clauses[i]
		sent := az.tok.toks[c.lo].sent
		f := &az.flags[sent]
		f.promiseCount += count(c.promises())
		f.toldCount += count(c.tells())
		if i == 0 || az.tok.toks[az.clauses[i-1].lo].sent != sent || az.opensContrast(i) {
			az.spans = append(az.spans, spanSteps{})
		}
		s := &az.spans[len(az.spans)-1]
		s.steps += int32(count(c.isStep()))
		s.ours += int32(count(c.ourStep() && !az.noStepObject(c))) // "we've got four hundred homes" has them, it takes no step
		az.spanOf = append(az.spanOf, int32(len(az.spans)-1))
	}
}

// spanSteps counts the clauses of a span that are steps (isStep) and the
// company's own steps (ourStep).
type spanSteps struct{ steps, ours int32 }

// noteClauses runs noteSentenceClauses for the turn if no check has asked
// for what it notes yet. Many turns have none that asks, and spare it.
func (az *analyzer) noteClauses() {
	if !az.clausesNoted {
		az.noteSentenceClauses()
	}
}

// spanOfClause returns the step counts of the span clause c sits in.
func (az *analyzer) spanOfClause(c *clause) spanSteps {
	az.noteClauses()
	return az.spans[az.spanOf[az.clauseIndex(c)]]
}

// sentenceCounts returns the flags of clause c's sentence, with how many of
// its clauses promise a step or tell what was done noted.
func (az *analyzer) sentenceCounts(c *clause) *sentFlags {
	az.noteClauses()
	return &az.flags[az.tok.toks[c.lo].sent]
}

// isStep: the company acting on a step, or anything under way or promised.
func (c *clause) isStep() bool {
	return c.actor == actAgent && c.lists&stepList != 0 || c.aspect == aspWill || c.aspect == aspNow
}

// promises: a main clause saying what will be done, by anyone but the customer.
func (c *clause) promises() bool {
	return !c.temporal && !c.cond && c.aspect == aspWill && c.actor != actCustomer
}

// tells: a clause saying what was done or what happens.
func (c *clause) tells() bool {
	return c.aspect == aspDone || c.aspect == aspPresent
}

func count(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sentenceWindow returns the clauses of c's sentence within reasonReach of
// it, before and after, as indexes from..to (to excluded): a sentence tells
// an act beside its outcome, and the bound keeps a sentence of thousands of
// clauses linear for the checks that read around a clause.
func (az *analyzer) sentenceWindow(c *clause) (from, to int) {
	ci, sent := az.clauseIndex(c), az.tok.toks[c.lo].sent
	from, to = ci, ci+1
	for from > 0 && from > ci-reasonReach && az.tok.toks[az.clauses[from-1].lo].sent == sent {
		from--
	}
	for to < len(az.clauses) && to <= ci+reasonReach && az.tok.toks[az.clauses[to].lo].sent == sent {
		to++
	}
	return from, to
}
