package scoring

import "testing"

// "He" or "she" taking up one of the company's own people named before ("our
// driver", "the plumber we sent") is our side: what they did is ours, and
// telling it is no blame. The same pronoun after an outside party, or after
// the customer's own people, still reads as theirs.
func TestPronounTakesUpOurPerson(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I'm sorry about our driver; the way he spoke to you was unacceptable.", hasNot: blame},
		{text: "The electrician we sent was late. He works for us, so that's on us.", hasNot: blame},
		{text: "Our courier left it outside; she should have knocked.", hasNot: blame},
		{text: "Your landlord called us; he changed the locks, so the cleaners couldn't get in.", has: blame},
		{text: "The courier's van broke down, and he didn't get to you until nine.", has: blame},
	})
}

// A part not done "yet" waits, with a step of ours in the sentence: "you
// haven't used your free change yet, so let's pick a date" is good news. The
// same without our step, or "not done" with no "yet", still blames; "we
// can't start" refuses, and is no step of ours.
func TestNotYetWithOurStep(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You haven't used your free reschedule yet, so let's pick a new date.", hasNot: blame},
		{text: "You haven't sent the signed form yet, so I'll email you a fresh copy now.", hasNot: blame},
		{text: "You haven't sent the signed form yet, so we can't release the funds.", has: blame},
		{text: "You didn't send the signed form, so let's start it again.", has: blame},
		{text: "Your insurer hasn't authorised the repair yet, so we can't start the work.", has: blame},
	})
}

// What "should never have been" done, said after the customer's act, was
// ours to get right: "you did tick no substitutions, so the oat milk should
// never have been sent" clears them. Said of their own act, it still blames.
func TestShouldNeverHaveBeenAfterTheirAct(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You did tick the no substitutions box, so the oat milk should never have been sent.", hasNot: blame},
		{text: "You asked for the ground floor, so you should never have been put on the fourth.", hasNot: blame},
		{text: "You didn't tick the express box, so it was sent standard.", has: blame},
	})
}

// A part left undone, told in the passive with no one named, beside a
// refusal holds it against the customer: "the patch test wasn't done, so we
// can't do the tint today". What the company delivers, left undone ("your
// order wasn't dispatched"), is our part, and no blame.
func TestPartLeftUndoneBesideARefusal(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The patch test wasn't done 48 hours beforehand, so we can't do the tint today.", has: blame},
		{text: "The boxes weren't labelled by room, so I'm unable to send the crew back for free.", has: blame},
		{text: "Your order wasn't dispatched, so I can't give you a tracking number.", hasNot: blame},
		{text: "The refund wasn't processed, so I can't see it on the system.", hasNot: blame},
		{text: "The patch test wasn't done, so I've booked you in for one tomorrow.", hasNot: blame},
	})
}

// What was chosen, told in the passive, is the buyer's choice, and a missed
// appointment the no-show's: beside a refusal or a penalty, including a
// charge put on the bill, either is held against the customer. Beside a
// step of ours, or with a remedy put on the account, neither blames.
func TestChosenOrMissedBesideAPenalty(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The tickets were bought as non-refundable, so I can't move them for free.", has: blame},
		{text: "The room was booked for one guest, so the extra breakfast has been added to the bill.", has: blame},
		{text: "The fitting was missed on Monday, so the late-cancellation fee was applied.", has: blame},
		{text: "The room was booked for one guest, so I've added a second breakfast at no charge.", hasNot: blame},
		{text: "A goodwill credit has been added to your account.", hasNot: blame},
		{text: "The appointment was missed, so I've waived the fee and rebooked you for Friday.", hasNot: blame},
	})
}

