package scoring

import (
	"strings"
	"testing"
)

// Clause readings of causes of misreading seen in round 10: fronted reasons,
// discourse words after "so", clipped subjects and contractions (helpers in
// clause_parse_test.go).

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
	for _, tc := range []struct{ text, word, span string }{
		{"you went for the cheapest courier so yeah a fortnight is normal", "fortnight", "so yeah a fortnight is normal"},
		{"you never rang us so, um, the booking lapsed", "booking", "so um the booking lapsed"},
		{"you left the lid open so basically the rain got in", "rain", "so basically the rain got in"},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		if got := spanText(az, c); got != tc.span {
			t.Errorf("%q at %q: clause %q, want %q", tc.text, tc.word, got, tc.span)
		}
	}
	checkReadings(t, []reading{
		{text: "you picked economy delivery so yeah ten days is about right, nothing i can do", has: blame},
		{text: "we sent it by the slow service so yeah that's on us, i've refunded the postage", hasNot: blame},
	})
}

// TestClippedSubjectOpensSentence: clipped speech drops the determiner
// ("Fence came down in the night", "Meter shows you used it"): a sentence's
// first word that is no verb, directly followed by a past form or a verb
// of showing in -s, is the subject. A verb that opens a sentence stays an
// order, and "yep" is talk before the clause, not its subject.
func TestClippedSubjectOpensSentence(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Shutter closed at six sharp.", word: "closed", actor: actThing, aspect: aspDone, lemma: "close"},
		{text: "Meter shows you used the heating all night.", word: "shows", actor: actThing, aspect: aspPresent, lemma: "show"},
		{text: "Footage showed you leaving the bag on the seat.", word: "showed", actor: actThing, aspect: aspDone, lemma: "show"},
		{text: "Click the link below.", word: "click", actor: actNone, aspect: aspNone, lemma: "click"},
	})
	for _, tc := range []struct{ text, word, subj string }{
		{"Shutter closed at six sharp.", "closed", "shutter"},
		{"Yeah, barrier closed at ten.", "closed", "barrier"},
		{"Yep, the courier lost it.", "lost", "the"},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		if c.subj < 0 || az.tok.key(az.tok.toks[c.subj]) != tc.subj {
			t.Errorf("%q at %q: subject at %d over %q, want %q", tc.text, tc.word, c.subj, spanText(az, c), tc.subj)
		}
	}
	checkReadings(t, []reading{
		{text: "Yep, sorted.", has: []MarkerKind{MarkConcreteAction}},
		{text: "Footage shows you dropping the handset on the tiles.", has: blame},
	})
}

// TestIngActEndsSubject: an -ing verb with an object after a subject's noun
// is that noun's act, seen or shown ("we saw | your daughter deleting the
// account"); before a noun it describes the noun ("your phone charging
// cable"), and before a later verb group it is inside the subject ("the
// driver leaving it outside | was the problem").
func TestIngActEndsSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Our logs showed your daughter deleting the account.", word: "deleting", actor: actThird, aspect: aspNone, lemma: "delete"},
		{text: "We saw your son dropping the tablet on the stairs.", word: "dropping", actor: actThird, aspect: aspNone, lemma: "drop"},
		{text: "Your phone charging cable is faulty.", word: "cable", actor: actThing, aspect: aspState},
	})
	for _, tc := range []struct{ text, word, span string }{
		{"We saw your son dropping the tablet on the stairs.", "son", "your son dropping the tablet on the stairs"},
		{"The driver leaving it outside was the problem.", "driver", "the driver leaving it outside was the problem"},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		if got := spanText(az, c); got != tc.span {
			t.Errorf("%q at %q: clause %q, want %q", tc.text, tc.word, got, tc.span)
		}
	}
	checkReadings(t, []reading{
		{text: "The recording shows your husband deleting the backup.", has: blame},
	})
}

