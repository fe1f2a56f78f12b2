package scoring

// An outside event told as what did it. "The storm last night took out power
// to half the street", "the snow's kept half the drivers off the road", "the
// road closure held everything up": weather, strikes and closures stated as
// the cause put the failure outside the company, with no "not us" needed.
// An event that has ended ("the storm has passed") tells no cause.

// outsideEventDidIt reports a clause whose subject names an outside event
// and whose verb tells what it did.
func (az *analyzer) outsideEventDidIt(c *clause) bool {
	if c.verb < 0 || c.passive || c.neg || c.lemmaIn(calmVerbs) || az.ourInSubject(c) {
		return false
	}
	return az.eventHeadsSubject(c) && !az.weTakeItOn(c) // the sentence is read last, for the few clauses that pass
}

// eventHeadsSubject reports an outside event that heads c's subject, not
// one naming a kind of damage ("the storm damage happened").
func (az *analyzer) eventHeadsSubject(c *clause) bool {
	lo, hi := c.subjectSpan()
	toks := az.tok.toks
	for i := lo; i < hi; i++ {
		if outsideEvents.has(toks[i].id) || toks[i].apos && outsideEvents.has(toks[i].base) {
			switch {
			case i+1 < hi && eventTails.has(toks[i+1].id):
				return true // "the power cut"
			case i+1 < hi && outsideEvents.has(toks[i+1].id):
				continue // "a lightning strike": the event is the compound's last word
			}
			return i+1 >= hi || !az.nounAt(i+1) || whenWords.has(toks[i+1].id) // "the snow's kept", not "the storm damage"
		}
	}
	return false
}

// eventCompoundAt reports the last word of a compound naming an outside
// event at j: "cut" in "the power cut", which is no verb.
func (az *analyzer) eventCompoundAt(j int) bool {
	return j > 0 && eventTails.has(az.tok.toks[j].id) && outsideEvents.has(az.tok.toks[j-1].id)
}

// eventTails end a compound that names an outside event: "power cut",
// "grid failure".
var eventTails = idSetOf(eventTailsList)

const eventTailsList = "cut cuts outage outages failure failures"

