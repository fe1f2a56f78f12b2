package scoring

import "testing"

// A verb whose past is spelt as its base ("cut", "put", "set", "hit", "let")
// opens a second predicate after "and" when its object or particle follows,
// and takes its tense from the verb it is joined to: "the council dug up the
// road and cut the line" tells two acts of the council, "I've checked the
// account and set up a plan" a step of ours. After "gone and" the act is a
// blunder, no step done for anyone.
func TestSamePastVerbAfterAnd(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The council dug up the road and cut the line.", has: blame},
		{text: "Your son was playing with the remote and hit the purchase button.", has: blame},
		{text: "I've checked the account and set up a new payment plan for you.", has: step},
		{text: "I've checked the account and set up a new payment plan for you.", hasNot: blame},
		{text: "Your builder's gone and put a screw straight through the cable, that's what's tripping it.", hasNot: step},
		{text: "Your builder's gone and put a screw straight through the cable, that's what's tripping it.", has: blame},
	})
}

// "Let them know" tells someone, where "let you down" fails them: "I've
// booked the plumber and let your landlord know" owns no mistake.
func TestLetThemKnowIsNoFailure(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I've booked the plumber for Thursday and let your landlord know.", hasNot: owns},
		{text: "I've let the building manager know.", hasNot: owns},
		{text: "We let you down there, and I'm sorry.", has: owns},
		{text: "We really let you down.", has: owns},
	})
}

// "That way" or "like that" after a passive tells how a thing is arranged,
// no step done: "it's just set up that way"; a step told with its object
// stays one.
func TestArrangedThatWayIsNoStep(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It's just set up that way, I'm afraid.", hasNot: step},
		{text: "It's been arranged like that since 2019.", hasNot: step},
		{text: "Your new direct debit has been set up.", has: step},
		{text: "The replacement has been arranged for Friday.", has: step},
	})
}

// "Not something we control" disowns the cause with the negation contracted
// too: "the heavy snow isn't something we can control", "refunds aren't
// something I control"; what we can control disowns nothing.
func TestContractedNotSomethingWeControl(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The heavy snow isn't something we can control.", has: blame},
		{text: "The heavy snow up north isn't something any of us can control.", has: blame},
		{text: "The road closure wasn't something we control.", has: blame},
		{text: "The delivery slot is something we can control, so I've moved it.", hasNot: blame},
	})
}

// A matter handed to another party "for them to" answer or sort out is
// down to them, as "one for the bank to answer" is, and so is "a question
// for the airline"; what is for the customer to decide or use hands a
// choice or a gift, and one of ours lays nothing on anyone.
func TestForThemToAnswer(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That one's really for them to answer.", has: blame},
		{text: "That's for the courier to sort out.", has: blame},
		{text: "That's a question for the airline.", has: blame},
		{text: "That's for you to decide.", hasNot: blame},
		{text: "This voucher is for you to use on your next order.", hasNot: blame},
		{text: "That's a question I can answer.", hasNot: blame},
		{text: "That's one for the engineer to look at.", hasNot: blame},
	})
}

// A subject whose head comes "from" another party is that party's work: "an
// update from Apple broke the app" lays it on Apple, as "Apple's update"
// does; what comes from our warehouse is ours, and a gerund's phrase ("away
// from the kids") names no origin.
func TestWorkFromAnotherParty(t *testing.T) {
	checkReadings(t, []reading{
		{text: "An update from Apple broke the app.", has: blame},
		{text: "A software update from the phone maker wiped the bookings.", has: blame},
		{text: "The update from our team wiped the bookings.", hasNot: blame},
		{text: "Keeping the parental PIN away from the kids is on the account holder.", has: blame},
	})
}

// A brand written with a capital inside ("PracticeHub", "GreenCycle") is a
// name as "Evri" is; an acronym ("IdP", "MFA") is not.
func TestBrandNamesWithACapitalInside(t *testing.T) {
	checkReadings(t, []reading{
		{text: "A software update from PracticeHub wiped the morning's bookings overnight.", has: blame},
		{text: "GreenCycle missed your bin on Tuesday.", has: blame},
	})
	az := new(analyzer)
	az.readPhrases("Our IdP rejected the login, and MFA was off.")
	names := map[string]bool{}
	for j := range az.tok.toks {
		names[az.tok.text[az.tok.toks[j].start:az.tok.toks[j].end]] = az.titleCaseName(j)
	}
	if names["IdP"] || names["MFA"] || !names["Our"] {
		t.Errorf("names read: %v; want \"Our\" written as a name, \"IdP\" and \"MFA\" not", names)
	}
}

