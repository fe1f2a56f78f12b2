package scoring

import "testing"

// What the customer's side did, set beside a refusal or a penalty in the same
// sentence, holds the act against them whatever joins the two: "so", "and",
// a comma, or the refusal first. A refusal with help in the sentence, being
// charged (the customer's complaint), or our own system's act is no blame.
func TestActSetBesideARefusal(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The late fee stands, I'm afraid, you returned the van two days after the agreed date.", has: blame},
		{text: "Your form reached us a week after the deadline, so I'm unable to accept it.", has: blame},
		{text: "You collected the parcel after 30 days, so the storage charge applies.", has: blame},
		{text: "You moved the booking three times, and the deposit is forfeited under the terms.", has: blame},
		{text: "You signed for the sofa without noting the scuff, so we can't replace it.", has: blame},
		{text: "You paid by bank transfer, so I'm able to refund it today.", hasNot: blame},
		{text: "We can't reopen the old ticket, but I've raised a new one for you.", hasNot: blame},
		{text: "You were charged twice for the same order, and I've reversed it.", hasNot: blame},
		{text: "Our booking system closed the list at midnight, so I can't add a guest.", hasNot: blame},
		{text: "You told us about the move in March and we still can't find your letter, which is our fault.", hasNot: blame},
	})
}

// What customers in general do as a habit, told beside the trouble it brings,
// is the customer's habit held against them. The same habit beside a step
// of ours, or a trouble that names us, explains and does not blame.
func TestCustomersHabitBringsTrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "People often leave the lid open, and that's when the motor burns out.", has: blame},
		{text: "Most owners skip the descaling, which is usually why the pump fails.", has: blame},
		{text: "Guests tend to book the late slot and then the kitchen has closed.", has: blame},
		{text: "People often miss that setting, so I've switched it on for you.", hasNot: blame},
		{text: "Customers often find the form confusing, and our help page doesn't help.", hasNot: blame},
		{text: "Most members use the app to book classes.", hasNot: blame},
	})
}

// Where most cases come from is a cause, not a thing's origin: "most of these
// complaints come from folk who skip the terms" places the trouble, while
// "the polish comes from a small supplier" only says where a thing is made.
func TestWhereMostCasesComeFrom(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Most of these complaints come from people who skip the setup guide.", has: blame},
		{text: "The polish comes from a small supplier in Devon.", hasNot: blame},
	})
}

// An outside party's act told as plain fact, with the trouble it brought in
// its sentence, puts the failure outside the company. The same act beside a
// step of ours, with good news as its result, done by the customer's own
// family, or told back after "so I'm clear", does not blame.
func TestOutsidePartysActAndTheTroubleItBrought(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The wholesaler shorted our order this week, hence no salmon on the menu.", has: blame},
		{text: "Your bank put a hold on the transfer last night.", has: blame},
		{text: "The landlord changed the locks, so the cleaners couldn't get in.", has: blame},
		{text: "The wholesaler shorted our order, so I've refunded the salmon.", hasNot: blame},
		{text: "Your old provider released the number yesterday, so the switch is done.", hasNot: blame},
		{text: "Your family ended up sleeping at the airport, which must have been awful.", hasNot: blame},
		{text: "Just so I'm clear, the vet emailed the invoice on the 4th and you've heard nothing since.", hasNot: blame},
	})
}

// A question about what the customer's side did, followed by the trouble it
// would explain, suggests their error. Followed by help, reassurance,
// sympathy or a condition, or asking what they hold now, it asks for a fact.
func TestAskedThenTheTroubleItExplains(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Did you sign the back page of the form? It came back blank.", has: blame},
		{text: "Have you been charging it with a car adapter? That usually fries the board.", has: blame},
		{text: "Have you been washing it at sixty? That would explain the shrinking.", has: blame},
		{text: "Did you order it on the app? No problem, I've moved it to the 9th.", hasNot: blame},
		{text: "Did you book for two adults? If so, I'll add the child seat now.", hasNot: blame},
		{text: "Do you still have the receipt? Not essential, it just helps.", hasNot: blame},
		{text: "You waited in all day? That must have been awful.", hasNot: blame},
	})
}

// "We've got" a count says what we have and takes no step, so it does not
// turn a comparison with other customers into help: "we've got forty
// thousand of that model round here and yours is the only one doing it".
func TestACountWeHaveIsNoStep(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We've got about two thousand meters on this estate and yours is the only one doing it.", has: blame},
		{text: "We've sent an engineer and yours is the only one still waiting, which is on us.", hasNot: blame},
	})
}

