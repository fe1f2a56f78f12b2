package scoring

import (
	"slices"
	"testing"
)

// kindsWant is a text and every marker kind it must read as, in any order.
type kindsWant struct {
	text string
	want []MarkerKind
}

// checkKinds checks that each text reads as exactly its kinds.
func checkKinds(t *testing.T, cases []kindsWant) {
	t.Helper()
	for _, tc := range cases {
		got := markerKinds(Analyze(tc.text))
		slices.Sort(got)
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q reads %v, want %v", tc.text, got, want)
		}
	}
}

// A one-word tag asks the customer to go along with a statement, which
// stands as said: the step is done, the time promised, and no open
// question is asked. One after a sentence that opens as a question leaves
// it a question.
func TestAgreementTagLeavesAStatement(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I've reversed the duplicate charge of $89.99, OK?", []MarkerKind{MarkConcreteAction}},
		{"I've reversed the duplicate charge of $89.99.", []MarkerKind{MarkConcreteAction}},
		{"Refund issued, ok?", []MarkerKind{MarkConcreteAction}},
		{"I'll ring you back on Friday, alright?", []MarkerKind{MarkFollowUp, MarkTimeCommitment}},
		{"You were charged $25 for express delivery on that order, okay?", nil},
		{"Your guests left the balcony door open overnight, and that's how the pigeons got in, OK?", []MarkerKind{MarkAcknowledgesCost, MarkBlame}},
		{"Had you read the booking confirmation, you would have seen that check-in opens at 3pm, OK?", []MarkerKind{MarkBlame}},
		{"Can't take them back like that, OK?", nil},
		{"Can I ring you back tomorrow, ok?", []MarkerKind{MarkQuestion}},
		{"When can you bring it in, okay?", []MarkerKind{MarkQuestion}},
	})
}

// A frame that says the agent sees or can confirm what follows reads as
// the clause said bare, with "that" or without; before anything but a
// clause it stays.
func TestSeeingFrameReadsAsTheClause(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I can see that the courier left it at the wrong house.", []MarkerKind{MarkBlame}},
		{"I can confirm the courier left it at the wrong house.", []MarkerKind{MarkBlame}},
		{"The courier left it at the wrong house.", []MarkerKind{MarkBlame}},
		{"I can confirm that your refund has gone through.", []MarkerKind{MarkConcreteAction}},
		{"I can confirm that refunds normally take 5 to 7 working days to appear.", nil},
		{"I can confirm refunds go back to the card you paid with, usually in 3 to 5 working days.", nil},
		{"I can see that unfortunately you requested the return 35 days after delivery, so we can't refund it.", []MarkerKind{MarkBlame}},
		{"I can see the booking was made on the Saver fare, which cannot be changed or refunded.", nil},
		{"I can see three failed attempts with the wrong PIN before the card was blocked.", []MarkerKind{MarkBlame}},
		{"I can see why you're upset.", []MarkerKind{MarkValidates}},
		{"I can see the ID you uploaded had expired, so the searches couldn't be started.", []MarkerKind{MarkBlame}},
		{"The ID you uploaded had expired, so the searches couldn't be started.", []MarkerKind{MarkBlame}},
		{"I can see people tend to rush the allergen form online and skip the last box.", []MarkerKind{MarkBlame}},
		{"I've checked and the direct debit bounced because there wasn't enough in the account on the 1st.", []MarkerKind{MarkBlame}},
		{"The direct debit bounced because there wasn't enough in the account on the 1st.", []MarkerKind{MarkBlame}},
		{"I've had a look and the tracking shows it was delivered to your safe place.", []MarkerKind{MarkBlame}},
		{"I've checked and I've refunded the difference.", []MarkerKind{MarkConcreteAction}},
		{"Our app charged you twice, so I've refunded one.", []MarkerKind{MarkOwnsMistake, MarkConcreteAction}},
		{"I can see that our app charged you twice, so I've refunded one.", []MarkerKind{MarkOwnsMistake, MarkConcreteAction}},
	})
}

// What the customer's side did, told as what it cost them ("only to find
// ..."), is no blame; what it did wrong still is.
func TestTriedOnlyToFindIsNoBlame(t *testing.T) {
	for text, want := range map[string]bool{
		"Your family drove three hours only to find the course shut.":           false,
		"I can see your family drove three hours only to find the course shut.": false,
		"Queuing with a pushchair only to be told the pass wasn't valid.":       false,
		"Your family drove to the wrong course.":                                true,
	} {
		if got := slices.Contains(markerKinds(Analyze(text)), MarkBlame); got != want {
			t.Errorf("%q: blame %v, want %v", text, got, want)
		}
	}
}