// What a pet did, or has been doing, to a thing is the customer's side's damage, "your" said or
// not: no agent brings up a pet of the company's. What it did to its own
// things, a pet's act beside a step of ours, or what was done to a pet, is
// no blame.
func TestPetsActOnAThing(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The puppy's had a proper go at the charging lead.", has: blame},
		{text: "Looks like your cat's chewed through the aerial cable.", has: blame},
		{text: "ur dog's scratched the new door again", has: blame},
		{text: "The puppy's been chewing the skirting, and that's how the cable got damaged.", has: blame},
		{text: "Your dog chased his ball round the garden all afternoon.", hasNot: blame},
		{text: "The dog's chewed the lead, so I've sent a new one out today.", hasNot: blame},
		{text: "We walked your dog twice, as booked.", hasNot: blame},
	})
}

// The parties a firm works beside, named by their common nouns ("the lab",
// "the mill", "the lender", "the surveyor"), are third parties: their act
// with the trouble it brought lays the failure outside. Ours ("our lab"), or
// their act with no trouble, is no blame.
func TestMorePartiesByTheirNouns(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The lender pulled the offer on Friday, so the sale fell through.", has: blame},
		{text: "The surveyor missed the damp, which is why the report was wrong.", has: blame},
		{text: "The factory shipped the wrong handles, hence the delay on your kitchen.", has: blame},
		{text: "Our lab remade the crown and it ships today.", hasNot: blame},
		{text: "The lab made the crown last week and it's ready to fit.", hasNot: blame},
	})
}

// "No control over that", "no say in it" after a party, an outside event or
// a system that acts ("the system puts the fee on automatically") put the
// matter out of our hands, as "nothing we can do about it" does. Control
// given to the customer, or no party or system named, is no blame.
func TestNoControlOverWhatOthersDo(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The system adds the late fee automatically; I've got no control over that.", has: blame},
		{text: "The booking app locks the account after three tries, and I've no control over that whatsoever.", has: blame},
		{text: "You have full control over that in the app settings.", hasNot: blame},
		{text: "I've got no control over that, but I'll find out who does.", hasNot: blame},
	})
}

// "Down to" places a cause whatever the subject names: "the slowdown is
// down to your router", "the hold is down to the receiving bank". Down to
// us, a choice handed over, or a subject of ours is no blame.
func TestDownToAfterAnyNoun(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The lag is down to your Wi-Fi extender.", has: blame},
		{text: "I'm afraid the hold is down to the clearing bank.", has: blame},
		{text: "The lag is down to us, and I've reset the line.", hasNot: blame},
		{text: "The colour is down to you to decide.", hasNot: blame},
		{text: "Our delay is down to a mistake in our warehouse.", hasNot: blame},
	})
}

// The agent checking they have the account right with "if" ("if I've
// understood correctly", "if I've got this right") tells the customer's own
// account back, which names the courier or the customer without blaming.
// A plain "if" is no such check.
func TestIfIUnderstandTellsTheirAccountBack(t *testing.T) {
	checkReadings(t, []reading{
		{text: "So if I've understood correctly, the courier left it on the step and it was gone by the time you got back.", hasNot: blame},
		{text: "If I've got this right, your landlord changed the locks and the engineer couldn't get in.", hasNot: blame},
		{text: "If I understand you correctly, the bank blocked the payment twice.", hasNot: blame},
		{text: "The courier left it on the step, so if it's gone that's between you and them.", has: blame},
	})
}

// A team of ours named without "we" or "our", whose act the sentence then
// hands to them ("so it's them you'd want to chase"), is passed on, not
// owned; and "they're the ones you'd need to take it up with" sends the
// customer to a third party as "the one to ask" does. "That's the one you
// ordered" names a thing.
func TestHandedToThemToChase(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The packing team mislabelled the crate, so it's them you'd want to chase.", has: blame, hasNot: owns},
		{text: "The garage are the ones you'd need to take it up with.", has: blame},
		{text: "The warehouse team mislabelled the box, and I'm sorry, that's on us.", has: owns, hasNot: blame},
		{text: "That's the one you ordered, and it's on its way.", hasNot: blame},
	})
}

