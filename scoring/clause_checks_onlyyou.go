package scoring

// Only this customer had the trouble. "Nobody else on that coach had any
// trouble with the QR code", "no one else has reported it", "we've had no
// issues with any other customer on that street": others were fine, so the
// trouble is put on this customer. What nobody else could or should do
// ("nobody else should have to wait"), and a sentence where we act, are not.

// nobodyElseHadIt reports a clause whose subject is nobody else, or no
// other customer, saying what they had or did: "nobody else has had it trip
// the fuse", "no other guest complained".
func (az *analyzer) nobodyElseHadIt(c *clause) bool {
	switch c.aspect {
	case aspDone, aspNone, aspNow, aspPresent, aspHabit:
		// "nobody else has had it", "nobody else is seeing any issues", "nobody else ever says the tray falls out"
	default:
		return false // "nobody else should have to wait": what they should do, not what they had
	}
	if c.question {
		return false
	}
	toks := az.tok.toks
	i := c.headLo // "no one else" and "no other guests" may be read without a subject
	if c.subj >= 0 {
		i = c.subj
	}
	switch {
	case i+1 >= c.hi:
		return false
	case toks[i].id == idNo && toks[i+1].id == idOne:
		i++
		fallthrough
	case nobodyWords.has(toks[i].id):
		if i+1 >= c.hi || toks[i+1].id != idElse { // "nobody else", "no one else"
			return false
		}
	case toks[i].id == idNo && toks[i+1].id == idOther && i+2 < c.hi:
		if az.lexAt(i+2)&lxCustomers == 0 && !otherPeople.has(toks[i+2].id) { // "no other customer", "no other guests"
			return false
		}
	case toks[i].id == idNone && toks[i+1].id == idOf && az.manyBefore(c):
		// "we've got a hundred thousand people on that plan and none of them are ringing up": none of the many
	default:
		return false
	}
	if c.aspect == aspNone && !az.pastVerbWithin(i+2, min(c.hi, i+8)) && !az.anyIn(i+2, min(c.hi, i+5), reportForms) {
		return false
	}
	// "nobody else has reported this yet": not yet, so no comparison is made
	return !az.clauseHasID(c, idYet) && !az.ourStepBesideTheAct(c)
}

// reportForms tell, in the present, that someone reports a trouble:
// "nobody else ever says the lid leaks".
var reportForms = idSetOf(reportFormsList)

const reportFormsList = "says reports complains mentions rings calls"

// manyBefore reports a count of many in the clause before c, in its
// sentence: "a hundred thousand people", "loads of these toasters".
func (az *analyzer) manyBefore(c *clause) bool {
	p := az.prevInSentence(c)
	return p != nil && (az.anyIn(p.lo, p.hi, manyPeople) || az.anyIn(p.lo, p.hi, manyCounts))
}

// onlyYouHadIt reports the customer, or their thing, said to be the only
// one, or the first, with the trouble: "yours is the only one reporting slow
// speeds", "you're the only customer who's had this problem", "you're the
// first customer who's ever raised this". "The only one I've been able to
// fix" tells our step.
func (az *analyzer) onlyYouHadIt(c *clause) bool {
	if c.verb >= 0 || c.neg || c.question || c.cond || c.actor != actCustomer && !az.yourThingSetApart(c) || az.ourStepBesideTheAct(c) {
		return false
	}
	toks := az.tok.toks
	for i := c.comp; i+2 < c.hi && i <= c.comp+1; i++ {
		if toks[i].id != idThe || !singledOut[az.tok.key(toks[i+1])] {
			continue
		}
		if az.weActAfter(i+2, c.hi) {
			return false // "the only one I've been able to fix"; not "the first who's raised this with me"
		}
		// "the only one reporting it", "the only address where our engineer could not gain access"
		return az.anyIn(i+2, c.hi, troubleReports) || az.anyIn(i+2, c.hi, troubleWords) || az.anyLexIn(i+2, c.hi, lxFaultNoun) ||
			az.anyIn(i+2, c.hi, troubleHadForms) || az.anyLexIn(i+2, c.hi, lxNeg)
	}
	return false
}

