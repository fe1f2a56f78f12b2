package scoring

import "strings"

// A third party's things and sides.
//
// Putting the trouble on a side that is not ours. "The outage was on the
// energy network's side", "the fault is at your end", "the hold-up's
// probably on their end of things": a fault, a trouble or the situation is
// said to sit with another party. "On our side", a denial ("the fault isn't
// at your end") and anything but a plain statement are not.

// onAnotherSide reports a copula whose subject is the situation, a fault or
// a trouble, and whose complement puts it on someone else's side or end.
func (az *analyzer) onAnotherSide(c *clause) bool {
	if c.verb >= 0 || c.neg || c.question || c.cond || c.subj < 0 || c.comp >= c.hi {
		return false
	}
	if !az.pronounSubject(c) && !c.fault && !az.troubleNounIn(c.subj, c.comp) {
		return false
	}
	toks := az.tok.toks
	i := az.pastAdverbs(c.comp, c.hi)
	if i+2 < c.hi && az.lexAt(i)&lxDet != 0 && az.troubleNounIn(i+1, i+2) {
		i += 2 // "it's a glitch on Apple's side": the trouble named, then where it sits
	}
	if i >= c.hi || !sidePreps.has(toks[i].id) {
		return false
	}
	for j := i + 1; j < c.hi && j <= i+5; j++ {
		if az.lexAt(j)&(lxOurDet|lxAgent) != 0 {
			return false // "on our side", "at our end"
		}
		if sideNouns.has(toks[j].id) {
			return az.othersOwn(j - 1)
		}
	}
	return false
}

// othersOwn reports a word at i that makes what follows another party's:
// "your", "their", or a possessive that is not ours ("the network's").
func (az *analyzer) othersOwn(i int) bool {
	t := az.tok.toks[i]
	if t.id == idYour || az.lexAt(i)&lxTheirs != 0 {
		return true
	}
	return t.apos && strings.HasSuffix(az.tok.key(t), "'s") && az.lexAt(i)&(lxAgent|lxOurDet) == 0
}

// sidePreps put a trouble somewhere; sideNouns name a party's part of it.
var (
	sidePreps = idSetOf("on at from with")
	sideNouns = idSetOf("side end")
)

// theirThing reports a subject that is a third party's own thing: "the bank's
// system", "their app", "the airline's booking engine". Anything of ours or
// the customer's in the subject makes it not theirs alone.
func (az *analyzer) theirThing(c *clause) bool {
	lo, hi := c.subjectSpan()
	theirs := false
	for i := lo; i < hi; i++ {
		b := az.lexAt(i)
		switch {
		case b&(lxAgent|lxOurDet|lxYour|lxCustomer) != 0 || az.tok.toks[i].id == idYour:
			return false
		case b&lxTheirs != 0 && b&lxThird == 0, az.tok.toks[i].apos && b&lxThirdNoun != 0:
			theirs = true // "their app", "the bank's system"
		}
	}
	return theirs
}

// theirNamedTrouble reports the situation called another party's trouble by
// name: "that's a Royal Mail issue", "it's a Microsoft problem with their
// update", "that's a courier thing". A trouble named by what it is ("a known
// issue", "a billing problem") names no party.
func (az *analyzer) theirNamedTrouble(c *clause) bool {
	if !az.pronounSubject(c) || c.verb >= 0 || c.neg || c.question {
		return false
	}
	toks := az.tok.toks
	i := az.pastAdverbs(c.comp, c.hi)
	if i >= c.hi || az.lexAt(i)&lxDet == 0 || az.lexAt(i)&(lxOurDet|lxYour) != 0 || toks[i].id == idYour {
		return false
	}
	named := false
	for j := i + 1; j < c.hi && j <= i+4; j++ {
		switch {
		case troubleNouns.has(toks[j].id) || toks[j].id == idThing || az.lexAt(j)&lxFaultNoun != 0:
			return named
		case az.lexAt(j)&(lxAgent|lxOurDet|lxCustomer) != 0:
			return false
		case az.lexAt(j)&lxThirdNoun != 0 || az.capitalised(j):
			named = true // "Royal Mail", "courier"
		case az.lexAt(j)&lxCompanyNoun != 0 && j+1 < c.hi && (troubleNouns.has(toks[j+1].id) || toks[j+1].id == idThing):
			return true // "a payments team issue": another team's, where "the company's responsibility" is ours
		}
	}
	return false
}

// capitalised reports a word written with a capital first letter: a name,
// when it does not open its sentence.
func (az *analyzer) capitalised(i int) bool {
	t := az.tok.toks[i]
	if i == az.tok.sents[t.sent].tokLo {
		return false
	}
	b := az.tok.text[t.start]
	return b >= 'A' && b <= 'Z'
}

// idThing is the id of "thing", as in "that's a courier thing".
var idThing = wordID("thing")

