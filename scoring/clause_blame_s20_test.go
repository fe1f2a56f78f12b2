package scoring

import "testing"

// A result with no verb of its own ("that's why your application was
// turned down") still tells a refusal: the outside act before it is blamed
// as "the form was turned down" after "so" would be.
func TestTurnedDownInAResultFrame(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The grant rules changed in April, and that's why your application was turned down.", has: blame},
		{text: "The scheme closed in March, which is why the claim was turned away.", has: blame},
		{text: "The grant rules changed in April, and that's why we rang you.", hasNot: blame},
	})
}

// Customers in general doing something carelessly, too fast or leaving a
// step out, is a slip said as a habit, whether or not its result is told.
func TestCustomersHabitDoneCarelessly(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Half our punters tap through seat selection too fast and end up in row A.", has: blame},
		{text: "A lot of people fit the blinds without measuring twice.", has: blame},
		{text: "A lot of people order the wrong size without measuring.", has: blame},
		{text: "Most people order too early for the sale, so there's plenty of stock.", hasNot: blame},
		{text: "Our fitters cut the worktops without measuring twice.", hasNot: blame},
	})
}

// A count of repeats: a chat, query or ticket is one only the customer
// raises; a thing reset again was reset on their side; a step made with
// "re-" is our service done again; and "this'll be" counts as "this is".
// A second time is only a second, unless what the customer brought back a
// second time came back damaged or worn.
func TestMoreRepeatsCountedAgainstYou(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That's the third chat about this voucher today, so I'll keep it brief: it expired on the 1st.", has: blame},
		{text: "With respect, that's now the fifth time the parental PIN has been reset on this account in a fortnight.", has: blame},
		{text: "This'll be the third time this month we've re-imaged this machine, mate.", has: blame},
		{text: "This is the third time this month we've reinstalled it.", has: blame},
		{text: "This is the second time you've brought one of our vans back with the tailgate bent.", has: blame},
		{text: "This is the second pair you've brought back that's clearly been worn, madam.", has: blame},
		{text: "This is the second time you've had to call us about this, and I'm sorry.", hasNot: blame},
		{text: "This is the second time you've asked about the refund.", hasNot: blame},
		{text: "This is the third time we've messed up your delivery.", hasNot: blame},
	})
}

// What heat, damp and careless use do to a thing (blow a fuse, warp,
// shrink, rust, fade) is trouble, so a question about the customer's use
// followed by it suggests their part.
func TestAskedThenWhatHarmsAThing(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Was it plugged into one of them cheap extension leads at home? They blow the fuse on these.", has: blame},
		{text: "Were the care instructions followed? Hot washes will shrink merino every single time.", has: blame},
		{text: "Was the frame left out in the garden? Rain will rust the hinges.", has: blame},
		{text: "Was it plugged into the wall socket? Great, thanks for checking.", hasNot: blame},
	})
}

// A cause named after be, and ours set aside after "not": "it's the fuse
// board in your house tripping, not the oven we supplied". With ours before
// "not", or nothing of ours after it, nothing is set aside.
func TestCauseNamedOursSetAside(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our electrician's tested it and it's the fuse board in your house tripping, not the oven we supplied.", has: blame},
		{text: "The fund's value dropped because markets fell, that's investment risk, not an error by the platform.", has: blame},
		{text: "That's your old plumbing, not anything I've done today.", has: blame},
		{text: "That's our fault, not yours, and I'm refunding it now.", hasNot: blame},
		{text: "The fee is for the upgrade, not the repair we did.", hasNot: blame},
	})
}

// A fault denied after the clause that tells its cause lays the trouble on
// that cause: "your little one's had a chew on it, that's not a fault". A
// fault denied of the customer clears them.
func TestFaultDeniedAfterItsCause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your little one's had a chew on it, that's not a fault.", has: blame},
		{text: "The NHS spine was down for most of the morning, so no scripts came through, it wasn't a fault at this branch.", has: blame},
		{text: "Your little one's had a chew on it, that's not a fault on your part.", hasNot: blame},
		{text: "I've checked the settings, that's not a fault.", hasNot: blame},
	})
}

