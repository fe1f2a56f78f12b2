package scoring

import "testing"

// A verb no clause list names ends the subject before it, when the English
// dictionary knows it as a verb and no verb follows it: "the excess
// stands", "those cheap ones play havoc". Before a verb the same word is the
// subject's last noun: "the tree roots | cracked the pipe", "the supporting
// documents | arrived late".
func TestVerbOnlyTheDictionaryKnowsEndsTheSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The excess stands.", word: "stands", actor: actThing, aspect: aspPresent, lemma: "stand"},
		{text: "Those cheap ones play havoc with the signal.", word: "play", actor: actThing, aspect: aspPresent, lemma: "play"},
		{text: "The downtime therefore falls outside the SLA.", word: "falls", actor: actThing, aspect: aspPresent, lemma: "fall"},
		{text: "Your neighbour's tree roots cracked the supply pipe.", word: "cracked", actor: actThing, aspect: aspDone, lemma: "crack"},
		{text: "The supporting documents arrived after the deadline.", word: "arrived", actor: actThing, aspect: aspDone, lemma: "arrive"},
		{text: "The returns form reached us without an order number.", word: "reached", actor: actThing, aspect: aspDone, lemma: "reach"},
	})
}

// A phrase inside the subject may name a place in up to five words before
// the verb: "the power cut at the Slough data centre | took the service
// down", "strikes at French air traffic control | grounded".
func TestLongPlaceInsideTheSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The power cut at the Slough data centre took the service down.", word: "took", actor: actThing, aspect: aspDone, lemma: "take"},
		{text: "Strikes at French air traffic control grounded the whole morning wave.", word: "grounded", actor: actThird, aspect: aspDone, lemma: "ground"},
	})
}

// A phrase put before the subject without a comma ends at the subject: it
// may name a long law or clause ("under section 75 of the Consumer Credit
// Act | you are entitled"), hold a participle before its noun ("under the
// extended warranty | it's"), or end where "we" and a plain present begin
// ("for security | we need photo ID").
func TestFrontedPhraseWithoutACommaEndsAtTheSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Under section 75 of the Consumer Credit Act you are entitled to claim against us.", word: "entitled", actor: actCustomer, aspect: aspDone, lemma: "entitle", passive: true},
		{text: "Under the extended warranty it's the policyholder's job to get the boiler serviced.", word: "it's", actor: actThing, aspect: aspState},
		{text: "For security we need photo ID before cutting a restricted key.", word: "need", actor: actAgent, aspect: aspHabit, lemma: "need"},
	})
}

// A party by name with a present in -s is the subject, and a third party:
// "Royal Mail says", "Ticketmaster handles all refunds", "Harbourside
// Arena only allows". A capital opening the sentence proves no name, so a
// single word there needs an object after its verb: "Sugary drinks between
// meals" is no party.
func TestNameBeforeAPresentVerb(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Royal Mail says it was delivered.", word: "says", actor: actThird, aspect: aspPresent, lemma: "say"},
		{text: "Ticketmaster handles all refunds for that show.", word: "handles", actor: actThird, aspect: aspPresent, lemma: "handle"},
		{text: "Harbourside Arena only allows bags up to A4 size.", word: "allows", actor: actThird, aspect: aspPresent, lemma: "allow"},
		{text: "Sugary drinks between meals are what's causing the decay.", word: "are", actor: actThing, aspect: aspHabit},
	})
}

// "And" before "theirs", "ours" or "yours" and a verb opens a clause of its
// own, whose subject is that side's thing: "other houses had the same storm
// | and theirs were back on by teatime". Another's thing being back on is
// no step of ours.
func TestAndBeforeAPossessivePronounOpensAClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Other houses on your street had the same storm and theirs were back on by teatime.", word: "were", actor: actThird, aspect: aspDone},
		{text: "The other units passed the test and ours is working fine.", word: "is", actor: actThing, aspect: aspNow, lemma: "work"},
	})
	checkReadings(t, []reading{
		{text: "Other houses on your street had the same storm and theirs were back on by teatime.", hasNot: step},
	})
}

