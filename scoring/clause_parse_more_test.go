package scoring

import "testing"

// More readings of how clauses are parsed: shared subjects, determiners,
// asides, questions and frames (helpers in clause_parse_test.go).

// TestIrregularPastSharesSubject: after "and", an irregular past is a second
// predicate of the subject before it ("they had it | and lost it"), as a
// regular one is; a noun after "and" is not.
func TestIrregularPastSharesSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The carrier had it for a week and lost it in the depot.", word: "lost", actor: actThird, aspect: aspDone, lemma: "lose"},
		{text: "The driver took the parcel and left it by the bins.", word: "left", actor: actThird, aspect: aspDone, lemma: "leave"},
		{text: "The courier brought the parcel and a letter.", word: "letter", actor: actThird, aspect: aspDone, lemma: "bring"},
	})
	checkReadings(t, []reading{
		{text: "Honestly, the courier had it for two days and lost it somewhere.", has: blame},
		{text: "Our engineer came out and fixed the line this morning.", hasNot: blame},
	})
}

// TestPassiveSharesSubject: after "and" or "but", be before a participle is
// a second predicate ("was not initiated by us | but was requested by the
// previous tenant"), with the subject before it.
func TestPassiveSharesSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The transfer was not stopped by us but was recalled by the sending bank.", word: "recalled", actor: actThing, aspect: aspDone, lemma: "recall", passive: true},
		{text: "The parcel arrived and was signed for by your neighbour.", word: "signed", actor: actThing, aspect: aspDone, lemma: "sign", passive: true},
		{text: "The parcel arrived and was late.", word: "late", actor: actThing, aspect: aspDone, lemma: "arrive"},
	})
	checkReadings(t, []reading{
		{text: "The order was not cancelled by us but was cancelled by the seller.", has: blame},
		{text: "The refund was approved and was sent to your card this morning.", hasNot: blame},
	})
}

// TestDemonstrativeBeforeNounAndPast: "that" or "this" before a noun and a
// past verb is a determiner ("that driver | left it outside", "this update |
// broke the app"); "that" before a verb is the subject itself ("that
// happened last week").
func TestDemonstrativeBeforeNounAndPast(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "That driver left it outside in the rain.", word: "left", actor: actThird, aspect: aspDone, lemma: "leave"},
		{text: "This update broke the app on older phones.", word: "broke", actor: actThing, aspect: aspDone, lemma: "break"},
		{text: "That decision sat with the airline.", word: "sat", actor: actThing, aspect: aspDone, lemma: "sit"},
		{text: "That happened last week.", word: "happened", actor: actThing, aspect: aspDone, lemma: "happen"},
		{text: "That missed payment is the problem.", word: "payment", actor: actThing, aspect: aspState},
	})
	checkReadings(t, []reading{
		{text: "That courier lost the parcel at the depot.", has: blame},
		{text: "That engineer fixed the line yesterday.", hasNot: blame},
	})
}

// TestBareNounWithPhraseSubject: a bare noun with a phrase after it and then
// a verb group is a subject ("claims for water damage | are assessed"); a
// verb before a phrase with no verb group after it is an order ("click on
// the link").
func TestBareNounWithPhraseSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Parcels with no safe place are returned to the depot.", word: "returned", actor: actThing, aspect: aspHabit, lemma: "return", passive: true},
		{text: "Files in the bin are deleted after 30 days.", word: "deleted", actor: actThing, aspect: aspHabit, lemma: "delete", passive: true},
		{text: "Click on the link we sent.", word: "click", actor: actNone, aspect: aspNone, lemma: "click"},
	})
	checkReadings(t, []reading{
		{text: "Claims for water damage are assessed within ten days.", hasNot: timeC},
		{text: "Your claim for water damage will be assessed within ten days.", has: timeC},
	})
}

