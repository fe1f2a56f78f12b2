package scoring

import "testing"

// A fault denied where it began: "the issue didn't start with us" says the
// trouble began elsewhere, as "it didn't come from us" does; a fault placed
// with something of ours and then denied is no ownership.
func TestDenialOfWhereItBegan(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The issue didn't start with us.", has: blame},
		{text: "We'll take a fresh impression, although the problem didn't begin with us.", has: blame},
		{text: "We'll recalibrate it as a goodwill gesture, even though there's nothing wrong with how we fitted it.", has: blame},
		{text: "The problem started with our new booking system, and that's on us.", hasNot: blame},
		{text: "I'm not sure how we missed it, I'm sorry.", hasNot: blame},
	})
}

// The product cleared of a fault of its making puts the damage on its use:
// "isn't a manufacturing fault", "it's not a defect", "not normal wear and
// tear", "beyond fair wear and tear". A defect affirmed, or wear denied in
// favour of a defect, is no blame.
func TestProductClearedOfADefect(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The warping isn't a manufacturing fault.", has: blame},
		{text: "Honestly, it's not a defect.", has: blame},
		{text: "That's not normal wear and tear.", has: blame},
		{text: "That's beyond fair wear and tear.", has: blame},
		{text: "The tear is a manufacturing defect and I've ordered you a new sofa.", hasNot: blame},
		{text: "That isn't wear and tear, it's a manufacturing defect, so I've ordered a replacement.", hasNot: blame},
		{text: "A little fading is normal wear and tear, and I can send a care kit.", hasNot: blame},
	})
}

// What the customer signed or agreed to is a document they were given,
// whatever its name, and a card of print ("the care card", "the recipe card")
// is one too; the customer's own payment card only reports an account.
func TestSignedPapersAndCardsOfPrint(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The treatment plan you signed lists whitening as not covered.", has: blame},
		{text: "The terms you agreed to at sign-up cover this exact situation.", has: blame},
		{text: "The recipe card says the chilli oil is in bag B.", has: blame},
		{text: "The sign by the box office does say no outside food.", has: blame},
		{text: "The plan you signed covers two check-ups a year, so I've booked the second.", hasNot: blame},
		{text: "It shows on your card within 3 days.", hasNot: blame},
		{text: "Your debit card shows the refund from this morning.", hasNot: blame},
	})
}

// Calls, requests, complaints and claims are the customer's to make:
// counted from the third on, they are held against them with no "you" in
// the clause, unless they had to make them. A count kept "since March" is
// kept over a period, and a fragment that opens on the count is one.
func TestCountedCallsAndClaims(t *testing.T) {
	checkReadings(t, []reading{
		{text: "This is the third call about the same booking today, sir.", has: blame},
		{text: "That's the fourth claim on this phone.", has: blame},
		{text: "Third missed appointment since March, Mr Hughes.", has: blame},
		{text: "Third call this week about the tubing, Mr Hale — are we still pulling it out by the tube?", has: blame},
		{text: "This is the third call you've had to make about this.", hasNot: blame},
		{text: "This is the third call I've made to the courier for you today.", hasNot: blame},
		{text: "Third missed delivery since March, I'm so sorry, that's on us.", hasNot: blame},
	})
}

// Something neither ours nor the customer's acted, and the trouble that
// followed is laid at its act: "building management locked the roof access,
// which is why the top floor didn't get done". What we send, on its way, and
// a result that only says when are not.
func TestOutsideActLedToTrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Building management locked the roof access, which is why the top floor didn't get done.", has: blame},
		{text: "The mill sent us a bad dye lot, which is why your curtains don't match the sample.", has: blame},
		{text: "The other club double-booked the pitch, that's why your fixture got bumped.", has: blame},
		{text: "The parcel left the warehouse this morning, so we can't cancel it now.", hasNot: blame},
		{text: "Shutter closed at six, so the shop was shut.", hasNot: blame},
		{text: "The refund went through this morning, so it shows as pending.", hasNot: blame},
		{text: "The new dye batch came out patchy, which is why your curtains don't match, and I'm so sorry.", hasNot: blame},
		// a party named as the cause blames with sorry said too, as the labelled sets read
		// "I'm sorry, truly, but the letting agent gave us the wrong flat number, which is why ..."
		{text: "The mill sent us a bad dye lot, which is why your curtains don't match, and I'm so sorry.", has: blame},
	})
}

