package scoring

// The item handled, so the remedy refused. "It's been opened, so I can't
// take it back", "the device was jailbroken, which voids the warranty", "them
// shoes have been worn outside. Can't take them back like that", "the screen
// crack is impact damage, which the warranty doesn't cover": a rule applied
// to what the customer's side did with the item, and so is the damage our
// people found ("our engineer noted liquid damage on the board, so the
// repair isn't covered"). Handling told without a refusal ("it was opened
// at the depot, and I've sent another"), and handling by us, are not.

// handledSoRefused reports a clause that tells how the item was handled, or
// the damage that handling does, followed in its sentence or the next by a
// refusal of the remedy (see above).
func (az *analyzer) handledSoRefused(c *clause) bool {
	if c.neg || c.question || c.byAgent || !az.handledIn(c) {
		return false
	}
	if az.ourFinding(c) {
		if az.ourStepBesideBut(c, c) {
			return false // "we found water damage and have repaired it anyway, though it isn't covered"
		}
	} else if c.actor == actAgent || az.weActInSentence(c) {
		return false
	}
	toks := az.tok.toks
	sent := toks[c.lo].sent
	for k := az.clauseIndex(c) + 1; k < len(az.clauses) && k <= az.clauseIndex(c)+limitReach; k++ {
		d := &az.clauses[k]
		if toks[d.lo].sent > sent+1 {
			break
		}
		if az.refusesRemedy(d) {
			return true
		}
	}
	return false
}

// ourFinding reports our side telling what it found on the item: "we
// found", "the technician noted", "our report shows".
func (az *analyzer) ourFinding(c *clause) bool {
	return c.actor == actAgent && !c.passive && c.verb >= 0 && (c.lemmaIn(foundVerbs) || c.lemma == "show")
}

// handledIn reports words of handling in c: a participle of using the item
// ("opened", "worn", "jailbroken") or damage only handling does ("impact
// damage", "water got in").
func (az *analyzer) handledIn(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i < c.hi; i++ {
		switch {
		case handledWords.has(toks[i].id):
			return i > c.lo && az.lexAt(i-1)&(lxBe|lxHave) != 0 || i > c.lo+1 && az.lexAt(i-2)&(lxBe|lxHave) != 0 // "been opened", "was clearly worn"
		case handlingHarms.has(toks[i].id) && i+1 < c.hi && (toks[i+1].id == idDamage || toks[i+1].id == idGot):
			return true // "impact damage", "water got in"
		}
	}
	return false
}

// refusesRemedy reports a clause that refuses a remedy: "which voids the
// warranty", "the warranty doesn't cover", "can't take it back".
func (az *analyzer) refusesRemedy(c *clause) bool {
	if c.actor == actCustomer || c.question {
		return false
	}
	return c.lemma == "void" || c.neg && c.lemmaIn(refusedRemedyLemmas)
}

var (
	// handledWords are what using an item makes of it.
	handledWords = idSetOf(handledWordsList)
	// handlingHarms name the harm only handling does, before "damage" or "got".
	handlingHarms = idSetOf(handlingHarmsList)
	// refusedRemedies are the remedies a refusal denies.
	refusedRemedies = wordSet("cover take refund return exchange accept replace honour honor repair")
	// refusedRemedyLemmas is refusedRemedies for asking a clause's main verb.
	refusedRemedyLemmas = lemmaSetFrom(refusedRemedies)
	idDamage, idGot     = wordID("damage"), wordID("got")
)

const (
	handledWordsList  = "opened used worn washed jailbroken rooted modified tampered assembled unsealed unboxed"
	handlingHarmsList = "impact accidental water liquid drop"
)

// yourThingMishandled reports the customer's own thing said to have been
// handled in a way that harms it: "your phone was dropped in the bath",
// "your laptop was left in a hot car". Done by us ("by our engineer"), or to
// what we deliver ("your parcel was dropped at the depot"), it is not theirs.
func (az *analyzer) yourThingMishandled(c *clause) bool {
	return c.yourThing && c.passive && !c.byAgent && c.byWho != actAgent && c.lemmaIn(mishandledVerbs) && !az.weTakeItOn(c)
}

// mishandledVerbs harm a thing by how it is handled.
var mishandledVerbs = lemmaSetOf("drop smash soak submerge overload overfill overpack overstuff overtighten bend sit crush tamper misuse")

// overusedThing reports a thing said, in the passive with no one named, to
// have been overloaded, overfilled or misused: "the bag was overpacked",
// "the machine was overloaded". Only the one who uses a thing does that to
// it, so "your" need not be said; what we deliver, or ours, is not theirs.
func (az *analyzer) overusedThing(c *clause) bool {
	if !c.passive || c.neg || c.question || c.byWho != actNone || c.verb < 0 || !overusedForms.has(az.tok.toks[c.verb].id) {
		return false
	}
	return !az.ourInSubject(c) && !az.deliverableSubject(c) && !az.weTakeItOn(c) && !az.sorry(c)
}

// overusedForms are the past forms of what only a thing's user does to it.
var overusedForms = idSetOf(overusedFormsList)

const overusedFormsList = "overloaded overfilled overpacked overstuffed overtightened tampered misused"

// usedHard reports a thing said, in the perfect passive, to have been used
// in a way that wears it out: "that tyre's been driven on flat for miles",
// "the engine's been run without oil", "the brakes have been ridden hard",
// "it's been left out in the rain". The manner tells the use was the
// customer's side's; what we deliver, what we did, and a sentence where we
// act or are sorry are not.
func (az *analyzer) usedHard(c *clause) bool {
	if !c.passive || !c.hasHave || c.neg || c.question || c.byAgent || !c.lemmaIn(wornOutVerbs) || c.verb+1 >= c.hi {
		return false
	}
	if az.ourInSubject(c) || az.deliverableSubject(c) || az.sorry(c) || az.weActInSentence(c) {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 1; i < c.hi; i++ {
		switch id := toks[i].id; {
		case hardWays.has(id):
			return true // "ridden hard", "driven on flat", "left out in the rain"
		case id == idWithout && i+1 < c.hi && az.lexAt(i+1)&lxDet == 0:
			return true // "run without oil", but not "without the box" only
		case id == idToo && i+1 < c.hi && hardWays.has(toks[i+1].id):
			return true // "pressed too hard"
		}
	}
	return false
}

// wornOutVerbs use a thing up or out; hardWays say how it was overdone.
var (
	wornOutVerbs = lemmaSetOf("drive ride run use press leave charge wear push work")
	hardWays     = idSetOf(hardWaysList)
)

const hardWaysList = "hard flat rain wet roughly overloaded overnight outside outdoors damp"
