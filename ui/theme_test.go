package ui

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TestThemeSwitchAppliesLive switches Settings from dark to light and checks
// that the section cards and the text on them take the light colours at once,
// without a restart, on Settings and on a screen that was not showing.
func TestThemeSwitchAppliesLive(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(PrefTheme, string(ThemeDark))
	a.Preferences().SetString(PrefTrainee, "Ana") // no first-launch question over the screen
	ApplyTheme(a)
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	deps, sc := snapshotDeps()
	s := NewShell(a, win, deps)
	win.SetContent(s.Content())
	win.Resize(fyne.NewSize(1024, 640))
	s.practice.picker.selectID(sc.ID)
	s.Show(ScreenSettings)

	light := NewAppTheme(ThemeLight, 1)
	radio := findRadio(t, s.settings.Content())
	radio.SetSelected("Light")
	if got := a.Preferences().String(PrefTheme); got != string(ThemeLight) {
		t.Fatalf("theme preference = %q after choosing Light", got)
	}
	wantCard := light.Color(theme.ColorNameHeaderBackground, theme.VariantLight)
	cards := cardRects(s.settings.Content())
	if len(cards) < 5 {
		t.Fatalf("found %d section cards on Settings, want 5 or more", len(cards))
	}
	for _, r := range cards {
		if !sameColor(r.FillColor, wantCard) {
			t.Fatalf("a Settings card is filled %v after switching to Light, want %v", r.FillColor, wantCard)
		}
	}
	assertMarkup(t, "settings/light.xml", win.Canvas())

	s.Show(ScreenPractice) // built before the switch, hidden during it
	title := findLabel(s.practice.Content(), sc.Title)
	if title == nil {
		t.Fatal("the picker does not list the scenario")
	}
	for _, o := range test.LaidOutObjects(title) {
		if txt, ok := o.(*canvas.Text); ok && !sameColor(txt.Color, light.Color(theme.ColorNameForeground, theme.VariantLight)) {
			t.Errorf("Practice's %q is drawn in %v after switching to Light, want the light foreground", txt.Text, txt.Color)
		}
	}
}

func findLabel(o fyne.CanvasObject, text string) *widget.Label {
	for _, c := range test.LaidOutObjects(o) {
		if l, ok := c.(*widget.Label); ok && l.Text == text {
			return l
		}
	}
	return nil
}

func findRadio(t *testing.T, o fyne.CanvasObject) *widget.RadioGroup {
	t.Helper()
	for _, c := range test.LaidOutObjects(o) {
		if r, ok := c.(*widget.RadioGroup); ok {
			return r
		}
	}
	t.Fatal("no theme choice on the screen")
	return nil
}

// cardRects are the filled backgrounds of section cards under o.
func cardRects(o fyne.CanvasObject) []*canvas.Rectangle {
	var out []*canvas.Rectangle
	for _, c := range test.LaidOutObjects(o) {
		if tr, ok := c.(*themedRect); ok {
			for _, r := range test.LaidOutObjects(tr) {
				if rect, ok := r.(*canvas.Rectangle); ok {
					out = append(out, rect)
				}
			}
		}
	}
	return out
}

func sameColor(a, b color.Color) bool {
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}
