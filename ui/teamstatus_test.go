package ui

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

const awayWarning = "team store 127.0.0.1:5432 cannot be reached. Sessions are kept on this computer and sent to the team store when it is back."

// TestBannerFollowsTheTeamStore runs the checks' results through the watch of
// a team store that goes away, comes back, and goes away again: the warning
// appears, gives way to a note that the store is back for one check,
// disappears, and returns. A message the banner was showing for something
// else is left alone.
func TestBannerFollowsTheTeamStore(t *testing.T) {
	test.NewTempApp(t)
	b := newBanner()
	b.show(awayWarning)
	w := &historyWatch{banner: b, shown: awayWarning}
	check := func(status, want string) {
		t.Helper()
		w.apply(status)
		if got := b.text(); got != want {
			t.Errorf("after a check saying %q, banner = %q; want %q", status, got, want)
		}
	}
	check(awayWarning+" 2 writes are waiting.", awayWarning+" 2 writes are waiting.")
	check("", historyBack)
	check("", "")
	check(awayWarning, awayWarning)
	check("", historyBack)
	check("", "")

	// Another message is not the watch's to replace or hide.
	b.show("Could not start X: no voice")
	check("", "Could not start X: no voice")
	check(awayWarning, "Could not start X: no voice")
	// Once that message is closed, the warning it covered shows; closed
	// again, it stays closed until it says something new.
	b.hide()
	check(awayWarning, awayWarning)
	b.hide()
	check(awayWarning, "")
	check(awayWarning+" 1 write is waiting.", awayWarning+" 1 write is waiting.")
}

// TestPracticeChecksTheTeamStoreOnEachTick: Practice asks HistoryStatus on
// every tick, off the UI thread, and shows what it says.
func TestPracticeChecksTheTeamStoreOnEachTick(t *testing.T) {
	ticks := make(chan time.Time)
	statuses := make(chan string, 1)
	deps := fakeDeps()
	deps.StoreNotice = awayWarning
	deps.HistoryStatus = func(context.Context) string { return <-statuses }
	deps.StatusTicks = func() <-chan time.Time { return ticks }
	h := newPracticeHarness(t, deps)
	if got := h.p.banner.text(); got != awayWarning {
		t.Fatalf("banner at start = %q; want the start-up warning", got)
	}
	statuses <- ""
	ticks <- time.Time{}
	pump(t, "the back note", func() bool { return h.p.banner.text() == historyBack })
	statuses <- ""
	ticks <- time.Time{}
	pump(t, "the banner hiding", func() bool { return h.p.banner.text() == "" })
}
