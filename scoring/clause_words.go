package scoring

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
)

// Some checks cannot pass unless their clause, or its sentence, holds one of
// a few words: "mercy", "yourself", "next time". Each such need has a bit,
// and each word a need names carries its need's bit (neededWords), so a
// clause knows, from one pass over its tokens, which needs its words meet: a
// row whose check needs words the clause lacks is turned away by a bit test,
// before the call. These checks are tried on many clauses and fail on nearly
// all, after reading the whole clause or sentence for their words.

// wordNeed is what a check cannot pass without: one of the words ids, in its
// clause or, with inSentence, in its sentence; or a word with one of bits,
// which is only asked of a sentence. Each check named in checkWords returns false when its
// clause lacks its need (TestCheckWordsHold checks it on every clause the
// tests read).
type wordNeed struct {
	ids        []int32
	inSentence bool
	bits       lex
}

// checkWords are the needs of the checks that look for particular words.
var checkWords = map[string]wordNeed{
	// "we did text you", "sent it twice", "three times", "we've done our part", "we definitely sent it"; and
	// after the telling, what shownAgainAfter reads: "right there", "in bold", "all there", "as well", "too"
	"we did our part": {ids: slices.Concat(repeatWords.ids(), ourShareNouns.ids(), manyWords.ids(), messageNouns.ids(), insistWords.ids(), channelNouns.ids(), []int32{idDid, idAgain, idAnother}, countedTimes.ids(), toldForms.ids(), dueWords.ids(),
		mannerOfPrint.ids(), []int32{idRight, idAll, idToo, idWell}), inSentence: true},
	"yourself": {ids: rareWordsNeed}, // the need of "at their mercy", sharing its bit
	// "the problem is that you're logging into the old account": the frame's noun is in the sentence
	"framed as the trouble": {ids: troubleNouns.ids(), inSentence: true},
	// "I don't think | the courier lost it": the verb of opinion is in the sentence
	"opinion denies their part": {ids: opinionOrDoubtIDs, inSentence: true},
	"opinion denies our fault":  {ids: opinionOrDoubtIDs, inSentence: true},
	"at their mercy":            {ids: rareWordsNeed},
	"as per the document":       {ids: rareWordsNeed}, // "as per the letter we sent", sharing the bit of "at their mercy"
	"no safe place":             {ids: rareWordsNeed}, // "nowhere safe to leave it", sharing the bit of "at their mercy"
	"told us otherwise":         {ids: rareWordsNeed}, // "it turned out to be", "but it was actually", sharing the bit of "at their mercy"
	"funny how it only":         {ids: rareWordsNeed}, // "funny how it only stopped after", sharing the bit of "at their mercy"
	"against the guidance":      {ids: rareWordsNeed}, // "despite the instructions", "longer than the label says", sharing the bit of "at their mercy"
	"a drop-off":                {ids: rareWordsNeed}, // "the kit we dropped off", sharing the bit of "at their mercy"
	"according to":              {ids: rareWordsNeed}, // "according to our system", sharing the bit of "at their mercy"
	"at their own risk":         {ids: rareWordsNeed}, // "it was left at your own risk", sharing the bit of "at their mercy"
	"locked after their tries":  {ids: rareWordsNeed}, // "locked after too many wrong attempts", sharing the bit of "at their mercy"
	"disclaims responsibility":  {ids: rareWordsNeed}, // "we can't accept liability", sharing the bit of "at their mercy"
	"found no fault":            {ids: noOrNothingNeed},
	"no answer":                 {ids: noOrNothingNeed}, // "there was no answer": the need of "found no fault", sharing its bit
	"traced to yours":           {ids: rareWordsNeed},   // "traced to your router", sharing the bit of "at their mercy"
	"set out in writing":        {ids: append(setOutWords.ids(), setOutVerbs.ids()...)},
	"not a defect":              {ids: append(append(append(defectNouns.ids(), fairWords.ids()...), noFaultNouns.ids()...), idManufacturing, idBeyond)},
	"already so":                {ids: []int32{idAlready, idThere}},
	"falls to you":              {ids: []int32{idTo, idOn}},
	"sent where you said":       {ids: []int32{idTo, idOn}}, // "to the address on file": the same need as "falls to you"
	// "next time", "in future", "going forward", "for future reference", "this time"
	"advises next time": {ids: nextTimeOrFrameIDs, inSentence: true},
	// "maybe double-check the plug next time?" (the need of "advises next time", sharing its bit)
	"advises next time, asked": {ids: nextTimeOrFrameIDs, inSentence: true},
	// "with respect, | the pack covers it": the frame is in the sentence (the need of "advises next time", sharing its bit)
	"after an insinuating frame": {ids: nextTimeOrFrameIDs, inSentence: true},
	"alternatives":               {bits: lxOr, inSentence: true}, // an "or" after the clause (see realOr)
	"asks which":                 {bits: lxOr, inSentence: true}, // the need of "alternatives": it asks realOr too
	"guessed sentence":           {bits: lxGuess, inSentence: true},
	"opening hours":              {ids: append(openWords.ids(), everyDayWords.ids()...)},
	"charge stands":              {ids: chargeNouns.ids()},
	"slow to your part":          {ids: []int32{idFinally, idTook, idLeft, idWaited}},
	"nth time slipped":           {ids: append([]int32{idThrough, idOver}, repeatOrdinals.ids()...)}, // the need of "gone over this before", sharing its bit
	"counted against you":        {ids: append([]int32{idThrough, idOver}, repeatOrdinals.ids()...)},
	// "I'd have thought | you would know": the clause before says "would" (see frameJustBefore)
	"after would have thought": {bits: lxWould, inSentence: true},
	"lapse given as cause":     {ids: rareWordsNeed}, // "due to non-payment", sharing the bit of "at their mercy"
	// "no record of your call", "no form was submitted", or a denied clause: a clause is denied only
	// by a word of its sentence (a negation, "no", "nobody", "yet to", "I doubt | it was")
	"no record of yours":   {ids: deniedOrDoubtedNeed, bits: lxNeg, inSentence: true},
	"only reached us late": {ids: onlyAllOrFirstNeed},
	// "I'm not sure | it was our fault", "it's unlikely we'll have it by Friday": the frame is a
	// negation, "no" or a word of doubt in the clause or the one before it (the need of "no record of yours")
	"frame denies our fault": {ids: deniedOrDoubtedNeed, bits: lxNeg, inSentence: true},
	"frame denies the step":  {ids: deniedOrDoubtedNeed, bits: lxNeg, inSentence: true},
	// "it's the heat, not the app", "the charger rather than the phone": what is set against the cause
	// is denied or put after "rather" (see setAgainstAt; the need of "no record of yours")
	"this, not that":         {ids: deniedOrDoubtedNeed, bits: lxNeg, inSentence: true},
	"nobody in":              {ids: append(nobodyWords.ids(), idOne)}, // "nobody", or "no one"
	"terms you accepted":     {ids: relativeWords.ids()},              // "the terms, | which you accepted"
	"always going to":        {ids: []int32{idAlways, idNever}},       // the need of "never", sharing its bit
	"never going to for you": {ids: []int32{idAlways, idNever}},       // the need of "never", sharing its bit
	"failed by them":         {ids: []int32{idBy}},
	"not done right by them": {ids: rightlyWords.ids()},
	"many went fine":         {ids: rareWordsNeed}, // "thousands of customers", sharing the bit of "at their mercy"
	"many of the same":       {ids: rareWordsNeed},
	"done by your household": {ids: []int32{idBy}},
	"sees why they erred":    {ids: []int32{idWhy, idThen}, inSentence: true},        // the need of "then wonder why", sharing its bit
	"nobody else had it":     {ids: []int32{idElse, idOther, idNone}},                // "none of them", as "none from others" reads
	"again as a dig":         {ids: []int32{idAgain, idAnother, idBack, idReturned}}, // the need of "came back damaged", sharing its bit
	"went in as":             {ids: []int32{idAs}},
	"cause, not the product": {ids: fromOrWhyNeed},
	"trouble from an act":    {ids: fromOrWhyNeed},                            // "it cracked from being dropped": the need of "cause, not the product", sharing its bit
	"damage from":            {ids: fromOrWhyNeed},                            // "the crack is from a drop": the need of "cause, not the product", sharing its bit
	"then wonder why":        {ids: []int32{idWhy, idThen}, inSentence: true}, // "and then wonder why" may be a clause of its own
	"said before, again":     {ids: saidAgainNeed},
	"your act counted":       {ids: saidAgainNeed},    // "cancelled four times": the need of "said before, again", sharing its bit
	"down to a name":         {ids: downOffOrOutNeed}, // the need of "left off the form", sharing its bit
	"left until late":        {ids: tillWords.ids()},
	// "everyone else", "the rest of the group"; and, where no others are named, the trouble
	// they did not have ("no other complaints", "to two million users without a problem")
	"works for others":             {ids: slices.Concat(manyPeople.ids(), plentyWords.ids(), troubleReports.ids(), returnNouns.ids(), neighbourWords.ids(), []int32{idElse, idOther, idRest})},
	"chose this, not that":         {ids: []int32{idNot, idRather}},
	"reason, upkeep undone":        {ids: append(upkeepWords.ids(), upkeepNouns.ids()...)},
	"nothing we can do about them": {ids: []int32{idAbout, idControl, idNothing, idSay, wordID("much"), wordID("lot")}}, // "not much", "not a lot", "only so much"
	"none from others":             {ids: []int32{idElse, idOther, idNone}},                                             // "nobody else had it"'s need
	"not by itself":                {ids: append(itselfWords.ids(), idOwn)},
	"others with the problem did":  {ids: []int32{idWith, idWho}}, // "people with this error", "people who get this error"
	"on another side":              {ids: sideWords.ids()},
	"went wrong at your end":       {ids: sideWords.ids()}, // "your end", "your side": the need of "on another side", sharing its bit
	"handled so refused":           {ids: append(handledWords.ids(), handlingHarms.ids()...)},
	"their act so refused":         {ids: append(resultWords.ids(), frontPreps.ids()...), inSentence: true},
	"their act beside a refusal":   {ids: refusalWords.ids(), bits: lxNeg, inSentence: true},
	"a pet did it":                 {ids: rareWordsNeed},
	"done without consent":         {ids: rareWordsNeed}, // "without the landlord's consent", sharing the bit of "at their mercy"
	"thing overused":               {ids: rareWordsNeed}, // "the bag was overpacked", sharing the bit of "at their mercy"
	"trace is yours":               {ids: rareWordsNeed}, // "the signature is yours", sharing the bit of "at their mercy" // "the dog chewed the cable", sharing the bit of "at their mercy"
	"they decide":                  {ids: decidingForms.ids()},
	"not done as asked":            {ids: weAskedWords.ids()},
	"outside event did it":         {ids: eventOrMishapIDs},                        // one need with "by an outside event": the 64 need bits are full
	"their system down":            {ids: downOffOrOutNeed},                        // "their servers are down", "offline": the need of "left off the form", sharing its bit
	"junk folder guess":            {ids: rareWordsNeed},                           // "it'll be in your spam", sharing the bit of "at their mercy"
	"done wrongly":                 {ids: append(knownIDs(wronglyWords), idTwice)}, // "we sent the wrong size", "we charged you twice"
	"mail program files ours":      {ids: rareWordsNeed},                           // "Gmail put it in spam", sharing the bit of "at their mercy"
	"left off the form":            {ids: downOffOrOutNeed},
	"what more could we":           {ids: whatWords.ids()},                                                     // "what more could we have done"
	"is what did it":               {ids: whatWords.ids()},                                                     // "a cheap charger is what fried the port": the need of "what more could we", sharing its bit
	"like yours, among few":        {ids: []int32{idLike}},                                                     // "people with a router like yours"
	"record places it":             {ids: evidenceNouns.ids(), inSentence: true},                               // the subject's noun, which may be a clause's before
	"asked against the moment":     {ids: append(troubleMoments.ids(), afterWords.ids()...), inSentence: true}, // the need of "acted too late"
	"acted too late":               {ids: append(troubleMoments.ids(), afterWords.ids()...), inSentence: true}, // "after the due date", "past the limit", or a clause "after it had left"
	"happened while you had it":    {ids: append(troubleMoments.ids(), afterWords.ids()...), inSentence: true}, // the "while" clause after it; the need of "acted too late"
	"trouble when you acted":       {ids: []int32{idWhen, idAfter}},
	"by an outside event":          {ids: eventOrMishapIDs},
	"in what you got":              {ids: []int32{idOn, idIn, idAt, idThere}}, // "at the top of", "the sign's right there"
	"disowns power":                {ids: append(append(append(decisionNouns.ids(), overrideVerbs.ids()...), settingForms.ids()...), idSomething, idNothing, idSay, idBlame, idNot, idHands, idPay, idWay)},
	"came back damaged":            {ids: []int32{idAgain, idAnother, idBack, idReturned}},
	// "was clearly used", "signs of", "consistent with", "lines up with", "points to"
	"shows your use":                {ids: slices.Concat(usedWords.ids(), linesUpFirsts.ids(), []int32{idSigns, idConsistent})},
	"damaged before you brought it": {ids: damageNouns.ids()},
	"reason, given":                 {ids: givenWords.ids()},
	"limits":                        {ids: onlyAllOrFirstNeed},
	"rule subject, only":            {ids: onlyAllOrFirstNeed}, // the need of "limits", sharing its bit
	"only what we were given":       {ids: onlyAllOrFirstNeed},
	"can only":                      {ids: onlyAllOrFirstNeed},         // "we can only deliver on weekdays": the need of "limits", sharing its bit
	"only you had it":               {ids: onlyAllOrFirstNeed},         // "you're the only one", "the first to report it": the need of "limits", sharing its bit
	"never":                         {ids: []int32{idAlways, idNever}}, // the need of "always going to"
	// "we've been through this", "over it"; "the third time"
	"gone over this before": {ids: append([]int32{idThrough, idOver}, repeatOrdinals.ids()...)},
	"insisted result":       {ids: insistWords.ids()}, // "so it was definitely sent"
	// what the customer sent named in the subject, or something wrong: a
	// sentence without either has no clause that can pass
	"reason, what you sent": {ids: paperwork.ids(), bits: lxWrong, inSentence: true},
	// "correctly", "to the letter", "in line with", "as it should", "the place you nominated"
	"done as it should": {ids: slices.Concat(rightlyWords.ids(), asItShould.ids(), askedWords.ids(),
		[]int32{idLetter, idAccordance, idLine})},
	// "it happened on your watch", "the damage occurred after delivery", "caused during your tenancy":
	// the noun of the customer's keeping, or of its handing over, is in the clause
	"in your care": {ids: slices.Concat(custodyNouns.ids(), whileYouHadIt.ids(), handoverNouns.ids())},
	// "you cancelled the night before", "back in March", "| after the window closed": the words that
	// tell the act late are in the sentence (see toldLate)
	"past the limit": {ids: lateActNeed, inSentence: true},
	"you were late":  {ids: lateActNeed, inSentence: true}, // "you arrived late": "late" in the clause, so in its sentence; the need of "past the limit"
	// "your order is still going to your old address"
	"still your old detail": {ids: []int32{idStill}},
	// "sent from your phone", "refused at your address", "misrouted at their hub", "with the correct
	// PIN", "by someone showing your ID", "signed for by": the means or place of theirs, "their", the
	// secret only they know, someone who bore a thing of theirs, or a signature (see fromYourSideIn)
	"done from your side": {ids: slices.Concat(yourMeans.ids(), yourPremises.ids(), secretNouns.ids(), someoneWords.ids(), []int32{idAccount, idTheir, wordID("theirs"), wordID("signed")})},
	// "you cancelled 23 hours before, and the policy needs 48": a word of the rule or its cost is in
	// the sentence (see ruleIn)
	"timed against the rule": {ids: slices.Concat(timedRuleWords.ids(), chargeNouns.ids(), costNouns.ids(), []int32{idCut}), bits: lxRuleNoun, inSentence: true},
}

