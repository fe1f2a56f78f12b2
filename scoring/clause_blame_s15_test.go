package scoring

import "testing"

// A document that states the rule is no blame when the sentence goes on to
// act on it for the customer: "the policy does say you can return it within
// thirty days, so I've gone ahead and booked the collection". Said to refuse,
// it still points at what they were given.
func TestRuleStatedWhileHelping(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The policy does say you can swap within thirty days, so I've gone ahead and, um, swapped it for you.", hasNot: blame},
		{text: "The terms do say you can pause for a month, so I've gone ahead and paused it.", hasNot: blame},
		{text: "The terms clearly say no refunds after thirty days.", has: blame},
		{text: "The manual does say to keep it out of the rain, so it isn't covered.", has: blame},
	})
}

// A cost said not to fall on the customer ("so you won't be charged") is good
// news, whoever's act brought it: "the airline has agreed to pay the hotel,
// so you won't be billed for it". A cost that does fall on them still does.
func TestNoChargeIsNoTrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The supplier has agreed to cover the callout, so you won't be charged a penny.", hasNot: blame},
		{text: "Your insurer has agreed to pay for the repair, so you won't be billed for it.", hasNot: blame},
		{text: "The supplier cancelled the callout, so you were charged the full fee.", has: blame},
	})
}

// The customer's own account told back with "you mentioned" or "you said"
// and a clause of its own after it is their account, not our blame. "You
// told the driver to leave it in the porch" is what they did, and "if you'd
// mentioned it" is a condition.
func TestTheirAccountAfterYouMentioned(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You mentioned your bank declined the payment twice, so I've sent a fresh link.", hasNot: blame},
		{text: "You said the courier lost the first parcel, so I'm sending another today.", hasNot: blame},
		{text: "Your bank declined the payment twice.", has: blame},
	})
}

// A clause of when inside a question asks for a detail of the moment the
// trouble came: "what were you doing when the app crashed?".
func TestMomentOfTheTroubleAsked(t *testing.T) {
	checkReadings(t, []reading{
		{text: "What page were you on when the app crashed?", hasNot: blame},
		{text: "Which browser were you using when the system crashed?", hasNot: blame},
		{text: "The app crashed because you were on an old version.", has: blame},
	})
}

// After "and", a reason that opens its part of the sentence explains what
// follows it, not what went before: "and since you cancelled on Monday, the
// refund is on its way" is good news.
func TestReasonAfterAndExplainsWhatFollows(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Deposits are refundable up to two days before, and since you cancelled on Friday it's on its way back to you.", hasNot: blame},
		{text: "Deposits are refundable up to two days before, and since you cancelled on the day, the deposit is kept.", has: blame},
	})
}

// "It didn't because of ..." denies the verb left out, not the cause: "it
// should have gone through and it didn't because of a fault in our system"
// gives our fault as the reason.
func TestElidedVerbDeniedBeforeBecause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The voucher should have applied and it didn't because of a fault in our checkout.", hasNot: blame},
		{text: "The discount should have come off and it didn't because of an error on our side.", hasNot: blame},
		{text: "The delay wasn't because of our warehouse.", has: blame},
	})
}

// An apology takes the trouble on only up to a "but" or "however" that turns
// from it: "sorry, but the upload failed because the file was over 20MB"
// lays the trouble on the file. Without the turn, it takes it on.
func TestApologyTurnedFromWithBut(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Sorry, but the upload failed because the photo was over 20MB.", has: blame},
		{text: "I'm sorry, but the mill had a fault, which is why the order came out late.", has: blame},
		{text: "Apologies, but everyone else in your building has a perfect signal.", has: blame},
		{text: "Sorry, the upload failed because the photo was over 20MB.", hasNot: blame},
		{text: "I'm sorry the mill had a fault, which is why the order came out late.", hasNot: blame},
	})
}

// After a penalty, a clause of when telling in the passive what was done to
// the thing, by no one of ours, lays the act on their side: "the warranty was
// voided when the casing was opened". What we cannot do once a thing of ours
// is done is a rule.
func TestPenaltyWhenItWasDoneToIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The guarantee was voided when the seal was removed.", has: blame},
		{text: "The guarantee was voided when the casing was opened by an unapproved repairer.", has: blame},
		{text: "I can't change a bill once it's issued.", hasNot: blame},
		{text: "The guarantee was voided when our engineer opened the casing.", hasNot: blame},
	})
}

