package ollama

import (
	"context"
	"errors"
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

// replyPredict caps a reply's tokens. The prompt asks for one to three short
// sentences, about 60 tokens; 120 leaves room for a wordy customer while a
// rambling model still stops before MaxReplyRunes (400) would.
const replyPredict = 120

// Sentinel causes for cutting a reply short; they never leave this package.
var (
	errStalled      = errors.New("stalled")
	errTooLong      = errors.New("too long")
	errReplyTimeout = errors.New("reply took too long")
	// errNoFirstWord is the cause of an ErrSlow that came before any word: the
	// one slowness that means the next reply would wait the same way.
	errNoFirstWord = errors.New("no first word")
)

// Voice words customer replies with an Ollama model and falls back to the
// scripted line whenever that fails. It implements sim.Voice.
//
// Streaming and retraction: Reply passes the model's words to onToken as they
// arrive, before the whole reply can be checked. If the finished reply fails (it
// broke character, did not read as English, the stream broke, the server went
// away), Reply returns the scripted line instead and reports the reason (see
// NewVoice). The string Reply returns is therefore authoritative: a screen shows
// the streamed pieces as provisional text and replaces them with the returned
// reply when Reply returns. A caller that cannot take text back, such as a
// terminal, passes a nil onToken and prints only the returned reply.
//
// Back-off: when Ollama is down, lacks the model or sends no first word, the
// voice says so once and uses scripted lines at once for RetryAfter; then it
// checks the server in the background and goes back to the model when it
// answers. Tally counts which lines came from where.
type Voice struct {
	client   *Client
	fallback sim.Voice
	notes    func(string)
	now      func() time.Time

	mu        sync.Mutex
	restUntil time.Time // scripted lines until this time, after a hard failure
	restWhy   error
	probing   bool
	probes    sync.WaitGroup // background re-checks, for tests to wait on
	// firstLimit is the first-word limit now in force (see Warm and adapt).
	firstLimit time.Duration
	tally      Tally
}

// NewVoice returns a voice that asks c's model for every reply. fallback (which
// may be nil) words the reply when Ollama cannot; nil means the request's
// Scripted line.
//
// notes says where the reason for a fallback goes. When notes is set, it gets
// one sentence per failure and Reply's error stays nil. When notes is nil,
// Reply returns the fallback line together with the reason as an *Error: that is
// how sim.Session expects a failing voice to report, and it then records the
// scripted line with a note on the customer's turn, so wiring a Voice into a
// Session needs no notes callback. Either way the session goes on. Lines used
// while the voice backs off report nothing: the failure was reported once.
func NewVoice(c *Client, fallback sim.Voice, notes func(string)) *Voice {
	v := &Voice{client: c, fallback: fallback, notes: notes, now: time.Now}
	if c != nil {
		v.firstLimit = c.cfg.FirstTokenTimeout
	}
	return v
}

// Name is the voice's name in settings and transcripts.
func (v *Voice) Name() string { return "ollama" }

// Reply words one customer reply; see the Voice doc for how streaming,
// retraction and back-off work. When Ollama fails, Reply returns the fallback
// line and reports why as NewVoice describes. When the caller cancels ctx it
// returns the scripted line and ctx's error. Reply never changes req or
// anything it points to.
func (v *Voice) Reply(ctx context.Context, req sim.VoiceRequest, onToken sim.TokenFunc) (string, error) {
	if why := v.resting(); why != nil {
		v.count(why)
		return v.fallbackLine(ctx, req), nil
	}
	reply, err := v.generate(ctx, req, onToken)
	if err == nil {
		v.count(nil)
		return reply, nil
	}
	if ctx.Err() != nil {
		return req.Scripted, ctx.Err()
	}
	if backsOff(err) {
		err = v.rest(err)
	}
	v.count(err)
	return v.fallBack(ctx, req, err)
}

// generate streams one reply from the model and checks it. Every failure comes
// back as an *Error whose message says what happened.
func (v *Voice) generate(ctx context.Context, req sim.VoiceRequest, onToken sim.TokenFunc) (string, error) {
	cfg := v.client.cfg
	if cfg.Model == "" {
		return "", newError(ErrModelMissing, nil, "no Ollama model is chosen; pick one in Settings")
	}
	limit := v.firstTokenLimit()
	callCtx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	callCtx, cancelTimeout := context.WithTimeoutCause(callCtx, cfg.ReplyTimeout, errReplyTimeout)
	defer cancelTimeout()
	// One timer bounds the wait for the first word and then for each next one,
	// so neither a slow start nor a stall mid-reply holds the session up. Only a
	// chunk with words (or the last chunk) resets it: a server that drips empty
	// chunks is stalled all the same.
	watchdog := time.AfterFunc(limit, func() { cancel(errStalled) })
	start := time.Now()
	s := replyStream{limit: cfg.MaxReplyRunes, onToken: onToken}
	err := v.client.api.Chat(callCtx, v.chatRequest(req), func(r api.ChatResponse) error {
		if r.Message.Content == "" && !r.Done {
			s.chunks++
			return nil
		}
		if s.text.Len() == 0 && r.Message.Content != "" {
			s.firstWord = time.Since(start)
		}
		watchdog.Reset(cfg.FirstTokenTimeout)
		return s.add(r)
	})
	watchdog.Stop()
	if err == nil && s.done {
		reply, err := v.checked(&s, req)
		if err == nil {
			v.adapt(s.firstWord)
		}
		return reply, err
	}
	return "", v.streamFailure(callCtx, ctx, err, &s, limit)
}

// streamFailure says why a stream ended without a usable reply.
func (v *Voice) streamFailure(callCtx, ctx context.Context, err error, s *replyStream, limit time.Duration) error {
	cfg := v.client.cfg
	cause := context.Cause(callCtx)
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case errors.Is(cause, errStalled) && s.text.Len() == 0:
		return newError(ErrSlow, errNoFirstWord, "no first word from %s within %v", cfg.Model, limit)
	case errors.Is(cause, errStalled):
		return newError(ErrSlow, nil, "%s stopped mid-reply for more than %v", cfg.Model, cfg.FirstTokenTimeout)
	case errors.Is(cause, errReplyTimeout):
		return newError(ErrSlow, nil, "%s did not finish the reply within %v", cfg.Model, cfg.ReplyTimeout)
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

// checked runs the character and coherence checks on a finished reply.
func (v *Voice) checked(s *replyStream, req sim.VoiceRequest) (string, error) {
	if s.doneReason == "length" {
		return "", newError(ErrIncoherent, nil, "the reply hit the model's length limit")
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
	r := v.client.loadRequest(voiceMessages(req))
	stream := true
	r.Stream = &stream
	r.Options["temperature"] = cfg.Temperature
	r.Options["num_predict"] = replyPredict
	return r
}

// fallbackLine words the reply without Ollama.
func (v *Voice) fallbackLine(ctx context.Context, req sim.VoiceRequest) string {
	if v.fallback != nil {
		if s, err := v.fallback.Reply(ctx, req, nil); err == nil && s != "" {
			return s
		}
	}
	return req.Scripted
}

// fallBack words the reply without Ollama and reports why.
func (v *Voice) fallBack(ctx context.Context, req sim.VoiceRequest, why error) (string, error) {
	line := v.fallbackLine(ctx, req)
	if v.notes == nil {
		return line, why
	}
	if errors.Is(why, errBackingOff) {
		v.notes("Ollama voice: " + sentence(why.Error()))
		return line, nil
	}
	v.notes("Ollama voice: " + sentence(why.Error()) + " The scripted line was used instead.")
	return line, nil
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
	firstWord  time.Duration
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
