package scoring

import "strings"

// A turn typed without apostrophes runs "is" and "has" on to the noun
// before them: "your routers blocking the app", "ur phones on old
// software", "that gift cards already been redeemed", "the sellers the one
// who didnt post it". Read as plurals, these have no verb at all, so the
// clause reader finds neither who is said to be at fault nor what they did.
// bareIsAt reads such a word as the noun with "'s", as the turn would have
// it with its apostrophes; the clause reader then sees what it sees in "your
// router's blocking the app". A plural keeps its reading wherever a verb of
// its own follows it: "your parcels in the van arrived late".

// readBareForms reads the words a turn typed without their apostrophes:
// "its" for "it's" in any turn, and, in a turn with no apostrophe at all,
// "were" for "we're" and the like (bareContractions), a possessive without
// its apostrophe ("the couriers fault", see barePossessiveAt) and a noun with
// its "is" run on ("ur modems on old firmware", see bareIsAt). It is one
// pass, and a word not ending in s costs it a test or two.
func (az *analyzer) readBareForms() {
	t := &az.tok
	toks := t.toks
	if len(toks) < 2 {
		return
	}
	if t.apostrophes {
		// A writer who types apostrophes typed "routers" as a plural, and only
		// "its" is read: a loop of its own, as tight as it can be, since most
		// turns take it, and none at all in a turn without an "its".
		if t.cues&cueIts == 0 {
			return
		}
		its := idIts
		for i := range toks[:len(toks)-1] {
			if toks[i].id == its {
				az.readItsAt(i)
			}
		}
		return
	}
	its := idIts
	for i := range toks[:len(toks)-1] {
		tok := &toks[i]
		var reads bareRead
		if tok.odd || tok.id == 0 {
			reads = t.bareReadOfText(tok)
		} else {
			reads = bareReads[uint(tok.id)%maxSetWord] // a known word typed as it is: the word's bytes are the text's
		}
		switch {
		case reads == 0: // most words
		case reads == bareEndsInS:
			switch {
			case tok.id == its:
				az.readItsAt(i)
			case t.sKeyMayBeRead(i) && !az.barePossessiveAt(i) && i > 0:
				az.bareIsAt(i)
			}
		case az.bareContractionAt(i):
			az.readAsContraction(i)
		}
	}
}

// bareRead says which of readBareForms' readings may take a word: one of
// a word ending in s (bareEndsInS), which every word these readings
// respell does, "its" too, or one of bareContractionWords
// (bareContraction), which all start with i or w. It is read from the
// word's bytes, and most words are turned away by one of them.
type bareRead uint8

const (
	bareEndsInS bareRead = 1 + iota
	bareContraction
)

// bareReadOfText returns the bareRead of tok, read from its bytes as typed.
func (t *tokenizer) bareReadOfText(tok *token) bareRead {
	if t.endsInS(tok) {
		return bareEndsInS
	}
	if first := t.text[tok.start] | 0x20; (first == 'w' || first == 'i') && bareContractionWords.has(tok.id) {
		return bareContraction
	}
	return 0
}

// bareReads is, by word id, the bareRead of each word the vocabulary
// knows, read from its bytes at start-up: a word typed as it is, neither
// odd nor unknown, is its own key, so its bytes are the text's, and
// readBareForms asks the table, one read, rather than the text, a read and
// a bounds check for each of two bytes and a test of the set for some. It
// is an array, as wordCues is.
var bareReads = func() (reads [maxSetWord]bareRead) {
	for id, w := range index.words.words[1:] {
		tok := token{start: 0, end: len(w), id: int32(id + 1)}
		reads[id+1] = (&tokenizer{text: w}).bareReadOfText(&tok)
	}
	return reads
}()

// bareIsAt respells the word at i, ending in s, with "'s" when it stands
// after a determiner (and at most one word of its noun) and before what
// can only follow "is" or "has": "been", an -ing word, a state ("old",
// "fine", "wrong"), a place or a noun phrase, with no verb of their own
// before the clause ends.
func (az *analyzer) bareIsAt(i int) {
	d := az.bareIsSubject(i)
	if d >= 0 && az.bareIsPredicate(i+1, demonstratives.has(az.tok.toks[d].id)) {
		az.respellWithIs(i)
	}
}

