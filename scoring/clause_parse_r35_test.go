package scoring

import (
	"slices"
	"testing"
)

// "Everything" or "something" followed by a relative clause without "that"
// is one subject: "everything you needed | was spelled out" reads a passive
// of spell, not a clause with no verb.
func TestIndefiniteWithAContactRelativeIsOneSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Everything you needed was spelled out in the booking confirmation.", word: "spelled", actor: actThing, aspect: aspDone, lemma: "spell", passive: true},
		{text: "Everything we sent has arrived.", word: "arrived", actor: actThing, aspect: aspDone, lemma: "arrive"},
		{text: "Everything on our side is fine.", word: "is", actor: actThing, aspect: aspState},
	})
}

// A phrase after the subject's noun may be followed by an adverb before the
// verb: "the card in the box | clearly says", "the man at the desk |
// definitely told you".
func TestAdverbAfterAPhraseInTheSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The card in the box clearly says no bleach.", word: "says", actor: actThing, aspect: aspPresent, lemma: "say"},
		{text: "The man at the desk clearly told you.", word: "told", actor: actThing, aspect: aspDone, lemma: "tell"},
	})
}

// A statement put before a question after a pause states: "I've refunded
// the fee, | is that OK?" reads the refund as said, not asked. A clause that
// opens asking still asks, an account asked back ("..., is that right?")
// stays asked, and a tag ("didn't you?") leaves its sentence as it is.
func TestStatementBeforeAQuestion(t *testing.T) {
	cases := []struct {
		text      string
		questions []bool
	}{
		{"I've refunded the fee, is that OK?", []bool{false, true}},
		{"I've booked the engineer for Friday, does that work for you?", []bool{false, true}},
		{"Did you tick the box, or did you skip it?", []bool{true, true}},
		{"So the rider left it at the wrong flat, is that right?", []bool{true, true}},
		{"You signed the inspection sheet, didn't you?", []bool{false}},
	}
	az := new(analyzer)
	for _, tc := range cases {
		az.readPhrases(tc.text)
		az.readTurnClauses()
		var got []bool
		for _, c := range az.clauses {
			got = append(got, c.question)
		}
		if !slices.Equal(got, tc.questions) {
			t.Errorf("%q: clauses ask %v, want %v", tc.text, got, tc.questions)
		}
	}
}

// An amount is a singular head: "the £64 | stays as it is", "the $40 |
// stands, I'm afraid". A pause after an "-s" verb keeps the next clause's
// auxiliary from turning it into a plural noun.
func TestAnAmountHeadsItsVerb(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "So the £64 stays as it is.", word: "stays", actor: actThing, aspect: aspPresent, lemma: "stay"},
		{text: "The $40 stands, I'm afraid.", word: "stands", actor: actThing, aspect: aspPresent, lemma: "stand"},
		{text: "Bank transfers can take three days.", word: "take", actor: actThing, aspect: aspHabit, lemma: "take"},
	})
}

// "Behind", "along", "across", "between" and the like are prepositions: the
// phrase they open stays inside the subject ("the extension lead behind your
// fridge | is what keeps tripping the fuse"), not read as a verb.
func TestMorePrepositionsInsideTheSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The extension lead behind your fridge is what keeps tripping the fuse.", word: "is", actor: actThing, aspect: aspState},
		{text: "The power cut along the high street knocked out the X-ray machine.", word: "knocked", actor: actThing, aspect: aspDone, lemma: "knock"},
		{text: "A power cut across the town took the building down.", word: "took", actor: actThing, aspect: aspDone, lemma: "take"},
	})
}

// "Again," before a pause, "once again" and an interjection ("wow,") open a
// clause without being its verb: the clause is read from its subject.
func TestRepeatWordsAndInterjectionsOpenAClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Once again the side gate was padlocked.", word: "padlocked", actor: actThing, aspect: aspDone, lemma: "padlock", passive: true},
		{text: "Again, the gate was padlocked.", word: "padlocked", actor: actThing, aspect: aspDone, lemma: "padlock", passive: true},
		{text: "Wow, the gate was padlocked again.", word: "padlocked", actor: actThing, aspect: aspDone, lemma: "padlock", passive: true},
	})
}

