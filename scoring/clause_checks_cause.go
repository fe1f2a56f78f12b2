package scoring

import "strings"

// Reading a cause put on someone else. Agents excuse the company by naming
// where a problem came from: "the delay is attributable to your employer's
// payroll department", "the billing error originated with the clearinghouse",
// "the outage was caused by a regional failure at the upstream operator",
// "that's the payment processor's delay". Each is a word that introduces a
// cause, then a party: the customer's side or a third party, and not the
// company. The words of causing are a closed set; the parties are read as the
// clause reader reads subjects, so no sentence needs its own row.

// causeWords introduce where something came from.
// Each introduces a cause only before one of the words it maps to: "caused
// by", "stems from", "rests with", "the result of", "because of" ("the
// trouble this caused you" names who suffered, not who caused it).
var causeWords = map[string]string{
	"caused": "by", "occasioned": "by", "triggered": "by", "created": "by", "generated": "by", "initiated": "by", "requested": "by",
	"resulted": "from", "results": "from", "resulting": "from", "result": "of", "consequence": "of", "outcome": "of",
	"stems": "from", "stemmed": "from", "stem": "from", "stemming": "from",
	"originated": "with from at in", "originates": "with from at in", "originate": "with from at in", "originating": "with from at in",
	"arose": "from", "arises": "from", "arise": "from", "arising": "from",
	"attributable": "to", "attributed": "to", "ascribed": "to", "owing": "to", "due": "to", "thanks": "to",
	"come": "from down", "comes": "from down", "came": "from down", "coming": "from down",
	"start": "with", "starts": "with", "started": "with", "begin": "with", "began": "with", "begun": "with",
	"traced": "to back", "lies": "with", "lay": "with", "rests": "with", "rested": "with", "sits": "with",
	"falls": "to", "fell": "to", "fall": "to",
	"because": "of",
}

// party is whose a stretch of words makes something: the customer's side, a
// third party's, or the company's.
type party uint8

const (
	partyNone party = iota
	partyCustomer
	partyThird
	partyCompany
	// partyOurPartner is a firm the company deals with, named as ours: "our
	// payments provider" (see outsidePartnerWithin).
	partyOurPartner
)

// othersParty reports a party that is not the company: the customer's side,
// a third party, or a partner firm of ours when the company neither acts nor
// promises in the sentence ("the problem sits with our billing partner, and
// I'm chasing them" takes it on).
func (az *analyzer) othersParty(p party, c *clause) bool {
	return p == partyCustomer || p == partyThird || p == partyOurPartner && !az.weActInSentence(c)
}

// causeOnOthers reports a clause that puts the cause of something on the
// customer's side or on a third party: a cause word, and the first party
// after it is not the company. A clause that denies the cause ("it isn't due
// to anything you did") exonerates instead.
func (az *analyzer) causeOnOthers(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i < c.hi; i++ {
		next, ok := causeWords[az.tok.key(toks[i])]
		if !ok || i+1 >= c.hi {
			continue
		}
		j := i + 1
		if az.lexAt(j)&lxAdverb != 0 || az.isLyAdverb(j, az.tok.key(toks[j])) {
			j++ // "rests solely with", "stems directly from"
		}
		if j >= c.hi || !containsWord(next, az.tok.key(toks[j])) {
			continue
		}
		if az.tok.key(toks[i]) == "due" && i+2 < c.hi && az.isBareVerb(i+2) {
			continue // "due to arrive": a schedule, not a cause
		}
		if (c.aspect == aspPresent || c.aspect == aspHabit || c.aspect == aspDone && az.subjectHasLex(c, lxDeliverable)) && c.lemma == "come" &&
			az.tok.key(toks[j]) == "from" && !c.fault && !az.troubleSubject(c) &&
			!az.anyIn(c.lo, max(c.verb, c.lo), troubleWords) && !(c.subj >= 0 && az.shareOf(c.subj, c.hi)) {
			// "the polish comes from a small supplier", "the parcel came from the Leeds depot": where a
			// thing is from, not what caused it; but "most of these complaints come from" says where the
			// cases start
			return false
		}
		if az.negatedBefore(c, i) {
			return false
		}
		p := az.partyAfter(j+1, c.hi)
		if p == partyNone && j+1 < c.hi && az.tok.key(toks[j]) != "from" && az.lexAt(j+1) == 0 && az.namedParty(j+1) {
			p = partyThird // "rests with Royal Mail": a firm by name; "coming from Euro Car Parts" says only where
		}
		return az.othersParty(p, c)
	}
	return false
}

// containsWord reports whether the space-separated list holds w.
func containsWord(list, w string) bool {
	for len(list) > 0 {
		var first string
		first, list, _ = strings.Cut(list, " ")
		if first == w {
			return true
		}
	}
	return false
}

