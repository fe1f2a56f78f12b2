package scoring

import "testing"

// The company's side, a thing or a third party said to have done just what
// it should answers the complaint with "not us"; a remedy done right now, and
// the customer doing their part right, are not blame.
func TestDoneAsItShouldDefends(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The card machine behaved exactly as it was designed to.", has: blame},
		{text: "Our engineer installed the socket correctly, so the tripping is coming from something else.", has: blame},
		{text: "The courier put the parcel exactly where your note said.", has: blame},
		{text: "The payroll run was calculated accurately from the hours we were sent.", has: blame},
		{text: "We packed the order to the letter of your instructions.", has: blame},
		{text: "I've changed the delivery day exactly as you asked.", hasNot: blame},
		{text: "The new router was set up properly this time, I'm so sorry about the first visit.", hasNot: blame},
		{text: "You filled in the claim form correctly, so the delay is ours.", hasNot: blame},
		{text: "Your meter was read correctly, so the estimate was our mistake.", hasNot: blame},
		{text: "The engineer didn't fit the socket properly, and I'm sorry.", hasNot: blame},
		{text: "We'll make sure it's packed properly.", hasNot: blame},
		{text: "The courier delivered it exactly as I said he would.", hasNot: blame},
		// In line with the terms, or done correctly before the verb, in a letter's words.
		{text: "The account was operated in accordance with its terms.", has: blame},
		{text: "Your complaint has not been upheld, as the fee was correctly applied.", has: blame},
		{text: "The refund was processed in line with your request this morning.", hasNot: blame},
		{text: "I've applied the credit in line with our goodwill policy.", hasNot: blame},
	})
}

// A charge, a bill or the usage behind it said to be genuine defends the
// bill against the customer; a bill put right, a refund's amount, a due date
// and a charge still being checked do not.
func TestChargeStandsDefendsTheBill(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Those roaming charges are entirely legitimate.", has: blame},
		{text: "I know it's a shock, but that's valid usage from the second SIM.", has: blame},
		{text: "The overage reflects the streaming your flatmates did last weekend.", has: blame},
		{text: "The water bill is what it is, I'm afraid.", has: blame},
		{text: "Your revised invoice is correct, and the credit is on it.", hasNot: blame},
		{text: "The refund amount is correct.", hasNot: blame},
		{text: "Your balance is due on Friday.", hasNot: blame},
		{text: "I'll make sure the charges are correct before the bill goes out.", hasNot: blame},
		{text: "Is the amount on the bill correct?", hasNot: blame},
		{text: "The fees weren't valid, so I've refunded them.", hasNot: blame},
		{text: "The bill is correct now that I've removed the duplicate charge.", hasNot: blame},
		// A remedy given though the charge stands still defends the charge.
		{text: "The fee is correct for next-day delivery, but I'll waive it as a gesture.", has: blame},
	})
}

// How long the customer took over their own part, pointed out, is blame;
// what finally reached them, a purchase, and the time it took them to get
// through to us are not.
func TestSlowToDoTheirPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Once you'd finally returned the signed lease, we processed it the same day.", has: blame},
		{text: "Thanks for finally replying to our letters.", has: blame},
		{text: "It took you nearly a month to report the card missing.", has: blame},
		{text: "Honestly, it took you six weeks to send the photos back.", has: blame},
		{text: "You finally received the replacement on Friday, I see.", hasNot: blame},
		{text: "Thanks for finally booking the upgrade with us.", hasNot: blame},
		{text: "I'm so sorry it took you an hour to reach us.", hasNot: blame},
		{text: "It took us three weeks to reply, which isn't good enough.", hasNot: blame},
		{text: "It didn't take you long to fill in the form at all.", hasNot: blame},
	})
}