// knownIDs returns the ids of set, whose words must all be ones the phrase
// index knows: a need names words by id, and a word without one would be
// missed.
func knownIDs(set idWords) []int32 {
	if len(set.words) > 0 {
		panic("scoring: a check needs words the phrase index does not know: " + strings.Join(set.words, " "))
	}
	return set.ids.ids()
}

// needBits is a set of the needs of checkWords, one bit each.
type needBits uint64

// wordNeeds holds, per word id, the bits of the needs that name the word. It
// is an array as long as any id can be (see maxSetWord), so that addClause,
// which reads it for every token of a turn, masks an id into range rather
// than checking it against a length; the ids past the index's words hold 0.
type wordNeeds [maxSetWord]needBits

// of returns the bits of the needs that name the word with id id.
func (w *wordNeeds) of(id int32) needBits {
	return w[uint32(id)%maxSetWord]
}

// neededWords holds, per word id, the bits of the needs that name the word;
// needOf holds each check's need bit; inSentence are the bits of the needs a
// sentence meets for all its clauses, and bagNeeds the needs met by a word's
// properties.
var neededWords, needOf, inSentence, bagNeeds = compileWordNeeds(checkWords)

// bagNeedsByBit holds, for each lexicon bit a need names (see
// wordNeed.bits), the needs a sentence meets by holding a word with it.
// noteSentenceWords asks it of every sentence, whose words have few of
// these bits: it visits the bits the sentence has, where a list of the
// needs was walked whole.
type bagNeedsByBit struct {
	bits  lex
	byBit [64]needBits
}