// Others set against the customer: many people getting on "without a
// hitch", everyone else simply having what this customer lacks. Many
// people finding a thing hard, with the fault then owned, is no blame.
func TestOthersGetOnWithoutTrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Plenty of folks run this exact camera on the same plan without a hitch, so I'd be looking at the wifi signal by your front door.", has: blame},
		{text: "Most of our customers manage to upload their photos through the app without any trouble at all.", has: blame},
		{text: "Everyone else on your street has signal.", has: blame},
		{text: "Everyone else on your street has the same fault, and our engineers are on it.", hasNot: blame},
		{text: "Lots of people find the excess section confusing, and honestly that's down to how we've worded it.", hasNot: blame},
	})
}

// Advice opened with "so", after what went before in the sentence, that
// points at the customer's side concludes that the cause is theirs. The
// advice alone, or pointed at what we deliver, concludes nothing.
func TestSoIdLookAtYourSide(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Never had that issue with that boiler on any other job, so I'd look at how it's being used.", has: blame},
		{text: "We've tested that whole batch and they all pass, so I'd say something's off with how yours is plumbed in.", has: blame},
		{text: "The item shows as signed for at your address, so I'd have a good look around at your end first.", has: blame},
		{text: "I'd have a look at your end first.", hasNot: blame},
		{text: "I've chased the warehouse, so I'd check your refund in the app tomorrow.", hasNot: blame},
	})
}

// "Gotta" is "must": "it's gotta be something with your phone" guesses at
// the customer's side as "it must be" does.
func TestGottaGuessesAsMust(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Everybody else in line scanned their tickets right off the email, so it's gotta be something with your phone.", has: blame},
		{text: "It's gotta be something in your settings.", has: blame},
	})
}

// A third party's act with trouble following from it is laid at their act,
// as an outside thing's act is: "the airline changed the schedule, so the
// connection got missed, we just passed that info on to you": passing it on
// is no step of ours that takes the trouble on. Their act that brought good
// news is not laid at them.
func TestThirdPartyActLedToTrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The airline changed the schedule, so the connection got missed, we just passed that info on to you.", has: blame},
		{text: "The council changed the collection day, so your bin was missed, we only heard about it today.", has: blame},
		{text: "The airline changed the schedule, so you'll land an hour earlier.", hasNot: blame},
	})
}

// "No longer" is good news only when it takes away a cost or a trouble:
// "so you're no longer charged"; "so the transfer you booked no longer
// lines up" is the trouble a third party's act brought.
func TestNoLongerIsGoodOnlyForACost(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The airline moved the departure time, so the transfer you booked no longer lines up.", has: blame},
		{text: "The venue changed the start time, so your tickets no longer match the gates.", has: blame},
		{text: "The airline moved the departure time, so you're no longer charged the fee.", hasNot: blame},
	})
}

// A rule's number and the customer's beside it say they broke the rule:
// "cancellations within 24 hours are charged in full, and yours came in 6
// hrs before". With a step of ours in the sentence, it tells no breach.
func TestCustomersTimingAgainstARule(t *testing.T) {
	checkReadings(t, []reading{
		{text: "As stated when you booked, cancellations within 24 hours are charged in full, and yours came in 6 hrs before.", has: blame},
		{text: "You cancelled 23 hrs before check-in and the policy needs 48, so the host keeps the first night.", has: blame},
		{text: "Our terms are clear that deposits are non-refundable within 14 days of the event, and the cancellation came in 5 days before.", has: blame},
		{text: "You moved the date nine days out, and clause 7 puts a £150 charge on any change inside 14 days.", has: blame},
		{text: "You picked the six-hour coverage, and I've bumped you up to eight hours at no extra cost.", hasNot: blame},
		{text: "You booked 3 rooms for 2 nights, and breakfast is included.", hasNot: blame},
	})
}

