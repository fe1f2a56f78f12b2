package scoring

import "testing"

// What a party says, right after it and without "that", is a clause of its
// own: "the kitchen says | the order went out right". Words quoted from the
// customer's note are theirs, read as a quotation.
func TestPartySaysOpensAClause(t *testing.T) {
	checkSpans(t, []spanWant{
		{text: "The kitchen says the order went out right.", word: "went", span: "the order went out right"},
		{text: "Kwame in our documents team says the translation agency you used didn't certify the stamp.", word: "certify",
			span: "the translation agency you used didn't certify the stamp"},
		{text: "The courier confirmed the parcel was left in your porch.", word: "left", span: "the parcel was left in your porch"},
	})
	checkParses(t, []parseWant{
		{text: "The kitchen says the order went out right.", word: "says", actor: actThird, aspect: aspPresent, lemma: "say"},
	})
}

// "So" typed without a comma after a clause with its verb opens a clause
// of its own when a phrase comes before its subject: "| so under our
// policy the deposit is non refundable", "| so no wonder we couldnt find
// it". "So much" and "so that" open nothing of the kind.
func TestSoThenAFramedClause(t *testing.T) {
	checkSpans(t, []spanWant{
		{text: "u rebooked 2 hrs before so under our policy the deposit is non refundable", word: "deposit",
			span: "so under our policy the deposit is non refundable"},
		{text: "hun u booked it under ur sisters name so no wonder we couldnt find it", word: "find", span: "so no wonder we couldn't find it"},
		{text: "we waited so long at the door that the driver left", word: "waited", span: "we waited so long at the door that the driver left"},
	})
}

// People named without a determiner, then a verb in its base form, open the
// clause of "when" or "if": "mistakes creep in | when people order
// flooring". Said of people, "order" is their act, not what they bought.
func TestWhenPeopleThenVerb(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Mistakes creep in when people order flooring without measuring twice.", word: "order", actor: actCustomers, aspect: aspHabit, lemma: "order"},
		{text: "Refunds get delayed if customers change the card first.", word: "change", actor: actCustomers, aspect: aspHabit, lemma: "change"},
	})
}

// A word before a pause belongs to another clause, so it is no verb of the
// clause after the pause: "Look, | the tenant before you never closed the
// account" keeps "before you" inside its subject, as it is without "Look".
func TestVerbBeforeStopsAtAPause(t *testing.T) {
	checkSpans(t, []spanWant{
		{text: "Look, the tenant before you never closed the account.", word: "closed", span: "the tenant before you never closed the account"},
		{text: "Right, the tenant before you never closed the account.", word: "closed", span: "the tenant before you never closed the account"},
	})
}

// "I'm afraid" said first softens the clause after it and acts on nothing:
// the clause is read as it would be without it; so does "I'm afraid" set
// off after a sentence. Said after a clause without its comma, or of
// something ("I'm afraid so", "I'm afraid of"), it stays.
func TestPolitenessBeforeAClause(t *testing.T) {
	checkSpans(t, []spanWant{
		{text: "I'm afraid the courier lost it.", word: "lost", span: "the courier lost it"},
		{text: "Sorry, I am afraid the courier lost it.", word: "lost", span: "the courier lost it"},
		{text: "The fee stands, but I'm afraid you didn't tick the box.", word: "tick", span: "but you didn't tick the box"},
		{text: "Rules are rules I'm afraid: the lease says no pets.", word: "rules", span: "rules are rules i'm afraid"},
		{text: "I'm afraid so, the courier lost it.", word: "afraid", span: "i'm afraid"},
	})
	checkReadings(t, []reading{
		{text: "I'm afraid the alarm went off because your motion sensor was left armed.", has: blame},
		{text: "I'm afraid the boiler packed up because it hadn't been serviced in three years.", has: blame},
		{text: "I'm afraid I can't refund it, but I've sent a replacement.", hasNot: blame},
		{text: "The export failed because the CSV had commas in the amount column, I'm afraid.", has: blame},
		{text: "Our records show the renewal reminder was opened on 3 February, I'm afraid.", has: blame},
	})
}

