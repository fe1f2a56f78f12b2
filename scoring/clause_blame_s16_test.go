package scoring

import "testing"

// Rough handling that only the owner's side gives a thing ("shoved",
// "overtightened", "soaked") is a slip, read as any slip is: after "which
// usually happens when" it lays the trouble at their door. Said of our
// own people, it is ours. Nor is damage "done" a step: "the cable's been
// kinked" reports no remedy.
func TestRoughHandlingIsASlip(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The cable's been kinked behind the sofa, which usually happens when furniture gets shoved against it.", has: blame},
		{text: "The thread has stripped, which is what happens when the bolts get overtightened.", has: blame},
		{text: "Our fitter shoved the unit against the cable, and that's on us.", hasNot: blame},
		{text: "The cable's been kinked behind the sofa.", hasNot: []MarkerKind{MarkConcreteAction}},
	})
}

// Paperwork handed in, told in the passive ("the claim was lodged", "the
// booking was made"), comes late or wrong as paperwork that arrived does:
// after a clause of when that names the deadline gone by, or with a wrong
// detail. Handed in on time, it clears them.
func TestPaperworkHandedInLate(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I do apologise, but the claim was lodged after the 30-day window had closed, so it has been declined.", has: blame},
		{text: "The form was submitted after the deadline had passed.", has: blame},
		{text: "The booking was made for the wrong date.", has: blame},
		{text: "The claim was lodged well within the window, so I've approved it.", hasNot: blame},
		{text: "The claim was lodged on Monday and I've approved it.", hasNot: blame},
	})
}

// The customer's account told back after "from what you're saying" or
// "you're telling me" is theirs, as after "you said"; the clause of the
// saying itself ("so from what you're saying,") blames no one. Told as the
// agent's own account, the same act still does.
func TestRecapWhileTheySayIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "So from what you're saying, the airline changed the time, which is why you want to move the booking.", hasNot: blame},
		{text: "From what you've said, the courier left it by the bins and it got soaked.", hasNot: blame},
		{text: "The airline changed the time, which is why you missed the connection.", has: blame},
	})
}

// The agent or company saying it has no say over the trouble ("I don't
// control it", "we can't dictate when the bank releases it") disowns it,
// as "not something we control" does. Control we have, or a customer who
// lacks it, is no denial.
func TestNoSayOverIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The fraud checks held the order - that's how the system's configured, I don't control it.", has: blame},
		{text: "We can't dictate when your bank releases the funds.", has: blame},
		{text: "I control the refunds on this desk, so I've sent yours now.", hasNot: blame},
	})
}

// A thing not done right by the customer's side or a third party, told in
// the passive with its doer named ("wasn't levelled properly by your
// fitter"), lays the trouble at that doer; "by your" names one of theirs,
// as "by your bank" names a firm of theirs. Not done right by our engineer
// is ours.
func TestNotDoneRightByThem(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The washing machine wasn't levelled properly by your fitter, so the drum's been knocking against the casing.", has: blame},
		{text: "The form wasn't filled in correctly by your accountant.", has: blame},
		{text: "The unit wasn't fitted properly by our engineer, and that's on us.", hasNot: blame},
	})
}

// A thing that came back "with the tags removed" or "with the seal broken"
// came back without a part, as "without its tags" does; refusing the
// remedy after it in any of its words ("so I can't approve this one", "so
// we can't process the refund") lays it at the customer's door. Come back
// with its tags on, it clears them.
func TestCameBackWithAPartTakenOff(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The item came back with the tags removed, so I can't approve the refund.", has: blame},
		{text: "The headphones came back with the seal broken, so we can't process a refund.", has: blame},
		{text: "The item came back with the tags still on, so I've approved the refund.", hasNot: blame},
	})
}

// A term set out with a phrasal verb ("as set out in the confirmation
// email", "spelled out in your booking confirmation", "laid out in the
// terms") points at what the customer was given, as "as stated in" does.
// "As we set out in our letter" refers back, and "set up" sets nothing out.
func TestSetOutWithAParticle(t *testing.T) {
	checkReadings(t, []reading{
		{text: "As set out in the confirmation email, the room became non-refundable the moment it was booked.", has: blame},
		{text: "Everything you needed was spelled out in your booking confirmation.", has: blame},
		{text: "I've set up the refund in the system, and the confirmation email is on its way.", hasNot: blame},
	})
}

