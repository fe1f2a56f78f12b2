package scoring

import (
	"slices"
	"strings"
)

// auxBits are the properties of a word that can sit in a verb group before the main verb.
const auxBits = lxBe | lxHave | lxDo | lxWill | lxWould | lxCan | lxMust

// readVerbGroup reads the auxiliaries, adverbs and negation after the subject,
// then the main verb, and settles the clause's aspect and voice. It returns
// the first token after the verb group.
func (az *analyzer) readVerbGroup(c *clause, i int) int {
	sawBe := c.aspect == aspState || az.subjectHasBe(c)
	afterSubject := i // the first word after the subject
	for i < c.hi {
		b := az.lexAt(i)
		if sawBe && c.lastAux == i-1 && az.foundToBeAt(c, i) {
			c.lastAux = i + 2 // "the information provided was found to be | inaccurate": it was inaccurate, as found
			i += 3
			continue
		}
		plain := verbFastPath && az.plainlyMainVerb(&az.tok.toks[i], b)
		if plain && !az.participlePlaceAt(c, i, afterSubject) {
			return az.readMainVerb(c, i, sawBe) // most verbs: no test below can take them
		}
		k := az.tok.keyOf(&az.tok.toks[i]) // read after the first fast path, which needs no key
		if verbFastPath && plainAux(b, az.tok.toks[i].id) {
			sawBe = az.readAux(c, i, b, k, sawBe) // "can", "will", "was": only the auxiliaries' case below takes them
			i++
			continue
		}
		if i > c.lo && whatIs.has(az.tok.toks[i].id) {
			break // "your hard water is | what's turning the toner brassy": be is the main verb, and "what's" opens what it is
		}
		if (k == "re" || k == "auto") && i+1 < c.hi && az.tok.toks[i].end < len(az.tok.text) && az.tok.text[az.tok.toks[i].end] == '-' {
			i++ // "re-sent", "auto-cancels": the prefix is part of the verb that follows
			continue
		}
		if az.tok.toks[i].id == idNo && az.noLongerAt(i, c.hi) {
			c.neg = true // "the transfer you booked | no longer lines up": a negation inside the verb group
			i += 2
			continue
		}
		if az.objectAfterHave(c, i, b, k) {
			break // "the csv had commas in it", "we had no say": have is the main verb, and its object follows
		}
		if c.lastAux == i-1 && i+1 < c.hi && orderAdverbs.has(az.tok.toks[i].id) && az.looksLikeVerb(i+1) {
			i++ // "the boiler was last serviced", "it was first reported": when, inside the verb group
			continue
		}
		if i+2 < c.hi && az.tok.toks[i+1].id == idTo && happenForms.has(az.tok.toks[i].id) && az.lexAt(i+2)&(lxDet|lxThing|lxAgent|lxCustomer|lxThird) == 0 {
			i += 2 // "did you happen to leave the window open?": "happen to" only says it was by chance
			continue
		}
		if az.tok.toks[i].id == idBy && c.lastAux >= 0 && az.byAnyChanceAt(i, c.hi) {
			i += 3 // "have you by any chance been sharing the login?": said inside the verb group
			continue
		}
		if i == afterSubject && i+1 < c.hi && az.tok.toks[i+1].lex&(lxBe|lxHave) != 0 && c.subj >= 0 && c.lastAux < 0 && az.reducedRelativeAt(i, c.hi) &&
			az.lexAt(c.subj)&(lxAgent|lxCustomer|lxThird) == 0 {
			i++ // "the licence uploaded | had expired": the past form tells which licence; the verb comes after
			continue
		}
		if i == afterSubject && i+1 < c.hi && az.lexAt(i+1)&lxTemporal != 0 && c.subj >= 0 && c.lastAux < 0 && az.lexAt(c.subj)&(lxAgent|lxCustomer|lxThird|lxThing) == 0 {
			if be := az.beAfterParticiplePhrase(i, c.hi); be > 0 {
				i = be                                                                          // "cancellations made before midnight | are free": the past form and its phrase tell which
				c.generic = c.generic || az.lexAt(c.subj)&lxDet == 0 && az.pluralNounAt(c.subj) // things of a kind
				continue
			}
		}
		if plain {
			return az.readMainVerb(c, i, sawBe)
		}
		switch {
		case k == "of" && i > 0 && c.lastAux == i-1 && az.lexAt(i-1)&(lxMust|lxWould|lxCan) != 0 && i+1 < c.hi:
			az.noteAux(c, lxHave) // "you must of put the wrong day in": "of" typed for "'ve"
			c.lastAux = i
		case b&lxFreq != 0:
			c.freq = true
			if i+1 < c.hi && az.tok.toks[i+1].id == idTo {
				i++ // "people do tend to leave it": the verb after "to" is the main one
			}
		case seemForms.has(az.tok.toks[i].id) && i+2 < c.hi && az.tok.toks[i+1].id == idTo && az.lexAt(i+2)&(lxDet|lxThing|lxAgent|lxCustomer|lxThird) == 0:
			c.hedged = true // "your kids seem to have found the button": what follows is supposed, not said for sure
			i++
		case c.subj >= 0 && keepForms.has(az.tok.toks[i].id) && az.ingAt(i+1, c):
			switch {
			case c.aspect != aspNone:
				// "we'll keep trying": the modal says when
			case c.actor == actThing:
				c.freq = true // "your Wi-Fi keeps dropping": a trouble that recurs, unless done to it ("keeps getting forgotten")
			default:
				c.pastAux = true // "you keep entering the old PIN": what someone has done, again and again
			}
		case turnForms.has(az.tok.toks[i].id) && az.turnedOutToBe(i, c):
			az.noteAux(c, lxBe|lxPastAux) // "it turned out to be a neighbour's baby monitor": a past be
			c.lastAux, sawBe = i+3, true
			i += 3
		case k == "yet" && c.hasHave && c.lastAux == i-1 && i+2 < c.hi && az.tok.toks[i+1].id == idTo:
			c.neg = true // "the bank has yet to release the funds": it has not released them
			if c.aspect == aspNone {
				c.aspect = aspDone
			}
			i++
		case k == "to" && i > c.lo && az.tok.keyOf(&az.tok.toks[i-1]) == "ought":
			// "you ought to have kept it": "ought to" is one modal
		case (k == "have" || k == "has" || k == "had" || k == "need" || k == "needs" || k == "needed") && i+1 < c.hi &&
			az.tok.keyOf(&az.tok.toks[i+1]) == "to":
			c.obliged = true // "you'll have to", "you need to": the verb after "to" is the main one
			if c.aspect == aspNone || c.aspect == aspState {
				c.aspect = aspMust
			}
			i++
		case b&(lxHave|lxDo) != 0 && b&(lxNeg|lxBe|lxAgent|lxCustomer|lxThing|lxThird) == 0 && c.aspect != aspNone &&
			c.aspect != aspState && !az.participleAt(i+1, c):
			// "you'll have it", "I'll do that now": after a modal, have and do are the main verb
			return az.readMainVerb(c, i, false)
		case b&auxBits != 0:
			sawBe = az.readAux(c, i, b, k, sawBe)
		case b&lxNeg != 0:
			c.neg = true
		case fillerWords.has(az.tok.toks[i].id):
			// "it was, um, dropped": a filler inside the verb group
		case guessAdverbs.has(az.tok.toks[i].id):
			c.hedged = true // "your flatmate probably signed for it": said as a guess
		case verbGroupAsides.firsts.has(az.tok.toks[i].id) && az.phraseAt(&verbGroupAsides, i, c.hi) > 0:
			// "your firewall is most likely blocking it", "your bank has no doubt flagged it": an
			// aside inside the verb group, which says how sure it is; a guess hedges it
			n := az.phraseAt(&verbGroupAsides, i, c.hi)
			c.hedged = c.hedged || az.anyIn(i, i+n, guessAdverbs)
			i += n - 1
		case b&lxAdverb != 0 && b&(lxAgent|lxThing) == 0:
		case az.isLyAdverb(i, k):
			// "you unfortunately didn't", "it was clearly used": any "-ly" adverb
			// may sit inside a verb group, not only those the lexicon lists
		case (k == "going" || k == "about") && i+2 < c.hi && az.tok.keyOf(&az.tok.toks[i+1]) == "to" && az.lexAt(i+2)&(lxDet|lxOurDet|lxThing|lxAgent|lxCustomer|lxThird) == 0:
			// "it's going to arrive", not "the emails were going to your junk folder"
			c.aspect, sawBe = aspWill, false
			i++
		case k == "able" && i+1 < c.hi && az.tok.keyOf(&az.tok.toks[i+1]) == "to":
			if c.aspect == aspNone || c.aspect == aspState {
				c.aspect = aspCould // "I'm able to"; "you'll be able to" stays a future
			}
			sawBe = false
			i++
		case (k == "get" || k == "got" || k == "gets" || k == "getting") && i+1 < c.hi && (az.looksLikeVerb(i+1) || az.tokenIn(&sameFormTokens, i+1)):
			sawBe = true // "it got lost": a passive with get
			if c.freq && c.aspect == aspNone && i > c.lo && keepForms.has(az.tok.toks[i-1].id) {
				c.freq, c.pastAux = false, true // "it keeps getting forgotten": done to it, again and again
			}
		default:
			return az.readMainVerb(c, i, sawBe)
		}
		i++
	}
	az.auxAsMainVerb(c)
	az.settleAspect(c, sawBe, formNone)
	return i
}

