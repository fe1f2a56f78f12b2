package scoring

import (
	"slices"
	"strings"
	"testing"
)

// A clause whose subject is left out after "and" takes its tense from the
// clause that has one: after a simple past its time is history too, as it
// is with the subject said; after a perfect it is a step done for a time
// ahead, and keeps its commitment.
func TestTimeAfterAndSharesTheFirstVerbsTense(t *testing.T) {
	checkKinds(t, []kindsWant{
		// no time is ours; arriving at another time than was booked is the customer's timing
		{"You were booked in for 9:15 and got here at 9:35.", []MarkerKind{MarkBlame}},
		{"The return was booked on the 3rd and scanned in at the Post Office that same afternoon.", nil},
		{"You were booked in for 9:15 and you got here at 9:35.", []MarkerKind{MarkBlame}},
		// a perfect shares "have": the step is done for a time ahead
		{"I've gone ahead and moved your delivery to Wednesday.", []MarkerKind{MarkConcreteAction, MarkTimeCommitment}},
		{"The WiFi is managed by the host, so I've messaged them and asked them to reset it today.", []MarkerKind{MarkTimeCommitment}},
	})
}

// A time is one of the choices offered only when the sentence sets options
// side by side or asks which is preferred; options named as a thing we bring
// ("with the options") leave the time our own.
func TestTimeAmongAlternativesOnly(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I'll call you by Friday with the options.", []MarkerKind{MarkFollowUp, MarkTimeCommitment, MarkChoices}},
		{"I'll email you the options by Friday.", []MarkerKind{MarkFollowUp, MarkTimeCommitment, MarkChoices}},
		// among alternatives the time is not yet promised
		{"I can put you on the evening train or refund the ticket, whichever suits you.", []MarkerKind{MarkAuthority, MarkChoices}},
		{"We can either send the same cleaner next week or a different team, whichever you'd prefer.", []MarkerKind{MarkAuthority, MarkChoices}},
	})
}

// A time inside a duty handed to the customer ("it's up to you to report it
// within the hour", "it's the policyholder's responsibility to ...") is the
// customer's deadline, not one the company commits to.
func TestTimeInsideTheCustomersDutyIsNotOurs(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"It's up to you to report the breakdown within the hour.", []MarkerKind{MarkBlame}},
		{"It was your job to report it by Friday.", []MarkerKind{MarkBlame}},
		{"It's the policyholder's responsibility to report a theft to the police within 24 hours.", []MarkerKind{MarkBlame}},
		// the company's own duty keeps its time
		{"It's our job to get the part to you by Friday.", []MarkerKind{MarkTimeCommitment}},
	})
}

// A result that only says how a record shows is a trouble when the state is
// one ("shows as unpaid", "shows as on hold"); a record showing a step done
// or all well ("shows as paid") follows good news, and lays nothing on the
// customer.
func TestRecordShowingAllWellIsNoTrouble(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Your payment came through this morning, so your account shows as paid.", []MarkerKind{MarkConcreteAction}},
		{"Your return reached the warehouse yesterday, so the order shows as refunded.", nil},
		// a trouble still follows the customer's act
		{"You cancelled the direct debit, so your account shows as unpaid.", []MarkerKind{MarkBlame}},
		{"You cancelled the direct debit, so your account shows as overdue.", []MarkerKind{MarkBlame}},
		{"You signed for it at 10:02, so it shows as delivered.", []MarkerKind{MarkBlame}},
	})
}

// Said in the active, a thing going wrong, or anything happening to it,
// placed at the customer's end lays the trouble there, as the passive "it
// was damaged at your end" does. Ours, taken on, or said with sorrow, it
// does not.
func TestWentWrongAtYourEnd(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Something happened to it at your end.", []MarkerKind{MarkBlame}},
		{"The connection keeps dropping on your side.", []MarkerKind{MarkBlame}},
		{"The fault occurred at your end, not in the exchange.", []MarkerKind{MarkBlame}},
		// not blame
		{"Our engineer's van broke down at your end of the street.", []MarkerKind{MarkOwnsMistake}},
	})
}

