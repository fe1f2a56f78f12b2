package scoring

import "testing"

// An act measured past the guidance the customer had ("earlier than the
// artist told you to", "longer than the label says") went against it, told
// or asked; what they waited for, paid or got measured against what we said
// is our shortfall, and so is our own act.
func TestActPastTheGuidanceIsTheirs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You took the dressing off earlier than we told you to.", has: blame},
		{text: "Did you take the dressing off earlier than the nurse told you to?", has: blame},
		{text: "You washed it hotter than the label says.", has: blame},
		{text: "The bag was left in the sun longer than the leaflet recommends.", has: blame},
		{text: "Was it left plugged in longer than the manual says?", has: blame},
		{text: "You waited longer than we said you would.", hasNot: blame},
		{text: "You got it later than we told you.", hasNot: blame},
		{text: "You were charged more than the leaflet said.", hasNot: blame},
		{text: "The parcel was delivered later than we said.", hasNot: blame},
		{text: "We took longer than we said we would.", hasNot: blame},
		{text: "You did more than we asked, thank you.", hasNot: blame},
	})
}

// Drilling or cutting through a line a home's services run along is the
// damage, whoever did it ("straight through" too); through a wall or a
// floor, it is how a cable is run.
func TestGoingThroughALineIsTheDamage(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your builder drilled straight through the alarm cable.", has: blame},
		{text: "You must have nailed through the pipe when you put the shelf up.", has: blame},
		{text: "We drilled through your water pipe, and that's on us.", has: owns},
		{text: "Our contractor dug right through the phone line.", has: owns},
		{text: "Our engineer drilled through the wall to run the new cable.", hasNot: owns},
		{text: "The installer drilled through the floor to fit the pipe.", hasNot: blame},
		{text: "We never saw the request, so it wasn't passed on.", hasNot: owns},
	})
}

// A point made after a frame that braces the customer for it ("with
// respect,", "not being funny, but", "let's just say") sets their account
// aside, whatever its words; "with respect to" only names the topic, and a
// sentence that takes a step, apologises or owns the fault blames no one.
func TestPointAfterAnInsinuatingFrameIsBlame(t *testing.T) {
	checkReadings(t, []reading{
		{text: "With respect, the handover pack covers this on page four.", has: blame},
		{text: "Not being funny, but we've sold hundreds of these without a single return.", has: blame},
		{text: "Let's just say a phone doesn't usually end up in the bath by itself.", has: blame},
		{text: "I'm just saying, the box was ticked.", has: blame},
		{text: "With respect to your refund, it went out this morning.", hasNot: blame},
		{text: "With respect, I've refunded the fee in full.", hasNot: blame},
		{text: "Not being funny, but I'm so sorry this happened to you.", hasNot: blame},
		{text: "Look, I'm not saying you did anything wrong, I just need the receipt.", hasNot: blame},
		{text: "With respect, we had your details all along and still lost the booking.", hasNot: blame},
		{text: "You'll appreciate that we can only deliver to the address we're given.", has: blame},
		{text: "I'm sure you'll understand that we can't refund a used item.", has: blame},
		{text: "You'll appreciate that I've refunded the fee in full.", hasNot: blame},
		{text: "You'll understand why when you see it.", hasNot: blame},
	})
}

// A thing set, saved or registered, its doer unnamed, with an old or other
// detail carries what the customer gave; with a wrong one, it may be our
// slip, and we set it wrongly only when we say so.
func TestSetToAnOldDetailIsTheirs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The drop-off pin was set to your old address.", has: blame},
		{text: "The account was registered under a different email.", has: blame},
		{text: "The pin was set to the wrong address.", hasNot: blame},
		{text: "We set the pin to your old address by mistake.", hasNot: blame},
		{text: "The pin was set to your new address this morning.", hasNot: blame},
	})
}

