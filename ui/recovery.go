package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// checkUnfinished looks for sessions a crash left open and offers to resume each
// (replaying its stored turns) or to close it as it stands.
func (s *Shell) checkUnfinished(deps Deps) {
	if deps.History == nil {
		return
	}
	go func() {
		list, err := deps.History.Unfinished(context.Background())
		if err != nil || len(list) == 0 {
			return
		}
		do(func() { s.offerRecovery(deps, list) })
	}()
}

func (s *Shell) offerRecovery(deps Deps, list []SessionInfo) {
	box := container.NewVBox(wrapped("Turnaround closed before these sessions ended. Every turn typed was kept."))
	var d dialog.Dialog
	for _, info := range list {
		info := info
		label := widget.NewLabel(fmt.Sprintf("%s · %s · started %s", info.Trainee, info.Scenario, info.Started.Format("2 Jan 15:04")))
		var row *fyne.Container
		resume := widget.NewButton("Resume", func() {
			row.Hide()
			s.resume(deps, info)
			d.Hide()
		})
		resume.Importance = widget.HighImportance
		closeBtn := widget.NewButton("Close it", func() {
			row.Hide()
			go func() {
				err := deps.History.CloseUnfinished(context.Background(), info.ID)
				if err != nil {
					do(func() { s.practice.banner.show("Could not close the session: " + err.Error()) })
				}
			}()
		})
		row = container.NewBorder(nil, nil, nil, container.NewHBox(closeBtn, resume), label)
		box.Add(row)
	}
	d = dialog.NewCustom("Unfinished sessions", "Later", box, s.win)
	d.Show()
}

// resume rebuilds the conversation from the stored turns and continues it in Practice.
func (s *Shell) resume(deps Deps, info SessionInfo) {
	sc := s.practice.scenario(info.Scenario)
	if sc == nil || deps.Resume == nil {
		s.practice.banner.show("Cannot resume: the scenario " + info.Scenario + " is no longer in the library.")
		return
	}
	go func() {
		stored, err := deps.History.Session(context.Background(), info.ID)
		var conv Conversation
		if err == nil {
			conv, err = deps.Resume(sc, stored)
		}
		do(func() {
			if err != nil {
				s.practice.banner.show("Could not resume: " + err.Error())
				return
			}
			// The old record ends here; the resumed conversation is stored as a new session.
			go deps.History.CloseUnfinished(context.Background(), info.ID)
			s.Show(ScreenPractice)
			s.practice.Resume(sc, conv, stored)
		})
	}()
}