// "Liable for", said of the customer, hands them the cost as "responsible
// for" does; denied, it clears them.
func TestYouAreLiable(t *testing.T) {
	checkReadings(t, []reading{
		{text: "As the registered keeper you're liable for the parking charge, whoever was driving.", has: blame},
		{text: "As the primary account holder, you're liable for any purchases made on the profiles under you.", has: blame},
		{text: "You're not liable for any of the purchases made after you reported the card stolen.", hasNot: blame},
	})
}

// A subject opened with "whoever" names someone unknown, and what they did
// or should have done is laid at them; a step of service they took, or a
// person made ours after it, is no fault.
func TestWhoeverDidIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Whoever answered the door told the driver you'd moved.", has: blame},
		{text: "Whoever sold you that voucher on a resale site should've told you we don't honour those.", has: blame},
		{text: "The code was redeemed within minutes, so whoever had sight of that code used it.", has: blame},
		{text: "Whoever served you at the counter should have gone through the pockets with you; that's part of our own drop-off process.", hasNot: blame},
		{text: "Whoever rings next will get a callback within the hour.", hasNot: blame},
	})
}

// A thing of the customer's side acted on in the passive, with no one
// named, "at your end" or "at home", was acted on by their household.
// What went through there is no act of theirs.
func TestDoneAtYourEnd(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The engineer found nothing wrong with the machine, the water valve was just turned off at your end.", has: blame},
		{text: "The router was reset on your side this morning, so the settings went back to default.", has: blame},
		{text: "The parcel was delivered at home this morning.", hasNot: blame},
		{text: "The router was reset at your end and I've re-sent the settings to it.", hasNot: blame},
	})
}

// "Nothing wrong" denies a slip: "our engineer found nothing wrong with
// the boiler" owns no mistake.
func TestNothingWrongOwnsNoMistake(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our engineer found nothing wrong with the boiler.", hasNot: owns},
		{text: "Our engineer fitted the wrong valve.", has: owns},
	})
}

// "Alot", typed for "a lot", counts people as "a lot of" does.
func TestAlotCountsPeople(t *testing.T) {
	checkReadings(t, []reading{
		{text: "alot of customers dont check the size guide before ordering tbh, thats how these mixups happen", has: blame},
		{text: "a lot of customers dont check the size guide before ordering tbh, thats how these mixups happen", has: blame},
	})
}

// What a thing never does on its own "unless it's been dropped" lays the
// trouble at a slip; what a rule waits on ("unless they're cancelled") is
// no slip.
func TestNeverUnlessMishandled(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Glass doesn't crack from the inside out like that unless it's been dropped, hun.", has: blame},
		{text: "A screen like that doesn't go unless it's been knocked hard.", has: blame},
		{text: "Subscriptions renew automatically each year unless they're cancelled.", hasNot: blame},
	})
}

// The customer's act followed by "after" and a past perfect came too late:
// "the promo code was put in after the payment had gone through". "After
// the payment went through" only tells when; what we sent after it is ours.
func TestActedAfterItHadClosed(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your card was shown after the exhibition had closed to new entries.", has: blame},
		{text: "The discount code was added after the order had gone through, which is why it didn't count.", has: blame},
		{text: "The parcel was sent after the order had been paid.", hasNot: blame},
		{text: "Your card was shown after the exhibition opened.", hasNot: blame},
	})
}

// A booking told as missed, with no one named, and a result that acts on
// it was the customer's no-show; put right by us after, it blames no one.
func TestBookingMissedThenActedOn(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The slot was missed, so the visa centre released it to the next person.", has: blame},
		{text: "The 10:30 appointment was missed, so it's been logged as a did-not-attend.", has: blame},
		{text: "Your delivery slot was missed, so we've rebooked it for Friday.", hasNot: blame},
		{text: "The appointment was missed by our engineer, so the visit was logged again.", hasNot: blame},
	})
}

// A third party that "should have" done something did not: "your bank
// should have told you about the fee". A party the sentence then makes ours
// is owned, and what we should have done is ours.
func TestTheyShouldHaveDoneIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The surgery should have sent the prescription through, it's not something the pharmacy can do.", has: blame},
		{text: "Your bank should have told you about the fee.", has: blame},
		{text: "The landlord should have fixed the boiler.", has: blame},
		{text: "The driver should have knocked; that's part of our own delivery process.", hasNot: blame},
		{text: "We should have sent it sooner.", hasNot: blame},
	})
}