// TestElseNarrowsPronoun: "else" after a pronoun is part of the subject
// ("somebody else was using it"), "else's" makes a possessive ("someone
// else's login was used"), and after a question word the auxiliary still
// comes before the subject ("what else did you try?").
func TestElseNarrowsPronoun(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "somebody else was using the account", word: "using", actor: actThird, aspect: aspDone, lemma: "use"},
		{text: "everyone else got the update on time", word: "got", actor: actThing, aspect: aspDone, lemma: "get"},
		{text: "someone else's login was used at midnight", word: "used", actor: actThing, aspect: aspDone, lemma: "use", passive: true},
		{text: "what else did you try?", word: "try", actor: actCustomer, aspect: aspDone, lemma: "try"},
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
	for _, tc := range []struct{ text, word, span string }{
		{"your cover ended in May and the claim arrived in June", "claim", "and the claim arrived in june"},
		{"the charger and the cable were both faulty", "cable", "the charger and the cable were both faulty"},
		{"we refunded the fee and the postage yesterday", "postage", "we refunded the fee and the postage yesterday"},
		{"maybe the payment cleared and the bank is holding it", "bank", "maybe the payment cleared and the bank is holding it"},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		if got := spanText(az, c); got != tc.span {
			t.Errorf("%q at %q: clause %q, want %q", tc.text, tc.word, got, tc.span)
		}
	}
	checkReadings(t, []reading{
		{text: "I rang the depot and the manager confirmed your slot", hasNot: blame},
		{text: "I checked the order and the courier lost it at the depot", has: blame},
	})
}

// TestApostropheSAfterPlainNoun: after a noun the lexicon does not know,
// "'s" is "is" before an -ing verb that does not describe a noun ("the
// app's freezing on start-up", "streaming's stuttering"), before "down to"
// and before a word that says a thing works; before a noun it stays a
// possessive ("your son's gaming headset"). A hyphenated noun keeps its
// "'s" ("the mix-up's all down to the depot").
func TestApostropheSAfterPlainNoun(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "the app's crashing on start-up", word: "crashing", actor: actThing, aspect: aspNow, lemma: "crash"},
		{text: "streaming's buffering on every channel", word: "buffering", actor: actThing, aspect: aspNow, lemma: "buffer"},
		{text: "broadband's down to the exchange", word: "exchange", actor: actThing, aspect: aspState},
		{text: "the sign-up's all down to the website", word: "website", actor: actThing, aspect: aspState},
		{text: "your son's gaming headset is broken", word: "headset", actor: actThing, aspect: aspState},
	})
	for _, tc := range []struct{ text, word, subj string }{
		{"streaming's buffering on every channel", "buffering", "streaming's"},
		{"where's the parcel now", "parcel", ""},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		got := ""
		if c.subj >= 0 {
			got = az.tok.key(az.tok.toks[c.subj])
		}
		if got != tc.subj {
			t.Errorf("%q at %q: subject %q over %q, want %q", tc.text, tc.word, got, spanText(az, c), tc.subj)
		}
	}
}

// TestTalkAfterSubordinatorAndFrameAfterPause: a subordinator followed by
// talk and a pause keeps the clause it opens ("because, um, | the form
// came in late" is one reason), and a frame such as "nine times out of
// ten" after a pause opens a clause of its own.
func TestTalkAfterSubordinatorAndFrameAfterPause(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		causal     bool
		span       string
	}{
		{"The claim was turned down because, um, the form came in late.", "form", true, "because um the form came in late"},
		{"Dropping out like that, nine times out of ten it's the router.", "router", false, "nine times out of ten it's the router"},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		if got := spanText(az, c); got != tc.span || c.causal != tc.causal {
			t.Errorf("%q at %q: clause %q causal %v, want %q causal %v", tc.text, tc.word, got, c.causal, tc.span, tc.causal)
		}
	}
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