// of returns the needs met by a sentence whose words have the bits of bag.
func (x *bagNeedsByBit) of(bag lex) needBits {
	var need needBits
	for m := bag & x.bits; m != 0; m &= m - 1 {
		need |= x.byBit[bits.TrailingZeros64(uint64(m))]
	}
	return need
}

// add records need as met by a word with any of the bits of b.
func (x *bagNeedsByBit) add(b lex, need needBits) {
	x.bits |= b
	for m := b; m != 0; m &= m - 1 {
		x.byBit[bits.TrailingZeros64(uint64(m))] |= need
	}
}

func compileWordNeeds(needs map[string]wordNeed) (*wordNeeds, map[string]needBits, needBits, *bagNeedsByBit) {
	names := make([]string, 0, len(needs))
	for name := range needs {
		names = append(names, name)
	}
	slices.Sort(names)
	words, out := new(wordNeeds), map[string]needBits{}
	var sentence needBits
	bags := new(bagNeedsByBit)
	bitOf := map[string]needBits{} // checks that need the same words share a bit
	for _, name := range names {
		need := needs[name]
		sig := need.signature()
		bit, seen := bitOf[sig]
		if !seen {
			if len(bitOf) == 64 {
				panic("scoring: more than 64 distinct word needs in checkWords")
			}
			bit = needBits(1) << len(bitOf)
			bitOf[sig] = bit
		}
		out[name] = bit
		if seen {
			continue
		}
		if need.inSentence {
			sentence |= bit
		}
		if need.bits != 0 {
			if !need.inSentence {
				panic("scoring: check " + name + " needs word properties in its clause; only a sentence's are noted")
			}
			bags.add(need.bits, bit)
		}
		for _, id := range need.ids {
			words[id] |= bit
		}
	}
	return words, out, sentence, bags
}

