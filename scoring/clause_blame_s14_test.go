package scoring

import "testing"

// A trouble, then "because" and a cause told of no one of ours, lays the
// trouble on that cause: "the upload failed because the file was over
// 20MB". A cause of ours anywhere in the sentence, an apology, or a step
// of ours beside it, does not.
func TestTroubleThenACauseNotOurs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The upload failed because the file was over 20MB.", has: blame},
		{text: "the upload failed cos the file was over 20MB", has: blame},
		{text: "The transfer bounced because the account number had a digit missing.", has: blame},
		{text: "The seal cracked because the jar was put in the freezer.", has: blame},
		{text: "The upload failed because our server timed out.", hasNot: blame},
		{text: "The upload failed because the limit we set was too low.", hasNot: blame},
		{text: "Sorry, the upload failed because the page timed out.", hasNot: blame},
		{text: "The upload failed because the page timed out, so I've raised the limit for you.", hasNot: blame},
		{text: "The upload worked because the file was small.", hasNot: blame},
	})
}

// A fault in something not ours, then the trouble it brought after "so",
// "hence" or "which is why", lays the trouble on the fault: "the pallet was
// faulty, which is why the fitting was delayed". A fault of ours, or a result that is
// good news or a step of ours, is not blame.
func TestAFaultNotOursAndWhatFollowed(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The old wiring was faulty, which is why the fitting was delayed.", has: blame},
		{text: "The boiler had a cracked valve, which is why the heating kept cutting out.", has: blame},
		{text: "The floorboards were rotten, so the tiles cracked.", has: blame},
		{text: "Our pallet was damp, which is why the boxes split.", hasNot: blame},
		{text: "The mill had a breakdown, so I've sourced the fabric elsewhere.", hasNot: blame},
		{text: "The pallet was broken, which is why we have sent a new set by air.", hasNot: blame},
	})
}

// A bad word validates a feeling when it judges what the customer lives
// through: the situation as a pronoun, or a time or a turn of events. Said
// of an object, it judges the object: "the signal is poor" is no empathy,
// and "the floorboards were rotten" tells their state.
func TestBadWordJudgesAFeltThing(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That's rotten timing.", has: validate},
		{text: "It's awful, honestly.", has: validate},
		{text: "Your week has been awful.", has: validate},
		{text: "The whole experience sounds miserable.", has: validate},
		{text: "The signal in your area is poor.", hasNot: validate},
		{text: "The milk was rotten when it arrived.", hasNot: validate},
		{text: "The road surface is rough there.", hasNot: validate},
	})
}

// What would explain the trouble, said in its sentence of what went before
// and of no one of ours, lays the trouble there: "which would
// explain the battery failure", "sand will do that to a zip", "your heater
// accounts for the spike". Asked of the customer, "explain" asks for their
// account, and what we did that explains it owns the trouble.
func TestWhatWouldExplainTheTrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The bag looks like it was packed wet, which would explain the mould.", has: blame},
		{text: "Sand will do that to a zip, unfortunately.", has: blame},
		{text: "Your patio heater accounts for most of the jump in usage.", has: blame},
		{text: "Could you explain what happened with the parcel?", hasNot: blame},
		{text: "We sent the wrong charger, which would explain the battery failure.", hasNot: blame},
		{text: "Our meter reading was off, which would explain the jump.", hasNot: blame},
	})
}

// Customers in general who skip a part, and where they end up, tell this
// customer's slip: "customers who skip the seating plan do end up behind
// the pillar". Those who do their part and end up well blame no one.
func TestThoseWhoSkipItEndUp(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Guests who ignore the check-in email usually end up queueing at the desk.", has: blame},
		{text: "Buyers who skip the size guide do end up sending things back.", has: blame},
		{text: "Guests who read the check-in email usually end up at the right door.", hasNot: blame},
	})
}

