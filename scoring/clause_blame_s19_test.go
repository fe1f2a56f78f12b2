package scoring

import "testing"

// A result that puts the thing outside what is paid for, or puts the cost on
// the customer, refuses a remedy as "we can't refund it" does: "so they fall
// outside what we can refund", "so the exchange would be at your cost".
// After our own slip, or said as an offer, it blames no one.
func TestResultOutsideCoverOrAtTheirCost(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The size was picked from the drop-down before payment, so the exchange would be at your cost.", has: blame},
		{text: "You returned it after the deadline, so the postage is at your own expense.", has: blame},
		{text: "The transactions went through before you rang us, so they fall outside what we can refund.", has: blame},
		{text: "Our picker sent the wrong size, so the exchange is at our cost.", hasNot: blame},
		{text: "If you'd like a different colour, the exchange would be at your cost.", hasNot: blame},
	})
}

// A thing reported lost or stolen, with no one named, was reported by its
// owner: told beside a refusal, the late report is held against them.
func TestReportedLostIsTheOwnersAct(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The card was only reported lost a week after the payments, so we can't refund them.", has: blame},
		{text: "The phone was reported stolen two days later, so the claim isn't something we can cover.", has: blame},
		{text: "The card was reported lost this morning, so I've cancelled it and ordered a new one.", hasNot: blame},
		{text: "The card was reported lost, so we can't refund the payments.", has: blame},
	})
}

// Upkeep not had, with the upkeep as a noun, is upkeep undone: "because the
// boiler hadn't had its annual service" gives the owner's neglect as the
// reason, as "because it hadn't been serviced" does. Had, it clears them.
func TestUpkeepNotHadIsUpkeepUndone(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Because the boiler hadn't had the annual service that the policy requires, the breakdown claim can't be paid out.", has: blame},
		{text: "Because the car hadn't had an MOT since 2021, the claim was declined.", has: blame},
		{text: "Because the boiler had its annual service last month, the claim has been approved.", hasNot: blame},
	})
}

// A notice printed where the customer saw it, with a charge standing as its
// result, holds the charge against them; printed while we help, it does not.
func TestPrintedNoticeBesideAStandingCharge(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The checkout time is printed on the key card wallet and in the welcome email, so the late checkout fee does stand.", has: blame},
		{text: "The return window is printed on your receipt, so the restocking fee applies.", has: blame},
		{text: "The new times are printed on the confirmation, so you'll have them to hand.", hasNot: blame},
	})
}

// Telling repeated in a clause of its own ("and again in April"), or the
// thing said to be there to see after we told it ("and it's right there in
// bold", "it's all there on your phone", "it's on the first page as well"),
// insists we did our part. Sending or reading out our rules is telling them,
// not working on our own system.
func TestToldAndThereToSee(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We sent the letter to the address on file in March, and again in April.", has: blame},
		{text: "We emailed you the contract summary before you signed, and the yearly price rise is right there in bold.", has: blame},
		{text: "The excess was explained on the phone when the policy was taken out and it's on the first page of the schedule as well.", has: blame},
		{text: "I did read out the terms word for word before you agreed to them, it's all on the call recording.", has: blame},
		{text: "We sent the bag policy out by email and by text before the match.", has: blame},
		{text: "We sent the letter in March, and I've sent it again today so you have it.", hasNot: blame},
		{text: "We updated the booking system last night and it broke the confirmation emails.", hasNot: blame},
	})
}

// A hotel's "checkout time" is when a guest leaves, not the step of buying:
// "the checkout time is printed on the key card wallet" beside our own help
// shows the customer nothing they chose.
func TestCheckoutTimeIsNotTheMomentOfBuying(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The checkout time is printed on the key card wallet, so I've waived the late fee as it was hard to spot.", hasNot: blame},
		{text: "The fare was marked non-refundable on the checkout page.", has: blame},
	})
}