// objectAfterHave reports a word at i, just after a "have" read as an
// auxiliary, that cannot be its participle: a plain word that is no past
// form ("the rug had red wine stains"), or "no" ("we had no say"). Then
// have was the main verb.
func (az *analyzer) objectAfterHave(c *clause, i int, b lex, k string) bool {
	if i == c.lo || c.lastAux != i-1 || az.lexAt(i-1)&lxHave == 0 || az.lexAt(i-1)&(lxAgent|lxCustomer|lxThird|lxThing) != 0 {
		return false
	}
	if verbGroupAsides.firsts.has(az.tok.toks[i].id) && az.phraseAt(&verbGroupAsides, i, c.hi) > 0 {
		return false // "your bank has no doubt flagged it": an aside, then the participle
	}
	if k == "no" {
		return true
	}
	return b == 0 && !az.looksLikeVerb(i) && !sameFormParticiples[k] && !az.isLyAdverb(i, k) && !strings.HasSuffix(k, "ing") && k != "to" && k != "yet"
}

// whatIs are "what" with "is" fused to it, which open a clause of their own.
var whatIs = idSetOf(whatIsList)

const whatIsList = "what's whats"

// plainlyMainVerb reports a token t, with properties b, that no case of
// readVerbGroup but the last can take: none of the properties they test,
// none of the words they name, and no "-ly" word (see isLyAdverb).
// readVerbGroup reads it as the main verb without trying each case, as it
// would after trying them all; and before the tests that open its loop too,
// but where participlePlaceAt holds. TestFastPathsHold holds the cases to
// that. Asked of nearly every word of a verb group, it is small enough to
// be written out there: a word the phrase index knows is its word, which
// verbGroupWordsByID answers in one load (id 0, a word it does not know,
// is in none of its sets), and only a word it does not know is a call.
func (az *analyzer) plainlyMainVerb(t *token, b lex) bool {
	return b&verbGroupBits == 0 && !verbGroupWordsByID[t.id&(maxSetWord-1)] && (t.id != 0 || az.plainUnknownVerb(t))
}

