package ollama

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"regexp"
	"strings"
	"syscall"

	"github.com/ollama/ollama/api"
)

// The kinds of failure a caller may want to tell apart with errors.Is.
var (
	// ErrUnavailable means no Ollama server answered at the configured host.
	ErrUnavailable = errors.New("ollama unavailable")
	// ErrModelMissing means the server answered but does not have the model.
	ErrModelMissing = errors.New("ollama model missing")
	// ErrSlow means the server took longer than FirstTokenTimeout to send a chunk.
	ErrSlow = errors.New("ollama too slow")
	// ErrBrokenStream means the reply stream ended early or held something other
	// than Ollama's JSON lines.
	ErrBrokenStream = errors.New("ollama stream broken")
	// ErrOutOfCharacter means a reply failed the character check.
	ErrOutOfCharacter = errors.New("reply out of character")
	// ErrIncoherent means a reply did not read as coherent English: word salad,
	// a model looping, or a reply cut mid-phrase.
	ErrIncoherent = errors.New("reply incoherent")
	// ErrBadJudgement means the judge's answer did not match the requested JSON.
	ErrBadJudgement = errors.New("judgement malformed")
)

// Error is a failure worded for a trainee or trainer. Kind is one of the Err*
// values above; Err is the underlying cause, kept for errors.Is and errors.As.
type Error struct {
	Kind error
	Msg  string
	Err  error
}

// Error returns the message a user reads.
func (e *Error) Error() string { return e.Msg }

// Unwrap exposes both the kind and the cause.
func (e *Error) Unwrap() []error { return []error{e.Kind, e.Err} }

func newError(kind error, cause error, format string, args ...any) *Error {
	return &Error{Kind: kind, Msg: fmt.Sprintf(format, args...), Err: cause}
}

// explain turns an error from Ollama's client into an *Error that says what went
// wrong and what to do about it. host and model are named in the message because
// the user fixes them in Settings.
func explain(err error, host, model string) error {
	var own *Error
	if errors.As(err, &own) {
		return own
	}
	var status api.StatusError
	if errors.As(err, &status) {
		return explainStatus(status, host, model)
	}
	var dns *net.DNSError
	switch {
	case isBodyTooLarge(err):
		return newError(ErrBrokenStream, err, "Ollama at %s sent an answer larger than %d MB; is it an Ollama server?", host, maxBodyBytes>>20)
	case errors.Is(err, syscall.ECONNREFUSED):
		return newError(ErrUnavailable, err,
			"Ollama is not running at %s (connection refused); start it with \"ollama serve\"", host)
	case errors.As(err, &dns):
		return newError(ErrUnavailable, err, "cannot find the Ollama host %s: %v", host, dns)
	case errors.Is(err, context.DeadlineExceeded):
		return newError(ErrUnavailable, err, "Ollama at %s did not answer in time", host)
	case errors.Is(err, context.Canceled):
		return err
	}
	var netErr net.Error
	if errors.As(err, &netErr) {
		return newError(ErrUnavailable, err, "cannot reach Ollama at %s: %v", host, err)
	}
	return newError(ErrBrokenStream, err, "Ollama at %s broke off with: %s", host, short(err.Error()))
}

// explainStatus words an HTTP error status from the server.
func explainStatus(s api.StatusError, host, model string) error {
	msg := strings.TrimSpace(s.ErrorMessage)
	switch {
	case s.StatusCode == http.StatusNotFound && strings.Contains(msg, "model"):
		return newError(ErrModelMissing, s,
			"model %q is not installed in Ollama at %s; pull it in Settings or run \"ollama pull %s\"", model, host, model)
	case s.StatusCode == http.StatusNotFound && msg == "":
		return newError(ErrUnavailable, s, "%s answered \"not found\"; is it an Ollama server?", host)
	case s.StatusCode == http.StatusNotFound:
		return newError(ErrUnavailable, s,
			"%s answered \"not found\" (%s); is it an Ollama server?", host, short(msg))
	}
	if msg == "" {
		msg = s.Status
	}
	return newError(ErrBrokenStream, s, "Ollama at %s refused the request (HTTP %d): %s", host, s.StatusCode, short(msg))
}

// short keeps server text readable in a one-line note.
func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	const limit = 120
	if r := []rune(s); len(r) > limit {
		return string(r[:limit]) + "…"
	}
	return s
}

// explainPull words a failed download. The server's message names the cause at
// its end ("… dial tcp: lookup registry.ollama.ai: no such host"), so it is
// kept whole, or cut in the middle when very long, never at the end.
func explainPull(err error, host, model string) error {
	var own *Error
	var status api.StatusError
	if errors.As(err, &own) || errors.As(err, &status) || !isServerMessage(err) {
		return explain(err, host, model)
	}
	msg := strings.Join(strings.Fields(err.Error()), " ")
	hint := ""
	if offline.MatchString(msg) {
		hint = "; downloading needs internet access on the machine that runs Ollama"
	}
	return newError(ErrBrokenStream, err, "Ollama at %s could not download %s: %s%s", host, model, cutMiddle(msg, 300), hint)
}

// offline matches the network failures a server without internet reports.
var offline = regexp.MustCompile(`(?i)no such host|server misbehaving|dial tcp|i/o timeout|network is unreachable|connection refused|tls handshake|temporary failure in name resolution`)

// isServerMessage reports whether err is a message the server sent in its
// stream, rather than a failure to reach it.
func isServerMessage(err error) bool {
	var netErr net.Error
	return !errors.As(err, &netErr) && !errors.Is(err, context.Canceled) &&
		!errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, syscall.ECONNREFUSED) && !isBodyTooLarge(err)
}

// cutMiddle shortens s to about limit runes by dropping its middle, so both
// what failed (the start) and why (the end) stay readable.
func cutMiddle(s string, limit int) string {
	r := []rune(s)
	if len(r) <= limit {
		return s
	}
	head := limit / 3
	return string(r[:head]) + " … " + string(r[len(r)-(limit-head):])
}
