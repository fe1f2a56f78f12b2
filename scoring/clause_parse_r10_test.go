package scoring

import (
	"strings"
	"testing"
)

// Clause readings of causes of misreading seen in round 10: where clauses
// start and end (fronted reasons, talk after "so", frames, reported
// clauses) and how verb groups read (helpers in clause_parse_test.go;
// subjects in clause_parse_r10_subject_test.go).

// TestFrontedReasonEndsAtMainClause: a clause of reason or time that opens
// the sentence ends at its comma when a bare noun subject follows ("because
// you booked the saver fare, | perks such as lounge access were ..."), and
// without a comma at a subject holding its own auxiliary; a relative clause
// without "that" stays inside the reason ("because that's the address | you
// saved" is one clause).
func TestFrontedReasonEndsAtMainClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Because you booked the saver fare, perks such as lounge access were never included.", word: "included", actor: actThing, aspect: aspDone, lemma: "include", passive: true},
		{text: "When you rang, engineers were already driving out.", word: "driving", actor: actAgent, aspect: aspDone, lemma: "drive"},
		{text: "Since you never returned the form it's been closed.", word: "closed", actor: actThing, aspect: aspDone, lemma: "close", passive: true},
		{text: "Since you never returned the form it's been closed.", word: "returned", actor: actCustomer, aspect: aspDone, lemma: "return"},
	})
	for _, tc := range []struct {
		text, word string
		causal     bool
	}{
		{"Because you booked the saver fare, perks such as lounge access were never included.", "perks", false},
		{"Because you booked the saver fare, perks such as lounge access were never included.", "booked", true},
		{"Since you never returned the form it's been closed.", "it's", false},
		{"It went to the old flat because that's the address you saved on the account.", "saved", true},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		if c.causal != tc.causal {
			t.Errorf("%q at %q: causal %v over %q, want %v", tc.text, tc.word, c.causal, spanText(az, c), tc.causal)
		}
	}
	checkReadings(t, []reading{
		{text: "As you picked the basic plan, extras such as offline viewing were never part of it.", has: blame},
		{text: "As you asked, refunds for this order go back to the original card.", hasNot: blame},
	})
}

// TestSoAndTalkOpenClause: "so" or "but" followed by words of talk ("yeah",
// "basically", "um", "like") and then a subject opens a clause of its own
// ("you chose the slow option so yeah | a fortnight is normal"), and the talk
// after "so," does not cut the subject from it.
func TestSoAndTalkOpenClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "you went for the cheapest courier so yeah a fortnight is normal", word: "went", actor: actCustomer, aspect: aspDone, lemma: "go"},
		{text: "you ordered the wrong size so like you'll need to send it back", word: "send", actor: actCustomer, aspect: aspWill, lemma: "send"},
		{text: "you never rang us so, um, the booking lapsed", word: "lapsed", actor: actThing, aspect: aspDone, lemma: "lapse"},
	})
	checkSpans(t, []spanWant{
		{"you went for the cheapest courier so yeah a fortnight is normal", "fortnight", "so yeah a fortnight is normal"},
		{"you never rang us so, um, the booking lapsed", "booking", "so the booking lapsed"},
		{"you left the lid open so basically the rain got in", "rain", "so basically the rain got in"},
	})
	checkReadings(t, []reading{
		{text: "you picked economy delivery so yeah ten days is about right, nothing i can do", has: blame},
		{text: "we sent it by the slow service so yeah that's on us, i've refunded the postage", hasNot: blame},
	})
}

// TestAndBeforeNewSubjectAndPast: after a clause that has had its verb,
// "and" before a determiner, a noun and a past opens a clause ("your cover
// ended in May | and the claim came in June"); two nouns of one subject
// ("the charger and the cable were faulty") and two objects ("we refunded
// the fee and the postage") stay whole.
func TestAndBeforeNewSubjectAndPast(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "your cover ended in May and the claim arrived in June", word: "arrived", actor: actThing, aspect: aspDone, lemma: "arrive"},
		{text: "the gate shut at ten and the driver was turned away", word: "turned", actor: actThird, aspect: aspDone, lemma: "turn", passive: true},
	})
	checkSpans(t, []spanWant{
		{"your cover ended in May and the claim arrived in June", "claim", "and the claim arrived in june"},
		{"the charger and the cable were both faulty", "cable", "the charger and the cable were both faulty"},
		{"we refunded the fee and the postage yesterday", "postage", "we refunded the fee and the postage yesterday"},
		{"maybe the payment cleared and the bank is holding it", "bank", "maybe the payment cleared and the bank is holding it"},
	})
	checkReadings(t, []reading{
		{text: "I rang the depot and the manager confirmed your slot", hasNot: blame},
		{text: "I checked the order and the courier lost it at the depot", has: blame},
	})
}