// signature names what a need asks, so that two checks asking the same
// share one bit.
func (n wordNeed) signature() string {
	ids := slices.Clone(n.ids)
	slices.Sort(ids)
	return fmt.Sprint(ids, n.inSentence, uint64(n.bits))
}

// noteSentenceWords settles, for the clauses from first on, which are one
// sentence's, the needs each meets: its own words' for a need of the clause,
// the sentence's for a need of the sentence.
func (az *analyzer) noteSentenceWords(first int) {
	var words needBits
	var bag lex
	for i := first; i < len(az.clauses); i++ {
		words |= az.clauses[i].words
		bag |= az.clauses[i].bag
	}
	words |= bagNeeds.of(bag)
	if words&inSentence == 0 {
		return // nor does any clause of it meet a need of the sentence: most sentences
	}
	for i := first; i < len(az.clauses); i++ {
		c := &az.clauses[i]
		c.words = c.words&^inSentence | words&inSentence
	}
}

// nextTimeOrFrameIDs are the words of two needs that share a bit: "next
// time", "in future", "going forward", "for future reference" (advises next
// time) and an insinuating frame's words (after an insinuating frame).
var nextTimeOrFrameIDs = append([]int32{idTime, idFuture, idForward, idReference}, insinuatingFrameWords.ids()...)

