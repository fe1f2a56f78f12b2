package scoring

// Few had the trouble, and they were like the customer. "Only a handful had
// trouble with the update, and they were mostly on old routers like yours",
// "only the odd one struggles, usually when it's been stuffed in a cupboard
// like yours is": the few with the trouble share what the customer has, so
// the cause is laid at their side. Said while we put it right, or with the
// fault owned, it lays nothing.

// likeYoursAmongFew reports a clause that likens the customer's thing to
// the few with the trouble (see above).
func (az *analyzer) likeYoursAmongFew(c *clause) bool {
	if c.question || c.cond || c.bag&(lxYour|lxCustomer) == 0 && !az.yoursOpensNext(c) || !az.likeYoursIn(c) {
		return false // the bag first: most clauses name nothing of theirs
	}
	lo, hi := az.nearC(c)
	if !az.anyIn(lo, hi, fewWords) || !az.anyIn(lo, hi, troubleReports) && !az.anyIn(lo, hi, struggleForms) {
		return false
	}
	return !az.sorry(c) && !az.flags[az.tok.toks[c.lo].sent].owned && !az.ourStepBesideTheAct(c)
}

// yoursOpensNext reports "yours" or "your" right after c, in its sentence:
// "stuffed in a cupboard like | yours is".
func (az *analyzer) yoursOpensNext(c *clause) bool {
	toks := az.tok.toks
	return c.hi < len(toks) && toks[c.hi].sent == toks[c.lo].sent && (toks[c.hi].id == idYours || toks[c.hi].id == idYour)
}

// likeYoursIn reports "like yours", "like your ..." or "like the one you
// ..." in c.
func (az *analyzer) likeYoursIn(c *clause) bool {
	toks := az.tok.toks
	end := az.tok.sents[toks[c.lo].sent].tokHi // "in a cupboard like | yours is": what is likened may open the next clause
	for i := c.lo; i < c.hi && i+1 < end; i++ {
		if toks[i].id == idLike && az.likenedToYouAt(i+1, end) {
			return true
		}
	}
	return false
}

// likenedToYouAt reports, at j after "like", the customer's own: "yours",
// "your ...", "the one you've got".
func (az *analyzer) likenedToYouAt(j, end int) bool {
	toks := az.tok.toks
	switch next := toks[j].id; {
	case next == idYours || next == idYour:
		return true
	case next == idThe && j+2 < end && toks[j+1].id == idOne && az.lexAt(j+2)&lxCustomer != 0:
		return true // "like the one you've got"
	}
	return false
}

// fewWords say only some had it; struggleForms that they had trouble.
var (
	fewWords      = idSetOf(fewWordsList)
	struggleForms = idSetOf(struggleFormsList)
)

const (
	fewWordsList      = "handful odd few mostly usually"
	struggleFormsList = "struggle struggles struggled struggling fail fails failed"
)
