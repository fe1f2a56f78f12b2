package main

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/google/go-cmp/cmp"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/sim/ollama"
	"github.com/turnaround-app/turnaround/ui"
)

// judgeAnswer is what the fake model says: close to the score of record on
// empathy and authority clarity, far from it on action speed and fairness.
const judgeAnswer = `{"empathy":{"score":68,"comment":"Owned the delay at once."},` +
	`"action_speed":{"score":30,"comment":"Took two turns to offer anything."},` +
	`"authority_clarity":{"score":72,"comment":"Said what the refund covers."},` +
	`"fairness":{"score":95,"comment":"The refund fits the harm."}}`

// fakeJudgeServer answers Ollama's heartbeat, version and chat routes, and
// records the model each chat asked for.
type fakeJudgeServer struct {
	srv    *httptest.Server
	answer string
	mu     sync.Mutex
	models []string
}

func newFakeJudgeServer(t *testing.T, answer string) *fakeJudgeServer {
	t.Helper()
	f := &fakeJudgeServer{answer: answer}
	f.srv = httptest.NewServer(f)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeJudgeServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.Method + " " + r.URL.Path {
	case "HEAD /", "GET /":
		_, _ = w.Write([]byte("Ollama is running"))
	case "GET /api/version":
		_, _ = w.Write([]byte(`{"version":"0.17.4"}`))
	case "POST /api/chat":
		var req struct{ Model string }
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		f.mu.Lock()
		f.models = append(f.models, req.Model)
		f.mu.Unlock()
		_ = json.NewEncoder(w).Encode(map[string]any{"model": req.Model, "done": true, "done_reason": "stop",
			"message": map[string]string{"role": "assistant", "content": f.answer}})
	default:
		http.NotFound(w, r)
	}
}

func (f *fakeJudgeServer) chatModels() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.models...)
}

// judgePrefs are Settings with the local model on, pointed at host.
func judgePrefs(t *testing.T, on bool, host, model string) fyne.Preferences {
	t.Helper()
	p := test.NewTempApp(t).Preferences()
	p.SetBool(ui.PrefLLMOn, on)
	p.SetString(ui.PrefOllamaHost, host)
	p.SetString(ui.PrefOllamaModel, model)
	return p
}

// judgedReport scores the dimensions 60, 65, 70 and 75.
func judgedReport() scoring.Report {
	rep := scoring.Report{Total: 67, Dimensions: map[scoring.Dimension]scoring.DimensionScore{}}
	for i, d := range scoring.Dimensions {
		rep.Dimensions[d] = scoring.DimensionScore{Score: 60 + 5*i, Weight: 0.25}
	}
	return rep
}

func judgedSession() (*scenarios.Scenario, scoring.Transcript) {
	sc := &scenarios.Scenario{ID: "late-gift", Title: "Late gift", FairRemedy: scenarios.Range{Min: 10, Max: 40}}
	t := scoring.Transcript{Scenario: sc.ID, Turns: []scoring.Turn{
		{Role: scoring.RoleCustomer, Text: "My gift came late."},
		{Role: scoring.RoleAgent, Text: "That is on us; I am refunding the shipping now."},
	}}
	return sc, t
}

func TestJudgeAdapterReturnsTheModelsOpinions(t *testing.T) {
	f := newFakeJudgeServer(t, judgeAnswer)
	j := judgeAdapter{prefs: judgePrefs(t, true, f.srv.URL, "qwen2.5:0.5b")}
	if err := j.Available(context.Background()); err != nil {
		t.Fatalf("Available with the fake server up: %v", err)
	}
	sc, tr := judgedSession()
	rep := judgedReport()
	got, err := j.Ask(context.Background(), sc, tr, rep)
	if err != nil {
		t.Fatalf("Ask: %v", err)
	}
	want := ui.Judgement{Model: "qwen2.5:0.5b", Opinions: []ui.Opinion{
		{Dimension: scoring.Empathy, Score: 68, Comment: "Owned the delay at once.", Agrees: true},
		{Dimension: scoring.ActionSpeed, Score: 30, Comment: "Took two turns to offer anything.", Agrees: false},
		{Dimension: scoring.AuthorityClarity, Score: 72, Comment: "Said what the refund covers.", Agrees: true},
		{Dimension: scoring.Fairness, Score: 95, Comment: "The refund fits the harm.", Agrees: false},
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("judgement (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"qwen2.5:0.5b"}, f.chatModels()); diff != "" {
		t.Errorf("models asked (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(judgedReport(), rep); diff != "" {
		t.Errorf("Ask changed the report (-want +got):\n%s", diff)
	}
}

func TestJudgeAdapterSaysWhyNoOpinionIsAvailable(t *testing.T) {
	up := newFakeJudgeServer(t, judgeAnswer)
	down := httptest.NewServer(http.NotFoundHandler())
	downURL := down.URL
	down.Close() // nothing listens there any more
	cases := []struct {
		name        string
		on          bool
		host, model string
		want        error
	}{
		{"switched off", false, up.srv.URL, "qwen2.5:0.5b", ui.ErrSecondOpinionOff},
		{"no model chosen", true, up.srv.URL, "", errNoJudgeModel},
		{"server down", true, downURL, "qwen2.5:0.5b", ollama.ErrUnavailable},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			j := judgeAdapter{prefs: judgePrefs(t, c.on, c.host, c.model)}
			if err := j.Available(context.Background()); !errors.Is(err, c.want) {
				t.Errorf("Available = %v, want %v", err, c.want)
			}
			sc, tr := judgedSession()
			if _, err := j.Ask(context.Background(), sc, tr, judgedReport()); !errors.Is(err, c.want) {
				t.Errorf("Ask error = %v, want %v", err, c.want)
			}
		})
	}
	if n := len(up.chatModels()); n != 0 {
		t.Errorf("the server was asked %d times although no opinion could be given", n)
	}
}

func TestJudgeAdapterPassesOnAMalformedAnswer(t *testing.T) {
	f := newFakeJudgeServer(t, `{"empathy":{"score":68,"comment":"Fine."}}`)
	j := judgeAdapter{prefs: judgePrefs(t, true, f.srv.URL, "qwen2.5:0.5b")}
	sc, tr := judgedSession()
	got, err := j.Ask(context.Background(), sc, tr, judgedReport())
	if !errors.Is(err, ollama.ErrBadJudgement) {
		t.Fatalf("Ask error = %v, want a malformed-judgement error", err)
	}
	if err.Error() != "the model's second opinion is malformed: it has no opinion on action_speed" {
		t.Errorf("error text = %q", err.Error())
	}
	if len(got.Opinions) != 0 {
		t.Errorf("a malformed answer still produced opinions: %v", got.Opinions)
	}
}

func TestDraftAdapterExplainsWithoutAModel(t *testing.T) {
	j := judgeAdapter{prefs: judgePrefs(t, false, "", "")}
	_, err := j.draftScenario(context.Background(), "I was charged twice.")
	if err == nil || err.Error() != "drafting needs the local model: turn it on in Settings and pick a model, for example qwen2.5:0.5b" {
		t.Errorf("draft with the local model off: %v", err)
	}
}
