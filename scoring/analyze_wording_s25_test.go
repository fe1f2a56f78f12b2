package scoring

import "testing"

// "I apologise, but" and "I do apologise, but" turn from an apology as
// "I'm sorry, but" does: what follows is read as said on its own.
func TestApologiseThenButReadsWhatFollows(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I do apologise, but the reason the room wasn't ready is that you arrived four hours before check-in.", []MarkerKind{MarkApology, MarkBlame}},
		{"I apologise, but as per the email we sent on the 2nd, the price went up from this month.", []MarkerKind{MarkApology, MarkBlame}},
		{"I do apologise, but people tend to stick the router behind the telly, and that blocks half the Wi-Fi.", []MarkerKind{MarkApology, MarkBlame}},
		{"I apologise, but we sent the wrong size, and I've ordered the right one.", []MarkerKind{MarkApology, MarkOwnsMistake, MarkConcreteAction}},
	})
}

// The customer's act laid against a limit: a link good for a time, a
// period of so many days, a window that closed, a deadline passed in the
// act's own words, a length "after" told in a clause without a verb, and a
// window shut by the time they came. Our own lateness, an act within the
// limit, and an act past it beside a step of ours are not blame.
func TestActTimedPastALimit(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The unlock code is only valid for 15 minutes, and it was typed in nearly an hour after we texted it.", []MarkerKind{MarkBlame}},
		{"The coat came back to our depot 45 days after it was delivered; our returns period is 30 days.", []MarkerKind{MarkBlame}},
		{"The claim form arrived six days after the window closed.", []MarkerKind{MarkBlame}},
		{"The chargeback was requested two months after the 120-day limit.", []MarkerKind{MarkBlame}},
		{"Your appeal was received on 3 June, some nine weeks after the parking charge was issued; our rules require appeals within 28 days.", []MarkerKind{MarkBlame, MarkPolicy}},
		{"By the time you rang us, the booking window had been closed for a week.", []MarkerKind{MarkBlame}},
		{"The order went in at 18:07 and the cut-off for same-day dispatch is 17:00.", []MarkerKind{MarkBlame}},
		{"Your booking was made at 16:45 and the cut-off for same-day changes is 16:00.", []MarkerKind{MarkBlame}},
		{"Your cancelation reached us after the renewal had already gone through.", []MarkerKind{MarkBlame}},
		// not blame
		{"The unlock code is only valid for 15 minutes, so I've sent you a fresh one just now.", []MarkerKind{MarkConcreteAction}},
		{"The ballot papers reached you after the deadline, and that's our fault.", []MarkerKind{MarkOwnsMistake}},
		{"The window closed when you were in hospital.", nil},
		{"Our returns period is 30 days, and the parcel reached us on day 12.", nil},
	})
}

// A question after a semicolon asks only itself: what comes before the
// semicolon states, its time promised and its blame laid, as it would
// before a full stop.
func TestQuestionAfterASemicolonAsksOnlyItself(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I'll ring you back by 5pm tomorrow; which number is best?", []MarkerKind{MarkFollowUp, MarkQuestion, MarkTimeCommitment}},
		{"I'll ring you back by 5pm tomorrow. Which number is best?", []MarkerKind{MarkFollowUp, MarkQuestion, MarkTimeCommitment}},
		{"The courier left it at the wrong house; when would suit you for a redelivery?", []MarkerKind{MarkBlame, MarkQuestion}},
		{"Would Friday at 10am suit you?", []MarkerKind{MarkQuestion}},
	})
}

// Dates with their months set side by side: an act dated after the limit's
// date is past it, across the turn of a year too; one before it is within.
func TestActDatedPastTheLimit(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The voucher expired on 31 December and was redeemed on 4 January.", []MarkerKind{MarkBlame}},
		{"The offer closed on March 3rd and you signed up on March 10th.", []MarkerKind{MarkBlame}},
		{"The voucher expires on 31 December and you redeemed it on 4 December.", nil},
		{"The offer closed on 10 March and you signed up on 3 March.", nil},
		{"The promo code expired on the 20th and you used it on the 14th.", nil},
		{"Your form is stamped 14 May and the deadline was 31 May.", nil},
		{"Your form is stamped 14 June and the deadline was 31 May.", []MarkerKind{MarkBlame}},
		{"The promo code expired on the 31st and the order went in on the 2nd.", []MarkerKind{MarkBlame}},
		{"The gate closed at 10:40 and you came through security at 10:35.", nil},
		{"The gate closed at 10:40 and you came through security at 10:52.", []MarkerKind{MarkBlame}},
	})
}

// A result that clears the customer of a cost tells no trouble their act
// caused: "so you're clear of July's fee". Their act told back is still
// their account reflected.
func TestClearOfACostIsNoTrouble(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"You sent the meter reading in on the 3rd, so you're clear of the estimated bill.", []MarkerKind{MarkReflects}},
		{"You cancelled before the renewal, so you're exempt from the annual fee.", []MarkerKind{MarkReflects}},
		{"You cancelled after the renewal, so you're stuck with the annual fee.", []MarkerKind{MarkBlame, MarkReflects}},
	})
}

