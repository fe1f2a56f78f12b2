package scoring

import "testing"

// A noun's "'s" before a particle is "is": no thing owned is named by
// "out", "up", "in" or "down", so "your floor's out of level" says what
// the floor is, as "your floor is out of level" does.
func TestApostropheSBeforeAParticleIsIs(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Your floor's out of level by nearly two centimetres, and that's why the plinths won't sit flush.", []MarkerKind{MarkBlame}},
		{"Your card's out of date, which is why the payment failed.", []MarkerKind{MarkBlame}},
		{"Your floor is out of level by nearly two centimetres, and that's why the plinths won't sit flush.", []MarkerKind{MarkBlame}},
		// not blame
		{"Your parcel's out for delivery with our driver.", []MarkerKind{MarkConcreteAction}},
	})
}

// Losing track of a date is a slip, as forgetting it is, and being caught
// out is a trouble, whoever it is laid on; pairing a device
// and cranking a dial up are acts only the customer's side takes, so told
// in the passive as the reason for a trouble they lay it on that side.
func TestSlipsAndActsOnlyTheirSideTakes(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"A lot of our subscribers lose track of the renewal date, and that's usually how these annual charges catch people out.", []MarkerKind{MarkBlame}},
		{"Customers often lose track of the renewal date.", []MarkerKind{MarkBlame}},
		{"The heart-rate strap was paired to a different account, which is why your classes didn't sync.", []MarkerKind{MarkBlame}},
		{"The boiler tripped because the thermostat got cranked up to 30.", []MarkerKind{MarkBlame}},
		// not blame
		{"We lost track of your order, and that's on us.", []MarkerKind{MarkOwnsMistake}},
		{"Lots of people get caught out by our two car parks having near-identical names, and that's our signage failing them.", []MarkerKind{MarkOwnsMistake}},
		{"The strap is paired to your account now, so your classes will sync.", nil},
	})
}

// An act told in the passive with nobody named as its doer and nothing of
// ours in it, given as the reason for a trouble, is laid on the customer's
// side: the agent does not take it as the company's. Good news done for them,
// a step we take on what we deliver, and an act whose doer is ours are not.
func TestTroubleExplainedByAnActNobodyIsNamedFor(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The fence panels were painted while they were still damp, which is why they've peeled.", []MarkerKind{MarkBlame}},
		{"The grout was sealed before it had cured, which is why it's cracking.", []MarkerKind{MarkBlame}},
		{"Because nothing was labelled by room, the crew had no way of knowing where anything went.", []MarkerKind{MarkBlame}},
		{"The keys were dropped back after six, so that's counted as a late return.", []MarkerKind{MarkBlame}},
		// not blame
		{"Good news, the duplicate charge has been voided, so it'll drop off your statement.", []MarkerKind{MarkConcreteAction}},
		{"A cancelled show is refunded in full automatically, so there's nothing you need to do.", nil},
		{"Your order was split into two parcels, which is why only one arrived today.", nil},
		{"The boxes were left out in the rain by our driver, which is why the bottoms gave way.", []MarkerKind{MarkOwnsMistake}},
	})
}

// Held up behind what befell the road ("caught behind a crash", "held up
// behind an accident") names an outside event as the cause, as "held up by
// the M6 closure" does; taken on with a step of ours, it is no excuse.
func TestHeldUpBehindARoadMishap(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The van got caught behind a crash on the motorway, hence the fitters being late.", []MarkerKind{MarkBlame}},
		{"The driver was held up behind an accident on the ring road.", []MarkerKind{MarkBlame}},
		// not blame
		{"The van got caught behind a crash on the motorway, so I've taken the call-out fee off your bill.", []MarkerKind{MarkConcreteAction}},
		{"A crash in the app wiped your drafts, and that's on us.", []MarkerKind{MarkOwnsMistake}},
	})
}