// A count of a service we keep doing for them, with nothing of it gone
// wrong, is held against them: "the third time this year we've had to reset
// your password", "the fourth replacement remote we've posted you". So is a
// count of replacements, and of changes only they make ("the third time the
// delivery date's been moved"). A count of what we got wrong is ours.
func TestCountOfOurServiceHeldAgainstThem(t *testing.T) {
	checkReadings(t, []reading{
		{text: "This is the third time this year we've had to reset your password.", has: blame},
		{text: "That's the fourth time this month our engineer has been out to your flat.", has: blame},
		{text: "This is the fourth replacement remote we've sent you since March.", has: blame},
		{text: "That's the third replacement key this month, Ms Shah.", has: blame},
		{text: "That's the third time the delivery date's been moved this week.", has: blame},
		{text: "That's the third time this month we've sent the wrong size.", hasNot: blame},
		{text: "This is the third time we haven't turned up, and I'm so sorry.", hasNot: blame},
		{text: "This is the second time we've sent you a replacement.", hasNot: blame},
	})
}

// Opened with "so", a sentence tells the customer's account back, unless it
// finds a thing of theirs wrong or lacking: "so the, uh, the reading was
// typed in wrong", "so the form came back without a signature". What we
// deliver, gone wrong, is still their account told back.
func TestSoOpensAFindingOfTheirThing(t *testing.T) {
	checkReadings(t, []reading{
		{text: "So the, uh, the reading was typed in wrong.", has: blame},
		{text: "So yeah, the, um, the claim form came back without a signature.", has: blame},
		{text: "So the reading was typed in wrong.", has: blame},
		{text: "So the claim form came back without a signature.", has: blame},
		{text: "So the parcel went to the wrong address.", hasNot: blame},
		{text: "So the app charged you twice, is that right?", hasNot: blame},
	})
}

// Most customers reading what they were given holds it up against the one
// who did not: "most guests read the welcome pack".
func TestMostReadWhatTheyWereGiven(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Most guests read the welcome pack, which has the checkout time on page one.", has: blame},
		{text: "Most guests read the menu before ordering.", has: blame},
		{text: "Most guests enjoy the welcome pack.", hasNot: blame},
	})
}

// A deduction that stands is a penalty kept: "the part wasn't returned, so
// the deduction stands".
func TestDeductionStands(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The oven wasn't cleaned before you left, so the deduction stands.", has: blame},
		{text: "The oven was cleaned before you left, so there's no deduction.", hasNot: blame},
	})
}

// "We did everything we were meant to" insists our part was done.
func TestWeDidEverythingDue(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We did everything we were supposed to: the claim was lodged the same day.", has: blame},
		{text: "We have done all we were required to, and more.", has: blame},
		{text: "We did everything we could to get it to you, and it still came late, which is on us.", hasNot: blame},
	})
}

// A fault told as it stands now ("is missing") leads to the trouble as one
// told as done: "the postcode is missing a letter, which is why the courier
// couldn't find you".
func TestFaultToldAsItStandsLedToTheTrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The form is missing a signature, which is why the claim was held.", has: blame},
		{text: "So the postcode on the order is missing a letter, which is why the courier couldn't find you.", has: blame},
		{text: "Our form is missing a box, which is why the claim was held.", hasNot: blame},
	})
}

// A thing of theirs named as the trouble, after any guess: "your router is
// the problem", "your extender's prob the culprit".
func TestTheirThingNamedAsTheTrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your router is the problem.", has: blame},
		{text: "Your old charger is probably the issue.", has: blame},
		{text: "ur extender's prob the culprit", has: blame},
		{text: "Your router isn't the problem.", hasNot: blame},
		{text: "Your question is a good one.", hasNot: blame},
	})
}

// A trouble that happened after the thing was handed over happened in their
// care: "the crack happened after it was delivered".
func TestTroubleAfterItWasHandedOver(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The crack happened after it was delivered.", has: blame},
		{text: "The dent occurred after it was collected.", has: blame},
		{text: "The crack happened before it was delivered.", hasNot: blame},
	})
}

// A customer named by their role ("the cardholder", "the policyholder") is
// the customer in general: a duty laid on the role is laid on them, and the
// role's choice is theirs.
func TestCustomerNamedByTheirRole(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The cardholder is supposed to tell us straight away when a card goes missing.", has: blame},
		{text: "The policyholder is meant to keep the receipts.", has: blame},
		{text: "The limit was reached because the policyholder chose the basic plan at renewal.", has: blame},
		{text: "The cardholder is entitled to a full refund.", hasNot: blame},
	})
}

// "Nothing to do with me" disowns as "nothing to do with us" does.
func TestNothingToDoWithMe(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The system flagged it on its own, that's nothing to do with me.", has: blame},
		{text: "The old balance is nothing to do with you.", hasNot: blame},
	})
}

