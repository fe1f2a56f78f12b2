package scoring

// Telling a slip, a guess and a duty apart: "by mistake" said of the
// customer's act is their slip; "must" is a guess unless a deadline makes it
// a duty; "you should have got a written report" is a duty left undone,
// where "you should have got our email" tells what reached them.

// byMistake reports "by mistake" or "by accident" in c: said of the
// customer's own act ("you must have tapped reorder by mistake"), it tells
// their slip, not our fault.
func (az *analyzer) byMistake(c *clause) bool {
	return az.pairIn(c, idBy, slipNouns)
}

// timeFoundAt reports a time the phrase tables found starting at token i:
// "by Friday", "by the 3rd".
func (az *analyzer) timeFoundAt(i int) bool {
	at := az.tok.toks[i].start
	return az.foundSpan(MarkTimeCommitment, at, at+1, at)
}

// slipNouns follow "by" to say an act was a slip.
var slipNouns = idSetOf(slipNounsList)

const slipNounsList = "mistake accident"

// guessShaped reports a "must" clause shaped as a guess, not a duty with a
// deadline: "your filter must be catching us", "your oven must run hot", not
// "your appeal must reach us by 12 May" nor "your form must be returned by
// Friday". "By now" dates a guess ("it must be blocked by now"), not a duty,
// and in the passive "by" may name the doer ("must be filtered by your
// provider").
func (az *analyzer) guessShaped(c *clause) bool {
	if c.verb < 0 || c.hasHave || c.linking || az.formOf(c.verb, c) == formIng {
		return true
	}
	toks := az.tok.toks
	for i := c.comp; i+1 < c.hi; i++ {
		if !deadlinePreps.has(toks[i].id) || toks[i+1].id == idNow {
			continue
		}
		if !c.passive || toks[i].id != idBy || az.timeFoundAt(i) {
			return false // but "must be filtered by your provider" names who does it
		}
	}
	return true
}

// deadlinePreps put a deadline on a duty: "must reach us by 12 May".
var deadlinePreps = idSetOf(deadlinePrepsList)

const deadlinePrepsList = "by before within"

// shouldHaveObtained reports "you should have got a written report" or
// "you should've had a read of the terms": a duty the customer left undone,
// where "you should have received our email" or "should have got a text from
// us" tells what reached them.
func (az *analyzer) shouldHaveObtained(c *clause) bool {
	if !c.should || !c.hasHave || c.verb < 0 || c.lemma == "receive" || c.lists&listReceive == 0 {
		return false
	}
	end := c.comp
	for end < c.hi && !az.tok.toks[end].pause {
		end++ // what was to be had, up to a pause: "a written report from the hotel at the time;"
	}
	return !az.anyLexIn(c.comp, end, lxAgent|lxOurDet) && !az.anyIn(c.comp, end, messageNouns)
}

// messageNouns are what we send a customer: "you should have got an email".
var messageNouns = idSetOf(messageNounsList)

const messageNounsList = "email emails text texts letter letters message messages notification notifications confirmation code link"
