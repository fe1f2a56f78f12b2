package scoring

import "testing"

// What the customer gave, measured against ours or the true figure and
// found off, was wrong as they gave it; measured against another of theirs,
// or against what we expected, it tells a change or our surprise.
func TestYourFigureMeasuredAgainstTheTrue(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The meter reading you sent in was higher than the one we took.", has: blame},
		{text: "The figures you gave us were lower than the real ones.", has: blame},
		{text: "The measurements you gave us were about 4cm smaller than the real opening.", has: blame},
		{text: "The reading you sent was higher than last month's.", hasNot: blame},
		{text: "The reading you sent was higher than we expected, so we've sent an engineer.", hasNot: blame},
	})
}

// The damage only handling does, found by our people and followed by a
// refusal, reads the item against the customer as it does said alone:
// "our engineer noted liquid damage on the board, so the repair isn't
// covered". A finding of no damage, or our own handling, does not.
func TestHandlingDamageWeFoundSoRefused(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The technician found impact damage, which the warranty doesn't cover.", has: blame},
		{text: "Our engineer noted liquid damage on the board, so the repair isn't covered.", has: blame},
		{text: "We found water damage inside the handset, which the warranty doesn't cover.", has: blame},
		{text: "We opened the handset and there's no water damage, so we'll replace it.", hasNot: blame},
		{text: "We opened it at the depot, so we can't take it back.", hasNot: blame},
	})
}

// A remedy that must come from, go through or be issued by a third party
// passes the matter on as a claim sent to them does; one that comes from
// our own team, or came from them as news, does not.
func TestRemedyFromThemPassesItOn(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You subscribed through the App Store, so the refund has to come from Apple.", has: blame},
		{text: "The refund has to go through Apple.", has: blame},
		{text: "Refunds for those are issued by Apple.", has: blame},
		{text: "The refund has to come from our finance team, and I've asked them today.", hasNot: blame},
		{text: "Your refund came from Apple last week.", hasNot: blame},
		{text: "The refund comes to £40 in total.", hasNot: blame},
	})
}

// A note or party telling that another could not do a thing opens the
// clause of what they could not do, so its reason is read as the reason
// for the failed visit: "the engineer's notes say | he couldn't get in
// because the gate was padlocked". Their own act told as hearsay ("the
// driver says he knocked") stays one claim.
func TestNotesSayTheyCouldNot(t *testing.T) {
	checkReadings(t, []reading{
		{text: "So the engineer's notes say he couldn't get in because the gate was padlocked.", has: blame},
		{text: "The driver's report says she couldn't get in because the gate was locked.", has: blame},
		{text: "So the driver says he knocked, but you were in all afternoon and didn't hear a thing.", hasNot: blame},
	})
	checkParses(t, []parseWant{
		{text: "The engineer's notes say he couldn't get in.", word: "couldn't", actor: actThird, aspect: aspCould, lemma: "get"},
	})
}

// A trouble told in or during an outside event reads the event as its
// cause, as "held up by the snow" does; with a step of ours beside it, or
// denied, it does not.
func TestTroubleInsideAnOutsideEvent(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Deliveries were held up in the snow.", has: blame},
		{text: "Your parcel was damaged in the flooding at the depot.", has: blame},
		{text: "Deliveries were held up in the snow, so I've refunded the delivery charge.", hasNot: blame},
		{text: "Your parcel wasn't damaged in the flooding at the depot.", hasNot: blame},
	})
}

// A window or deadline told shut, and then "before" the customer's act,
// puts the closing first as the past perfect does: "check-in closed before
// you got there". Shut "when" they did something only tells when.
func TestClosedBeforeYourAct(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The seat was released because check-in closed before you got there.", has: blame},
		{text: "The offer ended before you placed the order.", has: blame},
		{text: "The window closed when you were in hospital.", hasNot: blame},
		{text: "The offer ended before you placed the order, so I've honoured it anyway.", hasNot: blame},
	})
}

