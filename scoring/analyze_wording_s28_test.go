package scoring

import "testing"

// A count of a thing gone wrong that is the customer's ("the third late
// arrival this month", "the fourth declined card"), or of what our people
// met at their door ("the third locked door our cleaner's turned up to"),
// holds the repeats against them; a count of what we failed to bring ("the
// third late delivery") or of our people arriving late is ours.
func TestCountOfTheirTroubleIsADig(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"That's the third late arrival this month.", []MarkerKind{MarkBlame}},
		{"This is the fourth declined card this week.", []MarkerKind{MarkBlame}},
		{"That's the third locked door our engineer's turned up to this month.", []MarkerKind{MarkBlame}},
		// what we deliver, and our own lateness, are ours
		{"This is the third late delivery this month.", nil},
		{"This is the third time our engineer's turned up late this month.", nil},
	})
}

// A step we will be forced to take after the customer's repeats ("so I'll
// have to shorten the session") follows on from them; it does not take the
// trouble on as a step we offer does.
func TestForcedStepAfterACountTakesNothingOn(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Third late arrival this month, so I'll have to shorten the massage again.", []MarkerKind{MarkBlame}},
		{"That's the third late arrival this month, so we'll have to charge the no-show fee.", []MarkerKind{MarkBlame}},
		// a step done for them takes it on
		{"Third late arrival this month, so I've moved you to the 4pm slot.", []MarkerKind{MarkConcreteAction, MarkTimeCommitment}},
	})
}

// What the customer chose, set against what they say they chose, is read
// whatever names the pair ("next week not this week", "Tuesday, not
// Wednesday") and when a record is "down for" it; its time is the record of
// their choice, not one we commit to. Reading the record ("I'm looking at
// the booking") is no step of ours; moving it is.
func TestTheirChoiceSetAgainstAnother(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The slot you picked was for next week not this week.", []MarkerKind{MarkBlame}},
		{"The order was for the Tuesday not the Wednesday.", []MarkerKind{MarkBlame}},
		{"It's down for Tuesday, not Wednesday.", []MarkerKind{MarkBlame}},
		{"You're down for the 9am slot, not the 10am.", []MarkerKind{MarkBlame}},
		{"I'm looking at the booking and it's down for the 14th, not the 15th.", []MarkerKind{MarkBlame}},
		// a choice we then act on is told to fix it
		{"It's down for the 14th, not the 15th, so I've moved it.", []MarkerKind{MarkConcreteAction, MarkTimeCommitment}},
		// our own plan is no choice of theirs
		{"Our engineer's down for Tuesday, not Wednesday.", nil},
	})
}

// A plural noun and its phrase before "need to" ("complaints about the cut
// need to go to him") are the subject, and "needs to" after "her" is the
// verb ("any complaint about her needs to go to her directly"): read so,
// a matter sent to another party is laid at their door.
func TestMattersSentToThemAfterTheirPhrase(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Complaints about the food need to go to the restaurant directly.", []MarkerKind{MarkBlame}},
		{"Dev is self-employed, so complaints about the cut need to go to him directly.", []MarkerKind{MarkBlame}},
		{"The therapist is self-employed, so any complaint about her needs to go to her directly.", []MarkerKind{MarkBlame}},
		// a matter sent to our own people is ours
		{"Complaints about the food need to go to our kitchen manager.", nil},
	})
}

// Two nouns joined by "and" are one subject even when the first is a
// possessive's ("the driver's GPS and the photo"), and "both" after them
// takes up the two; a record so named and set with "but" against what the
// customer says answers their account, while a "but" clause that goes on
// with the account is still theirs.
func TestRecordAgainstTheirAccount(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The driver's GPS and the photo both put it on your doorstep at 11:03.", []MarkerKind{MarkBlame}},
		{"So you're saying it never arrived, but the driver's GPS and the photo both put it on your doorstep at 11:03.", []MarkerKind{MarkReflects, MarkBlame}},
		// the account goes on past "but"
		{"So you're saying the courier left it at the door, but it had gone by the time you got home.", []MarkerKind{MarkReflects}},
	})
}

