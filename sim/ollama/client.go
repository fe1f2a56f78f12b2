package ollama

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/ollama/ollama/api"
)

// statusTimeout keeps the Settings screen's "is Ollama up?" check quick: a local
// server answers in milliseconds, so anything slower counts as down. Tests shorten it.
var statusTimeout = 2 * time.Second

// Client is a connection to one Ollama server with one configured model. It is
// safe for concurrent use.
type Client struct {
	cfg Config
	api *api.Client
}

// NewClient checks cfg.Host and returns a client for it. Zero fields of cfg take
// their DefaultConfig values. Host may be written as OLLAMA_HOST accepts it
// ("localhost", "10.0.0.5:11434", "http://box:11434"). NewClient does not
// contact the server; use Status for that.
func NewClient(cfg Config) (*Client, error) {
	cfg = cfg.withDefaults()
	base, err := parseHost(hostFromEnv(cfg.Host))
	if err != nil {
		return nil, err
	}
	cfg.Host = base.String()
	// No client-wide timeout: replies stream for as long as chunks keep coming;
	// each call bounds itself with its context instead.
	httpClient := &http.Client{Transport: limitedTransport{http.DefaultTransport.(*http.Transport).Clone()}}
	return &Client{cfg: cfg, api: api.NewClient(base, httpClient)}, nil
}

// WithModel returns a client for the same server with another model.
func (c *Client) WithModel(model string) *Client {
	cfg := c.cfg
	cfg.Model = model
	return &Client{cfg: cfg, api: c.api}
}

// Config returns the client's settings with defaults filled in.
func (c *Client) Config() Config { return c.cfg }

// Status says whether the server answers and which version it runs.
type Status struct {
	Up      bool
	Version string
	// Err says why the server is down, worded for the Settings screen.
	Err error
}

// Status checks the server within a couple of seconds. It never returns an error
// of its own: a down server is a Status with Up false and Err set.
func (c *Client) Status(ctx context.Context) Status {
	ctx, cancel := context.WithTimeout(ctx, statusTimeout)
	defer cancel()
	if err := c.api.Heartbeat(ctx); err != nil {
		return Status{Err: explain(err, c.cfg.Host, c.cfg.Model)}
	}
	v, err := c.api.Version(ctx)
	if err != nil {
		// The server answered the heartbeat, so it is up; only the version is unknown.
		return Status{Up: true, Version: "unknown"}
	}
	return Status{Up: true, Version: v}
}

// Model is one model installed on the server.
type Model struct {
	Name     string
	Size     int64 // bytes on disk
	Modified time.Time
}

// Models lists the installed models, sorted by name.
func (c *Client) Models(ctx context.Context) ([]Model, error) {
	ctx, cancel := context.WithTimeout(ctx, c.cfg.CallTimeout)
	defer cancel()
	resp, err := c.api.List(ctx)
	if err != nil {
		return nil, explain(err, c.cfg.Host, c.cfg.Model)
	}
	models := make([]Model, 0, len(resp.Models))
	for _, m := range resp.Models {
		models = append(models, Model{Name: m.Name, Size: m.Size, Modified: m.ModifiedAt})
	}
	sort.Slice(models, func(i, j int) bool { return models[i].Name < models[j].Name })
	return models, nil
}

// PullProgress is one step of a model download. Total is 0 while the server is
// not yet transferring a layer (for example "pulling manifest").
type PullProgress struct {
	Status    string
	Digest    string
	Completed int64
	Total     int64
}

// Fraction is the completed share of the current layer, 0..1, or -1 when the
// server gave no size to measure against.
func (p PullProgress) Fraction() float64 {
	if p.Total <= 0 {
		return -1
	}
	return float64(p.Completed) / float64(p.Total)
}

