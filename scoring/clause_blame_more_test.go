package scoring

import "testing"

// What goes wrong by itself ("expired", "lapsed") is a state of the
// customer's thing, not a passive someone else did; a named result ("that's
// why", "that's what's") that runs past its link keeps its own negation and
// its own verb of trouble.
func TestLapsesAndNamedResults(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your visa's expired, so the booking can't go ahead.", has: blame},
		{text: "Your membership has lapsed, I'm afraid.", has: blame},
		{text: "Your membership had lapsed, so I've renewed it for free.", hasNot: blame},
		{text: "The old voucher is expired, which is on us for not telling you.", hasNot: blame},
		{text: "Your laptop's on an old browser. That's why the page won't load.", has: blame},
		{text: "You stopped on the red route. That's why the van got clamped.", has: blame},
		{text: "You asked for the express option. That's why it came so quickly.", hasNot: blame},
		{text: "Your charger's a cheap copy, love, and that's what's fried the port.", has: blame},
		{text: "Most ppl who miss the cut-off have just mistyped their card number.", has: blame},
		{text: "That's the removals firm's mistake, not ours.", has: blame},
		{text: "We sent it with a removals firm, and the delay is on us.", hasNot: blame},
	})
}

// An act the agent says was seen is on record though its verb has no tense;
// "should have" with no subject is the customer's part unless it was owed to
// them.
func TestActsSeenOrOwed(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The CCTV shows you leaving the bag on the counter.", has: blame},
		{text: "Our footage showed you deleting the save file.", has: blame},
		{text: "The footage shows the courier handing it over at 2pm.", hasNot: blame},
		{text: "Should've kept the receipt, mate. No receipt, no refund.", has: blame},
		{text: "Should've told us about the new address.", has: blame},
		{text: "Should've told you about the delay, and I'm sorry we didn't.", hasNot: blame},
		{text: "Should've been sent on Monday; I've chased it.", hasNot: blame},
	})
}

// Guesses that name the odds, or a guess that says the customer's side or a
// third party is behind it; and another team named as the one at fault.
func TestGuessesAndOtherTeams(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Chances are your flatmate signed for it and forgot.", has: blame},
		{text: "Odds are your neighbour took it in and forgot.", has: blame},
		{text: "Chances are it'll be with you tomorrow.", hasNot: blame},
		{text: "I'd guess it's something in your loft wiring.", has: blame},
		{text: "Honestly it's prob your extender playing up.", has: blame},
		{text: "I reckon it's the courier again.", has: blame},
		{text: "I reckon it's your best bet to ring them.", hasNot: blame},
		{text: "I reckon it's at your local depot by now.", hasNot: blame},
		{text: "I'd guess it's your refund coming through.", hasNot: blame},
		{text: "The returns team lost the label, not me.", has: blame},
		{text: "Our returns team lost the label, and that's on us.", hasNot: blame},
	})
}

// Denials read past adverbs and a longer reach ("not really a fault on our
// end"), "nothing I did", the company insisting it did everything right, and
// the agent doubting the fault could be ours; none of them is ownership.
func TestDenialsAndInsistingWeDidRight(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It's not really a problem at our end, honestly.", has: blame, hasNot: owns},
		{text: "That's nothing I did, it's how the app works.", has: blame},
		{text: "It's not something I did wrong, I promise.", has: blame},
		{text: "We did everything by the book on our side.", has: blame, hasNot: owns},
		{text: "We did everything we were asked to, so the rest is up to the bank.", has: blame},
		{text: "I really can't see how that would be our fault.", has: blame, hasNot: owns},
		{text: "I don't see how we missed it, and that's on us.", hasNot: blame},
		{text: "We'll do everything right this time, I promise.", hasNot: blame},
		{text: "It's not you, the fault is on our end.", hasNot: blame},
	})
}

// The customer's assent pressed on them with "did" or a tag question; a third
// party's act that went wrong, told in the passive; renewing and ringing are
// the customer's part in a counterfactual.
func TestPressedAssentAndTheirPassives(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You did agree to the cancellation terms.", has: blame},
		{text: "You ticked the no-refund box, didn't you?", has: blame},
		{text: "You agreed to a callback, and I'll ring at two.", hasNot: blame},
		{text: "The transfer was sent back unpaid by your bank.", has: blame},
		{text: "The parcel was handed over by the courier this morning.", hasNot: blame},
		{text: "If you'd rung us within the month, we'd have swapped it.", has: blame},
		{text: "Had you renewed before June, the old price would have held.", has: blame},
		{text: "If you ring us tomorrow, we can swap it.", hasNot: blame},
	})
}

// Reasons that only the customer's side could give (a passive act only they
// take, paperwork past its deadline), a duty called the holder's "job", and
// the customer's machines as where an act was done.
func TestReasonsOnlyTheirSideGives(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The cover was refused because the van was being driven for work at the time.", has: blame},
		{text: "The cover was refused because the van was being repaired by our garage.", hasNot: blame},
		{text: "Your grant was held up because the forms came in after the deadline.", has: blame},
		{text: "Your grant was held up because we lost the forms.", hasNot: blame},
		{text: "Updating the meter reading is the account holder's job.", has: blame},
		{text: "Chasing your refund is our job, and I'm on it.", hasNot: blame},
		{text: "The seat limit was exceeded on your machines, so the licence stopped.", has: blame},
		{text: "The GP surgery never sent the letter, so the repeat was held.", has: blame},
	})
}

// Done just where the customer said, a third party's "mess", and "fyi" as an
// opener.
func TestWhereYouSaidAndTheirMess(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The tracking shows it was left in the porch you nominated.", has: blame},
		{text: "It was left in the porch, not the safe place you picked, and that's our driver's mistake.", hasNot: blame},
		{text: "Honestly that's the removals firm's mess, not ours.", has: blame},
		{text: "Sorry for the mess with your bill; I've fixed it.", hasNot: blame},
		{text: "fyi you ignored the renewal reminder we sent.", has: blame},
	})
}

// A wrong thing in the company's own kit is the company's, not the customer's
// wrong input.
func TestWrongThingInOurKit(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The outage was caused by a faulty card in our exchange.", hasNot: blame},
		{text: "The bounce was caused by an incorrect card number on the order.", has: blame},
	})
}

// Told about a fee; harm after it left us; a slot or payment the customer
// missed; signed for at the customer's address.
func TestToldMissedAndLeftUs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You were told about the cancellation fee at the desk.", has: blame},
		{text: "You were told about the delay by text, and I'm sorry it was so late.", hasNot: blame},
		{text: "The lamp was broken after it left our depot.", has: blame},
		{text: "It left our warehouse in perfect condition, so the dent happened in transit.", has: blame},
		{text: "It left our warehouse this morning.", hasNot: blame},
		{text: "You missed two payments, so the account was paused.", has: blame},
		{text: "I'm so sorry you missed your appointment because of our error.", hasNot: blame},
		{text: "You missed our call, so I'll try again at four.", hasNot: blame},
		{text: "It was signed for by someone at your address at 3pm.", has: blame},
		{text: "It was left at your door at 3pm.", hasNot: blame},
	})
}

// The customer's input named by what gave it ("the details supplied at
// registration"), worn when brought in, a vocative or "lol" before the
// subject, a bare "that's" before a reason, and a wish as a reason, which is
// no fault.
func TestInputsVocativesAndBareReasons(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The mismatch arose from the bank details supplied on the form.", has: blame},
		{text: "The mismatch arose from a bug in our new form.", hasNot: blame},
		{text: "The brake pads were worn to the metal when you brought it in.", has: blame},
		{text: "pal you typed the wrong card number in", has: blame},
		{text: "mate I've sorted it for you", hasNot: blame},
		{text: "haha that's cos you're on the old app", has: blame},
		{text: "That's because you asked for the express option.", hasNot: blame},
		{text: "Your decorator cut through the phone line.", has: blame},
		{text: "We've cut your bill by ten pounds.", hasNot: blame},
	})
}

// A lapse given as the cause, nobody in when we came, what a circumstance or
// a third party's act meant, terms the customer accepted named in passing,
// and "no" in a result that is not good news.
func TestLapsesAbsencesAndWhatItMeant(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The line was cut off for non-payment.", has: blame},
		{text: "The line was cut off by mistake, not for non-payment.", hasNot: blame},
		{text: "The fitter came at nine and there was nobody home.", has: blame},
		{text: "Nobody from our team was available to take your call.", hasNot: blame},
		{text: "The strike meant no trains ran on Tuesday.", has: blame},
		{text: "Your upgrade meant no extra charge this month.", hasNot: blame},
		{text: "The hire rules, which you signed, say fuel is extra.", has: blame},
		{text: "You paid by bank transfer, so there's no card record of it.", has: blame},
		{text: "You paid in advance, so there's no charge today.", hasNot: blame},
	})
}

// Nobody of ours is our failure, not a denial.
func TestNobodyOfOursIsNoDenial(t *testing.T) {
	checkReadings(t, []reading{
		{text: "None of our agents picked up, and that's on us.", hasNot: blame},
		{text: "It's nothing to do with our servers.", has: blame},
	})
}

// Naming our own team is no blame; nothing wrong on the customer's side
// clears them; our act on our own system is ours, whatever broke after.
func TestOursNamedIsNoBlame(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The box was opened by our warehouse team during the check.", hasNot: blame},
		{text: "Nothing has changed at your end; we pushed an update and it broke.", hasNot: blame},
		{text: "We patched the app last night and it crashed for everyone.", hasNot: blame},
		{text: "The fault is on your side, I'm afraid.", has: blame},
	})
}

// A fault given as the cause is not cleared by another verb's negation; the
// customer choosing against a step; "the one" doing it; a guess with "must";
// "comes down to".
func TestChoicesAgainstAndCausesGiven(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We can't be held liable for losses caused by your failure to update the app.", has: blame},
		{text: "None of this was caused by your mistake.", hasNot: blame},
		{text: "It was not down to your error at all.", hasNot: blame},
		{text: "You chose not to add the travel insurance.", has: blame},
		{text: "You declined the damage waiver at pick-up.", has: blame},
		{text: "You chose to pay monthly, which is fine.", hasNot: blame},
		{text: "You opted out of the reminders, so I've switched them back on.", hasNot: blame},
		{text: "Your employer's payroll team is the one holding it up.", has: blame},
		{text: "Our server looks fine, so it must be something on your home network.", has: blame},
		{text: "The wait comes down to how quickly your insurer replies.", has: blame},
		{text: "The wait comes down to our backlog, I'm afraid.", hasNot: blame},
	})
}