// isBareVerb reports a verb in its base form the lists know: "arrive", "ship".
func (az *analyzer) isBareVerb(i int) bool {
	return az.lexAt(i)&(lxDet|lxCustomer|lxThird|lxAgent|lxThing) == 0 && verbs.bare[az.tok.key(az.tok.toks[i])] != 0
}

// negatedBefore reports a negation just before token i ("isn't due to",
// "in no way caused by"); one further back negates something else ("could
// not be settled owing to").
func (az *analyzer) negatedBefore(c *clause, i int) bool {
	for j := max(c.lo, i-2); j < i; j++ {
		if az.lexAt(j)&lxNeg != 0 || az.tok.toks[j].id == idNo { // "in no way caused by"
			return true
		}
	}
	return false
}

// partyAfter returns the first party named in tokens lo..hi-1 before a pause:
// "your", "you" and "yourself" are the customer's side; a third party noun, a
// possessive of one, "they" or "their" a third party's; "we", "our" the company.
func (az *analyzer) partyAfter(lo, hi int) party {
	for i := lo; i < hi && i < lo+14; i++ {
		b := az.lexAt(i)
		if b&lxFaultNoun != 0 && az.actOnTheirsAfter(i+1, hi) {
			return partyNone // "caused by the delay in issuing your permit": the delay is the cause; the permit is only theirs
		}
		switch {
		case b&lxOurDet != 0 && az.outsidePartnerWithin(i+1, hi):
			return partyOurPartner // "originated with our payments provider": a firm we deal with, not us
		case b&(lxAgent|lxOurDet) != 0 && b&lxCustomer == 0:
			return partyCompany
		case b&lxCustomer != 0 || az.tok.toks[i].id == idYour || az.tok.toks[i].id == idYours:
			return partyCustomer
		case b&lxThirdNoun != 0 && i > lo && az.tok.toks[i-1].id == idThis:
			return partyCompany // "a clerical error in this office": the writer's own
		case b&(lxThird|lxThirdNoun|lxTheirs) != 0 || outsideEvents.has(az.tok.toks[i].id):
			return partyThird // "because of the gale": an outside event is no party of ours
		case az.lapseAt(i, hi) || b&lxWrong != 0 && az.inputNounWithin(i+1, hi, 2) || az.failedAttemptsAt(i, hi):
			if az.ourWithin(i+1, hi, 5) {
				return partyCompany // "a faulty card in our street cabinet"
			}
			return partyCustomer // "the non-disclosure of previous claims", "the incorrect delivery address"
		case b&lxCustomers != 0 && az.tok.toks[i].id != idMany || az.theirPartBeing(i, hi):
			return partyCustomer // "come from folk who don't read the terms", "phones being kept in back pockets"
		case givenWords.has(az.tok.toks[i].id) && i > lo && !az.ourWithin(i+1, hi, 3):
			return partyCustomer // "the details supplied at registration", "readings submitted by the account holder"
		case misuseWords.has(az.tok.toks[i].id) && i+1 < hi && handlingNouns.has(az.tok.toks[i+1].id) && !az.ourWithin(i+1, hi, 5):
			return partyCustomer // "arose from improper use", "the result of careless handling": use is the customer's
		case i == lo && az.bareGerundAt(i) && !az.ourWithin(i+1, hi, 5):
			return partyCustomer // "came from streaming in HD", "probably from being kept next to your phone": an act, no one named
		case az.nonGenuineAt(i, hi) && !az.ourWithin(i+1, hi, 5):
			return partyCustomer // "caused by a third-party charger", "from a non-genuine part": what they chose to fit or use
		}
		if az.tok.toks[i].pause {
			break
		}
	}
	return partyNone
}

// nonGenuineAt reports at i a word that makes a part or an accessory one
// we did not make or approve: "aftermarket", "counterfeit", "third-party",
// "non-genuine".
func (az *analyzer) nonGenuineAt(i, hi int) bool {
	toks := az.tok.toks
	switch {
	case nonGenuineWords.has(toks[i].id):
		return true
	case i+1 >= hi:
		return false
	case toks[i].id == idThird:
		return toks[i+1].id == idParty && az.hyphenated(i+1) // "third-party", not "a third party did it"
	case toks[i].id == idNon:
		return madeRightWords.has(toks[i+1].id) // "non-genuine", "non-approved"
	}
	return false
}

// nonGenuineWords make a part one we did not make or approve; madeRightWords
// do so after "non".
var (
	nonGenuineWords         = idSetOf(nonGenuineWordsList)
	madeRightWords          = idSetOf(madeRightWordsList)
	idThird, idParty, idNon = wordID("third"), wordID("party"), wordID("non")
)