// TestPluralYouIsOneSubject: "you guys", "you lot" are the customer as a
// subject; the word after "you" is no verb.
func TestPluralYouIsOneSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "you guys need to ring the surgery, not us", word: "ring", actor: actCustomer, aspect: aspMust, lemma: "ring"},
		{text: "you lot ticked the wrong box", word: "ticked", actor: actCustomer, aspect: aspDone, lemma: "tick"},
	})
	checkReadings(t, []reading{
		{text: "you guys need to chase the landlord for that, not us", has: blame},
	})
}

// TestBareParticipleBeforeBe: a participle right after the subject's noun
// and right before be modifies the noun ("the cable supplied | was not
// ours"); the clause's verb group is the be after it.
func TestBareParticipleBeforeBe(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The cable supplied was not the one in the box.", word: "cable", actor: actThing, aspect: aspDone},
		{text: "The address entered was replaced by the system.", word: "replaced", actor: actThing, aspect: aspDone, lemma: "replace", passive: true},
	})
	for _, tc := range []struct{ text, word, span string }{
		{"The cable supplied was not the one in the box.", "cable", "the cable supplied was not the one in the box"},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		if got := spanText(az, c); got != tc.span || !c.neg {
			t.Errorf("%q at %q: clause %q neg %v, want %q neg true", tc.text, tc.word, got, c.neg, tc.span)
		}
	}
}

// TestAroseIsAPast: "arose" is the past of "arise", so "this problem
// arose from ..." has its verb.
func TestAroseIsAPast(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "This problem arose from the missing meter reading.", word: "arose", actor: actThing, aspect: aspDone, lemma: "arise"},
	})
}

// TestShareOfNounPhraseOpensClause: a share ("half", "loads of") before a
// determiner opens a clause after a pause and heads a subject whose
// determiner says whose it is ("..., half our drivers were stuck": the
// company's drivers).
func TestShareOfNounPhraseOpensClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "it's the snow, half our vans were stuck on the motorway", word: "vans", actor: actAgent, aspect: aspDone},
		{text: "sorry, half the street lost power overnight", word: "lost", actor: actThing, aspect: aspDone, lemma: "lose"},
	})
	for _, tc := range []struct{ text, word, span string }{
		{"it's the snow, half our vans were stuck on the motorway", "vans", "half our vans were stuck on the motorway"},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		if got := spanText(az, c); got != tc.span {
			t.Errorf("%q at %q: clause %q, want %q", tc.text, tc.word, got, tc.span)
		}
	}
}

// TestNounVerbAsOrder: a word that is a noun and a verb, at the head of its
// clause with its object after it, is an order ("Refund the difference to
// her card"), with no subject; before a plain noun it is part of the
// subject ("Refund times are on the receipt").
func TestNounVerbAsOrder(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Refund the difference to her card.", word: "refund", actor: actNone, aspect: aspNone, lemma: "refund"},
		{text: "Order the part today.", word: "order", actor: actNone, aspect: aspNone, lemma: "order"},
		{text: "Refund processed.", word: "processed", actor: actThing, aspect: aspDone, lemma: "process"},
		{text: "Refund times are on the receipt.", word: "refund", actor: actThing, aspect: aspHabit},
	})
}

// TestPluralHeadReachesVerbPastPhrase: a base verb after a phrase inside a
// subject whose head is plural is the subject's verb ("the photos from the
// handover | show it was clean"), when it takes an object or ends before
// what it shows; a noun of the phrase is not ("the charges for delivery
// service are fixed").
func TestPluralHeadReachesVerbPastPhrase(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "and the photos from the handover show it was clean", word: "show", actor: actThing, aspect: aspPresent, lemma: "show"},
		{text: "the readings from your meter suggest you used more", word: "suggest", actor: actThing, aspect: aspPresent, lemma: "suggest"},
		{text: "the charges for delivery service are fixed", word: "fixed", actor: actThing, aspect: aspDone, lemma: "fix", passive: true},
	})
}