// A charge said to stand ("so the upgrade charge stands") is defended, as
// one said to be valid is; a refund that stands, or a charge we still
// check, is not.
func TestChargeThatStandsIsDefended(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You didn't have a valid student ID, so the upgrade charge stands.", has: blame},
		{text: "The £45 fee stands.", has: blame},
		{text: "The deduction still stands, I'm afraid.", has: blame},
		{text: "The charge stands until I've checked it, then I'll refund it.", hasNot: blame},
		{text: "Your refund stands, and it's on its way.", hasNot: blame},
	})
}

// Saying there is little or nothing we can do hides behind the limits of
// the role in every wording, and states no authority; offering more does
// neither.
func TestLittleWeCanDoHidesInEveryWording(t *testing.T) {
	for _, text := range []string{
		"There's nothing I can do.",
		"There's not much I can do.",
		"There's not a lot we can do about that.",
		"There's little we can do.",
		"There's nothing more I can do from here.",
	} {
		a := Analyze(text)
		if !a.Has(MarkPolicy) || a.Has(MarkAuthority) {
			t.Errorf("%q: want hides-behind-policy and no states-authority, got %s", text, kinds(a))
		}
	}
	for _, text := range []string{"Is there anything more I can do for you?", "There's a lot we can do to help."} {
		if a := Analyze(text); a.Has(MarkPolicy) {
			t.Errorf("%q: want no hides-behind-policy, got %s", text, kinds(a))
		}
	}
}

// A handling or clearing agent is another trade's, as a letting agent is:
// its slip is a third party's, not ours.
func TestHandlingAgentIsAThirdParty(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The baggage was delayed because the handling agent at Lisbon failed to load it.", has: blame, hasNot: owns},
		{text: "The clearing agent held the parcel for a week.", has: blame, hasNot: owns},
		{text: "Our support agent gave you the wrong code.", has: owns, hasNot: blame},
	})
}

// "We" inside a subject as the holder of a record ("the card we had on
// file") keeps the customer's details; it does not make the reason ours,
// as "the parcel we sent" does.
func TestRecordWeHoldIsStillTheirs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The payment failed because the card we had on file had expired.", has: blame},
		{text: "The letter bounced because the address we hold for you was out of date.", has: blame},
		{text: "It arrived late because the van we sent broke down.", hasNot: blame},
	})
}

// What we can only do within a time ("we can only refund within 30 days")
// is a window, not a time we commit to; what we can do by then still is.
func TestWindowWeCanOnlyActInIsNoCommitment(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We can only refund within 30 days.", hasNot: timeC},
		{text: "I can only refund it within the next hour.", hasNot: timeC},
		{text: "I'll refund it within the next hour.", has: timeC},
	})
}

// "It speaks for itself" says the evidence needs no more said: it lays the
// trouble on what it shows.
func TestSpeaksForItselfIsBlame(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The sticker being peeled off kind of speaks for itself, doesn't it.", has: blame},
		{text: "The photos speak for themselves.", has: blame},
		{text: "I'll speak to the team myself.", hasNot: blame},
	})
}

// A tag put on what only the customer's side does to a thing ("the box was
// ticked, wasn't it?") is put to them to admit, as "you ticked the box,
// didn't you?" is; "it was left outside" may be our driver's parcel.
func TestTagOnYourActDoneToAThing(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The box was ticked, wasn't it?", has: blame},
		{text: "The thermostat was reset, wasn't it?", has: blame},
		{text: "It was left outside, wasn't it?", hasNot: blame},
		{text: "The parcel was left outside, wasn't it?", hasNot: blame},
	})
}

// Use past the normal ("well beyond normal use", "more than normal wear and
// tear") puts the damage on how the thing was used, as "beyond fair wear
// and tear" does; within it, it does not. A thing that has been "through"
// a count of cycles has passed through them, and no step is done.
func TestUsePastTheNormalIsTheirs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That's well beyond normal use.", has: blame},
		{text: "This is more than normal wear and tear.", has: blame},
		{text: "That isn't consistent with normal use.", has: blame},
		{text: "That's normal use, so I'll send a replacement today.", hasNot: blame},
		{text: "The battery has been through 1,400 charge cycles in eight months.", hasNot: step},
		{text: "Your refund has gone through.", has: step},
	})
}

