package scoring

// Acting against what the customer was told. "Your cat was given breakfast
// this morning despite the fasting instructions", "the heating was left off
// over the winter, contrary to the frost precautions condition", "you went
// ahead against our advice": what went wrong went against guidance they had.
// So does an act measured past it: "you took the film off earlier than the
// artist told you to", "it was left in its wrap longer than the label says".

// againstGuidance reports "despite", "contrary to" or "against" and then,
// within a few words, guidance the customer was given, in a clause that is
// not our own act; or the act measured past guidance (see pastTheGuidanceAt).
func (az *analyzer) againstGuidance(c *clause) bool {
	if c.actor == actAgent || c.cond {
		return false
	}
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		switch id := toks[i].id; {
		case id == idThan:
			if az.pastTheGuidanceAt(c, i) {
				return !az.ourInSubject(c)
			}
		case c.question:
		case id == idDespite || id == idAgainst || id == idContrary && toks[i+1].id == idTo:
			if az.anyIn(i+1, min(c.hi, i+6), guidanceNouns) {
				return !az.ourInSubject(c)
			}
		}
	}
	return false
}

// pastTheGuidanceAt reports the customer's act, or a passive with no doer
// named of an act only their side does to a thing (see "your acts"),
// measured against guidance and found past it: a comparative, the "than"
// at token than, and within a few words a guidance noun, a label or a
// verb of telling
// ("earlier than the artist told you to", "hotter than the label says",
// "longer than the 72 hours printed on the bag"). Asked too ("did you take
// it off earlier than we told you to?"): the question carries the charge.
// What the customer waited for, paid or was given, or what was done to
// them, is measured against what we said, which is our shortfall: "you got
// it later than we said", "you were charged more than the leaflet said".
func (az *analyzer) pastTheGuidanceAt(c *clause, than int) bool {
	toks := az.tok.toks
	if c.neg || c.verb < 0 || than <= c.verb+1 || !comparedWords.has(toks[than-1].id) {
		return false
	}
	for j := than + 1; j < c.hi && j <= than+8; j++ {
		if guidanceNouns.has(toks[j].id) || guideNouns.has(toks[j].id) || guidingVerbs[lemma(az.tok.keyOf(&toks[j]))] {
			return az.actedOnTheGuidance(c)
		}
	}
	return false
}

// actedOnTheGuidance reports whether c tells what the guidance was for:
// the customer's own act, or what only their side does to a thing, its
// doer unnamed; not what they bore, nor what was done to them.
func (az *analyzer) actedOnTheGuidance(c *clause) bool {
	yours := c.actor == actCustomer && !c.passive && c.lists&(listReceive|listNotBlame) == 0 && !c.lemmaIn(sufferedVerbs)
	yourThingDone := c.passive && c.actor != actCustomer && c.byWho == actNone && !c.byAgent && c.lists&listYourActs != 0
	return yours || yourThingDone
}

// comparedWords measure an act by how far, how long or when: the words a
// comparison with guidance turns on.
var comparedWords = idSetOf(comparedWordsList)

const comparedWordsList = "earlier sooner later longer more less further hotter colder harder faster higher heavier"

// guideNouns are what guidance is printed on, which a comparison names for it.
var guideNouns = idSetOf(guideNounsList)

const guideNounsList = "label labels manual leaflet"

// guidingVerbs are the verbs guidance is given by: "than we told you to",
// "than recommended", "than the label says".
var guidingVerbs = wordSet("tell advise recommend instruct say state specify allow print direct")

// sufferedVerbs are what the customer bore rather than did: waiting, paying,
// getting. Measured against what we said, they tell our shortfall.
var sufferedVerbs = lemmaSetOf("wait pay get receive spend hear arrive")

// guidanceNouns are what the customer is given to go by.
var guidanceNouns = idSetOf(guidanceNounsList)

const guidanceNounsList = "instructions instruction advice warning warnings guidance condition conditions recommendation recommendations"

// Ids of the words that set an act against guidance.
var idDespite, idAgainst, idContrary = wordID("despite"), wordID("against"), wordID("contrary")
