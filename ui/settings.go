package ui

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// defaultOllamaHost is where a local Ollama listens unless Settings say otherwise.
const defaultOllamaHost = "http://127.0.0.1:11434"

// textSizeNames label TextScales in Settings.
var textSizeNames = []string{"Small", "Normal", "Large", "Larger"}

// Settings holds the trainee's profile, where history is kept, the optional LLM
// voice, and appearance. Every change is saved to preferences at once.
type Settings struct {
	app     fyne.App
	prefs   fyne.Preferences
	llm     LLM
	trainee *widget.Select
	newName *widget.Entry
	dbPath  *widget.Entry
	store   *widget.Entry
	llmOn   *widget.Check
	host    *widget.Entry
	model   *widget.SelectEntry
	// installed lists the models the last check found; preloaded is the model
	// last sent to Preload (settings_preload.go).
	installed []string
	preloaded string
	status    *widget.Label
	pull      *widget.ProgressBar
	busy      spinner
	size      *widget.Select
	about     *widget.Label
	scroll    *container.Scroll
	content   fyne.CanvasObject
}

// NewSettings builds the Settings screen for app a; llm may be nil.
func NewSettings(a fyne.App, deps Deps) *Settings {
	s := &Settings{app: a, prefs: a.Preferences(), llm: deps.LLM}
	notes := []string{deps.HistoryWarning, deps.StoreNotice}
	s.scroll = newReflowScroll(container.NewPadded(container.NewVBox(
		heading("Settings"),
		section("Trainee", s.traineeBox()),
		section("History", s.historyBox(notes)),
		section("Customer voice", s.voiceBox()),
		section("Appearance", s.appearanceBox()),
		section("About", s.aboutBox(deps.Version)))))
	s.content = s.scroll
	return s
}

// aboutBox names the app and its version, as FyneApp.toml gives it.
func (s *Settings) aboutBox(version string) fyne.CanvasObject {
	if version == "" {
		version = "development build"
	}
	s.about = widget.NewLabel("Turnaround " + version)
	return container.NewVBox(s.about,
		caption("Practise service recovery with a simulated customer. Runs offline; your history stays on this computer."))
}

// Content is the screen's root object.
func (s *Settings) Content() fyne.CanvasObject { return s.content }

func (s *Settings) traineeBox() fyne.CanvasObject {
	s.trainee = widget.NewSelect(s.profiles(), func(name string) { s.prefs.SetString(PrefTrainee, name) })
	s.trainee.SetSelected(s.prefs.StringWithFallback(PrefTrainee, "Trainee"))
	s.newName = widget.NewEntry()
	s.newName.SetPlaceHolder("New trainee name")
	add := widget.NewButtonWithIcon("Add profile", theme.ContentAddIcon(), s.addProfile)
	s.newName.OnSubmitted = func(string) { s.addProfile() }
	return container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel("Practising as"), nil, s.trainee),
		container.NewBorder(nil, nil, nil, add, s.newName),
		caption("Scores in history are kept under this name."))
}