// All said to be well on the customer's side clears them, as "nothing is
// wrong on your side" does; others said to be fine, beside a trouble at the
// customer's end, do not.
func TestAllWellOnYourSideClearsYou(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The payment went through fine on your side.", nil},
		{"It went through on your side at 10:02.", nil},
		{"Everything's working normally at your end.", nil},
		// blame stays
		{"everyone else on the list got the recall letter fine so idk what's happened on ur end tbh", []MarkerKind{MarkBlame}},
		{"The problem is on your side, not ours.", []MarkerKind{MarkBlame}},
	})
}

// A plural before a base verb is a subject and its verb, wherever a clause
// opens after a pause or a frame that takes a clause ("I'm sorry,", "it
// looks like", "it seems", "I can confirm", "I can see"), as it is at the
// start of a sentence: two presents never stand together. So what a rule
// says stays a policy window, not a time the agent commits to.
func TestBarePluralAfterAFrameIsASubject(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Lifts close at 4pm.", nil},
		{"I'm sorry, lifts close at 4pm.", []MarkerKind{MarkApology}},
		{"I'm sorry, proofs go out within two working days.", []MarkerKind{MarkApology}},
		{"It looks like proofs go out within two working days.", nil},
		{"It seems bank transfers can take up to three working days to clear.", nil},
		{"It looks like tool hire deposits are released within three working days of the return.", nil},
		{"I can confirm refunds to a card normally take 3 to 5 working days to show.", nil},
		{"I can see refunds usually take 3 to 5 working days to land.", nil},
		{"I can confirm faster payments usually arrive within two hours.", nil},
		// what follows is still read when it is a commitment, or an object
		{"I can confirm the refund will reach you by Friday.", []MarkerKind{MarkPromise, MarkTimeCommitment}},
		{"I can see payments were taken twice, so I've refunded one.", []MarkerKind{MarkConcreteAction}},
		{"Meet-and-greet bookings can be amended up to 24 hours before drop-off, so lets move yours to Friday now.", []MarkerKind{MarkTimeCommitment}},
	})
}

// After an apology and its comma, a phrase that opens a clause before its
// subject ("I'm sorry, under our terms you can cancel ...", "I'm sorry,
// under the rental agreement it was up to you ...") begins a clause of its
// own, as it does when the sentence opens with it: the apology does not
// make the agent the subject of what follows.
func TestPhraseAfterAnApologyOpensItsOwnClause(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Under our terms you can cancel within 14 days for a full refund, so I've processed that for you now.", []MarkerKind{MarkPolicy, MarkConcreteAction}},
		{"I'm sorry, under our terms you can cancel within 14 days for a full refund, so I've processed that for you now.", []MarkerKind{MarkApology, MarkPolicy, MarkConcreteAction}},
		{"Under the rental agreement it was up to you as the renter to report the breakdown within the hour.", []MarkerKind{MarkBlame}},
		{"I'm sorry, under the rental agreement it was up to you as the renter to report the breakdown within the hour.", []MarkerKind{MarkApology, MarkBlame}},
	})
}

// What the agent sees or confirms may be a whole clause with a subject of
// its own ("I can see | your router's ancient, that's why it keeps
// dropping out"), read as it is without the frame. A noun with no verb of
// its own stays the object, and after "to" what follows is yet to be
// checked.
func TestClauseAfterSeeingHasItsOwnSubject(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Your router's ancient, that's why it keeps dropping out.", []MarkerKind{MarkBlame}},
		{"I can see your router's ancient, that's why it keeps dropping out.", []MarkerKind{MarkBlame}},
		{"I can see the meter reading was missed because nobody was in, so the bill was estimated.", []MarkerKind{MarkBlame}},
		{"Your bank has confirmed the payment left your account on the 3rd, and we have applied it to your arrears with that date.", []MarkerKind{MarkConcreteAction}},
		// an object, or what is yet to be checked
		{"I can see the email you sent.", nil},
		{"I'll ring you back on Thursday morning to confirm the new part has arrived.", []MarkerKind{MarkFollowUp, MarkTimeCommitment}},
	})
}