// Customers named with "our" ("half our punters", "our customers") are
// customers in general, not the company.
func TestOurCustomersAreCustomers(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Half our punters tap through seat selection too fast.", word: "tap", actor: actCustomers, aspect: aspHabit, lemma: "tap"},
		{text: "Our customers deserve better.", word: "deserve", actor: actCustomers, aspect: aspHabit, lemma: "deserve"},
		{text: "Our courier lost it.", word: "lost", actor: actAgent, aspect: aspDone, lemma: "lose"},
	})
}

// A colon before a clause ends the clause before it ("it's in the terms you
// ticked: | cosmetic damage isn't covered"); the colon of a time ("8:40")
// does not.
func TestAClauseAfterAColon(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "It's in the terms you ticked: cosmetic damage isn't covered.", word: "covered", actor: actThing, aspect: aspDone, lemma: "cover", passive: true},
		{text: "Our driver rang the number on file at 8:40 twice.", word: "rang", actor: actAgent, aspect: aspDone, lemma: "ring"},
	})
}

// A company noun narrowed by the customer's hiring is the customer's party:
// "the heating engineer you hired" is a third party; "the engineer we sent"
// and "the engineer you spoke to" are ours.
func TestThePartyYouHired(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The heating engineer you hired disconnected the meter tails.", word: "disconnected", actor: actThird, aspect: aspDone, lemma: "disconnect"},
		{text: "The engineer we sent fixed it.", word: "fixed", actor: actAgent, aspect: aspDone, lemma: "fix"},
		{text: "The engineer you spoke to has booked the part.", word: "booked", actor: actAgent, aspect: aspDone, lemma: "book"},
	})
}

// A word in "-s" that the verb lists could read as a present, opening a
// sentence right before a base verb, is a plural subject: two presents never
// stand together, so "Mistakes happen" and "Parcels go missing" have a
// subject, and "Looks like" keeps its dropped "it".
func TestPluralBeforeABaseVerbIsTheSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Mistakes happen when people rush.", word: "happen", actor: actThing, aspect: aspHabit, lemma: "happen"},
		{text: "Parcels go missing when they are left outside.", word: "go", actor: actThing, aspect: aspHabit, lemma: "go"},
	})
}

// "Let's" opens a clause of ours that offers a step, as "let me" does, and a
// time in it is a commitment as after "we'll": "let's get this sorted today"
// reads as "we'll get this sorted today", not as an order with no subject.
func TestLetsIsOurStep(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Sorry about that, let's pick a new date.", word: "pick", actor: actAgent, aspect: aspWill, lemma: "pick"},
		{text: "Let's get this sorted for you today.", word: "get", actor: actAgent, aspect: aspWill, lemma: "get"},
	})
	checkReadings(t, []reading{
		{text: "Let's get this sorted for you today.", has: []MarkerKind{MarkTimeCommitment}, hasNot: []MarkerKind{MarkVague}},
		{text: "We'll get this sorted for you today.", has: []MarkerKind{MarkTimeCommitment}, hasNot: []MarkerKind{MarkVague}},
	})
}

// "you" that ends its sentence after a verb of finding or seeing is the
// verb's object, not a clause: "the driver couldn't find you." keeps its
// object. "And there was" opens a clause of its own.
func TestObjectYouAndThereWasAfterAnd(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The house number was missing so the driver couldn't find you.", word: "find", actor: actThird, aspect: aspCould, lemma: "find"},
		{text: "The broadcaster pulled the feed and there was nothing we could do.", word: "pulled", actor: actThing, aspect: aspDone, lemma: "pull"},
	})
	az := new(analyzer)
	az.readPhrases("The driver couldn't find you. The camera shows you dropping it.")
	az.applyClauseRules()
	var clauses []string
	for _, c := range az.clauses {
		t0, t1 := az.tok.toks[c.lo], az.tok.toks[c.hi-1]
		clauses = append(clauses, az.tok.text[t0.start:t1.end])
	}
	want := []string{"The driver couldn't find you", "The camera shows", "you dropping it"}
	if !slices.Equal(clauses, want) {
		t.Errorf("clauses %q, want %q", clauses, want)
	}
}

