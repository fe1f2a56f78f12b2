package ui

import (
	"context"
	"sync"
	"testing"

	"fyne.io/fyne/v2/test"
)

// preloadingLLM is fakeLLM that records what it was asked to load.
type preloadingLLM struct {
	fakeLLM
	mu     sync.Mutex
	loaded []string
}

func (p *preloadingLLM) Preload(_ context.Context, host, model string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.loaded = append(p.loaded, host+" "+model)
	return nil
}

func (p *preloadingLLM) calls() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.loaded...)
}

// Picking an installed model loads it at once; typing part of a name does not.
func TestSettingsPreloadsAPickedModel(t *testing.T) {
	a := test.NewTempApp(t)
	llm := &preloadingLLM{}
	s := NewSettings(a, Deps{LLM: llm})
	s.llmOn.SetChecked(true)
	s.host.SetText("http://127.0.0.1:11500")
	s.showStatus(LLMStatus{Up: true, Version: "0.17.4"}, []string{"llama3.2:1b", "qwen2.5:0.5b"}, nil)
	s.model.SetText("qwen2.5") // typing, not a model yet
	s.model.SetText("qwen2.5:0.5b")
	pump(t, "the preload", func() bool { return s.status.Text == "qwen2.5:0.5b is loaded and ready." })
	if got := llm.calls(); len(got) != 1 || got[0] != "http://127.0.0.1:11500 qwen2.5:0.5b" {
		t.Errorf("Preload calls %q; want one for qwen2.5:0.5b at the typed host", got)
	}
}

func TestSettingsDoesNotPreloadWithTheModelOff(t *testing.T) {
	a := test.NewTempApp(t)
	llm := &preloadingLLM{}
	s := NewSettings(a, Deps{LLM: llm})
	s.showStatus(LLMStatus{Up: true, Version: "0.17.4"}, []string{"qwen2.5:0.5b"}, nil)
	s.model.SetText("qwen2.5:0.5b")
	drainUI()
	if got := llm.calls(); len(got) != 0 {
		t.Errorf("Preload calls %q with the local model switched off; want none", got)
	}
}