// saidAgainNeed is the need of a thing said or done again and again:
// "twice", "three times", "again".
var saidAgainNeed = append(append(repeatWords.ids(), messageNouns.ids()...), idTimes, idAgain, idCalls)

// rareWordsNeed is the words of twenty-two needs that share a bit, each word
// rare enough that a clause holding one seldom asks the other checks in
// vain: "yourself" and "themselves" (you did it yourself), "mercy" (at their
// mercy), "per" (as per the document), "safe" (no safe place), "funny",
// "strange", "oddly" and the like (funny how it only), "despite",
// "against", "contrary" and "than" (against the guidance), the mail
// programs' names (mail program files ours), "traced", "attributed",
// "negligence", "misuse", "lack" and the like (traced to yours, lapse given
// as cause), the forms of "drop" (a drop-off), "according" (according to),
// "risk" (at their own risk), "attempts", "tries" (locked after their
// tries), pets, "junk" and "spam" (a pet did it, junk folder guess),
// "liable", "responsible" and the like (disclaims responsibility),
// "thousands", "lots" and the like (many went fine, many of the same), and
// "turned", "actually" and "fact" (told us otherwise), "consent",
// "permission" and the like (done without consent), "overloaded",
// "misused" and the like (thing overused), and "signature", "login" and the
// like, and the forms of "match" (trace is yours).
var rareWordsNeed = slices.Concat([]int32{idYourself, idMercy, idPer, idSafe}, themselvesWords.ids(), oddWords.ids(),
	[]int32{idDespite, idAgainst, idContrary, idThan}, mailPrograms.ids(), tracedWords.ids(), lapseNouns.ids(),
	[]int32{idLack}, dropForms.ids(), []int32{idAccording, idRisk}, attemptNouns.ids(), petWords.ids(), junkWords.ids(),
	liabilityWords.ids(), manyPeople.ids(), manyCounts.ids(), turnedForms.ids(), []int32{idActually, idFact}, consentNouns.ids(), overusedForms.ids(), traceNouns.ids(), matchForms.ids())

