package scoring

import "testing"

// Subject readings of causes of misreading seen in round 10: clipped and
// spoken subjects, possessives, numbers, and where a subject's noun phrase
// ends and its verb begins (helpers in clause_parse_test.go).

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
	checkSpans(t, []spanWant{
		{"We saw your son dropping the tablet on the stairs.", "son", "your son dropping the tablet on the stairs"},
		{"The driver leaving it outside was the problem.", "driver", "the driver leaving it outside was the problem"},
	})
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
	checkSpans(t, []spanWant{
		{"it's the snow, half our vans were stuck on the motorway", "vans", "half our vans were stuck on the motorway"},
	})
}

// TestNounVerbAsOrder: a word that is a noun and a verb, at the head of its
// clause with its object after it, is an order ("Refund the difference to
// her card"), with no subject; before a plain noun it is part of the
// subject ("Refund times are on the receipt").
func TestNounVerbAsOrder(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Refund the difference to her card.", word: "refund", actor: actNone, aspect: aspNone, lemma: "refund"},
		{text: "Order the part today.", word: "order", actor: actNone, aspect: aspNone, lemma: "order"},
		{text: "Refund processed.", word: "processed", actor: actThing, aspect: aspDone, lemma: "process", passive: true},
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
		{text: "and putting that right falls to our team", word: "falls", actor: actThing, aspect: aspPresent, lemma: "fall"},
		{text: "Fixing the leak takes a plumber a day.", word: "takes", actor: actThing, aspect: aspPresent, lemma: "take"},
		{text: "Ringing us was the right call.", word: "call", actor: actThing, aspect: aspDone},
		{text: "Checking the bills shows a gap.", word: "shows", actor: actThing, aspect: aspHabit, lemma: "show"},
	})
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

// TestFamilyAreThirdParties: a sister, a dad or a cousin of the
// customer's is a party of their own, as a son or a husband is.
func TestFamilyAreThirdParties(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Your sister ordered it on your account.", word: "ordered", actor: actThird, aspect: aspDone, lemma: "order"},
		{text: "Your dad changed the password.", word: "changed", actor: actThird, aspect: aspDone, lemma: "change"},
	})
}

// TestThatNounWithRelativeWithoutThat: "that" before a noun and a relative
// clause without "that" is a determiner ("that plug adapter you used |
// isn't rated"): the verb group after the relative clause is the clause's.
func TestThatNounWithRelativeWithoutThat(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "That plug adapter you used isn't rated for the heater.", word: "rated", actor: actThing, aspect: aspDone, lemma: "rate", passive: true},
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

// A quantity of a bare noun ("lots of people", "loads of customers") is a
// subject whose verb may be a plain present.
func TestQuantityOfABareNounIsASubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Lots of people forget to cancel the trial.", word: "forget", actor: actCustomers, aspect: aspHabit, lemma: "forget"},
		{text: "Loads of customers skip the size guide.", word: "skip", actor: actCustomers, aspect: aspHabit, lemma: "skip"},
	})
}