// "Already" after a step just done in the perfect reports the step, and
// insists on nothing: "I've emailed you the label already". In the simple
// past it insists we did our part: "we sent you the code already".
func TestAlreadyAfterAStepJustDone(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You can return it within 30 days for a full refund, and I've emailed you the label already.", hasNot: blame},
		{text: "We sent you the code already, so check your inbox.", has: blame},
	})
}

// A thing of the customer's that came back to us "after the due date" came
// too late; ours that reached them after the deadline was ours to get there.
func TestCameBackAfterTheDeadline(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The books came back eleven days after the due date, which is why the fines were added.", has: blame},
		{text: "The form arrived two days after the deadline, so the application couldn't go forward.", has: blame},
		{text: "The van did not come on the day and the ballot papers reached you after the deadline.", hasNot: blame},
	})
}

// A trouble guessed with "must" or given as a result with "so", before a
// "while" clause telling the thing in the customer's hands, happened in
// their care; damage "caused during your tenancy" was done while it was
// theirs. A "while" that only tells when blames no one.
func TestHappenedWhileYouHadIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That scratch wasn't on the check-out sheet, so it must have happened while you had the car.", has: blame},
		{text: "The liquid indicators had tripped, so the damage happened while the phone was with you.", has: blame},
		{text: "The deductions relate to carpet damage caused during your tenancy.", has: blame},
		{text: "The outage happened while you were on the call.", hasNot: blame},
		{text: "The deductions relate to the cleaning done before your tenancy began.", hasNot: blame},
	})
}

// "Someone there", after the customer's place was named, is someone of
// theirs: "it shows as signed for at your address, so someone there must've
// taken it in". "There" places the pronoun, it is no verb.
func TestSomeoneThereAtYourPlace(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It shows as signed for at your address at 2:14, so, erm, someone there must've taken it in.", has: blame},
		{text: "The parcel is at the depot, so someone there must have it.", hasNot: blame},
	})
}

// Someone else's fault or mess, said with be, lays the trouble at them,
// whoever the lexicon knows them to be: "that's housekeeping's fault", "the
// heating is facilities' mess". Ours lays it nowhere, nor does nobody's
// said beside our help (see TestNobodysFault).
func TestSomeonesFault(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That's housekeeping's fault.", has: blame},
		{text: "Honestly the heating is facilities' mess, they were told about the boiler in March.", has: blame},
		{text: "That's nobody's fault, and I'll sort it now.", hasNot: blame},
		{text: "That's my fault entirely.", hasNot: blame},
	})
}

// Others who manage, said in a statement's order with a rising voice, are
// still set against the customer; asked by inversion, they are asked about.
func TestOthersManageSaidRising(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Um, so, like, most members manage to cancel through the app without any bother?", has: blame},
		{text: "Do most members manage to cancel through the app?", hasNot: blame},
	})
}

// A condition told by inversion after a short phrase and its comma is still
// a condition: "with respect, had the booking reference been given at the
// start, we'd have found it" says it was not given.
func TestInversionAfterAFrontedPhrase(t *testing.T) {
	checkReadings(t, []reading{
		{text: "With respect, had the booking reference been given at the start, we'd have found it a lot quicker.", has: blame},
		{text: "In hindsight, had you rung us first, we could have stopped the order.", has: blame},
		{text: "With respect, we had the booking reference at the start and still lost it.", hasNot: blame},
	})
}

// Our having looked into it ("I've gone through it") is no step that takes
// the late change on: the change made after the order had left still came
// too late.
func TestTooLateAfterWeLooked(t *testing.T) {
	checkReadings(t, []reading{
		{text: "So I've gone through it, and the address got changed on the 11th after it had already left us.", has: blame},
		{text: "I've refunded the fee, and the address got changed on the 11th after it had already left us.", hasNot: blame},
	})
}

