package ollama

import (
	"cmp"
	"fmt"
	"net"
	"net/url"
	"os"
	"strings"
	"time"
)

// DefaultHost is where a local `ollama serve` listens when OLLAMA_HOST is unset.
const DefaultHost = "http://127.0.0.1:11434"

// defaultPort is Ollama's port, used when OLLAMA_HOST names a host without one.
const defaultPort = "11434"

// Config says which Ollama server and model to use and how patient to be.
type Config struct {
	// Host is the server's base URL; DefaultConfig fills it from OLLAMA_HOST.
	Host string
	// Model is the model that words replies and judges, for example "qwen2.5:0.5b".
	Model string
	// Temperature is the sampling temperature of voice replies (the judge uses 0).
	Temperature float64
	// NumCtx is the context window, in tokens, of voice replies, the judge and
	// the warm-up alike: Ollama restarts the model's runner whenever the window
	// changes, so one size keeps the model loaded from the last reply to the
	// second opinion. 4,096 holds the judge's whole-session prompt for a usual
	// session; a voice prompt needs under 1,000.
	NumCtx int
	// FirstTokenTimeout bounds the wait for the first word of a reply and for
	// every later word, so a stalled server never holds up the session longer.
	// Warm and slow replies may raise the first-word limit (up to
	// MaxFirstTokenTimeout) on a machine that measurably needs longer.
	FirstTokenTimeout time.Duration
	// MaxFirstTokenTimeout is as far as the first-word limit adapts.
	MaxFirstTokenTimeout time.Duration
	// ReplyTimeout bounds a whole reply, however steadily its words come.
	ReplyTimeout time.Duration
	// MaxReplyRunes is the longest reply the character check accepts.
	MaxReplyRunes int
	// RetryAfter is how long the voice uses scripted lines after Ollama failed
	// (down, model missing, no first word); then it checks the server again in
	// the background and uses the model once it answers.
	RetryAfter time.Duration
	// CallTimeout bounds the quick calls: model lists and "is it installed?".
	CallTimeout time.Duration
	// LoadTimeout bounds loading the model into memory (Warm, Preload).
	LoadTimeout time.Duration
	// PullStallTimeout stops a download that reports no progress for this long.
	PullStallTimeout time.Duration
	// JudgeTimeout bounds a whole second-opinion request.
	JudgeTimeout time.Duration
	// JudgePredict caps the tokens of the judge's answer, so a model that loops
	// inside its JSON stops long before JudgeTimeout.
	JudgePredict int
}

// DefaultConfig returns the settings Turnaround ships with. Host comes from
// OLLAMA_HOST when it is set, the same variable the ollama command reads.
func DefaultConfig() Config {
	return Config{
		Host:                 hostFromEnv(os.Getenv("OLLAMA_HOST")),
		Temperature:          0.7,
		NumCtx:               4096,
		FirstTokenTimeout:    8 * time.Second,
		MaxFirstTokenTimeout: 30 * time.Second,
		ReplyTimeout:         60 * time.Second,
		MaxReplyRunes:        400,
		RetryAfter:           30 * time.Second,
		CallTimeout:          5 * time.Second,
		LoadTimeout:          3 * time.Minute,
		PullStallTimeout:     2 * time.Minute,
		JudgeTimeout:         90 * time.Second,
		// Four opinions of one or two sentences are about 300 tokens of JSON.
		JudgePredict: 700,
	}
}

// withDefaults fills the zero fields of c from DefaultConfig, so a caller may set
// only the fields it cares about.
func (c Config) withDefaults() Config {
	d := DefaultConfig()
	c.Host = cmp.Or(c.Host, d.Host)
	c.Temperature = cmp.Or(c.Temperature, d.Temperature)
	c.NumCtx = cmp.Or(c.NumCtx, d.NumCtx)
	c.FirstTokenTimeout = cmp.Or(c.FirstTokenTimeout, d.FirstTokenTimeout)
	c.MaxFirstTokenTimeout = max(cmp.Or(c.MaxFirstTokenTimeout, d.MaxFirstTokenTimeout), c.FirstTokenTimeout)
	c.ReplyTimeout = cmp.Or(c.ReplyTimeout, d.ReplyTimeout)
	c.MaxReplyRunes = cmp.Or(c.MaxReplyRunes, d.MaxReplyRunes)
	c.RetryAfter = cmp.Or(c.RetryAfter, d.RetryAfter)
	c.CallTimeout = cmp.Or(c.CallTimeout, d.CallTimeout)
	c.LoadTimeout = cmp.Or(c.LoadTimeout, d.LoadTimeout)
	c.PullStallTimeout = cmp.Or(c.PullStallTimeout, d.PullStallTimeout)
	c.JudgeTimeout = cmp.Or(c.JudgeTimeout, d.JudgeTimeout)
	c.JudgePredict = cmp.Or(c.JudgePredict, d.JudgePredict)
	return c
}

// hostFromEnv turns an OLLAMA_HOST value into a base URL. Like the ollama command
// it accepts "host", "host:port" and "scheme://host:port"; empty means DefaultHost.
func hostFromEnv(v string) string {
	v = strings.TrimSpace(v)
	if v == "" {
		return DefaultHost
	}
	if strings.Contains(v, "://") {
		return v
	}
	if _, _, err := net.SplitHostPort(v); err != nil {
		v = net.JoinHostPort(strings.Trim(v, "[]"), defaultPort)
	}
	return "http://" + v
}

// parseHost checks that host is an http(s) URL with a host part, so a typo in
// Settings is reported when it is entered rather than on the first reply.
func parseHost(host string) (*url.URL, error) {
	const example = "http://127.0.0.1:11434"
	u, err := url.Parse(strings.TrimSpace(host))
	if err != nil {
		return nil, fmt.Errorf("ollama host %q is not a URL like %s: %v", host, example, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("ollama host %q must start with http:// or https://, like %s", host, example)
	}
	if u.Hostname() == "" {
		return nil, fmt.Errorf("ollama host %q names no server; use a URL like %s", host, example)
	}
	if p := u.Port(); p != "" && strings.Trim(p, "0123456789") != "" {
		return nil, fmt.Errorf("ollama host %q has a port that is not a number", host)
	}
	return u, nil
}
