package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

// runGUI opens the desktop app.
func runGUI(e env, args []string) int {
	a := app.NewWithID("app.turnaround.desktop")
	w := a.NewWindow("Turnaround")
	w.SetContent(widget.NewLabel("Turnaround"))
	w.ShowAndRun()
	return exitOK
}