// "Look," or "Listen," opening a sentence only asks to be heard: the
// sentence is read from the word after it, so a question by inversion or
// a frame that opens its sentence is read as one.
func TestAttentionWordOpeningASentence(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Look, did anyone else in the house have access to the card?", has: blame},
		{text: "Listen, for the third time this week, the gate code is on your booking confirmation.", has: blame},
		{text: "Look, had you read the booking confirmation, you would have seen that check-in opens at 3pm.", has: blame},
		{text: "Look, I've refunded the full amount this morning.", hasNot: blame},
	})
	checkSpans(t, []spanWant{
		{text: "Look, the tenant before you never closed the account.", word: "closed", span: "the tenant before you never closed the account"},
		{text: "Have a look, the code is on the back.", word: "look", span: "have a look"},
	})
}

// A greeting opening a sentence names who is spoken to and tells nothing:
// the sentence is read from the word after its comma. "Good news," is no
// greeting.
func TestGreetingOpeningASentence(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Hi there, did anyone else in the house have access to the card?", has: blame},
		{text: "Hi Lewis, the tenant before you never closed the account.", has: blame},
		{text: "Good morning, for the third time this week, the gate code is on your booking confirmation.", has: blame},
		{text: "Hi there, I've refunded the full amount this morning.", hasNot: blame},
	})
	checkSpans(t, []spanWant{
		{text: "Hi Lewis, the tenant before you never closed the account.", word: "closed", span: "the tenant before you never closed the account"},
		{text: "Good news, the refund went through this morning.", word: "news", span: "good news"},
	})
}

// A possessive typed without its apostrophe, before what is owned ("couriers
// fault", "the carriers problem"), is read as the possessive; a plural
// before a verb or a noun that is not owned stays a plural.
func TestBarePossessiveBeforeWhatIsOwned(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Couriers fault, sorry.", has: blame},
		{text: "Carriers problem, sorry.", has: blame},
		{text: "Couriers deliver on Saturdays too, so it should come tomorrow.", hasNot: blame},
	})
}

// A frame that vouches for what follows ("To be honest,", "Just so you
// know,", "Frankly,") opening a sentence tells nothing: the sentence is read
// from the word after its comma, so a question by inversion or a frame of
// its own still opens it. Without its comma it stays in the clause.
func TestCandourFrameOpeningASentence(t *testing.T) {
	checkReadings(t, []reading{
		{text: "To be honest, did you actually read the contract before you signed it, 'cause the price rise is right there in the terms.", has: blame},
		{text: "Just so you know, the reason your card was blocked is a payment you made to a flagged merchant.", has: blame},
		{text: "Frankly, as I explained on our last call, price matching only applies within 7 days of purchase.", has: blame},
		{text: "To be honest, I've refunded it in full.", hasNot: blame},
	})
}

// "According to our system" cites a source even after a word of talk
// ("Well, according to ..."): what it shows is read as shown, not as owned.
func TestAccordingToAfterTalk(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Well, according to our system, you cancelled the order yourself.", has: blame},
		{text: "Um, according to our system, you cancelled the order yourself.", has: blame},
	})
}

// A frame ("the reason ... is", "what happened is") opens after a short
// clause turned from with "but": "Sorry, but | the reason your card was
// blocked is | a payment you made".
func TestFrameAfterATurn(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Sorry, but the reason your card was blocked is a payment you made to a flagged merchant.", has: blame},
		{text: "I understand, but the reason your card was blocked is a payment you made to a flagged merchant.", has: blame},
		{text: "Sorry, but the reason it's late is that our van broke down, and I've sent another.", hasNot: blame},
	})
}

// "As I said" after a short clause turned from with "but" insists as it
// does opening the sentence: "I understand, but as I mentioned the last two
// times you rang, ...".
func TestSaidBeforeAfterATurn(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I understand, but as I mentioned the last two times you rang, the dishwasher needs descaling every month.", has: blame},
		{text: "Sorry, but as I explained on our last call, price matching only applies within 7 days of purchase.", has: blame},
		{text: "Sorry, but as I said, I've already refunded it.", hasNot: blame},
	})
}

// A relative clause inside a subject may hold an adverb before its verb:
// "the terms you actually agreed to | say", "the broker you originally
// nominated | still hasn't filed it".
func TestAdverbInsideARelativeClause(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The terms you actually agreed to at checkout say the parking has to be used from the entry time.", word: "say", actor: actThing, aspect: aspPresent, lemma: "say"},
		{text: "The courier you originally booked never collected it.", word: "collected", actor: actThird, aspect: aspDone, lemma: "collect"},
	})
}
