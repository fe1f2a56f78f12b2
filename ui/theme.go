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

// brandPrimary is Turnaround's accent, a calm teal: dark enough in the light
// theme to carry white text and to read as text on white, light enough in the
// dark theme to read on near-black (with dark text on it). Charts use the
// light-theme value.
var brandPrimary = color.NRGBA{R: 0x0b, G: 0x6e, B: 0x70, A: 0xff}

// palette overrides Fyne's default colours where they are too faint to read:
// Fyne's light-theme success green is about 1.5:1 on white, and its disabled
// grey, which it also uses for low-importance labels, is below 3:1. Every pair
// of text and background colour here is checked against WCAG AA in
// theme_contrast_test.go.
var palette = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.Color{
	theme.VariantLight: {
		theme.ColorNamePrimary:             brandPrimary,
		theme.ColorNameHyperlink:           brandPrimary,
		theme.ColorNameForegroundOnPrimary: color.White,
		theme.ColorNameFocus:               color.NRGBA{R: 0x0b, G: 0x6e, B: 0x70, A: 0x80},
		theme.ColorNameSelection:           color.NRGBA{R: 0x0b, G: 0x6e, B: 0x70, A: 0x30},
		theme.ColorNameSuccess:             color.NRGBA{R: 0x1b, G: 0x75, B: 0x30, A: 0xff},
		theme.ColorNameForegroundOnSuccess: color.White,
		theme.ColorNameWarning:             color.NRGBA{R: 0x8a, G: 0x55, B: 0x00, A: 0xff},
		theme.ColorNameForegroundOnWarning: color.White,
		theme.ColorNameError:               color.NRGBA{R: 0xb7, G: 0x1c, B: 0x1c, A: 0xff},
		theme.ColorNameForegroundOnError:   color.White,
		theme.ColorNameDisabled:            color.NRGBA{R: 0x5f, G: 0x5f, B: 0x66, A: 0xff},
		theme.ColorNamePlaceHolder:         color.NRGBA{R: 0x5f, G: 0x5f, B: 0x66, A: 0xff},
	},
	theme.VariantDark: {
		theme.ColorNamePrimary:             color.NRGBA{R: 0x3f, G: 0xc1, B: 0xc3, A: 0xff},
		theme.ColorNameHyperlink:           color.NRGBA{R: 0x5f, G: 0xd0, B: 0xd2, A: 0xff},
		theme.ColorNameForegroundOnPrimary: color.NRGBA{R: 0x0e, G: 0x14, B: 0x14, A: 0xff},
		theme.ColorNameFocus:               color.NRGBA{R: 0x3f, G: 0xc1, B: 0xc3, A: 0x80},
		theme.ColorNameSelection:           color.NRGBA{R: 0x3f, G: 0xc1, B: 0xc3, A: 0x30},
		theme.ColorNameSuccess:             color.NRGBA{R: 0x5c, G: 0xd6, B: 0x6f, A: 0xff},
		theme.ColorNameForegroundOnSuccess: color.NRGBA{R: 0x0e, G: 0x14, B: 0x14, A: 0xff},
		theme.ColorNameWarning:             color.NRGBA{R: 0xff, G: 0xb0, B: 0x40, A: 0xff},
		theme.ColorNameForegroundOnWarning: color.NRGBA{R: 0x0e, G: 0x14, B: 0x14, A: 0xff},
		theme.ColorNameError:               color.NRGBA{R: 0xff, G: 0x6e, B: 0x66, A: 0xff},
		theme.ColorNameForegroundOnError:   color.NRGBA{R: 0x0e, G: 0x14, B: 0x14, A: 0xff},
		theme.ColorNameDisabled:            color.NRGBA{R: 0x9a, G: 0x9a, B: 0xa2, A: 0xff},
		theme.ColorNamePlaceHolder:         color.NRGBA{R: 0x9a, G: 0x9a, B: 0xa2, A: 0xff},
	},
}

// AppTheme wraps Fyne's default theme to force a variant, scale text for
// readability and apply Turnaround's palette.
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

// Color returns the palette's colour for the chosen variant, else the base theme's.
func (t *AppTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch t.Mode {
	case ThemeLight:
		v = theme.VariantLight
	case ThemeDark:
		v = theme.VariantDark
	}
	if v != theme.VariantLight {
		v = theme.VariantDark
	}
	if c, ok := palette[v][n]; ok {
		return c
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