// The company insisting it followed its process in full ("we followed
// every step of the returns process", "we followed the procedure to the
// letter") insists it did its part, as "we did everything right" does, and
// owns nothing by naming its side. Following up is no process.
func TestFollowedEveryStep(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We followed every step of the returns process on our side, so if the refund hasn't shown up that'd be with your bank.", has: blame, hasNot: owns},
		{text: "We followed the procedure to the letter.", has: blame},
		{text: "We followed up with the courier this morning and they've found it.", hasNot: blame},
	})
}

// A thing that went wrong at our place ("the label printed with the wrong
// postcode at our warehouse") went wrong in our care, as a thing done to it
// there did; the reason it gives lays the trouble at no one else's door.
// Gone wrong at the customer's place, it still does.
func TestGoneWrongAtOurPlace(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Not your fault at all, the label printed with the wrong postcode at our warehouse, hence the detour.", hasNot: blame},
		{text: "The label printed with the wrong postcode at your print shop, hence the detour.", has: blame},
	})
}

// A thing of the customer's "with" a party tells where it is ("your
// repaired watch is still with the workshop"), not whose fault it is; the
// fault or the hold-up "with" a party still lays it there.
func TestYourThingWithAParty(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your repaired watch is still with the workshop in Birmingham, and I've asked them to send it straight to your home address.", hasNot: blame},
		{text: "Your parcel is with the courier now and should reach you tomorrow.", hasNot: blame},
		{text: "The hold-up is with the courier, not us.", has: blame},
	})
}

// "After that" between a noun and a linking "is" narrows the noun ("any loss
// after that is between you and your building management", "whatever
// happened after that is their doing"); the clause goes on to say whose it
// is. "After that is done" is a clause of its own.
func TestAfterThatNarrowsTheNoun(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The concierge at your building signed for it on the 3rd, so any loss after that is between you and your building management.", has: blame},
		{text: "Our team handed the keys over at 10:02 as agreed; whatever happened after that is their doing.", has: blame},
		{text: "The delay is their doing.", has: blame},
		{text: "We'll check the meter, and after that is done I'll send you the new bill.", hasNot: blame},
	})
}

// A duty put on the customer by the role they hold in a delivery or a home
// ("it's up to the recipient to book a redelivery", "the homeowner is
// responsible for keeping pets away") is a duty on them, as on "the
// cardholder"; our own duty to the recipient is none of theirs.
func TestDutyOfTheRecipientOrHomeowner(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The collection notice was put through your door on Monday, and it's up to the recipient to book a redelivery within five days.", has: blame},
		{text: "Under the service agreement, the homeowner is responsible for keeping pets away during treatment.", has: blame},
		{text: "It's up to us to get the parcel to the recipient, so I've booked a redelivery for tomorrow.", hasNot: blame},
	})
}

// An order or booking told as placed late ("placed after the Christmas
// cut-off", "the booking was made late") is the customer's act past a
// limit, as paperwork handed in late is. Placed in good time, it clears
// them.
func TestOrderPlacedLate(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I'm sorry, but the order was placed after the Christmas cut-off, so it was never going to make it by the 24th.", has: blame},
		{text: "The booking was made late, so the room had gone.", has: blame},
		{text: "The order was placed in good time, so this one's on us and I've refunded the postage.", hasNot: blame},
	})
}

// The fault placed inside the customer's property or network ("the fault
// has to be somewhere inside your property", "the problem is somewhere in
// your home network") is the trouble put in their place, as "in your
// wiring" is. The fault inside our exchange is ours.
func TestFaultInsideYourPlace(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our technician tested the line at the cabinet and it's perfect, so the fault has to be somewhere inside your property.", has: blame},
		{text: "The problem is somewhere in your home network.", has: blame},
		{text: "The fault was inside our exchange, and it's fixed now.", hasNot: blame},
	})
}

