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

// spanWant is the clause a test expects to hold word: its words, by key.
type spanWant struct{ text, word, span string }

// checkSpans reads each text and checks the words of the clause holding word.
func checkSpans(t *testing.T, cases []spanWant) {
	t.Helper()
	for _, tc := range cases {
		az, c := clauseOf(t, tc.text, tc.word)
		if got := spanText(az, c); got != tc.span {
			t.Errorf("%q at %q: clause %q, want %q", tc.text, tc.word, got, tc.span)
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
		{text: "The LED on the router is flashing green.", word: "led", actor: actThing, aspect: aspNow, lemma: "flash"},
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
		{text: "The warranty, which you signed at purchase, excludes water damage.", word: "excludes", actor: actThing, aspect: aspPresent, lemma: "exclude"},
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
		{text: "Sounds like a plan.", word: "sounds", actor: actThing, aspect: aspPresent, lemma: "sound"}, // its "it" dropped
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
		{text: "The account history indicates the card was cancelled.", word: "indicates", actor: actThing, aspect: aspPresent, lemma: "indicate"},
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
