package scoring

import "testing"

// A reason given through the agent's opinion ("because I think", "as I
// suspect", "since I'd guess") is still the reason: what follows the frame
// is read as it would be after "because" alone, so a lapse of the
// customer's given as the cause is blame.
func TestReasonThroughAnOpinionIsStillTheReason(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The payment bounced because I think you didn't have the funds.", []MarkerKind{MarkBlame}},
		{"The payment bounced, as I suspect you didn't have the funds.", []MarkerKind{MarkBlame}},
		{"The payment bounced, as I'd guess you didn't have the funds.", []MarkerKind{MarkBlame}},
		{"It failed because, I suspect, you didn't have the funds.", []MarkerKind{MarkBlame}},
		// a reason of ours, given through the frame, blames no one
		{"Because I think you deserve better, I've refunded the fee.", []MarkerKind{MarkConcreteAction}},
	})
	az, c := clauseOf(t, "The payment bounced since I reckon you didn't have the funds.", "funds")
	if !c.causal {
		t.Errorf("%q: not read as a reason", spanText(az, c))
	}
}

// "Nothing to do with" denies a link: said of us ("we had nothing to do
// with it") it disowns the trouble, which is blame; said of a thing ("the
// weather had nothing to do with it") it says no one failed to act, so it
// neither blames a party nor cancels the agent's own admission after it.
func TestNothingToDoWithDeniesALinkNotAnAct(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"We had nothing to do with the delay.", []MarkerKind{MarkBlame}},
		{"Honestly, we had nothing to do with that.", []MarkerKind{MarkBlame}},
		{"We didn't have anything to do with it.", []MarkerKind{MarkBlame}},
		{"Our team had nothing to do with the delay.", []MarkerKind{MarkBlame}},
		{"We'll have nothing to do with it.", nil},
		{"We have nothing to do today.", nil},
		{"Your router has nothing to do with it.", nil},
		{"The weather had nothing to do with it, we just forgot to load your bike on the van, sorry.", []MarkerKind{MarkOwnsMistake, MarkApology}},
	})
}

// A step whose object is "nothing" was not taken: "we've done nothing",
// "I've refunded nothing so far" are no concrete action.
func TestNothingAsTheObjectDeniesTheStep(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We've done nothing about it yet.", hasNot: step},
		{text: "I've refunded nothing so far.", hasNot: step},
		{text: "We've changed nothing on your account.", hasNot: step},
		{text: "We've changed the address on your account.", has: step},
	})
}

// Going, or sending a thing, to the wrong place is the customer's slip as
// choosing the wrong option is: the preposition between the verb and
// "the wrong" does not hide it. Ours is owned, and the right place blames
// no one.
func TestWrongPlaceIsTheirSlip(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"You turned up at the wrong terminal.", []MarkerKind{MarkBlame}},
		{"You've gone to the wrong gate.", []MarkerKind{MarkBlame}},
		{"You posted it to the wrong warehouse.", []MarkerKind{MarkBlame}},
		{"You've come to the wrong entrance; the East Stand turnstiles are round the back.", []MarkerKind{MarkBlame}},
		{"We went to the wrong address.", []MarkerKind{MarkOwnsMistake}},
		{"You went to the right branch.", nil},
	})
}

// A person of the customer's household with "has" run on ("your kid's
// pressed it") is read as the same person said in full.
func TestHouseholdWithHasRunOn(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Your kid's pressed the reset button.", []MarkerKind{MarkBlame}},
		{"Your kid has pressed the reset button.", []MarkerKind{MarkBlame}},
	})
}

// What we were handed ("the gate code we were given", "the details I was
// provided") came from the customer's side: said to be wrong, it is their
// input gone wrong, not our mistake. What we sent is still ours.
func TestWhatWeWereGivenIsTheirInput(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The gate code we were given was wrong.", []MarkerKind{MarkBlame}},
		{"The details I was provided were wrong.", []MarkerKind{MarkBlame}},
		{"The code we sent was wrong.", []MarkerKind{MarkOwnsMistake}},
	})
}

// A choice made by someone of the customer's household is theirs as the
// customer's own would be; collecting a parcel for them is no choice.
func TestHouseholdChoices(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your husband chose the standard delivery option.", has: blame},
		{text: "Your daughter selected collection from the depot.", has: blame},
		{text: "Your son picked it up from the depot on Monday.", hasNot: blame},
	})
}

