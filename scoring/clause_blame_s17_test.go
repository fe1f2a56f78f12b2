package scoring

import "testing"

// "Through no fault of your own" clears the customer of what the sentence
// tells went wrong, as "it's not your fault" does.
func TestNoFaultOfYourOwnClears(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Whatever the cause, your card was declined through no fault of your own and the overdraft fees have been refunded.", hasNot: blame},
		{text: "The parcel was held at customs through no fault on your part.", hasNot: blame},
		{text: "Your card was declined because the wrong PIN was entered three times.", has: blame},
	})
}

// The customer's account told back goes on past "and" with no subject of
// its own ("right, so you dropped it off on the 3rd | and were told a
// week"), and after "so I've got this right" as after "so I'm clear". Told
// as our record, the same telling still blames.
func TestRecapGoesOnAndChecksItIsRight(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Right, so you dropped it off on the 3rd and were told a week. Bear with me.", hasNot: blame},
		{text: "Ok so just so I've got this right, you paid the council tax on the 1st, the reminder came on the 5th, and now there's a summons? Thats not right at all, let me look at it properly.", hasNot: blame},
		{text: "So I have got this right: you moved house in May and the letters went to the old address.", hasNot: blame},
		{text: "You dropped it off late and were told twice about the cut-off.", has: blame},
	})
}

// A difficulty is a trouble others would have reported too, and "reported"
// or "complained" says it was had: "you're the only member who has
// reported any difficulty", "the only customer who complained".
func TestOnlyYouReportedADifficulty(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Not to labour the point, but you're the only member on this scheme who has reported any difficulty with the online claims portal.", has: blame},
		{text: "Nobody else has had any difficulties with the new app.", has: blame},
		{text: "You're the only one on the new tariff who has complained about the speeds.", has: blame},
		{text: "You're the only one I've been able to reach today.", hasNot: blame},
	})
}

// Paperwork received after a renewal or expiry came late, whether the
// deadline is named in the clause ("eleven days after the renewal date") or
// set off after it without a verb ("received on 19 August, | after the
// renewal date of 15 August").
func TestPaperworkReceivedAfterTheRenewal(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The cancellation request was received on 19 August, after the renewal date of 15 August.", has: blame},
		{text: "Your claim form was received three weeks after the expiry date of the policy.", has: blame},
		{text: "The cancellation request was received on 10 August, well before the renewal date, so I've refunded it in full.", hasNot: blame},
	})
}

// "Not something we can cover", "fix" or "account for" disowns what the
// customer's own thing, or a thing another did, brought about. Said of
// what we cannot do for them, with no one else named, it blames no one.
func TestNotSomethingWeCover(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The wardrobe was put together by the previous tenant, so any wobble in it isn't something we can cover.", has: blame},
		{text: "Your flight landing late isn't something we can account for; reception closes at midnight.", has: blame},
		{text: "A same-day swap isn't something we can do on a Sunday, but I've booked it for Monday.", hasNot: blame},
	})
}

// A thing left in a place or a state, in the passive with no doer, was
// left by the one who had it: "the card was left in the cash machine".
// What we deliver is left by whoever delivers it, and a thing left at our
// place, or for them, was left by us.
func TestThingLeftSoIsTheirs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The card was left in the cash machine, and the machine kept it after thirty seconds.", has: blame},
		{text: "From the rust on the frame, the pram's clearly been left out in the garden over winter.", has: blame},
		{text: "The laptop was left switched on in the bag, which is why it overheated.", has: blame},
		{text: "Your parcel was left on the doorstep and got soaked, so I've sent a new one.", hasNot: blame},
		{text: "Your meal kit was left out of the chiller at our depot for too long.", hasNot: blame},
		{text: "The spare keys were left at reception for you this morning.", hasNot: blame},
	})
}

// A notice, or a term it sets out, said to be "right there" or "in bold"
// points at what the customer could see, wherever it was: "the sign's
// right there above the machine". What we deliver is only placed.
func TestNoticeRightThere(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The sign's right there above the machine: pay at the kiosk before you go back to the car.", has: blame},
		{text: "The sesame warning's right there on the menu page, under the photo.", has: blame},
		{text: "The late fee is right there in bold.", has: blame},
		{text: "Your parcel is right there in locker 12, the code is 4471.", hasNot: blame},
	})
}

// A document named by two nouns ("your confirmation email", "the menu
// page") is a document as its head is: the first is no modifier of some
// other thing, as "label" is of "printer".
func TestCompoundDocumentNouns(t *testing.T) {
	checkReadings(t, []reading{
		{text: "its in bold on ur confirmation email, 24hrs notice or the deposit's kept", has: blame},
		{text: "The cancellation fee was printed on the booking confirmation page.", has: blame},
		{text: "We sent it to the label printer in our warehouse.", hasNot: blame},
	})
}

