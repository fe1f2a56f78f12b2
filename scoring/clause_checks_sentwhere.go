package scoring

// Sent where the customer said. "The renewal email went to the address on
// file", "we sent the code to the number on the account", "the transfer
// went to the email address you gave us": what we sent went where their
// details said, so where it ended up is laid at their details. A step just
// taken ("I've re-sent it to the email on file") tells where to look.

// sentWhereYouSaid reports a clause, in the simple past, in which we sent
// something, or something went, to an address, number or email that the
// clause then says was the customer's on record or given by them.
func (az *analyzer) sentWhereYouSaid(c *clause) bool {
	if c.aspect != aspDone || c.hasHave || c.neg || c.question || c.cond || c.verb < 0 || c.lemma == "resend" {
		return false
	}
	switch c.actor {
	case actAgent:
		if c.lists&listWarns == 0 && !c.lemmaIn(sendingLemmas) {
			return false
		}
	case actThing:
		if c.lemma != "go" && !(c.passive && c.lemmaIn(sendingLemmas)) {
			return false
		}
	default:
		return false
	}
	toks := az.tok.toks
	if c.subj < 0 {
		if p := az.prevInSentence(c); p != nil && p.hasHave {
			return false // "we've regenerated your key | and sent it to the email on file": the perfect reaches both
		}
	}
	for i := c.verb + 1; i+2 < c.hi; i++ {
		if toks[i].id != idTo || !(toks[i+1].id == idThe && contactNouns.has(toks[i+2].id) || i+3 < c.hi && contactNouns.has(toks[i+3].id)) {
			continue
		}
		if az.anyIn(i+2, min(c.hi, i+8), onRecordWords) || az.givenByYouAfter(c, i+2) {
			return !az.sorry(c) && !az.flags[toks[c.lo].sent].owned && !az.ourStepBeside(c)
		}
		return false
	}
	return false
}

// givenByYouAfter reports, from i on in c or in the relative clause right
// after it, the customer giving or entering it: "the one you gave us".
func (az *analyzer) givenByYouAfter(c *clause, i int) bool {
	hi := c.hi
	if d := az.nextInSentence(c); d != nil && relativeWords.has(az.tok.toks[d.lo].id) {
		hi = d.hi // "the address on file, | which is the one you gave us"
	}
	toks := az.tok.toks
	for j := i; j+1 < hi; j++ {
		if toks[j].id == idYou && givingWords.has(toks[j+1].id) {
			return true
		}
	}
	return false
}

// sendingLemmas send a thing out; contactNouns are where it went;
// onRecordWords say the details were the customer's on record; givingWords,
// after "you", say the customer gave them.
var (
	sendingLemmas = lemmaSetOf("send post deliver dispatch issue email text")
	contactNouns  = idSetOf(contactNounsList)
	onRecordWords = idSetOf(onRecordWordsList)
	givingWords   = idSetOf(givingWordsList)
)

const (
	contactNounsList  = "address number email inbox phone mobile"
	onRecordWordsList = "file account registered held provided"
	givingWordsList   = "gave provided entered typed put supplied registered"
)