// "ur the one who" is "you're the one who", and lays the choice at the
// customer's door as the spelled-out form does.
func TestUrTheOneWho(t *testing.T) {
	checkReadings(t, []reading{
		{text: "ur the one who picked the non-flex fare so the change fee stands tbh", has: blame},
		{text: "Your order is the one we sent first.", hasNot: blame},
	})
}

// A thing of ours that sat waiting for the customer's reply waited on them.
func TestSatWaitingForYourReply(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The ticket sat waiting for your reply for nine days before it auto-closed.", has: blame},
		{text: "The quote has been sitting waiting for your approval since Monday.", has: blame},
		{text: "I'm sorry, the ticket sat waiting for your reply because our email never reached you.", hasNot: blame},
	})
}

// A term set out "on page one" of what the customer was given is set out
// in writing, as one "on the back" is; a number printed there only shows
// where to look.
func TestSetOutOnAPage(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The quiet-hours rule is printed on page one of the house rules you signed at check-in.", has: blame},
		{text: "The excess is set out in bold on page two of your schedule.", has: blame},
		{text: "Your policy number is printed on page one of the schedule.", hasNot: blame},
	})
}

// What we sent in the past to the address, number or email on record, or
// the one the customer gave, went where their details said. A step just
// taken ("I've re-sent it to the email on file"), or one the perfect of the
// clause before reaches, tells where to look.
func TestSentWhereYourDetailsSaid(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Well, the renewal email went to the address on file, which is the one you gave us when you joined.", has: blame},
		{text: "We sent the code to the number on the account, so whoever has that phone has it.", has: blame},
		{text: "The statement was issued to the address held on file at the time.", has: blame},
		{text: "I've re-sent all three statements to the email we have on file.", hasNot: blame},
		{text: "We've regenerated your licence key and sent it to the email on file, so it should be in your inbox now.", hasNot: blame},
		{text: "We sent the code to the number you asked us to use yesterday, and it went through.", hasNot: blame},
	})
}

// What damp and wet leave ("waterlogged", "damp", "mouldy") is trouble, so
// an outside act that left it, with a result, is laid at that act.
func TestDampIsTrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The pitch was waterlogged after the downpour, so the referee called the game off.", has: blame},
		{text: "The pitch was dry after the downpour, so the referee let the game go on.", hasNot: blame},
	})
}

// A trouble that an outside party got or had ("got a flat", "had a machine
// go down") is what happened to them, and the trouble it brought is laid
// there; a thing they got is no act.
func TestTroubleBefallenAnOutsideParty(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The band's van got a flat on the M4, which is why they missed the first set.", has: blame},
		{text: "The print shop we use had a machine go down, which is why your banners are late.", has: blame},
		{text: "The courier got your parcel on Monday, which is why it's with them now.", hasNot: blame},
	})
}

// An outside fault is no less outside for what of ours it acted on or
// where it was: "the mains supply was faulty at our depot, which is why the
// vans were late". A fault in our own thing is ours.
func TestOutsideFaultActingOnOurs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The road closure threw my whole route out, which is why I'm three hours late to you.", has: blame},
		{text: "The mains supply was faulty at our depot, which is why the vans were late.", has: blame},
		{text: "Our van broke down on the M6, which is why I'm three hours late to you.", hasNot: blame},
	})
}

// The number may be the rule's or the act's: a customer's act told with a
// word of when ("the day before", "the following Monday") beside a rule
// with a number broke it. An act within the rule, whose result waives the
// charge, did not; "given what happened" frames our own step, which sets
// nothing against them.
func TestActTimedAgainstARuleEitherWay(t *testing.T) {
	checkReadings(t, []reading{
		{text: "terms on the website say deposits r non refundable within 48hrs and u cancelled the day before so it has to stand", has: blame},
		{text: "As per clause 7.2, keys are to be returned by noon on the final day; our log shows yours were handed in the following Monday.", has: blame},
		{text: "You did exactly what the letter asked by phoning within 14 days, so the penalty charge has been cancelled.", hasNot: blame},
		{text: "I can see you booked the non-refundable fare, and given what happened I've still moved you onto the 14:10 at no charge.", hasNot: blame},
	})
}