// Lateness with the act it held up ("you were late sending the form") is
// the customer's lateness as "you sent it late" is, where "the late
// booking fee" names a thing; a third party "slow to" act did it late.
func TestLateDoingAndSlowToAct(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You were late sending the form.", has: blame},
		{text: "You were late returning it.", has: blame},
		{text: "You paid the late booking fee.", hasNot: blame},
		{text: "The council has been slow to respond.", has: blame},
		{text: "The landlord has been slow to repair the lift.", has: blame},
		{text: "We were slow to respond, I'm sorry.", hasNot: blame},
	})
}

// A reason set after an aside in commas ("because, to be honest, | you
// didn't let us know") is the reason still; reading the record as we speak
// ("I'm just reading it off the screen here") is no step of ours that
// would turn the sentence into one that fixes rather than blames.
func TestReasonAfterAnAsideAndReadingIsNoStep(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"It got blocked because, to be honest, you didn't let us know you'd be abroad.", []MarkerKind{MarkBlame}},
		{"It got blocked because, looking at the notes, you didn't let us know.", []MarkerKind{MarkBlame}},
		{"The card got blocked because, and I'm just reading it off the screen here, you didn't let us know you'd be abroad.", []MarkerKind{MarkBlame}},
		{"I'm refunding it now because you didn't get it.", []MarkerKind{MarkConcreteAction}},
	})
}

// "Why wasn't anyone home?" reproaches whoever should have been there, as
// "why weren't you in?" does; asked of our own people ("why didn't anyone
// from our team call you back?") it reproaches us, and blames no customer.
func TestWhyWasntAnyoneThere(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Why wasn't anyone home to sign for it?", has: blame},
		{text: "Why didn't anyone answer the door?", has: blame},
		{text: "Why didn't anyone from our team call you back? I'm so sorry.", hasNot: blame},
		{text: "Did anyone call you?", hasNot: blame},
	})
}

// Someone of the customer's household tampering with a thing ("your son
// has been fiddling with the thermostat", "your dog chewed through the
// cable") did it, as one who reset or cancelled it did.
func TestHouseholdTampering(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Your son has been fiddling with the thermostat.", []MarkerKind{MarkBlame}},
		{"Your dog chewed through the cable.", []MarkerKind{MarkBlame}},
	})
}

// "You said medium" tells what the customer chose, not their account of
// what happened: the recap reading that keeps an account from blaming
// does not hide "medium's what we sent" after it. "You said the driver
// left it outside" is an account still.
func TestSaidAChoiceIsNoRecap(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You said medium when you ordered, and medium's what we sent.", has: blame},
		{text: "You said Tuesday, and Tuesday is what we booked.", has: blame},
		{text: "You said the driver left it outside, so I've raised it with the courier.", hasNot: blame},
	})
}

// "bc" is typed for "because" as "cos" is, "urself" for "yourself" and
// "thru" for "through": a reason, a slip of their own and a completed step
// read the same however they are typed.
func TestMoreTypedForms(t *testing.T) {
	checkReadings(t, []reading{
		{text: "it bounced bc u didnt have the funds", has: blame},
		{text: "u cancelled it urself", has: blame},
		{text: "np, refund's gone thru, shd show by fri", has: step},
	})
}

// "Wouldn't" with a verb of letting or accepting, said of anyone but us in
// a sentence with no "if", tells a refusal as "didn't" does ("your
// landlord wouldn't let us in"); letting the engineer in is the
// customer's part as answering the door is.
func TestWouldntTellsARefusal(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your landlord wouldn't let us in.", has: blame},
		{text: "Your bank wouldn't accept the transfer.", has: blame},
		{text: "You didn't let the engineer in.", has: blame},
		{text: "They wouldn't let us in if you weren't there.", hasNot: blame},
		{text: "We wouldn't let that happen again.", hasNot: blame},
		{text: "You let us know on Monday.", hasNot: blame},
	})
}

// Missing a delivery, a collection, boarding or a cut-off is missing what
// was the customer's to keep, as missing a slot is; said with sorrow it
// stays sympathy.
func TestMissedDeliveryOrBoarding(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You missed the delivery twice.", has: blame},
		{text: "You missed boarding, sir.", has: blame},
		{text: "You missed the cut-off.", has: blame},
		{text: "I'm so sorry you missed the delivery, the driver came early.", hasNot: blame},
	})
}