// TestGerundSubjectBeforePresentVerb: a gerund's phrase is the subject of
// a present verb in -s that follows it ("and putting that right | falls to
// us"), also when the -ing form is one the lists spell out ("putting",
// "ringing"); an object pronoun after the gerund is its object, never the
// subject of a relative clause ("ringing us was the right call").
func TestGerundSubjectBeforePresentVerb(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "and putting that right falls to our team", word: "falls", actor: actThing, aspect: aspPresent, lemma: "falls"},
		{text: "Fixing the leak takes a plumber a day.", word: "takes", actor: actThing, aspect: aspPresent, lemma: "take"},
		{text: "Ringing us was the right call.", word: "call", actor: actThing, aspect: aspDone},
		{text: "Checking the bills shows a gap.", word: "shows", actor: actThing, aspect: aspHabit, lemma: "show"},
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

// TestWhichBeforeNounPhraseIsObject: "which" before a determiner is the
// object of its clause, and the noun phrase after it the subject ("...,
// which our engineer has replaced": the engineer replaced it).
func TestWhichBeforeNounPhraseIsObject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The fault was a worn cable, which our engineer has replaced.", word: "replaced", actor: actAgent, aspect: aspDone, lemma: "replace"},
		{text: "The fault was in the handset, which your son dropped.", word: "dropped", actor: actThird, aspect: aspDone, lemma: "drop"},
	})
}

// TestKidAndSurgeryAreThirdParties: a kid or child of the customer's, and
// a GP surgery, are parties of their own, as "kids" and "clinic" are.
func TestKidAndSurgeryAreThirdParties(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Your kid's been pressing the buttons.", word: "pressing", actor: actThird, aspect: aspNow, lemma: "press"},
		{text: "The surgery lost the form.", word: "lost", actor: actThird, aspect: aspDone, lemma: "lose"},
	})
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

// TestThemAsThose: "them" before a noun and a verb group says "those"
// ("Them boxes were left out in the rain"): the noun is the subject, a
// thing; after a verb "them" stays the object ("I told them shoes were
// final sale").
func TestThemAsThose(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Them boxes were left out in the rain.", word: "left", actor: actThing, aspect: aspDone, lemma: "leave", passive: true},
		{text: "I told them shoes were final sale.", word: "told", actor: actAgent, aspect: aspDone, lemma: "tell"},
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

// TestNumberCountsItsNoun: a number word before a noun and a verb counts
// the noun ("Two emails went to your junk folder", "Four hundred people
// got it"): the noun is no verb in -s, and "hundred" is no past form.
func TestNumberCountsItsNoun(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Two emails went to your junk folder.", word: "went", actor: actThing, aspect: aspDone, lemma: "go"},
		{text: "Four hundred people got the same letter.", word: "got", actor: actCustomers, aspect: aspDone, lemma: "get"},
		{text: "A hundred euros was taken.", word: "taken", actor: actThing, aspect: aspDone, lemma: "take", passive: true},
	})
}

// TestItsBeforeNounIsPossessive: "its" before a noun with a verb group
// after it owns the noun ("its battery was swollen"); alone before "not"
// or a phrase it is still read as "it's", as it is often typed.
func TestItsBeforeNounIsPossessive(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "its battery was swollen when it came in", word: "battery", actor: actThing, aspect: aspDone},
		{text: "its not our fault", word: "fault", actor: actThing, aspect: aspState},
	})
	for _, tc := range []struct{ text, word, span string }{
		{"its battery was swollen when it came in", "battery", "its battery was swollen"},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		if got := spanText(az, c); got != tc.span || c.comp <= c.subj+2 {
			t.Errorf("%q at %q: clause %q verb group at %d, want %q with its verb group after the noun", tc.text, tc.word, got, c.comp, tc.span)
		}
	}
}

// TestThisOpensPhraseInSubject: "this" or "that" after a preposition
// inside a subject is the phrase's determiner ("the address on this
// account | was wrong"), so the verb group after the phrase is the
// clause's.
func TestThisOpensPhraseInSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "the fee on this booking was added by the airline", word: "added", actor: actThing, aspect: aspDone, lemma: "add", passive: true},
		{text: "people on that tariff pay more", word: "pay", actor: actCustomers, aspect: aspHabit, lemma: "pay"},
	})
}

