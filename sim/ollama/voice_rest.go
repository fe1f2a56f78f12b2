package ollama

import (
	"context"
	"errors"
	"fmt"
)

// backsOff reports whether a failure means the next replies would fail the
// same way: the server is down, the model is missing, or no first word came.
// A rejected or broken single reply does not: the next one may well be fine.
func backsOff(err error) bool {
	return errors.Is(err, ErrUnavailable) || errors.Is(err, ErrModelMissing) || errors.Is(err, errNoFirstWord)
}

// errBackingOff marks the failure that started a back-off; its message already
// says that scripted lines stand in.
var errBackingOff = errors.New("backing off")

// rest switches to scripted lines for RetryAfter and returns why, extended by
// what happens now, so the one note the trainee reads says it all.
func (v *Voice) rest(why error) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	after := v.client.cfg.RetryAfter
	v.restUntil = v.now().Add(after)
	v.restWhy = why
	var e *Error
	if errors.As(why, &e) {
		return &Error{Kind: e.Kind, Err: errors.Join(e.Err, errBackingOff),
			Msg: fmt.Sprintf("%s Scripted lines stand in; Ollama is checked again every %v", sentence(e.Msg), after)}
	}
	return why
}

// resting returns why the voice is using scripted lines now, or nil when it may
// ask the model. Once a rest period is over it starts one background check of
// the server and keeps resting until that check finds the server and model
// ready, so no reply waits on a server that is still down.
func (v *Voice) resting() error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.restWhy == nil {
		return nil
	}
	if v.now().Before(v.restUntil) || v.probing {
		return v.restWhy
	}
	v.probing = true
	v.probes.Add(1)
	go v.probe()
	return v.restWhy
}

// probe checks the server and model within CallTimeout and ends the rest when
// both are ready, or starts another rest period when not.
func (v *Voice) probe() {
	defer v.probes.Done()
	ctx, cancel := context.WithTimeout(context.Background(), 2*v.client.cfg.CallTimeout)
	defer cancel()
	err := v.client.readiness(ctx)
	v.mu.Lock()
	defer v.mu.Unlock()
	v.probing = false
	if err == nil {
		v.restWhy = nil
		return
	}
	v.restUntil = v.now().Add(v.client.cfg.RetryAfter)
}

// Check says up front whether the model can word replies: one sentence for the
// trainee when the server or model is missing, "" when all is well. When it is
// not ready the voice starts backing off at once, so the first turns do not
// repeat the news.
func (v *Voice) Check(ctx context.Context) string {
	err := v.client.readiness(ctx)
	if err == nil {
		return ""
	}
	return sentence(v.rest(err).Error())
}
