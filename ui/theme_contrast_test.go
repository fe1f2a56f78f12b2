package ui

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// textPair is a text colour the screens draw on a background colour. Large text
// (the report's big total) needs 3:1 under WCAG AA; all other text 4.5:1.
type textPair struct {
	fg, bg fyne.ThemeColorName
	where  string
	large  bool
}

// bubbleFill stands for the trainee's chat bubble: the accent at low alpha over
// the background (see widgets.Bubble).
const bubbleFill fyne.ThemeColorName = "turnaround-agent-bubble"

var textPairs = []textPair{
	{theme.ColorNameForeground, theme.ColorNameBackground, "body text", false},
	{theme.ColorNameForeground, theme.ColorNameHeaderBackground, "text on section cards", false},
	{theme.ColorNameForeground, theme.ColorNameInputBackground, "typed text, customer bubbles", false},
	{theme.ColorNameForeground, theme.ColorNameButton, "button labels", false},
	{theme.ColorNameForeground, theme.ColorNameMenuBackground, "menus", false},
	{theme.ColorNameForeground, theme.ColorNameOverlayBackground, "dialogs", false},
	{theme.ColorNameForeground, theme.ColorNameSelection, "selected list rows", false},
	{theme.ColorNameForeground, theme.ColorNameHover, "hovered rows", false},
	{theme.ColorNameForeground, bubbleFill, "trainee's chat bubble", false},
	{theme.ColorNamePlaceHolder, theme.ColorNameInputBackground, "placeholders", false},
	{theme.ColorNameDisabled, theme.ColorNameBackground, "low-importance labels", false},
	{theme.ColorNameDisabled, theme.ColorNameHeaderBackground, "low-importance labels on cards", false},
	{theme.ColorNameSuccess, theme.ColorNameBackground, "success labels", false},
	{theme.ColorNameSuccess, theme.ColorNameHeaderBackground, "success labels on cards", false},
	{theme.ColorNameWarning, theme.ColorNameBackground, "warning labels", false},
	{theme.ColorNameWarning, theme.ColorNameHeaderBackground, "warning labels on cards", false},
	{theme.ColorNameError, theme.ColorNameBackground, "banners, danger labels", false},
	{theme.ColorNameError, theme.ColorNameHeaderBackground, "danger labels on cards", false},
	{theme.ColorNameHyperlink, theme.ColorNameBackground, "links", false},
	{theme.ColorNamePrimary, theme.ColorNameHeaderBackground, "the report's total", true},
	{theme.ColorNamePrimary, theme.ColorNameBackground, "accent headings", true},
	{theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary, "high-importance buttons", false},
	{theme.ColorNameForegroundOnSuccess, theme.ColorNameSuccess, "success buttons", false},
	{theme.ColorNameForegroundOnWarning, theme.ColorNameWarning, "warning buttons", false},
	{theme.ColorNameForegroundOnError, theme.ColorNameError, "danger buttons", false},
}

func TestThemeContrast(t *testing.T) {
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		th := NewAppTheme(ThemeSystem, 1)
		for _, p := range textPairs {
			bg := opaqueOn(th, p.bg, v)
			fg := over(th.Color(p.fg, v), bg)
			got := contrast(fg, bg)
			want := 4.5
			if p.large {
				want = 3
			}
			if got < want {
				t.Errorf("%s theme, %s (%s on %s): contrast %.2f:1, want at least %.1f:1",
					variantName(v), p.where, p.fg, p.bg, got, want)
			}
		}
	}
}

// TestContrastRatioKnownValues pins the formula to WCAG's own examples.
func TestContrastRatioKnownValues(t *testing.T) {
	tests := []struct {
		a, b color.Color
		want float64
	}{
		{color.Black, color.White, 21},
		{color.White, color.White, 1},
		{color.NRGBA{R: 0x77, G: 0x77, B: 0x77, A: 0xff}, color.White, 4.48},
	}
	for _, tt := range tests {
		if got := contrast(tt.a, tt.b); math.Abs(got-tt.want) > 0.01 {
			t.Errorf("contrast(%v, %v) = %.3f, want %.2f", tt.a, tt.b, got, tt.want)
		}
	}
}

func variantName(v fyne.ThemeVariant) string {
	if v == theme.VariantLight {
		return "light"
	}
	return "dark"
}

// opaqueOn resolves a background colour as the eye sees it: translucent fills
// (selection, hover, the agent bubble) are composed over the window background.
func opaqueOn(th fyne.Theme, n fyne.ThemeColorName, v fyne.ThemeVariant) color.NRGBA {
	base := over(th.Color(theme.ColorNameBackground, v), color.NRGBA{A: 0xff})
	if n == bubbleFill {
		p := color.NRGBAModel.Convert(th.Color(theme.ColorNamePrimary, v)).(color.NRGBA)
		p.A = 0x38
		return over(p, base)
	}
	return over(th.Color(n, v), base)
}

// over composes c over an opaque background.
func over(c color.Color, bg color.NRGBA) color.NRGBA {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	a := float64(n.A) / 255
	mix := func(f, b uint8) uint8 { return uint8(math.Round(float64(f)*a + float64(b)*(1-a))) }
	return color.NRGBA{R: mix(n.R, bg.R), G: mix(n.G, bg.G), B: mix(n.B, bg.B), A: 0xff}
}

// contrast is the WCAG 2 contrast ratio of two opaque colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(c color.Color) float64 {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	ch := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(n.R) + 0.7152*ch(n.G) + 0.0722*ch(n.B)
}