// A frame that says what follows was said before, or is the point, tells
// nothing itself: "As I mentioned, ...", "The thing is, ...", "Basically, ...".
func TestSaidBeforeFramesTellNothing(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"As I mentioned, the courier left it at the wrong house.", []MarkerKind{MarkBlame}},
		{"As I mentioned, Speedlink lost the cot mattress somewhere between their hub and your door.", []MarkerKind{MarkBlame}},
		{"Speedlink lost the cot mattress somewhere between their hub and your door.", []MarkerKind{MarkBlame}},
		{"As I mentioned, people tend to ignore the low-storage warnings and then wonder why the update bricks the phone.", []MarkerKind{MarkBlame}},
		{"The thing is, this is the third chargeback you've raised on this card in two months.", []MarkerKind{MarkBlame}},
		{"This is the third chargeback you've raised on this card in two months.", []MarkerKind{MarkBlame}},
		{"The thing is, for the third time this week, the gate code is on your booking confirmation.", []MarkerKind{MarkBlame}},
		{"Like I said, your refund has gone through.", []MarkerKind{MarkConcreteAction}},
		{"The thing is, refunds normally take 5 to 7 working days to appear.", nil},
		{"Basically, you booked the non-flex fare, so there's no changing it.", []MarkerKind{MarkBlame}},
		{"As I said the last two times you called, standing orders are something you set up yourself in the app.", []MarkerKind{MarkBlame}},
	})
}

// "Actually," set off before a sentence only turns to it, and thanks tell
// no cause of what the next sentence says went wrong.
func TestTalkBeforeARecapLeavesItARecap(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Actually, would you like the recovered files as a download or restored in place?", []MarkerKind{MarkChoices, MarkQuestion}},
		{"Actually, so you were turned away at the door?", []MarkerKind{MarkAcknowledgesCost, MarkQuestion, MarkReflects}},
		{"Actually, did you order through our website or the app?", []MarkerKind{MarkQuestion}},
		{"Did you actually read the email we sent?", []MarkerKind{MarkAsksInfo, MarkBlame}},
		{"Actually, the reason your card was blocked is a payment you made to a flagged merchant.", []MarkerKind{MarkBlame}},
		{"Thanks for your patience. So the taxi dropped you at the wrong terminal. Okay, let's get you sorted.", []MarkerKind{MarkFiller}},
		{"So the taxi dropped you at the wrong terminal. Okay, let's get you sorted.", nil},
	})
}

// "Right," set off before a sentence turns to it; it licenses no feeling
// in it, as "you're right to be upset" does.
func TestRightSetOffLicensesNothing(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Right, your previous landlord gave a poor reference, which is why the application was declined.", []MarkerKind{MarkBlame}},
		{"Right, I can hear how stressful this has been.", nil},
		{"You're right to be upset about this.", []MarkerKind{MarkValidates}},
	})
}

// An offer of choice put as a question stays one after talk before it.
func TestOfferAfterTalkStaysAnOffer(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"Should I move the licences to your new admin or keep them with you?", []MarkerKind{MarkChoices, MarkQuestion}},
		{"Well, should I move the licences to your new admin or keep them with you?", []MarkerKind{MarkChoices, MarkQuestion}},
		{"Okay, would a morning or afternoon slot be better for the engineer?", []MarkerKind{MarkChoices, MarkQuestion}},
		{"So, shall I refund the full amount now, or would you prefer a credit with 10% on top?", []MarkerKind{MarkChoices, MarkQuestion}},
		{"So shall I refund the full amount now, or would you prefer a credit?", []MarkerKind{MarkChoices, MarkQuestion}},
		{"Right, do you want the window seat on the morning flight, or the aisle in the afternoon?", []MarkerKind{MarkChoices, MarkQuestion}},
		{"Well, was it the Tuesday or the Wednesday delivery that didn't turn up?", []MarkerKind{MarkQuestion}},
	})
}

// An apology before what we did takes on only what went wrong: telling the
// customer, an emphatic "did", and our part beside a fault we lay on
// another party stay our part done, on whichever side the apology falls.
func TestApologyOwnsOnlyWhatWentWrong(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I'm sorry, we did ring you twice on Tuesday to say the car was ready.", []MarkerKind{MarkApology, MarkBlame}},
		{"We did ring you twice on Tuesday to say the car was ready, sorry.", []MarkerKind{MarkApology, MarkBlame}},
		{"I'm sorry, we emailed the start-time change to every registered runner on Tuesday and again on Thursday.", []MarkerKind{MarkApology, MarkBlame}},
		{"I'm sorry, our team processed it within 48 hours; the hold-up has been at the High Commission ever since.", []MarkerKind{MarkApology, MarkBlame}},
		{"I'm sorry, we sent you a toy that was on our recall list, which should never have happened.", []MarkerKind{MarkApology, MarkOwnsMistake}},
		{"I'm sorry, we sent your prescription to the wrong branch.", []MarkerKind{MarkApology, MarkOwnsMistake}},
		{"I'm sorry, our checkout timed out while you were paying.", []MarkerKind{MarkApology, MarkOwnsMistake}},
		{"Our app crashed when you tried to confirm, which is why it never saved, really sorry about that.", []MarkerKind{MarkApology, MarkOwnsMistake}},
	})
}

// After "I'm sorry," a clause with its own verb is a clause of its own.
func TestClauseAfterAnApology(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I'm sorry, heavy snow closed the line north of Preston overnight.", []MarkerKind{MarkApology, MarkBlame}},
		{"Heavy snow closed the line north of Preston overnight.", []MarkerKind{MarkBlame}},
		{"One of our drivers left it at the wrong door, I'm really sorry, refund's done.", []MarkerKind{MarkOwnsMistake, MarkApology, MarkConcreteAction}},
		{"I'm so sorry, being targeted by someone posing as our fraud team is frightening.", []MarkerKind{MarkApology}},
	})
}

