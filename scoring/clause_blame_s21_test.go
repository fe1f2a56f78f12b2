package scoring

import "testing"

// A rule stated in the sentence names the customer's part, so "you didn't"
// after it is that part skipped, whatever the verb; a part not done yet is
// still theirs to do, and what they did not get is no part.
func TestSkippedAfterARule(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Gym policy is clear that memberships must be frozen in advance, and you didn't ask.", has: blame},
		{text: "The vaccination card has to come in with the dog, and yours didn't, so he can't stay tonight.", has: blame},
		{text: "Bookings must be changed online, and you didn't log in before the cut-off.", has: blame},
		{text: "Policy is one free reschedule per booking, and you haven't used yours yet, so let's pick a new date.", hasNot: blame},
		{text: "Refunds must be sent within five days, and you didn't receive yours.", hasNot: blame},
		{text: "You didn't ask for a callback, so I'll email you instead.", hasNot: blame},
	})
}

// A thing "out of order" or "out of service" cannot be used, as one "out
// of date" cannot: the customer's own, so put, is the trouble.
func TestOutOfServiceIsATrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The lift in your block was out of service, so the driver couldn't get the sofa up.", has: blame},
		{text: "The lift in your block was out of order, so the driver couldn't get the sofa up.", has: blame},
		{text: "The lift in your block was in service, so the driver took the sofa up.", hasNot: blame},
	})
}

// An act of the customer's side or of another party, then a result in
// which we could not do the job, had to do it again, or were stuck, lays
// the hold-up on the act. A state names no act, what we deliver is ours,
// and a sentence that apologises or helps tells the reason for the help.
func TestTheirActHeldUsUp(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your landlord changed the gate code, so we were never going to get in.", has: blame},
		{text: "The gas was left off at the meter so I couldn't do the service.", has: blame},
		{text: "You switched the router off overnight, so we had to run the test again.", has: blame},
		{text: "Early-bird was the no-refund option and that's the one you went for, so I can't waive the transfer charge.", has: blame},
		{text: "The clinic was full on Monday, so we couldn't book you in.", hasNot: blame},
		{text: "Your order wasn't dispatched, so I can't give you a tracking number.", hasNot: blame},
		{text: "The item was out of stock, so we couldn't send it.", hasNot: blame},
		{text: "I'm sorry, the gate was locked, so we couldn't get in.", hasNot: blame},
		{text: "You asked us to hold it, so we had to rebook you for Friday.", hasNot: blame},
	})
}

// A question whether a thing was done with a different, an old or the
// wrong one, or the right one, asks whether what they gave was wrong: it
// puts the cause on their side. Our own step asked so is not.
func TestAskedWhetherDoneWithTheWrongOne(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Was the booking made under a different name, maybe your partner's?", has: blame},
		{text: "Was the reading taken from the right meter? It looks like the day and night figures were swapped.", has: blame},
		{text: "Was the form filled in with the wrong date of birth?", has: blame},
		{text: "Was the parcel sent to the old address?", hasNot: blame},
		{text: "Was the booking made for two nights?", hasNot: blame},
	})
}

// A party by its name that did not do something, told as fact, is blamed
// as "the courier didn't" is, however the name was read; a thing with no
// name that did not happen is no party's lapse.
func TestNamedPartyDidNotDoIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Royal Mail didn't deliver it.", has: blame},
		{text: "Royal Mail never delivered it.", has: blame},
		{text: "The Royal Mail never delivered it.", has: blame},
		{text: "The update didn't install.", hasNot: blame},
	})
}

// Time we lost is a trouble met, not a mistake owned, so it neither owns
// one nor takes the blame off the party that cost it; a thing we lost is
// owned.
func TestLostTimeIsNoMistake(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We lost a whole morning waiting for the permit.", hasNot: owns},
		{text: "We lost two days on the job.", hasNot: owns},
		{text: "Hire company never delivered the digger so we lost the day.", has: blame, hasNot: owns},
		{text: "We lost your parcel on Monday.", has: owns},
	})
}

// "That one" is a demonstrative and its noun, so "doesn't" after it opens
// the verb group; and where a fault does not rest ("doesn't sit with us")
// is "not our responsibility". "It sits with us" owns it instead.
func TestDoesNotSitWithUs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That one doesn't sit with us.", has: blame},
		{text: "I'm afraid that one doesn't sit with us - the data loss happened on your self-hosted instance.", has: blame},
		{text: "The responsibility doesn't lie with our team.", has: blame},
		{text: "That one sits with us, and I'll sort it today.", hasNot: blame},
	})
}