// "It looks like" also reads a fact off the record. A part of the
// customer's guessed at is blame only when it went amiss: not done, done
// wrong, or given as the reason for the trouble; "it looks like you paid
// for express delivery" only tells what they did.
func TestGuessedPartOfTheirsMustHaveGoneAmiss(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"It looks like you sent the reading on the 2nd of October.", nil},
		{"It looks like you paid for express delivery and it still came three days late.", []MarkerKind{MarkAcknowledgesCost}},
		{"It looks like you chose the non-flex rate, but I've moved your dates at no charge anyway.", []MarkerKind{MarkConcreteAction}},
		// gone amiss
		{"It looks like you entered the wrong email address.", []MarkerKind{MarkBlame}},
		{"Sounds like you skipped the bit where it asks you to verify your email.", []MarkerKind{MarkBlame, MarkReflects}},
		{"You probably cancelled the direct debit by accident.", []MarkerKind{MarkBlame, MarkHedge}},
		{"Looks like you signed up with your work email rather than your personal one, that's why the login can't find your account.", []MarkerKind{MarkBlame}},
		{"hey so looks like u put the flat number in the postcode box, thats why the driver couldnt find u", []MarkerKind{MarkBlame}},
	})
}

// Someone of the customer's household who did their part right is cleared
// as the customer is ("you entered the code perfectly"): their act is no
// slip of that side.
func TestHouseholdActDoneRightClearsThem(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"You entered the code perfectly - it was our locker that failed to release.", nil},
		{"Your husband entered the code perfectly - it was our locker that failed to release.", []MarkerKind{MarkAcknowledgesCost}},
		// a slip stays one
		{"Your husband entered the code wrong three times, so the locker has locked itself.", []MarkerKind{MarkAcknowledgesCost, MarkBlame}},
	})
}

// A time only hoped for is not promised: a hedge the phrase tables find in
// the time's own clause, or said alone just before it, takes the commitment
// away. A hedge in another clause leaves it.
func TestHopedForTimeIsNoCommitment(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"It'll hopefully be with you by Friday.", []MarkerKind{MarkHedge}},
		{"Hopefully, it'll be with you by Friday.", []MarkerKind{MarkHedge}},
		{"With any luck it'll be with you by Friday.", []MarkerKind{MarkHedge, MarkPromise}},
		{"Fingers crossed it'll be with you by Friday.", []MarkerKind{MarkHedge, MarkPromise}},
		// said for sure, or hedged elsewhere
		{"It'll be with you by Friday.", []MarkerKind{MarkPromise, MarkTimeCommitment}},
		{"I'm not sure why it failed, but I'll call you on Friday.", []MarkerKind{MarkHedge, MarkFollowUp, MarkTimeCommitment}},
	})
}

// What must be done within a window, said in the passive of a thing and not
// by us, is a rule's window or the customer's duty ("returns must be made
// within 14 days"), and no guess at what their side did.
func TestWindowThatMustBeMetIsNoCommitment(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Returns must be made within 14 days.", nil},
		{"Claims have to be submitted within 30 days.", nil},
		{"Just so you know, the return has to be filed by 31 January, and I can help you get it in this week.", []MarkerKind{MarkTimeCommitment}},
		// ours keeps its time
		{"Your refund will be processed by Friday.", []MarkerKind{MarkTimeCommitment}},
		// a duty with a deadline is no guess at the customer's side
		{"Your form must be returned by Friday.", nil},
		{"Your emails must be filtered by your provider.", []MarkerKind{MarkBlame}},
	})
}