// "Twice" is no wrong choice of the customer's; a source cited is no
// ownership; the customer's own act read from a record is blame.
func TestRecordsAndCountsOfTheCustomers(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I can see you rang us twice about this last week.", hasNot: blame},
		{text: "You picked the wrong date at checkout.", has: blame},
		{text: "According to our records, you cancelled the renewal yourself.", has: blame, hasNot: owns},
		{text: "The access logs show you shared the login with another device.", has: blame},
		{text: "The access logs show you paid on the 3rd, so the fee was our mistake.", hasNot: blame},
		{text: "I can see you logged in three times and our page failed each time.", hasNot: blame},
	})
}

// A third party's plain act is no blame; our part undone is ours; a rule
// stated and then set aside for the customer is help.
func TestPlainActsAndRulesSetAside(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The bank has sent us the funds, so your refund goes out today.", hasNot: blame},
		{text: "The supplier sent the wrong size, I'm afraid.", has: blame},
		{text: "You hadn't been told about the deposit, so I've held the room.", hasNot: blame},
		{text: "You hadn't paid the deposit, so the room was released.", has: blame},
		{text: "The terms say no refunds after a month, but I'm making an exception.", hasNot: blame},
		{text: "The terms say no refunds after a month.", has: blame},
	})
}

// A deadline the customer needed to meet, a guess at what their side has been
// doing, a warning on the box, a cause named as theirs, overloading as only
// their act, and charging as their part.
func TestDeadlinesWarningsAndCausesNamed(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You needed to cancel before midnight to avoid the charge.", has: blame},
		{text: "You had to pay a late fee to your builder, which is awful.", hasNot: blame},
		{text: "Sounds like the children have been fiddling with the settings.", has: blame},
		{text: "It says clearly on the box that it's for indoor use only.", has: blame},
		{text: "The cause was the hose in your flat.", has: blame},
		{text: "The root cause was a fault in our exchange.", hasNot: blame},
		{text: "The fridge stopped cooling because it was overloaded.", has: blame},
		{text: "If you'd charged it overnight, it would have lasted the day.", has: blame},
	})
}

// A result named after "why" or "how", or a clause just before a reason that
// names a party, is what the customer complained of unless it is good news,
// a relief or our own step.
func TestResultsAndReasonsWithoutTroubleWords(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your provider blocks video at peak times, which is why it's choppy.", has: blame},
		{text: "You booked the express slot, which is why it came so quickly.", hasNot: blame},
		{text: "You left the tap running, and that's how the ceiling came down.", has: blame},
		{text: "Your bill looks different because your landlord switched the tariff.", has: blame},
		{text: "Your bill is higher because it covered 35 days this time.", hasNot: blame},
		{text: "You don't need the receipt, because your card statement is enough.", hasNot: blame},
		{text: "I've refunded it because your bank asked us to.", hasNot: blame},
	})
}

// What the customer gave us, named by a participle, can be the cause; an act
// from their machines is theirs in a clause of when.
func TestGivenCausesAndActsWhen(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The reading that was submitted in May was far too high, and that's what threw the bill out.", has: blame},
		{text: "The reading our engineer took in May was far too high, and that's what threw the bill out.", hasNot: blame},
		{text: "The account was locked when the limit was exceeded on your devices.", has: blame},
	})
}

// Our people kept from their part by the customer's side; "on hold" is a
// trouble; servicing is only the owner's act; doing what the customer's own
// instructions said.
func TestOurPeopleBlockedAndInstructionsFollowed(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The fitter couldn't get in, as the key safe code you sent didn't open it.", has: blame},
		{text: "Our fitter couldn't get in because our van broke down, so I've rebooked.", hasNot: blame},
		{text: "The payout is on hold because the name you gave doesn't match the account.", has: blame},
		{text: "The warranty lapsed because the unit wasn't serviced every year.", has: blame},
		{text: "Our driver followed the note on your account and left it in the shed.", has: blame},
		{text: "Our driver ignored the note on your account, and I'm sorry.", hasNot: blame},
	})
}

// Good news after "nothing", a party we hired, a third party's act that means
// the customer will not have seen something, "voids", nobody at the door, and
// "hence" with a noun.
func TestNothingExtraPartiesWeHiredAndHence(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The booking fee is included, so there's nothing extra to pay.", hasNot: blame},
		{text: "The plumber we hired cracked the pipe, and we'll pay for it.", hasNot: blame},
		{text: "Your mail provider is filtering our messages, so you won't have seen them.", has: blame},
		{text: "The phone was used in the bath, which voids the warranty.", has: blame},
		{text: "The driver knocked twice and nobody came to the door.", has: blame},
		{text: "Your card was used abroad without notice, hence the block.", has: blame},
	})
}

// What the customer sends going wrong as the cause, damage said to come from
// something, and a trouble said to have been bound to happen.
func TestSentThingsDamageFromAndBoundToHappen(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The cover lapsed because the last three instalments bounced.", has: blame},
		{text: "The cover lapsed because our system rejected the last three instalments.", hasNot: blame},
		{text: "The parcel was returned because the postcode on the order had a typo.", has: blame},
		{text: "That scratch is from a key, by the look of it.", has: blame},
		{text: "That scratch is from our loading bay, I'm afraid.", hasNot: blame},
		{text: "With a password that short, it was always going to be cracked.", has: blame},
	})
}

// What a circumstance meant, in the next clause; "running late" is no step
// under way; a record cited to show the thing reached the customer.
func TestWhatItMeantAndShownDelivered(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The storms mean every van is running late.", has: blame, hasNot: []MarkerKind{MarkConcreteAction}},
		{text: "The backup is running now.", has: []MarkerKind{MarkConcreteAction}},
		{text: "The tracking shows it was left in your porch at noon.", has: blame},
		{text: "The tracking shows it was left at the wrong house.", hasNot: blame},
		{text: "I know the tracking shows it as delivered, and I believe you.", hasNot: blame},
	})
}

// "The reason ... is" without "that" still opens the reason's own clause,
// however long the reason's subject runs.
func TestBareReasonFrames(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The reason the app keeps crashing is you haven't updated it since June.", has: blame},
		{text: "The reason it's late is our courier lost it.", hasNot: blame},
		{text: "The reason is simple: we made a mistake.", hasNot: blame},
	})
}

// A reason that puts the trouble on us is no blame of the customer, though
// our evidence given as a reason still can be; leaving it with someone is a
// delivery told.
func TestOurReasonsAndHandovers(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your card was declined because our payment system had an outage.", hasNot: blame},
		{text: "You must have mistyped it, because we've no record of that address.", has: blame},
		{text: "The driver left it with your neighbour, who signed for it.", hasNot: blame},
		{text: "The driver left it out in the rain.", has: blame},
	})
}

// A third party's step taken for the customer is help, not a cause laid on
// them; a reason of ours that was out of date owns the trouble.
func TestTheirStepsForYou(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your bank approved the refund this morning, which is why it shows as pending.", hasNot: blame},
		{text: "The airline has moved you to an earlier flight, which is why your reference changed.", hasNot: blame},
		{text: "The seller is sending a replacement, which is why you got a second tracking number.", hasNot: blame},
		{text: "Your IT team changed the login settings, that's why you're locked out.", has: blame},
		{text: "Your payment bounced because our bank details on the invoice were out of date.", hasNot: blame},
	})
}

// The customer's own wish given as the reason, told something wrong by our
// team, a late thing of theirs named, and "no rush" are no blame.
func TestWishesAndNamedThingsAreNoBlame(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You asked us to hold it, which is why it's at the depot.", hasNot: blame},
		{text: "You were given the wrong date by one of our agents, and I'm sorry.", hasNot: blame},
		{text: "The hotel has confirmed your late arrival, so there's no rush.", hasNot: blame},
		{text: "The hotel sent the confirmation late, so the booking lapsed.", has: blame},
	})
}

// The customer's instruction given as the cause of a named result blames,
// though "tell" is a verb of saying.
func TestInstructionsAsCauses(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You'd told the courier to leave it behind the bins, so that's where it went.", has: blame},
		{text: "You asked us to keep it at the depot, which is why it's there.", hasNot: blame},
	})
}

// What the customer should have had, followed by our saying we never gave
// it, is our failure; a denial before the blame leaves the blame.
func TestOurPartUndoneAfter(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You were meant to get a reminder, and I can see we never sent it.", hasNot: blame},
		{text: "It was your job to renew it, and we didn't remind you, which we should have.", hasNot: blame},
		{text: "We never cancelled it; you did that yourself online.", has: blame},
		{text: "It's down to the snow, and we can't get the vans out.", has: blame},
	})
}

// Damage consistent with something done without its part is the customer's
// use, as damage consistent with a drop is.
func TestConsistentWithDoneWithout(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The cracking is consistent with the unit being mounted without the bracket.", has: blame},
		{text: "The cracking is consistent with a fault in manufacture, so we'll replace it.", hasNot: blame},
	})
}

// A thing said to be fine at our end is no ownership; worn or used is no
// step done.
func TestFineAtOurEndAndWornIsNoStep(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The signal's fine at our end, so it's something in the house.", has: blame, hasNot: owns},
		{text: "These boots have been worn outside.", hasNot: []MarkerKind{MarkConcreteAction}},
		{text: "Your password has been reset.", has: []MarkerKind{MarkConcreteAction}},
	})
}

// "Why'd you" with something left amiss accuses; "down to" the customer's
// side is theirs, "up to you" a choice; frost is a circumstance.
func TestWhyAmissDownToYoursAndFrost(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Why'd you leave the back door unlocked?", has: blame},
		{text: "Why did you cancel the order?", hasNot: blame},
		{text: "Nine times out of ten it's down to your home wifi.", has: blame},
		{text: "It's up to you which slot you pick.", hasNot: blame},
		{text: "It's the frost, I'm afraid; pipes are bursting all over town.", has: blame},
	})
}

// "Well" opens a turn; it is no good news that would excuse a blame.
func TestWellIsNoGoodNews(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Well, you ordered the small, which is why it doesn't fit.", has: blame},
		{text: "You upgraded, which is why you were charged extra.", has: blame},
	})
}