// "One to take up with them" passes the matter on whatever it is called: a
// noun phrase ("any damage to your wall") as well as "that".
func TestOneToTakeUpWithThemWhateverTheMatter(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Any scratches on the frame are one to take up with the courier.", has: blame},
		{text: "That's one to take up with the courier.", has: blame},
		{text: "Any scratches on the frame are one for us to sort, so I've booked a repair.", hasNot: blame},
	})
}

// Someone of the customer's own side, asked after by inversion, is the guess:
// "did anyone in your party forward the email?", "did anyone else have the
// keys?". Asked about us, or a bare "did anyone ring you back?", it is not.
func TestAnyoneOfYoursAskedAfter(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Did anyone in the household reset the router last night?", has: blame},
		{text: "Did anyone else in your family have the login?", has: blame},
		{text: "Did anyone in our team ring you back?", hasNot: blame},
		{text: "Did anyone ring you back yesterday?", hasNot: blame},
	})
}

// "As I said" with a count of earlier calls or messages tells the customer
// they were told before, whether or not the frame parses as a clause; said
// once ("as I mentioned") it only refers back.
func TestAsISaidOnTheLastCalls(t *testing.T) {
	checkReadings(t, []reading{
		{text: "As I said on the last three calls, the meter has to be read by you.", has: blame},
		{text: "As I explained in two emails, the form goes to the council.", has: blame},
		{text: "As I mentioned the last two times you rang, the filter needs changing monthly.", has: blame},
		{text: "As I said, the engineer is booked for Friday.", hasNot: blame},
		{text: "As I mentioned on our one call, I've refunded the fee.", hasNot: blame},
	})
}

// A claim or complaint sent to a third party as the way things are passes
// the matter on. Sent to us, told as news, or with a step of ours beside it,
// it only says how the matter is handled.
func TestClaimsGoToThem(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Parcel claims go straight to the courier, I'm afraid.", has: blame},
		{text: "Any complaint about the driver has to go through Swiftcabs.", has: blame},
		{text: "Complaints go to our customer relations team, who reply within a week.", hasNot: blame},
		{text: "Damage claims go through the courier, so I've started one for you.", hasNot: blame},
	})
}

// A count from the third on of a thing come back, or of the same trouble,
// is held against the customer; a count that names us, or what they had to
// do, is not.
func TestCountedTroubleBackAgain(t *testing.T) {
	checkReadings(t, []reading{
		{text: "This is the third time this laptop has come back with coffee in the keyboard.", has: blame},
		{text: "That's the fourth time this year the form has arrived with the same box left blank.", has: blame},
		{text: "This is the third time we've sent it back to you with the same fault, and I'm sorry.", hasNot: blame},
		{text: "This is the third time you've had to send it back.", hasNot: blame},
	})
}

// "Not a fault with the lock" clears the thing we sold, said whole or as a
// fragment, and puts the damage on its use; "not a fault with your card"
// clears the customer instead.
func TestNotAFaultWithTheProduct(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That's not a fault with the boiler.", has: blame},
		{text: "Not a fault with the hinge, honestly, the door's been forced.", has: blame},
		{text: "It isn't a fault in the strap.", has: blame},
		{text: "That's not a fault with your card, it's our payment page.", hasNot: blame},
	})
}

// A third party's part not done, told as the agent's own account, puts the
// outcome on them whatever the verb: "your solicitor didn't release the keys
// until 4pm". Told back after "so", said with sorry, or waiting beside a step
// of ours ("hasn't replied yet, and I'm chasing it"), it is not blame.
func TestThirdPartysLapseToldAsFact(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your landlord didn't sign the form until Friday, so the move slipped.", has: blame},
		{text: "Your old bank hasn't released the funds yet.", has: blame},
		{text: "So the caterer didn't bring the vegan mains, and your guests went without.", hasNot: blame},
		{text: "The landlord hasn't signed it yet, and I'm chasing him today.", hasNot: blame},
		{text: "The caterer didn't turn up, and I'm so sorry about that.", hasNot: blame},
	})
}