// A thing said to be "for the policyholder to declare" leaves the
// customer's part to their role, as "the policyholder's duty" does; a
// benefit "for the account holder to use" or a choice "for the customer to
// choose" lays nothing on them.
func TestLeftForTheHolderToDo(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Modifications to a vehicle are for the policyholder to declare.", has: blame},
		{text: "That's really for the cardholder to report.", has: blame},
		{text: "Checking the dates is for the account holder to do.", has: blame},
		{text: "This discount is for the account holder to use.", hasNot: blame},
		{text: "The colour is for the customer to choose.", hasNot: blame},
		{text: "Modifications are not for the policyholder to declare.", hasNot: blame},
	})
}

// An address or label the customer gave that was missing a part came short
// from them, as a form missing a signature did; one of ours missing it is
// our slip, and an address missing from our system was lost by us.
func TestAddressMissingAPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The address on the order was missing a postcode, so the parcel went back to the sender.", has: blame},
		{text: "Your address was missing the postcode.", has: blame},
		{text: "Our label was missing the flat number.", hasNot: blame},
		{text: "Your address was missing from our system.", hasNot: blame},
	})
}

// A noun with the "-ing" form of a verb of going wrong after it names the
// trouble ("the Wi-Fi dropping", "the app crashing"), as "the outage" does,
// so "the Wi-Fi dropping is an Openreach fault" puts it on Openreach.
func TestGoingWrongNamesTheTrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The Wi-Fi dropping is an Openreach fault.", has: blame},
		{text: "The app crashing is an Apple fault.", has: blame},
		{text: "The app crashing is our fault.", hasNot: blame},
		{text: "The app crashing is our fault.", has: owns},
	})
}

// "Being" with a finite verb after it, and no pause between, belongs to
// the subject: "the water being off | was down to Thames Water" has "was"
// as its verb; "the parcel being late, we've refunded the postage" is a
// frame, and "your refund is being processed" a verb group.
func TestBeingInsideTheSubject(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The water being off this morning was down to Thames Water.", has: blame},
		{text: "The heating being off was down to the storm.", has: blame},
		{text: "The parcel being late, we've refunded the postage.", hasNot: blame},
		{text: "Your refund is being processed now.", has: step},
	})
}

// A warning told as ignored or overlooked, with no one named, was left
// unheeded by the one it warned: "the warning on the dash was ignored for
// six hundred miles"; emails of theirs we ignored are ours, and a warning
// ignored by our staff is ours.
func TestWarningIgnored(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The warning on the dash was ignored for six hundred miles.", has: blame},
		{text: "The reminders were overlooked, so the plan lapsed.", has: blame},
		{text: "Your emails were ignored, and I'm sorry.", hasNot: blame},
		{text: "The warning was ignored by our staff.", hasNot: blame},
		{text: "The warning wasn't ignored.", hasNot: blame},
	})
}

// "Nobody" or "no one" with a part of the customer's ("nobody cancelled the
// trial", "no one returned the form") tells that part left undone, as
// "nobody answered the door" does; calling, ringing and turning up are as
// often ours ("nobody rang"), and what was not sent to the customer was
// ours to send. "No one" is read as "nobody" is.
func TestNobodyDidTheirPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The free trial ended on the 4th and nobody cancelled it.", has: blame},
		{text: "No one returned the form.", has: blame},
		{text: "Nobody sent the meter reading.", has: blame},
		{text: "You were promised a call back and nobody rang.", hasNot: blame},
		{text: "You took the afternoon off and nobody turned up.", hasNot: blame},
		{text: "Nobody sent you the link, and I'm sorry.", hasNot: blame},
		{text: "No one on our side touched your files.", hasNot: blame},
		{text: "Nobody sent the engineer.", hasNot: blame},
	})
}

// The customer's paperwork or payment that "didn't reach us until" a time,
// or "wasn't made until" one, came late: denied with "until", the arrival
// is told late, not denied. A refund of ours late to them, or our letter,
// is no part of theirs.
func TestPaperworkNotTillLate(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your reading didn't reach us until the 9th.", has: blame},
		{text: "The claim wasn't made until March.", has: blame},
		{text: "Your form didn't arrive till the 20th.", has: blame},
		{text: "Your refund didn't reach you until the 9th, and I'm sorry.", hasNot: blame},
		{text: "Our letter didn't reach you until the 9th.", hasNot: blame},
		{text: "Your form didn't arrive.", hasNot: blame},
	})
}