const (
	nonGenuineWordsList = "aftermarket counterfeit fake unofficial unapproved unauthorised unauthorized pirated"
	madeRightWordsList  = "genuine approved original official oem"
)

// failedAttemptsAt reports "failed" or "unsuccessful", then within two
// words attempts: "too many failed login attempts", "three failed tries".
func (az *analyzer) failedAttemptsAt(i, hi int) bool {
	if !failedWords.has(az.tok.toks[i].id) {
		return false
	}
	for j := i + 1; j < hi && j <= i+2; j++ {
		if attemptNouns.has(az.tok.toks[j].id) {
			return true
		}
	}
	return false
}

// failedWords and attemptNouns make the customer's failed attempts.
var failedWords, attemptNouns = idSetOf(failedWordsList), idSetOf(attemptNounsList)

const failedWordsList, attemptNounsList = "failed unsuccessful", "attempts attempt tries logins"

// givenWords are participles of what the customer gives us: after a noun,
// with no "our" near, they name the customer's input.
var givenWords = idSetOf(givenWordsList)

const givenWordsList = "supplied provided submitted entered typed given declared"

// ourWithin reports "our" or "my" within n words from i, before a pause.
func (az *analyzer) ourWithin(i, hi, n int) bool {
	for j := i; j < hi && j < i+n; j++ {
		if az.lexAt(j)&lxOurDet != 0 {
			return true
		}
		if az.tok.toks[j].pause {
			return false
		}
	}
	return false
}

// misuseWords say a thing was used wrongly; handlingNouns name its use:
// "improper use", "careless handling", "incorrect storage".
var (
	misuseWords   = idSetOf(misuseWordsList)
	handlingNouns = idSetOf(handlingNounsList)
)

const (
	misuseWordsList   = "improper incorrect inappropriate careless rough excessive heavy"
	handlingNounsList = "use usage handling storage care cleaning operation"
)

// lapseNouns name a part the customer did not play: "a consequence of the
// non-disclosure of previous claims". A word after "non-" is one as well.
var lapseNouns = idSetOf(lapseNounsList)

const lapseNounsList = "nondisclosure nonpayment noshow misuse negligence non omission"

// lapseAt reports a lapse named at i: a lapse noun, "non-" before a word,
// or upkeep left undone (see upkeepLapseAt).
func (az *analyzer) lapseAt(i, hi int) bool {
	t := &az.tok.toks[i]
	if az.tok.key(*t) == "non" {
		return i+1 < hi && t.end < len(az.tok.text) && az.tok.text[t.end] == '-'
	}
	return lapseNouns.has(t.id) || az.upkeepLapseAt(i, hi)
}

// upkeepLapseAt reports upkeep left undone told at i as a cause: "(a) lack
// of servicing", "lack of maintenance", "the boiler not having been
// serviced". Upkeep is the owner's part, as payment is, unless ours is
// named with it ("a lack of maintenance on our side").
func (az *analyzer) upkeepLapseAt(i, hi int) bool {
	toks := az.tok.toks
	if toks[i].id == idA && i+1 < hi {
		i++
	}
	if toks[i].id == idLack {
		return i+2 < hi && toks[i+1].id == idOf && upkeepNouns.has(toks[i+2].id) && !az.ourWithin(i+3, hi, 5)
	}
	if az.lexAt(i)&lxDet == 0 || az.lexAt(i)&lxOurDet != 0 {
		return false // the thing left unkept is named after its determiner: "the boiler", "your car"
	}
	j := i + 1
	for n := 0; n < 2 && j < hi && az.nounAt(j); n++ {
		j++
	}
	if j == i+1 || j >= hi || toks[j].id != idNot {
		return false
	}
	for j++; j < hi && (toks[j].id == idBeing || toks[j].id == idHaving || toks[j].id == idBeen); j++ {
	}
	return j < hi && upkeepWords.has(toks[j].id) && !az.ourWithin(j+1, hi, 5) // not "sealed by our fitter"
}

// idLack and idHaving read "a lack of servicing" and "not having been
// serviced".
var idLack, idHaving = wordID(lackWord), wordID("having")

// lackWord is interned with the lexicon (idSetLists): a check names it
// by id.
const lackWord = "lack"

// inputNounWithin reports one of the things the customer gives within n
// words from i: "the incorrect delivery address".
func (az *analyzer) inputNounWithin(i, hi, n int) bool {
	for j := i; j < hi && j < i+n; j++ {
		if inputNouns[az.tok.key(az.tok.toks[j])] {
			return true
		}
	}
	return false
}

// idThis is the id of "this", which makes a place the speaker's own ("this office").
var idThis = wordID("this")

// idNo is the id of "no", which negates what follows it ("in no way").
var idNo = wordID("no")