// TestRelativeAndWhateverSubjectsReachTheirVerb: a subject's relative clause
// ends at an irregular past ("the engineer who visited on Monday | found"),
// "whatever" takes a phrase headed by a party of the company ("whatever the
// agent promised you | wasn't authorised"), and "going to" before a noun is
// movement, not a future ("the emails were going to your junk folder").
func TestRelativeAndWhateverSubjectsReachTheirVerb(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The engineer who visited on Monday found a loose cable.", word: "found", actor: actAgent, aspect: aspDone, lemma: "find"},
		{text: "Whatever the agent promised you on the phone wasn't authorised by us.", word: "authorised", actor: actThing, aspect: aspDone, lemma: "authorise", passive: true},
		{text: "The emails were going to your junk folder the whole time.", word: "going", actor: actThing, aspect: aspDone, lemma: "go"},
		{text: "The parcel is going to arrive on Friday.", word: "arrive", actor: actThing, aspect: aspWill, lemma: "arrive"},
	})
}

// TestConditionWithNounPhraseInverted: "had the card been reported" is a
// condition with its auxiliary before a noun phrase subject, as "had you
// reported it" is with a pronoun; "had the money" is no condition.
func TestConditionWithNounPhraseInverted(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Had the meter been read in March, the bill would have been lower.", word: "read", actor: actThing, aspect: aspDone, lemma: "read", passive: true},
		{text: "We had the money back by Friday.", word: "money", actor: actAgent, aspect: aspDone, lemma: "have"},
	})
	for _, tc := range []struct {
		text, word string
		cond       bool
	}{
		{"Had the form been signed, the claim would have gone through.", "signed", true},
		{"Had the card been reported lost sooner, we could have stopped it.", "reported", true},
		{"Had a look at your account this morning.", "look", false},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		if c.cond != tc.cond {
			t.Errorf("%q: cond %v over %q, want %v", tc.text, c.cond, spanText(az, c), tc.cond)
		}
	}
	checkReadings(t, []reading{
		{text: "Had the direct debit been set up, the account wouldn't have lapsed.", has: blame},
		{text: "Had our engineer been free, we'd have come out today.", hasNot: blame},
	})
}

// TestReportedClauseWithoutThat: after a verb of knowing or showing, a noun
// phrase with an auxiliary after it is a clause of its own ("the photos
// clearly show | the screen was cracked", "I can confirm | the refund has
// gone through"); a noun phrase that is the verb's object ("we'll show the
// driver the way"), a planned report ("to confirm the recall is complete")
// and quoted words are not.
func TestReportedClauseWithoutThat(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The photos clearly show the screen was cracked.", word: "cracked", actor: actThing, aspect: aspDone, lemma: "crack", passive: true},
		{text: "The damage suggests the phone was dropped.", word: "dropped", actor: actThing, aspect: aspDone, lemma: "drop", passive: true},
		{text: "We'll show the driver the way.", word: "driver", actor: actAgent, aspect: aspWill, lemma: "show"},
		{text: "I'll call on Friday to confirm the recall is complete.", word: "recall", actor: actAgent, aspect: aspWill, lemma: "call"},
	})
	checkReadings(t, []reading{
		{text: "I can confirm the refund has gone through.", has: step},
		{text: "I'll ring you tomorrow to confirm the refund has gone through.", hasNot: step},
	})
}

// TestSubjectAfterAdverbAndInsidePhrase: an "-ly" adverb before the subject
// colours the clause and is not its subject ("clearly | the parcel wasn't
// checked"); a noun after a determiner is no verb ("of the emails"), and a
// relative clause inside a phrase of the subject runs to the verb group
// ("every one of the emails we sent | was opened"). "just" before a noun
// phrase stays where it was.
func TestSubjectAfterAdverbAndInsidePhrase(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Clearly the box wasn't checked when it arrived.", word: "checked", actor: actThing, aspect: aspDone, lemma: "check", passive: true},
		{text: "Evidently your card was cancelled before the payment date.", word: "cancelled", actor: actThing, aspect: aspDone, lemma: "cancel", passive: true},
		{text: "Every one of the emails we sent was opened on your account.", word: "opened", actor: actThing, aspect: aspDone, lemma: "open", passive: true},
	})
	checkReadings(t, []reading{
		{text: "Clearly the parcel wasn't checked when it arrived.", has: blame},
		{text: "Just the one charge went through.", hasNot: step},
	})
}