// yourThingSetApart reports a subject of the customer's own that may be set
// apart as "you" is: "your account is the only one on the plan that's been
// affected", "yours is the only one that's come back". What we deliver
// ("your parcel is the only one that went missing") is ours, and so is a
// trouble we are sorry for.
func (az *analyzer) yourThingSetApart(c *clause) bool {
	if c.subj >= 0 && az.tok.toks[c.subj].id == idYours {
		return true
	}
	return az.yourSide(c) && !az.deliverableSubject(c) && !az.sorry(c)
}

// weActAfter reports "I" or "we" acting among tokens lo..hi: an agent
// pronoun that is no object ("me", "us").
func (az *analyzer) weActAfter(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if az.lexAt(i)&lxAgent != 0 && !objectPronouns.has(az.tok.toks[i].id) {
			return true
		}
	}
	return false
}

// troubleHadForms say the trouble is had or told: "the only one reporting
// it", "the first customer who's raised this".
var troubleHadForms = idSetOf(troubleHadFormsList)

const troubleHadFormsList = "reporting reported having had seeing experiencing experienced doing complaining complained affected " +
	"said raised mentioned flagged noticed returned back complain report raise mention"

// singledOut set the customer apart from everyone else: "the only one",
// "the first customer".
var singledOut = wordSet("only first")

// pastVerbWithin reports a past form among tokens lo to hi: "complained", "had".
func (az *analyzer) pastVerbWithin(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if az.looksLikeVerb(j) || az.lexAt(j)&lxPastAux != 0 {
			return true
		}
	}
	return false
}

// noneFromOthers reports the company saying it has had no trouble from
// anyone else: "we've had no issues with any other customer", "we've had no
// complaints from anyone else".
func (az *analyzer) noneFromOthers(c *clause) bool {
	if c.actor == actAgent && c.neg && !c.question && (c.aspect == aspHabit || c.aspect == aspPresent || c.aspect == aspDone) && c.lemmaIn(hearFromVerbs) {
		return az.theTroubleFromOthers(c) // "we just don't get this call from anyone else"
	}
	if c.actor != actAgent || c.aspect != aspDone || c.question || c.verb < 0 || c.lemma != "have" && c.lemma != "no" {
		return false
	}
	toks := az.tok.toks
	for i := c.verb; i+2 < c.hi; i++ {
		if toks[i].id != idNo || !troubleReports.has(toks[i+1].id) {
			continue
		}
		for j := i + 2; j+1 < c.hi && j <= i+5; j++ {
			switch {
			case toks[j].id == idOther:
				return true // "with any other customer"
			case toks[j].id == idElse:
				return true // "from anyone else"
			}
		}
	}
	return false
}

// theTroubleFromOthers reports, after c's verb, the trouble or the call
// about it ("this call", "that complaint", "any reports"), then "else" or
// "other" within a few words: "from anyone else", "from other customers".
func (az *analyzer) theTroubleFromOthers(c *clause) bool {
	toks := az.tok.toks
	for i := c.verb + 1; i+2 < c.hi && i <= c.verb+3; i++ {
		if !troubleReports.has(toks[i].id) && !callNouns.has(toks[i].id) {
			continue
		}
		for j := i + 1; j < c.hi && j <= i+4; j++ {
			if toks[j].id == idElse || toks[j].id == idOther {
				return true
			}
		}
		return false
	}
	return false
}

// hearFromVerbs take in what others report: "we don't get this call",
// "we've never had that complaint", "we don't see it". callNouns are
// the calls they would make.
var (
	hearFromVerbs = lemmaSetOf("get have see hear receive")
	callNouns     = idSetOf(callNounsList)
)

const callNounsList = "call calls"

// troubleReports are what others would have sent in had they had the trouble.
var troubleReports = idSetOf(troubleReportsList)

// otherPeople are those a comparison names besides customers in general.
var otherPeople = idSetOf(otherPeopleList)