// plainUnknownVerb is plainlyMainVerb of a word the phrase index does not
// know, past its test of the properties: it is read by its text.
func (az *analyzer) plainUnknownVerb(t *token) bool {
	k := az.tok.keyOf(t)
	return !lyWord(k) && !slices.Contains(verbGroupKeys, k)
}

// verbGroupWordsByID is verbGroupWords laid out by word id, for
// plainlyMainVerb.
var verbGroupWordsByID = byID(verbGroupWords)

// lyWord reports a word of five letters or more in "-ly", which may be an
// adverb inside a verb group (see isLyAdverb).
func lyWord(k string) bool { return len(k) >= 5 && strings.HasSuffix(k, "ly") }

// verbGroupBits are the properties the cases of readVerbGroup before its
// last test; verbGroupWords and verbGroupKeys the words they name, those the
// phrase index knows by id and the rest by text. verbGroupWords holds the
// index's "-ly" words too, so that a word it knows is read by its id alone.
var (
	verbGroupBits                 = lxFreq | lxHave | lxDo | auxBits | lxNeg | lxAdverb | lxOpener
	verbGroupNamed, verbGroupKeys = knownWords("to have has had need needs needed going about able get got gets getting re auto yet no by")
	verbGroupWords                = unionOf(seemForms, keepForms, turnForms, guessAdverbs, verbGroupNamed, verbGroupAsides.firsts,
		whatIs, orderAdverbs, happenForms, indexWordsWhere(lyWord))
)

