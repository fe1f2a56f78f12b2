package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// ThemeMode is the trainee's choice of light, dark or the system's variant.
type ThemeMode string

// The three theme modes offered in Settings.
const (
	ThemeSystem ThemeMode = "system"
	ThemeLight  ThemeMode = "light"
	ThemeDark   ThemeMode = "dark"
)

// Text scales offered in Settings; 1 is Fyne's default size.
var TextScales = []float32{0.9, 1, 1.15, 1.3}

// brandPrimary is Turnaround's accent: a calm teal that reads on light and dark.
var brandPrimary = color.NRGBA{R: 0x0f, G: 0x8b, B: 0x8d, A: 0xff}

// AppTheme wraps Fyne's default theme to force a variant, scale text for
// readability and apply Turnaround's accent colour.
type AppTheme struct {
	Mode  ThemeMode
	Scale float32
	base  fyne.Theme
}

// NewAppTheme returns the theme for a mode and text scale; a scale of 0 means 1.
func NewAppTheme(mode ThemeMode, scale float32) *AppTheme {
	if scale <= 0 {
		scale = 1
	}
	return &AppTheme{Mode: mode, Scale: scale, base: theme.DefaultTheme()}
}

// Color returns the base theme's colour for the chosen variant, with the accent.
func (t *AppTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch t.Mode {
	case ThemeLight:
		v = theme.VariantLight
	case ThemeDark:
		v = theme.VariantDark
	}
	switch n {
	case theme.ColorNamePrimary, theme.ColorNameHyperlink:
		return brandPrimary
	case theme.ColorNameFocus:
		return color.NRGBA{R: 0x0f, G: 0x8b, B: 0x8d, A: 0x80}
	case theme.ColorNameSelection:
		return color.NRGBA{R: 0x0f, G: 0x8b, B: 0x8d, A: 0x40}
	}
	return t.base.Color(n, v)
}

// Font returns the base theme's font.
func (t *AppTheme) Font(s fyne.TextStyle) fyne.Resource { return t.base.Font(s) }

// Icon returns the base theme's icon.
func (t *AppTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }

// Size scales the text sizes (and only those) so layouts keep their rhythm.
func (t *AppTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.base.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameCaptionText, theme.SizeNameHeadingText,
		theme.SizeNameSubHeadingText, theme.SizeNameInlineIcon:
		return s * t.Scale
	}
	return s
}