// Our act said done as it should: "exactly where the receipt says", "what
// was written on the job sheet", "the new tube, fitted correctly" (the new
// item, not a remedy); and insisting on a message sent: "we definitely sent
// it". A step done right this time, after it was not, is a remedy.
func TestDoneAsTheDocumentSaidAndInsisted(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our valet left it exactly where the receipt says.", has: blame},
		{text: "We fitted exactly what was written on the job sheet.", has: blame},
		{text: "Our mechanic fitted the new tube correctly.", has: blame, hasNot: owns},
		{text: "We definitely sent the dispatch notice.", has: blame},
		{text: "We've fitted a new seal correctly this time, sorry about before.", hasNot: blame},
		{text: "I've definitely sent the new code now, so check your inbox.", hasNot: blame},
	})
}

// A question about the customer's side named as the cause by the sentence
// after it ("… comes from that", "they cause exactly this"), or dated to
// "while you were away", suggests their part. Our step dated the same way,
// and where they were, are asked for facts.
func TestQuestionsNamedAsTheCause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Were you riding it through deep puddles? Water in the controller like this normally comes from that.", has: blame},
		{text: "Was the charger plugged into one of those cheap extension leads? They cause exactly this.", has: blame},
		{text: "Did you leave the heating off while you were away?", has: blame},
		{text: "Was it delivered while you were at work?", hasNot: blame},
		{text: "Were you home when the driver called?", hasNot: blame},
	})
}

// A choice given as the reason for a trouble told beside it is blame ("since
// you went for the early-bird package, the deposit can't be returned"); given
// as the reason for a step of ours it is not.
func TestChoiceGivenAsTheReason(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Since you went for the non-refundable early-bird package, the deposit can't be returned.", has: blame},
		{text: "The deposit can't be returned, because you went for the early-bird package.", has: blame},
		{text: "Since you opted for the junior stylist tier, the correction session is chargeable.", has: blame},
		{text: "Since you approved the swatch, the colour can't be disputed now.", has: blame},
		{text: "Since you chose express, I've refunded the difference.", hasNot: blame},
		{text: "Since you chose the blue one, we can't swap it for free, but I'll send a discount code.", hasNot: blame},
	})
}

// An account told back with "so" runs on through "and": "so you booked the
// 7pm | and the app charged you twice" tells the customer's account back.
// Their household's act, laid beside it, is still theirs.
func TestAccountToldBackThroughAnd(t *testing.T) {
	checkReadings(t, []reading{
		{text: "So you booked the 7pm showing and the app charged you twice, is that right?", hasNot: blame},
		{text: "Right, so basically your husband rang up and cancelled it last week.", has: blame},
	})
}

// The customer's act told as done right clears them, whatever "should
// have" it holds; told as not done, or as what they should have done, it
// blames.
func TestYouDidItRight(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You did everything exactly as you should have.", hasNot: blame},
		{text: "You entered everything correctly; the mistake was ours.", hasNot: blame},
		{text: "You should have entered it correctly.", has: blame},
		{text: "You didn't fill it in as you should have.", has: blame},
	})
}

// A choice of the customer's with a cost kept after it ("so the £145 rate
// applies", "so the deposit stays with us"), even told past a clause of when
// ("after we'd started"), lays the cost at their choice. "The early-bird
// rate" names a kind of rate, no good news; their report ("you mentioned")
// and a trouble taken as ours are no act of theirs.
func TestChoiceWithACostKept(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You went for the out-of-hours call-out at 2am, so the £145 emergency rate applies.", has: blame},
		{text: "You went for the non-refundable early-bird rate, so the brunch deposit stays with us.", has: blame},
		{text: "You changed the layout twice after we'd started, so the extra labour stands.", has: blame},
		{text: "You mentioned the tap was still dripping when the fitter left, so that's a snag in our workmanship and we'll send him back free.", hasNot: blame},
		{text: "You went for the early-bird rate, so it's free to change.", hasNot: blame},
		{text: "You picked express, so I've applied the discount.", hasNot: blame},
	})
}