// A past "be" denied until a time tells when a thing was at last so, no
// time of ours: "your bin wasn't out until Wednesday"; "it won't be ready
// until Friday" still sets one.
func TestPastStateUntilIsNoCommitment(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your bin wasn't out until Wednesday.", hasNot: timeC},
		{text: "The room wasn't ready until four.", hasNot: timeC},
		{text: "It won't be ready until Friday.", has: timeC},
	})
}

// A clause joined with "and" to a recap opened with "so" tells the same
// account back, past a clause of when between them: "so the alarm went off
// while you were at work and the neighbours kept ringing you" lays nothing
// on the neighbours.
func TestAndAfterSoPastAClauseOfWhen(t *testing.T) {
	checkReadings(t, []reading{
		{text: "So the alarm went off twice while you were at work and the neighbours kept ringing you, that sounds exhausting.", hasNot: blame},
		{text: "So the driver came while you were out and the courier's van blocked your drive.", hasNot: blame},
		{text: "The courier's van blocked your drive.", has: blame},
	})
}

// The neighbours are others set against the customer when the trouble is
// denied them ("your neighbours on the same supply haven't lost any hot
// water"), as "everyone else on your street" is; "your neighbours" are no
// part of the customer's side.
func TestNeighboursAsOthers(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your neighbours on the same supply haven't lost any hot water.", has: blame},
		{text: "The neighbours have had no trouble at all.", has: blame},
		{text: "The rest of the street hasn't lost hot water.", has: blame},
		{text: "Your neighbours complained about the noise.", hasNot: blame},
		{text: "Your neighbours have been without power too, and I'm sorry.", hasNot: blame},
	})
}

// "The third time" before an act only the customer's side takes ("the
// router's been unplugged", "the settings have been changed") counts their
// own doing against them, as a slip counted does; a step we take for them
// or what happened to a parcel we deliver counts nothing.
func TestNthTimeOfTheirOwnAct(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That's the third time the router's been unplugged this month.", has: blame},
		{text: "It's the fourth time the settings have been changed since we installed it.", has: blame},
		{text: "This is the second time your parcel's been left outside.", hasNot: blame},
		{text: "It's the third time we've changed the password for you.", hasNot: blame},
	})
}

// The customer doing again and again an act only their side takes, or
// cancelling, is set against them: "you've cancelled the fitter four times
// now". Beside an apology, or before a step of ours, it is what they went
// through or tried; done once, or rebooked, it counts nothing.
func TestYourActCounted(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You've cancelled the fitter four times now.", has: blame},
		{text: "You've changed the delivery address twice this week.", has: blame},
		{text: "You've changed the address three times, and I'm sorry it's been such a faff.", hasNot: blame},
		{text: "You've unplugged it twice already, so I'm sending an engineer out tomorrow.", hasNot: blame},
		{text: "I can see you rebooked twice and lost a day of your holiday over this.", hasNot: blame},
		{text: "You changed the address once.", hasNot: blame},
	})
}

// "Due" and "valid" set a limit as "expired" does, so the customer's act
// dated past it is measured against it: "the payment was due on the 1st and
// reached us on the 6th", "the voucher was only valid until 31 March, and
// you used it on 3 April"; what reached us came from them, where a refund
// that reached them late is ours.
func TestDueAndValidSetALimit(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The payment was due on the 1st and reached us on the 6th.", has: blame},
		{text: "The payment reached us on the 6th, and it was due on the 1st.", has: blame},
		{text: "The voucher was only valid until 31 March, and you used it on 3 April.", has: blame},
		{text: "The payment was due on the 6th and reached us on the 1st.", hasNot: blame},
		{text: "Your refund reached you on the 6th, and it was due on the 1st.", hasNot: blame},
	})
}

// A past state that held "until" a time is told in the past: "the voucher
// was valid until 31 March" sets no time of ours, where "it will be valid
// until 31 March" looks ahead.
func TestPastStateUntilATime(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The voucher was valid until 31 March.", hasNot: timeC},
		{text: "The shop was open until 8 last night.", hasNot: timeC},
		{text: "It will be valid until 31 March.", has: timeC},
	})
}