// indexWordsWhere returns the words of the phrase index for which keep holds.
func indexWordsWhere(keep func(w string) bool) idSet {
	s := newIDSet()
	for id := 1; id < len(index.words.words); id++ { // 0 is no word
		if keep(index.words.words[id]) {
			s.add(int32(id))
		}
	}
	return s
}

// plainAux reports an auxiliary, with properties b and word id, that only
// the auxiliaries' case of readVerbGroup takes: no have or do, which other
// cases read as a main verb or a duty ("you'll have it", "have to"), no
// word of habit, and no word a case names. No test that opens the loop
// takes one either: their positions need a plain past or a word they name.
// TestFastPathsHold holds the cases to that.
func plainAux(b lex, id int32) bool {
	return b&auxBits != 0 && b&(lxHave|lxDo|lxFreq) == 0 && !verbGroupWords.has(id)
}

// readAux reads the auxiliary at i, with properties b and key k, into c,
// and returns sawBe, whether be has been read, as it stands after it.
func (az *analyzer) readAux(c *clause, i int, b lex, k string, sawBe bool) bool {
	if b&lxWill != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0 && sawBe {
		sawBe = false // "it was always gonna rain": "gonna" after be is "going to", its verb no passive
	}
	az.noteAux(c, b)
	if k == "been" && !c.hasHave && i > c.lo && az.tok.toks[i-1].apos && endsInApostropheS(az.tok.keyOf(&az.tok.toks[i-1])) {
		c.hasHave = true // "it's been washed", "that's been sorted": 's before "been" is has
	}
	c.lastAux = i
	c.should = c.should || k == "should" || k == "ought" || k == "shouldn't" || k == "should've"
	return sawBe || b&lxBe != 0
}

// participlePlaceAt reports a word at i that the tests opening
// readVerbGroup's loop may take though it is plain: right after a have
// read as an auxiliary ("had | commas in it"), or the first word after the
// subject before be, have or a word of when ("the licence uploaded | had
// expired", "cancellations made | before midnight").
//
// Both places need a word of the clause with one of the properties they
// ask, and a clause whose bag has none of them is turned away at once.
func (az *analyzer) participlePlaceAt(c *clause, i, afterSubject int) bool {
	return c.bag&(lxBe|lxHave|lxTemporal) != 0 && (i > c.lo && c.lastAux == i-1 && az.lexAt(i-1)&lxHave != 0 ||
		i == afterSubject && i+1 < c.hi && az.tok.toks[i+1].lex&(lxBe|lxHave|lxTemporal) != 0)
}

// verbGroupAsides may sit inside a verb group, between its auxiliary and
// its verb, saying how sure the speaker is.
var verbGroupAsides = idPhrasesOf(verbGroupAsidesList)

const verbGroupAsidesList = "most likely|most probably|more than likely|almost certainly|no doubt|in all likelihood|in fact|" +
	"of course|very likely|quite possibly|without doubt"

// verbFastPath lets a test turn the fast path of readVerbGroup off.
var verbFastPath = true

// auxAsMainVerb makes a trailing have or do the main verb: "you'll have it by
// Friday", "we did". Be stays a copula, read by the rows that ask for one.
func (az *analyzer) auxAsMainVerb(c *clause) {
	if c.lastAux < 0 || az.lexAt(c.lastAux)&(lxHave|lxDo) == 0 || az.lexAt(c.lastAux)&(lxBe|lxAgent|lxCustomer|lxThing|lxThird) != 0 {
		return
	}
	c.verb = c.lastAux
}