// The customer's part told to have reached us "only" at a time came late,
// as "didn't get them until yesterday" says: "we only got the photos
// yesterday". What we only got from a supplier, an apology, or a step of
// ours beside it, is not.
func TestYourPartOnlyReachedUsLate(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We only got the photos yesterday, which is why the claim's only just started.", has: blame},
		{text: "Your form only reached us on Friday.", has: blame},
		{text: "We only got the parts from the supplier yesterday.", hasNot: blame},
		{text: "We only got your form yesterday, and I've already processed it.", hasNot: blame},
		{text: "We only got your form yesterday?", hasNot: blame},
	})
}

// A record said to match a thing of the customer's, or a relative clause
// that says so of what the record shows, puts the act with them as a
// signature that matches theirs does; their own photo matching what they
// told us bears them out.
func TestRecordMatchesYours(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The delivery photo shows the parcel at a blue front door, which matches your listing.", has: blame},
		{text: "The delivery photo matches your front door.", has: blame},
		{text: "The photo you sent matches your description.", hasNot: blame},
		{text: "Our engineer's report matches what you told us.", hasNot: blame},
	})
}

// A detail of the customer's told "different from" another is read as one
// that did not match; either, beside a step of ours that puts it right, is
// not held against them.
func TestYourDetailDifferentFromAnother(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The serial number in your photo is different from the one on your account.", has: blame},
		{text: "The name on the booking is different to your passport.", has: blame},
		{text: "The address you gave us was different from the one on the card.", has: blame},
		{text: "Your new address is different from the one we have, so I've updated it.", hasNot: blame},
		{text: "Your new address doesn't match the one we have, so I've updated it.", hasNot: blame},
	})
}

// An act done "in" the customer's settings, app or dashboard was done on
// their side, as one done "on your phone" or "from your account" was; what
// we only keep there for them ("saved in your app") is no act of theirs.
func TestDoneInYourSettings(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The backup was switched off in your settings on the 2nd.", has: blame},
		{text: "Auto-renew was switched on in your account settings.", has: blame},
		{text: "The card was frozen in your banking app.", has: blame},
		{text: "Your ticket was saved in your app.", hasNot: blame},
		{text: "Your refund is showing in your banking app.", hasNot: blame},
	})
}

// An act done by someone unnamed who bore a thing of the customer's ("by
// someone showing your ID") was done on their side, as one done "using
// your login" was; a step of ours checked against their ID is not.
func TestDoneBySomeoneWithYours(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The prescription was collected by someone showing your ID.", has: blame},
		{text: "The parcel was signed for by someone using your name.", has: blame},
		{text: "The account was verified with your ID, so you're all set.", hasNot: blame},
		{text: "We checked the booking against your ID.", hasNot: blame},
	})
}

// Damp, mould or a leak said to come from something not ours lays it
// elsewhere, as a crack "from a drop" does; from a thing we fitted or
// caused, told with "we" after it and no "our", it is ours.
func TestDampOrLeakFromElsewhere(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The damp is from a blocked gutter.", has: blame},
		{text: "The leak is coming from a blocked drain.", has: blame},
		{text: "The damp is coming from the flat above.", has: blame},
		{text: "The leak is coming from our pipe at the meter.", hasNot: blame},
		{text: "Your tyre's fine; the slow leak was from the valve we fitted, so we're swapping it now at no charge.", hasNot: blame},
		{text: "The crack was from the valve we fitted.", hasNot: blame},
	})
}

// "Nobody" who called or got in touch "to" do a part of the customer's
// left their part undone, as "nobody cancelled it" does: "nobody rang to
// cancel, so it rolled over". A call to them, or for another end, is not.
func TestNobodyCalledToDoTheirPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The renewal letter went out in May and nobody rang to cancel, so it just rolled over.", has: blame},
		{text: "Nobody got in touch to renew, so the cover lapsed.", has: blame},
		{text: "Nobody rang to tell you, and I'm sorry.", hasNot: blame},
		{text: "Nobody rang you to confirm the slot.", hasNot: blame},
	})
}