// Pull downloads a model, calling progress (which may be nil) for every step the
// server reports. Cancel ctx to stop the download.
func (c *Client) Pull(ctx context.Context, name string, progress func(PullProgress)) error {
	if name == "" {
		return errors.New("pull: no model name given")
	}
	stream := true
	req := &api.PullRequest{Model: name, Stream: &stream}
	sawSuccess := false
	// A download may take an hour; what must not happen is waiting forever on
	// one that stopped moving.
	pullCtx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	stalled := time.AfterFunc(c.cfg.PullStallTimeout, func() { cancel(errStalled) })
	defer stalled.Stop()
	err := c.api.Pull(pullCtx, req, func(r api.ProgressResponse) error {
		stalled.Reset(c.cfg.PullStallTimeout)
		sawSuccess = sawSuccess || r.Status == "success"
		if progress != nil {
			progress(PullProgress{Status: r.Status, Digest: r.Digest, Completed: r.Completed, Total: r.Total})
		}
		return nil
	})
	switch {
	case errors.Is(context.Cause(pullCtx), errStalled):
		return fmt.Errorf("pull %s: %w", name, newError(ErrSlow, nil,
			"the download from %s made no progress for %v", c.cfg.Host, c.cfg.PullStallTimeout))
	case err != nil:
		return fmt.Errorf("pull %s: %w", name, explainPull(err, c.cfg.Host, name))
	}
	if ctx.Err() != nil {
		return fmt.Errorf("pull %s: %w", name, ctx.Err())
	}
	if !sawSuccess {
		// Ollama ends every finished pull with status "success"; without it the
		// connection dropped part-way.
		return fmt.Errorf("pull %s: %w", name,
			newError(ErrBrokenStream, nil, "the download from %s stopped before it finished", c.cfg.Host))
	}
	return nil
}

// HasModel reports whether the server has the named model installed.
func (c *Client) HasModel(ctx context.Context, name string) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, c.cfg.CallTimeout)
	defer cancel()
	_, err := c.api.Show(ctx, &api.ShowRequest{Model: name})
	if err == nil {
		return true, nil
	}
	var status api.StatusError
	if errors.As(err, &status) && status.StatusCode == http.StatusNotFound &&
		strings.Contains(status.ErrorMessage, "model") {
		return false, nil
	}
	return false, explain(err, c.cfg.Host, name)
}

// Preload asks the server to load the model into memory now, with the same
// context window and keep-alive replies use (so the first reply does not
// restart the runner), within LoadTimeout. Voice.Warm does the same and also
// measures the machine; Settings calls Preload when a model is picked.
func (c *Client) Preload(ctx context.Context) error {
	if c.cfg.Model == "" {
		return newError(ErrModelMissing, nil, "no Ollama model is chosen; pick one in Settings")
	}
	ctx, cancel := context.WithTimeout(ctx, c.cfg.LoadTimeout)
	defer cancel()
	// A chat request without messages only loads the model.
	req := c.loadRequest(nil)
	if err := c.api.Chat(ctx, req, func(api.ChatResponse) error { return nil }); err != nil {
		return c.explainLoad(err)
	}
	return nil
}

// loadRequest is a chat request with the options every voice reply uses; the
// runner Ollama starts for it serves the replies and the judge unchanged.
func (c *Client) loadRequest(messages []api.Message) *api.ChatRequest {
	stream := false
	return &api.ChatRequest{
		Model:     c.cfg.Model,
		Messages:  messages,
		Stream:    &stream,
		KeepAlive: &api.Duration{Duration: keepAlive},
		Think:     &api.ThinkValue{Value: false},
		Options:   map[string]any{"num_ctx": c.cfg.NumCtx},
	}
}

// explainLoad words a failed load; running out of LoadTimeout is named as such.
func (c *Client) explainLoad(err error) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return newError(ErrSlow, err, "%s did not finish loading within %v", c.cfg.Model, c.cfg.LoadTimeout)
	}
	return explain(err, c.cfg.Host, c.cfg.Model)
}