// An outside event named by a compound ("a lightning strike", "the power
// cut") or with its "'s" ("the snow's kept the drivers off the road") heads
// its clause; "the storm damage" still names a kind of damage.
func TestOutsideEventsInCompoundsAndContractions(t *testing.T) {
	checkReadings(t, []reading{
		{text: "A lightning strike at the transmitter site took the channels off air last night.", has: blame},
		{text: "Power cut on the high street knocked the ovens out for an hour.", has: blame},
		{text: "The snow's kept half the drivers off the road tonight.", has: blame},
		{text: "The storm damage to your fence is covered, and I've booked the repair.", hasNot: blame},
	})
}

// "X is what's causing it" names the cause, with adverbs between ("is most
// likely what's clouding the lenses"), and a thing neither ours nor what we
// deliver may be X. Our own thing, a fault of a kind we own, a sentence that
// owns it, and a free relative with its own subject ("that's what we
// agreed") are not.
func TestNamedAsWhatDidIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Sugary drinks between meals are what's causing the decay.", has: blame},
		{text: "That supermarket solution you switched to is most likely what's clouding the lenses.", has: blame},
		{text: "Mud in the motor is what wrecked it.", has: blame},
		{text: "A bug in our app is what caused it.", hasNot: blame},
		{text: "That's what we agreed.", hasNot: blame},
		{text: "Our payment page glitched on Saturday, which is why you were charged twice.", hasNot: blame},
	})
}

// A message said sent two ways, in the plain past, insists it reached them:
// "we sent the instructions by email and SMS", "the renewal notice went out
// by email and by post". Resent now, it is a step.
func TestSentTwoWays(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We sent the arrival instructions by email and SMS the day before.", has: blame},
		{text: "The renewal notice went out by email and by post a full month ahead.", has: blame},
		{text: "I've resent the activation code by text and by email.", hasNot: blame},
		{text: "I've sent the new code by email and by text just now.", hasNot: blame},
	})
}

// The customer's late act, then the limit it broke, in that order, applies
// the rule against them as the other order does. An act in good time, or a
// limit we then waive, does not.
func TestLateActThenTheLimit(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You cancelled at 7pm the night before, and under our terms anything less than 24 hours' notice is charged in full.", has: blame},
		{text: "You asked to cancel 20 days after the renewal, and refunds are only possible within 14 days.", has: blame},
		{text: "You cancelled a week before, and refunds are possible up to 48 hours ahead, so you're fine.", hasNot: blame},
		{text: "You cancelled the night before, and normally that's charged, but I've waived it.", hasNot: blame},
	})
}

// Someone else's act, then a clause that rules the agent out ("so don't
// look at me", "I'd have had nothing to do with it", "that wasn't anything
// the store did"), passes the fault on. Sorry after our own act does not.
func TestSomeoneElseDidItNotMe(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Accounts logged the repair under the wrong date, so don't look at me.", has: blame},
		{text: "Accounts raised that invoice, I'd have had nothing to do with it.", has: blame},
		{text: "Finance processed the refund to the wrong card, that wasn't anything the store did.", has: blame},
		{text: "Our engineer fitted it, and I'm so sorry it failed.", hasNot: blame},
		{text: "The courier dropped it off at noon, don't worry, I've checked the photo.", hasNot: blame},
	})
}

// A guess at what the customer's side is doing now ("sounds like your
// phone's filtering our texts") puts the cause there, as a guess at what it
// did does; "I'd guess" is no step of ours that takes an event on. A guess
// at what they are going through, or at a third party's step, is not.
func TestGuessesAtWhatYourSideIsDoing(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Sounds like your phone's filtering our texts, worth checking the junk folder.", has: blame},
		{text: "I'd guess your water pressure's just too low for a rain head that size.", has: blame},
		{text: "Sounds like you're having a rough week of it.", hasNot: blame},
		{text: "I'd imagine the courier is delivering it right now.", hasNot: blame},
	})
}

// A denial of our part ("wasn't down to us") is blame even beside a remedy
// for an outside event; "you went with" chooses, and a bill is a charge.
func TestDownToUsDeniedAndWentWith(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I'll refund the green fee as a goodwill gesture, even though the course closure wasn't down to us.", has: blame},
		{text: "You went with the fixed-fee package, so extra hours are billed separately.", has: blame},
		{text: "None of this is down to you, and I've refunded the delivery charge.", hasNot: blame},
		{text: "The storm closed the course, so I've refunded your green fee.", hasNot: blame},
	})
}