// A guess frame ("it looks like", "sounds like") lays blame only on an act
// that could have brought the trouble: not on a party that agreed, a thing
// found working, an act with good news after it, or a denied cause.
func TestGuessFrameBlamesOnlyTrouble(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"It looks like the landlord has agreed to cover the locksmith in full.", nil},
		{"It looks like the supplier has confirmed the new stock arrives Monday.", nil},
		{"It looks like your building's wiring checked out fine.", nil},
		{"It looks like your neighbour kindly took it in, so it's safe.", nil},
		{"It looks like your washing machine didn't cause this.", nil},
		{"It looks like the courier left it at the wrong house.", []MarkerKind{MarkBlame}},
		{"Sounds like your son used the card without telling you.", []MarkerKind{MarkBlame, MarkReflects}},
	})
}

// After a frame that supposes or sees, a clause opens at "there was", at
// "nobody else ..." with its verb further on, at a word that opens a clause
// before its subject, and at a short phrase before a subject pronoun.
func TestFramedClauseOpeners(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"It seems there was a power cut across the whole estate at midday, which is why the engineer couldn't test the line.", []MarkerKind{MarkBlame}},
		{"It seems nobody else on this floor has reported any trouble with the Wi-Fi tonight.", []MarkerKind{MarkBlame}},
		{"Nobody else on this floor has reported any trouble with the Wi-Fi tonight.", []MarkerKind{MarkBlame}},
		{"It seems unfortunately you exceeded the mileage allowance on the hire.", []MarkerKind{MarkBlame}},
		{"It looks like under our terms you can cancel within 14 days for a full refund.", []MarkerKind{MarkPolicy}},
		{"Under our terms you can cancel within 14 days for a full refund.", []MarkerKind{MarkPolicy}},
		{"It seems had you cancelled before midnight on the 3rd, you wouldn't have been charged for the next month.", []MarkerKind{MarkBlame}},
	})
}

// After an apology or a grant that turns with "but", what follows reads as
// it does said on its own, and the turn still counts the sentences typed.
func TestWhatFollowsAGrantReadsOnItsOwn(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I'm sorry but the reason the room wasn't ready is that you arrived four hours before check-in.", []MarkerKind{MarkApology, MarkBlame}},
		{"The reason the room wasn't ready is that you arrived four hours before check-in.", []MarkerKind{MarkBlame}},
		{"I understand, but people tend to stick the router behind the telly, and that blocks half the Wi-Fi.", []MarkerKind{MarkBlame}},
		{"I'm sorry but a lot of riders forget to re-torque the stem after the first week.", []MarkerKind{MarkApology, MarkBlame}},
		{"I'm sorry but as per the email we sent on the 2nd, the price went up from this month.", []MarkerKind{MarkApology, MarkBlame}},
		{"Apologies, but according to the courier's scan, the parcel was refused at the door.", []MarkerKind{MarkApology, MarkBlame}},
		{"I'm so sorry, but we sent the wrong size, and I've ordered the right one.", []MarkerKind{MarkApology, MarkOwnsMistake, MarkConcreteAction}},
	})
	a := Analyze("I'm sorry but the reason the room wasn't ready is that you arrived early. I've upgraded you.")
	if a.Sentences != 2 || a.ApologySentences != 1 {
		t.Errorf("read %d sentences, %d of apology; want 2 and 1, as typed", a.Sentences, a.ApologySentences)
	}
}

// An apology before what the customer or another party did takes none of
// it on; one after what was said answers for it; "so" after an apology
// still tells their account back.
func TestApologyBeforeTheirActTakesNothingOn(t *testing.T) {
	checkKinds(t, []kindsWant{
		{"I'm sorry, the courier left it at the wrong house.", []MarkerKind{MarkApology, MarkBlame}},
		{"I'm sorry, you cancelled 23 hours before check-in and the policy needs 48, so the host keeps the first night.", []MarkerKind{MarkApology, MarkBlame, MarkPolicy}},
		{"The excess stands, I'm sorry — you picked the £500 voluntary excess to bring the premium down.", []MarkerKind{MarkApology, MarkBlame}},
		{"You wrote \"the cleaner never showed\", and you're right, she didn't — I'm sorry.", []MarkerKind{MarkApology}},
		{"I'm sorry, so the courier left your aligner box with a neighbour who was away. Let me get a replacement out by tracked post today.", []MarkerKind{MarkApology, MarkTimeCommitment}},
		{"I'm sorry, our rider took your order to the wrong flat.", []MarkerKind{MarkApology, MarkOwnsMistake}},
		{"I'm sorry, this is the third time you've called about the same bill this week.", []MarkerKind{MarkApology, MarkBlame}},
		{"I'm sorry, this is the third time you've had to chase us about this.", []MarkerKind{MarkApology, MarkAcknowledgesCost}},
	})
}
