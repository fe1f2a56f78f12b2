package scoring

import (
	"strings"
	"testing"
)

// clauseOf reads text and returns the clause that holds word (the first
// token whose key is word), and the analyzer that read it.
func clauseOf(t *testing.T, text, word string) (*analyzer, *clause) {
	t.Helper()
	az := new(analyzer)
	az.readPhrases(text)
	az.readTurnClauses()
	for i := range az.tok.toks {
		if az.tok.key(az.tok.toks[i]) == word {
			return az, &az.clauses[az.tok.toks[i].clause]
		}
	}
	t.Fatalf("%q: no token %q", text, word)
	return nil, nil
}

// parseWant is what a test expects of the clause holding word.
type parseWant struct {
	text, word string
	actor      actor
	aspect     aspect
	lemma      string
	passive    bool
}

// checkParses reads each text and checks the clause holding word.
func checkParses(t *testing.T, cases []parseWant) {
	t.Helper()
	for _, tc := range cases {
		az, c := clauseOf(t, tc.text, tc.word)
		if c.actor != tc.actor || c.aspect != tc.aspect || c.lemma != tc.lemma || c.passive != tc.passive {
			t.Errorf("%q at %q: got actor %d aspect %d lemma %q passive %v over %q; want actor %d aspect %d lemma %q passive %v",
				tc.text, tc.word, c.actor, c.aspect, c.lemma, c.passive, spanText(az, c), tc.actor, tc.aspect, tc.lemma, tc.passive)
		}
	}
}

// spanText returns the keys of a clause's tokens, for failure messages.
func spanText(az *analyzer, c *clause) string {
	var ws []string
	for i := c.lo; i < c.hi; i++ {
		ws = append(ws, az.tok.key(az.tok.toks[i]))
	}
	return strings.Join(ws, " ")
}

// TestIrregularPastsAreVerbs: the past of an irregular verb is the clause's
// verb, done, whatever the verb; its base form after a plural is not past.
func TestIrregularPastsAreVerbs(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The builders next door dug through the cable on Monday.", word: "dug", actor: actThing, aspect: aspDone, lemma: "dig"},
		{text: "The storm blew the mast over last night.", word: "blew", actor: actThird, aspect: aspDone, lemma: "blow"},
		{text: "Your dog ate the charging lead.", word: "ate", actor: actThing, aspect: aspDone, lemma: "eat"},
		{text: "The pipe froze overnight.", word: "froze", actor: actThing, aspect: aspDone, lemma: "freeze"},
		{text: "The fuse was blown by the surge.", word: "blown", actor: actThing, aspect: aspDone, lemma: "blow", passive: true},
		{text: "The LED on the router is flashing green.", word: "led", actor: actThing, aspect: aspNow, lemma: "flashing"},
	})
	// "stuck" and "led" stay out: "the parcel has been stuck" is no step done, "the LED" no verb.
	checkReadings(t, []reading{
		{text: "The parcel has been stuck at the depot since Monday.", hasNot: step},
		{text: "The council dug up the road outside and we're waiting on them.", hasNot: step},
	})
}

// TestParticipleModifiesSubject: a participle with its own phrase after the
// subject's noun is part of the subject, and the verb group after it is the
// clause's ("the invoices dated 3 March were posted"); a participle with an
// object, or one followed by "and", is the verb itself.
func TestParticipleModifiesSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The invoices dated 3 and 17 March were posted to your old flat.", word: "posted", actor: actThing, aspect: aspDone, lemma: "post", passive: true},
		{text: "The meter readings requested in June were never sent in.", word: "sent", actor: actThing, aspect: aspDone, lemma: "send", passive: true},
		{text: "The form attached to your claim was left unsigned.", word: "left", actor: actThing, aspect: aspDone, lemma: "leave", passive: true},
		{text: "Your card expired in May and the payment bounced.", word: "expired", actor: actThing, aspect: aspDone, lemma: "expire"},
		{text: "The courier left the parcel at the door.", word: "left", actor: actThird, aspect: aspDone, lemma: "leave"},
		{text: "The parcel arrived at the depot and was scanned in.", word: "arrived", actor: actThing, aspect: aspDone, lemma: "arrive"},
	})
	checkReadings(t, []reading{
		{text: "The photos requested on 4 June were never provided, so the claim was closed.", has: blame},
		{text: "The documents requested in March were never returned to us.", has: blame},
		{text: "The replacement requested on Monday has been sent out today.", hasNot: blame},
	})
}