// An irregular past of a verb that goes wrong, past the clause's own verb
// ("an update that broke the add-in"), tells the trouble an outside act
// brought; one of a verb that only may tell of a failure ("as I said",
// "plenty of life left") does not.
func TestIrregularTroubleInARelative(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Microsoft pushed an update overnight that broke the Outlook add-in for loads of users.", has: blame},
		{text: "The council sent a crew round that froze the water main for a day.", has: blame},
		{text: "The courier delivered it exactly as I said he would.", hasNot: blame},
		{text: "Your chain's measuring 0.5 on the checker, so there's plenty of life left.", hasNot: blame},
	})
}

// A fault denied of everyone ("nobody's fault", "no one's doing") takes it
// off the company as "not our fault" does; beside a step of ours it only
// reassures, and "but ours" owns it.
func TestNobodysFault(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We had a hard frost on Tuesday and grout just won't cure in that, it's nobody's doing.", has: blame},
		{text: "Honestly the storm was no one's fault.", has: blame},
		{text: "That's nobody's fault, and I'll sort it now.", hasNot: blame},
		{text: "It's nobody's fault but ours.", hasNot: blame},
	})
}

// A step the phrase tables find in a clause that is denied ("nothing we've
// done", "not something we have done") was not taken.
func TestDeniedStepIsNoStep(t *testing.T) {
	checkReadings(t, []reading{
		{text: "There's nothing we've done to fix it yet.", hasNot: step},
		{text: "That's not something we have done.", hasNot: step},
		{text: "We've done the refund, it's on its way.", has: step},
	})
}

// "Nothing we've done" denies our doing as "nothing I did" does; "there's
// nothing we've done" says we have not acted, and denies nothing.
func TestNothingWeHaveDone(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It's nothing we've done, sir, the price cap went up in October across the whole industry.", has: blame},
		{text: "That's not something we have done.", has: blame},
		{text: "There's nothing we've done to fix it yet.", hasNot: blame},
	})
}

// "Nothing's" after a comma opens a clause of its own, as "nothing has"
// does, so "nothing's gone wrong on our side" denies our part instead of
// running on into the clause before and owning a mistake.
func TestNothingsAfterACommaOpensAClause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The courier lost the replacement key fob in transit, nothing's gone wrong on our side.", has: blame, hasNot: owns},
		{text: "The courier lost the key; nothing's gone wrong on our side.", has: blame, hasNot: owns},
	})
}

// "We never got a reply" tells what did not reach us, no part of ours left
// undone, so it does not take the blame off what the customer was told;
// "we never sent it" still does.
func TestWhatNeverReachedUsIsNoPartOfOurs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The text did say, um, reply STOP to cancel, and we never got a reply, so the subscription just carried on.", has: blame},
		{text: "The text did say reply STOP to cancel, and we never sent it, so that's on us.", hasNot: blame},
	})
}

// "Dropped off" hands a thing over, wherever it stands in the clause, so
// it owns no mistake, as "dropped" alone does; and with no ownership in
// the sentence, what the breakages come down to is put on the customer.
func TestDropOffIsNoDrop(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We dropped off the parcel at 3pm.", hasNot: owns},
		{text: "The packing kit we dropped off came with a guide showing exactly how to wrap glassware, so the breakages really come down to how they were wrapped.", has: blame, hasNot: owns},
		{text: "We dropped your parcel.", has: owns},
	})
}

// A time told with a past act is past, whatever the verb: a verb that can
// set a new time ("pushed", "changed") sets one only with a word that
// points ahead, which the past reading already spares.
func TestPastTimeOfAVerbThatCanReschedule(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Microsoft pushed an update overnight.", hasNot: timeC},
		{text: "The Home Office changed the certification rules overnight.", hasNot: timeC},
		{text: "I've moved your delivery to Friday.", has: timeC},
	})
}

