package scoring

import "testing"

// These utterances are worded apart from every labelled set: each form of

// A reason given for a trouble blames when it names the customer's side or a
// third party, and does not when the company acts in it, when the result is a
// relief, or when the only trouble is what the company cannot do.
func TestReasonsForATroubleReadBothWays(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The upload keeps failing because you're on the guest network.", has: blame},
		{text: "The voucher bounced because the code you typed belongs to another shop.", has: blame},
		{text: "Our engineer was turned away at your door, which is why the visit was cancelled.", has: blame},
		{text: "Your landlord never forwarded the letter, and that's what left the account unpaid.", has: blame},
		{text: "The venue changed the headcount, so the table was short two chairs.", has: blame},
		{text: "The transfer is late because we sent it to the wrong sort code.", hasNot: blame},
		{text: "Your new card is on its way because you asked for a replacement.", hasNot: blame},
		{text: "The installer is bringing the part himself, so you don't need to collect it.", hasNot: blame},
		{text: "The parcel has been stuck since you ordered it, which is awful.", hasNot: blame},
		{text: "The booking sits under your company's contract, so there's nothing I can change.", hasNot: blame},
		{text: "It's late, but not because of anything you did.", hasNot: blame},
		{text: "The code you typed belongs to last year's offer, and the basket was full, so the discount failed.", has: blame},
		{text: "Your insurer and we both have the notes now, so nobody will ask you again.", hasNot: blame},
		{text: "Bad weather and busy hubs can combine, which can cause delays.", hasNot: blame},
		{text: "I'd guess the nanny took the parcel in and put it away.", has: blame},
		{text: "I do wonder whether someone in your family moved it.", has: blame},
		{text: "I'd imagine you were worried sick.", hasNot: blame},
		{text: "I'd guess the courier has delivered it by now.", hasNot: blame},
		{text: "Your housemate probably took it in and forgot.", has: blame},
		{text: "Looks like you skipped the verification step.", has: blame},
		{text: "Sounds like you've been waiting ages.", hasNot: blame},
		{text: "Sounds like your neighbour took it in for you.", has: blame},
		{text: "The reason the upgrade failed is that you closed the app halfway through.", has: blame},
		{text: "The reason it's late is that we sent it second class.", hasNot: blame},
		{text: "Your boiler's 20 years old, that's why it keeps breaking down.", has: blame},
		{text: "The driver couldn't deliver cos nobody answered the door.", has: blame},
		{text: "Had you told us before the cut-off, the fee wouldn't have applied.", has: blame},
		{text: "By the time you got round to returning it, the refund window had closed.", has: blame},
		{text: "By the time you get home, the engineer will have finished.", hasNot: blame},
	})
}

// Customers in general, read through a relative clause or a phrase inside
// the subject: those who skip a part come to grief, those who do it do not.
func TestCustomersInGeneralReadPastTheirRelativeClause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Members who don't cancel in time are the ones who get charged.", has: blame},
		{text: "Travellers who forget to print the voucher get charged a late fee.", has: blame},
		{text: "Usually, guests who read the house manual don't have this problem.", has: blame},
		{text: "Customers who don't have an account can check out as guests.", hasNot: blame},
		{text: "People who book early get the best seats.", hasNot: blame},
		{text: "I'd point out that you were sent two reminders.", has: blame},
		{text: "That bounced payment is down to your employer.", has: blame},
		{text: "That one's down to the courier, I'm afraid.", has: blame},
		{text: "The mistake isn't ours, as it happens.", has: blame},
		{text: "We can't accept responsibility for that.", has: blame},
		{text: "The installer was your own contractor, not one of ours.", has: blame},
		{text: "The strike is outside our control.", has: blame},
		{text: "The cancellation was a consequence of the non-payment of two premiums.", has: blame},
		{text: "The seat was released because online check-in was not completed.", has: blame},
		{text: "The cover ended because the premium due on 1 June was not paid.", has: blame},
		{text: "Had you reviewed the statement, the error could have been raised in time.", has: blame},
		{text: "The delay was due to the wrong postcode on the order.", has: blame},
		{text: "The outage was occasioned by contractors digging near the exchange.", has: blame},
		{text: "The delay was due to a fault in our warehouse.", hasNot: blame},
		{text: "I can't refund that, it's outside our policy.", hasNot: blame},
		{text: "That's your phone network throttling it.", has: blame},
		{text: "If he binned the letters, that's hardly on us.", has: blame},
		{text: "Honestly, the Parcelnet lot lost it somewhere.", has: blame},
		{text: "The Thursday slot is released now.", hasNot: blame},
		{text: "It wasn't us who cancelled the booking.", has: blame},
		{text: "So, as you said, the driver left it out in the rain.", hasNot: blame},
		{text: "You never told us you'd moved house.", has: blame},
		{text: "Nobody from our team came out, and that's on us.", hasNot: blame},
		{text: "What happened is that we moved the date and didn't tell you, so both charges landed together.", hasNot: blame},
		{text: "The mix-up was the result of an error in this office.", hasNot: blame},
		{text: "You paid on time, so the late fee should never have been added.", hasNot: blame},
		{text: "The airline cannot be held liable for the weather.", has: blame},
		{text: "You're not responsible for the charge.", hasNot: blame},
		{text: "It's not your responsibility to chase the courier.", hasNot: blame},
		{text: "Any further delay is a matter for your bank.", has: blame},
		{text: "It's the landlord you need to speak to about that.", has: blame},
		{text: "The claim form was returned to us incomplete.", has: blame},
		{text: "Did you not check the size guide?", has: blame},
		{text: "Did you not receive the email?", hasNot: blame},
		{text: "I'll replace it today, but your card was declined twice.", has: blame},
		{text: "Your nephew's probably what reset the router.", has: blame},
		{text: "Someone in your household has changed the password.", hasNot: step},
		{text: "Someone from the courier has collected it.", has: step},
		{text: "Customers in your area have had the same outage, and we're fixing it.", hasNot: blame},
	})
}

