package ui

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// storeURLForPrefs is what Settings saves of a typed team-store URL: all of it
// but the password, which never goes into plain preferences. Turnaround asks
// for it when the server refuses the login, or libpq's PGPASSFILE supplies it.
func storeURLForPrefs(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	if _, has := u.User.Password(); !has {
		return raw
	}
	u.User = url.User(u.User.Username())
	return u.String()
}

// AskTeamPassword asks for the team store's password, for this run only, and
// hands it to try off the UI thread; when try fails the dialog comes back with
// the reason. Cancelling leaves the app on the local history.
func AskTeamPassword(win fyne.Window, where string, try func(password string) error) {
	askTeamPassword(win, where, "", try)
}

func askTeamPassword(win fyne.Window, where, reason string, try func(string) error) {
	pw := widget.NewPasswordEntry()
	items := []*widget.FormItem{widget.NewFormItem("Server", widget.NewLabel(where)), widget.NewFormItem("Password", pw)}
	if reason != "" {
		msg := widget.NewLabel(reason)
		msg.Wrapping = fyne.TextWrapWord
		msg.Importance = widget.DangerImportance
		items = append(items, widget.NewFormItem("", msg))
	}
	d := dialog.NewForm("Team store password", "Connect", "Stay local", items, func(ok bool) {
		if !ok {
			return
		}
		password := pw.Text
		go func() {
			if err := try(password); err != nil {
				do(func() { askTeamPassword(win, where, err.Error(), try) })
			}
		}()
	}, win)
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
	win.Canvas().Focus(pw)
}