// "At" and a clock hour in words is a time ("I'll ring you at four"), but
// "at a" is no hour: "I'll look at a replacement for you", "we'd be
// looking at a washer, not a new ceiling" commit to no time. Nor does a
// number that counts: "at one of our branches", "at one point".
func TestAtAIsNoClockTime(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I'll look at a replacement for you.", hasNot: timeC},
		{text: "Had the water been turned off sooner, we'd be looking at a washer.", hasNot: timeC},
		{text: "I'll call you at a time that suits you.", hasNot: timeC},
		{text: "I'll ask one of the team at one of our branches.", hasNot: timeC},
		{text: "I'll get one of our engineers to look at one of the units.", hasNot: timeC},
		{text: "The baggage allowance is shown at three points during booking.", hasNot: timeC},
		{text: "I'll ring you back at four.", has: timeC},
		{text: "We will be there at a quarter past ten.", has: timeC},
	})
}

// What a rule requires is no time we commit to: "your policy requires the
// car to be kept in a garage overnight". Said by us, the same time is one:
// "we'll keep the car in our garage overnight".
func TestARulesTimeIsNoCommitment(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your policy requires the car to be kept in a garage overnight.", hasNot: timeC},
		{text: "The contract requires the car to be kept in a locked garage overnight.", hasNot: timeC},
		{text: "We'll keep the car in our locked garage overnight.", has: timeC},
	})
}

// "Going by", "looking at", "judging by" and "based on" open a phrase that
// says what a reading rests on; typed without a comma it ends at the
// subject: "going by the entry log | your fob was swiped at 11:52 on a
// Sunday", which tells a past, no time we commit to.
func TestWhatAReadingRestsOnEndsAtTheSubject(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Going by the entry log your fob was swiped at 11:52 on a Sunday.", word: "swiped", actor: actThing, aspect: aspDone, lemma: "swipe", passive: true},
		{text: "Looking at the photos that crack starts from the corner of the screen.", word: "starts", actor: actThing, aspect: aspPresent, lemma: "start"},
	})
	checkReadings(t, []reading{
		{text: "Going by the entry log your fob was swiped at 11:52 on a Sunday.", hasNot: timeC},
	})
}

// Three subjects that opened no clause before: a plain word before a plural
// noun ("New tenants hardly ever tell us", "Double bookings happen"), "ill"
// typed for "I'll" before a verb ("ill chase it straight away"), and a firm
// by name with the plural verb of British use ("Royal Mail handle the last
// leg"). "I feel ill" stays the feeling it says.
func TestMoreSubjectsOpenTheirClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "New tenants hardly ever tell us their move-in date.", word: "tell", actor: actThing, aspect: aspPresent, lemma: "tell"},
		{text: "Double bookings happen when staff edit the calendar twice.", word: "happen", actor: actThing, aspect: aspHabit, lemma: "happen"},
		{text: "ill chase it straight away", word: "chase", actor: actAgent, aspect: aspWill, lemma: "chase"},
		{text: "Royal Mail handle the last leg on these.", word: "handle", actor: actThird, aspect: aspPresent, lemma: "handle"},
	})
	checkReadings(t, []reading{
		{text: "ill chase it straight away", has: vague},
		{text: "I feel ill.", hasNot: vague},
	})
}

// A passive's "by" and its doer set no deadline: "Saturday night's outage
// was caused by our CDN provider" tells a past, no time we commit to. After
// "if" with "had", a determiner, a noun and "would" open the main clause
// typed without a comma: "if the hospital had coded it correctly | the
// insurer would have paid it".
func TestByItsDoerAndTheUnrealMainClause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Saturday night's outage was caused by our CDN provider having a regional failure.", hasNot: timeC},
		{text: "It'll be sent by us by Friday.", has: timeC},
	})
	checkParses(t, []parseWant{
		{text: "If the hospital had coded the procedure correctly in the first place the insurer would have paid it.", word: "paid", actor: actThird, aspect: aspWould, lemma: "pay"},
	})
}

// A filler inside a sentence is dropped before the clauses are read, with
// the comma that only set it off, so the words around it read as said:
// each line reads the same with its "um" as without. A false start keeps
// its filler ("the meter was, uh, it was read in May"), as does a frame
// before its clause ("the thing is, um, you must've").
func TestFillersInsideASentenceAreDropped(t *testing.T) {
	checkSameBlame(t, [][2]string{
		{"The welcome pack you received on collection clearly stated that the first service falls due at 6,000 miles.",
			"The welcome pack um, you received on collection clearly stated that the first service falls due at 6,000 miles."},
		{"The seller's the one who described it as like new, we just run the marketplace.",
			"The seller's the, um, one who described it as like new, we just run the marketplace."},
		{"The supplier sent us the wrong batch.", "The supplier sent, er, us the wrong batch."},
		{"Your bank's holding the refund; we released it on Monday.", "Your bank's holding, uh, the refund; we released it on Monday."},
	})
	checkParses(t, []parseWant{
		{text: "The meter was, uh, it was read in May.", word: "read", actor: actThing, aspect: aspDone, lemma: "read", passive: true},
	})
	checkReadings(t, []reading{
		{text: "Yeah no I mean the thing is, um, you must've put the old sort code in when you updated it online.", has: blame},
	})
}