// failedByThem reports a failure told as done by another party inside a
// phrase: "items lost by the postal service", "a booking cancelled by the
// airline", "the fee charged by your bank". Done by us, denied ("in no way
// caused by"), or with a step of ours in the sentence, it is not put on them.
func (az *analyzer) failedByThem(c *clause) bool {
	if c.question {
		return false
	}
	toks := az.tok.toks
	for i := c.lo; i+2 < c.hi; i++ {
		if toks[i+1].id != idBy || !az.looksLikeVerb(i) || az.verbAt(i).lists&listThirdPartyFailure == 0 {
			continue
		}
		if az.negatedBefore(c, i) || az.weActInSentence(c) {
			return false // "in no way caused by anything at your property" clears them
		}
		return az.othersParty(az.partyAfter(i+2, c.hi), c)
	}
	return false
}

// The customer's junk folder named as where our mail went. "Our emails may
// be landing in your junk folder", "your spam folder's catching our
// confirmations", "did you check your junk folder?": a guess that the mail
// was theirs to find. Told as an order or a request ("please check your spam
// folder", "could you have a look in your spam folder?") or while we send it
// again, it is help.

// junkFolderGuess reports a statement or question, not an order, that names
// the customer's junk or spam folder or filter, with no step of ours near.
func (az *analyzer) junkFolderGuess(c *clause) bool {
	if c.actor == actNone && !c.question || c.neg || c.cond ||
		c.question && c.aspect == aspCould || az.flags[az.tok.toks[c.lo].sent].request {
		return false // "could you have a look in your spam folder?", "please can you check it": a request
	}
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		if junkWords.has(toks[i].id) && (mailboxNouns.has(toks[i+1].id) || mailboxNouns.has(toks[i+1].base)) && i > c.lo && toks[i-1].id == idYour {
			// "it's worth checking your junk folder" advises; the folder after an "-ing" form is where to look
			return (i-2 < c.lo || !strings.HasSuffix(az.tok.key(toks[i-2]), "ing")) && !az.weTakeItOn(c)
		}
	}
	return false
}

var (
	// junkWords and mailboxNouns make "your junk folder", "your spam filter".
	junkWords    = idSetOf(junkWordsList)
	mailboxNouns = idSetOf(mailboxNounsList)
)

const (
	junkWordsList    = "junk spam"
	mailboxNounsList = "folder folders filter filters box inbox"
)

// The customer's mail program, by name, said to bin or file our mail:
// "Sounds like Outlook is binning our confirmations", "Gmail's been putting
// our emails in Promotions". Like the junk folder, it guesses the mail was
// theirs to find; denied ("Outlook isn't blocking our emails") it clears them.

// mailProgramFilesOurs reports a mail program named as the subject, on a
// verb of filing or blocking, with our mail after it, and no step of ours near.
func (az *analyzer) mailProgramFilesOurs(c *clause) bool {
	if c.neg || c.cond || c.subj < 0 || c.verb < 0 || !mailPrograms.has(az.tok.toks[c.subj].id) || !c.lemmaIn(filingVerbs) {
		return false
	}
	toks := az.tok.toks
	for i := c.comp; i+1 < c.hi; i++ {
		if az.lexAt(i)&lxOurDet != 0 && (messageNouns.has(toks[i+1].id) || ourMailNouns.has(toks[i+1].id)) {
			return !az.weTakeItOn(c)
		}
	}
	return false
}

var (
	// mailPrograms are the mail programs a customer reads mail in.
	mailPrograms = idSetOf(mailProgramsList)
	// ourMailNouns are our mail beside messageNouns: "our reminders".
	ourMailNouns = idSetOf(ourMailNounsList)
	// filingVerbs move mail out of sight: "binning", "filing", "catching".
	filingVerbs = lemmaSetOf("bin file filter block catch put send move hide eat swallow flag mark divert dump sort junk")
)

const (
	mailProgramsList = "outlook gmail hotmail yahoo icloud"
	ourMailNounsList = "reminders reminder invoices invoice receipts receipt confirmations newsletters mail mails"
)

// Another party's system gone down. "The bank's CHAPS system went down
// yesterday afternoon", "HMRC's online service was down all weekend": the
// outage is theirs, said of their own kit. Our own ("our booking system went
// down") is ours.

// theirSystemDown reports a subject that another party owns ("the bank's",
// "HMRC's") said to have gone down or been down.
func (az *analyzer) theirSystemDown(c *clause) bool {
	if c.neg || c.question || az.ourInSubject(c) || !az.theirsInSubject(c) {
		return false
	}
	i := c.comp
	if c.verb >= 0 && c.lemma != "go" {
		return false
	}
	return i < c.hi && downWords.has(az.tok.toks[i].id)
}

// theirsInSubject reports a possessive of another party in c's subject:
// "the bank's", "the courier's", "HMRC's".
func (az *analyzer) theirsInSubject(c *clause) bool {
	lo, hi := c.subjectSpan()
	for i := lo; i < hi; i++ {
		t := az.tok.toks[i]
		k := az.tok.key(t)
		if t.apos && endsInApostropheS(k) && (possessorLex(k)&(lxThirdNoun|lxThird) != 0 || az.tok.text[t.start] >= 'A' && az.tok.text[t.start] <= 'Z' && possessorLex(k) == 0) {
			return true
		}
	}
	return false
}

// downWords say a system stopped working: "went down", "was offline".
var downWords = idSetOf(downWordsList)

const downWordsList = "down offline"
