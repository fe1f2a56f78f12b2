package ui

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Mode choices as the picker shows them.
const (
	modeLabelPractice   = "Practice: hints after a reply, retry any turn"
	modeLabelAssessment = "Assessment: no help; counts in your team lead's reports"
)

// Suggestion is the scenario recommended next for a trainee, and why.
type Suggestion struct {
	ScenarioID string
	Why        string
}

// SuggestFunc recommends the next scenario for a trainee from their history.
type SuggestFunc func(trainee string) (Suggestion, error)

// practiceControls are the mode choice and the suggested next scenario, under
// the scenario brief in the picker.
type practiceControls struct {
	mode    *widget.RadioGroup
	why     *widget.Label
	suggest *widget.Button
}

// addPracticeControls puts the mode choice (remembered in prefs) and, when
// the app can suggest one, a "Suggest next scenario" button into the picker.
func (p *Practice) addPracticeControls() {
	c := &practiceControls{why: caption("")}
	c.why.Hide()
	c.mode = widget.NewRadioGroup([]string{modeLabelPractice, modeLabelAssessment}, func(label string) {
		if p.prefs != nil && label != "" {
			p.prefs.SetString(PrefMode, modeFromLabel(label))
		}
	})
	c.mode.Required = true
	c.mode.SetSelected(modeLabel(p.savedMode()))
	p.picker.footer.Add(c.mode)
	if p.deps.Suggest != nil {
		c.suggest = widget.NewButtonWithIcon("Suggest next scenario", theme.NavigateNextIcon(), p.SuggestNext)
		c.suggest.Importance = widget.LowImportance
		p.picker.footer.Add(container.NewBorder(nil, nil, nil, c.suggest, c.why))
	}
	p.controls = c
}

func (p *Practice) savedMode() string {
	if p.prefs == nil {
		return ModePractice
	}
	return p.prefs.StringWithFallback(PrefMode, ModePractice)
}

// practiceMode reports whether the next session shows hints and offers retries.
func (p *Practice) practiceMode() bool {
	return modeFromLabel(p.controls.mode.Selected) == ModePractice
}

// SetMode chooses practice or assessment for the next session.
func (p *Practice) SetMode(mode string) { p.controls.mode.SetSelected(modeLabel(mode)) }

func modeLabel(mode string) string {
	if mode == ModeAssessment {
		return modeLabelAssessment
	}
	return modeLabelPractice
}

func modeFromLabel(label string) string {
	if label == modeLabelAssessment {
		return ModeAssessment
	}
	return ModePractice
}

// SuggestNext selects the scenario recommended for the trainee in the picker and
// says why; the trainee starts it with the usual button.
func (p *Practice) SuggestNext() {
	if p.deps.Suggest == nil {
		return
	}
	s, err := p.deps.Suggest(p.trainee())
	if err != nil {
		p.banner.show("No suggestion: " + err.Error())
		return
	}
	p.showPicker()
	p.picker.selectID(s.ScenarioID)
	p.controls.why.SetText(s.Why)
	p.controls.why.Show()
}