// The company's record with many of the same thing, none gone wrong ("we've
// shipped over three hundred of these this week and not one has come back
// damaged"), compares the customer with everyone else; the many shipped are
// a record, no step or time given this customer. Many done while we fix
// theirs are no comparison.
func TestManyWentFine(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Honestly, we've shipped over three hundred of these this week and not one has come back damaged.", has: blame, hasNot: []MarkerKind{MarkConcreteAction, MarkTimeCommitment}},
		{text: "We've had hundreds of these go to the same postcode without a single problem.", has: blame},
		{text: "We've fitted hundreds of these locks this year and never had one jam like that, so it's something about how it's being used.", has: blame},
		{text: "We've fitted thousands of these and I'm sorry yours failed; I'm sending an engineer today.", hasNot: blame},
	})
}

// "So you were told ..." opening a sentence takes in the customer's
// account ("right, so you were told it was at the post office"); after a
// clause of what we did ("we emailed the change twice, so you were told")
// it is a result, and still insists they were warned.
func TestSoYouWereToldAsTheirAccount(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Right, so you were told it was at the post office but they say they've never had it, that sounds incredibly frustrating.", hasNot: blame},
		{text: "We emailed the schedule change on the 3rd and again on the 9th, so you were told.", has: blame},
		{text: "You were told the fare was non-refundable when you booked.", has: blame},
	})
}

// The agent seeing why the customer did what they did ("so I can see why
// you missed it") sides with them, and the insisting before it lays
// nothing at their door. Seeing why they feel as they do is empathy, and a
// "though" after it turns back to blame.
func TestSeesWhyYouMissedIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We did send a reminder, but honestly it was buried at the bottom of a marketing email, so I can see why you missed it.", hasNot: blame},
		{text: "I totally get why you're cross, though to be fair you did get three emails about the change.", has: blame},
		{text: "We did send you two reminders, and I can see why you're upset, but the fee stands.", has: blame},
	})
}

// "Nobody wants to come home to ..." says what anyone would want, not that
// nobody was in; "nobody came to the door" and "no one was home" still do.
func TestNobodyWantsToComeHome(t *testing.T) {
	checkReadings(t, []reading{
		{text: "omg that's awful, nobody wants to come home to an empty doorstep after waiting in all day", hasNot: blame},
		{text: "The driver was turned away because nobody came to the door.", has: blame},
		{text: "No one was home when the driver called.", has: blame},
	})
}

// A thing done to it by someone of the customer's household, told in the
// passive ("it must have been picked up by your flatmate", "the settings
// were changed by your IT admin"), lays it on their side, as "your flatmate
// picked it up" does. Taken in for them ("signed for by your neighbour") is
// a favour.
func TestDoneByYourHousehold(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Must've been picked up by your flatmate hun, our driver definitely left it in the porch, photo and everything.", has: blame},
		{text: "The settings were changed by your IT admin on Tuesday.", has: blame},
		{text: "It was signed for by your neighbour at number 12, so it's safe with them.", hasNot: blame},
	})
}

// A term printed on what the customer holds ("the date's printed on the
// back", "printed right there under the barcode", "printed clearly in the
// newsletter") points at what they were given, as "stated in the email"
// does. Where to find a number they need ("the policy number is printed on
// the front") shows them where to look.
func TestPrintedOnWhatTheyHold(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The voucher expired in March, and the date's printed on the back.", has: blame},
		{text: "It's printed right there under the barcode: doors at seven, no late entry.", has: blame},
		{text: "The booking window was printed clearly in the friends' newsletter.", has: blame},
		{text: "It's printed at the bottom of the receipt: no exchanges on sale items.", has: blame},
		{text: "We've been through the transfer times with you twice already, and they're all printed in the itinerary pack you were given.", has: blame},
		{text: "The policy number on your insurance is printed on the front.", hasNot: blame},
	})
}