// "The timestamps don't lie" says the record settles it, as "it speaks for
// itself" does.
func TestRecordsDontLieIsBlame(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The timestamps don't lie: the order was placed at 23:58.", has: blame},
		{text: "Cameras don't lie.", has: blame},
		{text: "I won't lie to you, this one's on us.", hasNot: blame},
	})
}

// A question that leaves only the customer's side as the answer ("who else
// would have taken it in?", "what else could it be?", "what do you think
// that tells us?") is asked to be answered by them against themselves;
// "what else can I do for you?" offers, and "what did you expect to
// happen?" asks.
func TestRhetoricalQuestionsThatLeaveOnlyThem(t *testing.T) {
	checkReadings(t, []reading{
		{text: "If your own camera shows it handed over, who else would have taken it in?", has: blame},
		{text: "What else could it be?", has: blame},
		{text: "If it's fine for every other guest, what do you think that tells us?", has: blame},
		{text: "What else can I do for you today?", hasNot: blame},
		{text: "What did you expect to happen when you booked?", hasNot: blame},
		{text: "Who else has access to the account, so I can add them?", hasNot: blame},
	})
}

// A no-show on the record says the customer did not come ("the records
// show a no-show", "it's marked as a no-show"); sparing them one does not.
// A note held on the record ("I've got a note here", "we've got it on
// file") is held, not a step done.
func TestNoShowOnTheRecord(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The hotel's records show a no-show.", has: blame},
		{text: "It's marked as a no-show, I'm afraid.", has: blame},
		{text: "We've still got a no-show on the record.", has: blame, hasNot: step},
		{text: "I've held the room so you won't be marked as a no-show.", hasNot: blame},
		{text: "I've got a note here from the driver.", hasNot: step},
		{text: "I've got you booked in for Friday.", has: step},
	})
}

// Leaving a thing in a state it should not be left in ("you left the
// window open", "your son left the tap running") is a slip of whoever left
// it; leaving a place, or a message on one, is not.
func TestLeftItSoIsASlip(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You left the lights on overnight and that's flattened the battery.", has: blame},
		{text: "You left the back door unlocked.", has: blame},
		{text: "Your son left the tap running.", has: blame},
		{text: "You left a message on our voicemail.", hasNot: blame},
		{text: "You left on Monday, so I've moved the delivery.", hasNot: blame},
		{text: "I left the keys out for you.", hasNot: blame},
	})
}

// What was ignored, neglected or overlooked is no step done for anyone.
func TestIgnoredIsNoStep(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The warning light's been ignored for weeks, that's why the engine's cooked.", has: blame, hasNot: step},
		{text: "Your complaint has been ignored, and I'm sorry.", hasNot: step},
		{text: "Your complaint has been escalated.", has: step},
	})
}

// The way into the customer's place barred ("the gate was locked", "the
// buzzer for flat 3 doesn't work"), so our people could not get in, is laid
// on their side as "your gate was locked" is.
func TestAccessBarredHeldUsUp(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The gate was locked, so the driver couldn't get to the door.", has: blame},
		{text: "The buzzer for flat 3 doesn't work, so he couldn't get in.", has: blame},
		{text: "The lift was broken, so the driver couldn't get the sofa up.", has: blame},
		{text: "Our lift was broken, so the engineer couldn't get up.", hasNot: blame},
		{text: "The gate was locked, so the driver couldn't get in, and I've rebooked him for Friday.", hasNot: blame},
	})
}

// Upkeep that no one did for a long time ("nobody had topped it up in
// months", "no one had serviced the boiler since 2019") is the owner's
// neglect, as "it hadn't been serviced in three years" is; our own people
// not doing it is ours.
func TestUpkeepNoOneDid(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Nobody had topped it up in months.", has: blame},
		{text: "No one had serviced the boiler since 2019.", has: blame},
		{text: "Nobody from our team had serviced it in months, and I'm sorry.", hasNot: blame},
		{text: "Nobody had serviced it yet when you rang.", hasNot: blame},
	})
}

