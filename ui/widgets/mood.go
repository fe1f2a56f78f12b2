package widgets

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// MoodMeter shows the customer's frustration, trust and patience as labelled bars,
// with the mood band in words. It is updated after every customer reply.
type MoodMeter struct {
	widget.BaseWidget
	band        *widget.Label
	frustration *widget.ProgressBar
	trust       *widget.ProgressBar
	patience    *widget.ProgressBar
	// The numbers sit beside the bars, not on them: text over a half-filled bar
	// crosses two backgrounds and cannot contrast with both.
	frustrationText, trustText, patienceText *widget.Label
	patienceMax                              int
}

// NewMoodMeter returns a meter for a customer who starts with patienceMax turns of patience.
func NewMoodMeter(patienceMax int) *MoodMeter {
	m := &MoodMeter{patienceMax: patienceMax}
	m.band = widget.NewLabel("")
	m.band.TextStyle = fyne.TextStyle{Bold: true}
	m.frustration = quietBar(100)
	m.trust = quietBar(100)
	m.patience = quietBar(float64(max(patienceMax, 1)))
	m.frustrationText, m.trustText, m.patienceText = widget.NewLabel(""), widget.NewLabel(""), widget.NewLabel("")
	m.ExtendBaseWidget(m)
	return m
}

// quietBar is a progress bar without text; the value is a label beside it.
func quietBar(maxValue float64) *widget.ProgressBar {
	p := widget.NewProgressBar()
	p.Max = maxValue
	p.TextFormatter = func() string { return "" }
	return p
}

// Set shows a state: frustration and trust 0..100, patience in turns, band in words.
func (m *MoodMeter) Set(frustration, trust, patience int, band string) {
	m.frustration.SetValue(float64(frustration))
	m.trust.SetValue(float64(trust))
	m.patience.SetValue(float64(patience))
	m.frustrationText.SetText(fmt.Sprintf("%d / 100", frustration))
	m.trustText.SetText(fmt.Sprintf("%d / 100", trust))
	m.patienceText.SetText(fmt.Sprintf("%d of %d", patience, m.patienceMax))
	m.band.SetText(bandTitle(band))
}

// Texts returns the numbers shown beside the bars, for tests.
func (m *MoodMeter) Texts() (frustration, trust, patience string) {
	return m.frustrationText.Text, m.trustText.Text, m.patienceText.Text
}

// Values returns what the meter shows, for tests.
func (m *MoodMeter) Values() (frustration, trust, patience int, band string) {
	return int(m.frustration.Value), int(m.trust.Value), int(m.patience.Value), m.band.Text
}

func bandTitle(band string) string {
	if band == "" {
		return ""
	}
	return "Customer is " + strings.ToLower(band)
}

// CreateRenderer stacks a caption over each bar.
func (m *MoodMeter) CreateRenderer() fyne.WidgetRenderer {
	names := []string{"Frustration", "Trust", "Patience"}
	w := LabelColumnWidth(names...)
	vw := LabelColumnWidth("100 / 100", fmt.Sprintf("%d of %d", m.patienceMax, m.patienceMax))
	row := func(name string, bar *widget.ProgressBar, value *widget.Label) fyne.CanvasObject {
		return container.NewBorder(nil, nil, fixedWidth(widget.NewLabel(name), w), fixedWidth(value, vw), bar)
	}
	box := container.NewVBox(m.band,
		row(names[0], m.frustration, m.frustrationText),
		row(names[1], m.trust, m.trustText),
		row(names[2], m.patience, m.patienceText))
	return widget.NewSimpleRenderer(box)
}

// fixedWidth keeps the meter's captions in one column so the bars line up.
func fixedWidth(o fyne.CanvasObject, w float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(w, 0))
	return container.NewStack(r, o)
}

// LabelColumnWidth is the width a column of labels needs for the widest of
// texts at the current text size, so bars beside them line up at any scale.
func LabelColumnWidth(texts ...string) float32 {
	var w float32
	for _, t := range texts {
		w = max(w, fyne.MeasureText(t, theme.TextSize(), fyne.TextStyle{}).Width)
	}
	return w + 2*theme.InnerPadding()
}