// A thing of the customer's side told as already so, in the past ("the sofa
// had already been treated with some spray", "those stains were there before
// our cleaners arrived"), puts the trouble before the company came to it. A
// step of ours already done, what we deliver on its way, our own thing and a
// sorry are not.
func TestAlreadySoBeforeWeCame(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That tyre was already soft when Dean collected the car.", has: blame},
		{text: "The sofa had already been treated with some sort of spray, so our stain remover couldn't lift it.", has: blame},
		{text: "Those stains were there before our cleaners arrived.", has: blame},
		{text: "One payment has already been refunded.", hasNot: blame},
		{text: "I've sent a fresh order out, it's already being cooked.", hasNot: blame},
		{text: "I'm so sorry, the screen was already cracked when we sent it.", hasNot: blame},
	})
}

// What the customer gave us, named wrong with no subject or verb ("wrong
// account number, I'm afraid"), or a code given wrong, is blame; what we
// sent, or a wrong item said with sorry, is not.
func TestWrongInputSaidAlone(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Wrong account number, I'm afraid.", has: blame},
		{text: "Gate code was wrong.", has: blame},
		{text: "Wrong item sent, I'm so sorry.", hasNot: blame},
		{text: "The code we sent you was wrong, sorry about that.", hasNot: blame},
	})
}

// Done to a thing by no step of ours, in the perfect ("that gift card's
// already been redeemed"), it was so already; a count asked as a dig ("is
// this the third ticket you've reported lost?") holds the repeats against
// them as a statement does. Our own step in the perfect, and a count of our
// failures, are not.
func TestAlreadyInThePerfectAndCountsAsked(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That gift card's already been redeemed, so someone must have used the code you shared.", has: blame},
		{text: "Is this the third ticket you've reported lost since March?", has: blame},
		{text: "One payment has already been refunded.", hasNot: blame},
		{text: "Is this the third time we've missed your delivery?", hasNot: blame},
		{text: "Is this the third call you've had to make?", hasNot: blame},
	})
}

// The agent disowning the power beside the system or another party ("that's
// head office, not me", "my hands are tied", "above my pay grade", "it's not
// my rule", "it's the booking software, not me") puts it on them. The agent
// owning it ("it was me, not the system") does not.
func TestDisowningBesideTheSystem(t *testing.T) {
	checkReadings(t, []reading{
		{text: "System won't let me book you in before the 14th, that's head office not me.", has: blame},
		{text: "The booking system just won't let me override it, that's above my pay grade.", has: blame},
		{text: "The system won't let me book it without the number, my hands are tied on that one.", has: blame},
		{text: "It's the booking software, not me.", has: blame},
		{text: "I'm so sorry, it was me, not the system.", hasNot: blame},
	})
}

// "Take it up with" a party, by name or said as an order, passes it on;
// being sent to a colleague or to one's bank to help is not.
func TestTakeItUpWithAName(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Take that up with Kestrel Parking.", has: blame},
		{text: "You'd need to take it up with Sungrove directly.", has: blame},
		{text: "Take a seat with Maria and she'll help.", hasNot: blame},
		{text: "Call your bank to confirm the payment.", hasNot: blame},
		{text: "Take it up with me if it happens again.", hasNot: blame},
	})
}

// A thing cleared, then the customer's side named ("barrier's fine. It's
// your plate", "nothing wrong with the kettle; it's the limescale in your
// area"), puts the cause there. Their thing cleared and ours named is the
// other way round.
func TestClearedThenYours(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Barrier's fine. It's your plate.", has: blame},
		{text: "There's nothing wrong with the kettle; it's the limescale in your area.", has: blame},
		{text: "The charger works fine; the fault's in the socket at your end.", has: blame},
		{text: "Your router's fine; the fault was at our exchange.", hasNot: blame},
	})
}

// Customers in general who then cannot remember, or leave a part too late,
// are told as slipping.
func TestCustomersWhoCannotRemember(t *testing.T) {
	checkReadings(t, []reading{
		{text: "A lot of folks take their rings off to wash up and then can't remember where they put them.", has: blame},
		{text: "Fans often leave downloading their e-tickets until they're at the turnstile.", has: blame},
		{text: "Our customers deserve better, and that's on us.", hasNot: blame},
	})
}