// The customer's approval of the work before it was made ("you approved the
// proof", "you signed off on the design") lays what was made to it on them;
// told with our step, it is the reason for the step, and a third party's
// approval is news.
func TestApprovedTheWork(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You approved the proof.", has: blame},
		{text: "You signed off on the design.", has: blame},
		{text: "Your husband accepted the quote.", has: blame},
		{text: "You accepted the quote, so I've booked the fitters in.", hasNot: blame},
		{text: "The landlord has now approved the contractor's quote.", hasNot: blame},
	})
}

// Not showing up is not turning up ("you didn't show up for the
// appointment"), and "you weren't there" with our visit after it ("when the
// driver came") is an absence, as "you weren't in" is; alone it may only
// say where they were.
func TestNotShowingUpAndNotThere(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You didn't show up for the appointment.", has: blame},
		{text: "You never showed up.", has: blame},
		{text: "You weren't there when the driver came.", has: blame},
		{text: "You weren't there, so you couldn't have known.", hasNot: blame},
	})
}

// "It's been" is "it has been" ("it's been patched" is the step "it has
// been patched" is); a thing told as ridden, driven or left sitting has had
// what only its owner does, or nothing, done to it, and no step.
func TestItsBeenIsPerfect(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The fault was on our mail server, and it's been patched.", has: step},
		{text: "A bent rim like that means it's been ridden into a kerb.", hasNot: step},
		{text: "The car has been driven on a flat.", hasNot: step},
		{text: "The prescription has been sat in the tray all week.", hasNot: step},
		{text: "The claim's just sat there because the photos were too blurry.", hasNot: step},
	})
	az, c := clauseOf(t, "It's been washed.", "washed")
	if !c.hasHave {
		t.Errorf("%q: 's before been not read as has", spanText(az, c))
	}
}

// Others who got on fine ("every other tenant has got in fine") set this
// customer apart; no step was done for anyone.
func TestOthersFineIsNoStep(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Every other tenant on that corridor has got in fine this morning.", has: blame, hasNot: step},
		{text: "Your neighbour has got the parcel for you.", hasNot: blame},
	})
}

// Answering for the fault refused outright ("we are unable to accept
// liability", "we accept no responsibility") is disowned as "we can't
// accept responsibility" is; taking it on is not.
func TestRefusingLiabilityOutright(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We are unable to accept liability for items left in the vehicle.", has: blame},
		{text: "We accept no responsibility for this.", has: blame},
		{text: "We accept full responsibility for this.", hasNot: blame},
		{text: "You are not liable for any of it.", hasNot: blame},
	})
}

// Taking the fault on is owned in every wording: "we accept full
// responsibility", "I take responsibility for that", "we hold our hands
// up"; refusing it is not.
func TestTakingResponsibilityIsOwned(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We accept full responsibility for this.", has: owns},
		{text: "I take responsibility for that.", has: owns},
		{text: "We hold our hands up.", has: owns},
		{text: "We can't accept responsibility for that.", hasNot: owns},
		{text: "We don't take responsibility for third-party sellers.", hasNot: owns},
	})
}

// The customer's payment or paperwork told as not in by its deadline ("the
// payment was not received by the due date", "your form didn't arrive
// until after the deadline") is late as "it arrived after the due date" is;
// a refund of ours not in by a date is ours.
func TestPaperworkNotInByTheDeadline(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The payment was not received by the due date.", has: blame},
		{text: "Your form didn't arrive until after the deadline.", has: blame},
		{text: "Your refund wasn't received by the due date, and I'm sorry.", hasNot: blame},
		{text: "The payment didn't arrive, so I've checked with your bank.", hasNot: blame},
	})
}

// A detail of the customer's that did not match another they gave ("the
// name on the booking didn't match your passport"), or a document of
// theirs that did not meet what was asked, is theirs; what we sent not
// matching our own listing is not.
func TestDetailsThatDontMatch(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The name on the booking didn't match your passport.", has: blame},
		{text: "Your ID didn't match the name on the account.", has: blame},
		{text: "Your photo didn't meet the requirements.", has: blame},
		{text: "The item you received didn't match the photo on the listing.", hasNot: blame},
		{text: "The refund amount didn't match your card statement.", hasNot: blame},
	})
}

