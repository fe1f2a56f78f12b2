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
	// parent is the container whose layout makes room for the banner; it is
	// laid out again when the banner shows or hides, or a closed banner would
	// leave its space behind.
	parent fyne.CanvasObject
	// onClose, when set, runs when the trainee closes the banner.
	onClose func()
}

func newBanner() *banner {
	b := &banner{label: widget.NewLabel("")}
	b.label.Wrapping = fyne.TextWrapWord
	b.label.Importance = widget.DangerImportance
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), func() {
		b.hide()
		if b.onClose != nil {
			b.onClose()
		}
	})
	closeBtn.Importance = widget.LowImportance
	b.content = container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), closeBtn, b.label)
	b.content.Hide()
	return b
}

// show displays a problem in red; must run on the UI thread.
func (b *banner) show(text string) { b.showAs(text, widget.DangerImportance) }

// warn displays a notice that is not an error, in the warning colour.
func (b *banner) warn(text string) { b.showAs(text, widget.WarningImportance) }

func (b *banner) showAs(text string, imp widget.Importance) {
	b.label.Importance = imp
	b.label.SetText(text)
	b.content.Show()
	b.relayout()
}

func (b *banner) hide() {
	if !b.content.Visible() {
		return
	}
	b.content.Hide()
	b.relayout()
}

// in records the container that lays the banner out, and returns it.
func (b *banner) in(parent *fyne.Container) *fyne.Container {
	b.parent = parent
	return parent
}

func (b *banner) relayout() {
	if b.parent != nil {
		b.parent.Refresh()
	}
}

// Text is what the banner shows, "" when hidden.
func (b *banner) text() string {
	if !b.content.Visible() {
		return ""
	}
	return b.label.Text
}