// An act told without a doer is the customer's when the words put it on
// their own device, credentials or side; a delivery to their address is not.
func TestActsDoneFromTheCustomersSide(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The booking was cancelled from your phone on Sunday night.", has: blame},
		{text: "The audit log shows the folder was deleted from your tablet.", has: blame},
		{text: "The parcel was misrouted at their hub.", has: blame},
		{text: "We've been told by the courier that the parcel was misrouted at their depot.", has: blame},
		{text: "The kitchen at the restaurant mixed up the order.", has: blame},
		{text: "The mast in your area failed after the update.", hasNot: blame},
		{text: "To be fair, you did get two emails about the price change.", has: blame},
		{text: "It is clear that you were advised of the fee.", has: blame},
		{text: "All three reminders were delivered, so the late fee stands.", has: blame},
		{text: "Your renewal notice was sent on the 2nd of May.", hasNot: blame},
		{text: "You got an email confirming the refund.", hasNot: blame},
		{text: "I can see that the payment was approved using your card and PIN.", has: blame},
		{text: "Our records show the refund was issued on Monday.", hasNot: blame},
		{text: "The order was placed using your saved password.", has: blame},
		{text: "The parcel was rejected at your address by whoever answered.", has: blame},
		{text: "The replacement was delivered to your address this morning.", hasNot: blame},
		{text: "The code was sent to your phone a minute ago.", hasNot: blame},
		{text: "The parcel was left at your door at noon.", hasNot: blame},
		{text: "I've cancelled the booking from my end.", hasNot: blame},
	})
}

// blame is read from who acts and how, so a new wording of a form is found too.
func TestBlameFormsReadFromTheClause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You should have checked the size guide.", has: blame},
		{text: "You ought to have kept the box.", has: blame},
		{text: "You'd have had to tell us before the cut-off.", has: blame},
		{text: "Your payment was rejected by the card issuer.", has: blame},
		{text: "The PIN you entered was incorrect.", has: blame},
		{text: "The reference you used was out of date.", has: blame},
		{text: "The details were typed in wrongly.", has: blame},
		{text: "The return label wasn't printed, so the parcel came back.", has: blame},
		{text: "The depot sent it out late.", has: blame},
		{text: "Since you skipped the verification step, the account stayed locked.", has: blame},
		{text: "Because you booked through a third-party site, the change failed.", has: blame},
		{text: "That isn't really our responsibility.", has: blame},
		{text: "It's not actually our problem, to be honest.", has: blame},
		{text: "Your bank must have flagged the payment.", has: blame},
		{text: "There was nothing we could have done.", has: blame},
		{text: "It wasn't me, the decision came from above.", has: blame},
		{text: "You were meant to send it back within 30 days.", has: blame},
		{text: "Your details were out of date.", has: blame},
		{text: "Unfortunately that's a problem on the bank's side.", has: blame},
		{text: "The payment bounced because there weren't enough funds.", has: blame},
		{text: "We can't be held responsible for courier delays.", has: blame},
		{text: "That's really a matter for the courier.", has: blame},
		{text: "It was meant to arrive on Thursday.", hasNot: blame},
		{text: "You weren't meant to be charged for that.", hasNot: blame},
		// Ownership, remedies and plain facts are not blame.
		{text: "Your card was declined, so I've sent a new payment link.", hasNot: blame},
		{text: "Because you've had such a rough week, I've added a credit.", hasNot: blame},
		{text: "As you said, the box was empty.", hasNot: blame},
		{text: "The item you ordered was out of stock.", hasNot: blame},
		{text: "None of that was your fault.", hasNot: blame},
		{text: "It wasn't your mistake at all.", hasNot: blame},
		{text: "The courier collected it this morning.", hasNot: blame},
		{text: "We should have checked the size before sending it.", hasNot: blame},
		{text: "The supplier will deliver the new stock on Monday.", hasNot: blame},
	})
}

