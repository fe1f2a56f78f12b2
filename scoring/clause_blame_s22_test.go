package scoring

import "testing"

// Another party's step that holds us up is the cause of the hold-up, not
// help for the customer: "so we're stuck" already says it did them no good.
// Their step with a good result stays help.
func TestTheirStepHeldUsUp(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The planning officer moved the site visit, so we're stuck till then.", has: blame},
		{text: "The venue moved the booking, so we couldn't get the crew in.", has: blame},
		{text: "The planning officer approved the plans, so we can start on Monday.", hasNot: blame},
		{text: "The bank approved the refund, so it'll show by Friday.", hasNot: blame},
	})
}

// A thing brought in with "a" or "an" that did something is none of ours:
// "a lorry clipped the van, so we couldn't make your slot" lays the missed
// slot on it. What we send on its way, or what arrives, is ours to answer for.
func TestSomeOtherThingHeldUsUp(t *testing.T) {
	checkReadings(t, []reading{
		{text: "A lorry clipped the van on the M25, so we were never going to make your slot.", has: blame},
		{text: "A fallen tree took the power out along the whole road, so our electrician couldn't test anything.", has: blame},
		{text: "A burst main flooded the road, so the driver couldn't get through.", has: blame},
		{text: "A replacement went out this morning, so we can't cancel the order now.", hasNot: blame},
		{text: "A new part arrived yesterday, so we couldn't fit the old one.", hasNot: blame},
		{text: "Our van clipped a lorry on the M25, so we couldn't make your slot.", hasNot: blame},
	})
}

// Another company or team named as separate from us, while we do nothing
// about what it did, is the trouble put on them; beside a step of ours it
// only says why the step was needed.
func TestASeparateParty(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Sorry, the shop's a separate franchise.", has: blame},
		{text: "Your bags were held up by the handling agent, who are a completely separate outfit from us.", has: blame},
		{text: "The locksmith is an independent firm.", has: blame},
		{text: "It's a different department, I'm afraid.", has: blame},
		{text: "The restaurant is run by a separate company, but I've added the dinner to your room bill.", hasNot: blame},
		{text: "The scaffolders are a separate firm, but I've chased them myself and they're on site at 8 tomorrow.", hasNot: blame},
		{text: "That's a different department, but I can transfer you to them now.", hasNot: blame},
		{text: "It was a different engineer who came out last time.", hasNot: blame},
		{text: "Is the locksmith a separate firm?", hasNot: blame},
		{text: "The warehouse isn't a separate company, it's part of us.", hasNot: blame},
	})
}

// What we did, or where or when it went, named right after the customer's
// own choice or detail lays the trouble on what they gave us. Words quoted
// back, a sentence that takes a step, and a reason ("that's why") are
// other readings.
func TestDidAsYouGaveIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The proof you signed off had the 14th on it, so that's the date we printed.", has: blame},
		{text: "The order says flat 2, so that's where it went.", has: blame},
		{text: "The size was picked on your account, so that's the one we sent.", has: blame},
		{text: "The label you approved had the old logo, so that's the one we printed.", has: blame},
		{text: "Your email says the fault is ours, and that's what the manager wrote.", hasNot: blame},
		{text: "The label you approved had the old logo, so that's the one we printed, and I've reprinted them free.", hasNot: blame},
		{text: "The label you approved had the new logo, so that's great.", hasNot: blame},
	})
}

// What a colleague or another party reports is read as its own clause, so
// the failure it tells is weighed as any other; the customer's words quoted
// back are theirs, and blame no one.
func TestWhatAPartySaysIsWeighed(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Kwame in our documents team says the translation agency you used didn't certify the stamp, hence the rejection.", has: blame},
		{text: "The depot says the courier never collected it from the sorting office.", has: blame},
		{text: `Your note says "the driver never even turned up", and I've opened a trace with the depot on that now.`, hasNot: blame},
	})
}

// A question about the customer's act, then how often that is what, where
// or how it goes, makes the act the common cause. Without a frequency the
// follow-up only tells where or how.
func TestUsuallyWhatDoesItAfterAQuestion(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Have you cleared your cache? Nine times out of ten that's what it is.", has: blame},
		{text: "Have you been keeping the insulin in the fridge door? That's usually where the temperature swings the most.", has: blame},
		{text: "Did you leave the hob on low? That's normally how the pans warp.", has: blame},
		{text: "Did you book through the app? That's where the discount shows.", hasNot: blame},
		{text: "Did you book through the app? That's usually when we send the code.", hasNot: blame},
	})
}

