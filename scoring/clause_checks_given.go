package scoring

// Pointing at what the customer was given. "Those prices were on the menu
// you were handed", "it's printed right on the e-ticket", "the size guide is
// right there on the product page", "the key-safe code was in the arrival
// email": the answer was in their hands. Said in the present with no
// emphasis, it is a direction ("the code is in your welcome email").

// wasInWhatYouGot reports a clause that places a thing on or in a document
// the customer was given, told in the past or with emphasis ("right there",
// "printed", "clearly"), with no step of ours and no sorry in its sentence.
func (az *analyzer) wasInWhatYouGot(c *clause) bool {
	if c.question || c.cond || c.aspect == aspWill || c.verb >= 0 && !(c.passive && (c.lists&listDisclose != 0 || c.lemma == "print")) {
		return false // be, or "it's printed on the ticket"
	}
	if az.noticeRightThere(c) {
		return !az.sorry(c) && !az.weActInSentence(c) // "the sign's right there above the machine"
	}
	shown := az.rightThereIn
	if c.verb >= 0 {
		shown = az.inPlainSightIn // "printed" is the verb: only "right on", "in bold" add the emphasis
	}
	if !az.onTheDocumentNear(c) || !c.pastAux && !az.plainlyIn(c) && !shown(c) && !(az.youSignedIn(c.comp, c.hi) && !az.handsTiedInSentence(c)) {
		return false
	}
	return !az.sorry(c) && !az.weActInSentence(c)
}

// youSignedIn reports the customer signing or agreeing to something among
// tokens lo..hi: "on the consent form you signed", "in the terms you
// accepted". A document they signed points at their own agreement, said in
// the present as in the past.
func (az *analyzer) youSignedIn(lo, hi int) bool {
	for i := lo + 1; i < hi; i++ {
		if signedWords.has(az.tok.toks[i].id) && az.lexAt(i-1)&lxCustomer != 0 {
			return true
		}
	}
	return false
}

// handsTiedInSentence reports a clause of c's sentence saying there is
// nothing, or little, we can do: "it's in the terms you agreed to, so
// there's nothing I can do" names the rule to hide behind, not the
// customer's agreement.
func (az *analyzer) handsTiedInSentence(c *clause) bool {
	from, to := az.sentenceWindow(c)
	for k := from; k < to; k++ {
		if d := &az.clauses[k]; az.nothingOrLittle(d) && az.clauseHas(d, lxCan) {
			return true
		}
	}
	return false
}

// noticeRightThere reports a notice, or a term it sets out, said to be
// "right there" or "in bold", wherever it was: "the sign's right there
// above the machine", "the yearly price rise is right there in bold". What
// we deliver is only placed ("your parcel is right there in the locker").
func (az *analyzer) noticeRightThere(c *clause) bool {
	if c.verb >= 0 || c.neg || c.subj < 0 || c.comp+1 >= c.hi {
		return false
	}
	toks := az.tok.toks
	i := c.comp
	if i > c.lo && toks[i-1].id == idRight {
		i-- // the verb group took "right" in as an adverb
	}
	if toks[i].id != idRight || toks[i+1].id != idThere && !(toks[i+1].id == idIn && i+2 < c.hi && mannerOfPrint.has(toks[i+2].id)) {
		return false
	}
	lo, hi := c.subjectSpan()
	for j := lo; j < hi; j++ {
		if az.tokenIn(&docNouns, j) || noticedTerms.has(toks[j].id) || toks[j].apos && (docNouns.ids.has(toks[j].base) || noticedTerms.has(toks[j].base)) {
			return true // "the sign's": its "is" joined to it
		}
	}
	return false
}

// noticedTerms are what a notice sets out: "the price rise", "the fee".
var noticedTerms = idSetOf(noticedTermsList)

const noticedTermsList = "warning warnings chart rise fee fees price prices date deadline condition clause checkbox"

// rightThereIn reports "right there", "right on", "right in" or "printed"
// in c: the thing was in plain sight.
func (az *analyzer) rightThereIn(c *clause) bool {
	return az.clauseHasID(c, idPrinted) || az.inPlainSightIn(c)
}

// inPlainSightIn reports "right there", "right on", "right in", "right at",
// or "in bold" and its kind, in c: the thing could not be missed.
func (az *analyzer) inPlainSightIn(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		switch {
		case toks[i].id == idRight && (toks[i+1].id == idThere || toks[i+1].id == idOn || toks[i+1].id == idIn || toks[i+1].id == idAt):
			return true
		case toks[i].id == idIn && mannerOfPrint.has(toks[i+1].id):
			return true
		}
	}
	return false
}