func TestCompletionsDatedToToday(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The refund was sent this morning.", has: step},
		{text: "A replacement was just dispatched.", has: step},
		{text: "The hold on your account has been removed.", has: step},
		{text: "The block on your card has been lifted.", has: step},
		{text: "A refund was issued on the 2nd.", hasNot: step},
		{text: "Your order was placed on Monday morning.", hasNot: step},
	})
}

func TestCompletionsInMoreShapes(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The fee's been taken off your bill.", has: step},
		{text: "Your password's been reset.", has: step},
		{text: "The engineer's booked in for Friday.", has: step},
		{text: "I've had the late fee removed.", has: step},
		{text: "The new router is on its way.", has: step},
		{text: "The courier is on his way to you now.", has: step},
		{text: "The money went back onto your card this morning.", has: step},
		{text: "We've had three complaints about this.", hasNot: step},
		{text: "The money went back onto your card in March.", hasNot: step},
		{text: "Your password was reset on the 3rd, but not by us.", hasNot: step},
	})
}

// A step only the customer's side takes, told in the passive without naming
// them, lays it on them when a record shows it or it was done amiss; a step of
// ours, history, or a record of what went right does not.
func TestTheirActReadFromARecordOrDoneAmiss(t *testing.T) {
	checkReadings(t, []reading{
		{text: "According to the meter log, the heating was switched off at the wall.", has: blame},
		{text: "Going by the photos, the parcel was handed to you at 2pm.", hasNot: blame},
		{text: "Judging by the audit trail, the order was amended twice on Friday.", has: blame},
		{text: "Our investigation found that the app was deleted on the 4th.", has: blame},
		{text: "The card number was typed with two digits swapped, instead of as printed.", has: blame},
		{text: "The payee was entered incorrectly.", has: blame},
		{text: "The back door was left open overnight, we consider, as the report says.", has: blame},
		{text: "According to our records, your account was set up in 2019.", hasNot: blame},
		{text: "According to the tracking, the parcel was delivered at noon.", hasNot: blame},
		{text: "Our logs show the address was changed by our team in error, and I'm fixing it.", hasNot: blame},
		{text: "The address was changed this morning, so the next box goes to your new flat.", hasNot: blame},
		{text: "We must decline the claim, as the policy was taken out after the storm.", has: blame},
		{text: "I've moved you to the 9:40, as the 8:15 is full.", hasNot: blame},
		{text: "You've gone over your allowance because you were streaming all week.", has: blame},
		{text: "You've gone over the plan details with me, thank you.", hasNot: blame},
	})
}

// A partner, or a company or agent of another trade, is a third party; the
// company's own staff are not.
func TestOtherFirmsAreThirdParties(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our partner bakery forgot the cake.", has: blame, hasNot: owns},
		{text: "The letting agent gave us the wrong key.", has: blame, hasNot: owns},
		{text: "The ferry company cancelled the crossing.", has: blame},
		{text: "Our support agent gave you the wrong key.", has: owns, hasNot: blame},
		{text: "The company lost your parcel.", hasNot: blame},
	})
}

// A question can doubt the customer's part as plainly as a statement.
func TestQuestionsThatDoubtTheCustomersPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "So you didn't notice the warning on the screen?", has: blame},
		{text: "Did you pick the wrong size by any chance?", has: blame},
		{text: "Was the wrong postcode entered at checkout?", has: blame},
		{text: "Was the handset dropped at any point?", has: blame},
		{text: "Did you see our email about the refund?", hasNot: blame},
		{text: "Was the refund sent to the wrong card?", hasNot: blame},
		{text: "Just to check, you've already restarted the router twice?", hasNot: blame},
	})
}