// TestSubjectHoldsConditionAside: a condition or a time between commas
// inside a subject ("the tickets, once printed, | can't be exchanged") is
// passed over to the verb group; after a clause with its own verb, ", once
// you asked," stays a clause of its own.
func TestSubjectHoldsConditionAside(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The vouchers, once issued, can't be refunded.", word: "refunded", actor: actThing, aspect: aspCould, lemma: "refund", passive: true},
		{text: "The parcel, when it arrived, had already been opened.", word: "opened", actor: actThing, aspect: aspDone, lemma: "open", passive: true},
		{text: "We sent the code, once you asked, and it expired.", word: "asked", actor: actCustomer, aspect: aspDone, lemma: "ask"},
	})
	checkReadings(t, []reading{
		{text: "Your card, if lost, must be reported to us straight away.", has: blame},
		{text: "Your refund, once approved, will be sent to your card.", hasNot: blame},
	})
}

// TestThirdPartyPossessorOwnsTheTeam: staff named with a third party's "'s"
// are that party's ("the bank's fraud team" is the bank's, as "your IT team"
// is yours); "our courier's team" stays ours.
func TestThirdPartyPossessorOwnsTheTeam(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The bank's fraud team froze the card.", word: "froze", actor: actThird, aspect: aspDone, lemma: "freeze"},
		{text: "The courier's depot staff lost the parcel.", word: "lost", actor: actThird, aspect: aspDone, lemma: "lose"},
		{text: "Our courier's team lost the parcel.", word: "lost", actor: actAgent, aspect: aspDone, lemma: "lose"},
		{text: "The support team lost the parcel.", word: "lost", actor: actAgent, aspect: aspDone, lemma: "lose"},
	})
	checkReadings(t, []reading{
		{text: "The airline's ground staff lost your bag at Heathrow.", has: blame, hasNot: owns},
		{text: "Our delivery team lost your bag at the depot.", has: owns, hasNot: blame},
	})
}

// TestSeemToWrapsTheVerb: "seem to" or "appear to" before a verb wraps it,
// said as a supposition ("the courier appears to have left it"), where
// "seems fair" is a linking verb.
func TestSeemToWrapsTheVerb(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The courier appears to have left it at the wrong address.", word: "left", actor: actThird, aspect: aspDone, lemma: "leave"},
		{text: "You seem to have entered the old card number.", word: "entered", actor: actCustomer, aspect: aspDone, lemma: "enter"},
		{text: "That seems fair to me.", word: "seems", actor: actThing, aspect: aspPresent, lemma: "seem"},
	})
	az, c := clauseOf(t, "The refund appears to have gone through.", "gone")
	if !c.hedged {
		t.Errorf("\"appears to have gone\" is a supposition; got %q not hedged", spanText(az, c))
	}
	checkReadings(t, []reading{
		{text: "Your son seems to have found the purchase button again.", has: blame},
		{text: "The refund appears to have gone through this morning.", hasNot: blame},
	})
}

// TestTypedYouIsTheCustomer: "u" and "ya", typed or said for "you", are the
// customer as subject ("u put the wrong postcode in").
func TestTypedYouIsTheCustomer(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "u put the wrong postcode in, that's why it went to leeds", word: "put", actor: actCustomer, aspect: aspDone, lemma: "put"},
		{text: "Ya ordered the small one.", word: "ordered", actor: actCustomer, aspect: aspDone, lemma: "order"},
		{text: "The U-bend was blocked.", word: "blocked", actor: actThing, aspect: aspDone, lemma: "block", passive: true},
	})
	checkReadings(t, []reading{
		{text: "u typed the wrong email in so the code never came", has: blame},
		{text: "thanks, i'll sort it for u now", hasNot: blame},
	})
}