// TestTalkAfterSubordinatorAndFrameAfterPause: a subordinator followed by
// talk and a pause keeps the clause it opens ("because, um, | the form
// came in late" is one reason), and a frame such as "nine times out of
// ten" after a pause opens a clause of its own.
func TestTalkAfterSubordinatorAndFrameAfterPause(t *testing.T) {
	checkCausalSpans(t, []causalSpanWant{
		{"The claim was turned down because, um, the form came in late.", "form", true, "because the form came in late"},
		{"Dropping out like that, nine times out of ten it's the router.", "router", false, "nine times out of ten it's the router"},
	})
}

// TestPolitenessAndNoteOpeners: "I am afraid" said in full frames the
// clause as "I'm afraid" does, and "fyi" or "btw" is talk before it.
func TestPolitenessAndNoteOpeners(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "I am afraid the fault started at the supplier's warehouse.", word: "started", actor: actThing, aspect: aspDone, lemma: "start"},
		{text: "fyi the fee was on your last two statements", word: "fee", actor: actThing, aspect: aspDone},
		{text: "btw the engineer was there at nine", word: "engineer", actor: actAgent, aspect: aspDone},
	})
}

// TestWhDContractionInverts: "why'd", "how'd" hold the question word and
// "did": the subject follows, and the clause reads as "why did you ...".
func TestWhDContractionInverts(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "why'd you leave the gate open?", word: "leave", actor: actCustomer, aspect: aspDone, lemma: "leave"},
		{text: "how'd it end up in the bin?", word: "end", actor: actThing, aspect: aspDone, lemma: "end"},
	})
}

// TestDenyingSubjectAfterPause: after a pause, "none", "nothing" or
// "nobody" with a verb after it opens a clause ("...; none of your kit was
// at fault").
func TestDenyingSubjectAfterPause(t *testing.T) {
	for _, tc := range []struct{ text, word, span string }{
		{"The outage came from a card in our cabinet; none of your kit was at fault.", "kit", "none of your kit was at fault"},
		{"I looked, nobody from our side touched it", "nobody", "nobody from our side touched it"},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		if got := spanText(az, c); got != tc.span || !c.neg {
			t.Errorf("%q at %q: clause %q neg %v, want %q neg true", tc.text, tc.word, got, c.neg, tc.span)
		}
	}
}

// TestFrameAfterOpeningTalk: a frame ("what's happened is", "the problem
// is") still opens its sentence when talk comes first ("Right, so what's
// happened is | you've entered the old card"), and the clause after its
// "is" is a clause of its own.
func TestFrameAfterOpeningTalk(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Right, so what's happened is you've entered the old card number.", word: "entered", actor: actCustomer, aspect: aspDone, lemma: "enter"},
		{text: "Okay so basically the problem is you never confirmed the slot.", word: "confirmed", actor: actCustomer, aspect: aspDone, lemma: "confirm"},
	})
	checkReadings(t, []reading{
		{text: "Right, so what's happened here is you've typed the old postcode in at checkout.", has: blame},
	})
}

// TestSureTakesAClause: after "be sure", "be certain" or "be aware", a
// noun phrase with a verb opens the clause of what is held true ("you're
// sure | the form went in the post").
func TestSureTakesAClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "and you're sure the form went in the post?", word: "went", actor: actThing, aspect: aspDone, lemma: "go"},
		{text: "we're aware the fee applies", word: "applies", actor: actThing, aspect: aspPresent, lemma: "apply"},
		{text: "you're sure about the date", word: "date", actor: actCustomer, aspect: aspState},
	})
}

// TestTimePhraseIsNoClause: "till", "until" or "before" with a noun phrase
// and no verb of its own before a joining word is a phrase of time, not a
// clause ("leave returns till the last day and then wonder why"); a verb
// right after a determiner ("the last day") is an adjective, not that verb.
func TestTimePhraseIsNoClause(t *testing.T) {
	checkSpans(t, []spanWant{
		{"people leave returns till the last day and then panic", "day", "people leave returns till the last day and then panic"},
		{"it'll be fixed before your guests arrive", "guests", "before your guests arrive"},
	})
}

// TestHaveYetToIsNotDone: "has yet to" before a verb says it has not been
// done ("the courier has yet to collect it"): the verb after "to" is the
// main one, done and denied.
func TestHaveYetToIsNotDone(t *testing.T) {
	for _, text := range []string{"the courier has yet to collect it", "the bank has yet to release the funds"} {
		az, c := clauseOf(t, text, "yet")
		if c.verb < 0 || !c.neg || c.aspect != aspDone || c.actor != actThird {
			t.Errorf("%q: verb %d neg %v aspect %d actor %d over %q; want the verb after \"to\", denied, done, a third party", text, c.verb, c.neg, c.aspect, c.actor, spanText(az, c))
		}
	}
}