// An adverb between the link and "why" or "how" ("which is definitely why",
// "that's likely how") still opens a result; "that's just how card holds
// work" tells how things are, and "that's exactly what the button is there
// for" what a thing is for, and open none.
func TestResultWithAnAdverb(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You've plugged the extension lead into another extension lead, which is definitely why it keeps tripping the fuse.", has: blame},
		{text: "Kids are in here knocking stuff off the shelves all day, that's likely how it got dented.", has: blame},
		{text: "Your bank will show a pending hold for a couple of days; that's just how card authorisations work and it'll drop off by itself.", hasNot: blame},
		{text: "No, you haven't done anything wrong by pausing the subscription, that's exactly what the button is there for.", hasNot: blame},
	})
}

// A service of ours counted against the customer ("this is the 3rd time
// this month we've redelivered to you") holds their repeats against them,
// as "the third time we've had to reissue your card" does; the count is no
// date and the redelivery no step for them now.
func TestRedeliveryCountedAgainstYou(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Hey, this is the 3rd time this month we've redelivered to you, pls make sure someone's home tmrw", has: blame,
			hasNot: []MarkerKind{MarkConcreteAction, MarkTimeCommitment}},
		{text: "This is the third time this month we've missed your delivery, and I'm so sorry.", hasNot: blame},
	})
}

// What our own records show we did is read as a clause of its own ("our
// records show | we sent 2 reminders"), and a count in figures insists as
// a count in words does.
func TestOurRecordsShowWeSent(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our records show we sent 2 reminders before the bill was due, so the late fee does stand I'm afraid.", has: blame},
		{text: "Our records show we emailed and texted you about the price change back in March.", has: blame},
		{text: "Our records show we sent the refund this morning, so it should be with you by Friday.", hasNot: blame},
	})
}

// A part of the day said as a greeting ("Good morning,", "Evening Sam,")
// names no time; "this evening" and "in the afternoon" still do.
func TestGreetingIsNoTime(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Good morning, I've booked the engineer for Friday.", has: []MarkerKind{MarkTimeCommitment}},
		{text: "Evening Sam, the refund's gone through.", hasNot: []MarkerKind{MarkTimeCommitment}},
		{text: "Good afternoon, the refund's gone through.", hasNot: []MarkerKind{MarkTimeCommitment}},
		{text: "I'll ring you this evening.", has: []MarkerKind{MarkTimeCommitment}},
	})
	a := Analyze("Good morning, I've booked the engineer for Friday.")
	for _, m := range a.Markers {
		if m.Kind == MarkTimeCommitment && m.Text != "Friday" {
			t.Errorf("time-commitment %q, want only \"Friday\"", m.Text)
		}
	}
}

// What the customer chose, told as chosen wrong behind a preposition
// ("booked for the wrong date", "booked under the wrong name"), is their
// wrong input, as "the wrong date was booked" is. Sent to the wrong address
// is no choice of theirs.
func TestChosenForTheWrongOne(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I've looked into it and can see the class was booked for the wrong date, hence the no-show fee.", has: blame},
		{text: "The table was booked under the wrong name, so they couldn't find it.", has: blame},
		{text: "Your parcel was sent to the wrong address by our warehouse, and I've sent a new one.", hasNot: blame},
	})
}

// What we sent, waiting at the customer's end ("the statement's been
// sitting in your app every month", "it's been sitting there for you since
// Monday"), was there for them to see. Waiting at the depot is not at
// their end, and an apology takes the wait on.
func TestWaitingAtYourEnd(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Look, I'm not being funny, but the statement's been sitting in your app every month since January.", has: blame},
		{text: "The arrival slot was emailed on Monday, so it's been sitting there for you since then.", has: blame},
		{text: "Your parcel has been sitting at the depot for a week, and I'm so sorry.", hasNot: blame},
		{text: "I'm sorry your refund has been sitting in your account unnoticed.", hasNot: blame},
		{text: "We've regenerated your licence key and sent it to the email on file, so it should be sitting in your inbox now.", hasNot: blame},
	})
}

// A result told as "expected" after the customer's choice ("you chose the
// smaller inverter, so some clipping on sunny days is expected") is a
// trouble that stands because of it; "a refund is expected" after our own
// step is no trouble laid on them.
func TestExpectedAfterYourChoice(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You chose the 3.6kW inverter over the 5kW on the quote so some clipping on sunny days is expected im afraid", has: blame},
		{text: "I've sent the refund today, so it's expected in your account by Friday.", hasNot: blame},
	})
}

