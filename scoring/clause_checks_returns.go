package scoring

// The state of a returned or claimed item read as the customer's use. "The
// item was clearly used before it was sent back", "the boots have obviously
// been worn outside", "the casing shows signs of liquid damage", "the
// cracks are consistent with a drop": the item itself is the evidence
// against them, and asked ("was the item used before you sent it back?")
// it doubts them as plainly. "Your claim was opened on the 14th" is no item used; "no
// signs of misuse" clears them; a sentence that takes a step is left out.

// showsYourUse reports a clause that reads the customer's use from an item
// (see above).
func (az *analyzer) showsYourUse(c *clause) bool {
	return !c.neg && az.readsUse(c) && !az.weActInSentence(c)
}

// readsUse reports the words of showsYourUse.
func (az *analyzer) readsUse(c *clause) bool {
	toks := az.tok.toks
	if c.passive && !c.byAgent && c.verb >= 0 && usedWords.has(toks[c.verb].id) && (az.plainlyIn(c) || az.beforeItCameBack(c, c.verb)) {
		return true // "was clearly used", "had been worn before it was returned"
	}
	if c.verb < 0 && c.comp < c.hi && usedWords.has(toks[c.comp].id) && (az.plainlyIn(c) || az.beforeItCameBack(c, c.comp)) {
		return true // "the seal was broken when they came back to us": read as a state, said of the item as it returned
	}
	for i := c.lo + 1; i+2 < c.hi; i++ {
		if toks[i].id == idNo || az.lexAt(i)&lxNeg != 0 {
			return false // "no signs of misuse"
		}
		if (toks[i].id == idSigns || toks[i].id == idConsistent) && (toks[i+1].id == idOf || toks[i+1].id == idWith) {
			// "signs of liquid damage", "consistent with a drop", "consistent with it having been fitted without the bracket";
			// any cause, set against a defect ("tree sap, rather than any manufacturing defect") or beside a
			// refusal ("consistent with kerb strike and therefore not covered"); or an act, its doer left out:
			// "consistent with condensation from laundry being dried indoors"
			return az.useNounWithin(i+2, c.hi) || az.anyIn(i+2, min(i+9, c.hi), withoutOnly) || az.ratherThanAFault(i+2, c.hi) ||
				az.nearInSentence(c, az.refusedOutright) || az.remedyDeniedWithin(i+2, c.hi) || az.actDoneWithin(i+2, min(i+10, c.hi))
		}
		if !linesUpFirsts.has(toks[i].id) {
			continue // the tests below are for the few words that open "lines up with", "coincides with" or "points to"
		}
		if pointWords.has(toks[i].id) {
			if toks[i+1].id == idTo {
				return az.actDoneWithin(i+2, min(i+12, c.hi)) // "which points to how the car was driven"
			}
			continue
		}
		if n := az.linesUpWith(i, c.hi); n > 0 {
			return az.actDoneWithin(i+n, min(i+n+10, c.hi)) // "the high usage lines up with the weeks the heaters were left on boost"
		}
	}
	return false
}

// remedyDeniedWithin reports a negation right before a remedy's participle
// in tokens lo..hi-1: "and is therefore not covered under the warranty",
// the refusal joined to the clause it follows.
func (az *analyzer) remedyDeniedWithin(lo, hi int) bool {
	for j := lo; j+1 < hi; j++ {
		if az.lexAt(j)&lxNeg != 0 && isRemedy(lemma(az.tok.key(az.tok.toks[j+1]))) {
			return true
		}
	}
	return false
}

// actDoneWithin reports, in tokens lo..hi-1, an act with its doer left
// out: "being" or "been" before a participle ("laundry being dried
// indoors"), or a passive ("the heaters were left on boost").
func (az *analyzer) actDoneWithin(lo, hi int) bool {
	toks := az.tok.toks
	for j := lo; j+1 < hi; j++ {
		if az.lexAt(j)&lxBe != 0 && az.lexAt(j)&(lxAgent|lxCustomer|lxThird|lxThing) == 0 && az.looksLikeVerb(j+1) && !toks[j].pause {
			return true
		}
	}
	return false
}