// idYour is the id of "your", which the lexicon lists only as a determiner.
var idYour, idYours = wordID("your"), wordID("yours")

// isTheirFault: "that's the payment processor's delay", "any damage in
// transit was the handling agent's responsibility", "the cleaning is the
// host's": a third party's possessive naming a fault, or ending the clause.
func (az *analyzer) isTheirFault(c *clause) bool {
	if c.verb >= 0 || c.neg {
		return false
	}
	for i := c.comp; i < c.hi && i < c.comp+6; i++ {
		t := &az.tok.toks[i]
		if !t.apos || !endsInApostropheS(az.tok.key(*t)) || az.lexAt(i)&lxThirdNoun == 0 && (az.lexAt(i)&lxCompanyNoun == 0 || c.bag&lxOurDet != 0) {
			continue // a team's fault is someone else's unless it is "our" team
		}
		return i+1 >= c.hi || az.tok.toks[i].pause || az.lexAt(i+1)&lxFaultNoun != 0
	}
	return az.firstCompWord(c) == "theirs" && (c.fault || az.pronounSubject(c))
}

func endsInApostropheS(k string) bool {
	return len(k) > 2 && k[len(k)-2:] == "'s"
}

// firstCompWord returns the first word after c's verb group, past adverbs
// (see compWords), or "" when the clause ends there.
func (az *analyzer) firstCompWord(c *clause) string {
	var buf [1]string
	if w := az.compWords(c, 1, buf[:0]); len(w) == 1 {
		return w[0]
	}
	return ""
}

// manageVerbs are what others manage where this customer did not: "most
// customers manage to find it", "most people know to send a reading".
var manageVerbs = lemmaSetOf("manage know remember connect")

// othersManage: "most customers manage to find the cancel button", "other
// guests are connecting without any trouble", "everyone else on your street
// has signal", "most folk read the small print before they sign": others get
// on fine, or do their part first, so the fault must be this customer's.
func (az *analyzer) othersManage(c *clause) bool {
	if c.subj < 0 || c.actor != actCustomers && c.actor != actThird || c.question && !az.saidAsStatement(c) {
		return false // but "most members manage to cancel through the app?", said with a rising voice, is still said
	}
	head := az.tok.key(az.tok.toks[c.subj])
	if head == "the" && c.subj+1 < c.hi {
		head = az.tok.key(az.tok.toks[c.subj+1]) // "the rest of the families on the plan"
	}
	if head != "most" && head != "other" && head != "everyone" && head != "everybody" && head != "generally" && head != "rest" {
		return false
	}
	return c.lemmaIn(manageVerbs) || az.clauseHasWord(c, wordWithout) || c.lemma == "have" && head == "everyone" ||
		c.lists&listDuty != 0 && (az.youDidNot(c) || c.aspect == aspHabit && !c.neg && (az.firstNear(c) || az.readsTheirDocument(c)))
}

// readsTheirDocument reports a clause whose verb is "read" and whose object
// is what the customer was given to read: "most residents read the move-in
// pack" holds it up against the one who did not.
func (az *analyzer) readsTheirDocument(c *clause) bool {
	if c.lemma != "read" {
		return false
	}
	for i := c.comp; i < c.hi && i <= c.comp+3; i++ {
		if az.tokenIn(&docNouns, i) {
			return true
		}
	}
	return false
}

// firstNear reports a word near c that puts a part before the rest: "most
// travellers read the baggage section before flying", "check it first".
func (az *analyzer) firstNear(c *clause) bool {
	lo, hi := az.nearC(c)
	return az.anyIn(max(lo, c.lo), hi, firstWords)
}

// firstWords put one step before another.
var firstWords = idSetOf(firstWordsList)

const firstWordsList = "before first beforehand advance"

// othersComeToGrief: "passengers who don't check in online in time are the
// ones caught out", "customers who fail to update their card will see a
// suspension", "people who check the size guide don't end up with this
// problem": customers who skip a part have the trouble, or those who do it
// do not, or know what this customer did not ("members who read the terms
// know a freeze has to be requested a month ahead"), so this customer
// skipped it. Where they "end up", after skipping
// it, is that trouble: "customers who skip the seating plan do end up behind
// the pillar".
func (az *analyzer) othersComeToGrief(c *clause) bool {
	switch {
	case c.subjLapse:
		return !c.neg && (az.troubled(c) || az.clauseHasWord(c, wordOnes) || az.endsUp(c))
	case c.subjDuty:
		// "members who read the terms generally know a freeze has to be requested a month ahead":
		// those who do their part know what this customer did not
		return c.neg && az.troubled(c) || !c.neg && c.lemmaIn(knownByThemVerbs)
	}
	return false
}