// bareIsSubject returns the determiner of a word at i that may be a noun
// with its "'s" typed as "s", or -1: a plain word of four letters or more
// ending in s (not "ss", "us" or "is"), after a determiner in its sentence,
// or after a determiner and one word of the noun ("that gift cards").
func (az *analyzer) bareIsSubject(i int) int {
	toks := az.tok.toks
	tok := &toks[i]
	if tok.apos || tok.num || tok.code || tok.pause || toks[i+1].sent != tok.sent || az.lexAt(i)&^nounBits != 0 {
		return -1
	}
	k := az.tok.keyOf(tok)
	if n := len(k); n < 4 || k[n-1] != 's' || strings.IndexByte("siu", k[n-2]) >= 0 {
		return -1
	}
	det := func(j int) bool {
		return j >= 0 && toks[j].sent == tok.sent && !toks[j].pause && (toks[j].lex&(lxDet|lxOurDet|lxYour) != 0 &&
			toks[j].lex&(auxBits|lxPrep) == 0 || demonstratives.has(toks[j].id)) && az.subjectMayStart(j)
	}
	if det(i - 1) {
		return i - 1
	}
	// "your consumer units too old": one word of the noun between, and then
	// the word is no verb of its own ("the counter spells out", "your upgrade starts on")
	if i >= 2 && det(i-2) && az.lexAt(i-1)&^nounBits == 0 && !toks[i-1].pause && !az.looksLikeVerb(i-1) &&
		verbs.bare[k[:len(k)-1]] == 0 {
		return i - 2
	}
	return -1
}

// subjectMayStart reports a subject that may start at j: at its sentence's
// start, after a pause, a joining word, a word of talk, or a verb of
// supposing ("sounds like", "I think"); not after a verb whose object it
// would be ("we followed the instructions on your account", "were the kids
// on the TV").
func (az *analyzer) subjectMayStart(j int) bool {
	toks := az.tok.toks
	if j == 0 || toks[j-1].sent != toks[j].sent || toks[j-1].pause {
		return true
	}
	return toks[j-1].lex&(lxConj|lxSub|lxCond|lxTemporal|lxOpener|lxGuess) != 0 && toks[j-1].lex&auxBits == 0 ||
		subjectLeads.has(toks[j-1].id)
}

// bareIsPredicate reports the words from j, past adverbs ("probably",
// "already"), as what only follows "is" or "has", with no verb of their own
// before the clause ends. "been" follows "has" only after a noun said to be
// one ("that gift cards already been redeemed"): after a plural it is the
// "have" of speech ("your kids been pressing buttons").
func (az *analyzer) bareIsPredicate(j int, singular bool) bool {
	toks := az.tok.toks
	sent := toks[j].sent
	intensified := false
	for n := 0; n < 2 && j+1 < len(toks) && toks[j+1].sent == sent && bareIsAdverbs.has(toks[j].id); n++ {
		intensified = intensified || intensifiers.has(toks[j].id)
		j++
	}
	t, b := &toks[j], az.lexAt(j)
	k := az.tok.keyOf(t)
	switch {
	case intensified && b&auxBits == 0:
		// "ur routers probably too far from the hub": what is too far is said of the noun
	case t.id == idBeen && singular:
		return true // "been used": the participle after it is the verb "has" runs on to
	case t.num || numberWords.has(t.id):
		// "your routers nearly ten years old"
	case len(k) > 5 && strings.HasSuffix(k, "ing") && b&^lxIrregular == 0:
	case t.lex&(lxWrong|lxFine|lxBadAdj) != 0 && b&auxBits == 0: // lxFine is a soft bit: read from the token
	case bareIsLinks.has(t.id):
	default:
		return false
	}
	return !az.verbBeforeClauseEnds(j + 1)
}

// verbBeforeClauseEnds reports a verb with a tense of its own from lo on,
// before a pause, a joining word or a relative ("the one who didnt post it"
// has its verb in the relative clause, not its own).
func (az *analyzer) verbBeforeClauseEnds(lo int) bool {
	toks := az.tok.toks
	if toks[lo-1].pause {
		return false // "your routers ancient, thats why": the clause ended with the predicate
	}
	for m := lo; m < len(toks) && toks[m].sent == toks[lo-1].sent; m++ {
		if az.lexAt(m)&(lxConj|lxSub|lxCond|lxTemporal) != 0 || bareIsStops.has(toks[m].id) {
			return false
		}
		if toks[m].id == idTo {
			return false // "too old to take the extra load": what follows "to" is no verb of the noun's
		}
		if az.tensedVerbAt(m) {
			return true
		}
		if toks[m].pause {
			return false
		}
	}
	return false
}