// The trouble named as another party with no article before it ("is just
// Friday-night traffic", "is roadworks") is put on them as "is the courier"
// is; our own people are not, nor a state.
func TestTroubleIsABareParty(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Mate, the buffering is just Friday-night traffic on your street's cable line.", has: blame},
		{text: "The delay is roadworks on the A1.", has: blame},
		{text: "The delay is just our driver.", hasNot: blame},
		{text: "The delay is normal.", hasNot: blame},
	})
}

// A rule's time and the customer's act timed beside it: an ordinal date
// ("on the 2nd") is a number, "expired" a word of a timed rule, and what
// they placed ("the order went in", "the booking was made") their act; our
// own step reported on it is not.
func TestTimedAgainstARuleByDate(t *testing.T) {
	checkReadings(t, []reading{
		{text: "lol ok so the thing is the promo code expired on the 31st and the order went in on the 2nd", has: blame},
		{text: "You gave notice on the 3rd, which is short of the two months the contract requires, so rent runs through to the 3rd of June.", has: blame},
		{text: "The code expired on the 31st, and you ordered on the 2nd.", has: blame},
		{text: "Thanks for bearing with me, the booking has been moved to the 18th and the new confirmation is on its way.", hasNot: blame},
		{text: "The booking was confirmed on the 2nd and the fee was waived.", hasNot: blame},
	})
}

// "As it would for anyone", with no feeling in it, says how a thing goes
// for all, and validates no feeling; "that would be frustrating for
// anyone" and "that would scare anyone" do.
func TestForAnyoneWithoutAFeeling(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It went out on the next cycle, as it would for anyone.", hasNot: validate},
		{text: "That would be frustrating for anyone.", has: validate},
		{text: "That would scare anyone.", has: validate},
	})
}

// "When you choose it" tells the moment they chose, not a choice offered.
func TestWhenYouChooseIsNoChoice(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The seat you picked gets moved if the plane's changed, it says so when you choose it.", hasNot: choice},
		{text: "You can choose a refund or a replacement.", has: choice},
	})
}

// A guess at what they are doing now, with the wrong, old or a different
// one ("you must be using the old link"), puts the cause on them as "you
// must have" does; a guess at a feeling does not.
func TestYouMustBeUsingTheWrongOne(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The portal's fine. You must be using the old link.", has: blame},
		{text: "You must be looking at the wrong email.", has: blame},
		{text: "You must be wondering what happened.", hasNot: blame},
		{text: "You must be tired of waiting.", hasNot: blame},
	})
}

// "User error", said alone or after be, names the one who used the thing
// as the one who erred; "human error on our side" does not.
func TestUserError(t *testing.T) {
	checkReadings(t, []reading{
		{text: "User error, tbh.", has: blame},
		{text: "That was operator error, I'm afraid.", has: blame},
		{text: "Human error on our side, I'm sorry.", hasNot: blame},
		{text: "Our driver made an error.", hasNot: blame},
	})
}

// "It's this, not that": a cause named by be, then set against what the
// customer blames, puts the trouble on the cause; one of ours is owned,
// and "not the red one" only tells two things apart.
func TestItsThisNotThat(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Extension bonds always slip in a heatwave like this, I'm afraid it's the temperature, not the fitting.", has: blame},
		{text: "Honestly, it's the booking app, not the studio; it glitches all the time.", has: blame},
		{text: "It's our courier, not the shop.", hasNot: blame},
		{text: "It's the blue cable, not the red one.", hasNot: blame},
		{text: "It's a refund, not a credit.", hasNot: blame},
	})
}

// A detail the customer gave, named by their own relative clause, said to
// be another one than it should ("belongs to a completely different
// policy"), puts the wrong input on them; a detail we sent does not.
func TestYourInputIsAnotherOne(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Mate the claim reference you've been quoting belongs to a completely different policy, so no wonder nobody could find it.", has: blame},
		{text: "The code we sent you belongs to a different promotion.", hasNot: blame},
		{text: "The reference you gave us matches your booking.", hasNot: blame},
	})
}

// A detail they gave, off by so much ("one digit off", "a digit out"), is
// wrong, and a trouble it explains is put on them; a detail with nothing
// off is no cause.
func TestDetailOffByADigit(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The postcode on the order was one digit off, which is why the van ended up in Harrow.", has: blame},
		{text: "The postcode on the label was a digit out, so the parcel went to the wrong depot.", has: blame},
		{text: "The postcode on the order was right, which is why the van found you.", hasNot: blame},
	})
}
