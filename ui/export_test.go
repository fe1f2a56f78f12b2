package ui

import (
	"bytes"
	"context"
	"io"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/turnaround-app/turnaround/scenarios"
)

// exportStore writes a fixed export and reports progress in quarters.
type exportStore struct {
	seededStore
	format string
	steps  []float64
}

func (s *exportStore) Export(_ context.Context, w io.Writer, format string, progress func(float64)) error {
	s.format = format
	for _, f := range []float64{0.25, 0.5, 0.75, 1} {
		progress(f)
		s.steps = append(s.steps, f)
	}
	_, err := io.WriteString(w, "id,trainee,total\n7,Ana,81\n")
	return err
}

type closingBuffer struct {
	bytes.Buffer
	closed bool
}

func (b *closingBuffer) Close() error { b.closed = true; return nil }

func TestExportWritesWithProgress(t *testing.T) {
	test.NewTempApp(t)
	win := test.NewWindow(nil)
	t.Cleanup(win.Close)
	store := &exportStore{}
	r := NewReview(Deps{History: store}, win, func(string) *scenarios.Scenario { return nil })
	loaded := make(chan struct{}, 4)
	r.onLoaded = func() { loaded <- struct{}{} }
	out := &closingBuffer{}
	r.writeExport(out, "csv", "/tmp/history.csv")
	waitOn(t, loaded)
	if want := "id,trainee,total\n7,Ana,81\n"; out.String() != want || !out.closed {
		t.Errorf("export wrote %q (closed %v), want %q and closed", out.String(), out.closed, want)
	}
	if store.format != "csv" || len(store.steps) != 4 {
		t.Errorf("export format %q with %d progress steps, want csv and 4", store.format, len(store.steps))
	}
	if r.progress.Visible() || r.status.Text != "Exported to /tmp/history.csv." {
		t.Errorf("after export: progress visible %v, status %q", r.progress.Visible(), r.status.Text)
	}
}