const (
	troubleReportsList = "issues issue problems problem complaints complaint reports report trouble faults difficulty difficulties hitch hitches bother"
	otherPeopleList    = "guest guests passenger passengers user users member members household households tenant tenants neighbours neighbors residents homes houses flats properties"
)

// Ids of "else" and "other".
var idElse, idOther = wordID("else"), wordID("other")

// notByItself reports a thing said not to have done it by itself: "the
// booking didn't cancel itself", "the watch didn't get water in it by
// itself", "the parcel didn't walk off on its own": someone did it, and the
// agent leaves the customer to be that someone. Said while we put it right
// ("the fault didn't fix itself, so I sent an engineer") it is not.
func (az *analyzer) notByItself(c *clause) bool {
	if !c.neg || c.aspect != aspDone || c.actor != actThing || c.question || az.weActInSentence(c) {
		return false
	}
	toks := az.tok.toks
	for i := c.comp; i < c.hi; i++ {
		if itselfWords.has(toks[i].id) || toks[i].id == idOwn && i > c.lo && toks[i-1].id == idIts {
			return true
		}
	}
	return false
}

// itselfWords say a thing acted alone: "cancel itself".
var itselfWords = idSetOf(itselfWordsList)

const itselfWordsList = "itself themselves"

// othersWithTheProblemDid reports what customers with the same trouble did,
// told as its cause: "most people with this sync problem have installed some
// third-party antivirus", "customers with that error have usually changed
// their password". It says this customer did the same.
func (az *analyzer) othersWithTheProblemDid(c *clause) bool {
	if c.actor != actCustomers || c.neg || c.passive || c.question || c.verb < 0 || c.aspect != aspDone && c.aspect != aspHabit {
		return false
	}
	lo, hi := c.subjectSpan()
	toks := az.tok.toks
	for i := lo; i+2 < hi; i++ {
		if toks[i].id == idWith && (toks[i+1].id == idThis || toks[i+1].id == idThat || toks[i+1].id == idThe) {
			return az.troubleNounIn(i+2, min(hi, i+5)) || az.anyLexIn(i+2, min(hi, i+5), lxFaultNoun)
		}
		if toks[i].id == idWho && (az.troubleNounIn(i+2, min(hi, i+5)) || az.anyLexIn(i+2, min(hi, i+5), lxFaultNoun)) {
			return true // "most people who get this error have typed their password with caps lock on"
		}
	}
	return false
}

// onePerson are customers counted one at a time: "every other customer",
// "other couples" (see othersIn).
var onePerson = idSetOf(onePersonList)

const onePersonList = "customer client couple bride shopper buyer family student patient owner homeowner"

// firstOfItsKind reports this trouble said to be the first of its kind we
// have had: "this is the first complaint we've had about that product in
// five years", "it's the first time anyone has reported this". The rarity
// sets the customer's case apart, as "nobody else has had it" does; "the
// first I've heard of it" only says it is news to us.
func (az *analyzer) firstOfItsKind(c *clause) bool {
	if c.verb >= 0 || c.neg || c.question || !az.pronounSubject(c) || c.comp+3 >= c.hi {
		return false
	}
	toks := az.tok.toks
	i := c.comp
	if toks[i].id != idThe || toks[i+1].id != idFirst {
		return false
	}
	if !troubleReports.has(toks[i+2].id) && toks[i+2].id != idTime {
		return false
	}
	for j := i + 3; j+1 < c.hi; j++ {
		switch {
		case az.lexAt(j)&lxAgent != 0 && az.anyIn(j+1, min(j+4, c.hi), weHadForms):
			return !az.sorry(c) && !az.helpInSentence(c) // "we've had", "we've ever received"
		case toks[j].id == idAnyone && az.anyIn(j+1, min(j+4, c.hi), troubleHadForms):
			return !az.sorry(c) && !az.helpInSentence(c) // "anyone has reported"
		}
	}
	return false
}

// weHadForms are what we do with a complaint that reaches us; idFirst is the
// id of "first".
var (
	weHadForms = idSetOf(weHadFormsList)
	idFirst    = wordID("first")
)

const weHadFormsList = "had received seen got"