// The customer's own choice set against what they say they chose is blame;
// our booking, a choice we act on, and a choice that lets them do something
// are not.
func TestChoseThisNotThat(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You picked standard delivery, not express, so it came on day five.", has: blame},
		{text: "Your order was placed for the grey sofa, not the green one.", has: blame},
		{text: "If you look at the receipt, you bought the 64GB model, not the 128GB.", has: blame},
		{text: "I've booked you on the 14th, not the 15th.", hasNot: blame},
		{text: "You chose the 14th, not the 15th, so I've moved it for you.", hasNot: blame},
		{text: "You chose the flexible fare, not the saver, so you can change it for free.", hasNot: blame},
		{text: "You booked online, not by phone, so the discount applies.", hasNot: blame},
		{text: "The refund was made to your card, not your bank.", hasNot: blame},
	})
}

// "Like you asked" defends as "as you asked" does; "as you said" tells the
// customer's own account back.
func TestDoneLikeYouAsked(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The engineer fitted it on the back wall like you asked, so the signal there is down to the building.", has: blame},
		{text: "Your parcel was left in the porch just like your instructions said.", has: blame},
		{text: "The box was empty when it reached you, as you said.", hasNot: blame},
		{text: "I'm sorry, the parcel was left exactly where you asked us not to leave it.", hasNot: blame},
	})
}

// A slip said to keep happening on the customer's side is blame; a thing
// that keeps going wrong, or a slip of ours, is not.
func TestKeepsSlipping(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You keep ignoring the low balance texts.", has: blame},
		{text: "The meter readings keep getting skipped each quarter.", has: blame},
		{text: "Honestly, the spare key keeps being forgotten at check-out.", has: blame},
		{text: "Your parcels keep getting damaged in transit, and I'm sorry.", hasNot: blame},
		{text: "Your Wi-Fi keeps dropping in the evenings.", hasNot: blame},
		{text: "Our reminders keep getting missed off the bill run.", hasNot: blame},
		{text: "You keep getting charged twice, which is wrong.", hasNot: blame},
	})
}

// The customer's act told with its result "of course" is blame; a result
// that licenses their feeling, grants them something, gives their
// expectation, or is our step is not.
func TestSoOfCourse(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You left it on the radiator, so obviously the case warped.", has: blame},
		{text: "You'd unplugged the hub, so of course the camera stopped recording.", has: blame},
		{text: "You paid for next-day delivery, so naturally you expected it on Tuesday.", hasNot: blame},
		{text: "You waited in all day, so of course you're furious.", hasNot: blame},
		{text: "You cancelled within the window, so of course you're entitled to the full refund.", hasNot: blame},
		{text: "You reported it straight away, so of course we replaced it.", hasNot: blame},
	})
}

// Saying the customer's part never reached us is blame; a part still
// awaited, one we apologise for or act on, and our own deliverable are not.
func TestNoRecordOfTheirPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We never received your cancellation request.", has: blame},
		{text: "There's no record of you calling us in March.", has: blame},
		{text: "I can't find any record of a complaint from you before June.", has: blame},
		{text: "Our logs confirm no claim form was ever sent in.", has: blame},
		{text: "We didn't get the signed lease back from you.", has: blame},
		{text: "We haven't received your documents yet, so I'll send a reminder.", hasNot: blame},
		{text: "We never received your return, and I'm sorry for the worry.", hasNot: blame},
		{text: "There's no record of the refund being issued.", hasNot: blame},
		{text: "No reminder was ever sent, which is our mistake.", hasNot: blame},
		{text: "We never received the payment from the bank.", hasNot: blame},
	})
}

// The customer's own kit named as the trouble is blame; what we deliver,
// their situation, a trouble we act on, and "not your problem" are not.
func TestTroubleIsTheirKit(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That's your problem right there.", has: blame},
		{text: "The problem is your router.", has: blame},
		{text: "The real culprit is your old extension lead.", has: blame},
		{text: "It's an issue with your wiring, I'm afraid.", has: blame},
		{text: "The problem is your refund went to the old card.", hasNot: blame},
		{text: "The issue is your flight leaves at six.", hasNot: blame},
		{text: "It's an issue with your order, and I'm fixing it now.", hasNot: blame},
		{text: "That's not your problem, I'll sort it.", hasNot: blame},
		{text: "It's a problem with your booking on our side.", hasNot: blame},
	})
}

