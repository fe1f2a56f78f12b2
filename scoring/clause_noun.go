package scoring

import "strings"

// The parts of a noun phrase the subject reader passes over or stops at: a
// phrase after a preposition, a hyphenated word, a relative clause, a name.

// namedParty reports a name inside a sentence: a capitalised word the
// lexicon does not know, not the sentence's first word, so a company or a
// person ("Royal Mail", "Uni admissions").
func (az *analyzer) namedParty(i int) bool {
	t := &az.tok.toks[i]
	if i == az.tok.sents[t.sent].tokLo || t.code || t.num {
		return false
	}
	for j := i; j >= 0 && j > i-3 && az.tok.toks[j].sent == t.sent; j-- {
		if j != az.tok.sents[t.sent].tokLo && az.titleCaseName(j) {
			return true
		}
		if az.lexAt(j) != 0 {
			break
		}
	}
	return false
}

// takeItUp reports "take ... up" as c's verb: "take that up with them".
func (az *analyzer) takeItUp(c *clause) bool {
	return c.lemma == "take" && c.verb >= 0 && az.idIn(idUp, c.verb+1, min(c.hi, c.verb+4))
}

// withANameAfter reports "with" and a party's name after c's verb: "take
// that up with Kestrel Parking".
func (az *analyzer) withANameAfter(c *clause) bool {
	for i := max(c.verb, c.lo) + 1; i+1 < c.hi; i++ {
		if az.tok.toks[i].id == idWith && az.namedParty(i+1) {
			return true
		}
	}
	return false
}

// titleCaseName reports a word written as a name, "Mail" or "Evri", that is
// not a day or a month: not "IdP" or "Thursday".
func (az *analyzer) titleCaseName(j int) bool {
	w := az.tok.text[az.tok.toks[j].start:az.tok.toks[j].end]
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for k := 1; k < len(w); k++ {
		if (w[k] < 'a' || w[k] > 'z') && !brandCapital(w, k) {
			return false
		}
	}
	k := az.tok.keyOf(&az.tok.toks[j])
	_, day := singleWordTimes[k]
	return !day && !monthWords[k]
}

// brandCapital reports a capital at k inside w that starts a brand's second
// word, "Hub" in "PracticeHub": after a small letter and before two more, as
// no acronym ("IdP", "MFA") has.
func brandCapital(w string, k int) bool {
	lower := func(b byte) bool { return b >= 'a' && b <= 'z' }
	return k > 1 && k+2 < len(w) && w[k] >= 'A' && w[k] <= 'Z' && lower(w[k-1]) && lower(w[k+1]) && lower(w[k+2])
}

// hyphenated reports a token joined by a hyphen to the one before it.
func (az *analyzer) hyphenated(j int) bool {
	prev := &az.tok.toks[j-1]
	return prev.end+1 == az.tok.toks[j].start && az.tok.text[prev.end] == '-'
}

// maxPhraseAfterPrep is how many words a phrase inside a subject may run to
// before its verb.
const maxPhraseAfterPrep = 5

