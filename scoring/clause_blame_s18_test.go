package scoring

import "testing"

// A thing that "did say" it, with the "did" stressed, insists on what it
// said, whatever it said: "the tracking page did say the delivery attempt
// failed twice". So does a thing we made or gave them that "did have" it:
// "the card we left did have our number on it". Unstressed, or followed by
// help, or in the present ("the tracker does say it's out for delivery"),
// it only reports.
func TestStressedDidInsistsOnWhatWasSaid(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Sorry for the hassle, tho the tracking page did say the delivery attempt failed twice.", has: blame},
		{text: "The card we left did have our number on it.", has: blame},
		{text: "I mean the card we put through your letterbox did have the number on it to rebook, so.", has: blame},
		{text: "The tracking page says the delivery attempt failed twice, so I've booked a redelivery for tomorrow.", hasNot: blame},
		{text: "The card we left has our number on it if you need us.", hasNot: blame},
		{text: "The tracker does say it's out for delivery, so it should be with you today.", hasNot: blame},
	})
}

// A passive done by another party, set against one that did not do it,
// puts the fault on the party named: "switched off by the contractors, not
// by the hotel". A party set against the warehouse without a comma is still
// blamed: "it's them not the warehouse".
func TestDoneByThemNotByUs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I'm sorry about the cold room, but the heating was switched off by the contractors the landlord brought in, not by the hotel.", has: blame},
		{text: "honestly the couriers in your area have been a nightmare this month, it's them not the warehouse", has: blame},
		{text: "The heating was switched on by the contractors this morning, so the room should be warm by now.", hasNot: blame},
	})
}

// Another party that agreed or offered to do something does a favour,
// whatever the words of what it agreed to: "the hotel have agreed to hold
// the room" puts no trouble on them. Refusing still does.
func TestAPartyThatAgreedToHelpIsNotBlamed(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The hotel have been lovely about it and have agreed to hold the room until you arrive, whatever time that is.", hasNot: blame},
		{text: "The airline has offered to hold your seat on the next flight.", hasNot: blame},
		{text: "The hotel refused to hold the room, I'm afraid.", has: blame},
	})
}

// "Nothing wrong with the line from our end" insists our side is fine, the
// thing named inside the denial; so does "the line is fine from our end".
// After a comma, "nothing wrong" opens a verbless clause of its own.
func TestNothingWrongWithItFromOurEnd(t *testing.T) {
	checkReadings(t, []reading{
		{text: "There's nothing wrong with the line from our end.", has: blame},
		{text: "The line is fine from our end.", has: blame},
		{text: "That error's coming off your router, nothing wrong with the line from our end, I've just tested it.", has: blame},
		{text: "There was something wrong with the line from our end, and I've fixed it.", hasNot: blame},
	})
}

// A clause that puts the risk on the customer, or on customers who chose
// so, applies a rule to what they did: "parcels left in a safe place are at
// your own risk". Warned of ahead, or denied, it blames no one.
func TestAtYourOwnRisk(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Parcels left in a safe place are at your own risk.", has: blame},
		{text: "Customers who pick \"leave in a safe place\" do accept that the parcel is left at their own risk once it's delivered.", has: blame},
		{text: "We can leave it in the porch for you, but it would be at your own risk.", hasNot: blame},
		{text: "It's not at your own risk: the parcel is insured until you sign for it.", hasNot: blame},
	})
}

// A thing said to be fine or working when it left us, or when our person
// left, was fine in our hands: "the router we sent was working when it left
// us", "he tested it and it was working when he left". Broken when it left
// us, or working when they used it, it blames no one.
func TestFineWhenItLeftUs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The router we sent was working when it left us.", has: blame},
		{text: "Look, he tested it and it was working when he left.", has: blame},
		{text: "The router was fine when it left our warehouse.", has: blame},
		{text: "The kettle wasn't working when it left us, so I'm sending a new one today.", hasNot: blame},
		{text: "It was working when you used it this morning, so let's try a restart.", hasNot: blame},
	})
}

// Our customers are not us: what "most of our customers" do is what
// customers do, and set against the trouble it blames as "most customers"
// does.
func TestOurCustomersAreNotUs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Most of our customers set up the direct debit straight after registering, which avoids exactly this kind of late-payment fee.", has: blame},
		{text: "Most customers set up the direct debit straight away, which avoids this fee.", has: blame},
		{text: "Our team set up the direct debit straight away, which avoids this fee.", hasNot: blame},
	})
}

// A state "consistent with" an act whose doer is left out, or a record that
// "lines up with" or "coincides with" one, reads the customer's side from
// the evidence: "consistent with condensation from laundry being dried
// indoors", "the high usage lines up almost exactly with the weeks the
// heaters were left on boost". Set beside a fault of ours, it does not.
func TestEvidenceSetBesideAnAct(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The damp is consistent with condensation from laundry being dried indoors.", has: blame},
		{text: "The high usage lines up almost exactly with the weeks the storage heaters were left on boost.", has: blame},
		{text: "Looking at the diagnostics, the drop-outs line up exactly with the hub being switched off at the wall every night.", has: blame},
		{text: "The drop-outs line up with the upgrade we made to the exchange, so that's on us and I'm sorry.", hasNot: blame},
	})
}