// A condition opened by "so if" is no account told back, and "and had the
// water been turned off" is a condition as "had the water been turned off"
// is: both say their side could have prevented it.
func TestConditionAfterAJoiner(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Right, so if the email address had been verified when we asked back in January, the account recovery would be instant now.", has: blame},
		{text: "Right, and had the water been turned off at the stopcock when it first started dripping we'd be looking at a washer, not a new ceiling.", has: blame},
		{text: "So the driver left it outside in the rain.", hasNot: blame},
		{text: "And had we sent the engineer sooner, the ceiling would have held, so that one's on us.", hasNot: blame},
	})
}

// An account opened by "Right,", "ok got it," or "So, to confirm," is told
// back as one opened by "so" is: "Right, the courier left it on your step in
// the rain" reflects the customer's complaint. An excuse after it still
// blames.
func TestRecapOpenersTellTheAccountBack(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Right, the courier left it on your step in the rain and it's soaked through. I'll swap it here and now.", hasNot: blame},
		{text: "ok got it, so your neighbour took it in and it was already smashed. replacement's on its way to you now", hasNot: blame},
		{text: "Right, the courier lost it, so there's nothing we can do.", has: blame},
		{text: "The courier left it on your step in the rain and it's soaked through.", has: blame},
	})
}

// Payments or charges voided or cancelled are taken back, a remedy, not a
// penalty under a rule; a booking cancelled under one is still a penalty.
func TestVoidedPaymentsAreNoPenalty(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our checkout threw an error on Tuesday evening that double-charged a batch of orders, yours included, and both extra payments have now been voided.", hasNot: blame},
		{text: "You didn't turn up for the 10:30, so the booking was cancelled.", has: blame},
	})
}

// "Even though you entered it right" grants that the customer did it right:
// no guess at their part, and no blame from the words "you entered". Granted
// without "right", a concession still holds it against them.
func TestGrantedDoneRight(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Hi @jess_m, so the code didn't apply even though you entered it right? That's our bug, and I've refunded the difference to your card", hasNot: blame},
		{text: "I'll refund the fee as a one-off, even though you went over the overdraft limit yourself.", has: blame},
		{text: "The transfer went to the account number you entered, which differs by one digit.", has: blame},
	})
}

// Every outside event of the event list is another party's when it is named
// as the cause, not only those the lexicon knows as third-party nouns:
// "because of the gale", "because of high winds", "about the grid".
func TestEveryOutsideEventIsAnOutsideCause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The sailing was cancelled because of the gale.", has: blame},
		{text: "The ferry to the island was cancelled because of high winds, so your delivery got pushed back.", has: blame},
		{text: "I'm sorry, but the tyre went because of a pothole, and road damage isn't something we cover.", has: blame},
		{text: "The delay was caused by a medical emergency on the inbound flight, so compensation isn't payable.", has: blame},
		{text: "We've closed the branch because of the flood, and I've moved your appointment to Leeds.", hasNot: blame},
	})
}

// What the customer gave us, in a relative clause told in a perfect, is
// theirs as in the simple past: "the address you'd given us was missing the
// flat number", "the form you'd have signed says no refunds". Read so, a
// thing they sent is no step of ours.
func TestPerfectRelativeOfTheirInput(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The address you'd given us was missing the flat number.", has: blame},
		{text: "The meter reading you've given us is too high.", has: blame},
		{text: "The form you'd have signed at the desk says no refunds.", has: blame},
		{text: "The photos you've sent are too blurry to assess.", has: blame, hasNot: []MarkerKind{MarkConcreteAction}},
		{text: "The replacement you've been sent should arrive tomorrow.", hasNot: blame},
		{text: "As I have said twice already on this call, the grey zones are no-parking.", has: blame},
	})
}

// A remedy refused with a modal or after "something" refuses as one with
// "can" does: "it isn't something the warranty will cover", "isn't
// something the warranty covers". After our own step, a clause of "though"
// that refuses, or that denies we were the ones who did it ("even though it
// wasn't the gym that missed the induction"), makes the step a favour and
// puts the fault elsewhere; a clause of "though" that only tells where
// things stand does not.
func TestRemedyGivenThoughNotOwed(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The fuel came back as diesel, so it isn't something the warranty will cover.", has: blame},
		{text: "I'll process the replacement as a goodwill gesture, even though water damage isn't something the warranty covers.", has: blame},
		{text: "I'll extend the pass by a week as a goodwill gesture, even though it wasn't the gym that missed the induction.", has: blame},
		{text: "I've refunded you in full, even though the parcel hasn't come back to us yet.", hasNot: blame},
		{text: "There isn't anything extra to pay, so you're all set.", hasNot: blame},
	})
}