// Not having a document they needed ("you didn't have a visa", "you
// arrived without your passport") was theirs to see to; what we were to
// give them, or a sentence in which we help, is not laid on them.
func TestLackedTheDocument(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You didn't have a visa for the stopover.", has: blame},
		{text: "You arrived without your passport.", has: blame},
		{text: "You didn't bring your ID.", has: blame},
		{text: "You didn't have a receipt, but that's fine, I've found the order.", hasNot: blame},
		{text: "You didn't get the receipt we promised to email.", hasNot: blame},
	})
}

// A thing of the customer's, or the customer, said to be over a limit
// ("your bag was over the weight limit", "you were over your data limit")
// went past it as "you went over your allowance" does; ours over a limit,
// or a sentence in which we act, is not laid on them.
func TestOverTheLimitAsAState(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your bag was over the weight limit.", has: blame},
		{text: "The bag was 3kg over the limit.", has: blame},
		{text: "Our van was over the weight limit.", hasNot: blame},
		{text: "The refund was over the limit I can approve, so I've escalated it.", hasNot: blame},
	})
}

// "We haven't had a reading from you" says we never got their part, as "we
// never received a reading from you" does; still awaited ("yet") it is
// not laid on them. Bills estimated are no step done for anyone.
func TestNotHadYourPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We haven't had a reading from you since March.", has: blame},
		{text: "We haven't had your form back yet.", hasNot: blame},
		{text: "We haven't had a chance to look yet.", hasNot: blame},
		{text: "The bills have been estimated.", hasNot: step},
	})
}

// A penalty told as what the customer's slip brought ("the appointment was
// missed, so it's been logged as a did-not-attend", "the scooter was parked
// outside the zone, so the fee has been applied") is no step done for them;
// a card cancelled after a third party lost it protects them.
func TestPenaltyAfterASlipIsNoStep(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The 10:30 appointment was missed, so it's been logged as a did-not-attend.", has: blame, hasNot: step},
		{text: "The scooter was parked outside the zone, so the £20 fee has been applied.", has: blame, hasNot: step},
		{text: "The courier lost your replacement card, so it's been cancelled and another is on its way.", has: step},
	})
}

// "I'd put money on it" is a bet on a guess, no step; putting the refund
// through is one.
func TestPuttingMoneyOnItIsABet(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your kid's been pressing buttons on it, I'd put money on it.", hasNot: step},
		{text: "I'd put my money on the courier.", hasNot: step},
		{text: "I've put the refund through.", has: step},
	})
}

// Logging or signing "into" a place is logging in to it: "you logged into
// the wrong account" is their part done in the wrong place.
func TestLoggingIntoTheWrongAccount(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You logged into the wrong account.", has: blame},
		{text: "You've got two accounts, and you're logging into the wrong one.", has: blame},
		{text: "You logged into your account and it's all there now.", hasNot: blame},
	})
}

// After "'s", a participle with a pronoun for its object is "has": "your
// bank's blocked it" is the bank's act, as "your bank has blocked it" is.
func TestApostropheSBeforeAnObjectPronounIsHas(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your bank's blocked it.", has: blame},
		{text: "What's happened here is your bank's declined it.", has: blame},
		{text: "The payment's blocked at the moment, but I've asked the bank to release it.", hasNot: blame},
	})
}

// A detail told, as it stands, to be the customer's old one ("the address
// on the order is your old one") was theirs to give and to update; our own
// record's being old is owned when said so.
func TestDetailIsYourOldOne(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The address on the order is your old one.", has: blame},
		{text: "The email on the account is your previous one.", has: blame},
		{text: "The address on the order is your new one.", hasNot: blame},
		{text: "The address on our system is your old one, and that's our mistake.", hasNot: blame},
	})
}

