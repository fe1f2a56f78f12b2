package ollama

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/ollama/ollama/api"
	"github.com/turnaround-app/turnaround/sim"
)

// keepAlive keeps the model loaded between turns: a reload costs seconds, and a
// trainee's next message usually comes within a minute or two.
const keepAlive = 10 * time.Minute

// Sentinel causes for cutting a reply short; they never leave this file.
var (
	errStalled = errors.New("stalled")
	errTooLong = errors.New("too long")
)

// Voice words customer replies with an Ollama model and falls back to the
// scripted line whenever that fails. It implements sim.Voice.
//
// Streaming and retraction: Reply passes the model's words to onToken as they
// arrive, before the whole reply can be checked. If the finished reply fails (it
// broke character, the stream broke, the server went away), Reply returns the
// scripted line instead and reports the reason (see NewVoice). The string Reply
// returns is therefore authoritative: a screen shows the streamed pieces as
// provisional text and replaces them with the returned reply when Reply returns.
// A caller that cannot take text back, such as a terminal, passes a nil onToken
// and prints only the returned reply.
type Voice struct {
	client   *Client
	fallback sim.Voice
	notes    func(string)
	now      func() time.Time

	mu        sync.Mutex
	restUntil time.Time // no requests before this time, after a hard failure
	restWhy   error
}

// NewVoice returns a voice that asks c's model for every reply. fallback (which
// may be nil) words the reply when Ollama cannot; nil means the request's
// Scripted line.
//
// notes says where the reason for a fallback goes. When notes is set, it gets
// one sentence per fallback and Reply's error stays nil. When notes is nil,
// Reply returns the fallback line together with the reason as an *Error: that is
// how sim.Session expects a failing voice to report, and it then records the
// scripted line with a note on the customer's turn, so wiring a Voice into a
// Session needs no notes callback. Either way the session goes on.
func NewVoice(c *Client, fallback sim.Voice, notes func(string)) *Voice {
	return &Voice{client: c, fallback: fallback, notes: notes, now: time.Now}
}

// Name is the voice's name in settings and transcripts.
func (v *Voice) Name() string { return "ollama" }

// Reply words one customer reply; see the Voice doc for how streaming and
// retraction work. When Ollama fails, Reply returns the fallback line and
// reports why as NewVoice describes (a note and a nil error, or an *Error when
// there is no notes callback). When the caller cancels ctx it returns the
// scripted line and ctx's error. Reply never changes req or anything it points to.
func (v *Voice) Reply(ctx context.Context, req sim.VoiceRequest, onToken sim.TokenFunc) (string, error) {
	if why := v.resting(); why != nil {
		return v.fallBack(ctx, req, why)
	}
	reply, err := v.generate(ctx, req, onToken)
	if err == nil {
		return reply, nil
	}
	if ctx.Err() != nil {
		return req.Scripted, ctx.Err()
	}
	if errors.Is(err, ErrUnavailable) || errors.Is(err, ErrModelMissing) {
		v.rest(err)
	}
	return v.fallBack(ctx, req, err)
}

// generate streams one reply from the model and checks it. Every failure comes
// back as an *Error whose message says what happened.
func (v *Voice) generate(ctx context.Context, req sim.VoiceRequest, onToken sim.TokenFunc) (string, error) {
	cfg := v.client.cfg
	if cfg.Model == "" {
		return "", newError(ErrModelMissing, nil, "no Ollama model is chosen; pick one in Settings")
	}
	callCtx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	// One timer bounds the wait for the first chunk and then for each next one,
	// so neither a slow start nor a stall mid-reply holds the session up.
	watchdog := time.AfterFunc(cfg.FirstTokenTimeout, func() { cancel(errStalled) })
	s := replyStream{limit: cfg.MaxReplyRunes, onToken: onToken}
	err := v.client.api.Chat(callCtx, v.chatRequest(req), func(r api.ChatResponse) error {
		watchdog.Reset(cfg.FirstTokenTimeout)
		return s.add(r)
	})
	watchdog.Stop()
	if err == nil && s.done {
		return v.checked(&s, req)
	}
	return "", v.streamFailure(callCtx, ctx, err, &s)
}