// "Not much I can do" and "only so much she can do" say how little can be
// done as "nothing we can do" does, and point back to what tied our hands:
// another party, a rule applied, or a record that the thing was handed over.
// "There's not much I can do" also hides behind the role's limits, as
// "there's nothing I can do" does.
func TestLittleWeCanDoPointsBack(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The tracking says it was delivered to your address at 2pm, so there's not much I can do.", []MarkerKind{MarkBlame, MarkPolicy}},
		{"The pic you showed your stylist was a totally different hair type, there's only so much she can do.", []MarkerKind{MarkBlame}},
		{"When a claim is sent without the receipt it gets rejected automatically, and there's not much I can do about that.", []MarkerKind{MarkBlame, MarkPolicy}},
		// alone it names no one
		{"There's not much I can do.", []MarkerKind{MarkPolicy}},
		// the hand-over told with help is no excuse
		{"The tracking says it was delivered to your address at 2pm, so I've opened a claim with the courier.", []MarkerKind{MarkConcreteAction}},
	})
}

// "By the looks of it" guesses from what can be seen: it hedges what it is
// said of and sets no deadline, as "by Friday" does; a guess at what the
// customer's side did is still laid on them.
func TestByTheLooksOfItGuesses(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The charge on the 3rd was for your annual renewal, by the looks of it.", []MarkerKind{MarkHedge}},
		{"Our support hours are 9am to 5pm, Monday to Friday, by the looks of it.", []MarkerKind{MarkHedge}},
		{"It'll be with you on Friday, by the looks of it.", []MarkerKind{MarkPromise, MarkHedge}}, // as "hopefully" after it
		{"By the look of it, your cat's knocked the cable out of the socket.", []MarkerKind{MarkHedge, MarkBlame}},
		// evidence named is no hedge
		{"By the look of that heel, your dog's had a good chew on it.", []MarkerKind{MarkBlame}},
		// a deadline said with "by" still commits
		{"I'll have it with you by Friday.", []MarkerKind{MarkTimeCommitment}},
	})
}

// A wrong that a phrase finds past "I reckon", "I believe" or "I suspect"
// belongs to what the agent guesses at, another's act: "I reckon you
// entered the wrong PIN" owns nothing and lays the slip on the customer.
func TestOpinionAboutAnothersWrongOwnsNothing(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I reckon you entered the wrong PIN.", []MarkerKind{MarkBlame}},
		{"I suspect you entered the wrong PIN.", []MarkerKind{MarkBlame}},
		{"I believe the wrong delivery slot was selected at checkout.", []MarkerKind{MarkBlame}},
		// what we did wrong is still owned
		{"I think we sent you the wrong size.", []MarkerKind{MarkOwnsMistake}},
		{"We sent you the wrong size.", []MarkerKind{MarkOwnsMistake}},
	})
}

// After "I think" or "I believe" a clause with a subject of its own is read
// as after "it seems": the opinion is of what happened, and what happened is
// read. "I think we can" hedges our own step and stays one clause.
func TestOpinionFrameReadsWhatFollows(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I think the alarm went off because your motion sensor was left armed.", []MarkerKind{MarkBlame}},
		{"I think the previous owner never transferred the account into your name.", []MarkerKind{MarkBlame}},
		{"I believe the form you sent was missing a page.", []MarkerKind{MarkBlame}},
		{"I think the mistake was ours.", []MarkerKind{MarkOwnsMistake}},
		{"I think we can refund that today.", []MarkerKind{MarkHedge}},
	})
}

