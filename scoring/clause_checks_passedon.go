package scoring

// The customer's matter sent elsewhere as the way things are: "warranty
// claims go straight to Bloomkin", "the claim has to go through them", "any
// complaint about her needs to go to her directly"; and so is the remedy
// that must come from one ("the refund has to come from Apple", "refunds
// for those are issued by the promoter"). It passes the matter on, as "take
// it up with them" does. Sent to us, or with a step of ours in the
// sentence ("claims go through the maker, so I've started one for you"), it
// only says how it is handled.

// matterPassedOn reports a clause whose subject is a claim, complaint,
// refund or the like, that goes, comes or is handled or issued, to,
// through, by or from a third party or a name, said as a rule or a need
// rather than as news.
func (az *analyzer) matterPassedOn(c *clause) bool {
	if c.neg || c.verb < 0 || c.aspect == aspDone || c.aspect == aspWill || !c.lemmaIn(passingVerbs) || !az.subjectHasNoun(c, matterNouns) ||
		az.sentenceHasOurStep(c) {
		return false // "your claim went to them on Monday" is news
	}
	toks := az.tok.toks
	for i := c.verb + 1; i+1 < c.hi && i <= c.verb+3; i++ {
		if !passedToWords.has(toks[i].id) {
			continue
		}
		j := i + 1
		if az.lexAt(j)&(lxOurDet|lxAgent) != 0 {
			return false // "to our claims team"
		}
		if toks[j].id == idHer && (j+1 >= c.hi || toks[j].pause || az.isLyAdverb(j+1, az.tok.key(toks[j+1]))) {
			return true // "to her directly": to her, not to her something
		}
		if az.lexAt(j)&lxDet != 0 && j+1 < c.hi {
			j++ // "to the courier"
		}
		return az.lexAt(j)&(lxThird|lxTheirs|lxThirdNoun) != 0 || az.namedParty(j)
	}
	return false
}

var (
	// passingVerbs move a matter along: "go", "pass", "be handled", "come from".
	passingVerbs = lemmaSetOf("go pass handle direct send route come issue")
	// matterNouns are the customer's matters to be dealt with, and the
	// remedies they ask for.
	matterNouns = wordSet("claim claims complaint complaints query queries dispute disputes refund refunds compensation")
	// passedToWords lead to where the matter goes.
	passedToWords = idSetOf(passedToWordsList)
)

const passedToWordsList = "to through by from"

// theirsToPutRight reports a third party that has to give the remedy: "the
// retailer would have to honour the warranty", "the airline has to refund
// you". The remedy is put with them, as a claim sent to them is; told as
// what they will do, or beside a step of ours ("so I've sent them your
// claim"), it only says who pays.
func (az *analyzer) theirsToPutRight(c *clause) bool {
	if c.actor != actThird || c.neg || c.question || c.cond || c.verb < 1 || !isRemedy(c.lemma) {
		return false
	}
	if c.aspect != aspMust && !(c.aspect == aspWould && az.tok.toks[c.verb-1].id == idTo) {
		return false // "would have to", "would need to"; not "the retailer would refund you"
	}
	return !az.weActInSentence(c)
}
