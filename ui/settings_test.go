package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
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

// TestSettingsScrollsToLastRowAt1024x640 opens Settings in the smallest
// supported window, lets a long status message wrap, scrolls to the end and
// checks the last rows are inside the visible part; then again after a resize.
func TestSettingsScrollsToLastRowAt1024x640(t *testing.T) {
	a := test.NewTempApp(t)
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	s := NewShell(a, win, Deps{History: &fakeStore{}, LLM: fakeLLM{}, Version: "0.1.0 (build 1)"})
	win.SetContent(s.Content())
	win.Resize(fyne.NewSize(1024, 640))
	s.Show(ScreenSettings)
	st := s.settings
	st.showStatus(LLMStatus{Err: strings.Repeat("dial tcp 127.0.0.1:11434: connection refused; ", 8)}, nil, nil)
	assertLastRowsReachable(t, "after a status message wrapped", st)
	win.Resize(fyne.NewSize(1024, 600))
	win.Resize(fyne.NewSize(1024, 640))
	assertLastRowsReachable(t, "after a resize", st)
}

func assertLastRowsReachable(t *testing.T, when string, st *Settings) {
	t.Helper()
	// Scroll as the mouse wheel does; ScrollToBottom would lay the content out again.
	st.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -100000)})
	if got, min := st.status.Size().Height, st.status.MinSize().Height; got < min-0.5 {
		t.Errorf("%s, the status message is %.0f high, want its wrapped height %.0f", when, got, min)
	}
	d := fyne.CurrentApp().Driver()
	view := d.AbsolutePositionForObject(st.scroll).Y
	for _, o := range []fyne.CanvasObject{st.size, st.about} {
		top := d.AbsolutePositionForObject(o).Y
		if bottom := top + o.Size().Height; top < view || bottom > view+st.scroll.Size().Height {
			t.Errorf("%s, scrolled to the end, %T spans y %.0f–%.0f but the view shows %.0f–%.0f",
				when, o, top, bottom, view, view+st.scroll.Size().Height)
		}
	}
}
