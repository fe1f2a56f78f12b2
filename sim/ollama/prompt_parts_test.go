package ollama

import (
	"testing"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/sim"
)

// requestParts lets a table row change one part of the standard request.
type requestParts struct {
	sc          *scenarios.Scenario
	openingLine string
	state       sim.State
	beat        string
	scripted    string
	agent       scoring.Turn
	history     []scoring.Turn
}

func newRequestParts(t testing.TB) requestParts {
	r := hedgeRequest(t, "I'm sorry about that. I'll see what I can do, maybe someone can look into it.")
	return requestParts{sc: r.Scenario, openingLine: r.History[0].Text, state: r.State, beat: r.Beat,
		scripted: r.Scripted, agent: r.Agent, history: r.History}
}

func (r requestParts) request() sim.VoiceRequest {
	return sim.VoiceRequest{Scenario: r.sc, State: r.state, Beat: r.beat, Agent: r.agent, History: r.history, Scripted: r.scripted}
}