// An order or a booking placed "for the wrong" thing, or "for a different"
// one, was wrong as the customer gave it, whatever the thing is: the
// airport, the model, the date alike. What it was for, told plainly, is not.
func TestPlacedForTheWrongOne(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The booking was made for the wrong airport.", has: blame},
		{text: "The order was placed for a different model.", has: blame},
		{text: "The booking was made for two nights.", hasNot: blame},
		{text: "Your order was placed for the 3rd.", hasNot: blame},
	})
}

// A third party that has to give the remedy has it put with them, as a
// claim sent to them does: "the retailer would have to honour the
// warranty". What they will do, their other duties, or the remedy beside a
// step of ours, is not.
func TestThirdPartyHasToPutItRight(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The retailer would have to honour the warranty.", has: blame},
		{text: "The airline has to refund you.", has: blame},
		{text: "The retailer will honour the warranty, I've checked with them.", hasNot: blame},
		{text: "The retailer would refund you if it arrived damaged.", hasNot: blame},
		{text: "The courier has to deliver it by five.", hasNot: blame},
		{text: "The airline has to refund you, so I've sent them your claim.", hasNot: blame},
	})
}

// What the customer had, changed by another party in the passive, is read
// as the active is: "the gig was moved by the venue". Changed by us, with
// no one named, or beside a step of ours, it is not.
func TestChangedByAnotherPartyPassive(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The gig was moved by the venue.", has: blame},
		{text: "The flight was changed by the airline.", has: blame},
		{text: "The departure was moved by us.", hasNot: blame},
		{text: "The gig was moved by the venue, so I've refunded your tickets.", hasNot: blame},
		{text: "You were moved to an earlier flight by the airline.", hasNot: blame},
	})
}

// A time in what the customer is asked, told or bidden to do is their
// deadline, not one we keep: "we asked you to send the form by the 5th",
// "please send the form by the 5th". A time of ours told before the
// asking, what we ask another to do for them, and a bid to wait on our
// time ("give me until 3") stay commitments.
func TestDeadlineAskedOfTheCustomer(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We asked you to send the form by the 5th.", hasNot: []MarkerKind{MarkTimeCommitment}},
		{text: "The letter asked you to call us by the 5th.", hasNot: []MarkerKind{MarkTimeCommitment}},
		{text: "Please send the form back by the 5th.", hasNot: []MarkerKind{MarkTimeCommitment}},
		{text: "I'll call you by Friday to remind you to send the form.", has: []MarkerKind{MarkTimeCommitment}},
		{text: "I've asked the team to call you by Friday.", has: []MarkerKind{MarkTimeCommitment}},
		{text: "Give me until 3 o'clock and I'll have an answer for you.", has: []MarkerKind{MarkTimeCommitment}},
		{text: "Please expect a call by Friday.", has: []MarkerKind{MarkTimeCommitment}},
	})
}

// A length of time and "later" inside the act's own clause tells it late,
// as it does opening the clause after: "yours came back a month later", "a
// fortnight later". A fortnight and a year are lengths of time as a week is.
func TestLengthThenLaterInTheAct(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Returns must reach us within 14 days, and yours came back a month later.", has: blame},
		{text: "Returns must reach us within 14 days, and yours came back a fortnight later.", has: blame},
		{text: "We'll collect it within 14 days and send the new one a week later.", hasNot: blame},
	})
}

// A fortnight and a year are measured in their own hours, so a limit told
// in them is set against an act told in days.
func TestHoursInLongerUnits(t *testing.T) {
	for unit, want := range map[string]int{"fortnight": 336, "fortnights": 336, "year": 8760, "years": 8760, "week": 168} {
		if got := hoursIn(unit); got != want {
			t.Errorf("hoursIn(%q) = %d, want %d", unit, got, want)
		}
	}
}

// A limit the customer was asked or told to keep is a limit as a rule's
// is, so their act told late beside it went past it: "we asked you to send
// it back within 14 days, and it came back a month later". What we will do
// within a time stays our promise.
func TestLimitAskedOfTheCustomer(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We asked you to send it back within 14 days, and it came back a month later.", has: blame},
		{text: "You were asked to send it back within 14 days, and it arrived a month later.", has: blame},
		{text: "We asked you to send it back within 14 days, and it arrived on day 10, so I've refunded you.", hasNot: blame},
		{text: "We'll collect it within 14 days and send the new one a week later.", hasNot: blame},
	})
}