// A record of a third party's, a GPS trace or a camera among them, that
// puts the courier or the parcel at the customer's door answers their
// complaint with it, as "the photo shows it on your doorstep" does.
func TestThirdPartysRecordPutsItWithYou(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The courier's GPS puts him at your door at 10:02.", []MarkerKind{MarkBlame}},
		{"The driver's camera shows the parcel on your doorstep at noon.", []MarkerKind{MarkBlame}},
		// not blame
		{"The courier's GPS puts him at your door, but the parcel never reached you, so I've sent a replacement.", []MarkerKind{MarkConcreteAction}},
		{"The courier's GPS puts him two streets away, so he went to the wrong house, and that's on us.", []MarkerKind{MarkOwnsMistake}},
	})
}

// After "looks like" or "it seems", a subject without an article ("keys",
// "auto-renew") opens the clause when an auxiliary follows it, as "the
// keys" does: the frame supposes what follows, and it is read as said.
func TestBareSubjectAfterASupposingFrame(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"So it looks like auto-renew was left switched on after the trial, which is why you got charged the annual price.", []MarkerKind{MarkBlame}},
		{"It looks like keys were dropped back after six, so that's counted as a late return.", []MarkerKind{MarkBlame}},
		// not blame
		{"Sounds like fun, and I've booked the table for eight.", []MarkerKind{MarkConcreteAction}},
	})
}

// "Shows as", "comes up as": a verb of showing with "as" tells the state a
// thing is in, so a result put so is a trouble like any other ("so your
// council tax shows as unpaid"); "so you know" and "so you'll see" still
// report.
func TestShowsAsTellsAState(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The payment went to the wrong reference, so your council tax shows as unpaid.", []MarkerKind{MarkBlame}},
		{"The transfer went to the wrong account number, so the invoice shows as unpaid.", []MarkerKind{MarkBlame}},
		// not blame
		{"So you know, your account shows as paid in full.", nil},
	})
}

// A report given as the reason is no fault ("because you told us"), but one
// made a length of time after the event gives its lateness as the reason:
// "because the damage was reported eleven weeks after it happened".
func TestReportedLateIsTheReason(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"So the claim was declined because, um, the damage was reported eleven weeks after it happened, and we do need to hear within thirty days.", []MarkerKind{MarkBlame}},
		{"The cover was refused because the leak was reported two months after it started, and we need to hear within thirty days.", []MarkerKind{MarkBlame}},
		// not blame
		{"The claim went through quickly because the damage was reported two days after it happened.", nil},
	})
}

// What we need to hear or receive by a time is the customer's deadline, not
// our commitment: "we need to hear within a fortnight". What we need to get
// to them by a time still commits us.
func TestWhatWeNeedToHearIsNoCommitment(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"We need to hear within a fortnight.", nil},
		{"We need to receive the signed form within a week.", nil},
		{"We need to get the part to you by Friday.", []MarkerKind{MarkTimeCommitment}},
	})
}

// Spoken repairs read as the sentence said once: a word begun twice, with
// or without a sound between ("the, er, the", "the, the"), "like" set off
// by a comma, and "you know" or "I mean" set off on both sides. A word that
// can end a clause ("cover it, it must"), a dash, and "looks like," as a
// frame are left as they are.
func TestSpokenRepairsReadAsSaidOnce(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"That's one for the, er, the restaurant; we only handle the delivery side.", []MarkerKind{MarkBlame}},
		{"The courier took it to the, the wrong house.", []MarkerKind{MarkBlame}},
		{"The courier took it to like, the wrong house.", []MarkerKind{MarkBlame}},
		{"The airline moved the departure time, so, you know, the transfer you booked no longer lines up.", []MarkerKind{MarkBlame}},
		{"Your phone's locked to your old network, that's, I mean, that's why our SIM won't work in it.", []MarkerKind{MarkBlame}},
		// not blame
		{"I've refunded the, er, the delivery fee.", []MarkerKind{MarkConcreteAction}},
		{"Looks like, the refund has gone through.", []MarkerKind{MarkConcreteAction}},
	})
}