// "So no," or "so yeah," is talk before the result, which is the clause
// after it: "you opted for paperless, so no, we wouldn't have posted it".
func TestResultAfterTalk(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You opted for paperless, so no, we wouldn't have posted the statement.", has: blame},
		{text: "You picked the basic plan, so yeah, we couldn't add the extra room.", has: blame},
		{text: "You opted for paperless, so no, there's nothing to pay for postage.", hasNot: blame},
		{text: "You opted for paperless, so yeah, I've emailed the statement again.", hasNot: blame},
	})
}

// A fee or a penalty another party charged the customer is what they were
// put to, not the party's error: "because our transfer was late, your bank
// charged you an overdraft fee" owns nothing away. Charged twice, or the
// wrong rate, it is their error.
func TestACostAnotherPartyCharged(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Because our transfer was late, your bank charged you an overdraft fee.", hasNot: blame},
		{text: "Your bank fined you £25 for the bounced payment, and we'll cover it.", hasNot: blame},
		{text: "Your landlord charged you a late fee because the refund hadn't arrived.", hasNot: blame},
		{text: "The payment processor charged you twice; it's their system.", has: blame},
		{text: "The hotel charged you the wrong rate, that's on them.", has: blame},
	})
}

// A reason of ours that did not arrive or did not work makes what another
// party did next the knock-on of our failure: "the hotel turned you away
// because our booking never reached them". So does what they charged for
// it ("the airline charged you for rebooking").
func TestOurFailureBehindTheirAct(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The hotel turned you away because our booking never reached them.", hasNot: blame},
		{text: "The restaurant cancelled your table because our voucher code didn't work.", hasNot: blame},
		{text: "Our delay meant you missed your connecting flight, and the airline charged you for rebooking.", hasNot: blame},
		{text: "The hotel turned you away because your booking never reached them.", has: blame},
		{text: "The restaurant cancelled your table because the voucher code you bought elsewhere didn't work.", has: blame},
	})
}

// Paperwork that reached us "with no" part of it, or "too" poor to use, came
// wrong, as paperwork "without" a part does; "with no problems" came right.
func TestPaperworkCameShort(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The return form came back with no odometer reading on it, so we had to estimate the mileage.", has: blame},
		{text: "The photos came through far too blurry to use, so the assessor couldn't sign it off.", has: blame},
		{text: "The prescription came in without the doctor's signature on the back.", has: blame},
		{text: "The form came back with no problems, so we've approved it.", hasNot: blame},
		{text: "The photos came through too, so we can start the claim.", hasNot: blame},
	})
}

// What was given told as holding everything ("it's all there on your
// phone", "it's all printed on there", "it is there in black and white")
// says the customer had it and missed it; beside a step just taken, or of
// a step done ("it's all back on your card"), it tells where to find it.
func TestAllThereForYou(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Look, we gave you the leaflet with the dosage, it's all printed on there.", has: blame},
		{text: "The confirmation text we sent you had the collection time as 5pm, it's all there on your phone.", has: blame},
		{text: "People do tend to skim past the excess section, but it is there in black and white.", has: blame},
		{text: "I've sent the new login details, it's all there in your inbox now.", hasNot: blame},
		{text: "Your refund's gone through, it's all back on your card.", hasNot: blame},
		{text: "Sorry, that's our mistake, it's all there on the new invoice I'm sending.", hasNot: blame},
	})
}

// A gap in a phrase pattern skips no "but": "I understand, but you clicked
// the wrong option" holds no "I ... wrong" that owns the mistake, so the
// blame after the "but" stands.
func TestGapSkipsNoBut(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I understand, but you clicked the wrong option at checkout.", has: blame, hasNot: owns},
		{text: "I understand, but you entered the wrong billing address, which is why the payment failed.", has: blame},
		{text: "I sent the wrong size, and that's on me.", has: owns, hasNot: blame},
	})
}

// "I understand", "I know" or "I hear you" said just before a "but" grants
// what the customer feels and acts on nothing: what follows the "but" is
// read as it would be said alone.
func TestGrantedBeforeBut(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I understand, but a lot of riders forget to re-torque the stem after the first week.", has: blame},
		{text: "I know, but since you opted for the junior stylist tier, the correction session is chargeable.", has: blame},
		{text: "I hear you, but the export failed because the CSV had commas in the amount column.", has: blame},
		{text: "I understand, and I've refunded the fee this morning.", hasNot: blame},
	})
}