// "You did everything right" beside a clause clears the customer, as "you
// did nothing wrong" does: "you did everything right; the voucher you used
// was valid".
func TestClearedWithEverythingRight(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You did everything right; the voucher you entered was valid and our till failed to take it.", hasNot: blame},
		{text: "You entered the voucher wrong; it was for a different store.", has: blame},
	})
}

// "Just to make sure I've got this right:" tells the customer's account
// back, as "if I've understood" does.
func TestMakeSureIHaveItRight(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Just to make sure I've got this right: the driver left the box by the bins and it was gone by the time you got back.", hasNot: blame},
		{text: "Let me make sure I understand: the installer drilled through the pipe?", hasNot: blame},
		{text: "The driver left the box by the bins because you weren't in.", has: blame},
	})
}

// A third party's lapse told beside our own error is what our error
// brought: "he didn't come, we sent him to the wrong address".
func TestTheirLapseBesideOurError(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You're right, he didn't come, we sent him to the wrong address.", hasNot: blame},
		{text: "Your landlord didn't come on Tuesday.", has: blame},
	})
}

// "Will have" done, said of anyone but us, supposes what happened as "must
// have" does: "you'll have agreed to the terms when you ticked the box", "it'll
// have been left out in the rain". Of us, or of what they will receive, it
// looks ahead.
func TestWillHaveDoneSupposes(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You'll have agreed to the terms when you ticked the box.", has: blame},
		{text: "He'll have left it by the bins.", has: blame},
		{text: "We'll have refunded you by Friday.", hasNot: blame},
		{text: "You'll have received the refund by Friday.", hasNot: blame},
	})
	checkParses(t, []parseWant{
		{text: "You'll have agreed to the terms when you ticked the box.", word: "agreed", actor: actCustomer, aspect: aspMust, lemma: "agree"},
		{text: "We'll have refunded you by Friday.", word: "refunded", actor: actAgent, aspect: aspWill, lemma: "refund"},
	})
}

// A thing that "must have been" handled so, by no one named, is a guess at
// what was done to it: "the lens must have been dropped". What should have
// been done is ours, and a guess about the past promises nothing, however
// vague its time.
func TestMustHaveBeenDoneToIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The lens must have been dropped.", has: blame},
		{text: "It'll have been left out in the rain at some point.", has: blame, hasNot: vague},
		{text: "The lens should have been checked before it went out.", hasNot: blame},
		{text: "The lens must have been dropped by our courier.", hasNot: blame},
	})
}

// Sent back to a third party with "go back to", as with "take it up with":
// "you'd need to go back to the shop for that". Told where to go to collect
// a thing, they are only told where.
func TestGoBackToThem(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You'd need to go back to the dealer for that.", has: blame},
		{text: "You'll need to go to the depot to collect it.", hasNot: blame},
	})
}

// A fault put in the customer's kit with "in" or "with": "the fault is in
// your wiring", "the problem's with your router".
func TestFaultInYourKit(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The fault is in your internal wiring.", has: blame},
		{text: "The problem's with your router.", has: blame},
		{text: "The fault is in our exchange.", hasNot: blame},
	})
}

// Told that a good thing was limited ("the discount was only for six
// months") is told a rule, not good news: "you were told that" holds it to
// them.
func TestToldOfALimitedGoodThing(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You were told on the call that the discount was only for six months.", has: blame},
		{text: "You were told on the call that the discount was approved.", hasNot: blame},
	})
}

// Customers marked by the trouble with a relative clause ("people who get
// this error") and what they did lay the trouble on that act.
func TestOthersWhoHadTheTroubleDidIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Most people who get this error have typed the code with a space at the end.", has: blame},
		{text: "Most people who get this error have been very patient with us.", hasNot: blame},
	})
}

// What follows "the problem is (that)" or "the issue is" causes the trouble:
// told of the customer's side or a third party, it lays the trouble there.
// What they went through, or what we did, does not.
func TestTroubleFramedThenTold(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The problem is that you're signing in with the old email.", has: blame},
		{text: "The issue is you've got two profiles.", has: blame},
		{text: "The problem is your landlord never passed on the code.", has: blame},
		{text: "The problem is that we sent the wrong size.", hasNot: blame},
		{text: "The issue is that you've had to wait a week.", hasNot: blame},
		{text: "The problem is that your refund hasn't reached you yet.", hasNot: blame},
	})
}