// Taking out a word said twice keeps what the turn says where the two are
// not one word begun twice.
func TestStutterLeavesClauseEndsAlone(t *testing.T) {
	a := Analyze("The warranty doesn't cover it, it must have got wet.")
	if got := a.Words; got != 10 {
		t.Errorf("words = %d, want 10: a word ending one clause and the same word opening the next are both said", got)
	}
	b := Analyze("The courier took it to the, the wrong house.")
	var spans []string
	for _, m := range b.Markers {
		spans = append(spans, m.Text)
	}
	if len(spans) != 1 || spans[0] != "The courier took it to the, the wrong house" {
		t.Errorf("markers %q, want one blame over the whole clause", spans)
	}
	// a word begun twice early in the turn leaves "you know" later in it read as talk
	c := Analyze("Uh, yeah, the, the card you gave us had expired, so the direct debit just bounced, you know, and that's why the policy lapsed.")
	for _, m := range c.Markers {
		if m.Text == "you know" {
			t.Errorf("%s read over %q, want \"you know\" taken as talk", m.Kind, m.Text)
		}
	}
}

// "Kind of" or "sort of" before a verb softens it, and what it softens
// stands: "you kind of agreed to the twelve-month contract". Naming a kind
// ("the same sort of fault") and softening our own step ("we've kind of
// sorted it") are left as they are; a closing "you know?" asks the customer
// to go along, as "ok?" does, and is no question.
func TestSofteningAndAgreementTalk(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"You kind of agreed to the twelve-month contract when you signed up.", []MarkerKind{MarkBlame}},
		{"The password was sort of shared with someone outside your household.", []MarkerKind{MarkBlame}},
		{"The courier left it at the wrong house, you know?", []MarkerKind{MarkBlame}},
		// not blame, or not read as said
		{"We've seen the same sort of fault on two other boilers, and I've booked you a repair.", []MarkerKind{MarkConcreteAction}},
		{"I've kind of sorted the refund.", nil},
	})
}

// "'cause", straight or curly, is "because": "the direct debit bounced
// 'cause there wasn't enough in the account" gives its reason as "because"
// does. "Cause" as a noun or a verb is left as it is.
func TestCauseWithItsApostropheIsBecause(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The direct debit bounced 'cause there wasn't enough in the account on the 1st.", []MarkerKind{MarkBlame}},
		{"The direct debit bounced \u2019cause there wasn't enough in the account on the 1st.", []MarkerKind{MarkBlame}},
		{"The likely cause was a fault at our exchange, and I've booked an engineer for you.", []MarkerKind{MarkConcreteAction}},
	})
}

// An adverb between the pronoun of a relative clause and its verb leaves
// the clause as it is: "the meter reading you obviously sent us had a digit
// missing" is what they gave us, wrong, as without "obviously".
func TestAdverbInsideARelativeWithoutThat(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The meter reading you obviously sent us had a digit missing.", []MarkerKind{MarkBlame}},
		{"The photos you apparently sent were too blurry for the claims team to assess.", []MarkerKind{MarkBlame}},
		// not blame
		{"The meter reading we obviously took had a digit missing, and that's on us.", []MarkerKind{MarkOwnsMistake}},
	})
}

// A sound after a preposition, set off by commas, only fills the pause:
// "signed for by, um, someone at your address" is "by someone at your
// address", not a clause that starts again at "someone".
func TestFillerAfterAPreposition(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The parcel was signed for by, um, someone at your address.", []MarkerKind{MarkBlame}},
		{"The order was placed from your account with your saved card, so it was authorised by, um, you.", []MarkerKind{MarkBlame}},
		{"A lot of folks, um, they skip the confirmation email and then the booking doesn't hold.", []MarkerKind{MarkBlame}},
	})
}