// A limit said with insistence ("does say", "clearly says") by a thing that
// speaks points at what the customer was given to read, whatever its name;
// an account or a status said so, beside a step of ours, does not.
func TestALimitSaidWithInsistence(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Um, the tin does say exterior only.", has: blame},
		{text: "The help article clearly says restores only go back 30 days.", has: blame},
		{text: "The tracker does say it's out for delivery, so it should be with you today.", hasNot: blame},
		{text: "The screen clearly shows an error, so I'll book a repair.", hasNot: blame},
	})
}

// "As per" a document sent to the customer, framing what happened, points at
// what they were given; "as per your request" and "as per our terms" are a
// request met and a rule, and a step of ours puts it right.
func TestAsPerTheDocument(t *testing.T) {
	checkReadings(t, []reading{
		{text: "As per the email we sent on the 2nd, the price went up from this month.", has: blame},
		{text: "As per your request, I've cancelled the order.", hasNot: blame},
		{text: "As per the email, I've now refunded the fee.", hasNot: blame},
	})
}

// A denial of our part, or a cause put elsewhere, told of what will happen
// ("the receipt will come from them rather than us") says who sends what, not
// whose fault it was; "tho" is "though" as typed, so "… as a goodwill thing,
// tho the mistake wasn't on our side" still denies it.
func TestDenialsOfWhatWillHappen(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We use Stripe to take card payments, so the receipt will come from them rather than us.", hasNot: blame},
		{text: "ok i'll knock the late fee off as a goodwill thing, tho tbh the mistake wasn't on our side", has: blame},
		{text: "The delay came from the courier, not us.", has: blame},
	})
}

// "Nothing to do with our testers" denies a fault placed with something of
// ours; a notice said to have gone to the customer's inbox reached them.
func TestNothingToDoWithOursAndWentToYourInbox(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The MOT failure's down to the tyres you fitted yourself, mate, nothing to do with our testers.", has: blame},
		{text: "A notice about the price change went to your inbox on the 1st and again on the 15th.", has: blame},
		{text: "Your refund went to your bank this morning.", hasNot: blame},
	})
}

// A duty or a cost said to fall to the customer, or to whoever holds the
// account, is put on them; falling to us is taken on.
func TestItFallsToYou(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The damage waiver was declined at signing, so the windscreen repair falls to you.", has: blame},
		{text: "Giving us access for the yearly inspection falls on whoever's named on the account.", has: blame},
		{text: "The cost falls to us, so I've refunded it.", hasNot: blame},
	})
}

// The agent denying they set or wrote the rule or the price, beside the
// system or a tool that did, disowns the power; beside a step of theirs,
// or of no one else, it does not.
func TestIDontSetIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The group's new pricing tool calculated that figure, I don't set it, sorry.", has: blame},
		{text: "Look, I didn't write the tariff rules, the system just prices it that way.", has: blame},
		{text: "I don't set the prices, but I've asked my manager to look at it.", hasNot: blame},
	})
}

// A key not topped up is a part not done, told as the reason.
func TestNotToppedUp(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The prepay meter ran dry because the key wasn't topped up over the weekend.", has: blame},
		{text: "I've topped up your key with £10 of emergency credit.", hasNot: blame},
	})
}

// "Printed right at the top of your confirmation" places it on the document
// as "on" does; "wasn't caused on our end" denies our part as "by us" does,
// where "can't be changed on our side" only cannot.
func TestAtTheTopOfAndCausedOnOurEnd(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It's printed right at the top of your confirmation that reception closes at 10pm.", has: blame},
		{text: "I'll send a replacement charger as a goodwill gesture, even though the damage wasn't caused on our end.", has: blame},
		{text: "This can't be changed on our side, I'm afraid.", hasNot: blame},
		{text: "The code is at the top of your welcome email.", hasNot: blame},
	})
}

// "Any chance" opens a guess as "chances are" does, so the customer's act
// after it is read as a question about their part; a favour asked with
// "could you" is no guess, and "could you have" is one again.
func TestAnyChanceOpensAGuess(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Any chance you flipped the wrong breaker when you reset it?", has: blame},
		{text: "Is there any chance you left the back door unlocked?", has: blame},
		{text: "Any chance you could send a photo of the label?", hasNot: blame},
		{text: "Could you send me a photo of the damage, please?", hasNot: blame},
		{text: "Could your browser be blocking the pop-up for the verification step?", has: blame},
	})
}