// TestRelativeWithoutThatAndReportAcrossPhrase: a relative clause without
// "that" inside a subject ends at the subject's own verb even with no
// auxiliary ("the photos you sent | show", "the parcel you ordered |
// arrived"); a verb of knowing still reports past a short phrase ("we can
// see from the logs | that ..."); "either" before a subject is passed over.
func TestRelativeWithoutThatAndReportAcrossPhrase(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The photos you sent show a cracked screen.", word: "show", actor: actThing, aspect: aspPresent, lemma: "show"},
		{text: "The parcel you ordered arrived yesterday.", word: "arrived", actor: actThing, aspect: aspDone, lemma: "arrive"},
		{text: "We can see from the logs that the account was accessed from your network.", word: "accessed", actor: actThing, aspect: aspDone, lemma: "access", passive: true},
		{text: "Either the code was mistyped or it had run out.", word: "mistyped", actor: actThing, aspect: aspDone, lemma: "mistype", passive: true},
		{text: "The money you paid for delivery has gone back to your card.", word: "gone", actor: actThing, aspect: aspDone, lemma: "go"},
		{text: "We can talk to the courier for you.", word: "talk", actor: actAgent, aspect: aspCould, lemma: "talk"},
	})
}

// TestSubjectHoldsInfinitiveAndStrandedRelative: a noun's "to" and its verb
// phrase are part of the subject ("your decision to switch off auto-renew |
// is why ..."), as is a relative clause whose preposition comes last ("the
// cloud provider we host on | had"); "the refund to your card" is a phrase,
// and "a letter to confirm this" with no verb group after is no subject.
func TestSubjectHoldsInfinitiveAndStrandedRelative(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The decision to cancel the policy was taken last week.", word: "taken", actor: actThing, aspect: aspDone, lemma: "take", passive: true},
		{text: "Any failure to receive the notice must be ascribed to your spam filter.", word: "ascribed", actor: actThing, aspect: aspMust, lemma: "ascribe", passive: true},
		{text: "The cloud provider we host on had a regional failure.", word: "had", actor: actThird, aspect: aspDone, lemma: "have"},
		{text: "The refund to your card has been processed.", word: "processed", actor: actThing, aspect: aspDone, lemma: "process", passive: true},
	})
	checkReadings(t, []reading{
		{text: "Your decision to switch off auto-renew is why the cover lapsed.", has: blame},
		{text: "Our decision to waive the fee is final, so there's nothing more to pay.", hasNot: blame},
	})
}

// TestQuestionWithNounPhraseSubject: in a question whose auxiliary comes
// first, a base verb after the noun phrase is the main verb ("did the
// courier | leave a card?"), not part of the subject; "has the refund
// cleared" reads as before.
func TestQuestionWithNounPhraseSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Didn't the confirmation say the 14th?", word: "say", actor: actThing, aspect: aspDone, lemma: "say"},
		{text: "Did your bank block the payment?", word: "block", actor: actThird, aspect: aspDone, lemma: "block"},
		{text: "Does the app need an update?", word: "need", actor: actThing, aspect: aspPresent, lemma: "need"},
		{text: "Has the refund cleared yet?", word: "cleared", actor: actThing, aspect: aspDone, lemma: "clear"},
	})
	checkReadings(t, []reading{
		{text: "Did the courier leave a card?", hasNot: blame},
	})
}

// TestClauseOfWhenRunsIntoMainClause: "last time" or "every time" opens a
// clause of when, and a clause of when or a condition said without a comma
// ends where a pronoun and its verb open the main clause ("last time this
// happened | it turned out to be ..."); an object pronoun ("if you told
// them it was broken") does not end it.
func TestClauseOfWhenRunsIntoMainClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Last time this happened it turned out to be a loose cable.", word: "cable", actor: actThing, aspect: aspDone},
		{text: "If he moved the router it would explain the drop-outs.", word: "explain", actor: actThing, aspect: aspWould, lemma: "explain"},
	})
	for _, tc := range []struct {
		text, word     string
		temporal, cond bool
	}{
		{"Last time this happened it turned out to be a loose cable.", "happened", true, false},
		{"Last time this happened it turned out to be a loose cable.", "turned", false, false},
		{"If you told them it was broken they should have replaced it.", "broken", false, true},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		if c.temporal != tc.temporal || c.cond != tc.cond {
			t.Errorf("%q at %q: temporal %v cond %v over %q, want %v %v", tc.text, tc.word, c.temporal, c.cond, spanText(az, c), tc.temporal, tc.cond)
		}
	}
	checkReadings(t, []reading{
		{text: "Last time this happened it turned out to be your neighbour's baby monitor.", has: blame},
		{text: "Last time this happened it turned out to be our exchange, and we fixed it.", hasNot: blame},
	})
}