// A month named alone ("in March", "until the end of March") dates a limit
// or an act as a day does, to its month: "the voucher expired in March and
// was used in April" puts the use past the limit; the same month is no
// later.
func TestMonthAloneDatesALimit(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The voucher expired in March and was used in April.", has: blame},
		{text: "The window closed in March and you contacted us in April.", has: blame},
		{text: "The voucher expired in March and was used on 2 March.", hasNot: blame},
		{text: "The voucher expires in December and you redeemed it in December.", hasNot: blame},
	})
}

// A thing done from what the customer gave us, told in the passive with no
// one named, puts the outcome on their input as "we based the quote on
// the measurements you gave us" does; a step just taken for them, or one
// told beside an apology, does not.
func TestDoneFromTheirInputInThePassive(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The estimate was based on the square footage you gave us over the phone.", has: blame},
		{text: "The blinds were made to the sizes you gave us.", has: blame},
		{text: "Your new card has been sent to the address you gave us.", hasNot: blame},
		{text: "The replacement was sent to the address you gave us, and I'm sorry it went astray.", hasNot: blame},
	})
}

// Terms told as accepted or agreed to, in the passive with no one named,
// were taken on by the one who booked, as "you accepted the terms" says:
// "the booking conditions were accepted at the time of payment". A policy
// signed, or an application accepted by us, is no such thing.
func TestTermsAcceptedInThePassive(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The booking conditions were accepted at the time of payment.", has: blame},
		{text: "The terms and conditions were agreed to at checkout.", has: blame},
		{text: "The policy was signed on the 3rd.", hasNot: blame},
		{text: "Your application has been accepted.", hasNot: blame},
		{text: "The new terms were agreed by our board.", hasNot: blame},
	})
}

// No reply reaching us leaves the silence with the customer: "we received
// no response to our letters", "we never got a reply", "no response was
// received". A reply of ours they never got, or one we are sorry was late,
// is ours.
func TestNoReplyFromThem(t *testing.T) {
	checkReadings(t, []reading{
		{text: "No response was received to our letters of 3 and 17 June.", has: blame},
		{text: "We received no response to our letters.", has: blame},
		{text: "We never got a reply to our emails.", has: blame},
		{text: "You got no reply from us, and I'm sorry.", hasNot: blame},
		{text: "I'm sorry we didn't get a response to you sooner.", hasNot: blame},
		{text: "We received your reply on the 3rd.", hasNot: blame},
	})
}

// The customer's paperwork that did not include a part came short from
// them, as paperwork missing a part did: "the documentation supplied did
// not include proof of the original purchase". Our letter that left a part
// out is ours.
func TestPaperworkLeftAPartOut(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The documentation supplied did not include proof of the original purchase.", has: blame},
		{text: "The application did not mention the previous claim.", has: blame},
		{text: "Our letter didn't include the reference number, I'm sorry.", hasNot: blame},
		{text: "The documentation supplied included proof of purchase.", hasNot: blame},
	})
}

// A deadline or an allowance is read past the hyphens of its name: "outside
// the fourteen-day cooling-off period" is as late as "after the deadline".
func TestPastALongNamedPeriod(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The cancellation request was received outside the fourteen-day cooling-off period.", has: blame},
		{text: "The cancellation request was received within the fourteen-day cooling-off period.", hasNot: blame},
	})
}

// "Was found to be" tells what a thing was, as "turned out to be" does:
// "the information provided at application was found to be inaccurate" is
// read as "was inaccurate", and "the parcel was found to be damaged" keeps
// "damaged" as its verb.
func TestFoundToBeIsWhatItWas(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The information provided at application was found to be inaccurate.", has: blame},
		{text: "Your claim was found to be valid, so I've paid it.", hasNot: blame},
	})
	az := new(analyzer)
	az.readPhrases("The parcel was found to be damaged on arrival.")
	az.readTurnClauses()
	if c := az.clauses[0]; len(az.clauses) != 1 || c.verb < 0 || az.tok.keyOf(&az.tok.toks[c.verb]) != "damaged" || !c.passive {
		t.Errorf("%d clauses, verb at %d, passive %v; want one clause, \"damaged\" its passive verb", len(az.clauses), c.verb, c.passive)
	}
}