// TestConditionRunsIntoMainClause: a condition said without a comma ends
// where a subject with its own auxiliary opens the main clause ("if you
// threw the box away | it's ..."); with no word after the condition's
// verb, the pronoun is still the condition's.
func TestConditionRunsIntoMainClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "If you threw the box away it's going to be hard to prove.", word: "threw", actor: actCustomer, aspect: aspDone, lemma: "throw"},
		{text: "When the courier left it at the gate it's out of our hands.", word: "left", actor: actThird, aspect: aspDone, lemma: "leave"},
	})
	for _, tc := range []struct {
		text, word string
		cond       bool
	}{
		{"If you threw the box away it's going to be hard to prove.", "it's", false},
		{"So if she shredded the letters that's really not on us.", "that's", false},
		{"If you want it's no trouble.", "it's", true},
		{"If it is it's on the courier.", "it's", true},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		if c.cond != tc.cond {
			t.Errorf("%q at %q: cond %v over %q, want %v", tc.text, tc.word, c.cond, spanText(az, c), tc.cond)
		}
	}
	checkReadings(t, []reading{
		{text: "If she shredded the letters that's really not on us.", has: blame},
		{text: "If the box was damaged in transit that's on us, and I'll replace it.", hasNot: blame},
	})
}

// TestHowPhraseBeforeInversion: "how many times" or "how long" is what a
// question asks about, and the subject follows its auxiliary ("how many
// times was the wrong code entered?"); "how many people" with no inversion
// is the subject itself.
func TestHowPhraseBeforeInversion(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "How many times was the wrong code entered?", word: "entered", actor: actThing, aspect: aspDone, lemma: "enter", passive: true},
		{text: "How long did you leave it on charge?", word: "leave", actor: actCustomer, aspect: aspDone, lemma: "leave"},
		{text: "How many people are on the booking?", word: "people", actor: actCustomers, aspect: aspHabit},
		{text: "How can I help?", word: "help", actor: actAgent, aspect: aspCould, lemma: "help"},
	})
	checkReadings(t, []reading{
		{text: "Honestly, how many times was the wrong password entered on your phone?", has: blame},
		{text: "How many times have we tried to call you back?", hasNot: blame},
	})
}

// TestGerundSubjectWithPhrases: a gerund subject may hold pronouns and
// phrases of its own before its verb group ("charging it with a cheap cable
// | is"); an -ing word before a pause or a subject of its own only frames
// the clause ("looking at it, we ...").
func TestGerundSubjectWithPhrases(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Leaving the box on the step overnight was always going to end badly.", word: "end", actor: actThing, aspect: aspHabit, lemma: "end"},
		{text: "Plugging it into the wall socket upstairs has sorted the fault.", word: "sorted", actor: actThing, aspect: aspDone, lemma: "sort"},
		{text: "Checking the logs, it was definitely delivered.", word: "delivered", actor: actThing, aspect: aspDone, lemma: "deliver", passive: true},
		{text: "Underwriting rules don't let me approve that.", word: "let", actor: actThing, aspect: aspHabit, lemma: "let"},
	})
	checkReadings(t, []reading{
		{text: "Charging your phone with a cheap cable is what damaged the port.", has: blame},
		{text: "Leaving your bike outside the station is what got it stolen.", has: blame},
		{text: "Checking the logs, it was delivered to our depot and our driver lost it.", hasNot: blame},
	})
}

// TestSubjectHoldsAsideAndPairs: a subject may pair two nouns ("the terms and
// conditions") and carry a relative clause between commas ("your bank, which
// holds the funds, | has declined"); the verb after the aside is the
// clause's. A relative clause after a clause with its own verb stays a
// clause of its own.
func TestSubjectHoldsAsideAndPairs(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The terms and conditions clearly state that refunds are not given.", word: "state", actor: actThing, aspect: aspPresent, lemma: "state"},
		{text: "Your bank, which holds the funds, has declined the transfer.", word: "declined", actor: actThird, aspect: aspDone, lemma: "decline"},
		{text: "The courier, who was new to the route, left it at the wrong house.", word: "left", actor: actThird, aspect: aspDone, lemma: "leave"},
		{text: "The warranty, which you signed at purchase, excludes water damage.", word: "excludes", actor: actThing, aspect: aspPresent, lemma: "excludes"},
		{text: "We sent the code to your phone, which was switched off, and it expired.", word: "switched", actor: actThing, aspect: aspDone, lemma: "switch", passive: true},
		{text: "The box arrived and was opened.", word: "arrived", actor: actThing, aspect: aspDone, lemma: "arrive"},
	})
	checkReadings(t, []reading{
		{text: "The airline, which we have no control over, cancelled the flight on the day.", has: blame},
		{text: "The booking rules, which you agreed to online, say the fare can't be refunded.", has: blame},
		{text: "Our courier, who I've spoken to this morning, will redeliver it today.", hasNot: blame},
	})
}

