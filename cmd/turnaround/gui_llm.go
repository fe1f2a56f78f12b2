package main

import (
	"context"

	"github.com/turnaround-app/turnaround/sim/ollama"
	"github.com/turnaround-app/turnaround/ui"
)

// llmAdapter lets Settings talk to whichever Ollama host the trainee typed.
type llmAdapter struct{}

var _ ui.LLM = llmAdapter{}

func (llmAdapter) client(host string) (*ollama.Client, error) {
	cfg := ollama.DefaultConfig()
	if host != "" {
		cfg.Host = host
	}
	return ollama.NewClient(cfg)
}

// Status implements ui.LLM.
func (l llmAdapter) Status(ctx context.Context, host string) ui.LLMStatus {
	c, err := l.client(host)
	if err != nil {
		return ui.LLMStatus{Err: err.Error()}
	}
	st := c.Status(ctx)
	out := ui.LLMStatus{Up: st.Up, Version: st.Version}
	if st.Err != nil {
		out.Err = st.Err.Error()
	}
	return out
}

// Models implements ui.LLM.
func (l llmAdapter) Models(ctx context.Context, host string) ([]string, error) {
	c, err := l.client(host)
	if err != nil {
		return nil, err
	}
	ms, err := c.Models(ctx)
	names := make([]string, 0, len(ms))
	for _, m := range ms {
		names = append(names, m.Name)
	}
	return names, err
}

// Pull implements ui.LLM.
func (l llmAdapter) Pull(ctx context.Context, host, model string, progress func(done, total int64)) error {
	c, err := l.client(host)
	if err != nil {
		return err
	}
	return c.Pull(ctx, model, func(p ollama.PullProgress) {
		if progress != nil {
			progress(p.Completed, p.Total)
		}
	})
}

var _ ui.Preloader = llmAdapter{}

// Preload implements ui.Preloader: it loads the model with the options the
// customer voice uses, so the first session after Settings picks it starts warm.
func (l llmAdapter) Preload(ctx context.Context, host, model string) error {
	c, err := l.client(host)
	if err != nil {
		return err
	}
	return c.WithModel(model).Preload(ctx)
}
