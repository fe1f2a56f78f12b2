package main

import (
	"net"
	"testing"
	"time"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/ui"
)

// With the local model on, the desktop's conversation warms the model before
// the opening line and sums up the voice at the end.
func TestDesktopModelConversationPreparesAndSummarises(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("cannot find a free local port: %v", err)
	}
	closed := "http://" + l.Addr().String()
	l.Close()
	deps := &ui.Deps{}
	store, err := history.OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	wireSimulator(deps, judgePrefs(t, true, closed, "qwen2.5:0.5b"),
		desktopRecorder{store: store, trainee: func() string { return "Ana" }, now: time.Now})
	sc, err := scenarios.Load("late-delivery-anniversary", nil)
	if err != nil {
		t.Fatal(err)
	}
	conv, err := deps.Start(sc, nil)
	if err != nil {
		t.Fatal(err)
	}
	p, ok := conv.(ui.Preparer)
	if !ok {
		t.Fatalf("the model conversation %T does not get ready before its opening", conv)
	}
	if got := p.Prepare(t.Context()); got == "" {
		t.Error("getting ready against a closed port said nothing")
	}
	if _, err := conv.Open(t.Context()); err != nil {
		t.Fatal(err)
	}
	got := conv.(ui.VoiceSummarizer).VoiceSummary()
	if want := "Customer lines: 0 from the model, 1 scripted (1 Ollama not answering)."; got != want {
		t.Errorf("VoiceSummary() = %q; want %q", got, want)
	}
	// The session is recorded under the voice that played, even though its
	// one line fell back to the script, and with scoring's rubric version.
	open, err := store.Unfinished(t.Context())
	if err != nil || len(open) != 1 || open[0].Voice != "ollama" || open[0].RubricVersion != scoring.RubricVersion || open[0].Turns != 1 {
		t.Errorf("recorded %+v, %v; want one ollama session, rubric %s, with the opening line", open, err, scoring.RubricVersion)
	}
}