// What we sent the customer, said not to have been acted on, opened or
// answered, lays the outcome on them: "the renewal reminder, which was
// issued twice, was not acted upon". Their own message left unanswered is
// ours.
func TestOurMessageNotTakenUp(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The renewal reminder, which was issued to the address held on file, was not acted upon.", has: blame},
		{text: "The confirmation email was never opened.", has: blame},
		{text: "Your email wasn't answered for a week.", hasNot: blame},
		{text: "The reminder was never opened by our team.", hasNot: blame},
	})
	checkParses(t, []parseWant{
		{text: "The reminder, which was issued to the address held on file, was not acted upon.", word: "acted", actor: actThing, aspect: aspDone, lemma: "act", passive: true},
	})
}

// Formal ways of putting the cost or the duty on the customer's role: "the
// charge falls to the borrower", "it is the responsibility of the account
// holder to".
func TestCostOrDutyOnTheirRole(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Under the lending terms the replacement charge falls to the borrower.", has: blame},
		{text: "It is the responsibility of the account holder to keep the card details current.", has: blame},
		{text: "It is the responsibility of our team to keep the card details current.", hasNot: blame},
		{text: "The price falls to five pounds next month.", hasNot: blame},
	})
}

// A thing of theirs named the likely cause is named the trouble: "the set-up
// in your home is the most probable cause of the buffering".
func TestTheirThingNamedTheLikelyCause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The wiring in your property is the most probable cause of the tripping.", has: blame},
		{text: "Your extension lead is the likely cause.", has: blame},
		{text: "Your patience is the main reason we got there.", hasNot: blame},
	})
}

// "I understand from your letter that ..." tells the customer's account
// back, as "you mentioned" does.
func TestUnderstoodFromTheirLetter(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I understand from your letter that the plumber did not attend on Monday.", hasNot: blame},
		{text: "I see from your email that the driver left it outside.", hasNot: blame},
		{text: "The plumber did not attend on Monday because nobody was home.", has: blame},
	})
}

// Answering the same question more than once is telling them again, not a
// thing done wrong twice: "I've answered this twice already today".
func TestAnsweredMoreThanOnce(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I've answered this three times now.", has: blame, hasNot: owns},
		{text: "We replied to your email twice last week.", has: blame},
		{text: "We charged you twice last week.", has: owns, hasNot: blame},
	})
}

// Terms the customer accepted, said to exclude what they ask for, point at
// what they signed up to, whether "you accepted" them or they "were
// accepted" at sign-up.
func TestTermsAcceptedExcludeIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The terms you accepted at sign-up exclude refunds on used passes.", has: blame},
		{text: "The conditions, which were accepted at registration, expressly exclude refunds.", has: blame},
		{text: "The terms you accepted at sign-up include a free month, which I've added.", hasNot: blame},
	})
	checkParses(t, []parseWant{
		{text: "The policy excludes accidental damage.", word: "excludes", actor: actThing, aspect: aspPresent, lemma: "exclude"},
	})
}

// "As such", "consequently" and "accordingly" open a result as "so" does:
// "the documents were sent in an unreadable format, and as such the claim
// could not be progressed".
func TestFormalResultOpeners(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The documents were sent in an unreadable format, and as such the claim could not be progressed.", has: blame},
		{text: "The documents were sent in an unreadable format; consequently, the claim could not be progressed.", has: blame},
		{text: "The documents arrived on Monday, and as such the claim has been approved.", hasNot: blame},
	})
}

// A denied opinion ("I don't think", "we don't believe") denies the clause
// it reaches: "we don't think it was our fault" disowns it, "I don't think
// the courier lost it" doubts the courier's part, and "I don't think you
// did anything wrong" clears the customer.
func TestDeniedOpinionDeniesWhatFollows(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We don't think it was our fault, to be honest.", has: blame, hasNot: owns},
		{text: "I don't think the courier lost it.", hasNot: blame},
		{text: "I don't think you did anything wrong.", hasNot: []MarkerKind{MarkBlame, MarkOwnsMistake}},
		{text: "We don't think it was your fault.", hasNot: blame},
		{text: "I think it was our fault.", has: owns, hasNot: blame},
	})
	checkParses(t, []parseWant{
		{text: "I don't think the courier lost it.", word: "lost", actor: actThird, aspect: aspDone, lemma: "lose"},
	})
}

// "Right" that ends a clause of the customer's act says they did it right,
// as "correctly" does: "you entered the code right" clears them.
func TestYouDidItRightAtTheEnd(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You entered the voucher right; the till just didn't take it.", hasNot: blame},
		{text: "You entered the voucher wrong; it's for a different shop.", has: blame},
	})
}

// "Looks like it happened after delivery" supposes what happened: the clause
// after the frame is its own. Made to sound so, or happened at our place, it
// supposes nothing of theirs.
func TestLooksLikeItHappened(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The dent in your photos looks like it happened after delivery, not in transit.", has: blame},
		{text: "From the pictures it looks like it was damaged in our warehouse.", hasNot: blame},
		{text: "Sorry, I didn't mean to make it sound like it was your fault.", hasNot: blame},
	})
}

