package main

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/sim"
	"github.com/turnaround-app/turnaround/sim/ollama"
	"github.com/turnaround-app/turnaround/ui"
)

var timeNow = time.Now

// voiceFor picks the customer voice from Settings: Ollama when switched on (it
// falls back to the script by itself when the server or model is missing), else
// the scripted voice. onToken streams only the model's words; scripted lines
// appear whole.
func voiceFor(p fyne.Preferences) (sim.Voice, bool) {
	if !p.Bool(ui.PrefLLMOn) {
		return sim.NewScripted(), false
	}
	cfg := ollamaConfig(p)
	c, err := ollama.NewClient(cfg)
	if err != nil || cfg.Model == "" {
		return sim.NewScripted(), false
	}
	return ollama.NewVoice(c, sim.NewScripted(), nil), true
}

// warmingConversation loads the model voice before the opening line (see
// ui.Preparer), so that line waits for the load with a visible note instead of
// falling back to the script.
type warmingConversation struct {
	ui.Conversation
	voice ollama.Warmer
}

// Prepare implements ui.Preparer.
func (w warmingConversation) Prepare(ctx context.Context) string { return w.voice.Warm(ctx) }

// Fork keeps the model voice on a retry, so its report still says where the
// customer's words came from (the count covers the whole conversation).
func (w warmingConversation) Fork(at int) (ui.Conversation, error) {
	c, err := w.Conversation.Fork(at)
	if err != nil {
		return nil, err
	}
	return warmingConversation{c, w.voice}, nil
}

// VoiceSummary implements ui.VoiceSummarizer: how many customer lines the model
// wrote and how many fell back to the script, and why.
func (w warmingConversation) VoiceSummary() string {
	if t, ok := w.voice.(ollama.Tallier); ok {
		s := t.Tally().String()
		return strings.ToUpper(s[:1]) + s[1:] + "."
	}
	return ""
}

// wireSimulator connects the Practice and Author screens to the simulator.
// Practice sessions, resumed ones and retries are recorded through rec; the
// Author screen's play-tests are not recorded.
func wireSimulator(deps *ui.Deps, p fyne.Preferences, rec desktopRecorder) {
	deps.Start = func(sc *scenarios.Scenario, onToken func(string)) (ui.Conversation, error) {
		voice, streams := voiceFor(p)
		if !streams {
			onToken = nil
		}
		conv, err := rec.start(sc, voice, onToken, scoring.Transcript{}, 0)
		if w, ok := voice.(ollama.Warmer); ok && err == nil {
			return warmingConversation{conv, w}, nil
		}
		return conv, err
	}
	deps.StartScripted = func(sc *scenarios.Scenario, _ func(string)) (ui.Conversation, error) {
		return ui.NewSimConversation(sim.NewSession(sc, sim.Options{})), nil
	}
	deps.Resume = func(sc *scenarios.Scenario, from ui.StoredSession) (ui.Conversation, error) {
		voice, _ := voiceFor(p)
		owner := rec // the resumed record is the stored session's trainee's
		if from.Trainee != "" {
			owner.trainee = func() string { return from.Trainee }
		}
		return owner.start(sc, voice, nil, from.Transcript, 0)
	}
	deps.Grader = newGrader()
	deps.SecondOpinion = judgeAdapter{prefs: p}
	deps.Draft = judgeAdapter{prefs: p}.draftScenario
}