// phraseAfterPrep reports a preposition at j that opens a phrase inside a
// subject: before "this" or "your" after people ("people on this tariff",
// "someone in your household"), or before a bare noun and then the verb
// ("the address on file had a typo"). The phrase may run to five words, as
// names of places do: "the power cut at the Slough data centre | took".
func (az *analyzer) phraseAfterPrep(j int, head lex) bool {
	if az.tok.toks[j].id == idTo && isVerbBase(az.tok.keyOf(&az.tok.toks[j+1])) {
		return false // "your decision to switch off auto-renew | is": an infinitive, which auxAfterInfinitive reads
	}
	next := az.lexAt(j + 1)
	if head&(lxCustomers|lxThird) != 0 && next&(lxDet|lxThing) != 0 && next&auxBits == 0 {
		return true
	}
	// "the address on file had", "the premium due on June 1 was", "the kitchen
	// at the restaurant mixed up": plain words, numbers and determiners, then
	// the verb group
	toks := az.tok.toks
	for k, n := j+1, 0; k < len(toks) && n < maxPhraseAfterPrep && toks[k].sent == toks[j].sent && !toks[k-1].pause; k++ {
		if !toks[k].num && !toks[k].money {
			n++ // a sum counts as no word: "storage at £15 a day | applies"
		}
		b := az.lexAt(k)
		switch {
		case b&auxBits != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0:
			return k > j+1
		case k >= j+2 && az.lexAt(k-1)&lxDet == 0 && b&^(lxIrregular|lxWrong) == 0 && az.looksLikeVerb(k):
			return true // a past verb after the phrase's noun: "the drop in service | coincided", "the card on file | expired"
		case k >= j+2 && b == 0 && az.verbAfterNoun(k):
			return true // a present verb: "the factory in Treviso | shuts", "the delay in crediting the transfer | stems from the sender"
		case k >= j+2 && b == 0 && az.verbBeforeInfinitive(k):
			return true // "complaints about the cut | need to go to him", "any complaint about her | needs to go to her"
		case k >= j+2 && b&(lxNeg|lxFreq) != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 && k+1 < len(toks) && toks[k+1].sent == toks[j].sent:
			return true // a negation or a word of habit opens the verb group: "folks in hard water areas | never descale"
		case k >= j+3 && az.adverbBeforeVerb(k):
			return true // "the card in the box | clearly says"
		case b != 0 && b&(lxDet|lxThirdNoun|lxCompanyNoun|lxDeliverable|lxIrregular) == 0 && !toks[k].num && !(k == j+1 && thisThat.has(toks[k].id)):
			return false // but "on this occasion": "this" before the phrase's noun is its determiner
		}
	}
	return false
}

// verbBeforeInfinitive reports a present verb at k, in its base or its -s
// form, with "to" and a verb's base after it: "need to go", "needs to go",
// "tends to happen". So followed, even a word after "her" is the verb: in
// "a complaint about her needs to go to her" it is not her needs.
func (az *analyzer) verbBeforeInfinitive(k int) bool {
	toks := az.tok.toks
	if k+2 >= len(toks) || toks[k+1].id != idTo || toks[k].pause || toks[k+1].sent != toks[k].sent || !isVerbBase(az.tok.keyOf(&toks[k+2])) {
		return false
	}
	key := az.tok.keyOf(&toks[k])
	return infinitiveVerbs.has(toks[k].id) || strings.HasSuffix(key, "s") && infinitiveVerbs.has(wordID(key[:len(key)-1]))
}

// infinitiveVerbs take "to" and a verb after them as what their subject
// must, tends or wants to do.
var infinitiveVerbs = idSetOf("need tend want seem ought appear")

// adverbBeforeVerb reports a plain adverb at k with a verb right after it:
// "clearly says", "definitely told".
func (az *analyzer) adverbBeforeVerb(k int) bool {
	toks := az.tok.toks
	b := az.lexAt(k)
	if b&lxAdverb == 0 || b&(auxBits|lxPrep|lxDet|lxNeg|lxSub|lxConj|lxAgent|lxCustomer|lxThird|lxThing) != 0 ||
		k+1 >= len(toks) || toks[k+1].sent != toks[k].sent || toks[k].pause {
		return false
	}
	return az.looksLikeVerb(k+1) || az.verbAfterNoun(k+1)
}

// endsAt reports a word that ends its clause, is followed by a pause or is a number:
// after "your router's", it is what the router is ("your router's ancient, ..."),
// not the noun a possessive needs ("the courier's van was ...").
func (az *analyzer) endsAt(i int, c *clause) bool {
	return i+1 >= c.hi || az.tok.toks[i].pause || az.tok.toks[i].num // "your boiler's 20 years old"
}

// downTo reports "down to" at i, which follows a verb: "that one's down to the courier".
func (az *analyzer) downTo(i int) bool {
	return i+1 < len(az.tok.toks) && az.tok.keyOf(&az.tok.toks[i]) == "down" && az.tok.toks[i+1].id == idTo
}

// readSubjectRelative reads the relative clause inside a subject, tokens
// lo..hi-1, for whether it does or skips a part of the customer's: "who
// don't read the terms", "who fail to update their card", "who check the
// size guide".
func (az *analyzer) readSubjectRelative(c *clause, lo, hi int) {
	neg := false
	for k := lo + 1; k < hi; k++ {
		b := az.lexAt(k)
		if b&lxNeg != 0 {
			neg = true
			continue
		}
		if b != 0 {
			continue
		}
		lists := az.verbAt(k).lists
		switch {
		case lists&listSlip != 0 || neg && lists&listDuty != 0: // "who fail to update", "who don't read"
			c.subjLapse = true
			return
		case lists&listDuty != 0:
			c.subjDuty = true
			return
		}
	}
}