// A plural subject with its own relative clause finds its verb after it:
// "tend to" (a word of habit before "to" is the verb), a base verb after
// "often", and after "who" a plain word is the relative clause's own verb.
func TestPluralSubjectsVerbAfterItsRelativeClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Customers who skip the setup wizard tend to end up with the sound out of sync.", word: "end", actor: actCustomers, aspect: aspHabit, lemma: "end"},
		{text: "Customers who pack their own crockery often skimp on the paper.", word: "skimp", actor: actCustomers, aspect: aspHabit, lemma: "skimp"},
	})
	checkReadings(t, []reading{
		{text: "Customers who pack their own crockery often skimp on the paper, and that's usually when plates crack.", has: blame},
		{text: "Customers who pack their own crockery often get a discount.", hasNot: blame},
	})
}

// A participle after "and" with no subject of its own shares the passive of
// the clause before: "the order was placed on the 2nd and paid in full". With
// an object after it, it acts: "the engineer was delayed and missed the slot".
func TestElidedPassiveAfterAnd(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The order was placed on the 2nd and paid in full.", word: "paid", actor: actThing, aspect: aspDone, lemma: "pay", passive: true},
		{text: "The engineer was delayed and missed the slot.", word: "missed", actor: actAgent, aspect: aspDone, lemma: "miss"},
	})
	checkReadings(t, []reading{
		{text: "I can see the order was placed on the 2nd and paid in full, so there's nothing outstanding on your side.", hasNot: blame},
	})
}

// A counted subject names these things, not things in general: "all five
// unused seats have been removed" is a step done; "all refunds take five
// days" stays a rule.
func TestACountedSubjectIsNotGeneric(t *testing.T) {
	action := []MarkerKind{MarkConcreteAction}
	checkReadings(t, []reading{
		{text: "All five unused seats have been removed and credited.", has: action},
		{text: "All 3 duplicate charges have been refunded.", has: action},
	})
	for text, want := range map[string]bool{"All five unused seats have been removed.": false, "All refunds take five working days.": true} {
		az := new(analyzer)
		az.readPhrases(text)
		az.applyClauseRules()
		if got := az.clauses[0].generic; got != want {
			t.Errorf("%q: generic %v, want %v", text, got, want)
		}
	}
}

// A note-style clause, a bare noun opening its sentence then a step's past
// form with no auxiliary and no object, is a passive with "has been" left
// out: "New keyboard dispatched", "Refund processed". With an object, or a
// verb that is no step, it is what it says.
func TestTelegraphicDoneIsPassive(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "New keyboard dispatched, and the tracking's in your inbox.", word: "dispatched", actor: actThing, aspect: aspDone, lemma: "dispatch", passive: true},
		{text: "Refund processed to your card this morning.", word: "processed", actor: actThing, aspect: aspDone, lemma: "process", passive: true},
		{text: "Court fees went up in April.", word: "went", actor: actThing, aspect: aspDone, lemma: "go"},
	})
	checkReadings(t, []reading{
		{text: "New keyboard dispatched, and the tracking's in your inbox.", has: []MarkerKind{MarkConcreteAction}},
	})
}

// "Someone at our branch" is one of us, as "our team" is; "someone at your
// company" stays a party of the customer's.
func TestSomeoneAtOursIsUs(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Someone at our Leeds branch entered your membership end date wrong.", word: "entered", actor: actAgent, aspect: aspDone, lemma: "enter"},
		{text: "Someone at your company changed the password.", word: "changed", actor: actThird, aspect: aspDone, lemma: "change"},
	})
	checkReadings(t, []reading{
		{text: "Someone at our Leeds branch entered your membership end date wrong, and I've corrected it now.", hasNot: blame},
	})
}