// TestPhraseInSubjectReachesPresentVerb: a subject's phrase may hold an
// -ing noun after its preposition ("the delay in crediting the transfer")
// and end at a present verb ("| stems from the sending bank").
func TestPhraseInSubjectReachesPresentVerb(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The delay in crediting the refund comes from the card issuer.", word: "comes", actor: actThing, aspect: aspPresent, lemma: "come"},
		{text: "The fault in processing the order lies with the warehouse.", word: "lies", actor: actThing, aspect: aspPresent, lemma: "lie"},
	})
}

// TestTimePhraseIsNoClause: "till", "until" or "before" with a noun phrase
// and no verb of its own before a joining word is a phrase of time, not a
// clause ("leave returns till the last day and then wonder why"); a verb
// right after a determiner ("the last day") is an adjective, not that verb.
func TestTimePhraseIsNoClause(t *testing.T) {
	for _, tc := range []struct{ text, word, span string }{
		{"people leave returns till the last day and then panic", "day", "people leave returns till the last day and then panic"},
		{"it'll be fixed before your guests arrive", "guests", "before your guests arrive"},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		if got := spanText(az, c); got != tc.span {
			t.Errorf("%q at %q: clause %q, want %q", tc.text, tc.word, got, tc.span)
		}
	}
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

// TestAdverbAndParticipleBeforeNoun: after a determiner, an adverb and a
// participle describe the noun that follows ("a fully charged battery
// lasts", "the recently updated app crashed"); the verb comes after them.
func TestAdverbAndParticipleBeforeNoun(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "A fully charged battery lasts about a day.", word: "lasts", actor: actThing, aspect: aspPresent, lemma: "last"},
		{text: "The recently updated app crashed twice.", word: "crashed", actor: actThing, aspect: aspDone, lemma: "crash"},
		{text: "The parcel was fully refunded.", word: "refunded", actor: actThing, aspect: aspDone, lemma: "refund", passive: true},
	})
}

// TestParticipleWithByPhraseBeforePast: a participle with a "by" phrase
// after the subject's noun describes it, and a later past is the clause's
// verb ("the share paid by your council | arrived short"); without "by"
// the first past is the verb ("the parcel arrived at the depot and was
// scanned in").
func TestParticipleWithByPhraseBeforePast(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The share paid by your council arrived short in May.", word: "arrived", actor: actThing, aspect: aspDone, lemma: "arrive"},
		{text: "The parcel delivered by the courier came back damaged.", word: "came", actor: actThing, aspect: aspDone, lemma: "come"},
		{text: "The parcel arrived at the depot and was scanned in.", word: "arrived", actor: actThing, aspect: aspDone, lemma: "arrive"},
	})
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
	for _, tc := range []struct {
		text, word string
		causal     bool
		span       string
	}{
		{"you haven't restarted it since the update", "update", false, "you haven't restarted it since the update"},
		{"since the courier lost it we've sent another", "courier", true, "since the courier lost it"},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		if got := spanText(az, c); got != tc.span || c.causal != tc.causal {
			t.Errorf("%q at %q: clause %q causal %v, want %q causal %v", tc.text, tc.word, got, c.causal, tc.span, tc.causal)
		}
	}
}

// TestReasonFrameAfterOpeningTalk: "the reason ... is" without "that"
// opens the reason's clause also when talk comes first ("Okay so the
// reason it keeps dropping is | you haven't updated it").
func TestReasonFrameAfterOpeningTalk(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Okay so the reason it keeps dropping is you haven't updated the app.", word: "updated", actor: actCustomer, aspect: aspDone, lemma: "update"},
	})
}