// A term told or shown to the customer in a document is blame; a reference
// back to our own message, a promise told back, and a fact on a statement
// are not.
func TestSetOutInWriting(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You were informed of this in the confirmation email.", has: blame},
		{text: "The baggage allowance was detailed in your booking confirmation.", has: blame},
		{text: "The minimum term is set out, I'm afraid, as printed in the contract.", has: blame},
		{text: "As I explained in my email, the engineer is booked for Friday.", hasNot: blame},
		{text: "You were told in the email that your refund would arrive Friday, and I'm sorry it didn't.", hasNot: blame},
		{text: "The refund is shown on your statement.", hasNot: blame},
		{text: "The wrong date was printed in the confirmation email, which is our error.", hasNot: blame},
	})
}

// A trouble said to happen, as a rule, only when someone slips is blame;
// one that happens when we or our things are at work, or one event told,
// is not.
func TestHappensWhenSomeoneSlips(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That only happens when the folder's been deleted from a synced laptop.", has: blame},
		{text: "It usually occurs when the filter isn't cleaned.", has: blame},
		{text: "It only happens when people forget to descale it.", has: blame},
		{text: "It happens when our servers are busy, and I'm sorry.", hasNot: blame},
		{text: "It happened when the parcel was dropped at the depot.", hasNot: blame},
		{text: "It happens when we push an update overnight.", hasNot: blame},
		{text: "Delays happen when the roads are closed.", hasNot: blame},
	})
}

// Leaving it a while before doing their part is the same delay laid on the
// customer; waiting for us is not.
func TestLeftItBeforeTheirPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You left it six weeks before reporting the leak.", has: blame},
		{text: "You waited a month to send the meter photo.", has: blame},
		{text: "You waited three weeks for the refund, which is far too long.", hasNot: blame},
		{text: "You waited two hours to speak to someone, and I'm sorry.", hasNot: blame},
		{text: "You left it with your neighbour before going away.", hasNot: blame},
	})
}

// An item's state read as the customer's use is blame; no signs of it, a
// fault in the unit, a case opened, and our own work are not.
func TestItemShowsTheirUse(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The trainers were obviously worn outdoors before you returned them.", has: blame},
		{text: "The jacket was clearly washed before it came back to us.", has: blame},
		{text: "The handset shows signs of water damage.", has: blame},
		{text: "The dent is consistent with an impact, I'm afraid.", has: blame},
		{text: "There are no signs of misuse, so I'm replacing it.", hasNot: blame},
		{text: "The damage is consistent with a fault in the unit.", hasNot: blame},
		{text: "Your claim was opened on the 14th.", hasNot: blame},
		{text: "The part was fitted before it was returned to you.", hasNot: blame},
		// Asked, it doubts the customer's use as plainly.
		{text: "Were the shoes worn outside before you returned them?", has: blame},
		{text: "Has the parcel been opened yet?", hasNot: blame},
	})
}

// The company said to be at a third party's mercy is blame; what a plan
// depends on, and the customer's own say, are not.
func TestAtTheirMercy(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Honestly, we're at the mercy of the airline on this.", has: blame},
		{text: "The network's down across the town and we're at their mercy.", has: blame},
		{text: "I'll get the part as soon as I can, but it depends on the supplier.", hasNot: blame},
		{text: "We are at your mercy on dates, so pick any day you like.", hasNot: blame},
	})
}

// A third party's misfortune given as the reason is blame; the customer's
// own, and the company's people, are not.
func TestTheirMisfortune(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The gig was postponed because the singer fell ill.", has: blame},
		{text: "Your order failed because the supplier went into administration.", has: blame},
		{text: "The tour was rescheduled because the promoter pulled out.", has: blame},
		{text: "Since you were unwell, I've moved your appointment.", hasNot: blame},
		{text: "The visit was cancelled because the engineer was off sick, and that's on us.", hasNot: blame},
		{text: "Because your son was ill, we've waived the fee.", hasNot: blame},
	})
}