// noOrNothingNeed is the words of two needs that share a bit: "no" or
// "nothing" (found no fault: "we found no fault", "nothing wrong was found")
// and "no" (no answer: "there was no answer").
var noOrNothingNeed = []int32{idNo, idNothing}

// deniedOrDoubtedNeed is the words, beside a negation, of four needs of a
// sentence that share a bit: a record or a part said never to have come
// ("no record of your call", "nobody", "yet to", "I doubt | it was": no
// record of yours), the frame that takes back what follows it ("not sure",
// "no way", "unlikely", "hard to believe": see denyingFrameAt), and
// "rather" (this, not that: "the charger rather than the phone").
var deniedOrDoubtedNeed = slices.Concat(recordNouns.ids(), noOne.ids(), []int32{idNo, idYet, idDoubt}, doubtingWords.ids(), []int32{idHard, idRather})

// fromOrWhyNeed is the words of three needs that share a bit: "from" or
// "why" (cause, not the product: "it's from the charger", "that's why it
// failed") and "from" (damage from: "the crack is from a drop"; trouble
// from an act: "it cracked from being dropped").
var fromOrWhyNeed = []int32{idFrom, idWhy}

// downOffOrOutNeed is the words of three needs that share a bit: "down",
// "off" or "out" (down to a name: "it's down to the name on the form";
// left off the form: "the flat number was left off") and "down" or
// "offline" (their system down: "their servers are down").
var downOffOrOutNeed = slices.Concat([]int32{idOff, idOut}, downWords.ids())

// lateActNeed is the words of two needs of a sentence that share a bit:
// the words that tell an act late (past the limit: "late", "the night
// before", "back in March", "| after the window closed", "a fortnight
// later"; see toldLate) and "late" (you were late).
var lateActNeed = slices.Concat(lateActWords.ids(), []int32{idBack, idBefore, idLater})

// onlyAllOrFirstNeed is the words of five needs that share a bit: "only" or
// "all" (limits, rule subject, only, only what we were given: "we can only
// refund to the original card", "all we were given"; can only: "we can
// only deliver on weekdays") and "only" or "first" after "the" (only you
// had it: "you're the only one reporting it", "the first to report it").
var onlyAllOrFirstNeed = []int32{idOnly, idAll, wordID("first")}