// participleAt reports a participle (or "been") at token i of c: have is an auxiliary before one.
// After "must", "should" or "would", a verb whose participle is its base form
// counts too: "you should have read the terms".
func (az *analyzer) participleAt(i int, c *clause) bool {
	for ; i < c.hi && az.lexAt(i)&(lxAdverb|lxNeg) != 0 && az.lexAt(i)&lxBe == 0; i++ {
	}
	if i >= c.hi {
		return false
	}
	if k := az.tok.keyOf(&az.tok.toks[i]); k == "been" || az.looksLikeVerb(i) {
		return true
	}
	return (c.aspect == aspMust || c.aspect == aspWould) && az.lexAt(i) == 0 && az.tokenIn(&sameFormTokens, i)
}

// sameFormParticiples are verbs whose participle is spelt as the base form.
var sameFormParticiples = wordSet("read put set cut let hit shut quit cost reset come become run overrun split spread burst upset")

// sameFormTokens is sameFormParticiples for looking up tokens.
var sameFormTokens = idWordsOf(sameFormParticiples)

// sameFormLemmas is sameFormParticiples for asking a clause's main verb.
var sameFormLemmas = lemmaSetFrom(sameFormParticiples)

// subjectHasBe reports a subject contraction that holds be: "it's", "we're".
// A clause whose bag has no be holds none, and is turned away at once.
func (az *analyzer) subjectHasBe(c *clause) bool {
	return c.bag&lxBe != 0 && c.subj >= 0 && az.lexAt(c.subj)&lxBe != 0
}

// verbForm is the shape of a main verb.
type verbForm uint8

const (
	formNone verbForm = iota
	formBase          // "refund", "takes"
	formPast          // "refunded", "sent": past or participle
	formIng           // "refunding"
)

// readMainVerb reads the main verb at i, if there is one, and returns the token after it.
func (az *analyzer) readMainVerb(c *clause, i int, sawBe bool) int {
	form := az.formOf(i, c)
	if form == formNone || sawBe && form == formBase {
		az.auxAsMainVerb(c)
		az.settleAspect(c, sawBe, formNone) // be is the main verb: "that's on us"
		return i
	}
	c.verb = i
	if c.modalWould && !c.hasHave && !sawBe && form == formPast && az.dHad(c) {
		c.aspect, c.modalWould, c.hasHave, c.pastAux = aspNone, false, true, true // "you'd turned it off": 'd is had
	}
	az.settleAspect(c, sawBe, form)
	if form == formBase && c.aspect == aspPresent && az.pastAfterSingular(c, i) {
		c.aspect = aspDone // "your little one hit the buy button": a present would be "hits"
	}
	i++
	if c.passive {
		az.findByAgent(c, i)
	}
	return i
}

// formOf reads token i as a verb form, or formNone when it is plainly not a
// verb: a determiner, a pronoun, a preposition, a number.
func (az *analyzer) formOf(i int, c *clause) verbForm {
	t := &az.tok.toks[i]
	b := az.lexAt(i)
	if b&lxWrong != 0 && az.wrongAsVerb(i) {
		b &^= lxWrong // "your card expired in May": a verb, where "your card is expired" is a state
	}
	if t.num || t.money || b&(lxDet|lxAgent|lxCustomer|lxThird|lxThing|lxPrep|lxConj|lxSub|lxCond|lxFeeling|lxBadAdj|lxOurs|lxWrong|lxLicence) != 0 &&
		(b&lxLicence == 0 || az.markAt(i)&lxGuess == 0) {
		return formNone // but "I do wonder", "I'd imagine": a verb of supposing, whatever else it licenses
	}
	k := az.tok.keyOf(t)
	switch {
	case b&lxIrregular != 0 && b&(lxBe|lxHave|lxDo) == 0 && len(k) > 3 && k[len(k)-1] == 's':
		return formBase // the presents the irregular forms' table holds: "your supply goes back on the 14th", "it puts a hold on"
	case az.looksLikeVerb(i) || k == "put" || k == "set" || k == "cut" || k == "done":
		return formPast
	case (c.aspect == aspState || c.hasHave) && az.tokenIn(&sameFormTokens, i):
		return formPast // "your password's been reset"
	case b&(lxHave|lxDo) != 0:
		return formBase
	case len(k) > 4 && strings.HasSuffix(k, "ing"):
		return formIng
	case c.subj < 0 || c.aspect != aspState:
		return formBase
	}
	return formNone
}

