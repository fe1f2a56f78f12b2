package scoring

import (
	"path/filepath"
	"slices"
	"testing"
)

// labelledTexts returns the utterances of every labelled set: the first
// sets, and each round's tuning and held-out lines.
func labelledTexts(t *testing.T) []string {
	t.Helper()
	rounds, err := filepath.Glob(filepath.Join("testdata", "markers", "r*", "*"))
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, dir := range append([]string{filepath.Join("testdata", "markers"), filepath.Join("testdata", "markers", "holdout")}, rounds...) {
		set, err := readLabelled(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range set {
			texts = append(texts, l.text)
		}
	}
	return texts
}

// clausesOfCorpus reads every labelled utterance and bench text as Analyze
// does up to the clause rows, and calls visit with each clause in the state
// the rows see it.
func clausesOfCorpus(t *testing.T, visit func(text string, az *analyzer, c *clause)) {
	t.Helper()
	texts := labelledTexts(t)
	texts = append(texts, benchTexts...)
	texts = append(texts, gateExamples...)
	az := new(analyzer)
	for _, text := range texts {
		az.readPhrases(text)
		az.readTurnClauses()
		for ci := range az.clauses {
			visit(text, az, &az.clauses[ci])
		}
	}
}

// gateExamples pass the checks in checkGates, checkExcept, neededForSpeed and checkWords, and the cases
// clauseStartsAt's shortcuts pass by, which the validation set seldom does.
var gateExamples = []string{
	"The promo code was put in after the payment had gone through.",
	"You made the alterations without the landlord's consent.",
	"The policy puts the excess on you.",
	"The signature on the delivery record is yours.",
	"Maybe check whether the kids have been fiddling with the thermostat?",
	"The washing machine was overloaded, so the drum bearing went.",
	"We sent the code to the number on the account.",
	"We can only go off what we were given at booking.",
	"That scratch wasn't on the sheet, so it must have happened while you had the car.",
	"The settings were changed by your IT admin on Tuesday.",
	"We did send a reminder, but it was buried in a marketing email, so I can see why you missed it.",
	"We've shipped hundreds of these and not one has come back damaged.",
	"The washing machine wasn't levelled properly by your fitter.",
	"I'm afraid the school sets the term dates, we just run the transport.",
	"There was a storm on the coast overnight, so the ferry couldn't sail.",
	"The gate wasn't left open as requested.",
	"The late fee stands, I'm afraid, you returned the van two days after the agreed date.",
	"Sagging like that comes from an uneven floor rather than the base.",
	"The size was put down as a 10, so that's what we made.",
	"Customers often skip the size guide and then wonder why it doesn't fit.",
	"As I've said twice already, the side gate is no parking.",
	"Again? You only had a new one last week.",
	"That's down to Royal Mail, I'm afraid.",
	"Sounds like Outlook is binning our confirmations before you see them.",
	"Sorry, the house number was left off the order so the driver couldn't find you.",
	"Other guests haven't had any trouble with the lift.",
	"Most people leave the paperwork till the last day.",
	"You chose the saver fare rather than the flexible one.",
	"The courier's tracking system went down overnight.",
	"Our reminders might be going to your spam folder.",
	"The gears jammed because they hadn't been oiled all year.",
	"That's the snow for you, nothing we can do about it.",
	"Were you running the heater on full before the fuse went?",
	"You chose economy delivery, so Monday is when it was due.",
	"The app stopped working when your son changed the settings.",
	"Your laptop was dropped down the stairs, by the look of it.",
	"The recovery van was held up by the flooding on the bypass.",
	"The opening times were on the leaflet in your room.",
	"The warehouse made that call, and there's nothing I can change from here.",
	"Every other member on this plan got the same email.",
	"This is the sixth claim on your policy this year.",
	"The gales on Sunday brought the phone line down.",
	"The hire car came back with an empty tank, so the refuelling fee applies.",
	"Done: the refund is back on your card.",
	"All sorted.",
	"The voucher will be emailed before you land.",
	"We'll have the gas back on before your kids get home.",
	"The booking was released because online check-in was not completed.",
	"The membership lapsed because the direct debit got cancelled at your bank.",
	"It failed because your router keeps dropping.",
	"With a password that short, it was always going to be cracked.",
	"Shall I refund it or credit it?",
	"Would a morning or afternoon slot be better?",
	"The mistake was yours.",
	"That missed payment is on your payroll company.",
	"Your email provider is to blame.",
	"I can refund it or credit it, your call.",
	"I'd guess the dog sitter took the parcel in.",
	"For next time, you'll want to add the passport details before check-in closes.",
	"The damage occurred in your possession.",
	"That's your own equipment.",
	"Your bank blocked it, not us.",
	"Why didn't you ring us?",
	// checkWords
	"You switched the roaming on yourself.",
	"Honestly, we're at the mercy of the airline on this.",
	"Our engineer found no fault on the line.",
	"A coffee stain isn't a manufacturing fault.",
	"The windscreen repair falls to you.",
	"The engineer traced the leak to your washing machine.",
	"The cancellation fee was clearly stated on the booking page.",
	"Those roaming charges are entirely legitimate.",
	"It took you nearly a month to report the card missing.",
	"This is the third time you've forgotten your password this month.",
	"The policy lapsed through non-payment.",
	"The driver called but there was nobody in.",
	"The booking terms, which you accepted, state that the fare is non-refundable.",
	"It's been opened, so I can't take it back.",
	"We can't help with items lost by the postal service.",
	"Nobody else on that coach had any trouble with the QR code.",
	"We've had no issues with any other customer on that street.",
	"The booking didn't cancel itself.",
	"Most people with this sync problem have installed some antivirus.",
	"The fault is at your end.",
	"The hire car came back with a dent in the door.",
	"The scratch was already on the lid when you brought it in.",
	"The problem is that you're signing in with the old email.",
	"I don't think the courier lost it.",
	"We don't think it was our fault.",
	"Is it possible that someone in your household changed the password?",
	"Did you move house recently? Because the card went to your old address.",
	"If the form had been signed, it would have gone through.",
	"It was the courier who left it in the rain.",
	"It's common for customers to forget to cancel the old direct debit.",
	"I'd have thought that was obvious.",
	"I would have thought you would know that by now.",
	// a subordinator after a pause that clauseStartsAt turns away: "after that" qualifying what came before
	"Whatever went wrong on the day, after that is their doing.",
}

// neededForSpeed are the entries of clauseNeeds that only spare a call: the
// check could not pass without one of the words anyway.
var neededForSpeed = []string{"your call alone", "in your care", "it is your own", "not us after", "junk folder guess", "disowns power",
	"your thing mishandled", "trouble when you acted", "they had trouble", "user error", "your input is another", "your failing"}

// TestCheckGatesHold checks what the rule index assumes of the word checks:
// a check in checkGates passes only on a clause with its gate bits, one in
// checkExcept only on a clause whose verb is in none of its lists, and one
// in neededForSpeed only on a clause holding one of its words. If a check
// changes so that either no longer holds, its rows would silently stop
// matching; this fails instead.
func TestCheckGatesHold(t *testing.T) {
	passed := map[string]int{}
	clausesOfCorpus(t, func(text string, az *analyzer, c *clause) {
		for name, check := range clauseWords {
			if !check(az, c) {
				continue
			}
			passed[name]++
			if need := checkGates[name]; c.gate&need != need {
				t.Errorf("%q passes on a clause of %q without its gate bits %b (gate %b)", name, text, need, c.gate)
			}
			if shape := checkShapes[name]; c.gate&shape.on != shape.on || c.gate&shape.off != 0 {
				t.Errorf("%q passes on a clause of %q outside its shape's gate bits %b, %b (gate %b)", name, text, shape.on, shape.off, c.gate)
			} else if shape.who != 0 && shape.who&(1<<c.actor) == 0 || shape.when != 0 && shape.when&(1<<c.aspect) == 0 ||
				shape.passiveFor&(1<<c.actor) != 0 && !c.passive {
				t.Errorf("%q passes on a clause of %q outside its shape's actors or aspects", name, text)
			}
			if except := checkExcept[name]; c.lists&except != 0 {
				t.Errorf("%q passes on a clause of %q whose verb is in a list it turns away", name, text)
			}
			if needs := clauseNeeds[name]; needs != 0 && c.bag&needs == 0 && slices.Contains(neededForSpeed, name) {
				t.Errorf("%q passes on a clause of %q holding none of the words it needs", name, text)
			}
		}
	})
	// The corpus must exercise the gated checks, or the test proves nothing.
	for name := range checkGates {
		if passed[name] == 0 {
			t.Errorf("no clause of the corpus passes %q", name)
		}
	}
	for name := range checkExcept {
		if passed[name] == 0 {
			t.Errorf("no clause of the corpus passes %q", name)
		}
	}
}

// TestGateBitsFollowTheClause checks gateOf's bits for checkGates on clauses
// whose reading is plain.
func TestGateBitsFollowTheClause(t *testing.T) {
	for _, tc := range []struct {
		text string
		bit  gate
		want bool
	}{
		{"Done: the refund is back on your card.", gDoneAlone, true},
		{"We refunded it.", gDoneAlone, false},
		{"It lapsed because your bank cancelled the debit.", gCausal, true},
		{"It lapsed and your bank cancelled the debit.", gCausal, false},
		{"The mistake was yours.", gNoVerb, true},
		{"You entered the wrong address.", gNoVerb, false},
	} {
		az := new(analyzer)
		az.tok.tokenize(tc.text)
		az.flags = make([]sentFlags, len(az.tok.sents))
		az.readClauses()
		got := false
		for _, c := range az.clauses {
			got = got || c.gate&tc.bit != 0
		}
		if got != tc.want {
			t.Errorf("%q: some clause has gate bit %b = %v, want %v", tc.text, tc.bit, got, tc.want)
		}
	}
}

// TestKindBitFollowsClauseKinds checks kindBit's switch against clauseKinds,
// and that a kind no clause row adds has no bit.
func TestKindBitFollowsClauseKinds(t *testing.T) {
	for i, k := range clauseKinds {
		if got := kindBit(k); got != 1<<i {
			t.Errorf("kindBit(%s) = %b, want %b", k, got, 1<<i)
		}
	}
	for _, k := range []MarkerKind{MarkApology, MarkTimeCommitment, MarkHedge, cueDropped, ""} {
		if got := kindBit(k); got != 0 {
			t.Errorf("kindBit(%s) = %b, want 0", k, got)
		}
	}
}

// TestFactsOfKinds checks what factsOf tells the passes over the candidates
// against what they asked of the kind itself: its veto slot, and whether it
// may cancel another marker.
func TestFactsOfKinds(t *testing.T) {
	kinds := append(slices.Clone(clauseKinds), MarkApology, MarkTimeCommitment, MarkHedge, MarkFiller, cueCancel, cueDropped, MarkQuestion)
	for _, k := range kinds {
		f := factsOf(k)
		if got, want := vetoSlotOf(f), vetoSlot(k); got != want {
			t.Errorf("vetoSlotOf(factsOf(%s)) = %d, want %d", k, got, want)
		}
		if got, want := f&factSuppresses != 0, k == cueCancel || k == MarkHedge || k == MarkBlame || k == MarkFiller; got != want {
			t.Errorf("factsOf(%s) says it suppresses: %v, want %v", k, got, want)
		}
	}
}

// TestCheckWordIDsAreKnown checks that the words the checks find by id are
// ones the phrase index knows: an id of 0 would match every word it does not.
func TestCheckWordIDsAreKnown(t *testing.T) {
	for name, id := range map[string]int32{"only": idOnly, "all": idAll, "never": idNever, "yet": idYet} {
		if id == 0 || id != wordID(name) {
			t.Errorf("%q has id %d, want a known word's id", name, id)
		}
	}
}

// TestCheckWordsHold checks what the rows assume of the checks in
// checkWords: each passes only on a clause that holds the words it needs. If
// a check changes so that this no longer holds, its rows would silently stop
// matching; this fails instead. The corpus must pass each such check.
func TestCheckWordsHold(t *testing.T) {
	passed := map[string]int{}
	clausesOfCorpus(t, func(text string, az *analyzer, c *clause) {
		for name, need := range needOf {
			if !clauseWords[name](az, c) {
				continue
			}
			passed[name]++
			if need&^c.words != 0 {
				t.Errorf("%q passes on a clause of %q without the words it needs", name, text)
			}
		}
	})
	for name := range checkWords {
		if passed[name] == 0 {
			t.Errorf("no clause of the corpus passes %q", name)
		}
	}
}

// TestFastPathsHold checks that skipOpeners and readVerbGroup read every
// clause the tests read the same with their fast paths as without them.
func TestFastPathsHold(t *testing.T) {
	defer func() { openerFastPath, verbFastPath = true, true }()
	clausesOfCorpus(t, func(text string, az *analyzer, c *clause) {
		openerFastPath, verbFastPath = true, true
		fast := rereadClause(az, c)
		openerFastPath, verbFastPath = false, false
		slow := rereadClause(az, c)
		if fast != slow {
			t.Errorf("%q: clause %d..%d reads differently with the fast paths (%+v) than without (%+v)", text, c.lo, c.hi, fast, slow)
		}
	})
}

// TestClauseStartCuesHold checks that readClauses asks clauseStartsAt at
// every word of the corpus where it finds a clause's start: that
// nextStartCue stops there and mayStartClause lets it through.
func TestClauseStartCuesHold(t *testing.T) {
	clausesOfCorpus(t, func(text string, az *analyzer, c *clause) {
		first := az.tok.sents[az.tok.toks[c.lo].sent].tokLo
		for i := max(c.lo, first+1); i < c.hi; i++ {
			if az.clauseStartsAt(i) && (az.nextStartCue(i, i+1, false) != i || !az.mayStartClause(i)) {
				t.Errorf("%q: a clause starts at %d, where readClauses does not ask", text, i)
			}
		}
	})
}

// TestTokensCarryTheirWordsBits checks that every token of the corpus a
// word of the phrase index is read as carries the lexicon's properties of
// the word, which clause.mayHold needs to pass a clause by.
func TestTokensCarryTheirWordsBits(t *testing.T) {
	clausesOfCorpus(t, func(text string, az *analyzer, c *clause) {
		for i := c.lo; i < c.hi; i++ {
			tok := &az.tok.toks[i]
			if want := index.lex[tok.id]; tok.lex&want != want || !c.mayHold(want) {
				t.Errorf("%q: token %d (%q) lacks properties %x of its word", text, i, az.tok.keyOf(tok), want&^tok.lex)
			}
		}
	})
}

// TestAfraidGivesItsCue checks that "afraid" gives its turn a cue that
// noteCues keeps as the word gives it, not one it reads from where the word
// stands, and that every turn of the corpus holding the word has the cue
// when its clauses are read, which mayBeAfraid needs.
func TestAfraidGivesItsCue(t *testing.T) {
	if afraidCue == 0 || afraidCue&(cueOpening|cueAfterAgent) != 0 {
		t.Fatalf("afraid gives cue %b, which noteCues does not keep as it is", afraidCue)
	}
	held := 0
	clausesOfCorpus(t, func(text string, az *analyzer, c *clause) {
		for i := c.lo; i < c.hi; i++ {
			if az.tok.toks[i].id == idAfraid {
				held++
				if !az.mayBeAfraid() {
					t.Errorf("%q holds afraid at %d, where mayBeAfraid says it may not", text, i)
				}
			}
		}
	})
	if held == 0 {
		t.Error("no clause of the corpus holds afraid")
	}
}

// TestMayAskUnmarkedHolds checks that mayAskUnmarked, which spares
// readClauses the call to asksUnmarked, holds at every sentence of the
// corpus that asksUnmarked reads as asking.
func TestMayAskUnmarkedHolds(t *testing.T) {
	asked := 0
	clausesOfCorpus(t, func(text string, az *analyzer, c *clause) {
		s := &az.tok.sents[az.tok.toks[c.lo].sent]
		if c.lo != s.tokLo || s.tokHi-s.tokLo <= 3 || !az.asksUnmarked(s) {
			return
		}
		asked++
		if !az.mayAskUnmarked(s) {
			t.Errorf("%q: asksUnmarked reads sentence %d..%d as asking, where mayAskUnmarked turns it away", text, s.tokLo, s.tokHi)
		}
	})
	if asked == 0 {
		t.Error("no sentence of the corpus asks unmarked")
	}
}

// rereadClause reads c's tokens again into a new clause, as addClause does.
func rereadClause(az *analyzer, c *clause) clause {
	s := &az.tok.sents[az.tok.toks[c.lo].sent]
	r := clause{lo: c.lo, hi: c.hi, subj: -1, verb: -1, question: s.question && !az.isTagQuestion(s), lastAux: -1,
		bag: c.bag, words: c.words, quoted: c.quoted}
	az.readClause(&r)
	return r
}

// TestClauseStartFastPathsHold checks that clauseStartsAt answers at every
// word of the corpus as it does with its shortcuts off: the test for a
// frame before the word gates only cases whose frame ends in a verb of
// saying or a word of framesBefore, a subordinator after a pause meets
// no case that turns it away before the one that lets it through, and a
// joining word with no pause or frame before it meets only the joiners'
// cases (see joinerOnlyBits).
func TestClauseStartFastPathsHold(t *testing.T) {
	defer func() { startFastPaths = true }()
	clausesOfCorpus(t, func(text string, az *analyzer, c *clause) {
		first := az.tok.sents[az.tok.toks[c.lo].sent].tokLo
		for i := max(c.lo, first+1); i < c.hi; i++ {
			startFastPaths = true
			fast := az.clauseStartsAt(i)
			startFastPaths = false
			slow := az.clauseStartsAt(i)
			if fast != slow {
				t.Errorf("%q: clauseStartsAt(%d) is %v with its shortcuts, %v without", text, i, fast, slow)
			}
		}
	})
}

// TestListedWordsAreMarked checks that every word of the corpus whose key
// causeWords or fineWords holds carries the mark the checks ask before they
// look the key up (see causeWordAt, runOnSubjectAt).
func TestListedWordsAreMarked(t *testing.T) {
	lists := []struct {
		name string
		has  func(k string) bool
		mark lex
	}{
		{"causeWords", func(k string) bool { _, ok := causeWords[k]; return ok }, lxCause},
		{"fineWords", func(k string) bool { return fineWords[k] }, lxFine},
	}
	seen := make([]int, len(lists))
	clausesOfCorpus(t, func(text string, az *analyzer, c *clause) {
		for i := c.lo; i < c.hi; i++ {
			k := az.tok.key(az.tok.toks[i])
			for l, list := range lists {
				if !list.has(k) {
					continue
				}
				seen[l]++
				if az.markAt(i)&list.mark == 0 {
					t.Errorf("%q: %q is a word of %s without its mark", text, k, list.name)
				}
			}
		}
	})
	for l, list := range lists {
		if seen[l] < 50 {
			t.Errorf("saw only %d words of %s", seen[l], list.name)
		}
	}
}

// TestLemmaOfClauseIsBase checks that tellsItHappened, which compares a
// clause's lemma as it is, answers at every clause of the corpus as
// comparing the lemma of that lemma would: the clause reader reads the verb
// to its base.
func TestLemmaOfClauseIsBase(t *testing.T) {
	clausesOfCorpus(t, func(text string, az *analyzer, c *clause) {
		l := lemma(c.lemma)
		if want := l == "happen" || l == "occur"; c.tellsItHappened() != want {
			t.Errorf("%q: lemma %q reads as %q", text, c.lemma, l)
		}
	})
}