// What cannot be done, told in the passive with no one named ("the code
// can't be applied", "the cover couldn't be confirmed"), refuses as "we
// can't" does, and what the customer's side did beside it is held against
// them; an order placed is the buyer's act. With help beside it, no blame.
func TestCannotBeDoneBesideTheirAct(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your order was placed after the sale ended, so the discount can't be applied to it.", has: blame},
		{text: "Your vet's form didn't reach us in time, so the claim couldn't be approved.", has: blame},
		{text: "You renewed after the deadline, and under the scheme rules passes can't be backdated.", has: blame},
		{text: "Your order was placed after the sale ended, but I've applied the discount anyway.", hasNot: blame},
	})
}

// An order or a booking that reached us ("came through", "went in") with a
// wrong detail the customer types in is their input: "the booking came
// through with the wrong postcode". A wrong item in the order is ours.
func TestPlacedWithAWrongDetail(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your reservation came through with the wrong date, so the room was held for March.", has: blame},
		{text: "The order went in with an old address, so the courier went to Leeds.", has: blame},
		{text: "Your order arrived with the wrong lid, and I've sent the right one.", hasNot: blame},
		{text: "The booking came through fine at 9:02.", hasNot: blame},
	})
}

// A pronoun that takes up a document named before it in its sentence
// points at what the customer was given, as the document named as subject
// does: "the storage agreement you signed, clause nine, it does say fees
// kick in"; a box, a folder or packaging speaks as a leaflet does. A
// document we send now, and that explains, helps.
func TestPronounTakesUpADocument(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The care leaflet was in the box, and it says not to tumble dry.", has: blame},
		{text: "The lease you signed, clause four, it does say pets need written consent.", has: blame},
		{text: "The welcome folder clearly explains the boiler has to be switched on at the wall.", has: blame},
		{text: "I've sent you the confirmation email, and it explains how to track it.", hasNot: blame},
		{text: "I'll email the guide over now, and it says which settings to use.", hasNot: blame},
	})
}

// What the customer's side might have done, told as a past that did not
// happen, beside what would then have gone right, lays the trouble at what
// was not done, whatever its verb. Told of us, or of what we deliver, it
// owns the failure; a feeling shared is no outcome.
func TestHadItGoneOtherwise(t *testing.T) {
	checkReadings(t, []reading{
		{text: "If the phone had been in a case, the screen wouldn't have cracked.", has: blame},
		{text: "You'd have spotted the fee if you'd scrolled to the bottom of the page.", has: blame},
		{text: "If the boxes had been labelled, the crew would have known where everything went.", has: blame},
		{text: "If the signed lease had been sent back on time, the keys would have been ready.", has: blame},
		{text: "If we'd checked the address, it wouldn't have gone to Leeds.", hasNot: blame},
		{text: "If the parcel had arrived on time, you'd have had it for the party.", hasNot: blame},
		{text: "You'd have had the refund by now if it had been processed on Monday.", hasNot: blame},
		{text: "If I'd been kept waiting that long, I'd have been furious too.", hasNot: blame},
	})
}

// That the customer will or would have been told, or had the message, said
// as a sure guess ("you'll have had a letter about it in June", "you'd have
// been shown at handover") insists we did our part. A message bringing our
// fix, an outcome under "if", or a message still to come, does not.
func TestAssumedTheyWereTold(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You'll have had a letter about the new tariff back in June.", has: blame},
		{text: "You would've been shown how to bleed the radiators at handover.", has: blame},
		{text: "You'll have seen the warning on the booking page.", has: blame},
		{text: "You'll have got a text this morning with the new time.", hasNot: blame},
		{text: "You'd have had it by now if we'd sent it on Monday.", hasNot: blame},
		{text: "You'll have a text from us by five with the tracking link.", hasNot: blame},
	})
}

// A future perfect of the customer's with no time ahead guesses at what has
// already happened: "you'll have had a letter back in June" commits to no
// time. "You'll have received it by Friday" still points ahead.
func TestWillHaveHadItCommitsToNoTime(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You'll have had a letter about it back in June.", hasNot: timeC},
		{text: "You'll have seen the notice on Monday.", hasNot: timeC},
		{text: "You'll have received it by Friday.", has: timeC},
	})
}