// TestFamilyAreThirdParties: a sister, a dad or a cousin of the
// customer's is a party of their own, as a son or a husband is.
func TestFamilyAreThirdParties(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Your sister ordered it on your account.", word: "ordered", actor: actThird, aspect: aspDone, lemma: "order"},
		{text: "Your dad changed the password.", word: "changed", actor: actThird, aspect: aspDone, lemma: "change"},
	})
}

// TestReportIsAVerbOfSaying: "report" takes a clause of what is said, as
// "say" does ("the driver reports | that the gate was locked"); as a noun
// or with an object it stays whole.
func TestReportIsAVerbOfSaying(t *testing.T) {
	for _, tc := range []struct{ text, word, span string }{
		{"Our driver reports that the gate was locked.", "gate", "that the gate was locked"},
		{"the courier reported the parcel was damaged", "parcel", "the parcel was damaged"},
		{"I'll report it to the courier.", "courier", "i'll report it to the courier"},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		if got := spanText(az, c); got != tc.span {
			t.Errorf("%q at %q: clause %q, want %q", tc.text, tc.word, got, tc.span)
		}
	}
}

// TestThatNounWithRelativeWithoutThat: "that" before a noun and a relative
// clause without "that" is a determiner ("that plug adapter you used |
// isn't rated"): the verb group after the relative clause is the clause's.
func TestThatNounWithRelativeWithoutThat(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "That plug adapter you used isn't rated for the heater.", word: "rated", actor: actThing, aspect: aspDone, lemma: "rated", passive: true},
	})
	az, c := clauseOf(t, "That extension lead you bought is the problem.", "lead")
	if c.subj < 0 || az.tok.key(az.tok.toks[c.comp-1]) != "is" {
		t.Errorf("subject over %q: verb group ends at %d, want after \"is\"", spanText(az, c), c.comp)
	}
}

// TestPresentVerbAfterRelativeClause: after a subject's relative clause in
// the past, a present verb in -s is the clause's verb ("the charger that
// came with it | works fine").
func TestPresentVerbAfterRelativeClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The charger that came with it works fine.", word: "works", actor: actThing, aspect: aspPresent, lemma: "work"},
		{text: "The cable that shipped with the router takes a minute to sync.", word: "takes", actor: actThing, aspect: aspPresent, lemma: "take"},
	})
}

// TestOurPartnerIsAnotherFirm: a subject headed by "partner" is another
// firm, though "our" comes first ("our courier partner says", "our
// delivery partners lost it"), as "our partner kitchen" is.
func TestOurPartnerIsAnotherFirm(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Our courier partner says nobody was in.", word: "says", actor: actThird, aspect: aspPresent, lemma: "say"},
		{text: "Our delivery partners lost the parcel.", word: "lost", actor: actThird, aspect: aspDone, lemma: "lose"},
		{text: "Our courier lost the parcel.", word: "lost", actor: actAgent, aspect: aspDone, lemma: "lose"},
	})
}

// TestSameFormParticiples: "split", "spread" and "burst" are their own
// participles ("your order was split into two parcels", "the pipe has
// burst"); "upset" after be is still a feeling.
func TestSameFormParticiples(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Your order was split into two parcels.", word: "split", actor: actThing, aspect: aspDone, lemma: "split", passive: true},
		{text: "The pipe has burst.", word: "burst", actor: actThing, aspect: aspDone, lemma: "burst"},
	})
}

// TestClearFrameWithoutThat: "it's clear", with or without the phrase that
// shows it ("from the photos"), takes a clause without "that" ("it's clear
// from the photos | the lid was cracked").
func TestClearFrameWithoutThat(t *testing.T) {
	for _, tc := range []struct{ text, word, span string }{
		{"It's clear from the photos the lid was cracked.", "lid", "the lid was cracked"},
		{"it's clear the courier lost it", "courier", "the courier lost it"},
		{"it's clear from the photos", "photos", "it's clear from the photos"},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		if got := spanText(az, c); got != tc.span {
			t.Errorf("%q at %q: clause %q, want %q", tc.text, tc.word, got, tc.span)
		}
	}
}
