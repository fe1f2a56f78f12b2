package scoring

import "testing"

// Telling that a thing was done on several occasions counts the tries as
// "three times" does: "we sent reminders on four separate occasions" insists
// we did our part; a step done on this occasion counts nothing.
func TestOccasionsCountTheTries(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We sent you reminders on four occasions.", has: blame},
		{text: "We've emailed you on several separate occasions.", has: blame},
		{text: "Reminders were sent to you on four separate occasions.", has: blame},
		{text: "I've emailed you the label on this occasion.", hasNot: blame},
		{text: "I've emailed you the label on this occasion.", has: step},
	})
}

// "Add", "stress" and "highlight" report what follows only before "that":
// "we would add that reminders were sent to you three times" tells the
// reminders as "we would point out that" does; "I'll add that to your notes"
// and "I'll add the credit" report nothing.
func TestAddThatReportsWhatFollows(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We would add that reminders were sent to you three times.", has: blame},
		{text: "I must emphasise that the parcel was signed for by you.", has: blame},
		{text: "I'd highlight that the form was left blank.", has: blame},
		{text: "I'll add that to your notes so the team can see it.", hasNot: blame},
		{text: "I'll add the credit to your account now.", has: step},
		{text: "I'd add that we're sorry, and I've refunded the fee.", hasNot: blame},
	})
}

// An arrival set beside a booking at another weekday answers the complaint
// as one at another date does, and so does a booking told after the arrival
// ("when your ticket was for the 12:10"); the same day, or a step we take,
// lays nothing.
func TestArrivalBesideABookingEitherWay(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The tickets were for the Saturday, and you came on the Sunday.", has: blame},
		{text: "Your appointment was on Tuesday but you turned up on Wednesday.", has: blame},
		{text: "You boarded the 10:40 when your advance ticket was for the 12:10.", has: blame},
		{text: "You arrived on the 15th, but the booking was for the 14th.", has: blame},
		{text: "The tickets were for the Saturday, and you came on the Saturday.", hasNot: blame},
		{text: "You arrived on the 15th when the booking was for the 14th, so I've refunded the night.", hasNot: blame},
		{text: "You arrived at 9:15 when the table was booked for 9:15.", hasNot: blame},
		{text: "You were booked in for 9:15 and got here at 9:35, so Dr Patel had to move on to the next patient.", has: blame},
		{text: "You were booked in for 9:15 and got here at 9:15.", hasNot: blame},
	})
}

// A past participle alone after its noun, then an auxiliary, is part of the
// subject: "the evidence provided | does not support your account" is read
// with "support" as its verb, as "the charger used | was not the original"
// is with "was". "Have" after a past form is left alone, as it more often
// begins a clause that lost its joint.
func TestParticipleAloneThenAuxiliary(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The evidence provided does not support your account.", has: blame},
		{text: "The refund requested will be with you by Friday.", has: timeC},
		{text: "The refund requested will be with you by Friday.", hasNot: blame},
	})
	az := new(analyzer)
	az.readPhrases("The details given can't be matched to any order.")
	az.readTurnClauses()
	c := az.clauses[0]
	if got := az.tok.keyOf(&az.tok.toks[c.verb]); len(az.clauses) != 1 || got != "matched" || !c.neg || !c.passive {
		t.Errorf("%d clauses, verb %q neg %v passive %v; want one, \"matched\", negated and passive", len(az.clauses), got, c.neg, c.passive)
	}
}

// A saying of theirs right after a noun inside a clause names the thing
// they told of ("the photos don't show the damage you described"); it does
// not tell their account back, as "the problem you mentioned, the courier
// left it" does.
func TestNamedByTheirSayingIsNoRecap(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The photos do not show the damage you described.", has: blame},
		{text: "The scan doesn't show the delay you reported.", has: blame},
		{text: "The problem you mentioned, the courier left it in the rain.", hasNot: blame},
		{text: "I'm sorry about the delay you mentioned.", has: []MarkerKind{MarkReflects}},
		{text: "Thanks for your patience. You mentioned your bank flagged the payment, so I'll hold the booking.", hasNot: blame},
	})
}

// A guest, visitor, friend or cleaner of the customer's who set off or
// triggered a thing did it as their household does; a favour they did, or
// what they told us, is not laid on them.
func TestYourGuestsAreYourHousehold(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your guest set off the smoke alarm.", has: blame},
		{text: "Your son set off the smoke alarm.", has: blame},
		{text: "Your visitor triggered the alarm at 2am.", has: blame},
		{text: "Your guest smoking in the room set off the smoke alarm.", has: blame},
		{text: "Your friend kindly signed for it.", hasNot: blame},
		{text: "Your guest called us to say the tap was leaking.", hasNot: blame},
		{text: "Your guest set off the smoke alarm, so I've waived the call-out charge.", hasNot: blame},
	})
}

