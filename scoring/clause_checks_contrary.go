package scoring

// Acting against what the customer was told. "Your cat was given breakfast
// this morning despite the fasting instructions", "the heating was left off
// over the winter, contrary to the frost precautions condition", "you went
// ahead against our advice": what went wrong went against guidance they had.
// So does an act measured past it: "you took the film off earlier than the
// artist told you to", "it was left in its wrap longer than the label says".

// againstGuidance reports "despite", "contrary to" or "against" and then,
// within a few words, guidance the customer was given, in a clause that is
// not our own act; or the act measured past guidance (see pastTheGuidance).
func (az *analyzer) againstGuidance(c *clause) bool {
	if c.actor == actAgent || c.cond || az.ourInSubject(c) {
		return false
	}
	if az.pastTheGuidance(c) {
		return true
	}
	if c.question {
		return false
	}
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		id := toks[i].id
		if id != idDespite && id != idAgainst && !(id == idContrary && toks[i+1].id == idTo) {
			continue
		}
		for j := i + 1; j < c.hi && j <= i+5; j++ {
			if guidanceNouns.has(toks[j].id) {
				return true
			}
		}
	}
	return false
}

// pastTheGuidance reports the customer's act, or a passive with no doer
// named of an act only their side does to a thing (see "your acts"),
// measured against guidance and found past it: a comparative, "than",
// and within a few words a guidance noun, a label or a verb of telling
// ("earlier than the artist told you to", "hotter than the label says",
// "longer than the 72 hours printed on the bag"). Asked too ("did you take
// it off earlier than we told you to?"): the question carries the charge.
// What the customer waited for, paid or was given, or what was done to
// them, is measured against what we said, which is our shortfall: "you got
// it later than we said", "you were charged more than the leaflet said".
func (az *analyzer) pastTheGuidance(c *clause) bool {
	yours := c.actor == actCustomer && !c.passive && c.lists&(listReceive|listNotBlame) == 0 && !c.lemmaIn(sufferedVerbs)
	yourThingDone := c.passive && c.actor != actCustomer && c.byWho == actNone && !c.byAgent && c.lists&listYourActs != 0
	if !(yours || yourThingDone) || c.neg || c.verb < 0 {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 1; i+1 < c.hi; i++ {
		if toks[i+1].id != idThan || !comparedWords.has(toks[i].id) {
			continue
		}
		for j := i + 2; j < c.hi && j <= i+9; j++ {
			if guidanceNouns.has(toks[j].id) || guideNouns.has(toks[j].id) || guidingVerbs[lemma(az.tok.keyOf(&toks[j]))] {
				return true
			}
		}
	}
	return false
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
