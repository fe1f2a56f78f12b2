package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2/widget"
)

// historyBack is what the banner says, for one check, when the team store
// answers again and everything queued has reached it.
const historyBack = "The team store is back: everything saved while it was away has been sent."

const (
	historyStatusEvery   = 10 * time.Second
	historyStatusTimeout = 8 * time.Second
)

// historyWatch keeps Practice's banner in step with the team store: the
// warning while the server is away (or refused writes), a short note when it
// is back, then nothing. It only replaces or hides text it put there itself,
// so another message in the banner (a scenario that failed to start) stays.
type historyWatch struct {
	banner *banner
	shown  string // the text this watch last put in the banner
}

// watchHistory starts checking the team store on every status tick.
func (p *Practice) watchHistory() {
	if p.deps.HistoryStatus == nil {
		return
	}
	w := &historyWatch{banner: p.banner, shown: p.deps.StoreNotice}
	ticks := p.deps.StatusTicks
	if ticks == nil {
		ticks = func() <-chan time.Time { return time.NewTicker(historyStatusEvery).C }
	}
	go func() {
		for range ticks() {
			ctx, cancel := context.WithTimeout(context.Background(), historyStatusTimeout)
			text := p.deps.HistoryStatus(ctx)
			cancel()
			do(func() { w.apply(text) })
		}
	}()
}

// apply shows the latest check's text; "" means the team store is in use.
func (w *historyWatch) apply(text string) {
	current := w.banner.text()
	ours := current != "" && current == w.shown
	switch {
	case text != "" && (ours || current == "" && text != w.shown):
		// A warning the trainee closed stays closed until it changes. Amber:
		// sessions are still kept on this computer.
		w.banner.warn(text)
		w.shown = text
	case text == "" && ours && w.shown != historyBack:
		w.banner.show(historyBack)
		w.banner.label.Importance = widget.SuccessImportance
		w.banner.label.Refresh()
		w.shown = historyBack
	case text == "" && ours:
		w.banner.hide()
		w.shown = ""
	}
}