// TestRecordShowsObjectOrClause: after "the records show", a noun phrase
// with its own verb is a clause ("the logs show | the files were
// deleted"); one with none, or only a hyphenated compound ("a no-show"),
// is the verb's object.
func TestRecordShowsObjectOrClause(t *testing.T) {
	for _, tc := range []struct{ text, word, span string }{
		{"The venue's records show a no-show, and the ticket was void.", "records", "the venue's records show a no-show"},
		{"the logs show the files were deleted on Monday", "files", "the files were deleted on monday"},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		if got := spanText(az, c); got != strings.ReplaceAll(tc.span, "-", " ") {
			t.Errorf("%q at %q: clause %q, want %q", tc.text, tc.word, got, tc.span)
		}
	}
}

// TestGonnaAfterBe: "gonna" after be is "going to": the verb after it is
// the main verb, not a passive ("it was always gonna rain", "we're gonna
// refund it").
func TestGonnaAfterBe(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "we're gonna refund it today", word: "refund", actor: actAgent, aspect: aspWill, lemma: "refund"},
		{text: "it's gonna arrive tomorrow", word: "arrive", actor: actThing, aspect: aspWill, lemma: "arrive"},
	})
}

// TestSinceWithoutVerbIsTime: "since" before a noun phrase with no verb is
// a time ("restarted it since the update"), not a clause of reason; with a
// verb it opens one ("since the courier lost it").
func TestSinceWithoutVerbIsTime(t *testing.T) {
	checkCausalSpans(t, []causalSpanWant{
		{"you haven't restarted it since the update", "update", false, "you haven't restarted it since the update"},
		{"since the courier lost it we've sent another", "courier", true, "since the courier lost it"},
	})
}

// TestReasonFrameAfterOpeningTalk: "the reason ... is" without "that"
// opens the reason's clause also when talk comes first ("Okay so the
// reason it keeps dropping is | you haven't updated it").
func TestReasonFrameAfterOpeningTalk(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Okay so the reason it keeps dropping is you haven't updated the app.", word: "updated", actor: actCustomer, aspect: aspDone, lemma: "update"},
	})
}

// TestReportIsAVerbOfSaying: "report" takes a clause of what is said, as
// "say" does ("the driver reports | that the gate was locked"); as a noun
// or with an object it stays whole.
func TestReportIsAVerbOfSaying(t *testing.T) {
	checkSpans(t, []spanWant{
		{"Our driver reports that the gate was locked.", "gate", "that the gate was locked"},
		{"the courier reported the parcel was damaged", "parcel", "the parcel was damaged"},
		{"I'll report it to the courier.", "courier", "i'll report it to the courier"},
	})
}

// TestClearFrameWithoutThat: "it's clear", with or without the phrase that
// shows it ("from the photos"), takes a clause without "that" ("it's clear
// from the photos | the lid was cracked").
func TestClearFrameWithoutThat(t *testing.T) {
	checkSpans(t, []spanWant{
		{"It's clear from the photos the lid was cracked.", "lid", "the lid was cracked"},
		{"it's clear the courier lost it", "courier", "the courier lost it"},
		{"it's clear from the photos", "photos", "it's clear from the photos"},
	})
}

// causalSpanWant is the clause a test expects to hold word, and whether it
// gives a reason.
type causalSpanWant struct {
	text, word string
	causal     bool
	span       string
}

// checkCausalSpans reads each text and checks the words of the clause
// holding word, and whether that clause gives a reason.
func checkCausalSpans(t *testing.T, cases []causalSpanWant) {
	t.Helper()
	for _, tc := range cases {
		az, c := clauseOf(t, tc.text, tc.word)
		if got := spanText(az, c); got != tc.span || c.causal != tc.causal {
			t.Errorf("%q at %q: clause %q causal %v, want %q causal %v", tc.text, tc.word, got, c.causal, tc.span, tc.causal)
		}
	}
}

// An "-ing" form listed among the irregular verbs for its lemma ("chasing",
// "cancelling") is being done now, not a participle: no passive.
func TestListedIngFormsAreNoPassive(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "I'm chasing them for you.", word: "chasing", actor: actAgent, aspect: aspNow, lemma: "chase"},
		{text: "We're cancelling the old order now.", word: "cancelling", actor: actAgent, aspect: aspNow, lemma: "cancel"},
		{text: "The order was cancelled on Monday.", word: "cancelled", actor: actThing, aspect: aspDone, lemma: "cancel", passive: true},
	})
}

// "Are you sure" asks before its subject and frames the clause after it, as
// "you're sure" does.
func TestAreYouSureFramesAClause(t *testing.T) {
	checkSpans(t, []spanWant{
		{text: "Are you sure you didn't delete it?", word: "delete", span: "you didn't delete it"},
		{text: "You're sure the cheque went in?", word: "cheque", span: "the cheque went in"},
	})
}

// A past that the lexicon also reads as wrong ("expired") still tells an
// event, so "and" before a new subject after it starts a clause.
func TestAndAfterAPastReadAsWrong(t *testing.T) {
	checkSpans(t, []spanWant{
		{text: "The offer expired on the 3rd and the order was placed on the 5th.", word: "placed", span: "and the order was placed on the 5th"},
	})
}