// Upkeep left undone, told as the cause, is the owner's lapse as
// non-payment is: "through lack of servicing", "because of a lack of
// maintenance", a fault attributed "to the boiler not having been
// serviced". "Attributes" is a verb, not a noun's possessive typed without
// its apostrophe. Upkeep of ours, or a lack of parts, lays nothing.
func TestUpkeepUndoneAsTheCause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The boiler failed through lack of servicing.", has: blame},
		{text: "The boiler failed because of a lack of maintenance.", has: blame},
		{text: "The report attributes the fault to the boiler not having been serviced.", has: blame},
		{text: "The report attributes the fault to your router.", has: blame},
		{text: "The engineer traced the leak to a lack of maintenance.", has: blame},
		{text: "The boiler failed due to a lack of parts.", hasNot: blame},
		{text: "The fault was caused by a lack of maintenance on our side.", hasNot: blame},
		{text: "The engineer traced the leak to the pipe not being sealed by our fitter.", hasNot: blame},
	})
}

// "Are you certain" and "are you positive" doubt the customer's own account
// as "are you sure" does, and take a whole clause after them; hitting
// confirm or send is the customer's part of an order, as ticking a box is.
// Asking whether they want a thing doubts nothing.
func TestCertainDoubtsAsSureDoes(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Are you certain you paid?", has: blame},
		{text: "Are you positive the valve was open?", has: blame},
		{text: "You didn't hit confirm.", has: blame},
		{text: "Are you certain you want to cancel?", hasNot: blame},
		{text: "I'll hit send on the refund now.", hasNot: blame},
	})
}

// A thing of the customer's said to get, run or grow too much is their
// thing found wanting, as "your loft is too damp" is; a step of ours that
// gets done "too" is no such thing.
func TestYourThingGetsTooMuch(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your conservatory just gets too hot for it.", has: blame},
		{text: "Your laptop runs too hot.", has: blame},
		{text: "Your phone got too cold overnight.", has: blame},
		{text: "Your refund gets processed too.", hasNot: blame},
		{text: "The depot gets too busy before Christmas.", hasNot: blame},
	})
}

// A thing not switched on, set up or applied at our end was ours to do, so
// the passive that names no doer lays nothing; what never reached our end
// still does.
func TestNotSetUpAtOurEnd(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The code hadn't been switched on at our end, it's live now.", hasNot: blame},
		{text: "The code hadn't been turned on at our end.", hasNot: blame},
		{text: "The discount wasn't applied on our side.", hasNot: blame},
		{text: "Nothing was ever submitted on our end.", has: blame},
		{text: "The box wasn't ticked.", has: blame},
	})
}

// What we did, told with the very figure the customer gave right after
// their giving it ("you said size 10, and I wrote down size 10"), lays the
// trouble on their detail; another figure, or a step just taken, does not.
func TestEchoedTheirFigure(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You said size 10 on the phone, and I wrote down size 10.", has: blame},
		{text: "You entered 1990, and we printed 1990.", has: blame},
		{text: "You asked for size 10, and I've sent size 10 now.", hasNot: blame},
		{text: "You said size 10, and I sent size 12.", hasNot: blame},
		{text: "You said size 10, and I'm sorry, I wrote down size 10 without checking the stock.", hasNot: blame},
	})
}

// Over by a measure, the limit left unsaid ("the case was 6 kg over"), is
// over the allowance as "6 kg over the limit" is; what we deliver over its
// time, or a thing "falling over", is not.
func TestOverByAMeasure(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The case was 6 kg over, which is why the desk charged you.", has: blame},
		{text: "Your bag was 3 kg over.", has: blame},
		{text: "The delivery was 2 days over.", hasNot: blame},
		{text: "Our van was 2 tonnes over.", hasNot: blame},
		{text: "The game was over.", hasNot: blame},
	})
}

// A choice made in the passive, by no one named, on the order or at
// checkout, is the customer's choice told back ("extra hot was ticked on
// the order"); chosen automatically or at random, or beside a step of ours,
// it lays nothing.
func TestChosenOnTheOrder(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The coffee was made extra hot because extra hot was ticked on the order.", has: blame},
		{text: "Express was selected at checkout.", has: blame},
		{text: "Standard delivery was chosen at checkout.", has: blame},
		{text: "Your seat was selected automatically at checkout.", hasNot: blame},
		{text: "Standard delivery was chosen at checkout, so I've upgraded it to express for you.", hasNot: blame},
		{text: "The winner was picked at random.", hasNot: blame},
		{text: "The box was ticked no.", has: blame},
		{text: "The opt-out box was ticked.", has: blame},
		{text: "The box was ticked by our agent.", hasNot: blame},
		{text: "The box was ticked, so I've removed the fee.", hasNot: blame},
	})
}