// A fault said to happen when customers do something puts the fault on what
// they do, whatever the act: "mistakes happen when people measure it at
// home". Plural fault nouns are fault nouns: "booking problems need to go to
// them". A trouble that happens when the roads close names no one's act.
func TestFaultsThatHappenWhenCustomersAct(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Mistakes happen when people measure their own PD at home with a ruler.", has: blame},
		{text: "Errors happen when customers type the postcode themselves.", has: blame},
		{text: "Delays happen when the roads are closed, and I've rebooked you for Monday.", hasNot: blame},
		{text: "Mistakes happen when we rush, and that one was ours.", hasNot: blame},
	})
}

// The customer's mail program, by name, said to bin or file our mail guesses
// the mail was theirs to find, as the junk folder does; a name after "sounds
// like" opens its own clause. Denied, or while we send it again, it is help.
func TestMailProgramFilingOurMail(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Sounds like Outlook is binning our confirmations before you ever see them.", has: blame},
		{text: "Gmail has been putting our emails in your Promotions tab.", has: blame},
		{text: "Outlook isn't blocking our emails, so I'll look at our side.", hasNot: blame},
		{text: "Gmail may be filing our reminders away, so I've resent it by text as well.", hasNot: blame},
		{text: "Outlook is a good choice for reading our newsletters.", hasNot: blame},
	})
}

// "Nothing we can do" read in a clause of be ("there's nothing we can do",
// "and there was nothing we could do") points back to the outside cause or
// party named beside it, as "nothing we could do" with its own verb does.
// Alone, it names no one.
func TestNothingWeCanDoWithThereIs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "There's really nothing we can do when the snow shuts the motorway.", has: blame},
		{text: "Sorry about the blackout during the match, but the broadcaster pulled the feed and there was nothing we could do.", has: blame},
		{text: "There was nothing we could do.", hasNot: blame},
	})
}

// "Like I said" frames a clause as "as I said" does, and the frame's words of
// repeating may sit a few words on: "like I said the last two times you
// called". Said once, or "I like", it only refers back or likes.
func TestLikeISaidIsAsISaid(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Like I said the last two times you called, the box needs a wired connection for 4K.", has: blame},
		{text: "Like I told you twice already, the gate code is on the email.", has: blame},
		{text: "Like I said, the box needs a wired connection.", hasNot: blame},
		{text: "I like that idea, let's book it in for Friday.", hasNot: blame},
	})
}

// "Not a lot" and "not much we can do" are "nothing we can do" said softly,
// and open their own clause after a pause: pointing back to an outside cause
// or a party, they are blame; alone they name no one.
func TestNotMuchWeCanDo(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your ISP throttles video traffic in the evenings, not a lot we can do about that.", has: blame},
		{text: "Not much we can do about the weather, I'm afraid.", has: blame},
		{text: "Not much we can do about it.", hasNot: blame},
	})
}

// A guess that the customer slipped keeps its blame when a reason of ours
// follows as its evidence ("because our crew had nowhere to stop"); a fault
// of ours given as the reason still clears them.
func TestAGuessWithOurEvidence(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You must have left the parking suspension off the booking form, because our crew had nowhere to stop when they got there.", has: blame},
		{text: "Your card was declined because our payment system had an outage.", hasNot: blame},
	})
}

// What the company does as a rule takes no step for this customer, so it
// does not take the trouble on: "we move hundreds of pianos a year and
// nobody else has had a problem" still says only they had it. A step taken
// now does: "nobody else reported it, and I've sent an engineer today".
func TestAHabitIsNoStepTaken(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We move hundreds of pianos a year and nobody else has had a problem with our straps.", has: blame},
		{text: "Nobody else on the street reported it, and I've booked an engineer for today.", hasNot: blame},
	})
}

// Trouble done in our care ("left out of the chiller at our depot") is ours,
// whoever's the thing; a document contradicted by how things really were
// ("the page said doors at 7 when they were really at 7:30") was wrong, and
// the customer missed nothing.
func TestOurCareAndOurWrongDocument(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your meal kit was left out of the chiller at our depot for too long, which is why the chicken smelled off.", hasNot: blame},
		{text: "Your meal kit was left out in the sun, which is why the chicken smelled off.", has: blame},
		{text: "Honestly, it's on us. The ticket page said doors at 7 when they were really at 7:30.", hasNot: blame},
		{text: "The ticket page clearly said doors at 7.", has: blame},
	})
}

