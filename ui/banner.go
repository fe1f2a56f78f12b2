package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// banner is a non-blocking message strip: the trainee sees the problem (a failed
// history write, a refused amount) and carries on; nothing waits for a click.
type banner struct {
	label   *widget.Label
	content *fyne.Container
}

func newBanner() *banner {
	b := &banner{label: widget.NewLabel("")}
	b.label.Wrapping = fyne.TextWrapWord
	b.label.Importance = widget.DangerImportance
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), func() { b.hide() })
	closeBtn.Importance = widget.LowImportance
	b.content = container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), closeBtn, b.label)
	b.content.Hide()
	return b
}

// show displays text; must run on the UI thread.
func (b *banner) show(text string) {
	b.label.Importance = widget.DangerImportance
	b.label.SetText(text)
	b.content.Show()
}

func (b *banner) hide() { b.content.Hide() }

// Text is what the banner shows, "" when hidden.
func (b *banner) text() string {
	if !b.content.Visible() {
		return ""
	}
	return b.label.Text
}