// A result that tells a trouble in other words than a failing verb: held
// "stuck", "turned down" or "called off", or what a thing "couldn't" do.
// Turning a setting down is no refusal, and what a thing could do is no
// trouble.
func TestResultsThatTellATrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The mill in Leeds has had a flood, so the rolls are stuck.", has: blame},
		{text: "The council changed the rules in May, which is why your permit was turned down.", has: blame},
		{text: "The ground was frozen solid, so the organisers called the race off.", has: blame},
		{text: "They were printed with the ink running out, so the scanner couldn't read them.", has: blame},
		{text: "The label was printed in bold, so the scanner could read it.", hasNot: blame},
		{text: "The room was warm, so the host turned the heating down.", hasNot: blame},
	})
}

// Checking our own work twice is diligence, not a slip: "our packers
// checked every bag twice" owns nothing, and insists we did our part. A
// charge made twice, or the wrong thing checked, is still ours.
func TestCheckingTwiceIsDiligence(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our packers checked every box twice that morning, so the lid will have been on.", has: blame, hasNot: owns},
		{text: "Our engineer tested the wrong circuit.", has: owns},
		{text: "We charged you twice for the same order.", has: owns},
	})
}

// A result that insists our part was done puts the fault elsewhere: "so
// they were definitely sent", "so we were definitely there". A fix just
// made or a present state insists on nothing.
func TestResultInsistsItWasDone(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The tracking shows a signature at 11:02, so it was definitely delivered.", has: blame},
		{text: "Sam waited at the gate from two until three, so we were definitely there.", has: blame},
		{text: "I've reset the router, so it's definitely working now.", hasNot: blame},
		{text: "The name on your statement is our partner, so that charge is definitely your booking.", hasNot: blame},
	})
}

// "Nothing we can do about it", or "only so much", beside how a thing not
// ours is or went, ties our hands with it: "the tide was out all day,
// nothing we can do about that". A rule named beside it is policy, and
// "nothing we can do" alone names no one.
func TestNothingWeCanDoBesideAnOutsideState(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The tide was out all afternoon, nothing we can do about that.", has: blame},
		{text: "Ferry prices went up by law; nothing we can do about that.", has: blame},
		{text: "Salt air gets into the hinges and there's only so much we can do about that.", has: blame},
		{text: "It's in the terms you agreed to, so there's nothing I can do.", hasNot: blame},
		{text: "There's nothing we can do about that, I'm afraid.", hasNot: blame},
	})
}

// A trouble, or a cause word, with "from" and an act that names no one
// leaves the act with whoever had the thing: "the screen cracked from being
// dropped", "all that data came from streaming films". Where a thing came
// from, or an act of ours, is no blame.
func TestFromAnActThatNamesNoOne(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The screen cracked from being dropped.", has: blame},
		{text: "Most of that usage came from streaming films over mobile data.", has: blame},
		{text: "The parcel came from the Leeds depot.", hasNot: blame},
		{text: "The box was damaged from being stacked in our van.", hasNot: blame},
	})
}

// "X, not Y, is what caused it" names X as the cause, with the aside set
// against it: "your builder's wiring, not our meter, is what tripped the
// fuse". Said of our own people, it owns the cause, no blame.
func TestNotAsideBeforeIsWhat(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your builder's drill, not the meter, is what tripped the fuse.", has: blame},
		{text: "Our fitter's work, not your boiler, is what caused the leak.", hasNot: blame},
	})
}

// A record cited to show our message was opened or read puts it in the
// customer's hands: "our logs show the reminder email was opened on the
// 2nd". Said without a record, or of a message not yet opened, it is news.
func TestRecordShowsTheMessageWasOpened(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our logs show the reminder email was opened on the 2nd.", has: blame},
		{text: "The system shows the warning letter was read at 9:14.", has: blame},
		{text: "The reminder email was opened on the 2nd, so I'll resend the link.", hasNot: blame},
		{text: "Our logs show the reminder email wasn't opened.", hasNot: blame},
	})
}