// knownByThemVerbs tell what those who did their part know.
var knownByThemVerbs = lemmaSetOf("know understand realise realize")

// fineWords say a thing works as it should: "our end is fine", "everything
// on our side checks out", "our line tests clean".
var fineWords = wordSet("fine ok okay working clean correct green normal")

// oursIsFine: the company's side said to be working, which puts the fault
// elsewhere: "our end is fine", "ours is working fine", "everything on our side
// checks out", "our status page has been green all week". Not of a fix just
// made ("it's working again now").
func (az *analyzer) oursIsFine(c *clause) bool {
	// what it says is asked first: "now" and "again" are rare, so looking for them turns few clauses away
	return az.saysOursIsFine(c) && !az.clauseHasWord(c, wordNow) && !az.clauseHasWord(c, wordAgain) && !az.reassures(c)
}

// reassures reports a result after c that is good news: "your details are
// correct on our side, | so the refund should land Friday" reassures.
func (az *analyzer) reassures(c *clause) bool {
	k := az.resultAfter(az.clauseIndex(c))
	return k > 0 && az.goodNewsIn(&az.clauses[k])
}

// saysOursIsFine is oursIsFine without the reassurance and the "now". A
// clause of ours with a verb says so only by "checked out" or "tested
// fine": its lemma is asked before its words are read.
func (az *analyzer) saysOursIsFine(c *clause) bool {
	var buf [2]string
	if c.actor != actAgent && !az.ourInSubject(c) {
		return az.fineOnOurSide(c, az.compWords(c, 2, buf[:0])) // "wifi's fine on our side"
	}
	if c.verb >= 0 && c.lemma != "check" && c.lemma != "test" {
		return false // "we are working on it"
	}
	w := az.compWords(c, 2, buf[:0])
	if c.verb < 0 && len(w) > 0 && (fineWords[w[0]] || len(w) == 2 && w[0] == "been" && fineWords[w[1]]) {
		return true // the verb first: a clause of ours with one is looked up in no map
	}
	return c.lemma == "check" && len(w) > 0 && w[0] == "out" || c.lemma == "test" && len(w) > 0 && fineWords[w[0]]
}

// fineOnOurSide reports a thing said to be fine at the company's end: "wifi's
// fine on our side", "the line is working at our end", "it's gone through
// fine on our end".
func (az *analyzer) fineOnOurSide(c *clause, w []string) bool {
	fine := len(w) > 0 && fineWords[w[0]]
	if c.verb >= 0 {
		// "it's gone through fine": a verb of going well, not denied
		fine = !c.neg && (fine || len(w) == 2 && throughWords.has(az.tok.toks[c.comp].id) && fineWords[w[1]])
	}
	if !fine {
		return false
	}
	toks := az.tok.toks
	for i := c.comp + 1; i+1 < c.hi && i <= c.comp+3; i++ {
		if (toks[i].id == idOn || toks[i].id == idAt || toks[i].id == idFrom) && az.lexAt(i+1)&lxOurDet != 0 { // "the line is fine from our end"
			return true
		}
	}
	return false
}

// throughWords carry a payment or a message to its end: "gone through fine".
var throughWords = idSetOf(throughWordsList)

const throughWordsList = "through thru"

// subjectSpan returns the tokens of c's subject, lo..hi-1: from the subject
// to the main verb, or to the words after a copula. It is empty when the
// clause has no subject.
func (c *clause) subjectSpan() (lo, hi int) {
	if c.subj < 0 {
		return 0, 0
	}
	if c.verb >= 0 {
		return c.subj, c.verb
	}
	return c.subj, c.comp
}

// ourInSubject reports "our" or "ours" in c's subject: "everything on our side".
// Our customers are not us: "most of our customers set it up straight away"
// tells what customers do.
func (az *analyzer) ourInSubject(c *clause) bool {
	return c.actor != actCustomers && az.subjectHasLex(c, lxOurDet|lxOurs)
}

// subjectHasLex reports a word with one of bits among the words of c's subject.
func (az *analyzer) subjectHasLex(c *clause, bits lex) bool {
	lo, hi := c.subjectSpan()
	return az.anyLexIn(lo, hi, bits)
}

// anyMarkIn reports a word marked with one of the soft bits among tokens
// lo..hi-1: "your", which anyLexIn cannot see (see softBits).
func (az *analyzer) anyMarkIn(lo, hi int, bits lex) bool {
	for i := lo; i < hi; i++ {
		if az.markAt(i)&bits != 0 {
			return true
		}
	}
	return false
}

// anyLexIn reports a word with one of bits among tokens lo..hi-1. Soft bits
// (softBits) are left out of what it reads; ask anyMarkIn for those.
func (az *analyzer) anyLexIn(lo, hi int, bits lex) bool {
	for i := lo; i < hi; i++ {
		if az.lexAt(i)&bits != 0 {
			return true
		}
	}
	return false
}