// A mistake we made is owned in any tense ("we've made a mistake with your
// booking", "I've made a pig's ear of this"), and an act of ours that is
// itself the mistake ("I've messed up your order", "we've charged you
// twice", "I've sent you the wrong size") is no step taken for the
// customer. Dropping a charge waives it; a step told beside the mistake
// still counts.
func TestMistakeWeMadeIsOwnedNotAStep(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"We've made a mistake with your booking.", []MarkerKind{MarkOwnsMistake}},
		{"We've made an error on your bill.", []MarkerKind{MarkOwnsMistake}},
		{"Honestly, we made a hash of this.", []MarkerKind{MarkOwnsMistake}},
		{"I've made a pig's ear of this, sorry.", []MarkerKind{MarkOwnsMistake, MarkApology}},
		{"I've messed up your order.", []MarkerKind{MarkOwnsMistake}},
		{"We've charged you twice.", []MarkerKind{MarkOwnsMistake}},
		{"I've sent you the wrong size.", []MarkerKind{MarkOwnsMistake}},
		// steps
		{"I've dropped the late fee.", []MarkerKind{MarkConcreteAction}},
		{"We've made a mistake, so I've put it right.", []MarkerKind{MarkOwnsMistake, MarkConcreteAction}},
		{"I've made up the shortfall on your account.", []MarkerKind{MarkConcreteAction}},
		{"We sent the reminder to the wrong address.", []MarkerKind{MarkOwnsMistake}},
	})
}

// What we deliver that has gone out is a step done ("the refund went out
// this morning"); what is still going out is yet to come, and "the power
// went out" is no delivery.
func TestDeliveryGoneOutIsAStep(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The refund went out this morning.", []MarkerKind{MarkConcreteAction}},
		{"I can see the refund has gone out from our side now.", []MarkerKind{MarkConcreteAction}},
		{"The tide went out this morning.", nil},
	})
}

// After a clause with its verb, "and" then a determiner, a noun and its own
// auxiliary opens a clause: "we made a mistake and | the money is back in
// your account". Each clause is read, and cited, on its own.
func TestAndThenANounWithItsAuxiliaryOpensAClause(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"We made a mistake and the money is back in your account.", []MarkerKind{MarkOwnsMistake, MarkConcreteAction}},
		{"Your bags are safe at Heathrow and our courier will have them with you by this evening.", []MarkerKind{MarkTimeCommitment}},
		{"I've raised an emergency job for the leak and the plumber is on his way to you now.", []MarkerKind{MarkConcreteAction}},
		// nouns joined, no clause
		{"I've refunded the charge and the delivery fee.", []MarkerKind{MarkConcreteAction}},
	})
	a := Analyze("Your claim's been approved and the payment has been released.")
	var texts []string
	for _, m := range a.Markers {
		if m.Kind == MarkConcreteAction {
			texts = append(texts, m.Text)
		}
	}
	if want := []string{"Your claim's been approved", "the payment has been released"}; !slices.Equal(texts, want) {
		t.Errorf("concrete-action evidence %q, want %q", texts, want)
	}
}

// Being worn out is a feeling a trainee can name back, as being fed up is:
// "you must be exhausted" validates it. Words that also tell of things
// ("shattered" glass, a "drained" battery) are left to their other sense.
func TestWornOutIsAFeeling(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"You must be exhausted.", []MarkerKind{MarkValidates}},
		{"You must be knackered after all that.", []MarkerKind{MarkValidates}},
		{"The back glass is shattered.", nil},
	})
}

// Having the power to act says what the agent may do, not a step done ("I've
// got the authority to waive that fee"); signing off is an act of
// authority, said as one the agent can take.
func TestPowerToActIsAuthorityNotAStep(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I've got the authority to waive that fee.", []MarkerKind{MarkAuthority}},
		{"I can sign off the refund myself.", []MarkerKind{MarkAuthority}},
		{"I've signed off the refund.", []MarkerKind{MarkConcreteAction}},
	})
}