// Someone of the customer's household, or anyone reached through the
// customer's own things, took the act on the account: a favour they did,
// what they could do, a question and a sentence with our step are not blame.
func TestHouseholdDidIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your daughter bought the season pass with your card last week.", has: blame},
		{text: "Your flatmates have been using your login on the TV.", has: blame},
		{text: "Somebody in your house must have cancelled the standing order.", has: blame},
		{text: "Your husband rang us about the bill on Monday.", hasNot: blame},
		{text: "Your neighbour kindly took it in, so it's safe.", hasNot: blame},
		{text: "Your partner can cancel it too, or I can do it for you now.", hasNot: blame},
		{text: "Did your son download the update last night?", hasNot: blame},
		{text: "Your daughter booked the table for eight, and I've added a cake.", hasNot: blame},
		{text: "Whoever you spoke to before changed the plan by mistake, and I'm sorry.", hasNot: blame},
	})
}

// A trouble or the situation put on a side that is not ours, and a symptom
// the customer noticed named as their own kit; our side, a denial and a
// question are not blame.
func TestTroubleOnAnotherSide(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The fault is at your end, I'm afraid.", has: blame},
		{text: "The disruption was on the rail operator's side all morning.", has: blame},
		{text: "It's on their end, not something we can change.", has: blame},
		{text: "The buffering's most likely your old router.", has: blame},
		{text: "The fault was at our end, and I've fixed it.", hasNot: blame},
		{text: "The fault isn't at your end at all.", hasNot: blame},
		{text: "Is the noise at your end or ours?", hasNot: blame},
		{text: "The refund is on your card now.", hasNot: blame},
	})
}

// A third party's own thing failing is theirs, as a third party failing is;
// our thing, the customer's, and a third party's thing doing its job are not.
func TestTheirThingFailed(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The airline's booking system dropped your seat request.", has: blame},
		{text: "Their portal rejected the upload twice this morning.", has: blame},
		{text: "The promoter postponed the show, so the date moved.", has: blame},
		{text: "Our booking system dropped your seat request, and I'm sorry.", hasNot: blame},
		{text: "The bank's system has released the payment to you.", hasNot: blame},
	})
}

// A fact the customer was told beforehand is theirs to act on; a promise, a
// wrong steer, our own people's word and good news told back are not blame.
func TestToldAFact(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You were told at the desk that the pool shuts at eight.", has: blame},
		{text: "Sorry, but you were informed the room was non-smoking.", has: blame},
		{text: "You were told you'd get a refund, and you will.", hasNot: blame},
		{text: "You were told the wrong date, and I'm sorry.", hasNot: blame},
		{text: "You were incorrectly told the fee was waived.", hasNot: blame},
		{text: "You were told your refund was approved, and it was.", hasNot: blame},
		{text: "You were told by our agent that it shipped on Monday.", hasNot: blame},
	})
}

// A partner firm of ours named as the cause is not us, unless we take it on
// in the same sentence; our own staff named as the cause are ours.
func TestOurPartnerAsTheCause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The error originated with our payments provider, not this office.", has: blame},
		{text: "The delay stems from our logistics partner.", has: blame},
		{text: "The problem sits with our billing partner, and I'm chasing them for you.", hasNot: blame},
		{text: "The delay was caused by our driver, and I'm sorry.", hasNot: blame},
	})
}

// "We did everything on our side" insists we did our part: blame, and no
// ownership of a fault.
func TestEverythingOnOurSide(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We did everything on our side, the issue's with your card issuer.", has: blame, hasNot: owns},
		{text: "We did everything at our end.", has: blame, hasNot: owns},
		{text: "We didn't do everything on our side, and that's on us.", hasNot: blame},
	})
}

// A question about what the customer's side did, asked as a suggestion, is
// blame; a question asking for a detail, about who does something now, or
// checking what the customer said is not.
func TestQuestionsThatSuggestYourPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Did you by any chance leave the back door open?", has: blame},
		{text: "Are you sure you didn't delete the folder yourself?", has: blame},
		{text: "Could your daughter have bought the add-on?", has: blame},
		{text: "Did anyone else in the flat use the card?", has: blame},
		{text: "Did you forget to renew it?", has: blame},
		{text: "Did you pay by card or by PayPal?", hasNot: blame},
		{text: "Is there anyone else who uses the card?", hasNot: blame},
		{text: "What else did you notice when the light came on?", hasNot: blame},
		{text: "So you never got the email?", hasNot: blame},
		{text: "Did the driver by any chance leave a card?", hasNot: blame},
	})
}

// An act on an account done from the customer's own account is theirs;
// money taken from it is not, and a doer denied after the verb ("not by
// us") names no doer.
func TestDoneFromYourAccount(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The log shows the subscription was cancelled from your account.", has: blame},
		{text: "The router was reset from your app, not remotely by us.", has: blame},
		{text: "Forty pounds was taken from your account twice.", hasNot: blame},
		{text: "The refund was sent to your account this morning.", hasNot: blame},
		{text: "The plan was changed by us, not from your account.", hasNot: blame},
	})
}

// Damage placed in the time the thing was with the customer is put on them;
// damage on its way to them, or ours, is not.
func TestDamageInYourKeeping(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The van came back with a scrape along the side.", has: blame},
		{text: "The jacket was returned damaged, so we can't refund it.", has: blame},
		{text: "The chip was already on the screen when you dropped it off.", has: blame},
		{text: "So the crack must have happened after delivery.", has: blame},
		{text: "The vase arrived with a crack, and I'm sending a new one today.", hasNot: blame},
		{text: "Your laptop came back from our workshop with a scratch, and that's on us.", hasNot: blame},
		{text: "The chip was already there when we sent it, I'm sorry.", hasNot: blame},
		{text: "It came back to us quickly.", hasNot: blame},
	})
}

// Disowning the call ("not up to me", "I just work here", "don't shoot the
// messenger", "nothing I can do from my end") puts it on someone else.
func TestDisowningTheCall(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The computer won't take it, and it's not up to me.", has: blame},
		{text: "Don't shoot the messenger, the refund rules come from head office.", has: blame},
		{text: "Honestly there's nothing I can do from my end.", has: blame},
		{text: "I can do that from my end right now.", hasNot: blame},
	})
}

// What is worth doing next time is advice that says it was not done this
// time; what is worth knowing, or worth doing with no next time, is not.
func TestWorthDoingNextTime(t *testing.T) {
	checkReadings(t, []reading{
		{text: "For next time, it's worth reading the fare rules before you pay.", has: blame},
		{text: "In future it's always worth keeping the receipt.", has: blame},
		{text: "It's worth checking your junk folder for the code.", hasNot: blame},
		{text: "Next time, it's worth it, we'll have the new stock.", hasNot: blame},
	})
}

// Others having had no trouble puts it on this customer; what nobody else
// could do, or should have to, and a sentence where we act, do not.
func TestNobodyElseHadIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "No one else on the course had a problem logging in.", has: blame},
		{text: "No other guests complained about the noise.", has: blame},
		{text: "We've had no complaints from anyone else in the building.", has: blame},
		{text: "Nobody else should have to wait that long.", hasNot: blame},
		{text: "Nobody else was affected, so I've fixed yours now.", hasNot: blame},
		{text: "We've had no reply from the courier yet.", hasNot: blame},
	})
}

// The situation called another party's trouble by name is theirs; a trouble
// named by what it is, ours or the customer's is not laid on a third party.
func TestTheirTroubleByName(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That's an Evri problem, not something we caused.", has: blame},
		{text: "It's a courier issue, I'm afraid.", has: blame},
		{text: "It's a Windows thing after the latest update.", has: blame},
		{text: "That's a known issue and our team is fixing it today.", hasNot: blame},
		{text: "It's a billing problem on our side.", hasNot: blame},
		{text: "That's not a courier issue at all.", hasNot: blame},
	})
}

// A fact told beforehand stays the customer's when the good news in it is
// denied, and when it was told in our letter.
func TestToldAFactWithDeniedGoodNews(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You were told at booking that deposits aren't refunded.", has: blame},
		{text: "You were informed of the change in our letter of 3 May.", has: blame},
		{text: "You were told the deposit is refunded in full, and it has been.", hasNot: blame},
	})
}

// An act of the customer's side measured past a limit the turn states is the
// rule applied to what they did; an act within it, a limit we promised, and
// ours running late are not.
func TestActPastTheLimitByItsNumbers(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Check-in closed at 18:00 and you arrived at 18:25.", has: blame},
		{text: "The offer expired on the 3rd. The order was placed on the 5th.", has: blame},
		{text: "The offer expired on the 3rd and the order was placed on the 5th.", has: blame},
		{text: "Vouchers expire after 90 days, and this one was redeemed 4 months later.", has: blame},
		{text: "Returns close after 30 days, and you sent it back 12 days after delivery, so I've refunded it.", hasNot: blame},
		{text: "Check-in closed at 18:00 and you arrived at 17:40.", hasNot: blame},
		{text: "We said we'd call within 2 hours and you waited 5 hours.", hasNot: blame},
		{text: "The window closed at 10:00, and our engineer arrived at 10:30, which is on us.", hasNot: blame},
	})
}

// A third party's failure told back with "so", with sorry and a remedy, is
// taken on; without the apology it is still put on them. A wish given as the
// reason, and "no" before a cost in the result, are no fault.
func TestTakenOnWishesAndNoCost(t *testing.T) {
	checkReadings(t, []reading{
		{text: "So the courier lost the parcel, I'm so sorry, I'm sending another one today.", hasNot: blame},
		{text: "The courier lost the parcel, but I'm sending another one today.", has: blame},
		{text: "You picked the flexible fare, so there's no change fee.", hasNot: blame},
		{text: "You picked the saver fare, which is why there's a change fee.", has: blame},
		{text: "Since you'd like to spread it, I've set up instalments.", hasNot: blame},
	})
}

// A count of the customer's side's repeats lays the trouble on them, kept
// over a period or with a bad state; ours counted, or what they had to do,
// is not.
func TestCountedRepeats(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It's the fourth time your card's gone missing this year.", has: blame},
		{text: "That's the second claim form this month sent back without a signature.", has: blame},
		{text: "It's the third time this month we've missed your slot, and I'm sorry.", hasNot: blame},
		{text: "This is the second time you've had to call us this week.", hasNot: blame},
	})
}

// What we deliver going missing again is ours, counted or not.
func TestCountedDeliverablesAreOurs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "This is the third time this year your parcel has gone missing.", hasNot: blame},
	})
}