// What the customer's side did, told back while we put it right, is no
// blame; a clause of when that dates it by our act is no putting right.
func TestTheirActToldWhileWeFixIt(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Your coach arrived 50 minutes late, which falls in the 30-to-59-minute band, so I've submitted the refund claim for half the fare.", []MarkerKind{MarkConcreteAction}},
		{"You changed the plans twice after we'd started, so the extra labour stands.", []MarkerKind{MarkBlame}},
	})
}

// Others set against the customer: no other guest, nobody else as a habit,
// "none of them" after a count of many, and the customer as the first or
// the only one to raise it, beside a record of what we shipped. Not when
// nobody else has said so "yet", and not when we single them out to help.
func TestOthersFineSetAgainstYou(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"No other guest has ever managed to jam that lock.", []MarkerKind{MarkBlame}},
		{"No other tenant has complained about the heating.", []MarkerKind{MarkBlame}},
		{"We sell loads of these blenders and nobody else ever says the lid leaks.", []MarkerKind{MarkBlame}},
		{"We've sold thousands of these chairs since spring and you're the only one who's said a leg snapped.", []MarkerKind{MarkBlame}},
		{"You're the first customer who's ever raised this with me.", []MarkerKind{MarkBlame}},
		{"Nobody else has reported this yet, so thank you for flagging it.", nil},
		{"You're the first customer I've been able to move to the new plan.", nil},
	})
}

// A question joined by "so", "and" or "but" after a statement and its comma
// asks only itself; the statement before it states. An either/or question
// about what was done asks a fact, not a choice.
func TestQuestionJoinedAfterAStatement(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Every other parcel from that van arrived dry, so can you send me a photo of the box?", []MarkerKind{MarkBlame, MarkAsksInfo}},
		{"Which card did you pay with, the debit or the credit one?", []MarkerKind{MarkQuestion}},
		{"Which day did the engineer come, the Monday or the Tuesday?", []MarkerKind{MarkQuestion}},
		{"Which would you prefer, a refund or a replacement?", []MarkerKind{MarkChoices, MarkQuestion}},
	})
}

// "We don't get this call from anyone else" sets others against the
// customer; others fine, told to put theirs right the same way, does not.
func TestNoCallsFromOthers(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Honestly, we just don't get this call from anyone else.", []MarkerKind{MarkBlame}},
		{"We've never had that complaint from any other customer.", []MarkerKind{MarkBlame}},
		{"We don't get many calls on a Sunday.", nil},
		{"Thousands of people use this camera happily, so let's get yours working the same way.", nil},
	})
}

// "Never ... unless" laid on the customer's side: what we, or a party we
// quote, have never seen happen unless someone mishandled it, the customer
// or "someone", said in the active as in the passive. "Hand on heart" is
// talk before it.
func TestNeverSeenUnlessMishandled(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"In ten years I've never seen one crack like that unless someone's been tampering with it.", []MarkerKind{MarkBlame}},
		{"Hand on heart, I've never seen a seal go unless you've overfilled it.", []MarkerKind{MarkBlame}},
		{"He's never had a gearbox fail at that mileage unless it's been ridden hard.", []MarkerKind{MarkBlame}},
		{"I've never seen one do that unless our courier dropped it, so I'm sending a new one.", []MarkerKind{MarkConcreteAction}},
		{"Your subscription renews every month unless you cancel it.", nil},
	})
}

// A verb joined by a hyphen to its particle names a thing, at the start of
// a sentence too: "check-in had closed", "sign-up closes at midnight".
// Check-in or a gate shut by the time the customer came is their lateness.
func TestHyphenedCompoundIsAThing(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Check-in for that sailing had been closed for twenty minutes when you reached the desk.", []MarkerKind{MarkBlame}},
		{"The gate had closed by the time you got through security.", []MarkerKind{MarkBlame}},
		{"Check in online before you travel.", nil},
	})
}

// The few with the trouble likened to the customer lays it at their side;
// said while we put it right, or of our own fault, it does not.
func TestFewWithTheTroubleLikeYou(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Only a few had problems after the update, mostly people on old laptops like yours.", []MarkerKind{MarkBlame}},
		{"Only the odd one fails, usually when it's been left in a damp shed like yours.", []MarkerKind{MarkBlame}},
		{"Only a few had problems after our update, mostly on phones like yours, so I've sent you a replacement handset.", []MarkerKind{MarkConcreteAction}},
		{"A phone like yours should be fine on this plan.", nil},
	})
}

// A record cited, then what the customer's side does to its things told in
// the passive with no one named, lays it at their side; our steps on the
// record, and what was carried or done at our place, do not.
func TestShownOnTheRecord(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The photos you sent show the heater was installed in a damp cellar.", []MarkerKind{MarkBlame}},
		{"The logs show the account was accessed from a phone you had shared.", []MarkerKind{MarkBlame}},
		{"The tracking shows your parcel was scanned into the Leeds depot this morning.", nil},
		{"The photos show the frame was damaged at our warehouse.", nil},
	})
}