// tensedVerbAt reports a verb with a tense of its own at m: an auxiliary,
// a past form, a verb of saying or showing ("say", "shows"), or a plain
// verb after a word that is no determiner or preposition: "the instructions
// on your account say", "the cables in your loft need", "your parcels in
// the van arrived"; not "the extra load".
func (az *analyzer) tensedVerbAt(m int) bool {
	toks := az.tok.toks
	b := az.lexAt(m)
	switch {
	case b&auxBits != 0 || toks[m].lex&lxReport != 0:
		return true
	case b&lxIrregular != 0 && b&^(lxIrregular|lxAdverb) == 0:
		return true
	case b == 0 && az.looksLikeVerb(m):
		return true
	}
	return b == 0 && verbs.bare[az.tok.keyOf(&toks[m])] != 0 && az.lexAt(m-1)&(lxDet|lxOurDet|lxPrep) == 0 && !toks[m-1].num
}

// respellWithIs reads token i as its word with "'s": the vocabulary's
// possessive where it knows one ("courier's"), and otherwise the word
// spelled so, which the tokenizer keys it by from now on.
func (az *analyzer) respellWithIs(i int) {
	tok := &az.tok.toks[i]
	spelled := az.tok.respellWithApostrophe(tok)
	tok.lex = index.lex[tok.id]
	readPossessive(tok, spelled)
}

// respellWithApostrophe keys tok, a word typed ending in s, as the word
// with "'s" ("couriers" as "courier's"), and returns that key: the
// vocabulary's id where it knows the word, and otherwise the key kept in
// respelled. Its base is the word without the s. Its lexicon bits are the
// caller's to set.
func (t *tokenizer) respellWithApostrophe(tok *token) string {
	t.openCues()
	k := t.keyOf(tok)
	spelled := k[:len(k)-1] + "'s"
	tok.apos, tok.odd = true, true
	tok.base = index.words.id(k[:len(k)-1])
	if tok.id = index.words.id(spelled); tok.id == 0 {
		t.respelled = append(t.respelled, respelling{start: tok.start, key: spelled})
	}
	return spelled
}

// respelling is the key of a word the tokenizer reads otherwise than it is
// typed (see readBareForms): the word starting at byte start.
type respelling struct {
	start int
	key   string
}

// respelledKey returns the key of the word at byte start, if it was respelled.
func (t *tokenizer) respelledKey(start int) (string, bool) {
	for _, r := range t.respelled {
		if r.start == start {
			return r.key, true
		}
	}
	return "", false
}

// bareIsAdverbs may stand between the noun and what it is: "your routers
// probably too far", "that gift cards already been redeemed".
var bareIsAdverbs = idSetOf(bareIsAdverbsList)

const bareIsAdverbsList = "probably prob probly just already still nearly almost over definitely def clearly always never really totally obviously actually likely also now not too so very way"

// demonstratives point at one thing, so a plain word ending in s after
// them is no plural: "that gift cards already been redeemed".
var demonstratives = idSetOf(demonstrativesList)

const demonstrativesList = "this that"

// subjectLeads say a clause follows whose subject they do not act on:
// "sounds like your routers blocking the app", "I think your phones on old
// software", "as far as were concerned".
var subjectLeads = idSetOf(subjectLeadsList)

const subjectLeadsList = "like think reckon bet suppose guess say as"

// intensifiers ask for what a thing is: "too far", "so slow", "way out".
var intensifiers = idSetOf(intensifiersList)

const intensifiersList = "too so very way"

// bareIsLinks are words that open what a thing is, or where: a place ("on
// old software", "down to your provider", "at your end") or a noun phrase
// ("the one who", "a known issue"). "with", "in" and "from" are not among
// them: after a plural they more often say which ones it is ("the problems
// with the app", "the items in your basket") than where it is.
var bareIsLinks = idSetOf(bareIsLinksList)

const bareIsLinksList = "on at down off out behind outside over up the a an"

// bareIsStops end the words a predicate's own verb is looked for in: a
// relative or a question word opens a clause of its own. "that" is not
// among them: "the vans on that contract came back" is a plural's verb.
var bareIsStops = idSetOf(bareIsStopsList)

const bareIsStopsList = "who which where what's how why whose"

// bareContractions are words that, typed without an apostrophe, are a
// contraction as well: "were" is "we're" in "as far as were concerned",
// "id" is "I'd" in "id say", "wed" "we'd", "ill" "I'll", "well" "we'll" in
// "well send an engineer". The word itself is a subject's verb ("the
// parcels were late"), a noun after a determiner ("your id"), or talk
// set off by a comma ("well, ..."), which bareContractionAt tells apart.
var bareContractions = map[int32]int32{
	wordID("were"): wordID("we're"), wordID("id"): wordID("i'd"), wordID("wed"): wordID("we'd"),
	wordID("ill"): wordID("i'll"), wordID("well"): wordID("we'll"),
}