// Frames that give what follows as the agent's view ("in my view", "I have
// to say", "if you ask me", "of course"), set off by a comma, tell nothing
// themselves: the sentence reads as said bare.
func TestViewFramesTellNothing(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"In my view, the direct debit bounced because there wasn't enough in the account on the 1st.", []MarkerKind{MarkBlame}},
		{"I have to say, people tend to rush the allergen form online and skip the last box.", []MarkerKind{MarkBlame}},
		{"I'll be honest, it's the tumble dryer you've had going, that's what's pushed the bill up.", []MarkerKind{MarkBlame}},
		{"If you ask me, the courier never even tried the door.", []MarkerKind{MarkBlame}},
		{"Of course, the mistake was ours.", []MarkerKind{MarkOwnsMistake}},
		// without the comma it is no frame: "I have to say no" refuses
		{"I have to say no to the refund.", nil},
	})
}

// "Even" inside a verb group ("never even tried") is an adverb, not the verb.
func TestEvenInsideTheVerbGroup(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The courier never even tried the door.", []MarkerKind{MarkBlame}},
		{"You didn't even read the terms.", []MarkerKind{MarkBlame, MarkPolicy}},
	})
}

// Talk that opens a sentence may come in a chain ("Look, the thing is,
// ...", "Just to clarify, I'll be honest, ..."): each frame after the first
// opens what is left of the sentence, and goes as the first did.
func TestFramesInAChain(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Just to clarify, I'll be honest, you entered the wrong postcode.", []MarkerKind{MarkBlame}},
		{"Look, to be honest, people tend to rush the allergen form online and skip the last box.", []MarkerKind{MarkBlame}},
		{"To be fair, as I said, the parcel was signed for by someone at your address.", []MarkerKind{MarkBlame}},
		{"Actually, in my view, the courier never even tried the door.", []MarkerKind{MarkBlame}},
		{"Look, the thing is, it's the homeowner's job to keep clear access to the boiler cupboard.", []MarkerKind{MarkBlame}},
	})
}

// "According to our records," and "Looking at your account," say where what
// follows was read, whatever subject follows them: a habit after them is
// still a habit, not a time we commit to. A charge said to have been
// waived or reversed is done for the customer, on the record or not.
func TestRecordOpenersAndLiftedCharges(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"According to our records, refunds go back to the original card and normally show within 3 to 5 working days.", nil},
		{"Looking at your account, faster payments usually arrive within two hours.", nil},
		{"According to our records, you cancelled the order yourself.", []MarkerKind{MarkBlame}},
		{"Our records show the charge has been reversed.", []MarkerKind{MarkConcreteAction}},
		{"According to our records, the late fee has been waived.", []MarkerKind{MarkConcreteAction}},
	})
}

// A step done for the customer, read from the record as news ("the card's
// been cancelled", "that's now cancelled", "the charge has been taken off
// your folio"), is no wrong on the record; a step done amiss still is.
func TestStepOnTheRecordIsNews(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Our records show that the card's been cancelled and a new one is in the post.", []MarkerKind{MarkConcreteAction}},
		{"Our records show that that's now cancelled.", []MarkerKind{MarkConcreteAction}},
		{"Our records show the room-service charge has been taken off your folio.", []MarkerKind{MarkConcreteAction}},
		{"Our records show the account was set up with the wrong email.", []MarkerKind{MarkBlame}},
	})
}

// "I'm told" or "I've been told" before a clause frames what follows, as
// "what's happened is" does; the clause is read as said.
func TestHappenedAndToldFrames(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"What's happened is the courier lost it.", []MarkerKind{MarkBlame}},
		{"I'm told the courier left it at the wrong house.", []MarkerKind{MarkBlame}},
		{"I've been told your payment bounced.", []MarkerKind{MarkBlame}},
		{"I was told to wait.", nil},
	})
}

// A phrase's gap does not run past "that" into a clause with a subject of
// its own: in "our records show that the parts supplier sent the wrong
// gearbox", "our ... sent the wrong" is not ours to own. "Apparently" opens
// a clause as "honestly" does.
func TestGapStopsAtThatAndApparently(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Our records show that the parts supplier sent the wrong gearbox, so the delay isn't down to us.", []MarkerKind{MarkBlame}},
		{"I can see that you entered the wrong postcode.", []MarkerKind{MarkBlame}},
		{"Our warehouse sent the wrong size, I'm so sorry.", []MarkerKind{MarkOwnsMistake, MarkApology}},
		{"Apparently people skip the aftercare leaflet and then wonder why their gums are sore.", []MarkerKind{MarkBlame}},
	})
}