// A thing said not to have done it by itself leaves the customer to have
// done it; denying blame for us puts it elsewhere. A thing that did not fix
// itself while we put it right is no such dig.
func TestNotByItselfAndDenials(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The subscription didn't renew itself, you know.", has: blame},
		{text: "The parcel didn't walk off on its own.", has: blame},
		{text: "We can't be blamed for the weather, I'm afraid.", has: blame},
		{text: "Nothing any of us could have done about the strike.", has: blame},
		{text: "The fault didn't fix itself, so I've sent an engineer today.", hasNot: blame},
		{text: "It looks like the price didn't include the discount because of an error on our site.", hasNot: blame},
	})
}

// Others doing their part first, as a habit, puts the skipped part on this
// customer; what others usually do with no step before another does not.
func TestOthersDoTheirPartFirst(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Most guests check the cancellation terms before booking.", has: blame},
		{text: "Most customers pay by card.", hasNot: blame},
	})
}

// A suggestive question about a passive act the customer's side took is
// blame; one about a step of ours or a third party's is not.
func TestPassiveQuestionsThatSuggestYourPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Was the form maybe filled in with your old address?", has: blame},
		{text: "Was your parcel maybe delivered to the wrong house?", hasNot: blame},
		{text: "Was the form maybe checked by the courier?", hasNot: blame},
	})
}

// The item handled, then the remedy refused, is a rule applied to what the
// customer did; handling told while we put it right, or by us, is not.
func TestHandledSoRefused(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The headphones have been used, so we can't accept the return.", has: blame},
		{text: "That's water damage, which the warranty doesn't cover.", has: blame},
		{text: "The box was opened at the depot, and I've sent you another.", hasNot: blame},
		{text: "It was opened by our warehouse team, so we can't sell it, but your refund is done.", hasNot: blame},
		{text: "It's been worn once and that's fine, we can still exchange it.", hasNot: blame},
	})
}

// Damage there when the thing came back, what others with the same trouble
// did, and a guess naming the customer's thing without a verb are blame;
// their opposites are not.
func TestCameBackOthersWithItAndBareGuesses(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The bike had a dent in the frame when it came back.", has: blame},
		{text: "The bike had a dent in the frame when it came back from our workshop.", hasNot: blame},
		{text: "Customers with this error have usually changed their password.", has: blame},
		{text: "Customers with this error have been refunded automatically.", hasNot: blame},
		{text: "Maybe your router playing up again.", has: blame},
		{text: "Probably your refund arriving today.", hasNot: blame},
	})
}

// The customer's own kit said to need work puts the trouble on its age or
// care; a failure done by another party inside a phrase is theirs. Work we
// do, and a failure done by us, are not.
func TestKitUpkeepAndFailedByThem(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your boiler needs servicing, it's been years.", has: blame},
		{text: "Your router needs replacing, so I'm sending a new one today.", hasNot: blame},
		{text: "We can't refund tickets cancelled by the promoter.", has: blame},
		{text: "We're refunding every ticket cancelled by us last week.", hasNot: blame},
	})
}

// A failure denied before its doer ("in no way caused by") clears them.
func TestFailedByThemDenied(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The outage was in no way caused by anything at your property.", hasNot: blame},
		{text: "The fee charged by your bank isn't something we can refund.", has: blame},
	})
}

// The customer's staff act for them as their household does; "because of"
// names a cause as "due to" does.
func TestYourStaffAndBecauseOf(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your office manager cancelled the contract in March.", has: blame},
		{text: "The signal drops because of the thick walls in your house.", has: blame},
		{text: "The delay was because of our own backlog, and I'm sorry.", hasNot: blame},
		{text: "It's not because of anything you did.", hasNot: blame},
	})
}

// What someone else did, given as the reason a remedy is refused, is a rule
// applied to their act. A state given as the reason, our own act, and a
// result that refuses no remedy are not.
func TestActSoRefused(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The seller shipped it after the cut-off, so we can't offer compensation.", has: blame},
		{text: "Your insurer rejected the estimate, so we won't pay for the repair.", has: blame},
		{text: "The hire car came back with an empty tank, so the refuelling fee applies.", has: blame},
		{text: "The payment was confirmed with the code sent to your phone, so we're unable to reimburse it.", has: blame},
		{text: "Our system double-booked the room, so we can't offer that one, but I've upgraded you.", hasNot: blame},
		{text: "The clinic was full on Monday, so we couldn't book you in.", hasNot: blame},
		{text: "The parcel left the warehouse this morning, so we can't cancel it now.", hasNot: blame},
		{text: "The courier collected it yesterday, so the refund will reach you Friday.", hasNot: blame},
	})
}

// "By mistake" said of the customer's own act tells their slip; said of
// ours it owns the fault.
func TestByMistakeIsWhoseSlip(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You must have deleted the booking by mistake.", has: blame, hasNot: []MarkerKind{MarkOwnsMistake}},
		{text: "We deleted the booking by mistake.", has: []MarkerKind{MarkOwnsMistake}, hasNot: blame},
		{text: "You were charged twice by mistake.", has: []MarkerKind{MarkOwnsMistake}, hasNot: blame},
	})
}

// What the customer gave us, said not to work, is their input at fault.
func TestYourInputDidNotWork(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The door code you sent us didn't work.", has: blame},
		{text: "The door code we sent you didn't work, sorry about that.", hasNot: blame},
		{text: "The door code you sent us worked fine.", hasNot: blame},
	})
}

// A question whether the customer's side left a thing in a state suggests
// their part; a question of where a thing was left asks a fact.
func TestAskedWhatStateItWasLeftIn(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Was notifications turned off on your tablet?", has: blame},
		{text: "Was the shower left running when you went to bed?", has: blame},
		{text: "Was the dryer overfilled, by any chance?", has: blame},
		{text: "Was the parcel left at the side gate?", hasNot: blame},
		{text: "Was the card used on your phone or your laptop?", hasNot: blame},
	})
}

// A share of a group is read through to the group: "one of your staff" is
// the customer's, "one of our drivers" ours; "could the kids have" asks
// whether someone at home did it, where "could the staff have" may be ours.
func TestShareOfAGroupAndHomeInQuestions(t *testing.T) {
	checkReadings(t, []reading{
		{text: "One of your employees cancelled the licence.", has: blame},
		{text: "One of our drivers cancelled the collection.", hasNot: blame},
		{text: "Could one of the children have bought the upgrade?", has: blame},
		{text: "Could the cat have chewed the cable?", has: blame},
		{text: "Could the staff have mislaid it?", hasNot: blame},
	})
}

// An outside event told as what did it puts the failure outside the
// company; the event taken on by us in the sentence, an event that only
// happened or ended, and the event naming a kind of damage do not.
func TestOutsideEventDidIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The gales on Sunday brought the phone line down.", has: blame},
		{text: "The flooding closed both roads into the village.", has: blame},
		{text: "The gales brought the line down, and we have engineers out there now.", hasNot: blame},
		{text: "The flood damage happened before the policy started.", hasNot: blame},
		{text: "The storm ended overnight.", hasNot: blame},
	})
}

// What helps is not blame: a failure told back with "so", then sorry and a
// step in the next sentence; an outside event told as "there's" while we
// act; a duty with its deadline, said with "must"; a third party named as
// the object of a step we took.
func TestHelpingIsNotBlame(t *testing.T) {
	checkReadings(t, []reading{
		{text: "So the removals man scratched your table. I'm really sorry; we'll cover the repair.", hasNot: blame},
		{text: "So the courier lost your parcel. That one is down to them.", has: blame},
		{text: "There's a tube strike on Monday, so I've booked you a taxi at our cost.", hasNot: blame},
		{text: "Your claim form must reach us by 3 June.", hasNot: blame},
		{text: "Your phone must be blocking our number.", has: blame},
		{text: "We've paid the hotel directly, so you won't need to claim.", hasNot: blame},
		{text: "We did send three reminders before the renewal.", has: blame},
	})
}

// The customer's repeats counted from the third on are a dig; a second
// time, what they had to do, and our own failures counted are not.
func TestRepeatsCountedAgainstYou(t *testing.T) {
	checkReadings(t, []reading{
		{text: "This is the sixth claim on your policy this year.", has: blame},
		{text: "This is the third time you've rung about the same bill.", has: blame},
		{text: "For the fourth time, the code is in your welcome email.", has: blame},
		{text: "This is the second time you've rung about the bill.", hasNot: blame},
		{text: "This is the third time you've had to ring us.", hasNot: blame},
		{text: "This is the third claim we've mishandled on your policy, and I'm sorry.", hasNot: blame},
	})
}

// What the customer's side did, given as the reason our account stands, is
// a rule applied to their act; "nothing extra to pay" refuses nothing.
func TestActSoOurAccountStands(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You approved the quote, so the extra parts are chargeable.", has: blame},
		{text: "Your neighbour took it in at noon, so it counts as delivered.", has: blame},
		{text: "You chose the saver fare, so Friday is actually on time.", has: blame},
		{text: "The rail company cancelled the train, so that isn't something we can refund.", has: blame},
		{text: "Fitting came with your order, so there's nothing extra to pay.", hasNot: blame},
		{text: "The courier collected it this morning, so it will arrive on time.", hasNot: blame},
	})
}

// More of what is not blame: a failure told back with "so" and noted by the
// agent, or put right after "sorry, let me"; a fault placed with something
// of ours; what the customer had to go through.
func TestToldBackNotedAndOurs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "So the fitter left the tap dripping — I've logged all of that.", hasNot: blame},
		{text: "So the courier left it at the gate — I'm sorry, let me send another one out.", hasNot: blame},
		{text: "The fault was with the valve we fitted in March.", hasNot: blame},
		{text: "The fault was with the valve your builder fitted, not ours.", has: blame},
		{text: "I can see you had to sleep at a friend's for two nights while the boiler was off.", hasNot: blame},
	})
}

// It went well for everyone else, in any wording, so the fault is this
// customer's; a question about the others, or the others denied it, is not.
func TestWentWellForEveryoneElse(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Every other guest at the wedding was happy with the menu.", has: blame},
		{text: "All the other houses on the road had the same fix, and they're fine now.", has: blame},
		{text: "It fits everyone else who bought that size.", has: blame},
		{text: "Every other member on this plan got the same email.", has: blame},
		{text: "Did everyone else get the same email?", hasNot: blame},
		{text: "Every other customer on this plan was charged twice too, and we're refunding them all.", hasNot: blame},
	})
}

// "Is it possible" before a clause about the customer's side suggests their
// part; before a request of ours it asks nothing of the kind.
func TestIsItPossibleYourSideDidIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Is it possible your daughter used the card?", has: blame},
		{text: "Is it possible someone else at your address opened it?", has: blame},
		{text: "Is it possible we sent it to your old address?", hasNot: blame},
		{text: "Is it possible to send us a photo of the label?", hasNot: blame},
		{text: "The customer was charged twice.", hasNot: blame},
	})
}