// A count of their repeats said in a statement's order with a question
// mark is still a dig: "this is like the 3rd time this month uve reset the
// password?". A "what" set off by commas fills a pause and leaves the
// clause open: "this is, what, the third time this week".
func TestCountSaidWithARisingVoice(t *testing.T) {
	checkReadings(t, []reading{
		{text: "this is like the 4th time this month uve changed the delivery address?", has: blame},
		{text: "So this is, what, the third time this week you've called about the same parcel?", has: blame},
		{text: "Is this the second time you've had to call us about it?", hasNot: blame},
		{text: "this is the third time we've missed your delivery?", hasNot: blame},
	})
}

// A cleft typed fast is still a cleft: "its the damp in ur loft thats
// rotting the beams" names their thing as the cause, as "it's ... that's"
// does. "Its" alone, before no determiner, is the possessive.
func TestCleftTypedFast(t *testing.T) {
	checkReadings(t, []reading{
		{text: "its the damp in ur loft thats rotting the beams", has: blame},
		{text: "its the extension lead ur using thats cutting the power", has: blame},
		{text: "its own fuse blew, we've sent a new one", hasNot: blame},
	})
}

// A wrong choice told in the passive, after "so", is what the agent found,
// not the customer's account told back: "right, so the wrong size got
// picked on the order form". What we send, told so, is their account.
func TestSoWrongInputFound(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Right, so the wrong size got picked on the order form, it says medium.", has: blame},
		{text: "So the wrong size was sent to you, and it's too small.", hasNot: blame},
	})
}

// "Strictly speaking", "technically speaking" and the like frame a clause
// without being it: "but strictly speaking you were the one who picked the
// saver fare" reads its subject after the frame.
func TestSpeakingFrames(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I'll refund it, but strictly speaking you were the one who picked the saver fare.", has: blame},
		{text: "Technically speaking, you were the one who ticked the box.", has: blame},
		{text: "Strictly speaking, we were the ones who got it wrong.", hasNot: blame},
	})
}

// A question about their act, followed by a "because" that gives the
// reason for asking, suggests their act as the cause: "had you left a
// window open? Because the alarm only trips with a draught". A "because"
// that offers something of ours asks plainly.
func TestQuestionThenBecause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Had you left a window open at all? Because the alarm only trips like that with a draught.", has: blame},
		{text: "Did you have the dehumidifier off? Because mould only grows like that in damp rooms.", has: blame},
		{text: "Did you get our email? Because I can resend it now.", hasNot: blame},
	})
}

// A team of ours named without "we", whose act the sentence hands on with
// "that's on them", is passed on, not owned: "the warehouse team packed the
// wrong colour, that's on them". Said with "we", it is owned.
func TestTeamActHandedOn(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The packing team packed the wrong size, that's on them not us.", has: blame, hasNot: owns},
		{text: "We sent the wrong size, that's on us.", has: owns, hasNot: blame},
	})
}

// "Or so" says about: "for a day or so, it left us yesterday" joins no
// result to what went before, and blames no one.
func TestOrSoSaysAbout(t *testing.T) {
	checkReadings(t, []reading{
		{text: "your bank might hold it as pending for a day or so, it left us yesterday", hasNot: blame},
		{text: "your bank held it for a day, so it left us late", has: blame},
	})
}

// A step of ours, done, said to follow what the customer gave us insists
// the fault is in what they gave: "we printed exactly what was on the proof
// you signed". A remedy to what they paid, a step just taken, one still to
// come, or one said with sorry is not blame.
func TestWeDidWhatYouGaveUs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We engraved exactly what was on the form you filled in.", has: blame},
		{text: "With respect, our crew packed every room on the list you signed off.", has: blame},
		{text: "I've refunded exactly what you paid.", hasNot: blame},
		{text: "I've sent the new card to the address you gave us.", hasNot: blame},
		{text: "We'll print exactly what you send us.", hasNot: blame},
		{text: "Sorry, we printed what you sent us without checking it.", hasNot: blame},
	})
}