// streamFailure says why a stream ended without a usable reply.
func (v *Voice) streamFailure(callCtx, ctx context.Context, err error, s *replyStream) error {
	cfg := v.client.cfg
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case errors.Is(context.Cause(callCtx), errStalled) && s.chunks == 0:
		return newError(ErrSlow, nil, "no first word from %s within %v", cfg.Model, cfg.FirstTokenTimeout)
	case errors.Is(context.Cause(callCtx), errStalled):
		return newError(ErrSlow, nil, "%s stopped mid-reply for more than %v", cfg.Model, cfg.FirstTokenTimeout)
	case errors.Is(err, errTooLong):
		return newError(ErrOutOfCharacter, nil, "the reply ran past %d characters", cfg.MaxReplyRunes)
	case err != nil:
		return explain(err, cfg.Host, cfg.Model)
	case s.chunks == 0:
		return newError(ErrBrokenStream, nil, "Ollama at %s sent an empty reply", cfg.Host)
	default:
		// Ollama's client returns nil when the connection closes early; only the
		// final chunk with done set proves the reply is whole.
		return newError(ErrBrokenStream, nil, "the reply from %s was cut off before it finished", cfg.Model)
	}
}

// checked runs the character check on a finished reply.
func (v *Voice) checked(s *replyStream, req sim.VoiceRequest) (string, error) {
	if s.doneReason == "length" {
		return "", newError(ErrOutOfCharacter, nil, "the reply hit the model's length limit")
	}
	reply := tidyReply(s.text.String())
	name := ""
	if req.Scenario != nil {
		name = req.Scenario.Customer.Name
	}
	if why := checkCharacter(reply, v.client.cfg.MaxReplyRunes, req.Beat == "on_resolved", name); why != "" {
		return "", newError(ErrOutOfCharacter, nil, "the model's reply was rejected because %s: %q", why, short(reply))
	}
	if why := coherenceProblem(reply, contextWords(req)); why != "" {
		return "", newError(ErrIncoherent, nil, "the model's reply was rejected because %s: %q", why, short(reply))
	}
	return reply, nil
}

func (v *Voice) chatRequest(req sim.VoiceRequest) *api.ChatRequest {
	cfg := v.client.cfg
	stream := true
	return &api.ChatRequest{
		Model:     cfg.Model,
		Messages:  voiceMessages(req),
		Stream:    &stream,
		KeepAlive: &api.Duration{Duration: keepAlive},
		// Thinking models would think before every line; a customer just talks.
		Think: &api.ThinkValue{Value: false},
		Options: map[string]any{
			"temperature": cfg.Temperature,
			"num_ctx":     cfg.NumCtx,
			// A backstop only: the rune limit normally stops a long reply first.
			"num_predict": cfg.MaxReplyRunes/2 + 16,
		},
	}
}

// fallBack words the reply without Ollama and reports why.
func (v *Voice) fallBack(ctx context.Context, req sim.VoiceRequest, why error) (string, error) {
	line := req.Scripted
	if v.fallback != nil {
		if s, err := v.fallback.Reply(ctx, req, nil); err == nil && s != "" {
			line = s
		}
	}
	if v.notes == nil {
		return line, why
	}
	v.notes("Ollama voice: " + sentence(why.Error()) + " The scripted line was used instead.")
	return line, nil
}

// rest stops asking Ollama for RetryAfter after it was found down or without
// the model, so later turns do not each wait for the same failure.
func (v *Voice) rest(why error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.restUntil = v.now().Add(v.client.cfg.RetryAfter)
	v.restWhy = why
}

// resting returns why the voice is not asking Ollama right now, or nil.
func (v *Voice) resting() error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.restWhy == nil || !v.now().Before(v.restUntil) {
		v.restWhy = nil
		return nil
	}
	// The full reason was reported on the turn that found it; say it briefly.
	left := v.restUntil.Sub(v.now()).Round(time.Second)
	return &Error{Kind: ErrUnavailable, Err: v.restWhy,
		Msg: fmt.Sprintf("Ollama is still unavailable; trying again in %v", left)}
}

// sentence ends s with a full stop unless it already ends a sentence.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return s
	}
	return s + "."
}

// replyStream gathers one streamed reply and passes its pieces on.
type replyStream struct {
	limit      int
	onToken    sim.TokenFunc
	text       strings.Builder
	runes      int
	chunks     int
	done       bool
	doneReason string
}

// add takes one chunk. It stops the stream once the reply is longer than the
// check would accept, rather than waiting for a rambling model to finish.
func (s *replyStream) add(r api.ChatResponse) error {
	s.chunks++
	if piece := r.Message.Content; piece != "" {
		s.runes += utf8.RuneCountInString(piece)
		if s.runes > s.limit {
			return errTooLong
		}
		s.text.WriteString(piece)
		if s.onToken != nil {
			s.onToken(piece)
		}
	}
	if r.Done {
		s.done, s.doneReason = true, r.DoneReason
	}
	return nil
}
