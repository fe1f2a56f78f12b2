package main

import (
	"context"
	"errors"
	"fmt"

	"fyne.io/fyne/v2"

	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/ui"
)

// openTeamHistory puts the team store at url in front of the desktop's own
// history: sessions go to the server while it answers and to the queue file
// beside the history while it does not. The warning, when not nil, is the
// banner's sentence: why the team store is not in use and what happens instead.
func openTeamHistory(url string, local history.Store) (history.Store, error) {
	qpath, err := history.DefaultQueuePath(url)
	if err != nil {
		return local, fmt.Errorf("the team store cannot be used (%v); history is kept on this computer", err)
	}
	queue, err := history.OpenQueue(qpath)
	if err != nil {
		return local, fmt.Errorf("the team store cannot be used (%v); history is kept on this computer", err)
	}
	f, err := history.OpenFailover(context.Background(), url, history.PGOptions{}, local, queue)
	if err != nil {
		return f, fmt.Errorf("%v. Sessions are kept on this computer and sent to the team store when it is back.", err)
	}
	if w := f.Status().Warning(); w != "" {
		return f, errors.New(w) // writes the server refused earlier, kept aside
	}
	return f, nil
}

// askTeamPassword asks for the team store's password when the server refused
// the login the app started with; the password lives only in memory.
func askTeamPassword(w fyne.Window, deps ui.Deps) {
	h, ok := deps.History.(*historyAdapter)
	if !ok {
		return
	}
	f, ok := h.s.(*history.FailoverStore)
	if !ok || !errors.Is(f.Status().Reason, history.ErrAuth) {
		return
	}
	ui.AskTeamPassword(w, f.Where(), func(password string) error {
		return f.UsePassword(context.Background(), password)
	})
}

// teamStatus is the banner's live check of the team store, nil when store is
// not one (the desktop history alone has nothing to follow).
func teamStatus(store history.Store) func(context.Context) string {
	f, ok := store.(*history.FailoverStore)
	if !ok {
		return nil
	}
	return func(ctx context.Context) string { return f.Check(ctx).Warning() }
}