// isYourThingBad: "your SIM's an old one", "your telly's app is out of date",
// "the photos were too blurry": the customer's thing, and the first words
// after the verb say it is wrong or not good enough.
func (az *analyzer) isYourThingBad(c *clause) bool {
	if !az.yourSide(c) {
		return false
	}
	if az.namedTheTroubleAt(c.comp, c.hi) {
		return true // "your router is the problem", "your old modem is prob the issue here"
	}
	for i := c.comp; i < c.hi && i < c.comp+3; i++ {
		k := az.tok.key(az.tok.toks[i])
		if az.lexAt(i)&lxWrong != 0 || k == "too" || az.outOfDateAt(i, c.hi) {
			return true
		}
		if az.lexAt(i)&lxPrep != 0 {
			return false // "back to the old price": the wrong word belongs to something else
		}
	}
	return false
}

// namedTheTroubleAt reports, from i, "the" and a word of trouble, after any
// words of guessing: "the problem", "probably the issue", "prob the culprit".
func (az *analyzer) namedTheTroubleAt(i, hi int) bool {
	toks := az.tok.toks
	for i < hi && guessAdverbs.has(toks[i].id) {
		i++
	}
	if i+1 >= hi || toks[i].id != idThe {
		return false
	}
	i++
	for n := 0; i < hi && n < 2 && likelyCauseWords.has(toks[i].id); n++ {
		i++ // "the most probable cause", "the likely culprit"
	}
	return i < hi && (troubleNouns.has(toks[i].id) || toks[i].id == idCause)
}

// likelyCauseWords weigh a cause named: "the most likely cause".
var likelyCauseWords = idSetOf(likelyCauseWordsList)

const likelyCauseWordsList = "most probable likely main real root"

// idCause is the id of "cause", as in "the likely cause".
var idCause = wordID("cause")

// theOnePhrases single out a party: "the restaurant's the one who forgot",
// "they're the ones who've lost it", "they're the ones to ask".
var theOnePhrases = phraseListOf("the one who", "the one that", "the ones who", "the ones that", "the one to", "the ones to",
	"the one who's", "the one who'd", "the ones who've", "the ones who'd", "the one whos", "the ones whove")

// isTheOneWho: a third party, or the customer's side, singled out as the one
// who did it or the one to ask.
func (az *analyzer) isTheOneWho(c *clause) bool {
	if c.actor == actThing && !az.yourSide(c) {
		return false
	}
	var buf [3]string
	w := az.compWords(c, 3, buf[:0])
	if len(w) == 3 && (w[0] == "the" && (w[1] == "one" || w[1] == "ones")) {
		switch {
		case strings.HasSuffix(w[2], "ing"):
			return true // "your card provider is the one blocking it"
		case c.actor == actThird && strings.HasPrefix(w[2], "you") && !strings.HasPrefix(w[2], "your"):
			return true // "they're the ones you'd need to take it up with"; not "that's the one you ordered"
		}
	}
	return startsWithAny(w, &theOnePhrases)
}

// isThem: "that's the seller", "that's entirely the organisers", "it's the
// landlord's wiring in the flat", "it's usually people's phones": the
// situation named as a third party, their thing, or customers' things.
func (az *analyzer) isThem(c *clause) bool {
	if !az.pronounSubject(c) {
		return false
	}
	if strings.HasPrefix(az.tok.key(az.tok.toks[c.subj]), "there") && az.weTakeItOn(c) {
		return false // "there's a rail strike on Friday, so I've moved your ticket": told while we help
	}
	for i := c.comp; i < c.hi && i < c.comp+4; i++ {
		b := az.lexAt(i)
		switch {
		case b&(lxThirdNoun|lxThird|lxTheirs) != 0 && !az.tok.toks[i].num:
			// "that's the seller", "that's your card issuer blocking it", not "that's bank policy"
			// "it's them not the warehouse": set against us, typed without a comma
			return az.endsNounPhrase(i, c.hi) || strings.HasSuffix(az.tok.key(az.tok.toks[i+1]), "ing") || az.tok.toks[i+1].id == idNot
		case b&lxCustomers != 0 && endsInApostropheS(az.tok.key(az.tok.toks[i])):
			return true // "people's phones"
		case b&(lxAdverb|lxDet) != 0 && b&(lxOurDet|lxAgent) == 0 || az.isLyAdverb(i, az.tok.key(az.tok.toks[i])) || b&lxFreq != 0:
		case b == 0 && i > c.comp && az.lexAt(i-1)&lxDet != 0 && !az.looksLikeVerb(i):
			// a word naming the party: "your card issuer"
		default:
			return false
		}
	}
	return false
}

