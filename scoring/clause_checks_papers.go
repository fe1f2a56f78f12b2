package scoring

// Papers and channels: what the customer signed, a card of print, a thing
// said with insistence, a message sent two ways, and a duty or cost that
// falls to them. The checks that use these read them here.

// twoChannelsIn reports a message said sent two ways in c: "by email and
// SMS", "by text and by post", "by both email and text message".
func (az *analyzer) twoChannelsIn(c *clause) bool {
	toks := az.tok.toks
	for i := c.comp; i+3 < c.hi; i++ {
		if toks[i].id != idBy {
			continue
		}
		j := i + 1
		if toks[j].id == idBoth {
			j++
		}
		if j+2 < c.hi && channelNouns.has(toks[j].id) && toks[j+1].id == idAnd {
			k := j + 2
			if toks[k].id == idBy && k+1 < c.hi {
				k++
			}
			return channelNouns.has(toks[k].id)
		}
	}
	return false
}

// channelNouns are the ways a message reaches a customer.
var channelNouns = idSetOf(channelNounsList)

const channelNounsList = "email e-mail text sms post letter phone push app whatsapp"

// idBoth is the id of "both".
var idBoth = wordID("both")

// emphaticDo reports "does" or "did" put before c's verb to insist: "the tin
// does say", "the email did mention it".
func (az *analyzer) emphaticDo(c *clause) bool {
	// the word before the verb, as "have" after "did" is read as an auxiliary too: "it did have the time in bold"
	a := c.verb - 1
	return a > c.lo && c.verb < c.hi && az.lexAt(a)&lxDo != 0 && az.lexAt(a)&lxNeg == 0 && az.lexAt(a)&(lxAgent|lxCustomer|lxThird|lxThing) == 0
}

// printedCardAt reports a card of print at i in c's subject: "the care
// card", "the recipe card". The customer's own card ("your card", "the
// debit card") is how they pay, and what it shows is an account.
func (az *analyzer) printedCardAt(c *clause, i int) bool {
	toks := az.tok.toks
	if toks[i].id != idCard || i == c.subj {
		return false
	}
	for j := c.subj; j < i; j++ {
		if toks[j].id == idYour || cardKinds.has(toks[j].id) {
			return false
		}
	}
	return az.lexAt(i-1)&lxDet == 0 // "the care card", not "the card"
}

// cardKinds are the cards a customer pays with.
var cardKinds = idSetOf(cardKindsList)

const cardKindsList = "credit debit bank payment loyalty store id"

// idCard is the id of "card".
var idCard = wordID("card")

// signedBySubject reports a subject that holds the customer signing or
// agreeing to it: "the treatment plan you signed", "the terms you agreed to".
// What they signed is a document they were given, whatever its name.
func (az *analyzer) signedBySubject(c *clause) bool {
	toks := az.tok.toks
	for i := c.subj + 1; i+1 < c.verb; i++ {
		if az.lexAt(i)&lxCustomer != 0 {
			if v := az.relativeVerbAfter(c, i); v > 0 && v < c.verb && signedWords.has(toks[v].id) {
				return true // "the form you signed", "the form you'd have signed"
			}
		}
		if relativeWords.has(toks[i].id) && i+2 < c.verb && az.lexAt(i+1)&lxBe != 0 && signedWords.has(toks[i+2].id) {
			return true // "the terms and conditions, which were accepted at registration, exclude": accepted by the one who signed up
		}
	}
	return false
}

// signedWords are what the customer does to a document they accept.
var signedWords = idSetOf(signedWordsList)

const signedWordsList = "signed agreed accepted approved initialled countersigned"

// fallsToYou reports a duty or a cost said to fall to the customer or the
// one who holds the account: "so the windscreen repair falls to you",
// "giving us access falls on whoever's named on the account". Falling to us
// is taken on.
func (az *analyzer) fallsToYou(c *clause) bool {
	if c.lemma != "fall" || c.verb < 0 || c.neg || c.comp+1 >= c.hi {
		return false
	}
	toks := az.tok.toks
	if id := toks[c.comp].id; id != idTo && id != idOn {
		return false
	}
	for j := c.comp + 1; j < c.hi && j <= c.comp+3; j++ {
		switch {
		case az.lexAt(j)&(lxAgent|lxOurDet) != 0:
			return false // "falls to us"
		case az.lexAt(j)&lxCustomer != 0 || toks[j].id == idWhoever || toks[j].apos && toks[j].base == idWhoever || holderRoles[az.tok.key(toks[j])]:
			return true
		}
	}
	return false
}

// yourSignatureOnIt reports a document said to carry the customer's
// signature, as "signed by you" is: "that survey's got your signature at
// the bottom of it", "the delivery note bears your signature", "your
// signature is on the delivery note". What they signed, they agreed to.
func (az *analyzer) yourSignatureOnIt(c *clause) bool {
	if c.actor != actThing || c.question || c.cond || c.aspect == aspWill || c.verb >= 0 && !c.lemmaIn(bearVerbs) {
		// a document that bears it, or the signature on one; not "I'll need your signature on it", "could
		// you pop your signature just here"
		return false
	}
	return az.pairIn(c, idYour, signatureNouns)
}

// signatureNouns name a signature; bearVerbs say a document carries it.
var (
	signatureNouns = idSetOf(signatureNounsList)
	bearVerbs      = lemmaSetOf("have get bear carry show")
)

const signatureNounsList = "signature signatures initials"