// byOutsideEvent reports a passive done by an outside event: "the recovery
// truck was held up by the M6 closure", "the line was brought down by the
// storm"; or a trouble told in or during one: "deliveries were held up in
// the snow".
func (az *analyzer) byOutsideEvent(c *clause) bool {
	if c.verb < 0 || az.ourInSubject(c) {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 1; i+1 < c.hi; i++ {
		switch id := toks[i].id; {
		case id == idBy:
			return az.anyIn(i+1, min(c.hi, i+5), outsideEvents) && !az.weTakeItOn(c)
		case eventInWords.has(id) && c.lists&troubleLists != 0 && !c.neg:
			// "deliveries were held up in the snow", "damaged in the flooding at the depot": the trouble
			// told inside the event, which is read as its cause
			if az.anyIn(i+1, min(c.hi, i+4), outsideEvents) {
				return !az.weTakeItOn(c)
			}
		case id == idBehind && (c.lemmaIn(mishapVerbs) || c.lemma == "catch"):
			// "the van got caught behind a crash on the M6": held up behind what befell the road
			return az.anyIn(i+1, min(c.hi, i+4), roadMishaps) && !az.weTakeItOn(c)
		}
	}
	return false
}

// eventInWords put a trouble inside an event: "in the storm", "during the
// snow".
var eventInWords = idSetOf(eventInWordsList)

const eventInWordsList = "in during amid"

// roadMishaps are what holds up a vehicle behind it: "caught behind a
// crash", "held up behind a tailback". Only after "behind" are they read so:
// "a crash" alone may be an app's.
var roadMishaps = idSetOf(roadMishapsList)

const roadMishapsList = "crash crashes accident accidents tailback tailbacks queue queues breakdown lorry tractor"

// eventOrMishapIDs are the words one of which a clause needs before the
// outside-event checks run.
var eventOrMishapIDs = append(outsideEvents.ids(), roadMishaps.ids()...)

// idBehind is the id of "behind".
var idBehind = wordID("behind")

// theyHadTrouble reports a third party said to have, or have had, the
// trouble or a fault: "Cloudflare had an outage this morning", "the courier
// had a breakdown", "Openreach has a fault in the cabinet". Said while we
// act on it, it is taken on.
func (az *analyzer) theyHadTrouble(c *clause) bool {
	return c.lemma == "have" && !c.neg && c.comp < c.hi &&
		(az.troubleNounIn(c.comp, c.hi) || az.anyIn(c.comp, c.hi, failingWords) || az.compHas(c, lxFaultNoun)) && !az.weTakeItOn(c)
}

// outsideEventTakenOn reports an outside event named in c while we act in
// its sentence: "the shuttle was held up by the flooding, and we've sent
// taxis for everyone" tells the cause and takes the trouble on.
func (az *analyzer) outsideEventTakenOn(c *clause) bool {
	return az.anyIn(c.lo, c.hi, outsideEvents) && az.weTakeItOn(c) && !az.deniesOurPart(c) // not "even though the closure wasn't down to us"
}

// weTakeItOn reports a clause of c's sentence in which the company acts on
// it (see weActOn): "and we've sent taxis for everyone" takes the event on,
// and so does an offer ("shall I send it express?"); but "are we still
// pulling it out by the tube?" asks what the customer does.
func (az *analyzer) weTakeItOn(c *clause) bool {
	return az.nearInSentence(c, func(d *clause) bool { return (!d.question || d.personal) && az.weActOn(d) })
}

// nearInSentence reports a clause of c's sentence, other than c and within
// limitReach clauses of it, that passes test. The bound keeps a sentence of
// thousands of clauses linear.
func (az *analyzer) nearInSentence(c *clause, test func(*clause) bool) bool {
	toks := az.tok.toks
	ci, s := az.clauseIndex(c), toks[c.lo].sent
	for k := max(0, ci-limitReach); k < len(az.clauses) && k <= ci+limitReach; k++ {
		if d := &az.clauses[k]; k != ci && toks[d.lo].sent == s && test(d) {
			return true
		}
	}
	return false
}

// sentTheMessage reports a message we sent before the trouble, told in the
// plain past: "we sent the pickup confirmation on Monday" insists we did our
// part and takes nothing on; "I've sent it again" does.
func (az *analyzer) sentTheMessage(d *clause) bool {
	return d.lists&listWarns != 0 && !d.hasHave && d.aspect == aspDone && d.lemma != "resend" &&
		!az.clauseHasID(d, idAgain) && az.messageWithin(d.comp, d.hi)
}

// ourRule reports a habit of ours told as a rule, or what our records
// say: "we only hold tables 15 minutes", "we always charge for call-outs",
// "our records show".
func (az *analyzer) ourRule(d *clause) bool {
	return d.aspect == aspHabit && (d.freq || az.clauseHasID(d, idOnly) || d.lemmaIn(sayLemmas))
}

// weActOn reports a clause in which the company acts, in the active, and
// neither refuses, only must, nor tells its habit: "we've sent taxis", "we
// have engineers out there now", not "we must decline the claim", "we're
// sorry", "we only hold tables 15 minutes" or "half our drivers were stuck".
func (az *analyzer) weActOn(d *clause) bool {
	return d.actor == actAgent && !d.neg && !d.question && d.verb >= 0 && !d.passive && d.aspect != aspMust && !az.ourRule(d) && !d.lemmaIn(refusingVerbs) &&
		!(d.obliged && d.aspect == aspWill) && // "so I'll have to shorten the session": what follows on, forced
		!az.sentTheMessage(d) && !az.onlyLookedInto(d) &&
		!d.lemmaIn(feelingVerbs) && az.markAt(d.verb)&lxGuess == 0 // "I'd guess" acts on nothing either
}

// onlyLookedInto reports our clause d that only looks into the trouble:
// "I've checked and the storm brought the line down", "I've had a look and
// ...", "I've spoken to the team and ..." find the cause; they take nothing
// on.
func (az *analyzer) onlyLookedInto(d *clause) bool {
	// "I found | that the road closure held it up" found out; "I've found you a slot" takes a step
	return d.lemmaIn(lookedIntoVerbs) || d.lemma == "have" && az.anyIn(d.verb+1, min(d.hi, d.verb+4), lookNouns) ||
		d.lemma == "find" && d.verb == d.hi-1
}

// lookedIntoVerbs find out what happened, by looking or by asking our own.
var lookedIntoVerbs = lemmaSetOf("check look investigate examine inspect review speak talk")

// feelingVerbs say what the agent feels, knows or judges, which acts on nothing:
// "I regret that the strike was beyond our control".
var feelingVerbs = lemmaSetOf("regret apologise apologize understand appreciate know see hope feel think believe consider deem")

// refusingVerbs are steps that refuse: "we must decline the claim".
var refusingVerbs = lemmaSetOf("decline refuse reject deny")

var (
	// outsideEvents are what happens to everyone, which an agent may name as a cause.
	outsideEvents = idSetOf(outsideEventsList)
	// calmVerbs tell an event ending or merely happening, not what it did.
	calmVerbs = lemmaSetOf("pass end stop ease clear calm finish lift settle subside happen occur begin start")
	// whenWords may follow an event in its subject: "the storm last night".
	whenWords = idSetOf(whenWordsList)
)

const whenWordsList = "last this yesterday overnight tonight today earlier"

const outsideEventsList = "storm storms snow snowfall rain flood flooding floods frost ice gale gales wind winds " +
	"heatwave lightning hail fog strike strikes roadworks closure closures hurricane blizzard weather " +
	"ash hailstorm hailstorms thunderstorm thunderstorms downpour tornado earthquake wildfire wildfires eruption " +
	"power blackout blackouts grid pothole potholes diversion diversions emergency emergencies"

// mishapVerbs befall a party on its way: "the rider got lost", "the driver
// was held up", "the courier was delayed".
var mishapVerbs = lemmaSetOf("lose delay hold strand")

// thereWasAnOutsideEvent reports an outside event told with "there was" and
// the trouble it brought after it, opened with "so" or "which is why":
// "there was a power cut across the whole estate at midday, which is why the
// engineer couldn't test the line". Put that way, the event is the excuse.
func (az *analyzer) thereWasAnOutsideEvent(c *clause) bool {
	toks := az.tok.toks
	if c.verb >= 0 || c.neg || !az.thereIsSubject(c) {
		return false
	}
	event := false
	for i := c.comp; i < c.hi && i <= c.comp+3; i++ {
		event = event || outsideEvents.has(toks[i].id)
	}
	if !event || az.weTakeItOn(c) {
		return false
	}
	k := az.resultAfter(az.clauseIndex(c))
	return k > 0 && (az.troubled(&az.clauses[k]) || az.namesResult(k))
}
