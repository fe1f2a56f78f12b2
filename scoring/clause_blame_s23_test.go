package scoring

import (
	"slices"
	"testing"
)

// Looking into the trouble takes nothing on: "I've checked and the storm
// brought the line down" lays the fault where the look found it, and what
// follows "I've checked and" is a clause of its own whatever its subject.
// A step that deals with the trouble still takes it on.
func TestLookingIntoTakesNothingOn(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I've checked and the storm brought down the line on your road.", has: blame},
		{text: "I've checked and a lot of members forget to switch off auto-renew.", has: blame},
		{text: "We looked into it and your bank declined the payment.", has: blame},
		{text: "I've had a look and the courier left it at the wrong house.", has: blame},
		{text: "I've checked and your refund went through yesterday.", hasNot: blame},
		{text: "The storm brought the line down, and I've sent an engineer to fix it.", hasNot: blame},
	})
}

// A pattern's gap ends at a pause before a subject: "From what I can see,
// the wrong date was picked" is no "I ... the wrong date" the agent owns.
func TestGapStopsAtAPauseBeforeASubject(t *testing.T) {
	checkReadings(t, []reading{
		{text: "From what I can see, the wrong date was picked.", hasNot: owns},
		{text: "As far as I can tell, the wrong size was ordered.", hasNot: owns},
		{text: "I checked, and we sent the wrong size.", has: owns},
		{text: "I'm so sorry, we sent you the wrong size.", has: owns},
	})
}

// What the customer told someone else is no account of theirs told back:
// "you told the driver the right spot; he just didn't read the note" blames
// the driver. What they told us is: "you told me the driver left it".
func TestToldAnotherIsNoAccount(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You told the courier the right flat number; he just didn't read the label.", has: blame},
		{text: "You told the driver the gate code and he still didn't use it.", has: blame},
		{text: "You told the engineer where the stopcock was; he just never turned it off.", has: blame},
		{text: "You told me the courier left it by the bins.", hasNot: blame},
	})
}

// A frame that says where what follows was seen ("From what I can see,",
// "As far as I can tell,") tells nothing itself: the sentence after it is
// read as it is without it.
func TestEvidenceFrameTellsNothing(t *testing.T) {
	checkFramedAsBare(t, [][2]string{
		{"From what I can see, people tend to skip the verification step and then the account locks.", "People tend to skip the verification step and then the account locks."},
		{"As far as I can tell, the reason you were charged twice is that the payment was submitted again when you refreshed.", "The reason you were charged twice is that the payment was submitted again when you refreshed."},
		{"From what I can see, the points lapsed because there was no activity on the account for two years.", "The points lapsed because there was no activity on the account for two years."},
	})
}

// A frame that supposes ("It seems", "It looks like") leaves what follows it
// a clause of its own, read as it is alone: people's habits, our insisting,
// a thing's side, a reason.
func TestSupposingFrameKeepsTheClause(t *testing.T) {
	checkFramedBlame(t, [][2]string{
		{"It seems people tend to rush the renewal form and skip the direct debit page.", "People tend to rush the renewal form and skip the direct debit page."},
		{"It looks like people often forget to tick the gift option.", "People often forget to tick the gift option."},
		{"It looks like that's on your internet provider, I'm afraid.", "That's on your internet provider, I'm afraid."},
		{"It seems the reason you were charged twice is that the payment was submitted again when you refreshed.", "The reason you were charged twice is that the payment was submitted again when you refreshed."},
	})
}

// A "but" after only an apology or a grant ("I'm sorry but", "I understand
// but"), typed without its comma, turns to what is said as it does with
// the comma: the clause after it is read alone.
func TestButAfterAGrantWithoutItsComma(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I'm sorry but Parcelforce lost the gift voucher, there's nothing we can do.", has: blame},
		{text: "I'm so sorry but people tend to rush the allergen form online and skip the last box.", has: blame},
		{text: "I understand but whoever plastered before us did a shocking job, that's why it's cracking.", has: blame},
		{text: "I'm sorry but I've refunded the delivery charge.", hasNot: blame},
	})
}

// A grant before "but" concedes nothing of what follows it: "I understand,
// but the tracking shows it was delivered to your safe place" cites the
// record as it does alone, and "..., but according to our system, ..."
// cites a source, as it does opening its sentence.
func TestGrantBeforeButConcedesNothing(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I understand, but the tracking shows it was delivered to your safe place.", has: blame},
		{text: "I understand, but according to our system, you cancelled the order yourself.", has: blame, hasNot: owns},
		{text: "I know the system shows it as delivered, and I've asked the driver to check.", hasNot: blame},
	})
}

// A bare "sorry" closing the sentence softens what was said: it takes on
// nothing that is not ours ("the printers had a fault, ..., sorry"), and a
// reminder we sent stays insisted ("we did text you twice, sorry"). Said
// after our own failure, it still owns it. It is an apology either way.
func TestSorryAfterwardTakesNothingOn(t *testing.T) {
	apology := []MarkerKind{MarkApology}
	checkReadings(t, []reading{
		{text: "The printers had a fault, which is why the spring issue came out late, sorry.", has: append(blame, apology...)},
		{text: "We did text you twice the day before the delivery, sorry.", has: blame, hasNot: owns},
		{text: "The print shop we use had a machine go down, which is why your banners are late, sorry.", has: blame},
		{text: "Our app crashed at checkout yesterday, which is why your basket vanished, sorry about that!", has: owns},
		{text: "We sent you the wrong date, sorry.", has: owns},
	})
}

// A frame that says what follows is to explain ("Just to clarify,", "To be
// clear,", "Just so you're aware,") tells nothing itself; "Just to confirm,"
// checks the customer's account back and stays.
func TestExplainingFrameTellsNothing(t *testing.T) {
	checkFramedAsBare(t, [][2]string{
		{"Just to clarify, the tracking shows it was delivered to your safe place.", "The tracking shows it was delivered to your safe place."},
		{"To be clear, people tend to skip the verification step and then the account locks.", "People tend to skip the verification step and then the account locks."},
	})
	checkReadings(t, []reading{
		{text: "Just to confirm, the driver left it by the bins?", hasNot: blame},
	})
}

// checkFramedAsBare checks that each framed text reads as its bare text
// does, and that both read as blame.
func checkFramedAsBare(t *testing.T, pairs [][2]string) {
	t.Helper()
	for _, pair := range pairs {
		framed, bare := markerKinds(Analyze(pair[0])), markerKinds(Analyze(pair[1]))
		if !slices.Equal(framed, bare) || !slices.Contains(bare, MarkBlame) {
			t.Errorf("%q reads %v; without its frame, %v (want blame in both)", pair[0], framed, bare)
		}
	}
}

// checkFramedBlame checks that each framed text, and its bare text, read
// as blame.
func checkFramedBlame(t *testing.T, pairs [][2]string) {
	t.Helper()
	for _, pair := range pairs {
		framed, bare := markerKinds(Analyze(pair[0])), markerKinds(Analyze(pair[1]))
		if !slices.Contains(framed, MarkBlame) || !slices.Contains(bare, MarkBlame) {
			t.Errorf("%q reads %v; without its frame, %v (want blame in both)", pair[0], framed, bare)
		}
	}
}