// An act done without the consent of anyone but the customer, by them or
// by no one named, was their side's: "you made the alterations without the
// landlord's consent", "the work was carried out without our approval";
// what was done without their consent was done to them.
func TestDoneWithoutConsent(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You made the alterations without the landlord's consent.", has: blame},
		{text: "The work was carried out without our approval.", has: blame},
		{text: "The payment was taken without your permission.", hasNot: blame},
		{text: "We went ahead without your consent, and I'm sorry.", hasNot: blame},
	})
}

// A warranty or a guarantee sets a limit, and a count in words dates an act
// as figures do: "you've had it eighteen months, and the warranty's twelve"
// puts the claim past it. Within it, or with a result that says it is
// covered, nothing is laid on them.
func TestWarrantyLimitCountedInWords(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You've had it eighteen months, and the warranty's twelve.", has: blame},
		{text: "You bought it 18 months ago, and the guarantee is 12 months.", has: blame},
		{text: "The window is thirty days and you sent it back after forty-three.", has: blame},
		{text: "Your warranty lasts twelve months, and you've had it for six, so it's covered.", hasNot: blame},
		{text: "The warranty covers 24 months, and you've had it for 18, so I'll send a replacement.", hasNot: blame},
	})
}

// A thing told as overloaded, overpacked or misused, with no one named, was
// so used by its user, "your" unsaid: "the bag was overpacked", "the
// washing machine was overloaded"; what we deliver, or ours, is not theirs.
func TestOverusedThing(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The zip's gone because the bag was overpacked.", has: blame},
		{text: "The washing machine was overloaded, so the drum bearing went.", has: blame},
		{text: "The parcel was overloaded on the van.", hasNot: blame},
		{text: "Our van was overloaded, I'm sorry.", hasNot: blame},
	})
}

// What the customer chose, set against another with "not a" as with "not
// the", was their choice: "your booking is for a double room, not a twin";
// a licence is chosen as a plan is ("your licence key is for the home
// edition, not the business one").
func TestChoseThisNotAThat(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your booking is for a double room, not a twin.", has: blame},
		{text: "Your licence key is for the home edition, not the business one.", has: blame},
		{text: "That's not a problem, your booking is for a double room.", hasNot: blame},
	})
}

// A pet that "has been at" a thing went for it, as one that chewed it did:
// "your dog's been at the hose reel"; a pet at the vet, at the groomer's or
// at home went for nothing.
func TestPetHasBeenAtIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "By the look of those teeth marks, your dog's been at the hose reel.", has: blame},
		{text: "Looks like your dog's been at the charging port, those are teeth marks.", has: blame},
		{text: "Your dog's been at the vet all week.", hasNot: blame},
		{text: "Your cat has been at home all day.", hasNot: blame},
		{text: "The dog has been at the groomer's.", hasNot: blame},
	})
}

// A bid to check "whether" the customer's side did what only it does, or
// slipped, suggests the answer, as "have the kids been fiddling with it?"
// does: "maybe check whether the kids have been fiddling with the
// thermostat?". Whether a thing arrived, or what our engineer did, asks a
// fact.
func TestCheckWhetherTheyDid(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Maybe check whether the kids have been fiddling with the thermostat?", has: blame},
		{text: "Could you check whether your flatmate changed the password?", has: blame},
		{text: "Could you check whether the parcel has arrived?", hasNot: blame},
		{text: "I'll check whether the engineer fixed it.", hasNot: blame},
	})
}

// A step done "this morning" or "earlier", told in the perfect, names a
// time already gone, no commitment: "I've sent the replacement this
// morning"; "I've booked the engineer for this afternoon" looks ahead.
func TestPerfectThisMorningIsPast(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I've sent the replacement this morning.", hasNot: timeC},
		{text: "Your parcel's with Evri, and I've opened a trace with them this morning.", hasNot: timeC},
		{text: "I've processed the refund earlier today.", hasNot: timeC},
		{text: "I've booked the engineer for this afternoon.", has: timeC},
		{text: "I've sent it this morning, so you'll have it by Friday.", has: timeC},
	})
}

// The trouble dated to an act only the customer's side takes, told in the
// passive with no one named, is put on that act as "when you unplugged it"
// is: "the smart meter stopped sending readings when it was unplugged"; a
// step we may have taken ("when it was reset") or a delivery of ours is
// not.
func TestTroubleWhenTheirActUnnamed(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The smart meter stopped sending readings when it was unplugged on the 4th.", has: blame},
		{text: "The app stopped working when it was reset.", hasNot: blame},
		{text: "The parcel was damaged when it was delivered.", hasNot: blame},
	})
}

