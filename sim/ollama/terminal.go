package ollama

import (
	"context"
	"errors"

	"github.com/turnaround-app/turnaround/sim"
)

// SuggestedModel is a small chat model that runs on a laptop CPU and is the
// model the terminal uses when none is named.
const SuggestedModel = "qwen2.5:0.5b"

// Ready checks that the server answers and has the configured model. It returns
// one sentence for the trainee when either is missing, and "" when all is well.
// The voice copes without either; this only says so up front, once. A voice
// should use Voice.Check instead, which also starts its back-off.
func (c *Client) Ready(ctx context.Context) string {
	err := c.readiness(ctx)
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrModelMissing):
		return sentence(err.Error()) + " The scripted lines stand in until it is."
	}
	return sentence(err.Error()) + " The scripted lines stand in until it answers."
}

// readiness returns why the model cannot word replies now, or nil: the server
// must answer and have the model. Every call in it has a deadline.
func (c *Client) readiness(ctx context.Context) error {
	if c.cfg.Model == "" {
		return newError(ErrModelMissing, nil, "no Ollama model is chosen; pick one in Settings")
	}
	if st := c.Status(ctx); !st.Up {
		return st.Err
	}
	ok, err := c.HasModel(ctx, c.cfg.Model)
	switch {
	case err != nil:
		return err
	case !ok:
		return newError(ErrModelMissing, nil, "model %s is not installed; run \"ollama pull %s\"", c.cfg.Model, c.cfg.Model)
	}
	return nil
}

// WholeReplies wraps a voice for screens that cannot take streamed text back,
// such as a terminal. The wrapped voice streams nothing while the model writes;
// once the reply has passed the character check it reaches onToken in one
// piece. A reply that falls back reaches onToken not at all, so the caller
// shows the returned line as it would any unstreamed reply.
func WholeReplies(v sim.Voice) sim.Voice { return wholeReplies{v} }

type wholeReplies struct{ voice sim.Voice }

// Name is the wrapped voice's name.
func (w wholeReplies) Name() string { return w.voice.Name() }

// Reply asks the wrapped voice without streaming, then passes on a reply that
// stands.
func (w wholeReplies) Reply(ctx context.Context, req sim.VoiceRequest, onToken sim.TokenFunc) (string, error) {
	reply, err := w.voice.Reply(ctx, req, nil)
	if err == nil && onToken != nil && reply != "" {
		onToken(reply)
	}
	return reply, err
}

// Tallier is a voice that counts where its lines came from (see Voice.Tally).
type Tallier interface {
	Tally() Tally
}

// Warm passes on to the wrapped voice when it can warm up; "" otherwise.
func (w wholeReplies) Warm(ctx context.Context) string {
	if v, ok := w.voice.(Warmer); ok {
		return v.Warm(ctx)
	}
	return ""
}

// Tally passes on to the wrapped voice when it counts; zero otherwise.
func (w wholeReplies) Tally() Tally {
	if v, ok := w.voice.(Tallier); ok {
		return v.Tally()
	}
	return Tally{}
}