// Paperwork that came back short of a part came back wrong: "the consent
// form came back with the second page missing", "without a signature".
func TestPaperworkCameBackLacking(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our records show the consent form came back with the second page missing.", has: blame},
		{text: "The claim form came back without a signature.", has: blame},
		{text: "The claim form came back complete, so I've sent it to the assessor.", hasNot: blame},
	})
}

// A charge cancelled is a cost taken back, no trouble their act explains:
// "you did exactly what the letter asked, so the penalty charge has been
// cancelled". A time of theirs in an account told back after "So, to
// confirm," is their account, not their delay.
func TestNoTroubleForTheirActToExplain(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You did exactly what the letter asked by phoning within 14 days, so the penalty charge has been cancelled.", hasNot: blame},
		{text: "So, to confirm, the driver from our courier left the parcel in the communal porch and it had gone by the time you got home.", hasNot: blame},
		{text: "By the time you got round to returning it, the 30-day window had closed.", has: blame},
		{text: "You paid the balance late, so the booking was cancelled.", has: blame},
	})
}

// Asking whether our charge is something else guesses at what the charge
// is, not at what the customer did.
func TestPossibleChargeIsNoGuessAtThem(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Is it possible the charge you're seeing is the pending hold rather than a second payment? I'll check both for you.", hasNot: blame},
		{text: "Is it possible the payment was made from your partner's card?", has: blame},
	})
}

// A trouble put down to a cause that names nothing of ours puts it outside
// the company: "the damp in your kitchen is down to a slow leak under the
// sink". Down to something of ours, it owns it.
func TestTroubleDownToACauseNotOurs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The damp in your kitchen is down to a slow leak under the sink that's been going for months.", has: blame},
		{text: "The delay is down to a fault in our own booking system.", hasNot: blame},
		{text: "The choice of colour is down to you.", hasNot: blame},
	})
}

// Put down to the customer by their role, or to whoever on their side, a
// duty or a trouble is theirs: "the missed payment is down to the account
// holder", "it's up to the attendee to return it".
func TestDownToTheirRole(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The missed payment is down to the account holder.", has: blame},
		{text: "The accessibility form was available for weeks; it's up to the attendee to return it before the event.", has: blame},
		{text: "Keeping it safe is down to whoever holds the card.", has: blame},
		{text: "It's up to the attendee whether they'd like a seat near the front.", hasNot: blame},
	})
}

// Another team of the company, named without "we" or "our", that the
// speaker rules out ("not me"), sends the customer to ("take that up with
// them"), or says acted "without telling us", has the fault passed to it:
// blame, not ownership. Said of "we", the same acts own it.
func TestAnotherTeamDisowned(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The dispatch team gave the driver the wrong postcode, not me, I only handle the bookings.", has: blame},
		{text: "the warehouse team swapped it without checking so you'd need to take that up with them really", has: blame, hasNot: owns},
		{text: "The IT team changed the login page without telling us, so the password reset links stopped working.", has: blame, hasNot: owns},
		{text: "We changed the login page without telling you, so the password reset links stopped working.", hasNot: blame},
	})
}

// "Everyone else" with a phrase of place is still the subject ("everyone
// else on the scheme | sends"), and what the others do as a rule is set
// against the customer, as "it works for everyone else" is. "Everyone
// else's phone" names the others too.
func TestWhatEveryoneElseDoes(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Everyone else on the scheme sends the kennel receipts in with the form.", has: blame},
		{text: "It works on everyone else's phone, so it might be your settings.", has: blame},
		{text: "Everyone else on the flight was rebooked onto the 7:40, and so were you.", hasNot: blame},
	})
}