// The billing date is a deadline a cancellation is told against, as the
// renewal date is: "the cancel button was pressed after the billing date".
// Our own charge after it, or a refund going out after it, is not theirs.
func TestBillingDateIsADeadline(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your subscription renewed because the cancel button was pressed after the billing date.", has: blame},
		{text: "You cancelled after the billing date.", has: blame},
		{text: "We charged you after the billing date by mistake.", hasNot: blame},
		{text: "The refund will go out after the billing date.", hasNot: blame},
	})
}

// A part or accessory we did not make or approve ("a third-party charger",
// "an aftermarket alarm", "a non-genuine part") named as the cause is what
// the customer chose to fit or use; one our own engineer fitted, or a
// cause denied, is not.
func TestNonGenuinePartAsTheCause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The fault was caused by a third-party charger.", has: blame},
		{text: "The engine light was caused by the aftermarket alarm fitted last year.", has: blame},
		{text: "The fault was caused by a non-genuine part our engineer fitted.", hasNot: blame},
		{text: "The fault wasn't caused by a third-party charger.", hasNot: blame},
		{text: "Third-party chargers can cause this, so I've sent you a genuine one.", hasNot: blame},
	})
}

// "A third party", two words, names another firm, as "the courier" does:
// "the fault was caused by a third party", "that's down to a third party".
// Typed "third-party" it is an adjective, and a guest's party is no firm.
func TestAThirdPartyIsAnotherFirm(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The fault was caused by a third party.", has: blame},
		{text: "That's down to a third party.", has: blame},
		{text: "A third party damaged the cable.", has: blame},
		{text: "It wasn't a third party, it was our own mistake.", hasNot: blame},
		{text: "We never share your details with any third party.", hasNot: blame},
	})
}

// "As" with no comma before it opens a reason when the customer, a third
// party or a thing follows with a verb told done or as a state: "I can't
// refund it as you've worn it". A comparison, a role ("put down as an N"),
// a time ("as you come in") and a comment ("as you know") open none.
func TestAsWithoutACommaGivesAReason(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I can't refund it as you've worn it.", has: blame},
		{text: "The parcel went back as the address was incomplete.", has: blame},
		{text: "The frost-hardy varieties are on the left as you come in, by the trolleys.", hasNot: blame},
		{text: "The ring size on the order form was put down as an N, so that's the size we made it.", has: blame},
		{text: "I can't refund it as you know.", hasNot: blame},
		{text: "It's the same as your last bill.", hasNot: blame},
	})
	checkParses(t, []parseWant{
		{text: "I can't refund it as you've worn it.", word: "worn", actor: actCustomer, aspect: aspDone, lemma: "wear"},
	})
}

// A relative clause with no comma that tells the customer did not do their
// part with a thing ("it needed a signature you didn't send", "a form that
// you never sent back") lays the part undone on them, as "you never sent
// the form back" does. What they could not do, a part that was ours ("the
// code you didn't get"), or a step of ours beside it, is not.
func TestYourPartUndoneInARelative(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It needed a signature you didn't send.", has: blame},
		{text: "The claim needed a form that you never sent back.", has: blame},
		{text: "We needed the photos you didn't upload.", has: blame},
		{text: "You've paid for two months you couldn't use because of your injury.", hasNot: blame},
		{text: "I've resent the code you didn't get.", hasNot: blame},
		{text: "We're refunding the fee you didn't agree to.", hasNot: blame},
	})
}

// The customer's security details are a means only their side holds, as
// their login is: "charges that were authorised using your security
// details".
func TestDoneUsingYourSecurityDetails(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your complaint concerns charges that were authorised using your security details.", has: blame},
		{text: "We've reset your security details, so the old ones won't work.", hasNot: blame},
	})
}