// An act read from a record, told in the passive with nobody named and
// nothing of ours in it, that went wrong or was followed by the trouble,
// answers the customer with the record: "the engineer's report shows the
// socket had been disconnected inside the property". What we deliver
// going wrong on the record is not laid on them, and a step of ours takes
// it on.
func TestActGoneWrongOnTheRecord(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I know you lost a day's pay waiting in, but the engineer's report shows the socket had been disconnected inside the property.", []MarkerKind{MarkAcknowledgesCost, MarkBlame}},
		{"The footage from the gym shows the bar being loaded past its limit before it bent.", []MarkerKind{MarkBlame}},
		{"I'm sorry, but the footage from the spin studio shows the seat post being raised past the max line before it snapped.", []MarkerKind{MarkApology, MarkBlame}},
		// not blame
		{"The tracking shows the parcel was delayed at the depot.", nil},
		{"The engineer's report shows the socket had been disconnected, so I've booked a free visit to reconnect it.", []MarkerKind{MarkConcreteAction}},
	})
}

// "Outside the window" puts an act past its limit as "past the deadline"
// does, and a grace period is a limit: "your claim came in two days outside
// the window". Inside it, or outside a building, is no limit passed.
func TestOutsideTheWindowIsPastTheLimit(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Your claim came in two days outside the window.", []MarkerKind{MarkBlame}},
		{"The cancellation reached us an hour after the grace period.", []MarkerKind{MarkBlame}},
		// not blame
		{"Your claim came in two days inside the window, so it's covered.", []MarkerKind{MarkConcreteAction}},
		{"The courier waited outside the building for ten minutes.", nil},
	})
}

// "I doubt" denies what follows it as "I don't think" does: "I doubt it's
// anything on our side" owns nothing. "I don't doubt" denies nothing.
func TestDoubtDeniesWhatFollows(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I doubt it's anything on our side.", nil},
		{"I doubt it was our mistake.", nil},
		{"I don't doubt it was our mistake, and I'm sorry.", []MarkerKind{MarkApology, MarkOwnsMistake}},
	})
}

// Our fault named inside a frame that denies it owns nothing: "I'm not sure
// it was our fault", "there's no way it was our mistake", "I wouldn't say it
// was our error", "it's unlikely it was our mistake", "I find it hard to
// believe it was our fault". A frame that affirms ("no doubt it was our
// mistake", "I'm sure it was our fault") still owns.
func TestFrameThatDeniesOurFaultOwnsNothing(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"There's no way it was our mistake.", nil},
		{"I wouldn't say it was our mistake.", nil},
		{"I'm not convinced it was our error.", nil},
		{"It's unlikely it was our mistake.", nil},
		{"I find it hard to believe it was our fault.", nil},
		{"I'd hardly call it our mistake.", nil},
		// owns
		{"No doubt it was our mistake, and I'm sorry.", []MarkerKind{MarkApology, MarkOwnsMistake}},
		{"I'm sure it was our fault, and I'm sorry.", []MarkerKind{MarkApology, MarkOwnsMistake}},
		{"It wasn't your fault, it was our mistake.", []MarkerKind{MarkOwnsMistake}},
	})
}

// An apology refused is none: "I'm not sorry about the fee", "I won't
// apologise for our policy", "I'm not going to say sorry for that". "We
// cannot apologise enough" still apologises.
func TestRefusedApologyIsNone(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I'm not sorry about the fee.", nil},
		{"I'm not going to say sorry for that.", nil},
		{"We have nothing to apologise for.", nil},
		{"We cannot apologise enough for the loss of your files.", []MarkerKind{MarkApology}},
		{"I'm so sorry about the fee.", []MarkerKind{MarkApology}},
	})
}

// A time or a step said inside a frame that takes it back commits to
// nothing: "I can't promise it'll be there by Friday", "there's no way I can
// get it to you by Friday", "I won't be able to call you by Friday", "I
// wouldn't say we'll have it by Friday". Said after a pause, on its own, it
// still commits.
func TestFrameThatTakesBackATime(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I can't promise it'll be there by Friday.", []MarkerKind{MarkHedge}},
		{"There's no way I can get it to you by Friday.", nil},
		{"I won't be able to call you by Friday.", nil},
		{"I wouldn't say we'll have it by Friday.", nil},
		// commits
		{"I can't refund the fee, but I'll ring you by Friday.", []MarkerKind{MarkFollowUp, MarkTimeCommitment}},
		{"I'll get it to you by Friday.", []MarkerKind{MarkTimeCommitment}},
	})
}