// "We've done our part" insists the company did its share, so the rest is
// someone else's; it is no step taken for the customer.
func TestDoneOurPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The photo shows it on your doorstep, so we've done our part.", has: blame, hasNot: []MarkerKind{MarkConcreteAction}},
		{text: "We've done our bit; the rest is with the bank.", has: blame},
		{text: "We've done the refund this morning.", has: []MarkerKind{MarkConcreteAction}, hasNot: blame},
	})
}

// The trouble named as the subject and put down to the customer's side is
// blame, "from" included; put down to something of ours it is not, and a
// plain "from" names a sender.
func TestTroubleDownToYourSide(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The mould in the bathroom is from your clothes drying on the radiators.", has: blame},
		{text: "The lights failing is down to the old wiring under your stairs.", has: blame},
		{text: "The leak is down to the seal we fitted in March.", hasNot: blame},
		{text: "The letter is from your landlord.", hasNot: blame},
	})
}

// A duty put on anyone's role but ours is blame; the company's is not.
func TestAnyonesDuty(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It's the renter's responsibility to return the keys by noon.", has: blame},
		{text: "It is the guardian's duty to sign the consent form.", has: blame},
		{text: "It's the company's responsibility to fix this, and we will.", hasNot: blame},
		{text: "It's our team's job to sort it out.", hasNot: blame},
	})
}

// "As far as we're concerned" after what the customer's side did says our
// account of it stands.
func TestAsFarAsWeAreConcerned(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your flatmate signed for it, so as far as we're concerned it was delivered.", has: blame},
		{text: "Your flatmate signed for it, so it should be in the hall.", hasNot: blame},
	})
}

// The agent disowning the power to help while naming who has it puts the
// failure on them; with no one named, or behind our own policy, it does not.
func TestDisownsPowerAndOneForThem(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The warehouse made that call, and there's nothing I can change from here.", has: blame},
		{text: "The system adds the fee by itself, it's not something I can remove.", has: blame},
		{text: "There's nothing I can change on the booking, but I can offer a voucher.", hasNot: blame},
		{text: "Our policy says refunds stop at 30 days, so there's nothing I can offer.", hasNot: blame},
		{text: "That one's really one for the airline.", has: blame},
		{text: "That's one for you to decide.", hasNot: blame},
	})
}

// A failure told back with "so", its "and" clause with it, and put right
// with "let me fix that", is taken on; "but" sets a new claim against it.
func TestToldBackAndFixed(t *testing.T) {
	checkReadings(t, []reading{
		{text: "So your neighbour took it in and found the lid cracked; let me get that sorted.", hasNot: blame},
		{text: "So the courier left it in the rain; let me fix that.", hasNot: blame},
		{text: "So the courier left it in the rain, but that's on them, not us.", has: blame},
	})
}

// A third party that got lost or held up on its way is an outside cause;
// ours, or a place closed, is not.
func TestThirdPartyGotLostOrHeldUp(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The driver got lost on the way.", has: blame},
		{text: "The courier was held up at the port.", has: blame},
		{text: "Our driver got lost on the way, I'm sorry.", hasNot: blame},
		{text: "The depot was closed on Monday.", hasNot: blame},
	})
}

// What the customer was given, pointed at in the past or with emphasis, is
// blame; a direction in the present, a fact that only sits in the document,
// and a fault in our own kit are not.
func TestItWasInWhatYouGot(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The opening times were on the leaflet in your room.", has: blame},
		{text: "The door code was in the welcome email we sent on Monday.", has: blame},
		{text: "The door code is in your welcome email.", hasNot: blame},
		{text: "Monday was the date on your booking confirmation.", hasNot: blame},
		{text: "The fault was in our label printer.", hasNot: blame},
	})
}

// A batch of readings made general: "not me" after a party; a question
// asked "at any point"; "something with your X"; what the customer uploaded
// found wanting; their kit unsupported; ordinals in digits and counts over a
// period; a household member driving; a passive done by an outside event.
func TestRound19Readings(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It's sitting with the warehouse now, not me.", has: blame},
		{text: "Did you lend the card to anyone at any point?", has: blame},
		{text: "Did you get the confirmation email at any point?", hasNot: blame},
		{text: "It all works here, so it's something with your router.", has: blame},
		{text: "The scans you uploaded were too dark to read.", has: blame},
		{text: "Your printer is an incompatible model.", has: blame},
		{text: "Fifth complaint on this account this month, madam.", has: blame},
		{text: "For the 3rd time, the code is in your email.", has: blame},
		{text: "Your daughter was driving when it happened.", has: blame},
		{text: "The shuttle was held up by the flooding on the bypass.", has: blame},
		{text: "The shuttle was held up by the flooding, and we've sent taxis for everyone.", hasNot: blame},
	})
}

// More general readings: a duty left undone with "should have got"; owners
// as customers in general; the customer's own thing mishandled; a trouble
// dated to an act of the customer's side.
func TestUndoneDutyMishandlingAndWhenYouActed(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You should have got a receipt from the garage at the time.", has: blame},
		{text: "You should have got an email from us this morning.", hasNot: blame},
		{text: "Plenty of car owners forget the tyre check.", has: blame},
		{text: "Your laptop was dropped down the stairs, by the look of it.", has: blame},
		{text: "Your parcel was dropped at the depot, and we're sending another.", hasNot: blame},
		{text: "The app stopped working when your son changed the settings.", has: blame},
		{text: "The heating failed when you were away.", hasNot: blame},
		{text: "Our app crashed when you opened it, and that's on us.", hasNot: blame},
	})
}

// "So the driver left it outside in the rain" tells the customer's account
// back, as the labelling decisions say; with an excuse or a refusal after
// it, or said of the customer, it is blame.
func TestToldBackWithSo(t *testing.T) {
	checkReadings(t, []reading{
		{text: "So the porter left your bags in the lobby overnight.", hasNot: blame},
		{text: "So the courier left your parcel in the rain, nothing we can do about that.", has: blame},
		{text: "So the airline cancelled, so we can't refund you.", has: blame},
		{text: "So you didn't tick the box.", has: blame},
		{text: "The courier left your parcel out in the rain.", has: blame},
		{text: "So the courier left your parcel out in the rain.", hasNot: blame},
	})
}

// A reason of what only the customer's side does, or of a thing not looked
// after, explains the trouble as theirs.
func TestReasonOfWhatOnlyTheyDo(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The shelf came down because it was overloaded.", has: blame},
		{text: "The shelf came down because it was fitted wrong by our team.", hasNot: blame},
		{text: "Your plant died because it was left in the sun all week.", has: blame},
		{text: "The print faded because of the cheap ink we used, and I'm sorry.", hasNot: blame},
	})
}

// Mistakes put down to people acting in a rush, and an issue named as
// another team's, are blame; our own team's issue is not.
func TestRushAndAnotherTeamsIssue(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Errors happen when customers pay in a hurry.", has: blame},
		{text: "That's a billing team issue, not something I handle.", has: blame},
		{text: "That's an issue on our side, and I'm fixing it now.", hasNot: blame},
	})
}

// Paperwork that came back incomplete, and what the customer's side did
// given as the reason the money, a redo or a release is refused.
func TestPaperworkWithoutAndMoneyBackRefused(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The contract came back without your signature.", has: blame},
		{text: "You chose the saver fare, so we can't give you the money back.", has: blame},
		{text: "Your toddler smudged the paint before it set, so that's not one we can redo for free.", has: blame},
		{text: "You chose the saver fare, so we can give you the money back as credit.", hasNot: blame},
	})
}

// What the customer did, with what followed from it, lays the outcome at
// their act; a request, good news, cover, a step of ours or what should not
// have happened does not.
func TestYourActLedTo(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You chose economy delivery, so Monday is when it was due.", has: blame},
		{text: "You turned up at noon, so we weren't able to fit you in.", has: blame},
		{text: "You asked us to hold it, so it stayed at the depot.", hasNot: blame},
		{text: "You bought it in May, so it's still under warranty.", hasNot: blame},
		{text: "You paid on the 1st, so the late fee should never have been added.", hasNot: blame},
		{text: "You called on Monday, so I've added a credit.", hasNot: blame},
		{text: "and sent it back, so it went to the depot.", hasNot: blame},
	})
}

// A question about the customer's side dated to the moment it went wrong is
// a suggestion; what reached them, our step, and a request are not.
func TestAskedAgainstTheMoment(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Were you running the heater on full before the fuse went?", has: blame},
		{text: "Was the lid left off when you put it in the dishwasher?", has: blame},
		{text: "Can I ask whether the children had been jumping on it before it broke?", has: blame},
		{text: "Did you get our text before you set off?", hasNot: blame},
		{text: "Was it delivered before you got home?", hasNot: blame},
		{text: "Could you send me a photo when you get a minute?", hasNot: blame},
	})
}

// Four false blames put right: reassurance that our side is fine with good
// news after it; where a product comes from; what the customer went
// through, heard; a third party's slip the company takes on in words.
func TestReassuranceOriginHeardAndTakenOn(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your card details are all correct on our side, so the refund should land Friday.", hasNot: blame},
		{text: "Everything is fine on our side, so it must be your router.", has: blame},
		{text: "The candles come from a small maker in Devon.", hasNot: blame},
		{text: "The scratches come from the courier's van, not from us.", has: blame},
		{text: "I can hear how hard it was to arrive and find nobody there.", hasNot: blame},
		{text: "The courier lost the first box, but that's for us to sort, not you.", hasNot: blame},
		{text: "The courier lost the first box, and that isn't ours to fix.", has: blame},
	})
}

// "Nothing we can do about it" pointing back to an outside event, "all our
// other clients", and what someone of the customer's did with what followed
// from it, a charge billed included.
func TestNothingAboutItAndYourSideLedTo(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That's the snow for you, nothing we can do about it.", has: blame},
		{text: "There's nothing we can do about it today, but I'll call you tomorrow.", hasNot: blame},
		{text: "The app works for all our other members, so it might be your phone.", has: blame},
		{text: "Your puppy chewed the door frame, so the repair is coming out of the deposit.", has: blame},
		{text: "You chose the basic plan, so extra calls are charged separately.", has: blame},
		{text: "Your bank approved the refund this morning, which is why it shows as pending.", hasNot: blame},
	})
}

