package scoring

// A point made after a frame that braces the customer for it: "with
// respect, the handover pack covers the settings on page four", "not being
// funny, but we've had that model on the shelf two years without a single
// return", "let's just say a car fob doesn't end up in the pool by itself",
// "you'll appreciate that we can only deliver to the address we're given".
// Said so, what follows sets the customer's account aside, whatever its
// words; "with respect to your refund" only names the topic, and a point
// that apologises, owns the fault or takes a step blames no one.

// afterInsinuatingFrame reports a clause that comes right after a clause
// that ends in an insinuating frame, in its sentence, in a sentence that
// neither apologises, owns a fault nor takes a step of ours, and tells no
// part still awaited ("yet"). The frame's own "saying" is no step.
func (az *analyzer) afterInsinuatingFrame(c *clause) bool {
	toks := az.tok.toks
	p := az.prevInSentence(c)
	if p == nil || whWords.has(toks[c.lo].id) || !az.isInsinuatingFrame(p) {
		return false // "you'll understand | why when you see it" asks nothing of them
	}
	f := &az.flags[toks[c.lo].sent]
	return !az.sorry(c) && !f.owned && !az.ourStepBesideBut(c, p) && !az.clauseHasID(c, idYet) && !az.weFailedLaterIn(c)
}

// weFailedLaterIn reports a clause of ours that goes on to tell our own
// failure after its main verb: "we had the booking reference at the start
// and still lost it". A word is told as the failure when it is a form of a
// verb of "our failure" other than its base ("lost", not "delay").
func (az *analyzer) weFailedLaterIn(c *clause) bool {
	if c.actor != actAgent || c.verb < 0 {
		return false
	}
	for j := c.verb + 1; j < c.hi; j++ {
		k := az.tok.keyOf(&az.tok.toks[j])
		if l := lemma(k); l != k && verbs.bare[l]&listOurFailure != 0 {
			return true
		}
	}
	return false
}

// isInsinuatingFrame reports a clause that ends in an insinuating frame,
// after whatever leads up to it ("and I'm not being funny", "it seems, with
// respect"): the point comes after the frame, not inside it.
func (az *analyzer) isInsinuatingFrame(p *clause) bool {
	for i := p.lo; i < p.hi; i++ {
		if n := az.phraseAt(&insinuatingFrames, i, p.hi); n > 0 && i+n == p.hi {
			return true
		}
	}
	return false
}

// insinuatingFrames are the frames, as word ids.
var insinuatingFrames = idPhrasesOf(insinuatingFramesList)

const insinuatingFramesList = "with respect|with all due respect|not being funny|i'm not being funny|not to be funny|" +
	"not to point fingers|not pointing fingers|no offence|no offense|let's just say|lets just say|i'm just saying|just saying|" +
	"you'll appreciate|you will appreciate|you'll understand|you will understand"

// insinuatingFrameWords are the words of insinuatingFrames that the rest
// of a sentence seldom holds: its need (see checkWords).
var insinuatingFrameWords = idSetOf("respect funny fingers offence offense let's lets saying appreciate understand")