// A request made late is a slip, where a request alone is a wish: "the
// upgrade was requested after the cut-off, hence the charge".
func TestRequestMadeLate(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You asked for the upgrade after the cut-off, hence the charge.", has: blame},
		{text: "The change was requested after the deadline, which is why you were charged.", has: blame},
		{text: "You asked us to hold the parcel, which is why it's at the depot.", hasNot: blame},
	})
}

// A document insisted on with "did" ("the note did say", "the email did
// have the time in bold") points at what they were given.
func TestDocumentInsistedOnWithDid(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The note on the order did say to leave it by the gate.", has: blame},
		{text: "The confirmation email did have the pick-up time in bold at the top.", has: blame},
		{text: "The confirmation email has the pick-up time at the top, and I've resent it.", hasNot: blame},
	})
}

// "We can only go on what we were given" or "what you give us" puts what went
// wrong on what was handed to us.
func TestOnlyWhatWeWereGivenOrGive(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We can only work with what we were sent.", has: blame},
		{text: "We can only go on the details people give us.", has: blame},
		{text: "We can only refund what we charged.", hasNot: blame},
	})
}

// Mixing things up is a slip: "a lot of customers mix up the two accounts",
// "you mixed up the dates"; mixed up by us, it is ours.
func TestMixingUpIsASlip(t *testing.T) {
	checkReadings(t, []reading{
		{text: "A lot of customers mix up the two logins.", has: blame},
		{text: "You mixed up the two booking dates.", has: blame},
		{text: "We mixed up your order with another one.", has: owns, hasNot: blame},
	})
}

// Missing our reminders is theirs to keep, as a missed slot is: "you did
// miss two reminder texts". Missing a flight is told with sympathy.
func TestMissedOurReminders(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We'll waive it this once, but you did miss three reminder emails.", has: blame},
		{text: "You missed the renewal warnings we sent in May.", has: blame},
		{text: "You missed your flight because our shuttle was late.", hasNot: blame},
	})
}

// A trouble told just before "after we handed it over" went wrong in someone
// else's hands: "your parcel went missing after we handed it to the
// courier".
func TestWentWrongAfterWeHandedItOn(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your parcel went missing after we handed it to the courier.", has: blame},
		{text: "It was damaged after we handed it over.", has: blame},
		{text: "We lost your parcel after we handed it to the courier.", hasNot: blame},
		{text: "Your parcel arrived after we handed it to the courier.", hasNot: blame},
	})
}

// A thing come back without a part of its own ("without its box"), and good
// news cut down after it ("which is why the refund was reduced"), lay the
// trouble on the one who sent it back. What the agent "can see" of a thing
// is a clause of its own.
func TestCameBackWithoutItsPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I can see the jacket came back without its tags, which is why the refund was reduced.", has: blame},
		{text: "The jacket came back without the belt, which is why the refund was docked.", has: blame},
		{text: "Your bill was reduced after the review.", hasNot: blame},
		{text: "I can see your family drove three hours only to find the course shut.", hasNot: blame},
	})
}

// What we cannot do is no mistake owned, whatever wrong word it names: "we
// can't accept returns for wrong fit".
func TestWhatWeCannotDoOwnsNothing(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The size guide is right there on the product page, so we can't accept returns for wrong fit.", has: blame, hasNot: owns},
		{text: "We sent the wrong size.", has: owns},
	})
}

// After a question of what was done, "that would ..." says what the act
// brings about, and so lays the trouble on it: "was the box left unticked?
// That would log you out every time." "That would be great" says nothing of
// cause.
func TestAskedThenWhatItWouldDo(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Was the stay-signed-in box left unticked? That would log you out every time.", has: blame},
		{text: "Was the box left unticked? That would be great to know.", hasNot: blame},
	})
}

// The registered keeper is the customer by their role, with or without the
// apostrophe typed: "its the registered keepers job".
func TestRegisteredKeepersJob(t *testing.T) {
	checkReadings(t, []reading{
		{text: "its the registered keepers job to book the mot before it runs out", has: blame},
		{text: "It's our job to book the MOT before it runs out.", hasNot: blame},
	})
}

// A thing said not to match what the customer gave lays the mismatch at
// what they gave: "the name didn't match the card you gave us".
func TestMismatchWithWhatYouGave(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The name on the booking didn't match the passport you gave us.", has: blame},
		{text: "The colour doesn't match the photo on our site.", hasNot: blame},
	})
}