// A payment that bounced is the customer's money turned back; told as what
// a trouble followed from ("which is when the cover lapsed"), it is their
// side's. Bounced and put right by us, it blames no one.
func TestBouncedPaymentExplainsTheTrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It looks like the direct debit bounced in January, which is when the cover lapsed.", has: blame},
		{text: "The direct debit bounced in January, which is why the policy was cancelled.", has: blame},
		{text: "The direct debit bounced because of our payment system, which is why the cover lapsed, so I've reinstated it.", hasNot: blame},
	})
}

// A third party that ended the customer's stay did them harm; "ended up"
// is another verb, and ends nothing: "your family ended up spending the
// night at the airport" tells what they went through.
func TestEndedAndEndedUp(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your stag party set off the fire alarm twice, which is why the hotel ended the stay early.", has: blame},
		{text: "The owner ended the stay early because of the party held at the lodge on Saturday night.", has: blame},
		{text: "Your family ended up spending the night at the airport, which must have been exhausting. I've added a refund for the hotel you paid for.", hasNot: blame},
		{text: "The strike ended on Friday.", hasNot: blame},
		{text: "The airline ended the route in May.", has: blame},
	})
}

// Asked whether they shared a secret kept for them alone ("did you share the
// one-time passcode", "have you by any chance been sharing the login"), or
// what their thing was doing when it went wrong ("was it charging on a
// third-party cable when it stopped"), the question suggests their part.
// Sharing a photo suggests nothing.
func TestQuestionsThatSuggestTheirPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Did you share the one-time passcode with the person who rang you?", has: blame},
		{text: "Have you by any chance been sharing the login with anyone? We usually only see this when that happens.", has: blame},
		{text: "Was it charging on a third-party cable when it stopped turning on?", has: blame},
		{text: "Did you share the photos with the claims team?", hasNot: blame},
	})
}

// A firm the company deals with ("our contractor", "our content delivery
// partner", "our CDN provider") is not the company: a trouble it caused is
// put outside, not owned, unless the company takes it on in words.
func TestCausedByAFirmWeDealWith(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The delay to your boiler repair was caused by our contractor, Heatwise Ltd, who failed to order the part.", has: blame, hasNot: owns},
		{text: "Regrettably, the interruption to the streaming service was caused by an outage at our content delivery partner.", has: blame},
		{text: "The delay was caused by our own engineers missing the part.", has: owns, hasNot: blame},
	})
}

// A firm named after a word of cause takes the cause as a party does: "any
// subsequent delay rests with Royal Mail". "Coming from Euro Car Parts"
// says where a part comes from.
func TestCauseRestsWithANamedFirm(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We dispatched the card within ten working days; any subsequent delay rests with Royal Mail.", has: blame},
		{text: "The part's coming from Euro Car Parts and I'll text you the tracking as soon as it's booked.", hasNot: blame},
	})
}

// A state "consistent with" a cause, with its refusal joined to the same
// clause ("and is therefore not covered"), is held against the customer as
// with the refusal in a clause of its own.
func TestConsistentWithAndNotCoveredInOneClause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The damage to the tire sidewall is consistent with curb strike and is therefore not covered under the warranty.", has: blame},
		{text: "The damage is consistent with a fault in manufacture and is covered under the warranty.", hasNot: blame},
	})
}

// "Our other clients" names the others as "other clients" does: "our other
// clients on the same plan have completed the upgrade without any
// difficulty" sets them against the customer.
func TestOurOtherClients(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our other clients on the same plan have completed the upgrade without any difficulty.", has: blame},
		{text: "Our other clients were affected by the outage too, and we're crediting everyone.", hasNot: blame},
	})
}

// The system named as what did it, in the subject or after "by the
// system", with the power disowned beside it ("not a decision taken by
// staff", "I have no way of overriding it", "not something I can
// override"), puts it on the system. Disowned alone, it only says what we
// cannot do.
func TestTheSystemDidItAndIHaveNoSay(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The system automatically closes any account that remains unpaid for ninety days; that is not a decision taken by staff.", has: blame},
		{text: "The system closes any account left unpaid for ninety days, and I have no way of overriding it.", has: blame},
		{text: "Your appointment was cancelled automatically by the system; I'm afraid that is not something I can override.", has: blame},
		{text: "I have no way of overriding it.", hasNot: blame},
	})
}