// "Happen to" passes to the verb after it, and asked of the customer's side
// it suggests their part as "by any chance" does: "did you happen to leave
// the window open?". Asked of what befell a thing, it suggests nothing.
func TestDidYouHappenTo(t *testing.T) {
	checkParses(t, []parseWant{
		{text: "Did you happen to leave the window open?", word: "leave", actor: actCustomer, aspect: aspDone, lemma: "leave"},
	})
	checkReadings(t, []reading{
		{text: "Did you happen to leave the window open?", has: blame},
		{text: "Did anyone in the office happen to click on that email last Tuesday?", has: blame},
		{text: "Did anything happen to the parcel on the way?", hasNot: blame},
	})
}

// "That makes it our problem" owns the fault as "that's our problem" does,
// and a courier's slip owned so is no blame. A person from a firm of ours is
// ours: "the driver from our courier left the parcel in the porch" tells
// what our side did.
func TestOurCourierIsOurs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The courier did drop it at the wrong address, but they're our courier and that makes it our problem, so I'm sending a replacement out to you today.", has: owns, hasNot: blame},
		{text: "The driver from our courier left the parcel in the porch.", hasNot: blame},
		{text: "The driver from the courier left the parcel in the porch.", has: blame},
		{text: "The rain makes it a tricky delivery.", hasNot: owns},
	})
}

// Compared with the rest, the customer alone did not manage it: "you're
// the only customer who couldn't get in", "yours being the only address
// where our engineer could not gain access".
func TestTheOnlyOneWhoCouldNot(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You're the only customer who couldn't get in.", has: blame},
		{text: "Every other property on the street had its meter exchanged on the scheduled day, yours being the only address where our engineer could not gain access.", has: blame},
		{text: "You're the only customer who got the upgrade.", hasNot: blame},
	})
}

// "What more could we have done?", asked or said, insists nothing was left
// undone on our side; it is no step done either. Asked forward ("what more
// can we do for you?") it offers help.
func TestWhatMoreCouldWeHaveDone(t *testing.T) {
	checkReadings(t, []reading{
		{text: "What more could we have done?", has: blame, hasNot: step},
		{text: "I'm not sure what more could have been done from our side, when three letters and a text message all went unanswered.", has: blame},
		{text: "Could we have done more?", hasNot: step},
		{text: "What more can we do for you today?", hasNot: blame},
	})
}

// "Nothing we could've done" looks back and finds no fault of ours, as
// "nothing we could have done" does, whatever the modal's spelling. A paper
// of ours that "does say" it insists on what it said, unless we act on the
// customer's side in the same sentence.
func TestNothingWeCouldHaveDoneAndOurGuide(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The outage this morning was AWS falling over, nothing we could've done about it.", has: blame},
		{text: "There was nothing we could have done.", has: blame},
		{text: "Not sure what else we could've done really, the outage banner was up on the status page.", has: blame},
		{text: "Our setup guide does say to keep the hub within ten metres of the sensors.", has: blame},
		{text: "Our terms do say digital downloads aren't refundable once accessed, but as the file was corrupted I've issued a full refund.", hasNot: blame},
		{text: "There's nothing we can't do for a loyal customer like you.", hasNot: blame},
	})
}

// "Funny how" or "funnily enough" before what happened only after, or
// always with, something of the customer's insinuates their part. Without
// "only", "after" or "always", or said of us, it insinuates nothing.
func TestFunnyHowItOnlyHappenedAfter(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Funny how the laptop only stopped booting the day after it came back from holiday with you.", has: blame},
		{text: "That's the third time the key card's stopped working, and funnily enough it's always been kept next to the phone.", has: blame},
		{text: "Funny how these things work out, isn't it? I'll get a new one sent today.", hasNot: blame},
		{text: "Funny how we only noticed the fault after your call, so thank you for flagging it.", hasNot: blame},
	})
}

// "It's for you to tell us" puts the duty on the customer as "it's up to
// you to" does; "it's for you to keep" hands them a gift. A trouble "down
// to" an act whose doer is left out blames the doer: "the mould is down to
// condensation from drying washing indoors".
func TestForYouToAndDownToAnAct(t *testing.T) {
	checkReadings(t, []reading{
		{text: "As the policyholder it's for you to tell us about modifications to the vehicle before a claim.", has: blame},
		{text: "It's for you to keep, with our apologies.", hasNot: blame},
		{text: "The paperwork we gave you has the service date on it, so that was really for you to keep track of.", has: blame},
		{text: "The mould in the bedroom is down to condensation from drying washing indoors.", has: blame},
		{text: "The guttering damage is down to the scaffolding company.", has: blame},
		{text: "The delay is down to the old wiring in the exchange, which we're replacing.", hasNot: blame},
	})
}

// Two gates that turned readings away: "we've no say" disowns our power as
// "I've no say" does, and a thing left undone, its doer left out, is a
// cause told ("the fridge wasn't defrosted before collection, which is why
// there was water all through the van").
func TestGatesLetTheseReadingsThrough(t *testing.T) {
	checkReadings(t, []reading{
		{text: "yeah dress code's a Skyline Lounge thing, their door staff decide, we've no say", has: blame},
		{text: "The fridge wasn't defrosted before collection, which is why there was water all through the van and your hallway.", has: blame},
		{text: "We've no say in how fast we can get a new one to you, but I'll chase it today.", hasNot: blame},
	})
}