// settleAspect turns what the verb group held into the clause's aspect and voice.
func (az *analyzer) settleAspect(c *clause, sawBe bool, form verbForm) {
	switch {
	case sawBe && form == formPast:
		c.passive = true
	case sawBe && form == formIng && (c.aspect == aspState || c.aspect == aspNone):
		c.aspect = aspNow
		if c.pastAux {
			c.aspect = aspDone
		}
	}
	switch c.aspect {
	case aspNone:
		switch {
		case c.hasHave && form == formPast, c.pastAux, form == formPast && c.subj >= 0:
			c.aspect = aspDone // "we've refunded", "did", "we refunded"
		case form == formIng && c.subj < 0:
			c.aspect = aspNow // "Refunding that now."
		case form == formBase && c.subj >= 0 && (c.generic || c.actor == actAgent):
			c.aspect = aspHabit // a present of things in general, or of what we do: "refunds take", "we refund within"
		case form == formBase && c.subj >= 0:
			c.aspect = aspPresent // "it arrives Thursday", "you need it by Friday"
		}
	case aspState:
		switch {
		case c.hasHave || c.pastAux:
			c.aspect = aspDone // "has been refunded", "was reversed", "was our mistake"
		case c.passive && (c.generic || c.freq):
			c.aspect = aspHabit // "refunds are processed within"
		case c.passive:
			c.aspect = aspDone // "it's sorted", "your account is unlocked"
		}
	}
	if c.generic && (c.aspect == aspCould || c.aspect == aspPresent || c.aspect == aspState) {
		c.aspect = aspHabit // "refunds can take up to ten days": what happens in general
	}
	if c.freq && (c.aspect == aspState || c.aspect == aspWill || c.aspect == aspNone || c.aspect == aspPresent) {
		c.aspect = aspHabit
	}
}

// findByAgent reads the "by ..." after a passive verb: "was damaged by our
// courier" is the company's doing, "entered by you" the customer's, "delayed
// by your old provider" a third party's; "by Friday" names no one.
func (az *analyzer) findByAgent(c *clause, i int) {
	for ; i+1 < c.hi; i++ {
		if az.tok.keyOf(&az.tok.toks[i]) != "by" {
			continue
		}
		if az.deniedBy(i) {
			return // "switched from your display, not remotely by us": the doer denied, not named
		}
		j := i + 1
		b := az.lexAt(j)
		if b&lxDet != 0 && b&lxOurDet == 0 && j+1 < c.hi {
			if az.lexAt(j+1)&lxThirdNoun != 0 || j+2 < c.hi && az.lexAt(j+2)&lxThirdNoun != 0 {
				c.byWho = actThird
				return
			}
		}
		switch {
		case b&(lxOurDet|lxAgent) != 0 && b&lxCustomer == 0:
			c.byAgent, c.byWho = true, actAgent
		case b&lxCustomer != 0:
			c.byWho = actCustomer
		case b&(lxThird|lxThirdNoun|lxTheirs) != 0:
			c.byWho = actThird
		default:
			c.byWho = az.byPhraseParty(j, c.hi) // "by a user on your team", "by the W-4 you filed"
		}
		return
	}
}

// deniedBy reports a negation just before the "by" at i, after the verb:
// "not by us", "not remotely by us".
func (az *analyzer) deniedBy(i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if az.tok.toks[j].id == idNot {
			return true
		}
	}
	return false
}