// What anyone, or most people, "would have" done of the customer's part,
// the customer did not: "anyone would have checked the dates before
// booking". That is no shared feeling. "Anyone would have read it that way"
// and "anyone would be upset" share theirs.
func TestAnyoneWouldHaveDoneTheirPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "To be honest, anyone would have checked the dates before booking.", has: blame, hasNot: []MarkerKind{MarkValidates}},
		{text: "Most folks would've checked the tread before a 500-mile trip, that's just common sense really.", has: blame},
		{text: "Anyone would have read it that way.", hasNot: blame},
		{text: "Anyone would be upset by that.", has: []MarkerKind{MarkValidates}, hasNot: blame},
	})
}

// "Y'all" is "you", said to more than one.
func TestYallIsYou(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Y'all really should've read the terms, they spell out that presale tickets are non-transferable.", has: blame},
		{text: "Y'all have been so patient, thank you.", hasNot: blame},
	})
}

// A document said to carry the customer's signature was signed by them:
// "that survey's got your signature at the bottom of it", "your signature
// is on the delivery note". Asked for, a signature is still to come.
func TestYourSignatureOnIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our chap went by the survey that was signed off on the day, and that survey's got your signature at the bottom of it.", has: blame},
		{text: "Your signature is on the delivery note.", has: blame},
		{text: "Could you, um, pop your signature just here, and here, and then you're all done.", hasNot: blame},
		{text: "I'll need your signature on the form before we start.", hasNot: blame},
	})
}

// The age of a thing not ours, told as what a trouble follows from, puts
// the trouble on the thing the customer owns: "the boiler is over fifteen
// years old, so breakdowns like this are to be expected". Followed by our
// step, it only explains.
func TestItsAgeExplainsTheTrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The boiler is over fifteen years old, so honestly breakdowns like this are to be expected with a unit of that age.", has: blame},
		{text: "The boiler is 18 years old, so I've booked a replacement for you.", hasNot: blame},
		{text: "Our booking system is ten years old, which is why it crashed, and that's on us.", hasNot: blame},
	})
}

// A secret kept for the customer alone, told in the passive as shared, was
// shared by its holder; shared by us, it is our step.
func TestSecretWasShared(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The password was shared with someone outside your household.", has: blame},
		{text: "The terms you agreed to say no refunds after fourteen days.", has: blame},
		{text: "The new code was shared with you by our security team this morning.", hasNot: blame},
	})
}

// After what their side did, a result saying the thing was delivered holds
// our account against them: "somebody signed for it at 2:14pm, so it was
// delivered".
func TestSoItWasDelivered(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Somebody signed for it at 2:14pm, so it was delivered.", has: blame},
		{text: "We've rebooked it for Friday, so it'll be delivered then.", hasNot: blame},
	})
}

// Upkeep left undone, with the rule that asks for it right after, is a rule
// applied to what the customer left undone: "the shed wasn't locked, which
// the policy requires". Said alone, it only tells what was found.
func TestUpkeepTheRulesRequire(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Looking at the claim, the shed wasn't locked, which the policy requires.", has: blame},
		{text: "The boiler hadn't been serviced, as the terms require.", has: blame},
		{text: "The shed wasn't locked.", hasNot: blame},
	})
}

// A cause named as a fault "in" doing something to the customer's thing is
// that fault, not the customer: "the inconvenience caused by the delay in
// issuing your residents' parking permit". Caused by their act, it is still
// theirs.
func TestFaultInHandlingTheirThing(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Please accept our sincere apologies for the inconvenience caused by the delay in issuing your residents' parking permit.", hasNot: blame},
		{text: "The delay was caused by your late payment.", has: blame},
	})
}

// A third party's ordinary work for the company, given as the reason, puts
// no fault on it: "the charge shows as Stripe because they process our
// payments". Their failure does.
func TestTheirWorkForUsIsNoFault(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Hi Grace, the charge shows as Stripe on your statement because they process our payments, nothing to worry about.", hasNot: blame},
		{text: "Your order is late because the courier lost our parcels at the depot.", has: blame},
	})
}