// Setting an alarm, a timer or a thermostat is the customer's act, as
// switching or turning it is: "was the alarm not set?" asks whether they
// slipped. A thing set aside for them, or set up by us, is not.
func TestSettingIsTheirAct(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Was the alarm not set?", has: blame},
		{text: "Let me get that rebooked for you. Was the alarm not set, or did you just miss the train?", has: blame},
		{text: "Was the parcel set aside for you?", hasNot: blame},
		{text: "I've set up your new account.", hasNot: blame},
		{text: "The alarm was set for 7am by our night porter.", hasNot: blame},
	})
}

// The party named before a pause is the one a thing is down to: "down to
// the traveller, not the airline" lays it on the customer's role, as "down
// to the traveller" does; "on us, not the courier" stays ours.
func TestDownToThemBeforeAPause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Arranging insurance is down to the traveller, not the airline.", has: blame},
		{text: "Arranging insurance is down to the traveler.", has: blame},
		{text: "That's on us, not the courier.", hasNot: blame},
		{text: "That's on us, not the courier.", has: owns},
	})
}

// A detail told to be "the old one" kept in the customer's profile or
// account is their old one, as "your old one" is; the old one we held is
// not.
func TestTheOldOneInYourProfile(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The address on the order was the old one saved in your profile.", has: blame},
		{text: "The address on the order was your old one.", has: blame},
		{text: "The address on the order was the old one we had on file.", hasNot: blame},
	})
}

// What the customer, or a thing of theirs, was never going to get or do is
// bound to fail through them, as "always going to be guessed" is; what we
// were never going to manage, or one said with sorry, is not.
func TestNeverGoingToForYou(t *testing.T) {
	checkReadings(t, []reading{
		{text: "So ringing at half ten, you were never going to get one.", has: blame},
		{text: "That was never going to work with your old router.", has: blame},
		{text: "We were never going to make it.", hasNot: blame},
		{text: "It was never going to arrive on time, I'm so sorry.", hasNot: blame},
		{text: "Your parcel was never going to make it in time with our depot closed.", hasNot: blame},
	})
}

// What we offered, declined in the passive by no one named, was the
// customer's to take ("the repair was declined both times"); what they
// asked for and we declined, or an offer answered with a step, is not laid
// on them.
func TestOurOfferDeclined(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The engine light was flagged on your last two visits and the repair was declined both times.", has: blame},
		{text: "The extended warranty was declined at purchase.", has: blame},
		{text: "The claim was declined.", hasNot: blame},
		{text: "Our replacement offer was declined, so I've refunded you instead.", hasNot: blame},
		{text: "I'm sorry the repair was declined without anyone explaining the cost.", hasNot: blame},
	})
}

// Tries counted ("the driver knocked three times", "we made three delivery
// attempts") insist, as "we sent it twice" does, that our side did its
// part; the customer's own tries are not laid on them by this reading.
func TestTriedMoreThanOnce(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The driver knocked three times.", has: blame},
		{text: "The driver made three delivery attempts.", has: blame},
		{text: "We made three attempts to deliver.", has: blame},
		{text: "The courier tried three times.", has: blame},
		{text: "You tried three times.", hasNot: blame},
		{text: "The driver knocked once.", hasNot: blame},
		{text: "I've made an attempt to call the warehouse.", hasNot: blame},
	})
}

// Advice for next time put as a question that asks nothing ("maybe just
// double-check the plug next time?") suggests as the order does; a
// question that asks, or offers, is not advice.
func TestAdviceNextTimeAskedAsAQuestion(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Maybe just double-check the plug is switched on at the wall next time before reporting an outage?", has: blame},
		{text: "Maybe double-check the plug next time?", has: blame},
		{text: "Did you check it last time?", hasNot: blame},
		{text: "Could you send it next time?", hasNot: blame},
		{text: "Shall I book it for next time?", hasNot: blame},
	})
}

// What the customer gave, said to be too much by a measure ("about two
// thousand units too high"), is their input found wrong, as "too blurry"
// is; the measure alone is no fault.
func TestYourInputTooHighByAMeasure(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The meter reading you sent in for March was about two thousand units too high, so the bill just followed it.", has: blame},
		{text: "The reading you sent was 2,000 units too high.", has: blame},
		{text: "The reading you sent was 2,000 units.", hasNot: blame},
	})
}