// checkSameBlame checks that each pair's first text reads blame and its
// second, the same said another way, reads it too.
func checkSameBlame(t *testing.T, pairs [][2]string) {
	t.Helper()
	for _, pair := range pairs {
		if a, b := readsBlame(pair[0]), readsBlame(pair[1]); !a || a != b {
			t.Errorf("%q reads blame %v; %q reads %v", pair[0], a, pair[1], b)
		}
	}
}

// readsBlame reports a blame marker in text.
func readsBlame(text string) bool {
	for _, m := range Analyze(text).Markers {
		if m.Kind == MarkBlame {
			return true
		}
	}
	return false
}

// A new sentence run on without a comma or stop starts a clause where a
// subject with its auxiliary in one word follows a word that ends a clause
// ("exactly as quoted | we've done our bit", "override it | that's above my
// pay grade"), where "that's" comes before "why" or "what", and at "which is
// why". After a noun the same word opens a relative clause and the clause
// goes on ("this is the third time you've called"); but "it's" and "there's"
// after a noun seldom do ("hasn't picked it up yet | it's sitting with them").
func TestRunOnSentencesTypedWithoutAComma(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Look we replaced the pads exactly as quoted we've done our bit the squeal is a separate issue.", word: "done", actor: actAgent, aspect: aspDone, lemma: "do"},
		{text: "your phones storage is full thats whats making the update fail", word: "full", actor: actThing, aspect: aspState},
	})
	checkReadings(t, []reading{
		{text: "The generator you hired yourselves ran out of diesel mid-reception which is why our lights went off.", has: blame},
		{text: "your phones storage is full thats whats making the update fail", has: blame},
		{text: "This is the third time this year you've called us about the same fridge not being level.", has: blame},
	})
	checkSameBlame(t, [][2]string{
		{"Our dev team hasn't picked it up yet, it's sitting with them, not me.", "Our dev team hasn't picked it up yet it's sitting with them not me."},
		{"Every other house on this street's had theirs fitted no bother, it's just yours with the funny pipework.",
			"Every other house on this street's had theirs fitted no bother it's just yours with the funny pipework."},
	})
}

// Said in full, "as far as we are concerned" and "I am afraid" read as
// their contractions do.
func TestSaidInFullReadsAsContracted(t *testing.T) {
	checkSameBlame(t, [][2]string{
		{"Your son signed for the parcel, so as far as we're concerned it was delivered.",
			"Your son signed for the parcel, so as far as we are concerned it was delivered."},
		{"You went with the saver rate when you booked, which means the change fee applies I'm afraid.",
			"You went with the saver rate when you booked, which means the change fee applies I am afraid."},
	})
}

// A word of manner said first with its comma ("honestly,", "frankly,")
// leaves the clause after it read as if it opened the sentence: "honestly,
// had you read the confirmation" is a condition put first, and "honestly,
// for the third time" counts a repeat.
func TestAWordOfMannerSaidFirst(t *testing.T) {
	checkSameBlame(t, [][2]string{
		{"Had you read the booking confirmation, you would have seen that check-in opens at 3pm.",
			"Honestly, had you read the booking confirmation, you would have seen that check-in opens at 3pm."},
		{"For the third time, the voucher code is case-sensitive.", "Honestly, for the third time, the voucher code is case-sensitive."},
		{"For the fifth time now, we can't deliver when the buzzer's broken.", "Wow, for the fifth time now, we can't deliver when the buzzer's broken."},
	})
}

// "I'm afraid" alone in its clause is politeness said after the clause
// before it, no act of ours, and the clause before it reads as it would
// without it.
func TestImAfraidAloneIsNoActOfOurs(t *testing.T) {
	checkSameBlame(t, [][2]string{
		{"A lot of riders forget to re-torque the stem after the first week.", "A lot of riders forget to re-torque the stem after the first week, I'm afraid."},
		{"Can't do anything about the rail strike, so the coach tour fare isn't refundable.", "Can't do anything about the rail strike, I'm afraid, so the coach tour fare isn't refundable."},
	})
}
