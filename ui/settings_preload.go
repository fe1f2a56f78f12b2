package ui

import (
	"context"
	"slices"
)

// preloadIfInstalled loads a model picked from the installed list, so the
// first session with it starts warm. Typing a name loads nothing until the
// name matches an installed model.
func (s *Settings) preloadIfInstalled(name string) {
	if name != "" && slices.Contains(s.installed, name) {
		s.preload(name)
	}
}

// preload asks the server to load the model off the UI thread and says so in
// the status line. It sends each model once per visit to Settings.
func (s *Settings) preload(name string) {
	p, ok := s.llm.(Preloader)
	if !ok || !s.prefs.Bool(PrefLLMOn) || name == s.preloaded {
		return
	}
	s.preloaded = name
	host := s.host.Text
	s.setStatus("Loading " + name + " into memory, so the first session starts without waiting for it…")
	s.setBusy(true)
	go func() {
		err := p.Preload(context.Background(), host, name)
		do(func() {
			s.setBusy(false)
			if err != nil {
				s.preloaded = ""
				s.setStatus("Could not load " + name + ": " + err.Error() + ". The scripted voice stands in until it loads.")
				return
			}
			s.setStatus(name + " is loaded and ready.")
		})
	}()
}