// A question followed by "that would explain it" suggests the customer's
// part; a question of our step is still asked for a fact.
func TestQuestionThatWouldExplainIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Did you wash it on a hot cycle? That would explain the shrinking.", has: blame},
		{text: "Was the oven left on overnight? That'd explain the smell.", has: blame},
		{text: "Was it delivered on Tuesday? That would explain the scan.", hasNot: blame},
	})
}

// Upkeep not done, given as the reason for a trouble, is the customer's
// side; our own upkeep not done is ours.
func TestUpkeepUndoneAsTheReason(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The gears jammed because they hadn't been oiled all year.", has: blame},
		{text: "The heater failed because it wasn't serviced by our engineer, and I'm sorry.", hasNot: blame},
	})
}

// The customer's junk folder named as where our mail went is a guess that
// it was theirs to find; asked as a request, or said while we resend, it is
// help.
func TestJunkFolderGuess(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our reminders might be going to your spam folder.", has: blame},
		{text: "Did you look in your junk folder?", has: blame},
		{text: "Could you check your spam folder for me?", hasNot: blame},
		{text: "It may be in your junk folder, so I've resent it just now.", hasNot: blame},
	})
}

// ", hence" opens a result of its own, and a welcome pack, a listing, a
// quote and a noticeboard are documents the customer was given.
func TestHenceAndMoreDocuments(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The adapter you used isn't rated for that heater, hence the scorch mark.", has: blame},
		{text: "The check-out time was in the welcome pack you were given.", has: blame},
		{text: "Your quote clearly said scaffolding was extra.", has: blame},
		{text: "The wifi code is in your welcome pack.", hasNot: blame},
	})
}

// Another party's system gone down is their outage; ours is ours.
func TestTheirSystemWentDown(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The courier's tracking system went down overnight.", has: blame},
		{text: "Stripe's payment service was down for an hour.", has: blame},
		{text: "Our booking system went down this morning, and I'm sorry.", hasNot: blame},
	})
}

// A trouble found when the customer arrived is dated, not laid on them.
func TestFoundWhenYouArrived(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The heating broke when you arrived on Friday, I'm so sorry.", hasNot: blame},
		{text: "The heating broke when your son turned the dial to max.", has: blame},
	})
}

// The customer's choice told against another with "rather than", or what
// their booking was for, "not" another, answers the complaint.
func TestChoseThisRatherThanThat(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You chose the saver fare rather than the flexible one.", has: blame},
		{text: "The order was for the small size, not the large.", has: blame},
		{text: "You chose the flexible fare rather than the saver, so you can change it for free.", hasNot: blame},
	})
}

// Guesses about a named party or someone at home with "must", a repeat of
// a wrong entry counted, and upkeep not done before the work.
func TestMustGuessesCountedSlipsAndPriming(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Yodel must have lost the first one.", has: blame},
		{text: "The kids must have used all the credits.", has: blame},
		{text: "That's the fourth time this month the wrong PIN has been entered.", has: blame},
		{text: "The varnish is lifting because the wood wasn't sealed first.", has: blame},
		{text: "The kids must have had a great time at the party.", hasNot: blame},
	})
}

// "Nothing I can do about it" after a sentence naming the system or another
// party disowns it; after our own policy it hides behind the policy.
func TestNothingAboutItAfterTheSystem(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The system cancels unpaid bookings by itself. Nothing I can do about it.", has: blame},
		{text: "Our policy is to cancel unpaid bookings. Nothing I can do about it.", hasNot: blame},
	})
}

// "Not something we control" beside another team named disowns it; alone,
// with an offer, it does not.
func TestNotSomethingWeControl(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Refunds are a separate team, and the timing isn't something we control.", has: blame},
		{text: "It's not something we can change, but I can offer you a voucher.", hasNot: blame},
	})
}

// Insisting the company warned, more than once: "and again", or a count of
// reminders; a resend "again" is a remedy.
func TestWarnedMoreThanOnce(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We texted the new time on Monday and again on Wednesday.", has: blame},
		{text: "We sent four reminders before the plan lapsed.", has: blame},
		{text: "I've sent the link again and extended it by a week.", hasNot: blame},
	})
}

// A third party's failure or an outside event taken on in so many words:
// "is our job", "is on us"; "stops being our responsibility" and "I don't
// see how this is on us" take nothing on.
func TestTakenOnAsOurJob(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The rail strike has put everything behind, and clearing the backlog is our job, not yours.", hasNot: blame},
		{text: "The hotel overbooked your room, so putting that right is on us.", hasNot: blame},
		{text: "Once it's been signed for, the parcel stops being our responsibility.", has: blame},
		{text: "The courier lost it, and I don't see how that is on us.", has: blame},
	})
}

// What it must have been like for the customer is no guess at their fault;
// their thing guessed at with "must" still is.
func TestWhatItMustHaveBeenLike(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Finding your card missing must have been frightening.", hasNot: blame},
		{text: "Your router must be faulty.", has: blame},
	})
}

// A count of things the customer asked for or brought back, from the third
// on, is a dig; "'s" before an "-ly" adverb is "is".
func TestCountedThingsAndIsBeforeAdverb(t *testing.T) {
	checkReadings(t, []reading{
		{text: "This is the fourth kettle you've sent back this year.", has: blame},
		{text: "This is the third kettle we've had to replace for you, and I'm sorry.", hasNot: blame},
		{text: "Your boiler's nearly twenty years old.", has: blame},
	})
}

// A verb no list names is read by its base form, so "the fee stands" is the
// charge standing as surely as "the fee applies".
func TestUnlistedVerbsReadByTheirBase(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The keys came back a day after the hire ended, so the late fee stands.", has: blame},
		{text: "You returned the van with an empty tank, so the refuelling charge stands.", has: blame},
	})
}

// What the customer was given, pointed at: a dropped "it" before "says",
// "spells out", "printed in bold", "printed on the back". A direction in the
// present ("is printed on the front") and an order ("show the barcode on
// your e-ticket") are not.
func TestPointedAtWhatTheyWereGiven(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Says right there on your order confirmation that the deposit is non-refundable.", has: blame},
		{text: "Your booking email spells out that the gates close at six.", has: blame},
		{text: "It's printed in bold on the voucher that it can't be used on Saturdays.", has: blame},
		{text: "The expiry date was printed on the back of the card.", has: blame},
		{text: "The policy number is printed on the front of your card.", hasNot: blame},
		{text: "Show the barcode on your e-ticket at the gate.", hasNot: blame},
		{text: "Says here your parcel's due on Friday.", hasNot: blame},
		{text: "It shows on your card within 3 days.", hasNot: blame},
	})
}

// A duty handed to the customer or their role with "up to" or "down to" and
// what they had to do; "up to you" with a choice after it is no duty, and a
// pair after "between" is one clause.
func TestUpToTheHolderTo(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It was up to you as the account holder to tell us about the move.", has: blame},
		{text: "It's down to the hirer to check the tyres before setting off.", has: blame},
		{text: "It's up to you whether to keep it or send it back.", hasNot: blame},
		{text: "It's up to us to put this right.", hasNot: blame},
		{text: "Honestly, that part is between you and the bank.", has: blame},
	})
}

// A duty handed over with "up to you to" offers no choice.
func TestUpToYouToIsNoChoice(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It was up to you as the account holder to tell us about the move.", hasNot: choice},
		{text: "It's up to you to let us know about the move.", hasNot: choice},
		{text: "It's up to you: a refund or a replacement.", has: choice},
	})
}

// A trouble taken on in the next sentence, when it points back with "that's"
// or "it's", is taken on as surely as in the same one; our own notice out
// of date is ours, not the customer's wrong input.
func TestTakenOnInTheNextSentence(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The hotel overbooked the night you arrived. That's ours to sort, not yours.", hasNot: blame},
		{text: "The hotel overbooked the night you arrived. That's on them, not us.", has: blame},
		{text: "The hotel overbooked the night you arrived. Our agent will call you.", has: blame},
		{text: "The delivery info on our website was out of date last week.", hasNot: blame},
		{text: "The postcode on your order was out of date.", has: blame},
	})
}

// "lemme" is "let me" typed fast: the clause is ours, a step we will take,
// and an account told back beside it is no blame.
func TestLemmeIsLetMe(t *testing.T) {
	checkReadings(t, []reading{
		{text: "your son booked it under his name and you paid twice, lemme merge the two accounts", hasNot: blame},
		{text: "your son booked it under his name and you paid twice, let me merge the two accounts", hasNot: blame},
		{text: "your son booked it under his name and you paid twice", has: blame},
	})
}

// A cause that names something of ours ("is our payment partner") puts no
// trouble on anyone else's side.
func TestCauseNamingOursIsNoneOfTheirs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The name PayWell on your statement is our payment partner, so that charge is definitely your order.", hasNot: blame},
		{text: "The name PayWell on your bank statement is your bank's processor, so that payment is theirs to explain.", has: blame},
	})
}

// What the customer sends, come in past a deadline with a word before it, or
// a part of theirs left undone in the passive.
func TestSentPastTheDeadlineOrLeftUndone(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your claim came in after the filing deadline, so it couldn't be paid.", has: blame},
		{text: "The signed declaration arrived after the cut-off.", has: blame},
		{text: "The vouchers weren't redeemed before the end of the month.", has: blame},
		{text: "Your deposit arrived well before the deadline.", hasNot: blame},
		{text: "Our invoice arrived after the payment deadline, which is our mistake.", hasNot: blame},
	})
}

// A firm that supplies us ("our payment provider", "our supplier, Kestrel,")
// is another firm, like "our delivery partner": its trouble named as the
// cause is blame, unless we take it on; its step for the customer is not.
func TestOurSupplierIsAnotherFirm(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our card processor had an outage this morning, so your payment failed.", has: blame},
		{text: "Our supplier, Kestrel, shorted the delivery, which is why the table was late.", has: blame},
		{text: "Our supplier sent the wrong part, and putting that right is on us.", hasNot: blame},
		{text: "Our provider is sending an engineer out today.", hasNot: blame},
	})
}

// "A matter between you and" another party hands the trouble to them; one
// between us and them keeps it ours.
func TestAMatterBetweenYouAndThem(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I'm afraid that's a matter between you and your landlord.", has: blame},
		{text: "Your son made the transfers, so that's a matter between the two of you.", has: blame},
		{text: "That's a matter between us and the courier now, and I'm chasing them today.", hasNot: blame},
	})
}

