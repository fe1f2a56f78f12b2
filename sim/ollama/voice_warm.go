package ollama

import (
	"context"
	"fmt"
	"time"

	"github.com/ollama/ollama/api"
	"github.com/turnaround-app/turnaround/sim"
)

// typicalPromptTokens is about what a voice prompt holds (rules, persona,
// facts, the last six turns): measured prompts ran 500 to 800 tokens.
const typicalPromptTokens = 800

// firstWordMargin multiplies the expected wait for a first word into the
// limit: a prompt can be longer than typical, and a machine busier.
const firstWordMargin = 2

// warmPrompt is what Warm asks the model: the real system rules (so the
// machine is measured reading a real prompt) and a one-word task.
var warmPrompt = []api.Message{
	{Role: "system", Content: voiceRules},
	{Role: "user", Content: "Reply with the single word: ready"},
}

// Warm loads the model with the same options every reply uses (so no reply
// restarts Ollama's runner), within LoadTimeout, and measures how fast this
// machine reads a prompt. From that it sets the first-word limit: the default
// (FirstTokenTimeout) on a quick machine, more on a slow one, never above
// MaxFirstTokenTimeout. It returns one sentence saying what it found, for the
// screen to show where it showed "the customer is getting ready". When the
// model cannot be loaded the voice backs off at once, and the sentence says so.
func (v *Voice) Warm(ctx context.Context) string {
	cfg := v.client.cfg
	if err := v.client.readiness(ctx); err != nil {
		return sentence(v.rest(err).Error())
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.LoadTimeout)
	defer cancel()
	req := v.client.loadRequest(warmPrompt)
	req.Options["num_predict"] = 1
	var last api.ChatResponse
	start := time.Now()
	err := v.client.api.Chat(ctx, req, func(r api.ChatResponse) error {
		last = r
		return nil
	})
	took := time.Since(start)
	if err != nil {
		return sentence(v.rest(v.client.explainLoad(err)).Error())
	}
	limit := v.limitFor(last.Metrics, took)
	v.mu.Lock()
	v.firstLimit = max(v.firstLimit, limit)
	limit = v.firstLimit
	v.mu.Unlock()
	msg := fmt.Sprintf("%s is ready (%s)", cfg.Model, describeLoad(last.Metrics, took))
	if limit > cfg.FirstTokenTimeout {
		return fmt.Sprintf("%s; this machine reads prompts slowly, so each reply may wait up to %v for its first word.",
			msg, limit.Round(time.Second))
	}
	return msg + "."
}

// limitFor turns the warm-up's measurements into a first-word limit: the time
// a typical prompt would take at the measured reading speed, with margin.
// Without Ollama's metrics it uses the whole warm-up time less the load.
func (v *Voice) limitFor(m api.Metrics, took time.Duration) time.Duration {
	cfg := v.client.cfg
	expected := took - m.LoadDuration
	if m.PromptEvalCount > 0 && m.PromptEvalDuration > 0 {
		perToken := m.PromptEvalDuration / time.Duration(m.PromptEvalCount)
		expected = perToken * typicalPromptTokens
	}
	return min(max(firstWordMargin*expected, cfg.FirstTokenTimeout), cfg.MaxFirstTokenTimeout)
}

// describeLoad says how long loading took, when Ollama reported it.
func describeLoad(m api.Metrics, took time.Duration) string {
	if m.LoadDuration > 0 {
		return fmt.Sprintf("loaded in %.1f s", m.LoadDuration.Seconds())
	}
	return fmt.Sprintf("answered in %.1f s", took.Seconds())
}

// firstTokenLimit is the first-word limit now in force.
func (v *Voice) firstTokenLimit() time.Duration {
	v.mu.Lock()
	defer v.mu.Unlock()
	return max(v.firstLimit, v.client.cfg.FirstTokenTimeout)
}

// adapt raises the first-word limit after a reply whose first word came late
// but in time, so a machine near the limit does not fall back on every other
// turn. The limit never drops within a session: slowness comes and goes.
func (v *Voice) adapt(firstWord time.Duration) {
	cfg := v.client.cfg
	want := min(firstWordMargin*firstWord, cfg.MaxFirstTokenTimeout)
	v.mu.Lock()
	defer v.mu.Unlock()
	v.firstLimit = max(v.firstLimit, want)
}

// Warmer is a voice that can load its model ahead of the first reply (see
// Voice.Warm); screens type-assert for it.
type Warmer interface {
	sim.Voice
	Warm(ctx context.Context) string
}