// One of our people or systems doing a plain step owns no mistake: "our
// engineer fitted the new part yesterday", "our team sent the replacement
// this morning". A step gone wrong, or done twice where twice is wrong
// ("our app sent the payment twice"), is owned; a reminder sent twice is
// diligence.
func TestOurPeoplesPlainStepsOwnNothing(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our engineer fitted the new part yesterday.", hasNot: owns},
		{text: "Our team sent the replacement this morning.", hasNot: owns},
		{text: "Our driver packed it carefully.", hasNot: owns},
		{text: "Our engineer fitted the wrong valve.", has: owns},
		{text: "Our app sent the payment twice, and I've refunded the duplicate.", has: owns},
		{text: "Our system lost your booking.", has: owns},
		{text: "We sent the reminder twice.", hasNot: owns},
	})
}

// "It", set in or on what the customer was given, with the rule it holds
// told after it or a refusal before it, points at what they could have
// read: "it's in the terms you accepted: opened software can't be
// returned". Beside good news, a step of ours or an apology, it points at
// nothing held against them.
func TestItIsInWhatYouWereGiven(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It's in the terms you accepted: opened software can't be returned.", has: blame},
		{text: "It says on the booking page, in bold, that deposits are non-refundable.", has: blame},
		{text: "It's printed on the back of the voucher that it expires after a year.", has: blame},
		{text: "We can't refund a used ticket, it's in the conditions.", has: blame},
		{text: "It's in the terms that you can cancel free within 14 days.", hasNot: blame},
		{text: "It says on your confirmation that breakfast is included, so I've added it back.", hasNot: blame},
		{text: "Sorry, it's on the receipt that sale items are final, I should have said.", hasNot: blame},
	})
}

// A sum in a result's subject makes it a cost that applies after their act:
// "you collected the car 19 days late, so storage at £15 a day applies".
func TestSumInTheResultIsACost(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You picked it up a month late, so storage at £10 a day applies.", has: blame},
		{text: "You picked it up a month late, so storage at £10 a day doesn't apply, it's on us.", hasNot: blame},
	})
}

// Another party named as the trouble blames them: "the delay is the
// courier", "honestly, the hold-up is the repairer". One of ours named so
// owns nothing away.
func TestTroubleIsAnotherParty(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The delay is the courier, they've had it since Monday.", has: blame},
		{text: "Honestly, the hold-up is just the insurer.", has: blame},
		{text: "The delay is our courier, and I'm chasing it now.", hasNot: blame},
	})
}

// "Is it possible" asked of anything but the company suggests the cause:
// "is it possible the remote went through the wash?". Asked of us, it owns
// the doubt.
func TestIsItPossibleOnTheirSide(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Is it possible the remote went through the wash in a coat pocket?", has: blame},
		{text: "Is it possible the letters are still going to an old address you gave us?", has: blame},
		{text: "Is it possible we sent the wrong size?", hasNot: blame},
		{text: "Is it possible our driver left it at the wrong house?", hasNot: blame},
	})
}

// What cannot be read or used is a trouble: after a question about their
// act, "the signature's unreadable" asks whether their act caused it.
func TestUnreadableIsATrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Was the form photographed in low light? The signature's unreadable.", has: blame},
		{text: "Was the form sent by post? I'll check it when it lands.", hasNot: blame},
	})
}

// A penalty, then "when", "after" or "once" and their act, tells the act
// that brought it: "the warranty was voided when you opened the unit". A
// penalty lifted, or our own act after it, is no blame.
func TestPenaltyWhenTheyActed(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The warranty was voided when you opened the casing.", has: blame},
		{text: "Your membership was suspended after you shared your login.", has: blame},
		{text: "The warranty was restored when we checked the seal.", hasNot: blame},
	})
}