// A place of the customer's told not in the state it should have been in
// when our people came ("the room wasn't clear when we arrived") is read as
// a readying step not done, as "the room wasn't cleared" is. Told of a
// thing that may be ours, or of their own arrival, it is not.
func TestPlaceNotReadyWhenWeCame(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The room wasn't clear when we arrived, so the install was rebooked.", has: blame},
		{text: "The area wasn't ready when the fitter arrived.", has: blame},
		{text: "The van wasn't ready when the driver arrived.", hasNot: blame},
		{text: "Your room wasn't ready when you arrived, and I'm sorry.", hasNot: blame},
	})
}

// What a thing needs or a rule requires, in the present, with a time is a
// rule's window, not a time we keep: "the connection needs re-authorising
// every 90 days", "condition 7 requires the car to be kept in a garage
// overnight". A promise beside it keeps its time.
func TestWhatAThingNeedsIsNoCommitment(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The connection needs re-authorising every 90 days.", hasNot: []MarkerKind{MarkTimeCommitment}},
		{text: "Payroll needs approving by 2pm the day before payday.", hasNot: []MarkerKind{MarkTimeCommitment}},
		{text: "The engineer needs about two hours on site, and he'll be with you by 10am tomorrow.", has: []MarkerKind{MarkTimeCommitment}},
	})
}

// What the customer sends, told as due to reach us by a time, is their
// deadline: "your form must reach us by Friday", "the form needs to reach
// us by Friday". A remedy of ours due to reach them keeps its time.
func TestWhatYouSendDueToUsIsNoCommitment(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your form must reach us by Friday.", hasNot: []MarkerKind{MarkTimeCommitment}},
		{text: "The form has to be back with us by Friday.", hasNot: []MarkerKind{MarkTimeCommitment}},
		{text: "Your payment needs to clear by the 3rd.", hasNot: []MarkerKind{MarkTimeCommitment}},
		{text: "The refund needs to reach you by Friday, so I've sent it express.", has: []MarkerKind{MarkTimeCommitment}},
		{text: "The parts need to arrive by Monday for the engineer to fit them Tuesday.", has: []MarkerKind{MarkTimeCommitment}},
	})
}

// A thing the customer chose, bought or uses, told in a relative clause
// in the subject, that went wrong reads as "your router blocks our app"
// does: "the router you bought blocks our app", "the charger you're using
// is damaging the battery". One we sent, or one that works, does not.
func TestThingYouChoseWentWrong(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The router you bought blocks our app.", has: blame},
		{text: "The charger you're using is damaging the battery.", has: blame},
		{text: "The router we sent you blocks the app, and that's our mistake.", hasNot: blame},
		{text: "The charger you're using works fine.", hasNot: blame},
		{text: "The router you bought from us has a fault, so I'm sending a new one.", hasNot: blame},
	})
}

// Chasing another party twice on the customer's behalf is diligence, as
// telling them twice is, and owns no mistake: "the delay is with the Land
// Registry, who we've chased twice". Charging them twice still does.
func TestChasedTwiceOwnsNoMistake(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We've chased them twice.", hasNot: []MarkerKind{MarkOwnsMistake}, has: []MarkerKind{MarkConcreteAction}},
		{text: "I'm sorry it's been stressful; the delay is with the Land Registry, who we've chased twice.", hasNot: []MarkerKind{MarkOwnsMistake}, has: blame},
		{text: "We've charged you twice, I'm sorry.", has: []MarkerKind{MarkOwnsMistake}},
	})
}

// A thing, not ours, told as "yours to" do something with, or "your
// responsibility to", hands the duty to the customer as "it was yours to
// check" does: "the address on the order was yours to check". What is
// theirs to keep or spend is a gift, and what was ours to check owns it.
func TestThingYoursToDo(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The address on the order was yours to check.", has: blame},
		{text: "The meter was your responsibility to read.", has: blame},
		{text: "The refund is yours to keep.", hasNot: blame},
		{text: "The voucher is yours to spend however you like.", hasNot: blame},
		{text: "Our address label was ours to check, and we didn't.", hasNot: blame},
	})
}

// What the customer gives, told "half" empty, blank or filled in, was left
// incomplete, as "the form was incomplete" says; "half price" is no fault.
func TestInputHalfDone(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Look, we're happy to help, but the form was half empty.", has: blame},
		{text: "The form was only half filled in.", has: blame},
		{text: "Your order was half price in the sale.", hasNot: blame},
	})
}