// "After the 30 days" names the allowance as "after the deadline" does:
// "the" says the days are the known limit. "After 3 days" only says how
// long something took.
func TestAfterTheDaysIsPastTheLimit(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The return arrived after the 30 days.", has: blame},
		{text: "The claim came in after the 14 days.", has: blame},
		{text: "It arrived after 3 days.", hasNot: blame},
		{text: "The refund will arrive after the 5 days.", hasNot: blame},
	})
}

// A period that allows something ("the 28-day period", "the return
// period", "the cooling-off period") is a limit as a window is; a season
// ("the holiday period") is none.
func TestPeriodOfAllowanceIsALimit(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The claim was made outside the 28-day period.", has: blame},
		{text: "You cancelled after the cooling-off period.", has: blame},
		{text: "You've had the item for 40 days and the return period is 30.", has: blame},
		{text: "The parcel arrived after the holiday period.", hasNot: blame},
	})
}

// The customer's case set against others, in more of its forms: "the rest
// of the group", others "on time", others counted by a number with no
// trouble, and no one else's complaint heard ("we've had no other
// complaints"). What is said of this customer, or of things ("the rest of
// the folders"), sets nobody against them.
func TestMoreComparisonsWithOthers(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Everyone else on the flight made it to the gate on time.", has: blame},
		{text: "The same update went out to two million users without a problem.", has: blame},
		{text: "The rest of the group got the email fine.", has: blame},
		{text: "We've had no other complaints.", has: blame},
		{text: "We haven't had a single complaint about it.", has: blame},
		{text: "We've had no complaints from you before.", hasNot: blame},
		{text: "You'll have the rest of the folders back by tomorrow lunchtime.", hasNot: blame},
		{text: "Two thousand customers received the refund.", hasNot: blame},
	})
}

// "Had expired" is the past perfect of "expire", which sets the expiry
// before another event ("the voucher had expired before you tried to use
// it"), where "has expired" says how things stand, as "is expired" does.
func TestHadExpiredIsAVerb(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "The voucher had expired before you tried to use it.", word: "voucher", actor: actThing, aspect: aspDone, lemma: "expire"},
	})
	checkReadings(t, []reading{
		{text: "The voucher had expired before you tried to use it.", has: blame},
		{text: "Your card has expired.", hasNot: blame},
	})
}

// A remedy we cannot give ("so we can't take it back", "so I can't refund
// it") is what a cause brought on the customer, as "so the return was
// refused" is; a clause that only says how hard things are for them ("I
// understand this is stressful, but ...") is sympathy, and no cause of it.
func TestRemedyRefusedFollowsACause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The seal has been broken, so we can't accept the return.", has: blame},
		{text: "the seal's been broken, so we can't take it back", has: blame},
		{text: "As it's a sale item, we can't exchange it.", hasNot: blame},
	})
	text := "I do understand this is stressful with your flight in the morning, but the shuttle times are listed on the confirmation email, so I can't refund the parking."
	for _, m := range Analyze(text).Markers {
		if m.Kind == MarkBlame && m.Text == "this is stressful with your flight in the morning" {
			t.Errorf("%q: the sympathy is read as blame", text)
		}
	}
}

// A part of the customer's own done in the wrong place ("you put it on the
// wrong setting", "you paid into the wrong account") is a wrong choice, as
// "you chose the wrong one" is; a lad or a hubby is of their household.
func TestWrongPlaceForTheirPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You put it on the wrong setting.", has: blame},
		{text: "You paid into the wrong account.", has: blame},
		{text: "Your lad changed the password.", has: blame},
		{text: "You've been on the wrong tariff for a year.", hasNot: blame},
		{text: "I'm sorry your lad missed his party.", hasNot: blame},
	})
}

// Harm told with its verb, "from" what did it ("the screen's cracked from a
// drop", "that crack comes from a drop"), lays it elsewhere as "the damage
// is from a drop" does; "from the start", "from new" and "from the way we
// packed it" say since when, or that it was ours.
func TestDamagedFromSomethingNotOurs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The screen's cracked from a drop.", has: blame},
		{text: "That crack comes from a drop.", has: blame},
		{text: "The mug broke from the heat of the dishwasher.", has: blame},
		{text: "The parcel was damaged from the way we packed it.", hasNot: blame},
		{text: "The screen was cracked from the start, I'm so sorry.", hasNot: blame},
		{text: "It came cracked from new.", hasNot: blame},
	})
}