// presentAfterSingular reports a verb in -s the lists do not name, read from
// where it stands: after a singular noun, and before what a verb takes, an
// object, a phrase, or the end of the clause ("the store opens at 9", "the
// supplier makes these", "the penalty fare stands"). Before another plain word
// it is a noun ("the card reminders").
func (az *analyzer) presentAfterSingular(j int, k string) bool {
	toks := az.tok.toks
	prev := az.tok.keyOf(&toks[j-1])
	if strings.HasSuffix(k, "ss") || strings.HasSuffix(prev, "s") || az.lexAt(j-1)&(lxDet|lxPrep|auxBits) != 0 || toks[j-1].num && !az.amountEndsAt(j-1) {
		return false // "two emails"; but "the £64 stays": an amount is a singular head
	}
	if j+1 >= len(toks) || toks[j+1].sent != toks[j].sent || toks[j].pause {
		return true
	}
	next := az.lexAt(j + 1)
	return next&(lxDet|lxPrep|lxThing|lxCustomer|lxThird|lxAgent|lxAdverb) != 0 || toks[j+1].num || particleAfterVerb.has(toks[j+1].id) ||
		toks[j+1].id == idAs // "the £64 stays as it is"
}

// amountEndsAt reports a number at i after a currency sign: "£64", "$25".
func (az *analyzer) amountEndsAt(i int) bool {
	return i > 0 && az.tok.toks[i-1].money
}

// particleAfterVerb are the particles of phrasal verbs: after an "-s" word they
// make it the verb ("your confirmation spells out", "the van tops up").
var particleAfterVerb = idSetOf(particleAfterVerbList)

const particleAfterVerbList = "out up off down away"

// otherFirm reports a subject from i to its head at h that names a firm
// other than the company: one called a partner ("our partner kitchen"), or a
// company or agent of another trade ("the train company", "the letting agent").
func (az *analyzer) otherFirm(i, h int, head lex) bool {
	toks := az.tok.toks
	for j := i; j <= h && j < len(toks); j++ {
		switch t := toks[j]; {
		case t.id == idPartner || t.id == idPartners:
			return true // "our partner kitchen", "our courier partner", "our delivery partners"
		case (supplyingFirms.has(t.id) || supplyingFirms.has(t.base)) && (j == h || t.pause):
			return true // "our payment provider's had an outage", "our supplier, Tillpoint,": a firm that supplies us
		}
	}
	if h <= i || head&lxCompanyNoun == 0 {
		return false
	}
	mod := toks[h-1].id
	switch toks[h].id {
	case idCompany:
		return az.lexAt(h-1)&(lxDet|lxOurDet) == 0 && !ourTrades.has(mod)
	case idAgent, idAgents:
		return otherAgents.has(mod)
	}
	return false
}

// Ids of the words otherFirm reads.
var idPartner, idPartners, idCompany, idAgent, idAgents = wordID("partner"), wordID("partners"), wordID("company"), wordID("agent"), wordID("agents")

// ourTrades before "company" still name the company itself: "the parent
// company"; otherAgents before "agent" name another firm's.
var (
	ourTrades   = idSetOf(ourTradesList)
	otherAgents = idSetOf(otherAgentsList)
)

// supplyingFirms, as a subject's head, name a firm that supplies the company.
var supplyingFirms = idSetOf(supplyingFirmsList)

const supplyingFirmsList = "provider providers supplier suppliers processor processors vendor vendors wholesaler wholesalers subcontractor subcontractors"

const (
	ourTradesList   = "parent whole same"
	otherAgentsList = "letting estate travel booking ticket ticketing managing shipping customs forwarding handling clearing"
)

// thisThat are "this" and "that", determiners when a noun follows them.
var thisThat = idSetOf("this that")

// idUp is the id of "up" ("take it up with them").
var idUp = wordID("up")