// A cleft that names the customer's own thing as the doer puts the cause on
// it, with "that" or "that's": "it's the lid of your box that scratched the
// opal", "it's the old pipework in your property that's dragging the
// pressure down". Named as ours, or with no deed, it does not.
func TestCleftNamesYourThing(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It's the clasp of your bracelet that scratched the glass.", has: blame},
		{text: "It's the old wiring in your flat that's tripping the fuse.", has: blame},
		{text: "It's our old wiring that's tripping the fuse, and we'll replace it.", hasNot: blame},
		{text: "It's the one in your basket that's best for you.", hasNot: blame},
	})
}

// A thing of the customer's, said to have come in late, beside a charge that
// applies, is their act held against them: "your cancellation came in at 4pm
// the day before, and the fee applies".
func TestYourThingBesideACharge(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your form came in two days after the deadline, and the late fee applies.", has: blame},
		{text: "Your return arrived 40 days after delivery, so I can't refund it.", has: blame},
		{text: "Your return arrived on time, so the fee doesn't apply.", hasNot: blame},
	})
}

// We can work only with what we were given: the limit places the outcome on
// what someone else supplied. "Only" said of what we did for them, or of what
// we ourselves charged, places nothing.
func TestOnlyWhatWeWereGiven(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We can only cut to the sizes you sent us.", has: blame},
		{text: "Our printer can only work with the file she's given.", has: blame},
		{text: "We can only refund what we charged you, which I've done.", hasNot: blame},
		{text: "We only need your postcode to book it.", hasNot: blame},
	})
}

// The trouble placed with or at another party, named or by its noun, is
// blame: "the hold-up's with Brightwell Worktops", "the hold-up has been at
// the High Commission", "afraid the delay's at the freeholder's end". A thing
// at a place is only where it is.
func TestTroublePlacedWithAParty(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The hold-up's with Marlow Joinery, they're behind on every order.", has: blame},
		{text: "The delay has been at the Passport Office since March.", has: blame},
		{text: "Afraid the problem's at the landlord's end.", has: blame},
		{text: "It's at the depot now, so I've asked them to deliver it today.", hasNot: blame},
		{text: "The hold-up was with our own warehouse, and that's on us.", hasNot: blame},
	})
}

// A thing said to be the customer's own, or a remedy denied in so many words
// ("isn't covered", "isn't something we can cover"), read beside each other
// or beside their act, holds the act or the thing against them.
func TestYoursBesideARemedyDenied(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The charger in the box is your own, so a broken one isn't something we can cover.", has: blame},
		{text: "Cosmetic scratches aren't covered, and your photos show the case hit the kerb.", has: blame},
		{text: "The charger is yours to keep, and I've refunded the postage.", hasNot: blame},
	})
}

// A duty put on the customer's role, by any name a trade gives it: "it's up
// to the patient to tell us", "it's the guest's responsibility".
func TestUpToTheRoleTo(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It's up to the owner to keep the vaccinations current.", has: blame},
		{text: "It's up to the guest to check the room before checkout.", has: blame},
		{text: "It's up to us to check the room before the guest arrives.", hasNot: blame},
	})
}

// Breaking something is what the customer's side did when it has an object;
// without one it is what befell them.
func TestYourSideBrokeIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your lodger broke the shower screen, so the repair is chargeable.", has: blame},
		{text: "Your phone broke on the second day, which must have been infuriating.", hasNot: blame},
	})
}

// "We've got loads of" a thing says what we have, as a count does, and takes
// no step: the comparison after it still blames.
func TestLoadsWeHaveIsNoStep(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I've got loads of customers on that exact package and they're all fine, so it must be something with your setup.", has: blame, hasNot: []MarkerKind{MarkConcreteAction}},
		{text: "I've got a replacement on its way to you.", has: []MarkerKind{MarkConcreteAction}},
	})
}

// A thing of theirs not done "on your end" denies their act; "nothing was
// wrong on your side" clears them.
func TestNotDoneOnYourEnd(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The router wasn't restarted on your end, so the update never took.", has: blame},
		{text: "Nothing was changed on your side, and the fault is ours.", hasNot: blame},
		{text: "There's nothing wrong on your end.", hasNot: blame},
	})
}

// A slip told in the passive with no one named ("the upload was skipped")
// is the customer's when a refusal follows; with a doer named, it is theirs.
func TestPassiveSlipBesideARefusal(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The photo step was skipped, so we can't verify your account.", has: blame},
		{text: "The photo step was skipped by our app, so I've verified your account by hand.", hasNot: blame},
	})
}