// A third party's misfortune told plainly, in the past and in a clause of
// its own, is the cause as it is given after "because": "the tour operator
// went into administration", "the couriers were on strike last week". Our
// own people's, or one we own in the sentence, is not.
func TestThirdPartyMisfortuneToldPlainly(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The tour operator went into administration.", has: blame},
		{text: "The couriers were on strike last week.", has: blame},
		{text: "Our driver was off sick last week, and I'm sorry.", hasNot: blame},
		{text: "The airline went into administration, and that's on us for booking with them.", hasNot: blame},
	})
}

// A theatre, a cinema, a ferry, the railway, a registry and an artist are
// other parties, as a venue and a promoter are: "the theatre changed the
// seating plan", "the artist fell ill".
func TestVenuesAndPerformersAreParties(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The theatre changed the seating plan.", has: blame},
		{text: "The artist pulled out, so the show was cancelled.", has: blame},
		{text: "The ferry was cancelled, and I've rebooked you on the next sailing.", hasNot: blame},
	})
}

// A handle typed after "@" is a name, not a code, whatever its underscores:
// "@pete_k thanks, the refund's gone through" uses no jargon; an error code
// still does.
func TestHandleIsNoJargon(t *testing.T) {
	checkReadings(t, []reading{
		{text: "@pete_k thanks, the refund's gone through.", hasNot: []MarkerKind{MarkJargon}},
		{text: "The error code is ERR_TIMEOUT, so I've restarted it.", has: []MarkerKind{MarkJargon}},
	})
}

// What was "signed for by" someone not ours was handed over to the one who
// signed, whatever their name: "the parcel was signed for by K at 14:02",
// as "signed for by someone at your address" is. Signed for by our own
// driver is ours.
func TestSignedForBySomeone(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The parcel was signed for by K at 14:02.", has: blame},
		{text: "The tracking shows it was signed for by a B. Cole on Tuesday.", has: blame},
		{text: "The parcel was signed for by our driver by mistake.", hasNot: blame},
	})
}

// "At least" a length of notice before states a rule an act is timed
// against, as a notice period does: "cancellations must be made at least
// 48 hours before the flight, and you cancelled 20 hours before". Notice
// of at least that length kept to it.
func TestAtLeastNoticeIsARule(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Cancellations must be made at least 48 hours before the flight, and you cancelled 20 hours before.", has: blame},
		{text: "Changes must be made at least 48 hours before the flight; yours came in 20 hours before.", has: blame},
		{text: "Cancellations must be made at least 48 hours before, and you cancelled three days before.", hasNot: blame},
	})
}

// A remedy told as on its way or gone through, after the customer's act,
// is good news for them, not the trouble their act led to: "you cancelled
// in time, so the refund's on its way". A remedy refused or cut still is.
func TestRemedyUnderwayIsNoTroubleFollowing(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You cancelled three days before, so the refund's on its way.", hasNot: blame},
		{text: "You cancelled late, so the refund was refused.", has: blame},
		{text: "You cancelled late, so the refund was reduced.", has: blame},
	})
}

// "My guess is" frames the clause after it as "I'd guess" does, so what it
// guesses of the customer's side is read as a guess at the cause: "my
// guess is the form's sitting in your outbox".
func TestMyGuessIsFramesAClause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "My guess is the form's sitting in your outbox.", has: blame},
		{text: "My guess is we'll have it fixed by Friday.", hasNot: blame},
	})
	checkParses(t, []parseWant{
		{text: "My guess is the form's sitting in your outbox.", word: "sitting", actor: actThing, aspect: aspNow, lemma: "sit"},
	})
}

// Care a pet was given ("had the procedure on Monday", "got her jab") is
// no act of its own on a thing, as "had a go at the cable" is.
func TestPetGivenCareDidNothing(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your dog had the procedure on Monday and is recovering well.", hasNot: blame},
		{text: "Your cat got her jab yesterday.", hasNot: blame},
		{text: "Your dog had a go at the cable.", has: blame},
	})
}