// byPhraseParty reads who a longer "by ..." phrase names: a person or body
// of the customer's ("a user on your team", "the W-4 you filed"), a third
// party ("the previous occupant of the property"), or the company. A plain
// "your" names no one ("by your birthday").
func (az *analyzer) byPhraseParty(lo, hi int) actor {
	for i := lo; i < hi && i < lo+8; i++ {
		b := az.lexAt(i)
		switch {
		case az.tok.toks[i].pause:
			return actNone
		case b&(lxAgent|lxOurDet) != 0 && b&lxCustomer == 0:
			return actAgent
		case b&lxCustomer != 0 && b&lxDet == 0:
			return actCustomer
		case b&(lxThird|lxThirdNoun|lxTheirs) != 0:
			return actThird
		case i == lo && az.tok.toks[i].id == idYour:
			return actCustomer // "by your fitter", "by your son": one of theirs, as a firm of theirs is read before
		}
	}
	return actNone
}

// readRest notes what the words after the verb group say about the whole
// clause: a frequency adverb anywhere makes it habitual ("takes 5 days normally").
func (az *analyzer) readRest(c *clause) {
	if c.freq || c.bag&lxFreq == 0 {
		return
	}
	for i := c.comp; i < c.hi; i++ {
		if az.lexAt(i)&lxFreq != 0 {
			c.freq = true
			if c.aspect == aspHabit || c.aspect == aspState || c.aspect == aspWill || c.aspect == aspPresent {
				c.aspect = aspHabit
			}
			return
		}
	}
}

// compHas reports whether a word with any of bits comes after the verb group.
func (az *analyzer) compHas(c *clause, bits lex) bool {
	if c.bag&bits == 0 {
		return false
	}
	for i := c.comp; i < c.hi; i++ {
		if az.lexAt(i)&bits != 0 {
			return true
		}
	}
	return false
}

// clauseHas reports whether a word with any of bits is anywhere in the clause.
func (az *analyzer) clauseHas(c *clause, bits lex) bool {
	return c.bag&bits != 0
}

// compWords returns the keys of up to n words after the verb group, skipping
// adverbs ("is now back on your card" gives "back on your").
func (az *analyzer) compWords(c *clause, n int, buf []string) []string {
	buf = buf[:0]
	for i := c.comp; i < c.hi && len(buf) < n; i++ {
		if b := az.lexAt(i); b&lxAdverb != 0 && b&lxPrep == 0 && len(buf) == 0 {
			continue
		}
		buf = append(buf, az.tok.keyOf(&az.tok.toks[i]))
	}
	return buf
}

// isLyAdverb reports an adverb in "-ly" the lexicon does not list: a word of
// five letters or more ending in "ly" that is no verb the lists know
// ("apply", "reply") and not "only", which limits rather than colours.
func (az *analyzer) isLyAdverb(i int, k string) bool {
	if len(k) < 5 || !strings.HasSuffix(k, "ly") || az.lexAt(i) != 0 && az.lexAt(i)&(lxOpener|lxAdverb) == 0 {
		return false
	}
	if _, verb := verbForms[k]; verb || lyVerbs[k] {
		return false
	}
	return true
}

// lyVerbs are verbs ending in "ly" that no verb list holds.
var lyVerbs = wordSet("supply rely comply imply multiply ally bully tally rally sully")

// dHad reports a "would" that came from a contraction in 'd ("you'd",
// "we'd", "they'd"), which before a past participle is "had".
func (az *analyzer) dHad(c *clause) bool {
	if c.lastAux < 0 {
		return c.subj >= 0 && strings.HasSuffix(az.tok.keyOf(&az.tok.toks[c.subj]), "'d")
	}
	return strings.HasSuffix(az.tok.keyOf(&az.tok.toks[c.lastAux]), "'d")
}

// wrongAsVerb reports a word that judges a thing wrong but is also a verb's
// past ("expired"), read as the verb when it tells what happened ("your card
// expired in May", "the voucher had expired before you used it": the past
// perfect sets it before another event); after be or a present have it says
// how things stand ("your card is expired", "your card has expired").
func (az *analyzer) wrongAsVerb(i int) bool {
	k := az.tok.keyOf(&az.tok.toks[i])
	if _, known := verbForms[k]; !known || !strings.HasSuffix(k, "ed") {
		return false
	}
	if i == 0 {
		return true
	}
	b := az.lexAt(i - 1)
	return b&lxBe == 0 && (b&lxHave == 0 || b&lxPastAux != 0)
}

