package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"
)

type fakeLLM struct{}

func (fakeLLM) Status(context.Context, string) LLMStatus {
	return LLMStatus{Up: true, Version: "0.17.4"}
}
func (fakeLLM) Models(context.Context, string) ([]string, error) {
	return []string{"qwen2.5:0.5b", "llama3.2:1b"}, nil
}
func (fakeLLM) Pull(_ context.Context, _, _ string, progress func(done, total int64)) error {
	progress(50, 100)
	progress(100, 100)
	return nil
}

func TestSettingsPersist(t *testing.T) {
	a := test.NewTempApp(t)
	s := NewSettings(a, Deps{LLM: fakeLLM{}})
	s.newName.SetText("Riya")
	s.addProfile()
	s.llmOn.SetChecked(true)
	s.host.SetText("http://127.0.0.1:11500")
	s.model.SetText("qwen2.5:0.5b")
	s.dbPath.SetText("/tmp/team.db")

	p := a.Preferences()
	checks := []struct{ key, got, want string }{
		{PrefTrainee, p.String(PrefTrainee), "Riya"},
		{PrefOllamaHost, p.String(PrefOllamaHost), "http://127.0.0.1:11500"},
		{PrefOllamaModel, p.String(PrefOllamaModel), "qwen2.5:0.5b"},
		{PrefDBPath, p.String(PrefDBPath), "/tmp/team.db"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.key, c.got, c.want)
		}
	}
	if !p.Bool(PrefLLMOn) {
		t.Error("LLM voice preference not saved")
	}
	// A fresh screen reads the saved values back.
	again := NewSettings(a, Deps{})
	if again.trainee.Selected != "Riya" || again.host.Text != "http://127.0.0.1:11500" || !again.llmOn.Checked {
		t.Errorf("reopened settings show trainee %q host %q voice %v", again.trainee.Selected, again.host.Text, again.llmOn.Checked)
	}
}

func TestSettingsCheckListsModels(t *testing.T) {
	a := test.NewTempApp(t)
	s := NewSettings(a, Deps{LLM: fakeLLM{}})
	s.showStatus(fakeLLM{}.Status(context.Background(), ""), []string{"llama3.2:1b", "qwen2.5:0.5b"}, nil)
	if want := "Ollama 0.17.4 is up. Installed: llama3.2:1b, qwen2.5:0.5b."; s.status.Text != want {
		t.Errorf("status = %q, want %q", s.status.Text, want)
	}
}

func TestThemeTextScale(t *testing.T) {
	a := test.NewTempApp(t)
	s := NewSettings(a, Deps{})
	_ = s
	a.Preferences().SetFloat(PrefTextScale, 1.3)
	a.Preferences().SetString(PrefTheme, "dark")
	ApplyTheme(a)
	th, ok := a.Settings().Theme().(*AppTheme)
	if !ok || th.Scale != 1.3 || th.Mode != ThemeDark {
		t.Fatalf("theme = %#v, want AppTheme dark at 1.3", a.Settings().Theme())
	}
}
