package main

import (
	"context"
	"errors"

	"fyne.io/fyne/v2"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/sim/ollama"
	"github.com/turnaround-app/turnaround/ui"
)

// judgeAdapter gives the report a second opinion from the Ollama model chosen in
// Settings. It reads the preferences on every call, so a change in Settings
// applies to the next report without a restart.
type judgeAdapter struct{ prefs fyne.Preferences }

var _ ui.SecondOpinion = judgeAdapter{}

// errNoJudgeModel is shown when the local model is on but none is named.
var errNoJudgeModel = errors.New("no model is chosen in Settings")

// ollamaConfig is the Ollama configuration Settings describes: the host the
// trainee typed (else OLLAMA_HOST or the default) and the chosen model.
func ollamaConfig(p fyne.Preferences) ollama.Config {
	cfg := ollama.DefaultConfig()
	if h := p.String(ui.PrefOllamaHost); h != "" {
		cfg.Host = h
	}
	cfg.Model = p.String(ui.PrefOllamaModel)
	return cfg
}

// client builds a client for the configured model, or says why there is none.
func (j judgeAdapter) client() (*ollama.Client, error) {
	if !j.prefs.Bool(ui.PrefLLMOn) {
		return nil, ui.ErrSecondOpinionOff
	}
	cfg := ollamaConfig(j.prefs)
	if cfg.Model == "" {
		return nil, errNoJudgeModel
	}
	return ollama.NewClient(cfg)
}

// Available implements ui.SecondOpinion: the local model must be on, named and
// its server answering. A missing model is left for Ask to report, since
// checking for it would cost a second round trip on every report.
func (j judgeAdapter) Available(ctx context.Context) error {
	c, err := j.client()
	if err != nil {
		return err
	}
	st := c.Status(ctx)
	switch {
	case st.Up:
		return nil
	case st.Err != nil:
		return st.Err
	}
	return errors.New("Ollama at " + c.Config().Host + " is not answering")
}

// Ask implements ui.SecondOpinion through ollama.Judge.
func (j judgeAdapter) Ask(ctx context.Context, sc *scenarios.Scenario, t scoring.Transcript, rep scoring.Report) (ui.Judgement, error) {
	c, err := j.client()
	if err != nil {
		return ui.Judgement{}, err
	}
	got, err := ollama.Judge(ctx, c, sc, t, rep)
	if err != nil {
		return ui.Judgement{Model: got.Model}, err
	}
	out := ui.Judgement{Model: got.Model, Opinions: make([]ui.Opinion, 0, len(got.Opinions))}
	for _, o := range got.Opinions {
		out.Opinions = append(out.Opinions, ui.Opinion{Dimension: o.Dimension, Score: o.Score, Comment: o.Comment, Agrees: o.Agrees})
	}
	return out, nil
}

// draftScenario implements ui.DraftFunc with the model chosen in Settings; when
// the local model is off or unnamed it says what drafting needs.
func (j judgeAdapter) draftScenario(ctx context.Context, complaint string) (string, error) {
	c, err := j.client()
	if errors.Is(err, ui.ErrSecondOpinionOff) || errors.Is(err, errNoJudgeModel) {
		return "", errors.New("drafting needs the local model: turn it on in Settings and pick a model, for example " + ollama.SuggestedModel)
	}
	if err != nil {
		return "", err
	}
	return ollama.DraftScenario(ctx, c, complaint)
}