// TestOpenerAfterCommaAndJustThatFrame: after a comma, a discourse opener
// with a subject after it opens a clause ("it's annoying, | however the
// payment was stopped"); "it's just that" frames the clause after "that"
// as "it is clear that" does. "however you like" opens nothing.
func TestOpenerAfterCommaAndJustThatFrame(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "I know it's annoying, however the payment was stopped by your bank.", word: "stopped", actor: actThing, aspect: aspDone, lemma: "stop", passive: true},
		{text: "Sorry, it's just that the instructions said to leave it outside.", word: "said", actor: actThing, aspect: aspDone, lemma: "say"},
		{text: "You can pay however you like.", word: "like", actor: actCustomer, aspect: aspCould, lemma: "pay"},
	})
	checkReadings(t, []reading{
		{text: "I know it's annoying, however the payment was stopped by your own bank.", has: blame},
		{text: "I know it's annoying, however the refund has now been sent.", hasNot: blame},
	})
}

// TestSamePastBeforePhrase: a past that is its own base ("cut", "put")
// after the subject's noun is its verb before a phrase with no verb group
// after it ("the roadworks cut through the fibre", "someone in your house
// put in the wrong PIN"); "the power cut on Tuesday was ..." is a noun.
func TestSamePastBeforePhrase(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The builders next door cut through our cable.", word: "cut", actor: actThing, aspect: aspDone, lemma: "cut"},
		{text: "Someone in your house put in the wrong PIN.", word: "put", actor: actThird, aspect: aspDone, lemma: "put"},
		{text: "The power cut on Tuesday was caused by a fault at the substation.", word: "caused", actor: actThing, aspect: aspDone, lemma: "cause", passive: true},
	})
	checkReadings(t, []reading{
		{text: "Thanks for waiting, the council's roadworks cut through the fibre.", hasNot: step},
		{text: "Someone in your house put in the wrong PIN three times.", has: blame},
	})
}

// TestOneWordPhraseBeforePast: a phrase of one plain word after the
// subject's noun ("someone at home", "the drop in service") is part of the
// subject, and the past after it is the verb.
func TestOneWordPhraseBeforePast(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Someone at home signed for it.", word: "signed", actor: actThird, aspect: aspDone, lemma: "sign"},
		{text: "The drop in service coincided with building work.", word: "coincided", actor: actThing, aspect: aspDone, lemma: "coincide"},
		{text: "The parcel in the picture is not ours.", word: "picture", actor: actThing, aspect: aspState},
	})
}

// TestGroundsThatOpensReason: "on the basis that" or "on the grounds that"
// opens a clause giving the reason ("rejected on the grounds | that the form
// was not signed"); "the basis of the claim" opens none.
func TestGroundsThatOpensReason(t *testing.T) {
	az, c := clauseOf(t, "The claim was rejected on the grounds that the form was not signed.", "signed")
	if !c.causal || c.lemma != "sign" || !c.neg || !c.passive {
		t.Errorf("the reason after \"on the grounds that\": got %q causal %v lemma %q", spanText(az, c), c.causal, c.lemma)
	}
	checkParses(t, []parseWant{
		{text: "The basis of the claim was the missing photos.", word: "photos", actor: actThing, aspect: aspDone},
	})
	checkReadings(t, []reading{
		{text: "The claim was rejected on the grounds that the form was not signed.", has: blame},
		{text: "We upheld the claim on the grounds that our engineer missed the fault.", hasNot: blame},
	})
}

// TestPossessiveBeforePluralNoun: after a possessive, a word in -s is a
// noun ("the driver's notes say"), not the verb.
func TestPossessiveBeforePluralNoun(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "As the driver's notes say, it was left with a neighbour.", word: "notes", actor: actThird, aspect: aspPresent, lemma: "say"},
		{text: "The engineer's reports confirm the fault was inside your property.", word: "reports", actor: actThing, aspect: aspPresent, lemma: "confirm"},
		{text: "The driver notes every delivery.", word: "notes", actor: actThird, aspect: aspPresent, lemma: "note"},
	})
}

