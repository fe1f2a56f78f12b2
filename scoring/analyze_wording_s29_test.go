package scoring

import "testing"

// After "our records show that" or "I can see that", the clause that
// follows opens as a sentence would: a bare noun of several words ("air
// traffic control restrictions held the plane"), a name, "whoever", or a
// plural before its verb ("proofs go out within two working days", a habit
// and no promise).
func TestClauseAfterJoiningThatOpensAsASentence(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Our records show that air traffic control restrictions held the aircraft in Palma for four hours.", []MarkerKind{MarkBlame}},
		{"Our records show that whoever answered the door told the driver you'd moved.", []MarkerKind{MarkBlame}},
		{"It seems whoever answered the door told the driver you'd moved.", []MarkerKind{MarkBlame}},
		{"It seems air traffic control restrictions held the aircraft for four hours.", []MarkerKind{MarkBlame}},
		{"The mechanic tells me that in twenty years he's never had a clutch go at 8,000 miles unless it's been ridden hard.", []MarkerKind{MarkBlame}},
		// a habit after the frame commits to no time
		{"Our records show that proofs go out within two working days.", nil},
	})
}

// "For" before what is no time ("for loads of users", "for about an hour")
// says for whom or how long; a past clause with it still tells a time
// already past, not one we commit to.
func TestForBeforeNoTimeLooksNowhere(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Microsoft pushed an update overnight that broke the Outlook add-in for loads of users.", []MarkerKind{MarkBlame}},
		{"Your concierge signed for it at 11:02.", nil},
		{"Our payment page fell over for about an hour on Friday.", nil},
		// a time after "for" still looks ahead
		{"We've booked the engineer for Tuesday.", []MarkerKind{MarkConcreteAction, MarkTimeCommitment}},
	})
}

// A clause with no subject of its own after "and" ("... and cannot be
// corrected on our end") is read through the clause it shares its subject
// with, but what it says itself may still take a marker back: a thing that
// cannot be done on our side owns nothing.
func TestSharedSubjectClauseVetoesItself(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Errors are transmitted to us as submitted and cannot be corrected on our end.", nil},
		{"Errors in the hours reported by your timekeeping vendor are transmitted to us as submitted and cannot be corrected on our end.", []MarkerKind{MarkBlame}},
		// owned plainly, it stays owned
		{"The hours were sent to us correctly and were lost on our end.", []MarkerKind{MarkOwnsMistake}},
	})
}

// After "I think", "I believe" or "I'm told", a clause whose subject is a
// bare noun opens as after "it seems": people in general ("lots of people
// forget", "people always skip"), a thing with its verb ("snow shut the
// motorway"); and a habit there ("proofs go out within two working days") is
// still no promise.
func TestOpinionAndHearsayTakeBareSubjects(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I think lots of people forget to cancel the trial, and then they're surprised by the charge.", []MarkerKind{MarkBlame}},
		{"I think people always skip the size guide and then wonder why it doesn't fit.", []MarkerKind{MarkBlame}},
		{"I'm told snow shut the motorway overnight.", []MarkerKind{MarkBlame}},
		{"I believe customers often forget to cancel before the renewal date.", []MarkerKind{MarkBlame}},
		// a habit told after the frame commits to nothing
		{"I think proofs go out within two working days.", nil},
		{"I'm told lifts close at 4pm.", nil},
	})
}

// "I think" before what we did in the past ("I think we sent three
// reminders", "I think we did everything right on our end") is our account
// of it, read as its own clause: it points back as the bare clause does and
// owns nothing. Said so, a step we took is hedged ("I think I've refunded
// it" is not yet a step done), and "I think we can refund it" still hedges
// the step as one clause.
func TestOpinionBeforeOurPastAct(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I think we sent three reminder emails before the trial ended, so the charge went through as normal.", []MarkerKind{MarkBlame}},
		{"I think we did everything right on our end, the parcel was scanned as delivered.", []MarkerKind{MarkBlame}},
		{"I think we sent you the wrong size.", []MarkerKind{MarkOwnsMistake}},
		{"I think I've refunded it.", nil},
		{"I think we had to cancel it.", nil},
	})
}