// The trouble named as any thing of the customer's, not only their
// fittings: "the noise is your fridge", "that spike is your heating on all
// night". What we deliver ("the delay is your order") is no such thing.
func TestTroubleIsAThingOfYours(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The noise is your fridge, not the boiler.", has: blame},
		{text: "That spike is your hot tub heater running overnight.", has: blame},
		{text: "The delay is your order being split into two parcels, and I've chased both.", hasNot: blame},
	})
}

// What the customer chose, with what follows from it: a cost that "has to
// be paid" or "stays with you" applies as one that "stands" does, and a
// result whose only "we" is inside its subject ("so the date we gave you is
// right") is theirs to bear. A result in which we act is ours.
func TestChoiceAndTheCostThatFollows(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You picked the 12-month contract, so the rest of the balance still has to be paid if you cancel.", has: blame},
		{text: "You went for the basic cover, so the repair cost stays with you, I'm afraid.", has: blame},
		{text: "You chose collection, so the time we gave you is correct.", has: blame},
		{text: "You chose collection, so we've held it at the desk for you.", hasNot: blame},
		{text: "You picked the 12-month contract, so the balance doesn't have to be paid now.", hasNot: blame},
	})
}

// "Is it possible" takes a whole clause whose subject has no determiner
// ("is it possible | notifications were switched off on your phone?"), and
// a passive of what only the customer's side does, asked about their
// thing, guesses at their part. "Is it possible to", and our step asked
// about ("was your parcel delivered to the wrong house?"), do not.
func TestIsItPossibleTheirSideDidIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Is it possible notifications were turned off on your phone?", has: blame},
		{text: "Is it possible alerts for the app were switched off in your settings?", has: blame},
		{text: "Is it possible to change the delivery address?", hasNot: blame},
		{text: "Was your parcel maybe delivered to the wrong house?", hasNot: blame},
	})
}

// "Are you sure" takes a whole clause, and doubts the customer's account of
// their own thing: "are you sure the tap was fully open?". "Are you sure
// that's everything?" asks for a detail; doubting our own work is no blame.
func TestAreYouSureDoubtsTheirAccount(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Are you sure the tap under the sink was fully open?", has: blame},
		{text: "Are you sure the wrap didn't come off early?", has: blame},
		{text: "Are you sure that's everything you need today?", hasNot: blame},
		{text: "Are you sure our engineer didn't leave a card?", hasNot: blame},
	})
}

// A statement of the customer's side closed by a tag ("you left the window
// open, didn't you?") is put to them to admit; so is one of a thing, with
// the trouble it explains said next. A tag on what we deliver checks a
// fact, and nothing asked with a tag is a step done.
func TestTaggedGuess(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You left the back door open, didn't you?", has: blame},
		{text: "Your son was using the card that weekend, wasn't he?", has: blame},
		{text: "The shelf's been loaded past its limit, hasn't it? That's why the bracket snapped.", has: blame, hasNot: step},
		{text: "The parcel arrived on Monday, didn't it?", hasNot: blame},
		{text: "You're on the 7:40 train, aren't you?", hasNot: blame},
	})
}

// A question about what the customer's side did with another one than the
// right one ("were you signed in with a different email?", "did you use the
// old link?") guesses at their slip. Asking what we sent them is a fact.
func TestAskedWithAnotherOne(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Were you signed in with a different email when you ordered?", has: blame},
		{text: "Did you use the old link from last year's invite?", has: blame},
		{text: "Did you receive a different colour from the one you ordered?", hasNot: blame},
		{text: "Did you pay by card or by bank transfer?", hasNot: blame},
	})
}