// TestMomentOpensClauseOfWhen: "the moment" or "the second" before a
// subject opens a clause of when ("the moment it left our depot | it became
// ..."); "the minute details" is a noun phrase.
func TestMomentOpensClauseOfWhen(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The moment it left our depot it became the courier's job.", word: "became", actor: actThing, aspect: aspDone, lemma: "become"},
		{text: "The second you clicked confirm, the order was locked in.", word: "clicked", actor: actCustomer, aspect: aspDone, lemma: "click"},
		{text: "The minute details are in the email.", word: "details", actor: actThing, aspect: aspState},
	})
	az, c := clauseOf(t, "The moment it left our depot it became the courier's job.", "left")
	if !c.temporal {
		t.Errorf("\"the moment it left our depot\" says when; got %q", spanText(az, c))
	}
}

// TestUnsaidIAndPlainPast: a verb of guessing opening a sentence is the
// agent's guess with "I" left unsaid ("Bet your little one hit the
// button"); "hit", "put", "cut" after a singular subject are past, since
// the present would end in -s, and after a plural may be either.
func TestUnsaidIAndPlainPast(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Your son hit the buy button twice.", word: "hit", actor: actThird, aspect: aspDone, lemma: "hit"},
		{text: "Someone put it in the recycling.", word: "put", actor: actThird, aspect: aspDone, lemma: "put"},
		{text: "The kids hit the button every time.", word: "hit", actor: actThird, aspect: aspPresent, lemma: "hit"},
	})
	checkReadings(t, []reading{
		{text: "Bet your little one hit the buy button again.", has: blame},
		{text: "Guess what, your refund has gone through.", hasNot: blame},
	})
}

// TestMorePhrasesBeforeSubjectAndSecondThat: "under", "despite" open a
// phrase before the subject as prepositions do ("despite the reminders |
// the payment was never made"), but a relative clause inside the phrase
// ("under the terms you agreed, ...") is not the subject; "and that" opens a
// second reported clause whose subject follows "that".
func TestMorePhrasesBeforeSubjectAndSecondThat(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Despite the reminders the payment was never made.", word: "made", actor: actThing, aspect: aspDone, lemma: "make", passive: true},
		{text: "Under their policy a no-show forfeits the whole stay.", word: "forfeits", actor: actThing, aspect: aspPresent, lemma: "forfeit"},
		{text: "Under the terms you agreed, the deposit is kept.", word: "agreed", actor: actNone, aspect: aspNone, lemma: ""},
		{text: "We confirm that the parcel arrived and that it was signed for.", word: "signed", actor: actThing, aspect: aspDone, lemma: "sign", passive: true},
	})
}

// TestThirdPartysOwnThing: a thing named with a third party's "'s" is that
// party's ("the courier's van broke down"), where ours ("our courier's
// van"), the customer's ("your bank's app") and a refund or a rule ("the
// bank's refund") keep their reading.
func TestThirdPartysOwnThing(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The courier's van broke down on the motorway.", word: "broke", actor: actThird, aspect: aspDone, lemma: "break"},
		{text: "The bank's refund will reach you on Friday.", word: "reach", actor: actThing, aspect: aspWill, lemma: "reach"},
	})
	checkReadings(t, []reading{
		{text: "The airline's app double-charged you.", has: blame},
		{text: "Our courier's van broke down, so your parcel is late.", has: owns, hasNot: blame},
	})
}

// TestNeitherIsADeniedSubject: "neither" is a subject that denies, as
// "nothing" is, and may carry a phrase ("neither of the emails we sent |
// was answered").
func TestNeitherIsADeniedSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Neither of the emails we sent was answered.", word: "answered", actor: actThing, aspect: aspDone, lemma: "answer", passive: true},
		{text: "Neither reminder was opened.", word: "opened", actor: actThing, aspect: aspDone, lemma: "open", passive: true},
	})
	az, c := clauseOf(t, "Neither reminder was opened.", "opened")
	if !c.neg {
		t.Errorf("\"neither reminder was opened\" is denied; got %q", spanText(az, c))
	}
	checkReadings(t, []reading{
		{text: "Neither of the forms we sent was returned.", has: blame},
	})
}
