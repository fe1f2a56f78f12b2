// Package assets holds the files Turnaround ships inside its binary: the app icon.
package assets

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

//go:embed icon.png
var iconPNG []byte

// Icon is the Turnaround app icon, for the window and the app.
var Icon = fyne.NewStaticResource("icon.png", iconPNG)