// TestApostropheSHasAfterAdverbs: after a noun's "'s", an irregular
// participle makes a perfect even past a guess or a "just" ("your fob's
// probably just sat", "the van's already gone"); before a place or an
// adjective the "'s" is "is".
func TestApostropheSHasAfterAdverbs(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Your phone's probably just sat in a drawer all week.", word: "sat", actor: actThing, aspect: aspDone, lemma: "sit"},
		{text: "The driver's already gone for the day.", word: "gone", actor: actThird, aspect: aspDone, lemma: "go"},
		{text: "The parcel's probably at the depot.", word: "depot", actor: actThing, aspect: aspState},
	})
	for _, tc := range []struct {
		text, word string
		perfect    bool
	}{
		{"Your phone's probably just sat in a drawer all week.", "sat", true},
		{"The parcel's probably at the depot.", "depot", false},
		{"The router's just old.", "old", false},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		if c.hasHave != tc.perfect {
			t.Errorf("%q: perfect %v over %q, want %v", tc.text, c.hasHave, spanText(az, c), tc.perfect)
		}
	}
	checkReadings(t, []reading{
		{text: "The router's fine, your extension lead's probably just worked loose behind the sofa.", hasNot: owns},
		{text: "Your key fob's probably just sat on top of your phone and wiped itself.", has: blame},
	})
}

// TestFrontedPhraseBeforeSubject: a phrase of time, place or case before the
// subject, with no comma, is not the subject ("by then | the courier had
// closed it", "in March | you changed"); a pronoun right after the
// preposition is its object ("for you it's a pain"), and "by the time you
// ..." stays a clause of when.
func TestFrontedPhraseBeforeSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "By then the airline had given the seats away.", word: "given", actor: actThird, aspect: aspDone, lemma: "give"},
		{text: "In March you changed your plan to the basic tier.", word: "changed", actor: actCustomer, aspect: aspDone, lemma: "change"},
		{text: "In most of those cases it's the card issuer blocking the payment.", word: "issuer", actor: actThing, aspect: aspState},
		{text: "On the night of the storm our engineers restored the line.", word: "restored", actor: actAgent, aspect: aspDone, lemma: "restore"},
		{text: "For you it's a real pain, I know.", word: "pain", actor: actNone, aspect: aspNone},
	})
	az, c := clauseOf(t, "By the time you called us, the window had closed.", "called")
	if !c.temporal {
		t.Errorf("\"by the time you called us\" is a clause of when; got %q not temporal", spanText(az, c))
	}
	checkReadings(t, []reading{
		{text: "You waited three weeks to report it, and by then the seller had closed the dispute.", has: blame},
		{text: "By then we had already refunded you in full.", hasNot: blame},
	})
}

// TestCommaSpliceOpensClause: after a comma, "whatever ...", "whoever ..." or
// "ours" with a verb after it opens a clause of its own, with that subject
// ("..., | whatever they told you is between you and them"); "whatever"
// with no verb after it ("whatever you prefer") opens none.
func TestCommaSpliceOpensClause(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		starts     bool
	}{
		{"The seller set the price, whatever they told you is between you and them.", "whatever", true},
		{"Our line tested clean, ours is fine.", "ours", true},
		{"I can refund it or swap it, whatever you prefer.", "whatever", false},
	} {
		az, c := clauseOf(t, tc.text, tc.word)
		at := c.subj >= 0 && az.tok.key(az.tok.toks[c.subj]) == tc.word
		if at != tc.starts {
			t.Errorf("%q: clause %q has %q as its subject: %v, want %v", tc.text, spanText(az, c), tc.word, at, tc.starts)
		}
	}
	checkParses(t, []parseWant{
		{text: "The booking agent is a separate company, whatever they charged you is on them.", word: "charged", actor: actThing, aspect: aspState},
		{text: "The taxi firm is independent of us, whatever the driver charged you is on them.", word: "driver", actor: actThing, aspect: aspState},
	})
	checkReadings(t, []reading{
		{text: "The taxi firm is independent of us, whatever the driver charged you is on them.", has: blame},
		{text: "I'll refund the fare today, whatever you decide about the rebooking.", hasNot: blame},
	})
}