// A habit of customers said as when a trouble told before it happens ("it
// gets wiped, which nearly always happens when guests keep it by their
// phone"), and a group's slip said as a habit ("a lot of riders forget to
// re-torque the stem"), lay the trouble at what customers do. Told with a
// step of ours, neither blames.
func TestHabitSaidAsWhenItHappens(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The card's been wiped, which usually happens when guests keep it next to their phone.", has: blame},
		{text: "A lot of cyclists forget to pump the tyres after the first month.", has: blame},
		{text: "The card's been wiped, which usually happens when guests keep it next to their phone, so I've made you a new one.", hasNot: blame},
		{text: "Most guests check in after six.", hasNot: blame},
	})
}

// What the customer's side did, told in the passive ("the drop-off was
// booked for 9pm rather than 9am", "the card was left in the machine"),
// with the trouble that followed, is held against them as the active is.
// A result that clears them, a step of ours, or good news, is no blame.
func TestTheirPassiveActAndWhatFollowed(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The collection was booked for the 4th rather than the 14th, which is why nobody came.", has: blame},
		{text: "The card was left in the reader too long, so it was blocked.", has: blame},
		{text: "The order was placed on the 2nd and paid in full, so there's nothing outstanding on your side.", hasNot: blame},
		{text: "The table was booked for eight, so we've set it for eight.", hasNot: blame},
		{text: "The room was booked under your name, so you can check in any time after two.", hasNot: blame},
	})
}

// A third party said to set, decide or control the matter, as a standing
// fact, puts it out of our hands. Told while we act on it, or of the
// customer's own side, it does not blame.
func TestTheyDecideNotUs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I'm afraid the council sets the collection days, we just empty the bins.", has: blame},
		{text: "The landlord controls the entry code, so that's one for him.", has: blame},
		{text: "The airline sets the baggage allowance, so I've checked yours and it's 23kg.", hasNot: blame},
		{text: "Your husband chooses the colours on the account, so I'll send him the swatches.", hasNot: blame},
	})
}

// "Anything after that" is one subject, narrowed by its phrase of time, and
// "something between you and them" places the matter with a third party as
// "between you and them" does. "Anything after that, I'll sort" takes it on.
func TestAnythingAfterThatIsBetweenYouAndThem(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Tracking shows it delivered at 10:14, so anything after that is between you and them.", has: blame},
		{text: "That's really something between you and your landlord.", has: blame},
		{text: "Anything after that is covered by our guarantee.", hasNot: blame},
	})
	checkParses(t, []parseWant{
		{text: "Anything after that is between you and the courier.", word: "is", actor: actThing, aspect: aspState},
	})
}

// "Out of date" tells a trouble as a failing verb does: "the council moved
// the bays, so the map was out of date".
func TestOutOfDateIsATrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The council changed the bin days, so the leaflet was out of date.", has: blame},
		{text: "The council changed the bin days, so I've sent you the new leaflet.", hasNot: blame},
	})
}

// A thing of the customer's with a gerund phrase ("your old passport being
// water-damaged") named as what did the harm: the phrase runs on into the
// complement, and its "is what" still names the cause.
func TestGerundPhraseIsWhatDidIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your old licence being water-damaged is what held everything up at the depot.", has: blame},
		{text: "Our system being down on Monday is what held the application up, and I'm sorry.", hasNot: blame},
	})
}

// Our own terms said to be plain about it point at what the customer was
// given ("our terms state quite clearly that ..."); what our records show,
// or our terms stated while we help, do not.
func TestOurTermsSaidPlainly(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our booking conditions state very clearly that bags over 23kg must be declared.", has: blame},
		{text: "Our records show the parcel left the depot on Monday.", hasNot: blame},
		{text: "Our terms say you can return it within 30 days, so I've sent you a label.", hasNot: blame},
	})
}

// "I see," said as the account is taken in tells it back: "ah, I see, you
// booked through the app and it showed as confirmed on your end". "I can
// see you booked the wrong date" reads a record, and blames.
func TestISeeTellsTheirAccountBack(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Ah I see, you paid through the app and it showed as confirmed on your end.", hasNot: blame},
		{text: "I see, so the courier left it by the bins.", hasNot: blame},
		{text: "I can see you booked the wrong date.", has: blame},
	})
}