// Asked whether the customer, or a thing of theirs, is on an old, wrong or
// different one, the question suggests they are. A recap's clause under
// the question mark is no such question.
func TestAskedIfOnTheOldOne(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Are you still on an old version of the app? Older builds glitch with the pickup pin.", has: blame},
		{text: "Is your, um, your Wi-Fi password still the old one?", has: blame},
		{text: "Maybe your phone's a bit old? They pair fine with every newer model we've tested.", has: blame},
		{text: "Are you on the new tariff yet?", hasNot: blame},
		{text: "So you've been in twice since and it wasn't here; have I got that right?", hasNot: blame},
	})
}

// Asked whether a thing of theirs was kept or stored where harm comes to
// it ("somewhere damp"), the question suggests their part; kept at our
// depot, it asks where it is.
func TestAskedIfKeptSomewhereHarmful(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Were the boots stored somewhere damp over the winter?", has: blame},
		{text: "Was the bike kept somewhere damp over the winter?", has: blame},
		{text: "Was the parcel kept at the depot?", hasNot: blame},
	})
}

// A thing "past its date" or "past their wear markers" is out of date, a
// fault in it, as "out of date" is: with trouble following, it is laid at
// that fault.
func TestPastItsDateIsAFault(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The boiler was well past its service date, which is why the escape of water claim has been turned down.", has: blame},
		{text: "The battery was past its best, which is why the drill kept cutting out.", has: blame},
		{text: "The train was past the station, which is why the doors opened.", hasNot: blame},
	})
}

// A particle after its object, then "wrong", says how it was done: "keyed
// the code in wrong", "filled the form out wrong".
func TestParticleThenWrong(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Someone's keyed the code in wrong a few times, so the locker's gone into lockout for the rest of the day.", has: blame},
		{text: "The landlord filled the form out wrong, so it bounced back.", has: blame},
		{text: "I've keyed the code in again and it works now.", hasNot: blame},
	})
}

// What we can see on record as the customer's tries with the wrong secret
// shows their input; what we did wrong is ours.
func TestSeenTriesWithTheWrongPIN(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I can see three failed attempts with the wrong PIN before the card was blocked.", has: blame},
		{text: "I can see five login attempts with an incorrect password this morning.", has: blame},
		{text: "I can see we sent the wrong size.", hasNot: blame},
	})
}

// The customer's own act done with a step left out ("without checking the
// dates") is a slip, as customers' habit done so is.
func TestYouDidItWithoutChecking(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You signed the check-in inventory without noting any marks, so the scuffs are being treated as new damage.", has: blame},
		{text: "You booked without checking the dates.", has: blame},
		{text: "You paid without any trouble.", hasNot: blame},
		{text: "You can pay without logging in.", hasNot: blame},
	})
}

// A cleft naming another team of ours as the doer, with the speaker ruled
// out ("not me"), passes the fault to that team; said without ruling
// anyone out, or of "our" team, it does not.
func TestCleftNamesAnotherTeam(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It's the payments team that messed that up, mate, not me, I can't even see that side of it.", has: blame},
		{text: "It was the payments team that sorted it for you.", hasNot: blame},
		{text: "It was our payments team that messed up, and I'm sorry.", hasNot: blame},
	})
}

// A third party that, as a rule, does not do its part ("they never check
// the rota", "the train company just doesn't tell us anything") is laid the
// fault; what they never charge is good news.
func TestTheyNeverDoTheirPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That's front of house for you, they never check the rota.", has: blame},
		{text: "The train company just doesn't tell us anything till the last minute.", has: blame},
		{text: "They never charge for the second visit.", hasNot: blame},
	})
}

// A third party that must have done it wrong is guessed to have erred, as
// one that did it wrong erred.
func TestThirdPartyMustHaveDoneItWrong(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The pharmacy must've given you the wrong strength, because Dr Patel's prescription says 500mg.", has: blame},
		{text: "The courier must have left it at the wrong house.", has: blame},
		{text: "The pharmacy must have given you the right strength, so that's fine.", hasNot: blame},
	})
}