// TestWrappedVerbGroups: "keep" before an -ing verb, "tend to" and "turned
// out to be" wrap the verb group's main verb: "you keep entering" says what
// has been done again and again, "people tend to forget" what people do,
// "it turned out to be" links as "was" does.
func TestWrappedVerbGroups(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "You keep entering the old password.", word: "entering", actor: actCustomer, aspect: aspDone, lemma: "enter"},
		{text: "Your payment keeps getting declined.", word: "declined", actor: actThing, aspect: aspDone, lemma: "decline", passive: true},
		{text: "Customers tend to forget the renewal date.", word: "forget", actor: actCustomers, aspect: aspHabit, lemma: "forget"},
		{text: "It turned out to be a loose cable.", word: "cable", actor: actThing, aspect: aspDone},
		{text: "We'll keep trying the number.", word: "trying", actor: actAgent, aspect: aspWill, lemma: "try"},
		{text: "Keep checking your inbox.", word: "checking", actor: actNone, aspect: aspNone, lemma: "keep"},
	})
	checkReadings(t, []reading{
		{text: "You kept ignoring the reminder emails.", has: blame},
		{text: "In the end it turned out to be your charger.", has: blame},
		{text: "It turned out to be our mistake, and I'm sorry.", hasNot: blame},
		{text: "Our team kept working on it through the night.", hasNot: blame},
	})
}

// TestLikeFrameBeforeNounPhrase: after "sounds like" or "looks like", a noun
// phrase with a verb after it is a clause of its own ("seems like | the old
// card was still set as the default"); "sounds like a plan" holds none.
func TestLikeFrameBeforeNounPhrase(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Seems like the old card was still set as the default.", word: "card", actor: actThing, aspect: aspDone, lemma: "set", passive: true},
		{text: "It looks like the engineer never turned up.", word: "engineer", actor: actAgent, aspect: aspDone, lemma: "turn"},
		{text: "Sounds like a plan.", word: "sounds", actor: actNone, aspect: aspNone, lemma: "sound"},
	})
	checkReadings(t, []reading{
		{text: "Seems like the old card was still set as the default.", has: blame},
		{text: "Sounds like a plan, I'll book it now.", hasNot: blame},
	})
}

// TestRecordVerbsAndNoSubjects: a record's verb of showing ends its subject
// ("the account history indicates | ..."); "no" before a noun with a verb
// group after it is a denied subject ("no meter reading was ever sent in"),
// past an "ever"; "has come" is a perfect. "this" before a noun is no plural.
func TestRecordVerbsAndNoSubjects(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The account history indicates the card was cancelled.", word: "indicates", actor: actThing, aspect: aspPresent, lemma: "indicates"},
		{text: "Our records reflect that no meter reading was ever sent in.", word: "reading", actor: actThing, aspect: aspDone, lemma: "send", passive: true},
		{text: "No payment has come in since June.", word: "payment", actor: actThing, aspect: aspDone, lemma: "come"},
		{text: "Most people with this sync problem have installed an old driver.", word: "installed", actor: actCustomers, aspect: aspDone, lemma: "install"},
		{text: "There's no reason to worry.", word: "reason", actor: actThing, aspect: aspState},
	})
	az, c := clauseOf(t, "No meter reading was ever sent in for March.", "sent")
	if !c.neg {
		t.Errorf("\"no meter reading was sent\" is denied; got %q not negated", spanText(az, c))
	}
	checkReadings(t, []reading{
		{text: "Our records show that no cancellation form was ever submitted.", has: blame},
		{text: "No refund has been issued yet, but I can do that now.", hasNot: blame},
	})
}

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
		{text: "That happened last week.", word: "happened", actor: actThing, aspect: aspDone, lemma: "happened"},
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
		{text: "Every one of the emails we sent was opened on your account.", word: "opened", actor: actThing, aspect: aspDone, lemma: "opened", passive: true},
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
		{text: "The parcel, when it arrived, had already been opened.", word: "opened", actor: actThing, aspect: aspDone, lemma: "opened", passive: true},
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
		{text: "Any failure to receive the notice must be ascribed to your spam filter.", word: "ascribed", actor: actThing, aspect: aspMust, lemma: "ascribed", passive: true},
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
		{text: "The drop in service coincided with building work.", word: "coincided", actor: actThing, aspect: aspDone, lemma: "coincided"},
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