// Wrong input in the plural ("made for the wrong dates", "the wrong
// names") is wrong input as in the singular; a thing deactivated after the
// customer's own act went wrong for them as a thing blocked does.
func TestWrongDatesAndDeactivated(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The booking was made for the wrong dates, and changes inside 48 hours of check-in aren't allowed on that rate.", has: blame},
		{text: "The licence covers one device and it's been installed on three, so the other two were deactivated automatically.", has: blame},
		{text: "We deactivated the old card and sent a new one out today.", hasNot: blame},
	})
}

// A trouble told as having happened with a third party or on the way
// ("any damage must have happened with the carrier", "it must have
// happened in transit") is laid where it happened; happened in our kitchen
// is ours.
func TestHappenedWithTheCarrier(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our warehouse team say it left here intact, so any damage must have happened with the carrier.", has: blame},
		{text: "The damage must have happened in transit.", has: blame},
		{text: "Your allergy settings are all correct, the mix-up happened in our kitchen when two labels got swapped.", hasNot: blame},
	})
}

// The customer's thing told as old or out of date ("your router's probably
// an older model", "your phone's on an old software version") is the
// trouble put in their kit. The old price restored is good news, and an
// old card we replace is help.
func TestYourKitIsOld(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your router's probably an older model and can't keep up with the speeds on the plan you picked.", has: blame},
		{text: "Your phone's on an old software version which is what's causing the dropped calls", has: blame},
		{text: "Your account will be back to the old price from the 1st of next month.", hasNot: blame},
		{text: "Your card is an older type, so I've sent you a new one today.", hasNot: blame},
	})
}

// A rule's window said in the present ("price matching only applies within
// 7 days of purchase", "the voucher expires after 12 months") is a policy,
// not a time anyone commits to; "we'll refund it within 7 days" still is.
func TestRuleWindowIsNoCommitment(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Price matching only applies within 7 days of purchase.", hasNot: []MarkerKind{MarkTimeCommitment}},
		{text: "As I explained, the voucher expires after 12 months.", hasNot: []MarkerKind{MarkTimeCommitment}},
		{text: "We'll refund it within 7 days.", has: []MarkerKind{MarkTimeCommitment}},
	})
}

// A question whether the customer got "the right" one ("did you enter the
// right code?") suggests they got it wrong, as "did you use the wrong
// link?" does. "Is the light green right now?" asks a fact, and asking
// them to check is a request.
func TestAskedIfTheRightOne(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Did you enter the right code?", has: blame},
		{text: "Did you select the right plan when you signed up?", has: blame},
		{text: "Is the light on the front of the box green or red right now?", hasNot: blame},
		{text: "Could you check you've got the right code in front of you?", hasNot: blame},
	})
}

// A thing faulty "when it left us" was faulty in our hands; gone wrong
// "after" or "once" it left us, it went wrong in someone else's.
func TestFaultyWhenItLeftUs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It wasn't anything you did, the kettle was faulty when it left us.", hasNot: blame},
		{text: "The box was damaged after it left our warehouse.", has: blame},
		{text: "The box got crushed once it left our depot.", has: blame},
	})
}

// Displaying a permit is the customer's part, and a citation is a trouble:
// "the parking permit wasn't displayed, which is why the lot operator
// issued the citation" lays it on them.
func TestPermitNotDisplayed(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The parking permit wasn't displayed in the windshield, which is why the lot operator issued the citation.", has: blame},
		{text: "The permit is displayed on our website, and I've cancelled the citation for you.", hasNot: blame},
	})
}

// A time limit the company keeps as its rule ("we hold tables for 15
// minutes") is a limit the customer's late act can break, as "tables are
// held for 15 minutes" is; "we'll hold it for 15 minutes" is a promise.
func TestOurRuleWithATimeLimit(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We hold tables for 15 minutes and you arrived 40 minutes after your booking time, so it was given to walk-ins.", has: blame},
		{text: "We'll hold the table for 15 minutes, so there's no rush.", hasNot: blame},
	})
}