// orderAdverbs say when in a series a thing was done, and may sit between
// an auxiliary and its participle: "was last serviced", "was first seen".
var orderAdverbs = idSetOf("last first")

// byAnyChanceAt reports "by any chance" at i, with a word after it.
func (az *analyzer) byAnyChanceAt(i, hi int) bool {
	toks := az.tok.toks
	return i+3 < hi && toks[i].id == idBy && toks[i+1].id == idAny && toks[i+2].id == idChance
}

// idChance reads "by any chance".
var idChance = wordID("chance")

// reducedRelativeAt reports a past form at i, right after its clause's
// subject, with "had", "has", "was" or "is" straight after it: "the licence
// uploaded had expired", "the code sent was wrong". Two finite verbs never
// stand together, so the first describes the subject. "Have" is left out:
// after a plural it may be the verb of a clause the subject sits in ("people
// who say their colour faded | have been swimming").
func (az *analyzer) reducedRelativeAt(i, hi int) bool {
	if i+2 >= hi || az.tok.toks[i].pause {
		return false
	}
	b := az.lexAt(i + 1) // the auxiliary first: most words have none after them
	return b&(lxBe|lxHave) != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing|lxDet) == 0 && az.tok.toks[i+1].id != idHaveWord && az.plainPastAt(i)
}

// beAfterParticiplePhrase returns the token of "is", "are", "was" or "were"
// after a participle at i and a short phrase of time ("before", "after",
// "until"), with no verb between: "made | before midnight | are", "placed |
// after 2pm | are". Two finite verbs never stand so, and the first describes
// the subject. A phrase of any other kind is left alone: "tickets bought from
// touts aren't valid" tells what the customer did. It returns 0 when there
// is none.
func (az *analyzer) beAfterParticiplePhrase(i, hi int) int {
	toks := az.tok.toks
	if i+3 >= hi || toks[i].pause || az.lexAt(i+1)&lxTemporal == 0 || az.lexAt(i+1)&(lxAgent|lxCustomer|lxThird|lxThing|lxDet) != 0 ||
		!az.plainPastAt(i) || az.lexAt(i)&lxIrregular != 0 && !participleForms[az.tok.keyOf(&toks[i])] {
		return 0 // "the fitter went with what was on the sheet": "went" is no participle
	}
	for j := i + 2; j < hi && j <= i+5; j++ {
		b := az.lexAt(j)
		switch {
		case toks[j-1].pause:
			return 0
		case b&lxBe != 0 && b&(lxAgent|lxCustomer|lxThird|lxThing) == 0:
			return j
		case b&(auxBits|lxAgent|lxCustomer|lxThird|lxThing|lxSub|lxConj|lxNeg) != 0 || az.looksLikeVerb(j):
			return 0
		}
	}
	return 0
}

// participleForms are the irregular forms that end their group in
// irregularForms: the participle ("gone", "sent", "made"), never a past
// that has one of its own ("went").
var participleForms = func() map[string]bool {
	m := map[string]bool{}
	for _, group := range strings.Split(irregularForms, ";") {
		f := strings.Fields(group)
		for len(f) > 1 && (strings.HasSuffix(f[len(f)-1], "ing") || strings.HasPrefix(f[len(f)-1], "'")) {
			f = f[:len(f)-1] // "do does did done doing", "have has had having 've 'd": the participle comes before them
		}
		if len(f) > 1 {
			m[f[len(f)-1]] = true
		}
	}
	return m
}()

// idHaveWord is the id of "have".
var idHaveWord = wordID("have")

// foundToBeAt reports "found to be", "shown to be" at i: after "was", what
// follows is what the thing was.
func (az *analyzer) foundToBeAt(c *clause, i int) bool {
	toks := az.tok.toks
	return foundToBeForms.has(toks[i].id) && i+3 < c.hi && toks[i+1].id == idTo && az.tok.keyOf(&toks[i+2]) == "be"
}

// foundToBeForms, after "was" and before "to be", tell what a thing was
// found to be: "was found to be inaccurate", "were shown to be forged".
var foundToBeForms = idSetOf(foundToBeFormsList)

const foundToBeFormsList = "found shown deemed judged considered proven proved"