// A third party holding or keeping something for the customer does them a
// favour; holding the money back is still their doing.
func TestAFavourHeldForYou(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I've spoken to SkyRest Lounge and they're holding a table for you until 8.", hasNot: blame},
		{text: "Your bank is holding the payment, so it hasn't reached us.", has: blame},
	})
}

// The agent ruling themselves out after another part of the company or the
// system acted disowns it: "it's nothing to do with me", "that's accounts,
// not me". Our team alone ("our accounts team sent it to your old address,
// I'm sorry") owns it.
func TestTheAgentRulesThemselvesOut(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The system automatically added the waiting-time charge, it's nothing to do with me I'm afraid.", has: blame},
		{text: "Our accounts team sent the invoice to your old address, that's accounts not me, I only handle the bookings.", has: blame},
		{text: "Our accounts team sent the invoice to your old address, I'm so sorry.", hasNot: blame},
	})
}

// Phoning twice is diligence told, as sending a reminder twice is: "we did
// phone you twice" insists we did our part and owns no mistake; charging
// twice is a mistake.
func TestPhonedTwiceIsNoMistake(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We did phone you twice on the day of the schedule change and left a voicemail both times.", has: blame, hasNot: []MarkerKind{MarkOwnsMistake}},
		{text: "We charged you twice for the same order.", has: []MarkerKind{MarkOwnsMistake}, hasNot: blame},
	})
}

// A rule or a record read in the customer's favour, with a step for them at
// no cost after it, helps: "your booking shows the flexible rate, so I can
// move the dates for you with no fee", "you're on 41,000, so this repair
// won't cost you anything". Read against them, it still blames.
func TestARecordReadInTheirFavour(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your booking shows you chose the flexible rate, so I can move the dates for you with no fee at all.", hasNot: blame},
		{text: "The warranty covers the clutch up to 60,000 miles and you're on 41,000, so this repair won't cost you anything.", hasNot: blame},
		{text: "Your booking clearly shows the non-flexible rate, so I can't move the dates.", has: blame},
	})
}

// What the customer's side went through because a delivery never came is
// ours to own, whatever the verb: "your family's been eating off their laps
// all week because the table never turned up".
func TestTroubleBecauseOurDeliveryNeverCame(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your family's been eating off their laps all week because the table never turned up, I'm so sorry.", hasNot: blame},
		{text: "Your dog ate the cable because it was left on the floor.", has: blame},
	})
}

// Only this customer with the trouble, told now or as "the only one": "nobody
// else on the exchange is seeing any issues", "you're the only one on the
// street with a fault". "The only one I've been able to fix" tells our step,
// and "we've got four hundred homes on that cabinet" has them, it does
// nothing for anyone.
func TestOnlyYouHaveTheTrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Nobody else on the exchange is seeing any issues, so it's most likely something in your home setup.", has: blame},
		{text: "You're the only customer who's had this problem.", has: blame},
		{text: "You're the only one on the street with a fault.", has: blame},
		{text: "Yours is the only one I've been able to fix today.", hasNot: blame},
		{text: "We've got about four hundred homes on that cabinet.", hasNot: []MarkerKind{MarkConcreteAction}},
	})
}

// The customer cleared beside the account of what went wrong is not blamed
// by it: "you didn't do anything wrong at all, the booking page was still
// showing last year's price", "you entered the code perfectly - it was our
// locker that failed".
func TestClearedBesideTheAccount(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You didn't do anything wrong at all, the booking page was still showing last year's price.", hasNot: blame},
		{text: "You entered the code perfectly - it was our locker that failed to release.", hasNot: blame},
		{text: "The booking page clearly showed last year's price.", has: blame},
	})
}

// Going without is suffered, not done wrongly: "your cat went three days
// without her tablets"; sending it without the charger is a slip.
func TestWentWithoutIsSuffered(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your cat went three days without her tablets, and I know how worrying that must have been.", hasNot: blame},
		{text: "Your courier sent it without the charger.", has: blame},
	})
}

// Saying, mentioning or explaining something twice is insisting, not a
// mistake done twice: "I've explained this twice now" owns nothing.
func TestSaidTwiceIsNoMistake(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I've explained this twice now, the gate code is in the email.", hasNot: []MarkerKind{MarkOwnsMistake}},
		{text: "I mentioned it twice on the call.", hasNot: []MarkerKind{MarkOwnsMistake}},
	})
}
