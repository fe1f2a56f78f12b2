package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// ChatEntry is a multi-line entry for the trainee's message: Enter sends,
// Shift+Enter starts a new line, and Ctrl+1..9 take the matching action from the
// authority card without moving focus out of the entry.
type ChatEntry struct {
	widget.Entry
	// OnSend receives the text when the trainee presses Enter.
	OnSend func(text string)
	// OnAction receives 1..9 when the trainee presses Ctrl (Cmd on macOS) + digit.
	OnAction func(n int)
	shift    bool
}

// NewChatEntry returns an empty chat entry showing placeholder.
func NewChatEntry(placeholder string) *ChatEntry {
	e := &ChatEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.PlaceHolder = placeholder
	e.ExtendBaseWidget(e)
	e.SetMinRowsVisible(2)
	return e
}

// KeyDown tracks Shift so Enter can tell sending from a new line.
func (e *ChatEntry) KeyDown(k *fyne.KeyEvent) {
	if isShift(k.Name) {
		e.shift = true
	}
	e.Entry.KeyDown(k)
}

// KeyUp tracks Shift being released.
func (e *ChatEntry) KeyUp(k *fyne.KeyEvent) {
	if isShift(k.Name) {
		e.shift = false
	}
	e.Entry.KeyUp(k)
}

// TypedKey sends on Enter unless Shift is held; every other key edits as usual.
func (e *ChatEntry) TypedKey(k *fyne.KeyEvent) {
	if (k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter) && !e.shift {
		e.send()
		return
	}
	e.Entry.TypedKey(k)
}

// TypedShortcut turns Ctrl+digit into an action; other shortcuts edit as usual.
func (e *ChatEntry) TypedShortcut(s fyne.Shortcut) {
	if n := actionNumber(s); n > 0 && e.OnAction != nil {
		e.OnAction(n)
		return
	}
	e.Entry.TypedShortcut(s)
}

func (e *ChatEntry) send() {
	if e.OnSend != nil && !e.Disabled() {
		e.OnSend(e.Text)
	}
}

func isShift(k fyne.KeyName) bool {
	return k == desktop.KeyShiftLeft || k == desktop.KeyShiftRight
}

// actionNumber returns 1..9 for Ctrl/Cmd + digit, else 0.
func actionNumber(s fyne.Shortcut) int {
	cs, ok := s.(*desktop.CustomShortcut)
	if !ok || cs.Modifier&(fyne.KeyModifierControl|fyne.KeyModifierSuper) == 0 {
		return 0
	}
	if cs.KeyName >= fyne.Key1 && cs.KeyName <= fyne.Key9 {
		return int(cs.KeyName[0] - '0')
	}
	return 0
}