// "whats" typed without its apostrophe is "what's": "thats whats making the
// app crash" names the result as "that's what's making" does.
func TestWhatsTypedFast(t *testing.T) {
	checkReadings(t, []reading{
		{text: "ur router's on really old firmware, thats whats making it drop", has: blame},
		{text: "your router's on really old firmware, that's what's making it drop", has: blame},
	})
}

// "pls" and "plz" are "please" typed fast: "pls check the size guide next
// time" advises as "please check ..." does.
func TestPleaseTypedFast(t *testing.T) {
	checkReadings(t, []reading{
		{text: "pls check the size guide next time", has: blame},
		{text: "plz send a photo of the label", hasNot: blame},
	})
}

// Not done as we asked puts the undone act on the customer, who was asked to
// do it; done as asked, or not done by us, does not.
func TestNotDoneAsWeAsked(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The boxes weren't labelled as we asked, so the crew loaded them in the wrong order.", has: blame},
		{text: "The gate wasn't left open as requested.", has: blame},
		{text: "The boxes were labelled as we asked, thank you.", hasNot: blame},
		{text: "We didn't call you back as we promised, and I'm sorry.", hasNot: blame},
	})
}

// A denial of our part may close on where it holds: "the fault isn't with us
// here" denies as "the fault isn't with us" does.
func TestDenialClosedByHere(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I'll credit it anyway, even though the problem isn't with us here.", has: blame},
		{text: "It wasn't us there, it was the courier.", has: blame},
		{text: "We weren't there on Tuesday, and that's our mistake.", hasNot: blame},
	})
}

// An outside event told with "there was", then the trouble it brought, is
// the excuse; with no trouble after it, or taken on, it is only news.
func TestThereWasAnOutsideEvent(t *testing.T) {
	checkReadings(t, []reading{
		{text: "There was a storm on the coast overnight, so the ferry couldn't sail.", has: blame},
		{text: "There was a flood at the depot, which is why your parcel is late.", has: blame},
		{text: "There was a storm overnight, so I've rebooked you on the morning sailing.", hasNot: blame},
	})
}

// Tries at the door said more than once insist we did our part, as messages
// sent twice do; they are no mistake of ours told.
func TestTriesAtTheDoorInsist(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our driver knocked three times and waited ten minutes.", has: blame, hasNot: []MarkerKind{MarkOwnsMistake}},
		{text: "I buzzed twice, nobody answered.", has: blame},
		{text: "Our driver knocked once and left straight away, which he shouldn't have, I'm sorry.", hasNot: blame},
	})
}

// A slip by someone of the customer's household, said with its 's or
// plainly, is their side's act: "your dog's chewed through the cable".
// What befell them is not.
func TestHouseholdSlip(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Looks like your dog's knocked the router off the table.", has: blame},
		{text: "Your son knocked the router off the shelf, by the look of it.", has: blame},
		{text: "Your son waited an hour in the rain, which must have been miserable.", hasNot: blame},
	})
}

// "You must have" a wrong thing guesses their error, as "you must have typed
// it wrong" does, and is not vetoed as a guess at what they went through, as
// "you must have been worried" is.
func TestYouMustHaveTheWrongOne(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You must have the wrong booking reference.", has: blame},
		{text: "You must have it set to the wrong region.", has: blame},
		{text: "You must have been so worried.", hasNot: blame},
	})
}

// Someone of the customer's household choosing this rather than that is
// their side's choice, as "you chose" is.
func TestHouseholdChoseThisNotThat(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your wife booked the standard room rather than the suite.", has: blame},
		{text: "Your son picked the blue one, not the red.", has: blame},
		{text: "Your wife booked the suite, and we gave her the standard room by mistake.", hasNot: blame},
	})
}

// What the customer chose, said not to qualify, is their input gone wrong,
// as what they sent is: "the referee you picked isn't eligible".
func TestWhatYouPickedIsNotEligible(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The referee you picked isn't eligible.", has: blame},
		{text: "The seat you chose isn't suitable for a car seat.", has: blame},
		{text: "The seat you chose is a great one.", hasNot: blame},
	})
}

// A denial of our part may run through "happen" ("it didn't happen on our
// watch") and end on a verb that keeps its form in the past ("it isn't
// something we set").
func TestDenialsThroughHappenAndSet(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The dent didn't happen on our watch.", has: blame},
		{text: "The fee isn't something we set.", has: blame},
		{text: "It didn't happen the way we promised, and that's our fault.", hasNot: blame},
	})
}