// What the agent sees the customer's side do is a clause of its own ("I can
// see | you booked the wrong date"): the mistake seen is theirs, and owns
// nothing of ours. "I'll see you Friday" sees no clause.
func TestSeenOfThem(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I can see you picked the wrong size at checkout.", has: blame, hasNot: owns},
		{text: "I noticed you entered the wrong postcode.", has: blame, hasNot: owns},
		{text: "I'll see you Friday at ten.", hasNot: blame},
		{text: "I can see we sent the wrong size, and that's our mistake.", has: owns, hasNot: blame},
	})
}

// A question, by inversion, about a thing of theirs going wrong or handled
// by them ("were the fridge vents blocked by the cabinet doors?") guesses
// at their part. What we deliver, or our people, asked after, does not; nor
// does a plain fact asked ("was the form signed?").
func TestAskedOfTheirThingGoneWrong(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Were the air vents blocked by the cupboard doors?", has: blame},
		{text: "Was the parcel damaged when it arrived?", hasNot: blame},
		{text: "Was the engineer delayed on the way?", hasNot: blame},
		{text: "Was the form signed and dated?", hasNot: blame},
	})
}

// Parking is the customer's act, as driving and riding are: "the scooter
// was parked outside the zone, so the fee has been applied".
func TestParkingIsTheirAct(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The bike was parked outside the bay, so the £15 fee applies.", has: blame},
		{text: "The van was parked round the corner, so the driver walked it up to you.", hasNot: blame},
	})
}

// A guess that the customer's part was left undone, told in the passive
// ("looks like the filter was never switched on in your profile"), blames
// as a guess at what was done to their thing does. Said of our step, or
// beside one, it does not.
func TestGuessedTheirPartLeftUndone(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Looks like the gluten-free option was never switched on in your profile, so the box came with normal pasta.", has: blame},
		{text: "Looks like the alert was never switched on, so I've turned it on for you now.", hasNot: blame},
	})
}

// "The rest of" is a share, as "most of" is, and the rest managing it sets
// others against the customer: "the rest of the families on the plan seem to
// manage the forms fine".
func TestTheRestOfThemManage(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The rest of the parents in the class seem to manage the app fine.", has: blame},
		{text: "The rest of the order arrives on Friday.", hasNot: blame},
	})
	checkParses(t, []parseWant{
		{text: "The rest of the families on the plan seem to manage the forms.", word: "manage", actor: actCustomers, aspect: aspHabit, lemma: "manage"},
	})
}

// Telling by two channels in one sentence ("we rang on the Monday, and we
// emailed the same afternoon"), or a result that insists ("so they were
// definitely with you"), insists we did our part. Chasing a third party
// for them, or telling them just now, does not.
func TestToldAgainOrInsistedInTheResult(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We phoned on the Friday, and we emailed the same evening.", has: blame},
		{text: "We posted the new PIN on the 3rd, so it was definitely with you.", has: blame},
		{text: "I called the courier and I emailed the depot this morning.", hasNot: blame},
		{text: "I've rung the depot and emailed you the tracking link.", hasNot: blame},
	})
}

// The customer told they must stop doing something ("you need to stop
// sharing your login") is told what caused it; "ticket holders" and
// "account holders" are customers, whose duty "are meant to" tells; a
// document they agreed to "sets out" what binds. Stopping by, or a duty we
// waive, is no blame.
func TestToldToStopAndHoldersDuties(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I'll unlock it, but you do need to stop giving your PIN out.", has: blame},
		{text: "Card holders are meant to report a lost card within a day.", has: blame},
		{text: "The lease you signed in March sets out the notice period in full.", has: blame},
		{text: "You'll need to stop by the desk to pick up your key.", hasNot: blame},
		{text: "You don't need to stop using the card, I've blocked only the old number.", hasNot: blame},
	})
}