// "I'm told" before a clause only passes it on: it is no act of ours that
// would take the blame back, nor a passive whose doer goes unnamed. What
// follows reads as after "it seems": "nobody at our end", "the tenant
// before you" are its subjects.
func TestHearsayFramePassesTheClauseOn(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I'm told nobody at our end touched your settings; you changed them yourself last night.", []MarkerKind{MarkBlame}},
		{"I'm told the tenant before you never closed the account.", []MarkerKind{MarkBlame}},
		{"I'm told it's printed right across the back of the ticket that late arrivals won't be admitted until the interval.", []MarkerKind{MarkBlame}},
		{"I'm told your order was placed at 23:58 and the cut-off for next-day dispatch is 23:30.", []MarkerKind{MarkBlame}},
		// what we heard of our own side, or of a step done, blames nobody
		{"I'm told a cancelled show is refunded in full automatically, so there's nothing you need to do.", nil},
		{"I'm told your door PIN was reset by us during last night's upgrade, which is why it stopped working.", nil},
	})
}

// A party the lexicon knows by name ("Evri", "DPD") opens a clause after a
// pause as a pronoun would; said to have had the thing since a time ("Evri
// have had it ever since", "the courier has had it since Tuesday") it holds
// the wait. "They", who may be the customer's own, does not.
func TestNamedPartyHasHadItSince(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"It left us on Monday; Evri have had it ever since.", []MarkerKind{MarkBlame}},
		{"It left our warehouse on Monday and the courier has had it since.", []MarkerKind{MarkBlame}},
		{"It's out of our hands now, PayPal decides on disputes once they've been opened.", []MarkerKind{MarkBlame}},
		{"They've had it since Monday.", nil},
		{"We've had it since Monday.", nil},
	})
}

// A note kept on the customer's account ("the note on your account says")
// is our record, not a paper they were given to read: what it says we did
// is our step, and it points at nobody. A party that tells us ("my
// colleague tells me | the courier left it") passes on a clause of its
// own; what went untold ("nobody told us the lift was out") stays one
// claim. "What I can see is that", "all I know is" frame what follows as
// "what happened is" does.
func TestNotesTellersAndWhatISee(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The note on your account says the engineer is booked for Tuesday.", []MarkerKind{MarkConcreteAction, MarkTimeCommitment}},
		{"The note on your account says I've blocked the card and ordered you a new one.", []MarkerKind{MarkConcreteAction}},
		{"My colleague tells me the courier left it at the wrong house.", []MarkerKind{MarkBlame}},
		{"What I can see is that the courier left it at the wrong house.", []MarkerKind{MarkBlame}},
		{"All I know is that the courier left it at the wrong house.", []MarkerKind{MarkBlame}},
		{"You never told us the meter had been replaced.", []MarkerKind{MarkBlame}},
		// a paper they were given still points at them
		{"The confirmation email says check-in closes at 9pm.", []MarkerKind{MarkBlame}},
		// "I found that" before a cleft is no frame of its own
		{"I found that it's your insurer holding it up, not the garage.", []MarkerKind{MarkBlame}},
	})
}

// What another tells us of the customer or of a thing ("my colleague tells
// me | you ticked no", "| the prescription came in unsigned") is a clause
// of its own, as after "I'm told"; what should have been told stays one
// claim. After "and", a subject may carry a short phrase before its past
// ("and the storm on Sunday brought down the mast"), though not a clause of
// when ("and a text before the plan renewed"). Speaking to our own team is
// looking into it, not taking the trouble on.
func TestTellersPhrasesAndAskingOurOwn(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"My colleague tells me you ticked no to the insurance question, so there's no cover for this.", []MarkerKind{MarkBlame}},
		{"My colleague tells me the prescription came in without the doctor's signature on the back.", []MarkerKind{MarkBlame}},
		{"I've spoken to the team and the storm on Sunday brought down the mast that serves your village.", []MarkerKind{MarkBlame}},
		{"You did everything right here; the code you entered was valid and our checkout simply failed to apply it.", []MarkerKind{MarkOwnsMistake}},
		{"Should've told us you were moving. We'd have redirected it.", []MarkerKind{MarkBlame}},
		// a step taken after asking is still taken
		{"I've spoken to the team and we'll refund the delivery charge today.", []MarkerKind{MarkPromise, MarkTimeCommitment}},
	})
}