// agentPreps introduce who did something inside a noun phrase: "the errors
// reported by your vendor", "the mistake at the depot".
var agentPreps = wordSet("by from at with")

// isTheirError: a subject that is a fault of someone else's: "errors in the
// hours reported by your timekeeping vendor", "the courier's mistake", "your
// error". The party must be the one who erred (after "by", "from", "at",
// "with", or as a possessive), not the one it happened to ("the delay to
// your order").
func (az *analyzer) isTheirError(c *clause) bool {
	if !c.fault || c.subj < 0 || c.neg || c.question {
		return false
	}
	end := c.comp
	if c.verb >= 0 {
		end = c.verb
	}
	for i := c.subj; i < end; i++ {
		k := az.tok.key(az.tok.toks[i])
		switch {
		case k == "your" && i+1 < end && az.lexAt(i+1)&lxFaultNoun != 0:
			return true // "your error"
		case endsInApostropheS(k) && az.lexAt(i)&lxThirdNoun != 0:
			return true // "the courier's mistake"
		case agentPreps[k]:
			p := az.partyAfter(i+1, end)
			return az.othersParty(p, c)
		}
	}
	return false
}

// endsNounPhrase reports token i as the last word of its noun phrase, or a
// possessive: "the seller," or "the landlord's wiring", not "bank policy".
func (az *analyzer) endsNounPhrase(i, hi int) bool {
	if i+1 >= hi || az.tok.toks[i].pause || endsInApostropheS(az.tok.key(az.tok.toks[i])) {
		return true
	}
	return az.lexAt(i+1)&(lxPrep|lxConj|lxSub|auxBits) != 0
}

// becauseTheirs: a reason given for what went wrong that lies on the
// customer's side or a third party's, and not the company's: "the membership
// lapsed because the direct debit got cancelled at your bank", "the booking
// was released because online check-in was not completed". A reason given
// while the company puts it right ("because your card expired, I've sent a
// new link") explains the fix instead.
func (az *analyzer) becauseTheirs(c *clause) bool {
	if !c.causal || c.bag&(lxAgent|lxOurDet) != 0 || az.sentenceHasOurStep(c) {
		return false
	}
	switch {
	case c.passive && c.byWho != actAgent:
		if c.neg && c.lists&listDuty != 0 {
			return true // "was not completed", "was never submitted"
		}
		p := az.partyAfter(c.comp, c.hi)
		return az.othersParty(p, c) // "got cancelled at your bank"
	case az.yourSide(c) && c.lists&listGoesWrong != 0:
		return true // "because your router keeps dropping"
	}
	return false
}

// outsidePartnerWithin reports a firm the company deals with, not the
// company itself, within three words from lo: "(our) payments provider",
// "(our) content delivery partner". Our driver or our engineer is our own.
func (az *analyzer) outsidePartnerWithin(lo, hi int) bool {
	for i := lo; i < hi && i < lo+3; i++ {
		if outsidePartners.has(az.tok.toks[i].id) {
			return true
		}
	}
	return false
}

// actOnTheirsAfter reports, right after a word of fault, "in" or "with"
// and a verb in -ing done to the customer's thing: "the delay | in issuing
// your permit", "an error | in processing your claim".
func (az *analyzer) actOnTheirsAfter(i, hi int) bool {
	toks := az.tok.toks
	if i+2 >= hi || toks[i].id != idIn && toks[i].id != idWith || !strings.HasSuffix(az.tok.key(toks[i+1]), "ing") {
		return false
	}
	return toks[i+2].id == idYour || az.lexAt(i+2)&lxCustomer != 0
}

// byOurPartner reports "by our" and a firm we deal with in c: "caused by
// our contractor", "by our payments provider". The firm is not the company,
// so the fault named is not owned.
func (az *analyzer) byOurPartner(c *clause) bool {
	if !c.byAgent {
		return false // the reader marks "by us" and "by our ..." as it reads the verb
	}
	toks := az.tok.toks
	for i := c.lo; i+2 < c.hi; i++ {
		if toks[i].id == idBy && az.lexAt(i+1)&lxOurDet != 0 && az.outsidePartnerWithin(i+2, c.hi) {
			return true
		}
	}
	return false
}

// outsidePartners are firms a company deals with that are never its own staff.
var outsidePartners = idSetOf(outsidePartnersList)

// outsidePartnersList holds the words of outsidePartners.
const outsidePartnersList = "provider providers processor processors supplier suppliers partner partners " +
	"vendor vendors subcontractor subcontractors contractor contractors"

