package scoring

// A rule or a habit of customers in general, applied to this customer: "as
// was the case with your booking", "as occurred in this instance", "as in
// your case", "and that's what happened here". What customers in general do
// becomes what this one did.

// appliedToYou reports a clause of customers in general who slip, or come to
// grief, in a sentence that applies it to the customer (see above).
func (az *analyzer) appliedToYou(c *clause) bool {
	if c.actor != actCustomers || !az.appliedInSentence(c) {
		return false
	}
	// "many customers ask about this, as in your case" applies nothing bad
	return c.subjLapse || c.lists&troubleLists != 0 || az.troubleVerbIn(c)
}

// appliedInSentence reports, in c's sentence, words that apply what is said
// to this case: "as in your case", "which is what happened here".
func (az *analyzer) appliedInSentence(c *clause) bool {
	return az.sentenceWords(c).applied
}

// appliesToThisCaseAt reports at i, in sentence s, words that point a rule
// at this case: "as in your case", "which is what happened here".
func (az *analyzer) appliesToThisCaseAt(i int, s sentence) bool {
	toks := az.tok.toks
	switch toks[i].id {
	case idAs:
		return az.asInYourCase(i, s.tokHi)
	case idHappened:
		return i > s.tokLo && toks[i-1].id == idWhat && i+1 < s.tokHi && appliedPlaces.has(toks[i+1].id) // "which is what happened here", "that's what happened to you"
	}
	return false
}

// asInYourCase reports "as" at i opening a phrase that points at this case,
// before any pause: "as in your case", "as was the case with your booking",
// "as occurred in this instance".
func (az *analyzer) asInYourCase(i, hi int) bool {
	toks := az.tok.toks
	for j := i + 1; j < hi && j <= i+6; j++ {
		if caseWords.has(toks[j].id) && (toks[j-1].id == idYour || toks[j-1].id == idThis || toks[j-1].id == idThe) {
			return j+1 >= hi || toks[j].id != idCase || toks[j-1].id != idThe || az.withYours(j+1, hi)
		}
		if toks[j].pause {
			return false
		}
	}
	return false
}

// withYours reports "with your ..." or "for you" at i: "the case with your booking".
func (az *analyzer) withYours(i, hi int) bool {
	toks := az.tok.toks
	return i+1 < hi && (toks[i].id == idWith || toks[i].id == idFor) && (toks[i+1].id == idYour || toks[i+1].id == idYou || toks[i+1].id == idYours)
}

// caseWords name this case; appliedPlaces follow "what happened".
var (
	caseWords     = idSetOf(caseWordsList)
	appliedPlaces = idSetOf(appliedPlacesList)
)

const (
	caseWordsList     = "case instance"
	appliedPlacesList = "here to with in"
)

// Ids of the words the readings above compare.
var (
	idHappened, idWhat, idCase = wordID("happened"), wordID("what"), wordID("case")
	idWith, idFor, idYou       = wordID("with"), wordID("for"), wordID("you")
)

// troubleVerbIn reports a verb of slipping or going wrong anywhere in the
// clause, for a subject whose own relative clause hides the main verb:
// "guests who check out late lose the deposit".
func (az *analyzer) troubleVerbIn(c *clause) bool {
	for i := c.lo; i < c.hi; i++ {
		if v, ok := verbForms[az.tok.key(az.tok.toks[i])]; ok && v.lists&troubleLists != 0 {
			return true
		}
	}
	return false
}

// youDidNot reports a clause after c in its sentence in which the customer
// did not: "most people read the text, which I'm guessing you didn't".
func (az *analyzer) youDidNot(c *clause) bool {
	toks := az.tok.toks
	sent := toks[c.lo].sent
	for ci := range az.clauses {
		o := &az.clauses[ci]
		if o.lo > c.lo && toks[o.lo].sent == sent && o.actor == actCustomer && o.neg && o.aspect == aspDone && !o.question {
			return true
		}
	}
	return false
}

// theirPartBeing reports "being" at i before a participle of the customer's
// part or of a slip: "the minimum payment being missed", "the thermostat
// being set too low". A step of ours ("the refund being sent late") is not one.
func (az *analyzer) theirPartBeing(i, hi int) bool {
	if i+1 >= hi || az.tok.toks[i].id != idBeing {
		return false
	}
	v, ok := verbForms[az.tok.key(az.tok.toks[i+1])]
	return ok && (v.lists&(listDuty|listSlip|listYourActs) != 0 && v.lists&stepList == 0 || v.lemma == "miss")
}

// idBeing and idMany are the ids of "being" and "many" ("caused by many
// things" names no one).
var idBeing, idMany = wordID("being"), wordID("many")