// What we looked at or whom we asked before "and" ("I've checked your
// account and", "I've spoken to the team and") and a fronted participle
// ("Having looked into it,", "Checking the system,") only say how we found
// out: what follows is a clause of its own, read as it would be alone.
func TestHowWeFoundOutFramesTheClause(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I've spoken to the team and refunds go back to the original card and normally show within 3-5 working days.", nil},
		{"I've spoken to the team and your employer's payroll team sent the wrong figures through.", []MarkerKind{MarkBlame}},
		{"I've checked your account and customers often forget to renew before the deadline.", []MarkerKind{MarkBlame}},
		{"Having looked into it, refunds go back to the original card and normally show within 3-5 working days.", nil},
		{"Checking the system, customers often forget to renew.", []MarkerKind{MarkBlame}},
		{"Having checked, under the rental agreement it was up to you to refuel the car.", []MarkerKind{MarkBlame}},
		// a promise after the frame is still a promise
		{"Having looked into it, we'll refund you today.", []MarkerKind{MarkPromise, MarkTimeCommitment}},
	})
}

// A gap in a phrase does not run past a pause into a new subject, even
// when the pause closes the words before the gap: "checking the system, |
// I've reversed the charge" is no "the system ... reversed", and "that's
// down to the courier, | they lost it" cites each clause. "They're the ones
// who've lost it" singles them out as "the ones who" does.
func TestGapStopsAtThePauseBeforeIt(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Checking the system, I've reversed the duplicate charge.", []MarkerKind{MarkConcreteAction}},
		{"Checking the system, you were charged £25 for express delivery on that order.", nil},
		{"Ring the courier, they're the ones who've lost it.", []MarkerKind{MarkBlame}},
		{"That's down to the courier, they lost it at the hub.", []MarkerKind{MarkBlame}},
	})
}

// After a pause, a subject as the frames that suppose read one opens a
// clause of its own, whatever came before the pause: "As far as I'm
// aware, | Royal Mail lost the voucher", "For the umpteenth time, | online
// orders are collected round the back", "Mm, okay, | people tend to skip
// it". A word of two letters ending in "s" ("as required under ...") is no
// plural.
func TestSubjectAfterAPause(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"As far as I'm aware, Royal Mail lost the gift voucher.", []MarkerKind{MarkBlame}},
		{"For the umpteenth time, online orders are collected round the back, not at this desk.", []MarkerKind{MarkBlame}},
		{"Thanks for the review, Karen. Just so others reading know, reminder emails went out 7 days and 1 day before the subscription renewed.", []MarkerKind{MarkBlame}},
		{"Failure by the insured to mitigate further damage, as required under the conditions section, has resulted in a reduction of the settlement amount.", []MarkerKind{MarkBlame}},
		{"Heavy snow closed the line north of Preston overnight, there was simply no way for the train to run.", []MarkerKind{MarkBlame}},
	})
}

// "I found that ..." only found out: an outside cause after it is not
// taken on, as after "I've checked and"; "I've found you a replacement" is
// still a step.
func TestFindingOutTakesNothingOn(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I found that the road closure on the high street held everything up tonight.", []MarkerKind{MarkBlame}},
		{"We found that the bin strike is the union's doing, not the council's.", []MarkerKind{MarkBlame}},
		{"I've found you a replacement and it's on its way.", []MarkerKind{MarkConcreteAction}},
	})
}

// A step of ours insisted on whose last word is "them" ("because we
// definitely sent them") says the things went; it is no step done for a
// third party, which would take the blame back.
func TestInsistedThemIsTheThingsSent(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Your junk filter has been eating our letters, because we definitely sent them.", []MarkerKind{MarkBlame}},
		// said of a party, it insists on our part all the same
		{"The courier lost it, and we definitely chased them.", []MarkerKind{MarkBlame}},
	})
}