// causeNotTheProduct reports a cause named ("comes from", "is from", "is
// why"), then set against the thing the customer blames, in its sentence:
// "sagging like that comes from an uneven floor rather than the base",
// "damp in the bedroom is why there's mould, it isn't the mattress",
// "pilling is usually from pets, not the sofa itself". A cause of ours ("from
// our new cleaning fluid, not the carpet") is owned, not put elsewhere.
func (az *analyzer) causeNotTheProduct(c *clause) bool {
	toks := az.tok.toks
	named := -1
	for i := c.comp; i < c.hi; i++ {
		if toks[i].id == idFrom || toks[i].id == idWhy {
			named = i
			break
		}
	}
	if named < 0 || c.question || c.cond || az.sorry(c) {
		return false
	}
	_, hi := az.nearC(c)
	for i := named + 1; i+1 < hi; i++ {
		if az.lexAt(i)&(lxOurDet|lxAgent) != 0 {
			return false // "from our new cleaning fluid"
		}
		if az.setAgainstAt(i, hi) {
			return true
		}
	}
	return false
}

// setAgainstAt reports, at i, words that set a thing against the cause just
// named: "not the", "not from", "rather than the", "isn't the".
func (az *analyzer) setAgainstAt(i, hi int) bool {
	toks := az.tok.toks
	switch {
	case toks[i].id == idRather && i+2 < hi && toks[i+1].id == idThan:
		return toks[i+2].id == idThe
	case az.lexAt(i)&lxNeg != 0:
		return toks[i+1].id == idThe || toks[i+1].id == idFrom
	}
	return false
}

// endsUp reports "end up" or "wind up" as c's verb: where a course leads.
func (az *analyzer) endsUp(c *clause) bool {
	return (c.lemma == "end" || c.lemma == "wind") && c.verb+1 < c.hi && az.tok.key(az.tok.toks[c.verb+1]) == "up"
}

// bareGerundAt reports an -ing form at i with no determiner before it,
// which names an act with no one said to do it: "from streaming in HD",
// "from being kept in a pocket". Other words the lexicon marks ("nothing",
// "something") and short ones ("thing") are not acts.
func (az *analyzer) bareGerundAt(i int) bool {
	k := az.tok.key(az.tok.toks[i])
	return len(k) > 4 && strings.HasSuffix(k, "ing") && (az.lexAt(i)&^lxIrregular == 0 || az.lexAt(i)&lxBe != 0) && !az.tok.toks[i].apos
}

// lockedAfterTries reports a thing that went wrong after the customer's own
// failed tries: "the PIN got locked after too many wrong tries", "the order
// was cancelled after three failed payment attempts on your card". The
// tries were theirs.
func (az *analyzer) lockedAfterTries(c *clause) bool {
	if c.neg || c.question || c.cond || c.verb < 0 || c.lists&troubleLists == 0 {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 1; i+1 < c.hi; i++ {
		if toks[i].id != idAfter {
			continue
		}
		for j := i + 1; j < c.hi && j <= i+4; j++ {
			if attemptNouns.has(toks[j].id) {
				// "too many wrong tries"; failed ones only when they are theirs: "after three failed payment
				// attempts on your card", not "the account was locked after three failed attempts"
				return az.anyLexIn(i+1, j, lxWrong) || az.idIn(idMany, i+1, j) || az.anyIn(i+1, j, failedWords) && az.idIn(idYour, j, c.hi)
			}
		}
		return false
	}
	return false
}

// itsThisNotThat reports "it's" or "that's" and a cause, then "not the" or
// "rather than the" what the customer blames: "I'm afraid it's the
// temperature, not the fitting", "honestly, it's the booking app, not the
// studio". The cause is named by be alone, as "comes from" names it in
// causeNotTheProduct; a cause of ours ("it's our courier, not the shop")
// is owned, not put elsewhere.
func (az *analyzer) itsThisNotThat(c *clause) bool {
	if c.verb >= 0 || c.neg || c.question || c.cond || c.subj < 0 || !az.cleftIt(c.subj) && az.tok.key(az.tok.toks[c.subj]) != "that's" {
		return false
	}
	i := az.pastAdverbs(c.comp, c.hi) // "it's just the heat", "it's definitely the app"
	if i >= c.hi || az.lexAt(i)&lxDet == 0 {
		return false
	}
	for j := i; j+1 < c.hi; j++ {
		if az.lexAt(j)&(lxOurDet|lxAgent|lxOurs) != 0 {
			return false
		}
		if j > i+1 && az.setAgainstAt(j, c.hi) {
			// "not the red one" sets one of two things apart, not a cause against what is blamed
			return !az.idIn(idOne, j+2, min(c.hi, j+5)) && !az.sorry(c) && !az.flags[az.tok.toks[c.lo].sent].owned
		}
	}
	return false
}