// Failed attempts given as the cause are the customer's; failed attempts at
// our end are ours.
func TestFailedAttemptsAsTheCause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The card was frozen because of four failed PIN attempts.", has: blame},
		{text: "The lock was triggered by too many unsuccessful tries.", has: blame},
		{text: "The lock was triggered by failed attempts in our own sync job.", hasNot: blame},
	})
}

// The company denied to be at fault, to blame or liable, or a trouble denied
// to have come from us, disowns it; "we weren't at the address" denies
// nothing.
func TestWeWereNotAtFault(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I'll waive the fee this once, even though we weren't at fault.", has: blame},
		{text: "We're not to blame for the roadworks.", has: blame},
		{text: "Happy to redo it, though the smudging didn't come from us.", has: blame},
		{text: "We weren't at the address when the parcel came.", hasNot: blame},
		{text: "We were at fault, and I'm sorry.", hasNot: blame},
	})
}

// A change only the customer asks for, counted from the third on, is held
// against them without a "you"; one we made, said with sorry, is not.
func TestCountedChangesHeldAgainstThem(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That's the fifth amendment to the guest list since Monday.", has: blame},
		{text: "This is the third cancellation on this booking.", has: blame},
		{text: "This is the third change we've made to your booking, and I'm sorry.", hasNot: blame},
		{text: "That's the second change to the menu, no problem at all.", hasNot: blame},
	})
}

// Customers, or this customer, putting their part off until late, as a habit
// or as done; "quite" sits in the verb group as "often" does.
func TestLeftUntilLate(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Renters quite often leave the photos until the key handover.", has: blame},
		{text: "Most people leave the paperwork till the night before, and that's when it goes wrong.", has: blame},
		{text: "You can leave the bags with us until four.", hasNot: blame},
		{text: "We'll leave the booking open until Friday for you.", hasNot: blame},
	})
}

// Every other customer, or other customers, doing fine is a comparison held
// against this one; their trouble shared, or other items, are not.
func TestOthersWereFine(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Other guests haven't had any problems with the Wi-Fi.", has: blame},
		{text: "Every other customer on the list got their refund last week.", has: blame},
		{text: "Other customers have had the same problem, and I'm sorry.", hasNot: blame},
		{text: "Every other item in your order has shipped.", hasNot: blame},
	})
}

// What was ticked, selected or entered on a form, set against what was
// meant, is the customer's choice whatever the thing chosen; entered by us,
// it is ours.
func TestTickedThisNotThat(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The gluten-free box was ticked on your order, not the vegan one.", has: blame},
		{text: "Large was selected at checkout rather than medium.", has: blame},
		{text: "The date was entered by our booking team as the 4th, not the 14th.", hasNot: blame},
	})
}

// "Someone" asked about with "by any chance" is the customer's side, unless
// the subject names someone of ours.
func TestSomeoneByAnyChance(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Did someone move the router before the engineer came, by any chance?", has: blame},
		{text: "Did someone from our team call you back, by any chance?", hasNot: blame},
		{text: "Did someone sign for it?", hasNot: blame},
	})
}

// A message sent, and another after it, insists we did our part; a voucher
// or refund sent with a message, or what I've just sent, is a step.
func TestSentAMessageAndAnother(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We sent a reminder email on Monday and another on Wednesday.", has: blame},
		{text: "We texted the gate code at noon and a letter went out too.", hasNot: blame},
		{text: "We sent the new card and a letter explaining the change.", hasNot: blame},
		{text: "I've just sent you a text and an email with the details.", hasNot: blame},
	})
}

// "X is what's doing it" reads as "X is what does it": be is the main verb,
// and the customer's thing named there did the harm; our thing did not.
func TestIsWhatsDoingIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your hard water is what's turning the grout grey.", has: blame},
		{text: "Our new firmware is what's causing the drop-outs, and we're rolling it back tonight.", hasNot: blame},
	})
}

// A guess at what was done to a thing by no one named, with a verb only the
// customer's side does or lets slip, puts it on them; done by us, said with
// sorry, or a step of ours, it does not.
func TestGuessedDoneToIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Looks like the cable was yanked out while it was charging.", has: blame},
		{text: "Sounds like the settings were changed after the update.", has: blame},
		{text: "It looks like the parcel was dropped by our driver, and I'm so sorry.", hasNot: blame},
		{text: "Looks like the refund was sent on the 3rd.", hasNot: blame},
	})
}

// A firm named as the cause after "down to", which no list can know, is a
// third party as "the courier" is.
func TestDownToAFirmByName(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I'm afraid that's down to Parcelnet.", has: blame},
		{text: "The delay is down to Hermes, not the warehouse.", has: blame},
		{text: "That's down to you to decide, of course.", hasNot: blame},
	})
}

// "Before us" opens no clause: "us" cannot be a subject, so the firm or the
// person before us stays the one who did it.
func TestBeforeUsOpensNoClause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The fitter you had in before us cracked that tile, not our lads.", has: blame},
		{text: "Whoever serviced it before us left the filter out, which is why it's overheating.", has: blame},
		{text: "The team before us finished the job, and we're picking it up now.", hasNot: blame},
	})
}

// A supermarket, a valuer and a jeweller are third parties as a store, a
// surveyor's firm or a maker are.
func TestMoreThirdParties(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The substitution was the supermarket's call, that one's on the supermarket.", has: blame},
		{text: "The sale is held up because the valuer hasn't visited yet, and I'm chasing it now.", hasNot: blame},
	})
}

// "Old" makes a subject the wrong one only before what the customer gives
// us ("your old email"); "your old sofa collection" is the one being taken
// away. "That's one to take up with him" sends the customer elsewhere.
func TestOldOnlyBeforeInputAndOneToTakeUp(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your old sofa collection is booked for Saturday morning.", hasNot: blame},
		{text: "Your old email address was used for the booking.", has: blame},
		{text: "That's one for you to raise with the airline, I'm afraid.", has: blame},
		{text: "Your builder left the gate open, and that's something to take up with him.", has: blame},
	})
}

// "Again?" asked on its own is a dig, unless the next sentence apologises or
// owns the trouble.
func TestAgainAsADig(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Again? That's your second charger this month.", has: blame},
		{text: "Again? Oh no, I'm so sorry about that.", hasNot: blame},
		{text: "It happened again? That's our fault, and I'll fix it now.", hasNot: blame},
	})
}

// More of what the customer was given: a policy document or checklist, a
// page said to be plain, "Section 4 of" a document as the subject, a
// document that "told you"; and more of insisting and counting: "and then
// again", a count kept "this fortnight", "til" for "until". The status page
// reporting, with no emphasis, points at nothing.
func TestMoreOfWhatTheyWereGiven(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Clause 7 of the hire agreement says the tank must come back full.", has: blame},
		{text: "Your policy booklet spells out that wear and tear isn't covered.", has: blame},
		{text: "The booking page clearly lists a two-night minimum.", has: blame},
		{text: "The confirmation email told you to bring photo ID.", has: blame},
		{text: "The status page shows everything running normally since noon.", hasNot: blame},
		{text: "We texted the code on Friday and then again on Saturday.", has: blame},
		{text: "Fifth late cancellation this fortnight, Mr Hale.", has: blame},
		{text: "Plenty of guests leave the online check-in til the morning they arrive.", has: blame},
	})
}

// It working for others, in more forms: other customers with no trouble or
// none at all, "the other" families, thousands of people. Others sharing
// the trouble, or it said with sorry, is not.
func TestWorksForOthersInMoreForms(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Every other buyer of that model has had zero problems with it.", has: blame},
		{text: "Everyone else on the course got their certificate without any trouble.", has: blame},
		{text: "It's running perfectly for the other families on that plan.", has: blame},
		{text: "The app is working for thousands of users today.", has: blame},
		{text: "Other customers have had the same trouble, and I'm sorry.", hasNot: blame},
	})
}

// A passive question of the customer's part, with "by any chance" or "that'd
// explain" after it, suggests their part; one about our step does not.
func TestTheirPartAskedInThePassive(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Was the form filled in with a pencil, by any chance?", has: blame},
		{text: "Could the milk have been kept somewhere warm? That'd explain the smell.", has: blame},
		{text: "Was the refund processed, by any chance?", hasNot: blame},
	})
}

// A trouble placed "at" a third party ("the hold-up's at the courier's
// depot") is put on them; a parcel placed there is only where it is.
func TestTroublePlacedAtThem(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We sent it the same day; the hold-up's at the courier's hub.", has: blame},
		{text: "The delay is at the customs depot, not with us.", has: blame},
		{text: "The tracking shows it's at the depot, ready to collect.", hasNot: blame},
		{text: "The delay is at our end, and I'm sorry.", hasNot: blame},
	})
}

// A name opening a sentence before a past verb and its object is a party:
// "Parcelink lost the box"; a word whose article was dropped, before a
// phrase, is not ("Shutter closed at six").
func TestNameOpeningBeforeVerbAndObject(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Parcelink lost the box somewhere near Leeds.", has: blame},
		{text: "Quickdrop damaged your parcel in transit.", has: blame},
		{text: "Shutter closed at six, so the shop was shut.", hasNot: blame},
	})
}

// A trouble told as a rule ("these sprays only fail when") before what
// customers don't do is put on them; our own kit failing when we act is
// not.
func TestFailsAsARuleWhenTheyDont(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Weed killers only fail when people don't water them in.", has: blame},
		{text: "These filters clog when owners don't do the monthly rinse.", has: blame},
		{text: "Our servers fail when we push an update.", hasNot: blame},
	})
}

// "Pretty sure" frames a guess without being its subject, and "I'm pretty
// sure" opens a clause after it as "I'm sure" does; a third party cutting
// something is a third party's harm.
func TestPrettySure(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Pretty sure the last electrician cut through that cable.", has: blame},
		{text: "I'm fairly sure the courier left it at the wrong house.", has: blame},
		{text: "Pretty sure we can sort that for you today.", hasNot: blame},
	})
}

// More of putting it elsewhere: a firm by name after "on"; another firm's
// fault; a third party sitting on it; a third warning; being told, or the
// agent having said, twice already.
func TestMoreOfPuttingItElsewhere(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That's on ParcelPoint, their van never turned up.", has: blame},
		{text: "That's the scaffolding company's fault, not ours.", has: blame},
		{text: "The courier sat on the parcel for a week.", has: blame},
		{text: "This is the third warning on this account for late returns.", has: blame},
		{text: "You've been told three times that the lockers close at nine.", has: blame},
		{text: "As I've explained twice already, the gate code changes weekly.", has: blame},
		{text: "As I mentioned, the gate code changes weekly.", hasNot: blame},
		{text: "That's on us, and I'm sorry.", hasNot: blame},
	})
}