// What was sent going to the customer's old detail ("the email went to your
// old address", "the code went to your old number") went where their detail
// sent it; to a wrong one, or in a sentence that owns it, it is not laid on
// them.
func TestSentToYourOldDetail(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The email went to your old address.", has: blame},
		{text: "The code went to your old number.", has: blame},
		{text: "The parcel went to the wrong address.", hasNot: blame},
		{text: "The letter went to your old address, which is our mistake, as you'd told us you'd moved.", hasNot: blame},
	})
}

// An account, a flat or a house is a detail the customer gives, as an
// address or a card is: "the order was placed on the old account", "it's
// registered to your old flat".
func TestAccountIsADetailTheyGive(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The order was placed on the old account.", has: blame},
		{text: "The money was paid into another account by mistake on our side.", hasNot: blame},
		{text: "It's registered to your old flat.", has: blame},
		{text: "Our driver went to the wrong flat.", hasNot: blame},
	})
}

// A thing that still held the customer's old detail ("the account still
// had your previous address on it", "the app still shows your old email")
// waited on them to update it; what we still held, owned, is ours.
func TestStillYourOldDetail(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The account still had your previous address on it.", has: blame},
		{text: "The app still shows your old email.", has: blame},
		{text: "We still had your old address, which is our mistake.", hasNot: blame},
		{text: "The account still has your new address.", hasNot: blame},
	})
}

// The customer doing their part with another detail than the one that
// would have worked ("you registered with a different email") used their
// own detail; told with our step that fixes it, or as an option, it is not
// laid on them.
func TestYouUsedAnotherDetail(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You registered with a different email.", has: blame},
		{text: "You can register with a different email if you like.", hasNot: blame},
		{text: "You paid with another card, so I've refunded that one.", hasNot: blame},
	})
}

// A thing held in a name other than the customer's own as it is now ("the
// booking's under your maiden name", "the account's in your husband's
// name") holds the name they gave; "under your name" is no other.
func TestInAnotherName(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The booking's under your maiden name.", has: blame},
		{text: "The account's in your husband's name, so I can't discuss it.", has: blame},
		{text: "The booking is under your name.", hasNot: blame},
		{text: "It's in our name until it's delivered.", hasNot: blame},
	})
}

// What the customer gave that had run out, or was empty or unreadable
// ("the ID you uploaded had expired", "the file you attached was empty"),
// was wrong when they gave it; what we sent that expired is ours.
func TestWhatYouGaveRanOut(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The ID you uploaded had expired.", has: blame},
		{text: "The file you attached was empty.", has: blame},
		{text: "The link we sent you had expired, so I've sent a new one.", hasNot: blame},
	})
}

// What the customer gave being for another thing ("the receipt you sent
// was for a different order"), or not existing at all ("the serial number
// you gave doesn't exist"), was the wrong one they gave.
func TestWhatYouGaveWasForAnother(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The receipt you sent was for a different order.", has: blame},
		{text: "The reference you gave us is for another booking.", has: blame},
		{text: "The serial number you gave doesn't exist.", has: blame},
		{text: "The receipt you sent was for the right order, so I've refunded it.", hasNot: blame},
	})
}

// A proof of the customer's told by its age ("your proof of address was
// more than three months old") is why it was turned down.
func TestYourProofTooOld(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your proof of address was more than three months old.", has: blame},
		{text: "The statement you sent is over a year old.", has: blame},
		{text: "Our letter was six months old, sorry.", hasNot: blame},
	})
}

// Telling us of a trouble a length of time after it happened ("you
// reported the damage six weeks after it happened", "the leak was reported
// a month later") is the customer's delay; ours, owned, or told with our
// step, is not laid on them.
func TestReportedLongAfter(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You reported the damage six weeks after it happened.", has: blame},
		{text: "The leak was reported a month later.", has: blame},
		{text: "We reported it to the courier two days after, which is on us.", hasNot: blame},
		{text: "You told us about it a week after, and I've logged it.", hasNot: blame},
	})
}
