package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/turnaround-app/turnaround/sim"
)

const benchLine = "We missed the delivery window and that is on us. I can look at a refund now."

// BenchmarkEnterToReply measures Enter in the chat entry until the customer's
// reply bubble is in the chat, with the real simulator and the scripted voice.
// The target is 16 ms (one frame at 60 Hz).
func BenchmarkEnterToReply(b *testing.B) {
	deps, sc := simDeps(b)
	deps.Grader = nil // a finished session is not scored here, so only replies signal idle
	h := newBenchHarness(b, deps)
	start := func() *sessionView {
		drainUI()
		drain(h.idle) // the previous session's end
		h.p.Start(sc)
		h.wait(b)
		return h.p.session
	}
	v := start()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if v.conv.Ending() != sim.Ongoing {
			b.StopTimer()
			v = start()
			b.StartTimer()
		}
		before := v.chat.rows()
		v.input.SetText(benchLine)
		v.input.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		h.wait(b)
		if v.chat.rows() < before+2 {
			b.Fatalf("chat grew from %d to %d objects, want your turn and the reply", before, v.chat.rows())
		}
	}
}

// BenchmarkSimSubmitBaseline is the simulator alone on the same turn, so the
// UI's share of BenchmarkEnterToReply is the difference.
func BenchmarkSimSubmitBaseline(b *testing.B) {
	_, sc := simDeps(b)
	ctx := context.Background()
	s := sim.NewSession(sc, sim.Options{})
	s.Open(ctx)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if s.Ending() != sim.Ongoing {
			b.StopTimer()
			s = sim.NewSession(sc, sim.Options{})
			s.Open(ctx)
			b.StartTimer()
		}
		if _, err := s.Submit(ctx, benchLine, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// drain empties ch of signals that belong to an earlier step.
func drain(ch chan struct{}) {
	for {
		select {
		case <-ch:
		default:
			return
		}
	}
}

func newBenchHarness(b *testing.B, deps Deps) *practiceHarness {
	a := test.NewApp()
	b.Cleanup(a.Quit)
	now, ticks := fixedClock()
	deps.Now, deps.Ticks = now, ticks
	h := &practiceHarness{idle: make(chan struct{}, 16)}
	win := test.NewWindow(nil)
	b.Cleanup(win.Close)
	h.p = NewPractice(deps, win, a.Preferences())
	h.p.onIdle = func() { h.idle <- struct{}{} }
	win.SetContent(h.p.Content())
	win.Resize(fyne.NewSize(1100, 700))
	h.win = win
	return h
}

// BenchmarkEnterToReplyLongChat is the same measurement 100 turns into a
// session, where every laid-out row costs time on each reply.
func BenchmarkEnterToReplyLongChat(b *testing.B) {
	sc := testScenario("long", "A patient customer", 1, "other")
	sc.Customer.Mood.Patience = 1 << 30
	h := newBenchHarness(b, fakeDeps(sc))
	h.p.Start(sc)
	h.wait(b)
	v := h.p.session
	for i := 0; i < 100; i++ {
		v.send(benchLine, nil)
		h.wait(b)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		before := v.chat.rows()
		v.input.SetText(benchLine)
		v.input.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		h.wait(b)
		if v.chat.rows() < before+2 {
			b.Fatalf("chat grew from %d to %d rows", before, v.chat.rows())
		}
	}
}