// A time limit, then the customer's act told as past it, is blame; an act
// within it, our own timings, and an act followed by what it still allows
// are not.
func TestPastTheLimit(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Claims must be made within 14 days, and yours came in three weeks late.", has: blame},
		{text: "Payments are due within 14 days of the invoice, and yours was paid after the deadline.", has: blame},
		{text: "Check-in closes an hour before departure, and you reached the desk after it had shut.", has: blame},
		{text: "Returns must reach us within 30 days, and yours arrived on day 12.", hasNot: blame},
		{text: "Refunds take 3 to 5 working days, and yours went out on Monday.", hasNot: blame},
		{text: "We'll call you within 24 hours, and your case was logged late last night.", hasNot: blame},
		{text: "Bookings can be changed up to 48 hours before, and you changed yours the day before, so you can still use the credit.", hasNot: blame},
	})
}

// Counting the customer's slips is blame; counting what they went through,
// or our own failures, is not.
func TestNthTimeTheySlipped(t *testing.T) {
	checkReadings(t, []reading{
		{text: "This is the third time you've forgotten your password this month.", has: blame},
		{text: "That's the fourth time the card number's been typed in incorrectly.", has: blame},
		{text: "This is the third time you've had to call us about this.", hasNot: blame},
		{text: "It's the second time we've missed your slot, and I'm sorry.", hasNot: blame},
		{text: "This is the third time your parcel has been lost.", hasNot: blame},
		{text: "This is the second time you've called today.", hasNot: blame},
	})
}

// Our side said to have done it right owns nothing, however its verb reads.
func TestDoneAsItShouldOwnsNothing(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our warehouse packed it correctly; the damage must have happened in transit.", has: blame, hasNot: owns},
		{text: "Our warehouse packed it badly, and that's on us.", has: owns, hasNot: blame},
	})
}

// A trouble traced to the customer's side or a third party is blame; a
// parcel or payment traced, a trouble traced to us, and a cause denied are not.
func TestTracedToTheirSide(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The engineer traced the leak to your washing machine.", has: blame},
		{text: "We've narrowed it down to your Wi-Fi extender.", has: blame},
		{text: "The assessor attributed the damage to wear and tear in your flat.", has: blame},
		{text: "We've traced the problem to a fault at our exchange.", hasNot: blame},
		{text: "I've traced the bag to Frankfurt and booked it on the first flight out.", hasNot: blame},
		{text: "We traced the payment to your bank.", hasNot: blame},
		{text: "The subsidence is not attributed to any alteration you made.", hasNot: blame},
	})
}

// A finding of no fault on our side is blame and owns nothing; a finding
// about the customer, a lost parcel, a fault found, and a finding we act on
// are not.
func TestFoundNoFaultOnOurSide(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our engineer found no fault on the line.", has: blame},
		{text: "Having reviewed the call, we find no evidence of an error on our part.", has: blame, hasNot: owns},
		{text: "There is no indication that our staff acted improperly.", has: blame},
		{text: "No fault was found with the meter on inspection.", has: blame},
		{text: "There's no sign you did anything unusual; we locked the account by mistake.", hasNot: blame},
		{text: "There's no sign of the parcel at the depot.", hasNot: blame},
		{text: "We've found an error on our part, and I'm sorry.", has: owns, hasNot: blame},
		{text: "I found no fault on the line, so I'm sending an engineer out tomorrow.", hasNot: blame},
	})
}

// The customer past their own allowance is blame; going over details, an
// allowance not used up, and an overrun we make good are not.
func TestOverTheirAllowance(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You've used up all your minutes for the month.", has: blame},
		{text: "You exceeded your overdraft limit on the 3rd.", has: blame},
		{text: "You've gone over the plan details with me, thank you.", hasNot: blame},
		{text: "You hadn't used up your data; we throttled you by mistake.", hasNot: blame},
		{text: "You've gone over your allowance, so I've added 5GB for free.", hasNot: blame},
	})
}