// bareContractionWords are the words of bareContractions, for a test by id
// that every word of an apostrophe-less turn can afford.
var bareContractionWords = idSetOf(bareContractionWordsList)

const bareContractionWordsList = "were id wed ill well"

// bareContractionAt reports the word at i, one of bareContractions, standing
// where a subject and its verb start: where a subject may start, no pause
// after it, and then no subject of its own ("were" before "you" asks a
// question) or, for the others, a verb or an adverb ("id say", "well send").
func (az *analyzer) bareContractionAt(i int) bool {
	toks := az.tok.toks
	j := i + 1
	if toks[i].pause || toks[j].sent != toks[i].sent || !az.subjectMayStart(i) || az.tok.text[toks[i].start:toks[i].end] == "ID" {
		return false
	}
	if i > 0 && toks[i-1].id == idAs && toks[i].id != idWere {
		return false // "as well send it": "as well" is no "we'll"
	}
	b := toks[j].lex // with its soft bits: "your", "say", "guess"
	if toks[i].id == idWere {
		return !az.tok.sents[toks[i].sent].question && !toks[j].num && toks[j].id != idThere &&
			b&(lxDet|lxOurDet|lxAgent|lxCustomer|lxThird|lxThing|lxCustomers|lxYour) == 0
	}
	return verbs.bare[az.tok.keyOf(&toks[j])] != 0 || saidAfterIWould.has(toks[j].id) ||
		b&(lxHave|lxBe|lxAdverb|lxFreq|lxNeg|lxReport|lxGuess) != 0 && b&(lxDet|lxPrep) == 0
}

// saidAfterIWould are verbs the lists do not hold in their base form that
// follow "I'd" and "we'd": "id imagine the kids ...", "wed suggest ...".
var saidAfterIWould = idSetOf(saidAfterIWouldList)

const saidAfterIWouldList = "imagine suggest recommend expect advise rather"

// readAsContraction reads the word at i as the contraction it stands for.
func (az *analyzer) readAsContraction(i int) {
	az.tok.readAsWord(&az.tok.toks[i], bareContractions[az.tok.toks[i].id])
}

// readAsWord reads tok, typed without an apostrophe, as the word with id:
// keyed by it, with its lexicon bits, its apostrophe and its base (see
// readTypedContraction).
func (t *tokenizer) readAsWord(tok *token, id int32) {
	t.openCues()
	tok.id = id
	tok.lex, tok.odd = index.lex[id], true
	readTypedContraction(tok)
}

// idWere is the id of "were".
var idWere = wordID("were")

// readItsAt reads "its" at i as "it's" where no noun of its follows: "its
// in the terms you ticked", "its the courier", "its been delivered", "its
// your router". Before a noun it owns ("its box", "its own lead") it
// stays. Writers who type apostrophes elsewhere type "its" for "it's" too,
// so every turn is read so.
func (az *analyzer) readItsAt(i int) {
	toks := az.tok.toks
	if toks[i+1].sent != toks[i].sent || toks[i].pause || !az.opensWhatItIs(i+1) {
		return
	}
	az.tok.readAsWord(&toks[i], idItS)
}

// opensWhatItIs reports the word at j as no noun "its" could own: a
// determiner, a pronoun, a preposition, an adverb, a negation, a word of
// state ("its fine"), a participle ("its printed on the back", "its
// being looked at"), "been", or a clause's opening word.
func (az *analyzer) opensWhatItIs(j int) bool {
	const whatItIs = lxDet | lxOurDet | lxYour | lxPrep | lxAdverb | lxFreq | lxNeg | lxTheirs | lxThird | lxAgent | lxCustomer |
		lxCustomers | lxWrong | lxFine | lxBadAdj | lxSub | lxCond | lxTemporal | auxBits
	if az.tok.toks[j].lex&whatItIs != 0 || itIsWords.has(az.tok.toks[j].id) || az.looksLikeVerb(j) {
		return true
	}
	k := az.tok.keyOf(&az.tok.toks[j])
	return len(k) > 5 && strings.HasSuffix(k, "ing") && az.lexAt(j)&nounBits == 0
}

// itIsWords follow "it's" and never "its": "its them", "its nobodys doing".
var itIsWords = idSetOf(itIsWordsList)

const itIsWordsList = "been them us something nothing nobody's everyone's all what out that this those these"