// A record that "points to" how a thing was used, its doer left out, lays
// the use at the customer's side, as "consistent with" does.
func TestRecordPointsToTheUse(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The tablet logged forty drops in a month, which points to how it was handled rather than a fault.", []MarkerKind{MarkBlame}},
		{"The tablet logged forty drops in a month, which points to a fault in the sensor.", nil},
	})
}

// A seal cut, a tag removed or a sticker peeled before the item came back
// is its use, read as "opened" or "worn" is.
func TestHandledBeforeItCameBack(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The seal was cut before the box came back to our returns centre.", []MarkerKind{MarkBlame}},
		{"The tags were removed before the dress came back to us.", []MarkerKind{MarkBlame}},
		{"The tags have been cut off, and once tags are off we can't take it back.", nil},
	})
}

// A record that puts the thing at the customer's door, or the act in their
// mouth, answers their complaint with it; asked "how could it have gone
// missing on our end?", the question doubts it is ours and owns nothing.
func TestRecordPutsItWithYou(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The delivery photo shows the parcel at your door.", []MarkerKind{MarkBlame}},
		{"Our call recording has you agreeing to the two-year contract.", []MarkerKind{MarkBlame}},
		{"The photo shows the box sitting in your porch, so how could it have gone missing on our end?", []MarkerKind{MarkBlame, MarkAsksInfo}},
		{"The delivery photo shows the parcel at your door, and I'm sorry it still went missing; I've sent a new one.", []MarkerKind{MarkApology, MarkConcreteAction}},
	})
}

// An act done "with the correct PIN" or "the right password" came from
// whoever knew it, as one done "from your laptop" did.
func TestDoneWithTheRightSecret(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The payment was approved with the correct PIN.", []MarkerKind{MarkBlame}},
		{"The account was opened with the right password at 9pm.", []MarkerKind{MarkBlame}},
		{"The payment was approved with the correct amount.", nil},
	})
}

// What is reported opens a clause of its own after the one it was told to,
// with "that" or without ("the engineer tells me (that) | he's never seen
// one fail unless it's been overfilled"), and at a numbered thing whose
// article is left out ("the log shows | locker 22 was opened with your
// PIN").
func TestReportedClauseOpens(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The engineer tells me he's never seen one fail unless it's been overfilled.", []MarkerKind{MarkBlame}},
		{"The engineer tells me that he's never seen one fail unless it's been overfilled.", []MarkerKind{MarkBlame}},
		{"The door log shows room 214 was opened with your PIN at 3am.", []MarkerKind{MarkBlame}},
	})
}

// Others counted ("eight hundred other reservations", "twelve other
// families") who had no trouble are set against the customer as "everyone
// else" is; our own people counted are not others.
func TestOthersCounted(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Eight hundred other bookings went through without a hitch.", []MarkerKind{MarkBlame}},
		{"Twelve other families on that street had no trouble with the app.", []MarkerKind{MarkBlame}},
		{"Two other engineers are on their way to you now.", nil},
	})
}

// A thing found in order explains no trouble: "your router tested fine, so
// nothing you did caused the drop-outs" blames nobody.
func TestFoundFineCausesNothing(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Your boiler tested fine, so nothing you did caused the leak.", nil},
		{"Your boiler was serviced late, so that's what caused the leak.", []MarkerKind{MarkBlame}},
	})
}

// Others' luck offered to the customer ("so it might sort yours too") sets
// nothing against them, and "I can't promise" hedges, it refuses nothing.
func TestOthersLuckOffered(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Other members on the old app got it working after a reinstall, so it might fix yours too, though I can't promise.", []MarkerKind{MarkHedge}},
		{"Other members on the old app got it working after a reinstall, so it's something on your phone.", []MarkerKind{MarkBlame}},
	})
}

// "It would have been easier to ..." lays the trouble at what was not
// done, asked or said; said of us, or looking ahead, it blames nobody.
func TestWiserOtherwise(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"It would have been simpler to report the crack within the 48 hours.", []MarkerKind{MarkBlame}},
		{"Wouldn't it have been easier to check the size guide first?", []MarkerKind{MarkBlame, MarkQuestion}},
		{"It would have been better for us to call you first.", nil},
		{"Wouldn't it be easier if I just sent you a new one?", []MarkerKind{MarkQuestion}},
	})
}

// A share said as "nine out of ten" is the subject's measure, not a verb:
// what nine out of ten callers turn out to have done is what customers do.
func TestShareOutOfTen(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Nine out of ten callers with this error turn out to have left caps lock on.", []MarkerKind{MarkBlame}},
		{"Nine out of ten orders arrive the next day.", nil},
	})
}

// An apology before what customers in general do takes none of it on, as
// one before what the customer did takes none.
func TestApologyBeforeWhatCustomersDo(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I'm sorry, other guests haven't had any trouble with the key cards.", []MarkerKind{MarkApology, MarkBlame}},
		{"I'm sorry, plenty of people run this exact printer without a hitch.", []MarkerKind{MarkApology, MarkBlame}},
	})
}