// Dropping a thing off hands it in, where dropping it lets it fall; a
// trouble taken on with an adverb inside ("is still our job") is taken on.
func TestDropOffAndStillOurJob(t *testing.T) {
	checkReadings(t, []reading{
		{text: "So you dropped the watch off on the 3rd and nobody has called you since.", hasNot: blame},
		{text: "You dropped the watch on the tiles, which cracked the glass.", has: blame},
		{text: "The courier's van broke down, but getting it to you is still our job.", hasNot: blame},
	})
}

// What the customer was given, named with a relative of their own ("the
// agreement you signed", "the receipt you were given"), then what it says;
// a document's words after a colon.
func TestDocumentWithTheirRelative(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The contract you signed spells out a twelve-month minimum term.", has: blame},
		{text: "The leaflet you were given states that the seal must stay on.", has: blame},
		{text: "It's in bold on your ticket: no re-entry after 9pm.", has: blame},
		{text: "The refund you were given shows on your statement now.", hasNot: blame},
	})
}

// "Auto-" belongs to the verb after it ("the system auto-cancels"), so the
// system is the subject; "I can't override it" and "not a decision I get to
// make" disown the power beside it.
func TestAutoVerbsAndOverride(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The system auto-renews the plan every year, nothing I can do about it.", has: blame},
		{text: "The booking system auto-releases the table after 15 minutes and I can't override it.", has: blame},
		{text: "The system auto-applies the fee, and that's not a decision I get to make.", has: blame},
		{text: "I can't override that myself, but I've asked my manager to, and I'll call you back.", hasNot: blame},
	})
	checkParses(t, []parseWant{
		{text: "The system auto-cancels unpaid orders.", word: "system", actor: actThing, aspect: aspPresent, lemma: "cancel"},
	})
}

// A power cut, a blackout or the grid going down is an outside event, as a
// storm is; taken on with a step of ours, it is not blamed.
func TestPowerCutIsAnOutsideEvent(t *testing.T) {
	checkReadings(t, []reading{
		{text: "A power cut on the estate knocked the router offline last night.", has: blame},
		{text: "The grid went down across town, which is why the chargers were dead.", has: blame},
		{text: "A power cut knocked the ovens out, so we've sent you a voucher for another night.", hasNot: blame},
	})
}

// Customers in general doing something and then wondering why, or wanting
// their money back, are shown to have caused it; customers doing well are
// not.
func TestThenWonderWhy(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Guests often skip the check-in email and then wonder why the door code doesn't work.", has: blame},
		{text: "Plenty of members never cancel in time and then want a refund.", has: blame},
		{text: "Customers often ring us first and then we sort it within the hour.", hasNot: blame},
	})
}

// "Nothing's wrong at our end" and "not a defect on our part" deny the
// fault: blame, and no ownership, though "at our end" and "on our part"
// own it when nothing denies them.
func TestNothingWrongAtOurEnd(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It's your router dropping out, nothing's wrong at our end.", has: blame, hasNot: owns},
		{text: "That's wear from daily use, not a defect on our part.", has: blame, hasNot: owns},
		{text: "That was a slip on our part, and I'm sorry.", has: owns, hasNot: blame},
	})
}

// The company saying it told the customer a fact beforehand insists it did
// its part, with or without the "I" ("Told you at drop-off that ..."); a
// promise told, or told with sorry, is not.
func TestWeToldYouSo(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I told you at the counter that the glaze needs a day to set.", has: blame},
		{text: "Told you on the phone the paint needs two weeks to cure.", has: blame},
		{text: "I told you your refund would arrive Friday, and it didn't.", hasNot: blame},
		{text: "We told you about the delay on Monday, sorry it's taken so long.", hasNot: blame},
	})
	checkParses(t, []parseWant{
		{text: "Sent it yesterday, should be with you Monday.", word: "sent", actor: actAgent, aspect: aspDone, lemma: "send"},
	})
}

// What we told the customer that turned out untrue is ours, not theirs.
func TestToldYouWhatTurnedOutUntrue(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We told you it was fixed, it wasn't, and now it's failing again.", hasNot: blame},
	})
}

// A third party's act told back with "so" after words of talk ("OK, so")
// reflects the customer's account; one denying our part does not.
func TestToldBackAfterTalk(t *testing.T) {
	checkReadings(t, []reading{
		{text: "OK, so the hotel charged you twice for the same night. Let's get that refunded.", hasNot: blame},
		{text: "Right, so the driver left it by the bins.", hasNot: blame},
		{text: "ok so the password was reset from your phone, not from our side", has: blame},
	})
}

// A fronted denial ("at no point", "in no way", "under no circumstances")
// negates its clause, and a customer's role denied to be responsible is
// cleared, not blamed; "at no point was the point ..." frames nothing.
func TestFrontedDenial(t *testing.T) {
	checkReadings(t, []reading{
		{text: "At no point was the cardholder responsible for those payments.", hasNot: blame},
		{text: "In no way was the account holder responsible for the breach.", hasNot: blame},
		{text: "We are not responsible for the courier's delays.", has: blame},
	})
}

// A habit of ours ("we only hold tables 15 minutes") takes nothing on, so a
// dig or a guess beside it still stands; another firm named "company" after
// "down to" is a third party even before a comma.
func TestHabitOfOursTakesNothingOn(t *testing.T) {
	checkReadings(t, []reading{
		{text: "For the third time, we only hold tables for 15 minutes.", has: blame},
		{text: "Our records show the code went out at noon, so check your junk folder.", has: blame},
		{text: "That's the cleaning company's fault, not ours.", has: blame},
		{text: "For the third time today we've rebooked you, and I'm sorry.", hasNot: blame},
	})
}

// "Not" between two dates sets the customer's choice against what they
// meant, with or without a comma.
func TestChoseOneDateNotAnother(t *testing.T) {
	checkReadings(t, []reading{
		{text: "you booked the 21st not the 12th, it's on your confirmation", has: blame},
		{text: "We booked you in for the 21st not the 12th by mistake, sorry.", hasNot: blame},
	})
}

// The customer's act, then a penalty taken under a rule ("and under our
// policy the table was released"), is a rule applied to what they did; a
// rule while we help is not.
func TestPenaltyUnderARuleAfterTheirAct(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You arrived an hour after your slot, and under our policy the room was released.", has: blame},
		{text: "You asked to move the date, and under our policy the change is free, so I've done it.", hasNot: blame},
	})
}

// A question of the customer's part followed by a sentence that makes it
// the cause ("Because that would …", "That's usually what …", "They cause
// exactly this") suggests their part; a question followed by another
// question asks.
func TestQuestionThenItsConsequence(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Did you wash it on a hot cycle? Because that would shrink it.", has: blame},
		{text: "Did you leave the lid off overnight? That's usually what dries it out.", has: blame},
		{text: "Did you get our email? What time suits you for a call?", hasNot: blame},
	})
}

// What the customer gave told back as it came in, then what followed or
// what it should have been, is theirs; what we put in wrongly, or what
// came in and is good news, is not.
func TestWentInAsYouGaveIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The width was given to us as 90 centimetres, so the blind was cut to exactly that.", has: blame},
		{text: "The name went in as Jon instead of John, hence the mismatch at the gate.", has: blame},
		{text: "The parcel went in as a priority, so it'll be with you tomorrow.", hasNot: blame},
		{text: "Our team put the size down as a 10 instead of a 12, which is our mistake.", hasNot: blame},
	})
}

// A cause named, then set against the thing the customer blames ("comes
// from an uneven floor rather than the base", "is why there's mould, it
// isn't the mattress"), puts it on their side; a cause of ours does not.
func TestCauseNotTheProduct(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Fading like that comes from direct sun rather than the fabric.", has: blame},
		{text: "The rust is from the salt air, not the frame itself.", has: blame},
		{text: "The smell is from our new cleaning fluid, not the carpet.", hasNot: blame},
		{text: "The delay came from a backlog, and I'm sorry, not the news you wanted.", hasNot: blame},
	})
}

// Two plain words set against each other with "not" ("you picked hazel not
// honey") set the customer's choice against what they meant; "Wrong pack
// was ticked" opens on its subject, article dropped. Our wrong item, said
// with sorry, is ours.
func TestPlainChoiceAndWrongOpening(t *testing.T) {
	checkReadings(t, []reading{
		{text: "you chose walnut not oak on the form, so walnut is what we made", has: blame},
		{text: "Wrong size was ticked at checkout, it says medium not large.", has: blame},
		{text: "Wrong item sent, so sorry about that, a new one's on its way.", hasNot: blame},
	})
}

// "Your spam filter's catching them" names the customer's filter through
// its "'s"; a message we sent before, in the plain past, takes nothing on,
// where sending it again does.
func TestSpamFilterAndSentBefore(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your junk folder's probably catching our reminders.", has: blame},
		{text: "your spam filter's prob eating our emails, we sent the code on monday", has: blame},
		{text: "It probably went to your junk folder, so I've sent it again.", hasNot: blame},
	})
}

// A short question with no one in it that ends on "again" or opens on
// "another" is a dig, as "Again?" is; one with its subject shares the
// surprise.
func TestAgainFragments(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Wrong card again? That's the third decline this week.", has: blame},
		{text: "Another charger lost? We can't keep sending them.", has: blame},
		{text: "It failed again? Oh no, let me look into that now.", hasNot: blame},
	})
}

// A duty put "on" the customer's role ("it's on the subscriber to check",
// "keeping the PIN safe is on the account holder") is on them; putting it
// right "on us" is ours.
func TestOnTheHolder(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It's on the cardholder to report a lost card straight away.", has: blame},
		{text: "Keeping the login private is on the account holder.", has: blame},
		{text: "Putting that right is on us, not you.", hasNot: blame},
	})
}

// A statement, bill or summary points at what the customer was given only
// when said to be plain or told in the past; reporting an account, it does
// not. Policy wording sets out terms as a contract does.
func TestStatementsPointOnlyWhenPlain(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The statement clearly showed the offer ending in June.", has: blame},
		{text: "The new price was in your last bill.", has: blame},
		{text: "Your policy wording says flood damage isn't covered.", has: blame},
		{text: "Your statement shows the refund landed yesterday.", hasNot: blame},
		{text: "The invoice shows two seats, but you only have one user.", hasNot: blame},
	})
}