// Advice for next time says it went wrong this time; what we will do next
// time, and what the customer will get, are not advice.
func TestAdviceForNextTime(t *testing.T) {
	checkReadings(t, []reading{
		{text: "In future, you'll need to register the serial number before posting it.", has: blame},
		{text: "Next time, please double-check the dates before you pay.", has: blame},
		{text: "Just for future reference, don't leave the card in the machine.", has: blame},
		{text: "Going forward you should keep the receipt.", has: blame},
		{text: "Do check the postcode this time, please.", has: blame},
		{text: "Next time I'll ring you before the engineer leaves.", hasNot: blame},
		{text: "Next time you order, you'll get free delivery.", hasNot: blame},
		{text: "Thank you for your patience during this time.", hasNot: blame},
		{text: "The courier is a different one this time.", hasNot: blame},
	})
}

// A cause put on customers in general, or on a part of theirs left undone,
// is blame; one put on a step of ours is not.
func TestCausesOnCustomersOrTheirPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Most of these faults come from people who skip the descaling.", has: blame},
		{text: "The overdraft fee is a result of the reminders being ignored.", has: blame},
		{text: "The lockout came from your tablet, not ours.", has: blame},
		{text: "The delay is owing to the refund being sent late.", hasNot: blame},
		{text: "The parcel came from our Leeds warehouse.", hasNot: blame},
		{text: "The outage was caused by many things at once.", hasNot: blame},
	})
}

// A third party's act set against the complaint, after "but" or insisted on
// with "did", is blame; their step for the customer is not.
func TestThirdPartyActSetAgainstTheComplaint(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I know it's frustrating, but the landlord kept the spare key.", has: blame},
		{text: "Just so you're aware, the driver did ring the doorbell.", has: blame},
		{text: "Sorry for the wait, but the courier has picked it up now.", hasNot: blame},
		{text: "It was late, but the airline confirmed your new seat.", hasNot: blame},
		{text: "The bank is separate, but sorting your refund is our job.", hasNot: blame},
		{text: "The storm did close the depot, but we should have told you.", hasNot: blame},
	})
}

// Subjects read through: "whoever" with its own verb phrase, 's as "is"
// before a word that judges, and a particle before the wrong thing.
func TestSubjectsReadThrough(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Whoever booked the taxi put in the wrong pickup address.", has: blame},
		{text: "Whoever answered the door signed for it.", hasNot: blame},
		{text: "Our router's fine, so it's your cable.", has: blame},
		{text: "Your neighbour filled in the wrong flat number.", has: blame},
		{text: "We filled in the right flat number.", hasNot: blame},
	})
}

// "Hardly" denies as "not" does.
func TestHardlyDenies(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The delay is hardly down to us.", has: blame},
		{text: "That's hardly your fault.", hasNot: blame},
	})
}

// A frame's "is" opens the clause it frames even without "that"; an
// expiry told as what happened is a verb, while "has expired" is news.
func TestBareFramesAndToldExpiries(t *testing.T) {
	checkReadings(t, []reading{
		{text: "What happened is, your card expired in March and the renewal failed.", has: blame},
		{text: "The thing is, the code was entered wrongly three times.", has: blame},
		{text: "The fact is, we sent it to the wrong address.", hasNot: blame},
		{text: "Your card has expired, so I've sent you a link to update it.", hasNot: blame},
	})
}

// A term shown plainly, or when the customer chose, answers the complaint
// with their own choice; a status marked in our system does not.
func TestTermsShownWhenTheCustomerChose(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The ticket was marked non-transferable when you bought it.", has: blame},
		{text: "The cancellation fee was clearly stated on the booking page.", has: blame},
		{text: "The parcel was marked as delivered at 2pm.", hasNot: blame},
		{text: "Your refund was shown as pending yesterday.", hasNot: blame},
	})
}

// The customer's paperwork or payment reaching us late or wrong is blame;
// on time, or a parcel of ours arriving late, it is not.
func TestPaperworkThatCameLateOrWrong(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The claim form came back incomplete.", has: blame},
		{text: "Your documents arrived two weeks late.", has: blame},
		{text: "The payment arrived on time.", hasNot: blame},
		{text: "Your parcel arrived late, and that's on us.", hasNot: blame},
	})
}

