package ollama

import (
	"context"
	"fmt"

	"github.com/turnaround-app/turnaround/sim"
)

// SuggestedModel is a small chat model that runs on a laptop CPU and is the
// model the terminal uses when none is named.
const SuggestedModel = "qwen2.5:0.5b"

// Ready checks that the server answers and has the configured model. It returns
// one sentence for the trainee when either is missing, and "" when all is well.
// The voice copes without either; this only says so up front, once.
func (c *Client) Ready(ctx context.Context) string {
	if st := c.Status(ctx); !st.Up {
		return sentence(st.Err.Error()) + " The scripted lines stand in until it answers."
	}
	ok, err := c.HasModel(ctx, c.cfg.Model)
	switch {
	case err != nil:
		return sentence(err.Error()) + " The scripted lines stand in."
	case !ok:
		return fmt.Sprintf("Model %s is not installed; run \"ollama pull %s\". The scripted lines stand in until it is.",
			c.cfg.Model, c.cfg.Model)
	}
	return ""
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