// "Gone through" with nothing after it, or a time, is a step done ("your
// refund has gone through"); through a thing ("it's been through the wash",
// "coming through the ceiling") it passed through something, and no step is
// done.
func TestThroughAThingIsNoStep(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your refund has gone through.", has: step},
		{text: "The refund went through this morning.", has: step},
		{text: "It's been through the wash.", hasNot: step},
		{text: "The label says dry clean only, and this has clearly been through a washing machine.", hasNot: step},
	})
}

// "You weren't in when we called" tells the customer away when we came,
// as "nobody was in" does; "you weren't in a position to know" and "you
// weren't there when it was left" tell no absence of theirs.
func TestYouWerentIn(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You weren't in when we called.", has: blame},
		{text: "You weren't home when the driver came.", has: blame},
		{text: "You weren't available when the engineer called.", has: blame},
		{text: "You weren't in a position to know that.", hasNot: blame},
		{text: "I know you weren't there when it was left.", hasNot: blame},
	})
}

// The trouble named before the side it sits on ("it's a glitch on Apple's
// side", "it's a fault on the network's end") puts it there, as "the fault
// is on the bank's side" does; on our side it is owned.
func TestTroubleNamedThenItsSide(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"It's a glitch on Apple's side.", []MarkerKind{MarkBlame}},
		{"It's a fault on the network's end.", []MarkerKind{MarkBlame}},
		{"It's a problem on our side, I'm sorry.", []MarkerKind{MarkOwnsMistake, MarkApology}},
	})
}

// Upkeep undone for a span told with it ("the boiler hadn't been serviced
// in three years", "the filter hasn't been cleaned for months") is the
// owner's neglect, with or without a trouble said beside it; "not
// serviced yet", with our visit booked, is none.
func TestUpkeepLongUndone(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The boiler hadn't been serviced in three years.", has: blame},
		{text: "Our engineer's report notes the boiler hadn't been serviced in three years.", has: blame},
		{text: "The filter hasn't been cleaned for months.", has: blame},
		{text: "The boiler hasn't been serviced yet, but our engineer is booked for Friday.", hasNot: blame},
	})
}

// A wrong choice still being made ("you've been using the wrong password",
// "you're using the wrong password"), or made with the wrong thing ("you
// paid with the wrong card", "you logged in with the wrong account"), is
// theirs as one made once is; ours, still being made, is owned and no step.
func TestWrongChoiceOngoingOrWithTheWrongThing(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You've been using the wrong password.", has: blame},
		{text: "You're using the wrong password.", has: blame},
		{text: "You paid with the wrong card.", has: blame},
		{text: "You've been logging in with the wrong account.", has: blame},
		{text: "You logged in this morning.", hasNot: blame},
		{text: "We've been sending it to the wrong address, I'm sorry.", has: owns, hasNot: step},
		{text: "I'm sending it to the correct address now.", has: step, hasNot: owns},
	})
}

// Harm that came about after the thing left our keeping ("the damage
// happened after it left us", "that happened once it was in your hands")
// went wrong in someone else's hands, as after "we handed it over".
func TestHappenedAfterItLeftUs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The damage happened after it left us.", has: blame},
		{text: "That happened once it was in your hands.", has: blame},
		{text: "Your parcel went missing after we handed it over.", has: blame},
		{text: "It happened after we left.", hasNot: blame},
	})
}

// "By" before a name ("signed for by "Smith" at 10:02", "by J. Morris")
// names who did it, so a time told after it is history, where "by Friday"
// still sets a time ahead.
func TestByANameIsNoDeadline(t *testing.T) {
	checkReadings(t, []reading{
		{text: `The item was marked as delivered and signed for by "Smith" at 10:02.`, hasNot: timeC},
		{text: "It was signed for by J. Morris at 10:02.", hasNot: timeC},
		{text: "We will deliver it by Friday at 10am.", has: timeC},
	})
}

// A time of day with its half named ("10pm", "11:30pm") is read as a clock
// time, as "22:00" is, so an act of theirs after a closing time told so is
// past it; one before it is not.
func TestClockTimesWithTheirHalfOfTheDay(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Check-in closed at 10pm and you arrived at 11:30pm.", has: blame},
		{text: "Check-in closed at 22:00 and you arrived at 23:30.", has: blame},
		{text: "Check-in closed at 10pm and you arrived at 9:30pm.", hasNot: blame},
	})
}