// linesUpWith reports "lines up with" or "coincides with" at i and returns
// how many words it takes, or 0: a record set beside an act, as
// "consistent with" sets a state beside one.
func (az *analyzer) linesUpWith(i, hi int) int {
	toks := az.tok.toks
	n := 0
	switch {
	case lineWords.has(toks[i].id) && i+1 < hi && toks[i+1].id == idUp:
		n = 2
	case coincideWords.has(toks[i].id):
		n = 1
	default:
		return 0
	}
	for ; i+n < hi && n < 5 && (az.adverbAt(i+n) || almostWord.has(toks[i+n].id)); n++ {
		// "lines up almost exactly with"
	}
	if i+n < hi && toks[i+n].id == idWith {
		return n + 1
	}
	return 0
}

// pointWords, before "to", set a record beside an act: "points to how the
// car was driven".
var pointWords = idSetOf(pointWordsList)

const pointWordsList = "point points pointed pointing"

// lineWords and coincideWords are the forms of "line up with" and
// "coincide with".
var lineWords, coincideWords = idSetOf(lineWordsList), idSetOf(coincideWordsList)

// linesUpFirsts holds both, and pointWords, for one test of a word before
// the rest.
var linesUpFirsts = idSetOf(lineWordsList + " " + coincideWordsList + " " + pointWordsList)

const (
	lineWordsList     = "line lines lined"
	coincideWordsList = "coincide coincides coincided"
)

// almostWord holds "almost", which narrows "exactly".
var almostWord = idSetOf(almostWordList)

const almostWordList = "almost nearly"

// plainlyIn reports a word in c that says it could not be missed: "clearly",
// "obviously".
func (az *analyzer) plainlyIn(c *clause) bool {
	return az.anyIn(c.lo, c.hi, plainlyWords) || az.anyIn(c.lo, c.hi, evidentlyWords)
}

// beforeItCameBack reports, in c's sentence after its verb at v, "before" or
// "when" and a return: "before it was sent back", "before you returned it",
// "when you brought it in".
func (az *analyzer) beforeItCameBack(c *clause, v int) bool {
	toks := az.tok.toks
	hi := min(az.tok.sents[toks[c.lo].sent].tokHi, c.hi+promiseReach) // the return follows the verb closely
	for i := v + 1; i+1 < hi; i++ {
		if toks[i].id != idBefore && toks[i].id != idWhen {
			continue
		}
		for j := i + 1; j < hi && j <= i+5; j++ {
			if returnWords.has(toks[j].id) && (j+1 >= hi || toks[j+1].id != idTo) || toks[j].id == idBack {
				return true // not "before it was returned to you", which we did
			}
		}
	}
	return false
}

// withoutOnly holds "without": what was done without its part was done amiss.
var withoutOnly = idSetOf("without")

// useNounWithin reports, within two words from i, what use or a mishap
// leaves on an item: "liquid damage", "a drop", "wear".
func (az *analyzer) useNounWithin(i, hi int) bool {
	return az.anyIn(i, min(hi, i+3), useNouns)
}

// usedWords are participles of using an item; evidentlyWords say it shows;
// returnWords send it back; useNouns are what use or a mishap leaves.
var (
	usedWords      = idSetOf(usedWordsList)
	evidentlyWords = idSetOf(evidentlyWordsList)
	returnWords    = idSetOf(returnWordsList)
	useNouns       = idSetOf(useNounsList)
)

const (
	usedWordsList      = "used worn washed assembled opened broken damaged cracked scratched cut removed peeled tampered"
	evidentlyWordsList = "obviously evidently visibly"
	returnWordsList    = "returned return returning brought"
	useNounsList       = "use wear misuse mishandling drop drops impact impacts liquid water moisture tampering " +
		"neglect overloading knock knocks accidental"
)

// Ids of "signs", "consistent", "back" and "when".
var idSigns, idConsistent, idBack, idWhen = wordID("signs"), wordID("consistent"), wordID("back"), wordID("when")

// ratherThanAFault reports "rather than" or "not", then a fault noun within
// four words, between lo and hi: "tree sap, rather than any manufacturing
// defect", "a knock, not a fault".
func (az *analyzer) ratherThanAFault(lo, hi int) bool {
	toks := az.tok.toks
	for i := lo; i < hi; i++ {
		if toks[i].id != idRather && toks[i].id != idNot {
			continue
		}
		for j := i + 1; j < hi && j <= i+4; j++ {
			if az.lexAt(j)&lxFaultNoun != 0 || defectWords.has(toks[j].id) {
				return true
			}
		}
	}
	return false
}

// defectWords name a fault in what we made or sold.
var defectWords = idSetOf("defect defects defective")
