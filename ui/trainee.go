package ui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// addTraineeProfile saves name among the desktop's trainee profiles and makes it
// the one practising. Blank names are ignored.
func addTraineeProfile(prefs fyne.Preferences, name string) bool {
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	if list := prefs.StringList(PrefTrainees); !slices.Contains(list, name) {
		prefs.SetStringList(PrefTrainees, append(list, name))
	}
	prefs.SetString(PrefTrainee, name)
	return true
}

// needsTraineeName reports whether nobody has said who practises on this desktop.
func needsTraineeName(prefs fyne.Preferences) bool {
	return strings.TrimSpace(prefs.String(PrefTrainee)) == ""
}

// traineeQuestion is the first-launch dialog: who is practising. Sessions are
// stored under the name; Settings switches between profiles later.
type traineeQuestion struct {
	dialog *dialog.CustomDialog
	name   *widget.Entry
	ok     *widget.Button
}

// askTraineeName shows the first-launch question in win, offering suggested (the
// system's user name) as the answer. done runs with the name once it is saved.
func askTraineeName(win fyne.Window, prefs fyne.Preferences, suggested string, done func(name string)) *traineeQuestion {
	q := &traineeQuestion{name: widget.NewEntry()}
	q.name.SetPlaceHolder("Your name")
	q.name.SetText(suggested)
	save := func() {
		if addTraineeProfile(prefs, q.name.Text) {
			q.dialog.Hide()
			if done != nil {
				done(strings.TrimSpace(q.name.Text))
			}
		}
	}
	q.ok = widget.NewButtonWithIcon("Start practising", theme.ConfirmIcon(), save)
	q.ok.Importance = widget.HighImportance
	q.name.OnChanged = func(text string) {
		if strings.TrimSpace(text) == "" {
			q.ok.Disable()
		} else {
			q.ok.Enable()
		}
	}
	q.name.OnChanged(q.name.Text)
	q.name.OnSubmitted = func(string) { save() }
	body := container.NewVBox(
		wrapped("Your sessions and scores are kept under your name, so a shared desktop keeps each trainee's progress apart."),
		q.name,
		caption("Switch or add trainees later in Settings."),
		container.NewHBox(layout.NewSpacer(), q.ok))
	q.dialog = dialog.NewCustomWithoutButtons("Who is practising?", sized(body, 420, 0), win)
	q.dialog.Show()
	win.Canvas().Focus(q.name)
	return q
}
