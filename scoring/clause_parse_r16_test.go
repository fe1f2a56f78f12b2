package scoring

import "testing"

// A subject holding a relative clause with no "that" ("the code you gave us")
// ends at the main clause's "didn't", which keeps its negation and tense.
func TestDoAfterContactRelativeIsTheMainAuxiliary(t *testing.T) {
	for _, text := range []string{"The code you gave us didn't work.", "The key safe code you gave us didn't work."} {
		_, c := clauseOf(t, text, "work")
		if !c.neg || c.aspect != aspDone || c.lemma != "work" {
			t.Errorf("%q: neg %v, aspect %d, lemma %q; want negated, done, work", text, c.neg, c.aspect, c.lemma)
		}
	}
}

// A question may invert its auxiliary before a bare noun: "was autosave
// turned off?" reads autosave as the subject of a passive.
func TestInvertedQuestionOfABareNoun(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Was autosave turned off on your laptop?", word: "turned", actor: actThing, aspect: aspDone, lemma: "turn", passive: true},
		{text: "Has power been restored yet?", word: "restored", actor: actThing, aspect: aspDone, lemma: "restore", passive: true},
	})
}

// "One of the kids" is someone of a group: its actor is the group's, and a
// single share is no subject in general.
func TestShareOfAGroupIsASubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Could one of the kids have placed the order?", word: "placed", actor: actThird, aspect: aspCould, lemma: "place"},
		{text: "One of our drivers cancelled it.", word: "cancelled", actor: actAgent, aspect: aspDone, lemma: "cancel"},
	})
}

// "Let me" after a pause starts a clause of its own: "I'm sorry, | let me
// send another".
func TestLetMeAfterAPauseStartsAClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "I'm sorry, let me send another one out.", word: "send", actor: actAgent, aspect: aspWill, lemma: "send"},
	})
}

// "Someone else" narrowed by a place keeps its verb: "someone else in the
// household | used the card".
func TestSomeoneElseInAPlace(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Someone else in the household used the card.", word: "used", actor: actThird, aspect: aspDone, lemma: "use"},
	})
}

// A typed form is read as the word it stands for, in any case: "ur" is
// "your", "dont" is "don't".
func TestTypedFormsReadAsTheirWord(t *testing.T) {
	checkReadings(t, []reading{
		{text: "ur card was declined", has: blame},
		{text: "Ur card was declined.", has: blame},
		{text: "u didnt tick the box", has: blame},
		{text: "thats not our fault", has: blame},
	})
	az := new(analyzer)
	az.readPhrases("Dont worry, ur refund is on its way")
	for i, want := range []string{"don't", "worry", "your", "refund"} {
		if got := az.tok.key(az.tok.toks[i]); got != want {
			t.Errorf("token %d: key %q, want %q", i, got, want)
		}
	}
}

// A name of title-case words the lexicon does not know, followed by its
// verb, is a party's: "Royal Mail lost it", "Cloudflare had an outage". A
// number word before a participle and its noun is not.
func TestNameBeforeItsVerbIsAParty(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Royal Mail lost the parcel.", word: "lost", actor: actThird, aspect: aspDone, lemma: "lose"},
		{text: "Cloudflare had an outage this morning.", word: "had", actor: actThird, aspect: aspDone, lemma: "have"},
	})
	checkReadings(t, []reading{
		{text: "Sadly Parcelforce lost the first one.", has: blame},
		{text: "Shutter closed at six sharp.", hasNot: blame},
		{text: "Zendesk had an outage this morning.", has: blame},
		{text: "Zendesk had an outage this morning, and we've moved you to email support.", hasNot: blame},
		{text: "Three missed appointments would test anyone's patience.", hasNot: blame},
	})
}

// "'s" before "too" is "is": "your water pressure's too low".
func TestApostropheSBeforeToo(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your water pressure's too low for this boiler.", has: blame},
	})
}

// An option the customer chose, in quotes, leaves their act theirs to read;
// what a letter "says" in quotes stays someone else's words.
func TestQuotedOptionChosen(t *testing.T) {
	checkReadings(t, []reading{
		{text: `You ticked "no" to the insurance question, so there's no cover for this.`, has: blame},
		{text: `The address was typed as "Flat 4" instead of "Flat 14".`, has: blame},
		{text: `Your email said "the screen was cracked out of the box", and I'm sorry.`, hasNot: blame},
	})
}

// TestGoesIsPresent: "goes", "puts" and "rings", the present forms in the
// table of irregular verbs, read as presents, not as done.
func TestGoesIsPresent(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Your supply goes back to us on the 14th.", word: "goes", actor: actThing, aspect: aspPresent, lemma: "go"},
		{text: "The parcel went back to the depot.", word: "went", actor: actThing, aspect: aspDone, lemma: "go"},
		{text: "The bank puts a hold on big transfers.", word: "puts", actor: actThird, aspect: aspPresent, lemma: "put"},
	})
}

// TestShutSplitBurstArePasts: "shut", "split" and "burst", spelt the same in
// every tense, read as pasts after a subject, and as orders alone.
func TestShutSplitBurstArePasts(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Heavy snow shut the depot on Monday.", word: "shut", actor: actThird, aspect: aspDone, lemma: "shut"},
		{text: "The frost split the pipe.", word: "split", actor: actThird, aspect: aspDone, lemma: "split"},
		{text: "Shut down the laptop first.", word: "shut", actor: actNone, aspect: aspNone, lemma: "shut"},
	})
	checkReadings(t, []reading{
		{text: "The council shut the road without notice.", has: blame},
	})
}

// TestBareCompoundSubjects: a sentence opening on one or two bare nouns,
// maybe with a short phrase, then its verb, has them as its subject; an
// order with a bare object ("Send photos to us", "Call customer services on
// Monday") has none.
func TestBareCompoundSubjects(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Court fees went up in April.", word: "fees", actor: actThing, aspect: aspDone, lemma: "go"},
		{text: "Phone cancellations after 6pm aren't accepted.", word: "cancellations", actor: actThing, aspect: aspHabit, lemma: "accept", passive: true},
		{text: "Quote clearly said delivery was extra.", word: "quote", actor: actThing, aspect: aspDone, lemma: "say"},
		{text: "Hire company never delivered the digger.", word: "company", actor: actThird, aspect: aspDone, lemma: "deliver"},
		{text: "Send photos to us.", word: "photos", actor: actNone, aspect: aspNone, lemma: "send"},
		{text: "Call customer services on Monday.", word: "services", actor: actNone, aspect: aspNone, lemma: "call"},
	})
}

// TestHaveBeforeItsObject: "have" read as an auxiliary, with no participle
// after it, is the main verb: "the rug had red wine stains", "we had no
// say"; before a participle it stays the auxiliary.
func TestHaveBeforeItsObject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The rug had red wine stains on it.", word: "rug", actor: actThing, aspect: aspDone, lemma: "have"},
		{text: "Our drivers had no say in that.", word: "drivers", actor: actAgent, aspect: aspDone, lemma: "have"},
		{text: "The courier has cut corners.", word: "courier", actor: actThird, aspect: aspDone, lemma: "cut"},
		{text: "We have refunded you.", word: "refunded", actor: actAgent, aspect: aspDone, lemma: "refund"},
	})
}
