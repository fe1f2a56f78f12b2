package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

func TestChatEntryKeys(t *testing.T) {
	test.NewTempApp(t)
	e := NewChatEntry("")
	var sent []string
	var actions []int
	e.OnSend = func(s string) { sent = append(sent, s) }
	e.OnAction = func(n int) { actions = append(actions, n) }
	test.Type(e, "hello")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftRight})
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnter})
	e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftRight})
	for _, s := range []fyne.Shortcut{
		&desktop.CustomShortcut{KeyName: fyne.Key3, Modifier: fyne.KeyModifierControl},
		&desktop.CustomShortcut{KeyName: fyne.Key9, Modifier: fyne.KeyModifierSuper},
		&desktop.CustomShortcut{KeyName: fyne.Key0, Modifier: fyne.KeyModifierControl}, // not an action
		&desktop.CustomShortcut{KeyName: fyne.Key2, Modifier: fyne.KeyModifierAlt},     // not an action
	} {
		e.TypedShortcut(s)
	}
	if len(sent) != 1 || sent[0] != "hello" {
		t.Errorf("sent %q, want one send of \"hello\"", sent)
	}
	if e.Text != "hello\n" {
		t.Errorf("text = %q, want Shift+Enter to add a newline", e.Text)
	}
	if len(actions) != 2 || actions[0] != 3 || actions[1] != 9 {
		t.Errorf("actions = %v, want [3 9]", actions)
	}
}

func TestMoodMeterShowsState(t *testing.T) {
	test.NewTempApp(t)
	m := NewMoodMeter(6)
	m.Set(64, 35, 4, "upset")
	f, tr, p, band := m.Values()
	if f != 64 || tr != 35 || p != 4 || band != "Customer is upset" {
		t.Errorf("meter shows %d/%d/%d %q", f, tr, p, band)
	}
	if f, tr, p := m.Texts(); f != "64 / 100" || tr != "35 / 100" || p != "4 of 6" {
		t.Errorf("meter reads %q, %q, %q beside its bars", f, tr, p)
	}
	if got := m.frustration.TextFormatter(); got != "" {
		t.Errorf("frustration bar carries text %q; the number belongs beside it", got)
	}
}
