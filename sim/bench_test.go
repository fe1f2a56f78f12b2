package sim

import (
	"context"
	"testing"

	"github.com/turnaround-app/turnaround/scoring"
)

// benchText is a typical agent turn: an apology, ownership, an action and a time.
const benchText = "I'm sorry, we missed the delivery window and you had to buy another gift. " +
	"I'm refunding the 12 USD express shipping now, and you'll see it within 3-5 days. Is there anything else I can do?"

// BenchmarkSubmitScripted measures an agent turn submitted until the scripted reply
// is ready, analysis included. The customer is given endless patience so the
// session never ends; BenchmarkAnalyzeOnly is the baseline in the same run.
func BenchmarkSubmitScripted(b *testing.B) {
	sc := *builtin(b, "late-delivery-anniversary")
	sc.Customer.Mood.Patience = 1 << 30
	s := NewSession(&sc, Options{OnEvent: func(Event) {}})
	ctx := context.Background()
	if _, err := s.Open(ctx); err != nil {
		b.Fatal(err)
	}
	texts := [2]string{benchText, benchText + " Thanks for waiting."}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := s.Submit(ctx, texts[i%2], nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnalyzeOnly is the analysis of the same turn alone.
func BenchmarkAnalyzeOnly(b *testing.B) {
	turn := scoring.Turn{Role: scoring.RoleAgent, Text: benchText}
	b.ReportAllocs()
	for b.Loop() {
		_ = scoring.AnalyzeTurn(turn)
	}
}