// Most customers doing their part, said beside what this one did not do.
func TestMostCustomersDoTheirPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Most customers confirm the slot by text, which you didn't.", has: blame},
		{text: "Most customers choose the standard plan, and you don't have to.", hasNot: blame},
	})
}

// Naming who did it and ruling the company out is blame; a past form that
// is its own base ("set", "hit") ends the subject before it.
func TestTheyDidItNotUs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The landlord set the rent, not us.", has: blame},
		{text: "Your bank froze the card, not our team.", has: blame},
		{text: "We set the rent, not the landlord.", hasNot: blame},
		{text: "The courier delivered it on Monday, not Tuesday.", hasNot: blame},
	})
}

// Harm that came about while the thing was with the customer is laid on
// them; a trouble of ours that merely fell during their stay is not.
func TestHarmWhileItWasWithYou(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The dent happened in your care.", has: blame},
		{text: "So the stain must have happened during your stay.", has: blame},
		{text: "I'm sorry the outage happened during your stay.", hasNot: blame},
		{text: "The delay happened on our watch, and I'm sorry.", hasNot: blame},
	})
}

// "It" said to be the customer's own kit names what did it; a reported
// pronoun clause opens after a verb of saying ("the log says | it was").
func TestItIsYourOwnKit(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The audit trail says it was your laptop.", has: blame},
		{text: "More often than not it's the customer's own charger.", has: blame},
		{text: "It's your account, so only you can close it.", hasNot: blame},
		{text: "That's your new phone on the way.", hasNot: blame},
	})
}

// What customers in general get wrong, applied to this one, is blame; a
// neutral habit applied to them is not.
func TestWhatCustomersDoAppliedToYou(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Guests who check out late lose the deposit, as was the case with your stay.", has: blame},
		{text: "Some travellers forget to renew the visa, which is what happened here.", has: blame},
		{text: "Many customers ask about this, as in your case.", hasNot: blame},
		{text: "Most customers get their refund within a week, as in your case.", hasNot: blame},
	})
}

// An act on the customer's line or meter, or at "the customer's end", is
// theirs, and no step of ours.
func TestActsOnTheCustomersLineOrEnd(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The router has been reset at the customer's end.", has: blame, hasNot: []MarkerKind{MarkConcreteAction}},
		{text: "The minutes were all used on your line.", has: blame},
		{text: "The credit was applied on your account today.", hasNot: blame},
	})
}

// A booking said in the present is set for later; one said in the past is
// history. Casual deadlines are deadlines too.
func TestBookingsAndCasualDeadlines(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You're booked in for Thursday.", has: timeC},
		{text: "The fitter has been scheduled for Monday.", has: timeC},
		{text: "It was booked for Thursday, but nobody came.", hasNot: timeC},
		{text: "Your payment is due on the 28th.", hasNot: timeC},
		{text: "I'll call you back in a couple of hours.", has: timeC},
		{text: "We'll have it fixed this side of the weekend.", has: timeC},
	})
}

// Opening hours and weekly hours are no promise; "overnight" and "first
// thing" are times promised, and an account that will be open is one too.
func TestOpeningHoursAreNoPromise(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We're open until 8pm.", hasNot: timeC},
		{text: "The helpline is staffed until 10pm on Sundays.", hasNot: timeC},
		{text: "Your new account will be open from 9am on Monday.", has: timeC},
		{text: "The refund will clear overnight.", has: timeC},
		{text: "I'll ring you first thing tomorrow.", has: timeC},
	})
}

// What cannot be done on our side is neither a fault owned nor one denied.
func TestCannotBeDoneOnOurSide(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The timesheet cannot be corrected on our end.", hasNot: []MarkerKind{MarkOwnsMistake, MarkBlame}},
		{text: "This can't be changed on our side, I'm afraid.", hasNot: []MarkerKind{MarkOwnsMistake, MarkBlame}},
		{text: "The setting wasn't changed by us.", has: blame},
		{text: "The mistake was on our side.", has: owns},
	})
}

// A penalty not put on the customer is good news, not a part of theirs left
// undone.
func TestPenaltyNotAppliedIsNoBlame(t *testing.T) {
	checkReadings(t, []reading{
		{text: "No late fee was added.", hasNot: blame},
		{text: "The surcharge hasn't been applied to your bill.", hasNot: blame},
		{text: "The form was never signed.", has: blame},
	})
}