// "I'm sorry," before a clause does not take on what customers, others or a
// comparison with them lay at the customer's door: the clause after the
// apology is read with its own subject, as the frames read one ("I'm sorry,
// | people tend to rush the form"), and a comparison with others stays one.
func TestApologyBeforeALayingStaysAnApology(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I'm sorry, people tend to rush the renewal form and skip the direct debit page.", []MarkerKind{MarkApology, MarkBlame}},
		{"I'm sorry, it fits everyone else who's ordered that size.", []MarkerKind{MarkApology, MarkBlame}},
		{"I'm sorry, the portal works for all our other clients, so it might be your browser.", []MarkerKind{MarkApology, MarkBlame, MarkHedge}},
		// taken on
		{"I'm sorry, our portal went down this morning.", []MarkerKind{MarkApology, MarkOwnsMistake}},
	})
}

// A past form straight after its subject and before "had", "was" or "is"
// describes the subject ("the licence uploaded had expired"): the verb is
// the one after it.
func TestReducedRelativeBeforeItsVerb(t *testing.T) {
	checkSpans(t, []spanWant{
		{"the licence uploaded had expired, so the rental couldn't go ahead", "expired", "the licence uploaded had expired"},
	})
	checkParses(t, []parseWant{
		{text: "the code sent was wrong", word: "wrong", actor: actThing, aspect: aspDone},
		{text: "the licence uploaded had expired", word: "expired", actor: actThing, aspect: aspDone, lemma: "expire"},
	})
}

// What the agent sees after "I can see that" is read as said bare, whatever
// opens it: a noun whose "'s" is its verb ("your router's ancient"), a
// subject with a phrase placing it ("the tenant before you", "everything on
// our side", "no one else on that flight"), or a phrase before its subject
// ("as the account holder it's on you").
func TestClauseSeenAfterThatReadsAsSaidBare(t *testing.T) {
	for _, bare := range []string{
		"The tenant before you never closed the account.",
		"Your router's ancient, that's why it keeps dropping out.",
		"No one else on that flight had any trouble with the app boarding pass.",
		"As the account holder it's on you to keep your contact details up to date with us.",
		"Everything on our side checks out, so I'd take a look at the card details you entered.",
	} {
		framed := "I can see that " + strings.ToLower(bare[:1]) + bare[1:]
		got, want := markerKinds(Analyze(framed)), markerKinds(Analyze(bare))
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) || !slices.Contains(want, MarkBlame) {
			t.Errorf("%q reads %v; said bare it reads %v, with blame", framed, got, want)
		}
	}
}

// "Did" insists on every act its sentence goes on to list with the subject
// left out: "I'm sorry, we did ring you at 9.15 and left a voicemail" says we
// did our part, softened, and owns no failure.
func TestInsistingDidCoversTheActsAfterAnd(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I'm sorry, we did ring you at 9.15 and left a voicemail.", []MarkerKind{MarkApology, MarkBlame}},
		{"We did ring you at 9.15 and left a voicemail.", []MarkerKind{MarkBlame}},
		// told as a failure
		{"I'm sorry, we cancelled your seat and didn't tell you.", []MarkerKind{MarkApology, MarkOwnsMistake}},
	})
}

// What the customer was given, said to be plain ("the instructions were
// quite clear about not using bleach"), lays the miss on them; denied ("the
// email wasn't clear") it is ours. Goods signed for in perfect condition were
// accepted sound, as in good condition.
func TestWhatYouWereGivenWasClear(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The instructions were quite clear about not using bleach on it.", []MarkerKind{MarkBlame}},
		{"The email was clear about the deadline.", []MarkerKind{MarkBlame}},
		{"You signed for it in perfect condition.", []MarkerKind{MarkBlame}},
		{"You signed for it in perfect working order.", []MarkerKind{MarkBlame}},
		// not laid on them
		{"The email wasn't clear about the deadline, and that's on us.", []MarkerKind{MarkOwnsMistake}},
		{"The instructions are clear now, I've rewritten them.", nil},
	})
}