// profiles are the saved trainee names, sorted, always including the current one.
func (s *Settings) profiles() []string {
	names := map[string]bool{s.prefs.StringWithFallback(PrefTrainee, "Trainee"): true}
	for _, n := range s.prefs.StringList(PrefTrainees) {
		names[n] = true
	}
	out := make([]string, 0, len(names))
	for n := range names {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func (s *Settings) addProfile() {
	name := strings.TrimSpace(s.newName.Text)
	if !addTraineeProfile(s.prefs, name) {
		return
	}
	s.trainee.SetOptions(s.profiles())
	s.trainee.SetSelected(name)
	s.newName.SetText("")
}

func (s *Settings) historyBox(notes []string) fyne.CanvasObject {
	s.dbPath = widget.NewEntry()
	s.dbPath.SetPlaceHolder("Default: turnaround/history.db in your config folder")
	s.dbPath.SetText(s.prefs.String(PrefDBPath))
	s.dbPath.OnChanged = func(v string) { s.prefs.SetString(PrefDBPath, strings.TrimSpace(v)) }
	s.store = widget.NewEntry()
	s.store.SetPlaceHolder("postgres://user@host/turnaround (optional, for a team)")
	s.store.SetText(s.prefs.String(PrefStoreURL))
	s.store.OnChanged = func(v string) { s.prefs.SetString(PrefStoreURL, storeURLForPrefs(strings.TrimSpace(v))) }
	box := container.NewVBox(
		widget.NewForm(widget.NewFormItem("Database file", s.dbPath), widget.NewFormItem("Team store", s.store)),
		caption("Changes apply the next time Turnaround starts."))
	for _, n := range notes {
		if n != "" {
			w := wrapped(n)
			w.Importance = widget.WarningImportance
			box.Add(w)
		}
	}
	return box
}

func (s *Settings) voiceBox() fyne.CanvasObject {
	s.llmOn = widget.NewCheck("Let a local model word the customer's replies (Ollama)", func(on bool) {
		s.prefs.SetBool(PrefLLMOn, on)
	})
	s.llmOn.SetChecked(s.prefs.Bool(PrefLLMOn))
	s.host = widget.NewEntry()
	s.host.SetText(s.prefs.StringWithFallback(PrefOllamaHost, defaultOllamaHost))
	s.host.OnChanged = func(v string) { s.prefs.SetString(PrefOllamaHost, strings.TrimSpace(v)) }
	s.model = widget.NewSelectEntry(nil)
	s.model.SetPlaceHolder("qwen2.5:0.5b")
	s.model.SetText(s.prefs.String(PrefOllamaModel))
	s.model.OnChanged = func(v string) {
		s.prefs.SetString(PrefOllamaModel, strings.TrimSpace(v))
		s.preloadIfInstalled(strings.TrimSpace(v))
	}
	s.status = wrapped("Not checked yet. The scripted voice is used whenever the model is unavailable.")
	s.pull = widget.NewProgressBar()
	s.pull.Hide()
	s.busy = newSpinner()
	check := widget.NewButtonWithIcon("Check connection", theme.ViewRefreshIcon(), s.check)
	pull := widget.NewButtonWithIcon("Download model", theme.DownloadIcon(), s.pullModel)
	return container.NewVBox(s.llmOn,
		widget.NewForm(widget.NewFormItem("Ollama host", s.host), widget.NewFormItem("Model", s.model)),
		container.NewHBox(check, pull, s.busy.Activity), s.status, s.pull,
		caption("The model only words the replies; the customer's mood and your score never depend on it."))
}

// check asks the server for its status and installed models, off the UI thread.
func (s *Settings) check() {
	if s.llm == nil {
		s.setStatus("The Ollama client is not part of this build; the scripted voice is used.")
		return
	}
	host := s.host.Text
	s.setBusy(true)
	go func() {
		st := s.llm.Status(context.Background(), host)
		var models []string
		var err error
		if st.Up {
			models, err = s.llm.Models(context.Background(), host)
		}
		do(func() {
			s.setBusy(false)
			s.showStatus(st, models, err)
		})
	}()
}

func (s *Settings) showStatus(st LLMStatus, models []string, err error) {
	switch {
	case !st.Up:
		s.setStatus("Ollama is not answering: " + st.Err + ". The scripted voice will be used.")
	case err != nil:
		s.setStatus("Ollama " + st.Version + " is up, but the model list failed: " + err.Error())
	case len(models) == 0:
		s.setStatus("Ollama " + st.Version + " is up with no models installed. Download one below.")
	default:
		s.setStatus(fmt.Sprintf("Ollama %s is up. Installed: %s.", st.Version, strings.Join(models, ", ")))
		s.model.SetOptions(models)
		s.installed = models
	}
}

func (s *Settings) pullModel() {
	name := strings.TrimSpace(s.model.Text)
	if s.llm == nil || name == "" {
		s.setStatus("Type a model name (for example qwen2.5:0.5b) to download it.")
		return
	}
	host := s.host.Text
	s.pull.SetValue(0)
	s.pull.Show()
	s.reflow()
	s.setBusy(true)
	go func() {
		err := s.llm.Pull(context.Background(), host, name, func(done, total int64) {
			if total > 0 {
				do(func() { s.pull.SetValue(float64(done) / float64(total)) })
			}
		})
		do(func() {
			s.setBusy(false)
			if err != nil {
				s.setStatus("Download of " + name + " failed: " + err.Error())
				return
			}
			s.pull.SetValue(1)
			s.setStatus(name + " is installed.")
			s.preload(name)
		})
	}()
}

func (s *Settings) setBusy(on bool) {
	if on {
		s.busy.Start()
	} else {
		s.busy.Stop()
	}
}

func (s *Settings) appearanceBox() fyne.CanvasObject {
	mode := widget.NewRadioGroup([]string{"System", "Light", "Dark"}, func(v string) {
		s.prefs.SetString(PrefTheme, strings.ToLower(v))
		ApplyTheme(s.app)
	})
	mode.Horizontal = true
	cur := s.prefs.StringWithFallback(PrefTheme, string(ThemeSystem))
	mode.SetSelected(strings.ToUpper(cur[:1]) + cur[1:])
	s.size = widget.NewSelect(textSizeNames, func(v string) {
		for i, n := range textSizeNames {
			if n == v {
				s.prefs.SetFloat(PrefTextScale, float64(TextScales[i]))
			}
		}
		ApplyTheme(s.app)
	})
	s.size.SetSelected(textSizeName(float32(s.prefs.FloatWithFallback(PrefTextScale, 1))))
	return widget.NewForm(widget.NewFormItem("Theme", mode), widget.NewFormItem("Text size", s.size))
}

func textSizeName(scale float32) string {
	for i, v := range TextScales {
		if v == scale {
			return textSizeNames[i]
		}
	}
	return "Normal"
}

// setStatus shows the voice check's outcome; a message that wraps onto more
// lines makes the page taller, so the scroll range is measured again.
func (s *Settings) setStatus(text string) {
	s.status.SetText(text)
	s.reflow()
}

func (s *Settings) reflow() { s.scroll.Refresh() }