// What the customer entered "with two digits swapped" was entered wrong,
// as "entered wrong" is; sent "with the tracking number attached" was not.
func TestEnteredWithDigitsSwapped(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The postcode on the order was entered with two digits swapped.", has: blame},
		{text: "The code was entered with the last two digits transposed, so the card locked.", has: blame},
		{text: "The form was sent with the tracking number attached, and I've logged it.", hasNot: blame},
	})
}

// Not seeing why the customer did it ("I don't see why you didn't just
// read the email") reproaches them; it sides with no one.
func TestDoesNotSeeWhyYouDidIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We sent the email twice, and I don't see why you didn't just read it.", has: blame},
	})
}

// Defrosting and draining are upkeep only the owner's side does: "the
// freezer hadn't been defrosted, which is why it iced up" lays it on them.
func TestDefrostIsUpkeep(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The freezer hadn't been defrosted for a year, which is why the door won't close.", has: blame},
	})
}

// Editing a file or a booking is the customer's own act, as amending it is:
// "the sync conflict happened because the same file was edited on two
// devices" lays the conflict on their side.
func TestEditedIsTheirAct(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The sync conflict happened because the same file was edited on two devices while they were both offline.", has: blame},
		{text: "I've edited the booking for you, so the new date is confirmed.", hasNot: blame},
	})
}

// "As I explained on our last call", "as explained in my previous
// replies", opening a sentence that takes no step, tells the customer again
// what they were told: it insists they were told. "As I said earlier, the
// engineer will call you" repeats a promise, and "as I mentioned, I've
// refunded it" a step.
func TestAsToldBefore(t *testing.T) {
	checkReadings(t, []reading{
		{text: "As I explained on our last call, price matching only applies within 7 days of purchase.", has: blame},
		{text: "Again, as explained in my previous three replies, the voucher code expired on 31 December.", has: blame},
		{text: "As I said earlier, the engineer will call you tomorrow.", hasNot: blame},
		{text: "As I mentioned, I've already refunded it.", hasNot: blame},
	})
}

// Flagging or alerting the customer twice is telling them twice: "we
// flagged the card as expiring twice in the app" insists we did our part,
// and owns no mistake. The app it was done in is where, not what we worked
// on; "we updated the app, and it broke" still tells of our own system.
func TestFlaggedTwiceInTheApp(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We flagged the card as expiring twice in the app, so there's not much more we could have done.", has: blame, hasNot: owns},
		{text: "We updated the app last night and it broke your saved cards, and that's on us.", hasNot: blame},
	})
}

// A thing that went wrong after the customer's own failed tries ("the PIN
// got locked after too many wrong tries", "cancelled after three failed
// payment attempts on your card") lays it on their side; "the account was
// locked after three failed attempts" names no one's tries.
func TestLockedAfterTheirTries(t *testing.T) {
	checkReadings(t, []reading{
		{text: "the PIN got locked after too many wrong tries, so you'll need to pop into store with ID", has: blame},
		{text: "Your order was cancelled after three failed payment attempts on your card.", has: blame},
		{text: "Your account was locked after three failed attempts.", hasNot: blame},
	})
}

// What was "in it" or "in every one of them", where the pronoun stands for
// the emails or the confirmation named before it in the sentence, was in
// what the customer was given.
func TestInEveryOneOfThem(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Kinda need you to actually read the emails we send, the migration date was in every one of them.", has: blame},
		{text: "Your confirmation came through on Monday, and the gate number was in it.", has: blame},
		{text: "Your parcel had a crack in it, so I've sent a new one.", hasNot: blame},
	})
}

// After "so", what was "always going to" or "always likely to" follow is
// the trouble itself, whatever its words: "it rained all afternoon, so the
// outdoor shots were always going to come out grey". "We're always going
// to put it right" promises.
func TestSoItWasAlwaysGoingTo(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It rained all afternoon, so the outdoor shots were always going to come out grey.", has: blame},
		{text: "Your rabbit's nails were overgrown long before he came to us, so the quick was always likely to bleed.", has: blame},
		{text: "You're a valued member, so we're always going to put this right for you.", hasNot: blame},
	})
}