// barePossessiveAt reads a possessive at i typed without its apostrophe as the
// possessive, and reports whether it did: "couriers fault", "the landlords responsibility", "the
// clients job", "the apps side", and a party's anything: "the vets
// records", "the insurers surveyor", "the ticket agencys app". Before a
// word that is owned (a fault, a duty, a side), "couriers" is the
// courier's; so is the word of a party before a noun, and a word spelled
// "-ys", which no plural is. Its key becomes the possessive's, and the
// clause reader sees the word without its s, as it does for "courier's".
func (az *analyzer) barePossessiveAt(i int) bool {
	t := &az.tok
	toks := t.toks
	if toks[i].apos || toks[i].num || toks[i+1].sent != toks[i].sent ||
		toks[i].lex&(auxBits|lxAgent|lxCustomer|lxThird|lxThing|lxDet|lxPrep|lxConj|lxNeg) != 0 {
		return false
	}
	k := t.keyOf(&toks[i])
	if len(k) < 4 || k[len(k)-1] != 's' || k[len(k)-2] == 's' || k[len(k)-2] == '\'' {
		return false
	}
	if !ownedNouns.has(toks[i+1].id) && !az.ownerBeforeNoun(i, k) || !az.possessiveStandsAt(i) {
		return false
	}
	tok := &toks[i]
	t.respellWithApostrophe(tok) // "client's"
	tok.lex |= index.lex[tok.base]
	return true
}

// ownerBeforeNoun reports the word at i, with key k, as a party's (k
// without its s) or spelled "-ys" ("companys"), before a noun
// that is no verb: "the vets records", "the agencys app"; not "the
// couriers deliver", "kids jumping on it".
//
// The tests go cheapest first: the next word's properties are a load, and
// most words after a plural have some ("refunds are", "parcels to"), which
// spares the look-up of the word without its s.
func (az *analyzer) ownerBeforeNoun(i int, k string) bool {
	j := i + 1
	if az.lexAt(j)&^nounBits != 0 || !spelledYs(k) && index.lex[index.words.id(k[:len(k)-1])]&(lxThirdNoun|lxCompanyNoun) == 0 {
		return false
	}
	nk := az.tok.keyOf(&az.tok.toks[j])
	return !az.looksLikeVerb(j) && verbs.bare[nk] == 0 && !strings.HasSuffix(nk, "ing") && !notOwned.has(az.tok.toks[j].id)
}

// spelledYs reports k spelled "-ys" after a consonant ("companys",
// "agencys"), which no plural is: it is a possessive typed without its
// apostrophe.
func spelledYs(k string) bool {
	return k[len(k)-2] == 'y' && strings.IndexByte("aeiou", k[len(k)-3]) < 0
}

// notOwned are words that follow a plural and are no thing of its: "the
// builders next door", "the couriers today".
var notOwned = idSetOf(notOwnedList)

const notOwnedList = "next door today tonight yesterday tomorrow again here there too now then instead all both each themselves"

// possessiveStandsAt reports a possessive that may stand at i: first in its
// sentence or after a pause, after its article, or after its article and
// one word of its noun ("the locker companys fault"); not "the customer
// pays fees end of month".
func (az *analyzer) possessiveStandsAt(i int) bool {
	toks := az.tok.toks
	article := func(j int) bool {
		return toks[j].sent == toks[i].sent && toks[j].lex&(lxDet|lxOurDet) != 0 && !toks[j].pause
	}
	switch {
	case i == 0 || toks[i-1].sent != toks[i].sent || toks[i-1].pause || article(i-1):
		return true
	}
	return i >= 2 && article(i-2) && az.lexAt(i-1)&^nounBits == 0 && !az.looksLikeVerb(i-1) && !toks[i-1].pause
}

// ownedNouns are what a party owns when something goes wrong: "the
// courier's fault", "the landlord's responsibility", "the app's side".
var ownedNouns = idSetOf(ownedNounsList)

const ownedNounsList = "fault responsibility problem issue end side job doing duty obligation error mistake call"

// sKeyMayBeRead reports whether the key of token i, which ends in s, is
// one barePossessiveAt or bareIsAt may read: both turn away a key of fewer
// than four letters ("is", "us", "was") or ending in "ss" ("address",
// "business"). A plain word's key is its text, which answers that without
// either call.
func (t *tokenizer) sKeyMayBeRead(i int) bool {
	tok := &t.toks[i]
	return tok.odd || tok.end-tok.start >= 4 && t.text[tok.end-2] != 's'
}

// endsInS reports tok typed ending in s or S, which every word these
// readings respell does: a byte test spares the key of every other word.
func (t *tokenizer) endsInS(tok *token) bool {
	return t.text[tok.end-1]|0x20 == 's'
}