// What the customer gave us, given as the reason, lays the outcome at it:
// "it went to the old address because that's the one you gave us". A
// reason that is their request, or one with sorry, is not.
func TestReasonIsWhatTheyGaveUs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The parcel went to Leeds because that's the address you gave us.", has: blame},
		{text: "We cancelled it because you asked us to.", hasNot: blame},
		{text: "Sorry, it went to Leeds because that's the address you gave us and we didn't double-check it.", hasNot: blame},
	})
}

// "Could it be (that)" takes a whole clause, as "is it possible" does, and
// asked of their side suggests the cause: "could it be that the router was
// switched off at the wall?". Asked of us, it owns the doubt.
func TestCouldItBe(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Could it be that the heating was switched off overnight?", has: blame},
		{text: "Might it be the old card was still saved on the app?", has: blame},
		{text: "Could it be that we sent the wrong size?", hasNot: blame},
	})
}

// A state "consistent with" a cause, set against a defect or beside a
// refusal, reads the cause as theirs: "the marks are consistent with tree
// sap, rather than any manufacturing defect". Consistent with what we did,
// or with nothing set against it, it is not.
func TestConsistentWithRatherThanADefect(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The staining is consistent with bird droppings, rather than any fault in the paint.", has: blame},
		{text: "The dent is consistent with a kerb strike, so the repair isn't covered.", has: blame},
		{text: "The readings are consistent with the figures we sent you.", hasNot: blame},
	})
}

// What was handed in "without" a part of it is a trouble, and "pending" is
// where it then sits: "the form was handed in without the countersigned
// photo, so it sat in the pending pile". What comes without a fee or a
// delay is good news.
func TestHandedInWithoutAPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The claim was sent in without the receipts, so it's still pending.", has: blame},
		{text: "The form was handed in without the photo page, which is why it was rejected.", has: blame},
		{text: "The form was processed without any fee, so it's all done.", hasNot: blame},
	})
}

// A guess inside a verb group hedges the clause: "your router has very
// likely been reset" guesses at their side, and reports no step of ours.
func TestGuessedAsideReportsNoStep(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your router has very likely been reset.", hasNot: []MarkerKind{MarkConcreteAction}},
		{text: "Your router has been reset.", has: []MarkerKind{MarkConcreteAction}},
	})
}

// "Not within my control" denies it is ours, as "beyond our control" does;
// a passive present done "automatically", or "once" something happens, is
// a rule, and reports no step of ours.
func TestRuleNotWithinOurControl(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The late fee is applied automatically once the deadline passes, and that is not within my control.", has: blame, hasNot: []MarkerKind{MarkConcreteAction}},
		{text: "The credit is applied to your account now.", has: []MarkerKind{MarkConcreteAction}},
	})
}

// An id of 0 stands for every word the index does not know, so no check
// may find it in a clause.
func TestIDZeroIsFoundNowhere(t *testing.T) {
	az := new(analyzer)
	az.readPhrases("Zorblax frumious wibbled the gronk.")
	if az.idIn(0, 0, len(az.tok.toks)) {
		t.Fatal("idIn found id 0 among unknown words")
	}
}

// A statement with "ok?" tagged on says what it says: "I'll swap it this
// once, even though the fault isn't ours, ok?" denies the fault. "Yeah?"
// after a recap checks what was told back, and an inverted question stays
// a question.
func TestOkTagIsAStatement(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I'll swap it this once, even though the fault isn't ours, ok?", has: blame},
		{text: "So the driver left it by the bins and it got soaked, yeah?", hasNot: blame},
	})
}

// A count kept over a season or a quarter counts as over a month does, and
// "us" as where a thing came back to names no fault of ours: "that's the
// third plant this season that's come back to us dried out". A count of
// what we did wrong is ours.
func TestCountOverASeason(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That's the third plant this season that's come back to us dried out.", has: blame},
		{text: "That's the third parcel we've lost this season.", hasNot: blame},
	})
}
