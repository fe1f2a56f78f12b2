package scoring

import "testing"

// A time told in the simple past is history, even when another word of the
// sentence points ahead ("by text", "and it will be with you"); a step done
// for a time ahead, or one that sets a new time, keeps its commitment.
func TestATimeAlreadyPastIsNoCommitment(t *testing.T) {
	timeCommitment := []MarkerKind{MarkTimeCommitment}
	checkReadings(t, []reading{
		{text: "We sent a reminder by text on Tuesday.", hasNot: timeCommitment},
		{text: "Your order was dispatched on Monday, and it will be with you soon.", hasNot: timeCommitment},
		{text: "I've booked the engineer for Tuesday morning.", has: timeCommitment},
		{text: "We'll have the refund back on your card by Friday.", has: timeCommitment},
		{text: "We posted it by first class on Monday so it will arrive by Wednesday.", has: timeCommitment},
	})
	a := Analyze("I sent the replacement on Monday and it will be with you by Wednesday.")
	var times []string
	for _, m := range a.Markers {
		if m.Kind == MarkTimeCommitment {
			times = append(times, m.Text)
		}
	}
	if len(times) != 1 || times[0] != "by Wednesday" {
		t.Errorf("time commitments %q, want only \"by Wednesday\"", times)
	}
}

// A detail the customer gives, left off what they filled in, puts the slip
// on them; left off by us, or something merely left outside, does not.
func TestADetailLeftOffTheForm(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Sorry about that, but the house number was left off the order so the driver couldn't find you.", has: blame},
		{text: "The flat number was missed off the booking form.", has: blame},
		{text: "The allergy was left out of the booking by our team, and I'm sorry.", hasNot: blame},
		{text: "The parcel was left outside the door.", hasNot: blame},
		{text: "The postcode was left off the order, so I've added it and rebooked the delivery for tomorrow.", hasNot: blame},
	})
}

// A step verb whose object is denied, or a knock that takes no money off,
// did nothing for the customer; "knocked off" and a step with its object do.
func TestNoStepWithoutItsObject(t *testing.T) {
	action := []MarkerKind{MarkConcreteAction}
	checkReadings(t, []reading{
		{text: "Your dish has been knocked out of alignment, probably in the storm.", hasNot: action},
		{text: "The billing platform applies the charge and I've got no say in it.", hasNot: action},
		{text: "The late fee has been knocked off your bill.", has: action},
		{text: "I've got you a new slot on Friday.", has: action},
	})
}

// The company not told what it needed to know puts the silence on the
// customer's side: "nobody told us", "we weren't told about the dog". The
// agent alone ("nobody told me about the delay either") speaks of the
// company's own messages, and "nobody told you" is our failure.
func TestNobodyToldUs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Nobody told us the mattress had bedbugs, so the crew refused to load it.", has: blame},
		{text: "We weren't told about the dog, so the walker wasn't prepared.", has: blame},
		{text: "Nobody told me about the delay either, I'm sorry, let me chase it now.", hasNot: blame},
		{text: "Nobody told you about the delay, and that's on us.", hasNot: blame},
		{text: "We weren't told about the access code, so I've rung the site and rebooked the crew for tomorrow.", hasNot: blame},
	})
}

// A signature that accepted the goods as they came puts later damage after
// delivery; signed off by our driver and then put right, it does not. "We'd
// consider the matter closed" judges, it takes no step.
func TestSignedAsReceived(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The delivery note was signed as received in good condition.", has: blame},
		{text: "Everything was signed off as received in good condition, so we'd consider the matter closed.", has: blame},
		{text: "Our driver signed it off as delivered, but the box was clearly crushed, so I'm sending a new one.", hasNot: blame},
		{text: "Please sign the form when it arrives.", hasNot: blame},
	})
}

// "Is it possible" frames a guess, and what it guesses reads as said: a thing
// already so before we came to it is put on the customer's side, asked or
// told; a step of ours already taken ("the parcel had already left") is not.
func TestAlreadySoAskedAsAGuess(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Is it possible the mirror was already cracked before our team wrapped it?", has: blame},
		{text: "Is it possible the parcel had already left when you rang?", hasNot: blame},
	})
}

// A step dated to the last few minutes was taken during the contact: "credited
// back a moment ago", "a few minutes ago"; weeks ago is history.
func TestAStepAMomentAgo(t *testing.T) {
	action := []MarkerKind{MarkConcreteAction}
	checkReadings(t, []reading{
		{text: "The late fee was credited back to your account a moment ago.", has: action},
		{text: "The replacement was dispatched a few minutes ago.", has: action},
		{text: "The late fee was credited back to your account two weeks ago.", hasNot: action},
	})
}

// A cleft names what did it: an outside event, another party or the
// customer's own thing is blamed; ours is owned, and "it was the blue one
// that you ordered" names no deed of theirs gone wrong.
func TestACleftNamesTheCause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It was the French air traffic control strike that kept the flight on the tarmac, I'm afraid.", has: blame},
		{text: "It was your router that dropped the line.", has: blame},
		{text: "It was our system that failed, I'm sorry.", hasNot: blame},
		{text: "It was the blue one that you ordered.", hasNot: blame},
	})
}

// "Within" after a simple past measures the act that was done, and "until"
// after a denied past measures the wait: neither commits to a time. A past
// step with an end still ahead ("extended until the 30th") still does.
func TestPastDurationsAreNoCommitment(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We refunded it within three days.", hasNot: []MarkerKind{MarkTimeCommitment}},
		{text: "Our team processed it within 48 hours.", hasNot: []MarkerKind{MarkTimeCommitment}},
		{text: "The florist didn't deliver until noon.", hasNot: []MarkerKind{MarkTimeCommitment}},
		{text: "I extended your trial until the 30th.", has: []MarkerKind{MarkTimeCommitment}},
		{text: "We'll refund it within three days.", has: []MarkerKind{MarkTimeCommitment}},
	})
}