// A phrase put first ("under our terms", "under the scheme rules") ends
// where a bare subject begins: after its comma, before the last plural
// ahead of an auxiliary, or at "that" with its noun and auxiliary.
func TestFrontedPhraseBeforeABareSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Under our terms, refunds can't be given after 30 days.", word: "given", actor: actThing, aspect: aspHabit, lemma: "give", passive: true},
		{text: "And under the scheme rules permits can't be backdated.", word: "backdated", actor: actThing, aspect: aspHabit, lemma: "backdate", passive: true},
		{text: "So under the terms that month can't be refunded.", word: "refunded", actor: actThing, aspect: aspCould, lemma: "refund", passive: true},
		{text: "By then the courier had closed the trace.", word: "closed", actor: actThird, aspect: aspDone, lemma: "close"},
	})
}

// A past form opening a bare subject before its noun describes it: "Missed
// bins on your road are handled by", "Cancelled orders are refunded". With
// no auxiliary after the noun it stays a verb: "Missed the bus again".
func TestParticipleOpeningABareSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Missed bins on your road are handled by GreenCycle.", word: "handled", actor: actThing, aspect: aspHabit, lemma: "handle", passive: true},
		{text: "Cancelled orders are refunded within five days.", word: "refunded", actor: actThing, aspect: aspHabit, lemma: "refund", passive: true},
		{text: "Missed the bus again.", word: "missed", actor: actNone, aspect: aspNone, lemma: "miss"},
	})
}

// "Everything" or "something" after a verb of saying or seeing opens the
// clause said when an auxiliary follows before any subject: "I can honestly
// say | everything on our end was done right"; "I can see everything you
// sent us" sees a thing, whose verb is its own relative clause's.
func TestIndefiniteOpensTheClauseSaid(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "I can honestly say everything on our end was done right.", word: "done", actor: actThing, aspect: aspDone, lemma: "do", passive: true},
		{text: "I can see everything you sent us.", word: "see", actor: actAgent, aspect: aspCould, lemma: "see"},
	})
	checkReadings(t, []reading{
		{text: "I can honestly say everything on our end was done right, the e-tickets went out on time.", hasNot: []MarkerKind{MarkOwnsMistake}},
	})
}

// A past form before its noun inside a subject's phrase describes the noun:
// "refunds for cancelled events | go back". Triggering a refund is a step,
// so "yours has already been triggered" tells it done, not a thing already
// so before we came to it.
func TestDescribedNounInAPhraseAndTriggeredSteps(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Refunds for cancelled events go back to the original payment method.", word: "go", actor: actThing, aspect: aspHabit, lemma: "go"},
	})
	checkReadings(t, []reading{
		{text: "Refunds for cancelled events go back to the original payment method, and yours has already been triggered.", has: []MarkerKind{MarkConcreteAction}, hasNot: blame},
	})
}

// A semicolon parts two clauses even before a bare noun, which then opens
// its clause as a sentence's first word does: "asked to cancel on 2 July; |
// refunds close 14 days before the event".
func TestASemicolonPartsClauses(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "You asked to cancel on 2 July; refunds close 14 days before the event.", word: "close", actor: actThing, aspect: aspHabit, lemma: "close"},
		{text: "The charge is for the dog hair; pets aren't allowed under the terms.", word: "allowed", actor: actThing, aspect: aspHabit, lemma: "allow", passive: true},
	})
}

// One bare word with a phrase after it may open a sentence as its subject:
// "Notes from before March might not be in the backup" names no time to
// commit to.
func TestOneBareWordWithAPhrase(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Notes from before March might not be in the backup.", hasNot: []MarkerKind{MarkTimeCommitment}},
	})
	az := new(analyzer)
	az.readPhrases("Notes from before March might not be in the backup.")
	az.applyClauseRules()
	if c := az.clauses[0]; c.subj != 0 || c.actor != actThing {
		t.Errorf("subject token %d actor %d, want 0 and a thing", c.subj, c.actor)
	}
}
