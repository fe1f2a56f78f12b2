package scoring

import "testing"

// coachTranscript is a twelve-turn session, about as long as practice sessions run.
func coachTranscript() Transcript {
	tr := conv(cust(0, "My order was supposed to arrive Friday. It came Monday."))
	lines := []string{
		"I understand how you feel, and I am sorry about the weekend.",
		"I hear you, that is really frustrating.",
		"We missed the delivery window and that is on us.",
		"I'm refunding the 25 USD express fee now; you'll see it within 3 days.",
		"I'll email you tomorrow by 10am to confirm it has landed.",
	}
	for i := 0; i < 6; i++ {
		tr.Turns = append(tr.Turns, agent(int64(10000+i*20000), lines[i%len(lines)]), cust(int64(20000+i*20000), "Okay."))
	}
	tr.Turns = append(tr.Turns, agent(140000, lines[1]))
	return tr
}

// BenchmarkHintAfter is what practice mode adds after each reply; BenchmarkScoreCoachTranscript
// is the baseline, the score of record for the same transcript.
func BenchmarkHintAfter(b *testing.B) {
	tr, sc := coachTranscript(), fixture()
	b.ReportAllocs()
	for b.Loop() {
		HintAfter(tr, sc, nil)
	}
}

func BenchmarkScoreCoachTranscript(b *testing.B) {
	tr, sc := coachTranscript(), fixture()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Score(tr, sc, nil); err != nil {
			b.Fatal(err)
		}
	}
}