// What we insist we ask of every customer ("we do ask everyone to", "we
// always ask customers to") sets the rule against this one; asking for a
// thing, or a rule told plainly, lays nothing.
func TestWeDoAskEveryoneTo(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We do ask customers to keep hold of the receipt for anything over £50.", has: blame},
		{text: "We always ask customers to check the size guide before ordering.", has: blame},
		{text: "We ask all guests to check out by eleven.", hasNot: blame},
		{text: "We always ask for ID.", hasNot: blame},
		{text: "We do ask you to keep it, and I'm sorry nobody told you.", hasNot: blame},
	})
}

// A third party said to have the trouble or a fault now puts it on them,
// as one that had it does: "Openreach has a fault in the cabinet down your
// road", "the courier has a problem at their depot"; said while we act on
// it, it is taken on.
func TestThirdPartyHasTheTrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Openreach has a fault in the cabinet down your road.", has: blame},
		{text: "The courier has a problem at their depot.", has: blame},
		{text: "The courier has a problem at their depot, so I've sent a new one by another courier.", hasNot: blame},
		{text: "Does the courier have a problem?", hasNot: blame},
	})
}

// Saying we only passed on, or carried out, what another party set makes
// our part small and puts theirs in its place: "we just install what they
// order", "the airline changed the schedule, we just passed that on".
// Passed on to one of ours, it is a step.
func TestOnlyTheMessenger(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We just install what they order.", has: blame},
		{text: "The airline changed the schedule, we just passed that on.", has: blame},
		{text: "We only pass on what the airline tells us.", has: blame},
		{text: "I just passed your complaint on to my manager.", hasNot: blame},
		{text: "We just install the units you choose.", hasNot: blame},
	})
}

// A cut-off is a limit however it is typed, noon and midday are clock
// times, "lasts" sets a length, and a bare count is in the unit of a limit
// told beside it: "you rang to cancel at 4pm, and the cut-off for same-day
// changes is noon", "you collected it on day 9, and the hold only lasts 7
// days". A call that ended is no limit, and cutting off a supply sets none.
func TestLimitsReadInMoreWords(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You rang to cancel at 4pm, and the cut-off for same-day changes is noon.", has: blame},
		{text: "You collected it on day 9, and the hold only lasts 7 days.", has: blame},
		{text: "The window is 30 days, and you sent it back after 45.", has: blame},
		{text: "The cut-off was at noon and you rang at 11am.", hasNot: blame},
		{text: "The call ended at 10:05 and you rang back at 10:20.", hasNot: blame},
		{text: "We cut off the supply at noon and you rang at 4pm.", hasNot: blame},
	})
}

// A trace an act leaves (a signature, a login, the device used) told to be
// the customer's, or to match theirs, puts the act with them: "the
// signature on the delivery record is yours", "the signature matches the
// one on your account". Denied, asked, or beside a step of ours, it does
// not.
func TestTraceIsYours(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The signature on the delivery record is yours.", has: blame},
		{text: "The signature matches the one on your account.", has: blame},
		{text: "The device used was yours.", has: blame},
		{text: "The signature isn't yours, so I've opened a fraud claim.", hasNot: blame},
		{text: "Is the signature yours?", hasNot: blame},
		{text: "The login is yours to keep, we've reset the password.", hasNot: blame},
	})
}

// A document that "makes you responsible" or "holds you liable" places the
// duty on the customer, as "makes it your responsibility" does; denied, or
// said by us of nothing, it places none.
func TestDocumentMakesYouResponsible(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The contract makes you responsible for the equipment while it's at your home.", has: blame},
		{text: "The terms hold you liable for damage.", has: blame},
		{text: "That doesn't make you responsible.", hasNot: blame},
		{text: "We hold you responsible for nothing here.", hasNot: blame},
	})
}

// A rule that puts a cost or a task "on" the customer or their role places
// it with them: "the policy puts the excess on you", "the terms put the
// cost of return postage on the buyer"; put on us, or denied, it does not.
func TestRulePutsItOnYou(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The policy puts the excess on you.", has: blame},
		{text: "The terms put the cost of return postage on the buyer.", has: blame},
		{text: "The policy puts the cost on us.", hasNot: blame},
		{text: "The terms don't put that on you.", hasNot: blame},
		{text: "The contract puts a cap on the charges.", hasNot: blame},
	})
}
