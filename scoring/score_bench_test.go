package scoring

import (
	"fmt"
	"testing"
)

// benchTranscript is a 40-turn conversation (20 customer, 20 agent) whose agent
// replies cycle through behaviours that earn and lose points, so every rule
// family does real work.
func benchTranscript() Transcript {
	replies := []string{
		"That's on us: we missed the Friday delivery you paid express shipping for, and you had to buy a second gift. I'm sorry.",
		"I've refunded the 12 USD express shipping to your card right now.",
		"I'll see what I can do about the rest, maybe a credit.",
		"So you're saying the gift was for your anniversary. What would help most?",
		"Our policy says fees are refundable within 30 days, so I can refund them now.",
		"The refund reaches your card within 3 business days. I'll check in with you on Thursday.",
		"We value your business and we'll look into it.",
		"Could you confirm your order number for me?",
		"You can have a 10 USD credit now, or a refund of the remaining fee; which would you prefer?",
		"I'm so sorry again, I apologize for the trouble, truly sorry.",
	}
	tr := Transcript{Scenario: "late-delivery-anniversary"}
	for k := 0; k < 20; k++ {
		ms := int64(k) * 20000
		tr.Turns = append(tr.Turns, cust(ms, fmt.Sprintf("Customer line %d: I still need this sorted out.", k)))
		turn := agent(ms+10000, replies[k%len(replies)])
		if k%5 == 1 {
			turn.Action = &Action{Kind: "refund", Amount: 4, Currency: "USD"}
		}
		tr.Turns = append(tr.Turns, turn)
	}
	return tr
}

// BenchmarkScore scores a 40-turn transcript end to end, analysis included.
// Target: at most 0.5 ms and 200 allocations per op.
func BenchmarkScore(b *testing.B) {
	tr, sc := benchTranscript(), fixture()
	if rep, err := Score(tr, sc, nil); err != nil || len(rep.Dimensions[Empathy].Evidence) == 0 {
		b.Fatalf("bench transcript scores badly: %v", err)
	}
	r := DefaultRubric()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Score(tr, sc, r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScoreEngine40 times the scoring engine alone on the same transcript,
// with the analyses done once up front: what Score adds on top of Analyze.
func BenchmarkScoreEngine40(b *testing.B) {
	tr, sc, r := benchTranscript(), fixture(), DefaultRubric()
	an := analyseAgentTurns(tr)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = score(tr, sc, r, an)
	}
}

// BenchmarkAnalyzeTurns40 is the baseline: only analysing the same 40 turns,
// the part of Score that Score cannot make cheaper.
func BenchmarkAnalyzeTurns40(b *testing.B) {
	tr := benchTranscript()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, turn := range tr.Turns {
			if turn.Role == RoleAgent {
				_ = AnalyzeTurn(turn)
			}
		}
	}
}