// "Before" with nothing after it says "earlier" ("the evening before"): a
// time so told in the past is history, not a deadline; promised, it is
// still a commitment.
func TestBeforeAloneIsEarlier(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"We texted you the evening before.", nil},
		{"We sent you a text reminder on the 3rd and another the day before, so the missed appointment fee stands.", []MarkerKind{MarkBlame}},
		{"I'll text you the evening before.", []MarkerKind{MarkFollowUp, MarkTimeCommitment}},
		{"We'll have it back to you before Friday.", []MarkerKind{MarkTimeCommitment}},
	})
}

// "Is on us" and "is free" say a cost is borne now; they speak of no time
// ahead, so a time beside them ("the wait on the phone today") is no
// commitment. "Is going out today" still looks ahead.
func TestBorneNowSaysNoTimeAhead(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Sorry about the wait on the phone today, that is on us.", []MarkerKind{MarkApology, MarkOwnsMistake}},
		{"The taxi fare this morning is on us.", []MarkerKind{MarkPromise}},
		{"A replacement is going out today.", []MarkerKind{MarkPromise, MarkTimeCommitment}},
	})
}

// What things of a kind must or need to do within a window ("returns have
// to reach us within 30 days", "claims need to come in within 14 days") is
// a rule's window, as the passive "must be made within" is.
func TestKindsMustMeetAWindow(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Returns have to reach us within 30 days.", nil},
		{"Claims need to come in within 14 days, and you're well inside that, so I've opened one for you today.", []MarkerKind{MarkConcreteAction, MarkTimeCommitment}},
		// our own people and things keep their time
		{"Our engineers have to be with you by noon.", []MarkerKind{MarkTimeCommitment}},
	})
}

// A past form after a plural and a phrase of time before "are" or "is"
// describes the subject ("cancellations made before midnight are free",
// "payments made after 3pm are processed the next working day"): the
// sentence is a rule of things in general, and its times are no commitment.
// "Went" is no participle: "the fitter went with what was on the sheet".
func TestTimedParticipleDescribesTheSubject(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Cancellations made before midnight are free.", nil},
		{"Payments made after 3pm are processed the next working day.", nil},
		{"Orders placed after 2pm are sent the next day.", nil},
		{"The grout colour was changed in the app the night before, so the fitter went with what was on the job sheet.", []MarkerKind{MarkBlame}},
	})
}

// "Looking at your account," says where what follows was read; it is no
// step of ours beside it, and the sentence reads as said bare.
func TestLookingAtYourAccountIsAFrame(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Looking at your account, the direct debit bounced because there wasn't enough in the account on the 1st.", []MarkerKind{MarkBlame}},
		{"Looking at your booking, the courier left it at the wrong house.", []MarkerKind{MarkBlame}},
	})
}

// "I think" or "I reckon" said after the rest of a sentence, past a comma,
// gives what was said as the agent's view and tells nothing of its own; a
// promise before it keeps it.
func TestOpinionTagAfterTheSentence(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The direct debit bounced because there wasn't enough in the account on the 1st, I think.", []MarkerKind{MarkBlame}},
		{"The export failed because the file had commas in the amount column, I reckon.", []MarkerKind{MarkBlame}},
		{"We can refund that, I think.", []MarkerKind{MarkAuthority}},
	})
}

// After "what's happened is", a clause of ours is read as any other: "we did
// send you three reminders" insists on our part, "we sent it to the wrong
// address" owns the slip.
func TestHappenedFrameBeforeUs(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"What's happened is we did send you three reminder texts before your collection window closed.", []MarkerKind{MarkBlame}},
		{"What's happened is we sent it to the wrong address.", []MarkerKind{MarkOwnsMistake}},
	})
}
