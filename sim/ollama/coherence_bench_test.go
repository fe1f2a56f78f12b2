package ollama

import (
	"testing"

	"github.com/turnaround-app/turnaround/sim"
)

// The coherence check runs on every model reply; it must cost about what the
// character check (its baseline here) costs, not a model call.
const benchReply = "Honestly? I'm furious. I had to buy another gift in a store, and I paid for express shipping."

func BenchmarkCheckCharacterBaseline(b *testing.B) {
	for b.Loop() {
		checkCharacter(benchReply, 400, false, "Dana")
	}
}

func BenchmarkCoherence(b *testing.B) {
	known := contextWords(sim.VoiceRequest{Scenario: loadScenario(b)})
	b.ResetTimer()
	for b.Loop() {
		coherenceProblem(benchReply, known)
	}
}

func BenchmarkCoherenceWithContextWords(b *testing.B) {
	req := hedgeRequest(b, "I'll see what I can do, maybe.")
	for b.Loop() {
		coherenceProblem(benchReply, contextWords(req))
	}
}