// onTheDocumentNear reports "on" or "in" right after c's verb group, then
// within three words a document ("on the menu", "right on the e-ticket",
// "in the arrival email").
func (az *analyzer) onTheDocumentNear(c *clause) bool {
	toks := az.tok.toks
	i := c.comp
	for i < c.hi && (az.lexAt(i)&lxAdverb != 0 || toks[i].id == idRight || toks[i].id == idThere) && toks[i].id != idOn && toks[i].id != idIn {
		i++ // "right there on", "clearly in"
	}
	if i+2 < c.hi && toks[i].id == idIn && mannerOfPrint.has(toks[i+1].id) {
		i += 2 // "printed in bold on the ticket"
	}
	if i+3 < c.hi && toks[i].id == idAt && toks[i+1].id == idThe && pagePlaces.has(toks[i+2].id) && toks[i+3].id == idOf {
		i += 3 // "printed right at the top of your confirmation": "of" stands for "on"
		return az.documentAt(i+1, c.hi)
	}
	if i+1 >= c.hi || toks[i].id != idOn && toks[i].id != idIn || az.lexAt(i+1)&lxOurDet != 0 {
		return false // "the date on your email" places the date, not the thing; "in our label printer" is ours
	}
	if az.backToTheDocument(c, i+1) {
		return true // "read the emails we send, | the date was in every one of them"
	}
	for j := i + 1; j < c.hi && j <= i+3; j++ {
		if az.tokenIn(&docNouns, j) || reportDocs.has(toks[j].id) && (az.inPlainSightIn(c) || c.pastAux) {
			if j+1 < c.hi && !toks[j].pause && (az.tokenIn(&docNouns, j+1) || reportDocs.has(toks[j+1].id)) {
				continue // "on your confirmation email", "on the menu page": the head comes next
			}
			return j+1 >= c.hi || toks[j].pause || !az.nounAt(j+1) // not "label printer"; a page only "right there on" it
		}
		if sidesOfPrint.has(toks[j].id) && az.rightThereIn(c) {
			return true // "the date's printed on the back": the back of what they hold
		}
	}
	return false
}

// backToTheDocument reports, at i, a pronoun that stands for a document
// named earlier in c's sentence: "in it", "in every one of them", "in all
// of them".
func (az *analyzer) backToTheDocument(c *clause, i int) bool {
	toks := az.tok.toks
	j := i
	for j < c.hi && j < i+3 && everyOfWords.has(toks[j].id) {
		j++ // "every one of", "all of", "each of"
	}
	if j >= c.hi || toks[j].id != idIt && toks[j].id != idThem {
		return false
	}
	s := az.tok.sents[toks[c.lo].sent]
	for k := s.tokLo; k < c.lo; k++ {
		if az.tokenIn(&docNouns, k) || messageNouns.has(toks[k].id) {
			return true // "the emails we send", "your confirmation"
		}
	}
	return false
}

// everyOfWords lead to the pronoun: "every one of them".
var everyOfWords = idSetOf("every each all both one of")

// pagePlaces are where on a page a thing is printed: "at the top of".
var pagePlaces = idSetOf(pagePlacesList)

const pagePlacesList = "top bottom foot head"

// mannerOfPrint are the ways a thing is printed ("in bold", "in writing"),
// and sidesOfPrint the sides of what it is printed on ("on the back").
var mannerOfPrint, sidesOfPrint = idSetOf(mannerOfPrintList), idSetOf(sidesOfPrintList)

const mannerOfPrintList, sidesOfPrintList = "bold writing capitals red black", "back front reverse"

// The words of "right there" and "printed".
var idRight, idPrinted = wordID("right"), wordID("printed")

// wentInAs reports what the customer gave us told back as it came in, then
// what followed from it or what it should have been: "the ring size on the
// order form was put down as an N, so that's the size we made it", "the
// postcode at checkout went in as SE14 instead of SE15, hence it ended up on
// the wrong street", "the alcove was given to us as 210 centimetres wide".
func (az *analyzer) wentInAs(c *clause) bool {
	if c.verb < 0 || c.byWho != actNone || az.ourInSubject(c) || !az.asAfterVerb(c) {
		return false
	}
	if !c.passive && (c.lemma != "go" && c.lemma != "come" || !az.anyIn(c.verb+1, min(c.hi, c.verb+3), inThrough)) {
		return false // "went in as", "came through as"; a passive of giving it ("was put down as")
	}
	if c.passive && !c.lemmaIn(givenAsVerbs) {
		return false
	}
	if az.anyIn(c.comp, c.hi, notInstead) {
		return true // "went in as SE14 instead of SE15"
	}
	k := az.resultAfter(az.clauseIndex(c))
	return k > 0 && az.clauses[k].aspect != aspWill && !az.goodNewsIn(&az.clauses[k]) // not "went in as a priority, so it'll be with you tomorrow"
}

// asAfterVerb reports "as" within four words after c's verb: "put down as",
// "given to us as", "went in as".
func (az *analyzer) asAfterVerb(c *clause) bool {
	toks := az.tok.toks
	for i := c.verb + 1; i < c.hi && i <= c.verb+4; i++ {
		if toks[i].id == idAs {
			return true
		}
	}
	return false
}

var (
	// givenAsVerbs are what the customer does to give us a detail, in the passive.
	givenAsVerbs = lemmaSetOf("put give enter submit write type fill list")
	// inThrough are the particles of "went in as", "came through as".
	inThrough = idSetOf(inThroughList)
	// notInstead set what came in against what was meant: "not", "instead".
	notInstead = idSetOf(notInsteadList)
)

const inThroughList, notInsteadList = "in through", "not instead rather"
