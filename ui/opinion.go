package ui

import (
	"context"
	"errors"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// Opinion is the local model's view of one dimension, shown beside the score of
// record.
type Opinion struct {
	Dimension scoring.Dimension
	Score     int // 0..100
	Comment   string
	// Agrees is true when the model's score is close enough to the score of
	// record to count as the same verdict.
	Agrees bool
}

// Judgement is the local model's second opinion on a finished session.
type Judgement struct {
	// Model names the model that gave the opinion, for example "qwen2.5:0.5b".
	Model    string
	Opinions []Opinion // in scoring.Dimensions order
}

// ErrSecondOpinionOff is what SecondOpinion.Available returns when the local
// model is switched off in Settings; the report then shows how to turn it on
// instead of an error.
var ErrSecondOpinionOff = errors.New("the local model is switched off in Settings")

// SecondOpinion asks a local language model what it makes of a session. It is
// advice beside the report: nothing it returns changes the score of record.
// cmd/turnaround implements it on top of sim/ollama; tests pass fakes.
type SecondOpinion interface {
	// Available returns nil when a model can be asked now, ErrSecondOpinionOff
	// when the local model is off, or an error saying why it cannot be reached.
	// It may talk to the server, so the report calls it off the UI thread.
	Available(ctx context.Context) error
	// Ask returns the model's opinion of t. rep is read only to mark which
	// opinions agree with it.
	Ask(ctx context.Context, sc *scenarios.Scenario, t scoring.Transcript, rep scoring.Report) (Judgement, error)
}