// Reminders or notices sent ahead of the event ("30 days before the
// renewal date", "| before it renewed"), or more than one of them, insist
// the customer was warned, told by us or in the passive. One sent now
// with something new is a step.
func TestRemindersSentAhead(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Two reminders were sent before it renewed.", has: blame},
		{text: "Renewal notices went out 30 days before the renewal date.", has: blame},
		{text: "We sent the reminder SMS 72 hours before, same as we do for everyone.", has: blame},
		{text: "We sent reminder emails 7 days and 1 day before the subscription renewed.", has: blame},
		{text: "A reminder was sent to your email yesterday with the new link.", hasNot: blame},
		{text: "I've sent a reminder to the courier before their next run.", hasNot: blame},
	})
}

// An order or booking handed in with a detail other than the one that
// would have worked ("under a different name", "with your old address")
// came in wrong, as with "the wrong postcode".
func TestBookingMadeWithAnotherDetail(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Hi there, the reservation was made under a different name, which is why the hotel couldn't find it on arrival.", has: blame},
		{text: "The order was placed with your old address, so it went there.", has: blame},
		{text: "The booking was made for another week, so I've moved it to the right one for you at no cost.", hasNot: blame},
	})
}

// "It's the booking system that did it" names the system as a cleft
// does, and the agent who then disowns the power ("my hands are tied",
// "nothing I can do") puts the failure on it.
func TestCleftNamesTheSystem(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Hey @NoodleQueen, I'd love to help but it's the booking system that auto-cancelled it, my hands are tied there.", has: blame},
		{text: "It's the booking system, it just won't let me move you onto the Saturday slot, nothing I can do.", has: blame},
		{text: "It was our booking system that cancelled it, and I've put it back for you.", hasNot: blame},
	})
}

// "Broken" after be is read as a state, but said of the item as it came
// back ("the seal was broken when they came back to us"), or plainly, it
// is the customer's use as "was cracked" is.
func TestBrokenAsAStateWhenItCameBack(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Hi Chris, the seal on the headphones was broken when they came back to us, and opened earbuds can't be refunded for hygiene reasons.", has: blame},
		{text: "It's clear from the photos the seal was broken before it came back to us.", has: blame},
		{text: "The seal was broken when it left our warehouse, so I've sent a new pair.", hasNot: blame},
	})
}

// Our side doing, fitting or going with "what was written", "what was
// asked of them" or "what was on the job sheet" insists it did what the
// customer gave it, as "we followed your instructions" does. "Them" in
// what was asked is our own people, not a party we acted on.
func TestDidWhatWasWritten(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We fitted exactly what was written on the job card; if that's not what you wanted, the card should've said so.", has: blame},
		{text: "The grout colour was changed in the app the night before, so the fitter went with what was on the job sheet.", has: blame},
		{text: "Respectfully, our team did exactly what was asked of them on the job sheet.", has: blame},
		{text: "We refunded what was charged, and I've added £10 for the trouble.", hasNot: blame},
	})
}

// The customer late, told plainly, is their error: "you were 20 minutes
// late", "you paid late", "u got here 20 mins late". Not "late" before a
// noun ("a refund for late delivery"), what was done to them ("you were
// kept late"), nor their own account ("you said it came late").
func TestYouWereLate(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I'm sorry but you arrived 20 minutes late, and once it's past 15 minutes the policy is we have to rebook you.", has: blame},
		{text: "you paid late, so the discount didn't apply.", has: blame},
		{text: "You sent the form in late.", has: blame},
		{text: "Under our policy you're entitled to a full refund for late delivery, so I've just processed it for you.", hasNot: blame},
		{text: "I'm so sorry you were kept late at the counter.", hasNot: blame},
		{text: "You said the engineer turned up late, and I've logged it.", hasNot: blame},
	})
}

// What went wrong "despite the instructions", "contrary to the condition"
// or "against our advice" went against guidance the customer had. Our own
// act against it is ours.
func TestAgainstTheGuidanceGiven(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your cat was given breakfast this morning despite the fasting instructions, so the vet couldn't put her under.", has: blame},
		{text: "The heating was left off over the winter, contrary to the frost precautions condition.", has: blame},
		{text: "You went ahead against our advice.", has: blame},
		{text: "Despite your instructions, our driver left it at the door, and that's on us.", hasNot: blame},
		{text: "We went against your instructions, and I'm sorry.", hasNot: blame},
	})
}

// "It's common for people to" slip, or to give a wrong detail, tells what
// customers do, as "people often ..." does. Said of what customers are
// entitled to, it blames no one.
func TestCommonForCustomersToSlip(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It's really common for people to put the flat number in the wrong box, and then riders end up stuck at the main door.", has: blame},
		{text: "It's common for customers to forget to cancel the old direct debit.", has: blame},
		{text: "It's normal for customers to get a refund within five days.", hasNot: blame},
	})
}

// Riders, motorists and commuters are customers in general, as passengers
// are: "riders tend to get the fee when they aren't at the pickup point".
func TestRidersAreCustomersInGeneral(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Riders tend to get the cancellation fee when they aren't at the pickup point by the time the car pulls up.", has: blame},
		{text: "Motorists often forget to renew the permit.", has: blame},
	})
}