// A thing said, in the past, to have been the customer's choice lays it on
// them and offers nothing ("that plan was your choice", "which was your
// pick back in January"); "it's your choice" offers one, and our decision
// is ours.
func TestWasYourChoice(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That plan was your choice.", has: blame},
		{text: "That plan was your choice.", hasNot: choice},
		{text: "Early exit charges are part of the Fixed Saver 24 plan, which was your pick back in January.", has: blame},
		{text: "It's your choice.", has: choice},
		{text: "It's your choice.", hasNot: blame},
		{text: "That was our decision, and I'm sorry.", hasNot: blame},
	})
}

// A condition that customers did their part, told in the past before what
// would follow ("if people read the house rules, we'd get half the
// complaints"), says they do not, as "if you'd read the email" does of one
// customer; a condition that only offers ("if people want a refund, they
// can ask") says nothing of the kind.
func TestWouldIfPeopleDid(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Honestly, if people read the house rules before they turned up, we'd get half the complaints we do.", has: blame},
		{text: "If customers had read the terms, they'd have known.", has: blame},
		{text: "If people wanted a refund, they'd ask.", hasNot: blame},
		{text: "If people read the rules, they can book online.", hasNot: blame},
	})
}

// What the customer gave, with a figure set against another after a pause
// ("the measurements you sent had the alcove at 2.4 metres, not 2.14"), is
// their input found wrong.
func TestYourFigureSetAgainstAnother(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The measurements you sent had the alcove at 2.4 metres, not 2.14.", has: blame},
		{text: "The date you chose was the 14th, not the 15th.", has: blame},
		{text: "The measurements you sent had the alcove at 2.4 metres.", hasNot: blame},
	})
}

// A thing that sat uncollected, went unpaid or stayed unopened stayed so
// through the customer's part not done; what went unanswered, or ours that
// went unpaid, is not laid on them.
func TestLeftUndoneByYou(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The glasses sat uncollected for over 90 days, so per policy they were recycled.", has: blame},
		{text: "The invoice went unpaid.", has: blame},
		{text: "The bill was left unpaid.", has: blame},
		{text: "The letter went unanswered.", hasNot: blame},
		{text: "Our invoice went unpaid, sorry, I've paid it now.", hasNot: blame},
	})
}

// Picking is a household act, as choosing is ("your wife picked the
// linen"); picking a parcel up is collecting it, and an act done for the
// customer is a favour, not a fault.
func TestPickedByYourHousehold(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your wife picked the linen, and linen creases; that's just the fabric.", has: blame},
		{text: "The Thursday evening slot was picked on your account, so that's when the driver came.", has: blame},
		{text: "Your husband picked it up for you.", hasNot: blame},
		{text: "Your son picked it up from the depot on Monday.", hasNot: blame},
		{text: "Your neighbour kindly took it in.", hasNot: blame},
	})
}

// What the customer told us, then what it proved to be ("you told us it
// was a two-bed, and there turned out to be four bedrooms' worth"; "you
// said it was a two-bed, but it was actually a four-bed"), lays the
// trouble on what they told us, and is no account of theirs told back;
// "actually" without a turn against what was said proves nothing.
func TestToldUsOtherwise(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You told us it was a two-bed, and there turned out to be four bedrooms' worth of stuff, so the quote had to go up.", has: blame},
		{text: "You said it was a two-bed, but it was actually a four-bed.", has: blame},
		{text: "You said it was urgent, and it actually was.", hasNot: blame},
		{text: "You said the parcel actually arrived damaged.", hasNot: blame},
		{text: "I said it was a two-bed, but it was actually a four-bed, sorry.", hasNot: blame},
	})
}

// Sorting a permit or a booking is the customer's part, as arranging it is:
// "most customers sort the permit before the van arrives" sets others who
// manage it against them.
func TestSortingIsTheirPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Most of our customers sort the parking permit before the van arrives.", has: blame},
		{text: "You didn't sort the permit.", has: blame},
		{text: "We sorted it for you.", hasNot: blame},
	})
}

// Those who do their part knowing what this customer did not ("members who
// read the terms generally know a freeze has to be requested a month
// ahead") sets the others against them, as "people who check the size guide
// don't end up with this problem" does; what such customers get is not.
func TestThoseWhoDidTheirPartKnow(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Members who read the terms generally know a freeze has to be requested a month ahead.", has: blame},
		{text: "People who check the size guide know their size.", has: blame},
		{text: "Customers who book online get a discount.", hasNot: blame},
	})
}