// "Anyone would" validates what anyone would go through ("anyone would be
// upset", "that would scare anyone"), not what anyone would do or know
// ("I'd have thought anyone would read the label"), which says what the
// customer did not.
func TestAnyoneWouldDoIsNoValidation(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I'd have thought anyone would read the label.", nil},
		{"Anyone would know that.", nil},
		{"That would scare anyone.", []MarkerKind{MarkValidates}},
		{"Anyone in your position would be losing sleep over this.", []MarkerKind{MarkValidates}},
		{"That bill would give anyone a shock.", []MarkerKind{MarkValidates}},
	})
}

// A step done for a time ahead is a commitment in any wording: "the
// engineer's been rebooked for Thursday morning", "your booking is confirmed
// for Friday". A noun's "'s" before "back" is "is": "the money's back on your
// card" is a step done.
func TestStepDoneForATimeAheadAndBackOnYourCard(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"The engineer's been rebooked for Thursday morning.", []MarkerKind{MarkConcreteAction, MarkTimeCommitment}},
		{"The engineer has been rebooked for Thursday morning.", []MarkerKind{MarkConcreteAction, MarkTimeCommitment}},
		{"Your booking is confirmed for Friday.", []MarkerKind{MarkTimeCommitment}},
		{"Our technician is scheduled to come to your apartment Tuesday afternoon.", []MarkerKind{MarkConcreteAction, MarkTimeCommitment}},
		{"The money's back on your card.", []MarkerKind{MarkConcreteAction}},
		{"The money is back on your card.", []MarkerKind{MarkConcreteAction}},
	})
}

// A look promised with a light verb is the look itself: "I'll have a look
// at it" and "I'll take a look at it" are as vague as "I'll look at it", and
// so is getting on to it. With a time to it, the look is a commitment.
func TestLightVerbLookIsAsVagueAsLooking(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I'll look at it.", []MarkerKind{MarkVague}},
		{"I'll have a look at it.", []MarkerKind{MarkVague}},
		{"I'll take a look at it.", []MarkerKind{MarkVague}},
		{"Let me have a look into that for you.", []MarkerKind{MarkVague}},
		{"I'll get on to it.", []MarkerKind{MarkVague}},
		// with a time
		{"I'll have a look at it and ring you by 5pm today.", []MarkerKind{MarkTimeCommitment}},
	})
}

// The company naming itself as no more than the go-between ("we're just
// the middleman", "we're only the booking agent") lays the trouble on those
// either side of it. "We just need your postcode" asks for something.
func TestOnlyTheGoBetweenDisowns(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"We're just the middleman.", []MarkerKind{MarkBlame}},
		{"Just to gently clarify, we're only the marketplace here.", []MarkerKind{MarkBlame}},
		{"I'm only the messenger, I'm afraid.", []MarkerKind{MarkBlame}},
		// not disowning
		{"We just need your postcode.", nil},
		{"We're not just the agent here, this one's on us.", []MarkerKind{MarkOwnsMistake}},
	})
}

// "I'd have thought" before what the customer would have done or known, or
// before "it was obvious", says they should have and did not. Before what
// the customer would get, or a thing of ours, it is only an opinion.
func TestWouldHaveThoughtReproaches(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I would have thought you'd check the size guide first.", []MarkerKind{MarkBlame}},
		{"I'd have thought you would have noticed the charge.", []MarkerKind{MarkBlame}},
		{"I'd have thought it was obvious the sale items aren't returnable.", []MarkerKind{MarkBlame}},
		// an opinion
		{"I would have thought the refund would be quicker too.", nil},
		{"I'd have thought you'd be entitled to a refund, so let me check.", nil},
	})
}