// The company saying the matter has been gone over before ("we've been
// through this twice already", "this is the third time we've had this
// conversation") puts the repeat on the customer. Going through it for the
// first time, or over it together now, does not.
func TestGoneOverThisBefore(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We've been through this twice already this week, the form has to be filled in before you come in.", has: blame},
		{text: "We've been over this before.", has: blame},
		{text: "This is the third time we've had this conversation.", has: blame},
		{text: "We've been through this with our engineers and the fault was ours.", hasNot: blame},
		{text: "Let's go over this together now.", hasNot: blame},
	})
}

// The customer's word insisted on ("you did say the old address was
// fine"), or given late ("you only told us about the move | after the
// bill had gone out"), and what we sent turned away at their end ("the
// parcel was refused at the door") are held against them. Said while we
// take our part on ("and we still should have checked"), the word is not.
func TestYourWordAndTimingHeldAgainstYou(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Well, you did say the old address was fine when we checked.", has: blame},
		{text: "You only told us about the move after the bill had gone out.", has: blame},
		{text: "The parcel was refused at the door, so it came back to us.", has: blame},
		{text: "You did say the old address was fine, and we still should have double-checked.", hasNot: blame},
		{text: "You only need to tell us after the move.", hasNot: blame},
	})
}

// A plan that covers or includes a thing, with no "only" to narrow it, is
// no cause of trouble, whatever follows: "your policy does include
// accidental damage, so the spill is covered". "Only covers" still limits.
func TestCoverIsNoCauseOfTrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your policy does include accidental damage, so the paint spilled on the carpet is covered.", hasNot: blame},
		{text: "So your policy does cover accidental damage, it's on page four, so what I'll do is open the claim for you now and get the form emailed over.", hasNot: blame},
	})
}

// "To recap", and "just to confirm" or "to check" opening a question,
// check the customer's account back: what follows is theirs.
func TestToConfirmChecksTheAccountBack(t *testing.T) {
	checkReadings(t, []reading{
		{text: "So just to confirm, the contractor deleted the service account and the integration's been down since Tuesday?", hasNot: blame},
		{text: "To recap, the courier left it at the wrong house and it was gone when you got home.", hasNot: blame},
		{text: "Just to confirm, you entered the wrong card number three times, so the account locked.", has: blame},
	})
}

// A count over a period is of the last noun before the period, its head:
// "your third cracked-screen claim this year" counts claims, which only
// the customer makes. "For the third time, sir" and "the third
// replacement fob" keep their counted word.
func TestCountIsOfTheHeadNoun(t *testing.T) {
	checkReadings(t, []reading{
		{text: "This is your third cracked-screen claim this year, so I'll be honest, the underwriters are going to look at this one pretty hard.", has: blame},
		{text: "This is the third replacement fob this month, Mr Patel.", has: blame},
		{text: "For the third time, sir, the bike has to stay in the dock until the light goes green.", has: blame},
	})
}

// "As I said in my last email" tells them again after "Again," or "So,"
// set off before it, as it does opening the sentence.
func TestSaidBeforeAfterAnOpener(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Again, as I've said in my last two replies, the licence key is case sensitive.", has: blame},
		{text: "So, as I said in my last email, the key is case sensitive.", has: blame},
		{text: "So, as I said in my last email, the engineer will call you tomorrow.", hasNot: blame},
	})
}

// A thing said to have gone through fine at our end ("its gone thru fine
// on our end") says our side works, as "it's fine on our side" does: no
// owning, and the fault put elsewhere.
func TestGoneThroughFineOnOurEnd(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your bank's most likely blocking the pre-auth, its gone thru fine on our end.", has: blame, hasNot: owns},
		{text: "The payment went through fine on our side.", hasNot: owns},
		{text: "The payment didn't go through on our side, and that's our mistake.", has: owns},
	})
}

// "Properly" or "correctly" denied just before it ("an earth strap we
// didn't tighten properly") says it was not done as it should be.
func TestRightlyDeniedIsNotDoneRight(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your battery's fine, the fault was an earth strap we didn't tighten properly.", hasNot: blame},
		{text: "The boiler was serviced correctly, so the leak came from the new tap you fitted.", has: blame},
	})
}

// A pothole or a diversion is an outside event, as a storm is: "it's the
// pothole that cracked the alloy". An app's crash is no such event.
func TestPotholeIsAnOutsideEvent(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It's the pothole that cracked the alloy, the tracking we did last week has nothing to do with it.", has: blame},
		{text: "Your phone is totally fine, the crash came from our last update and the fix goes out tonight.", hasNot: blame},
	})
}

// "Loads of" or "lots of" the same, and not one gone wrong, is our record
// held up against theirs, as "hundreds of" is.
func TestLoadsOfTheSameAndNotOne(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We've had loads of the same model in this week for a service and not one of them has come back with this problem.", has: blame},
		{text: "We've had lots of calls about the outage this morning, and I'm sorry you were caught up in it.", hasNot: blame},
	})
}
