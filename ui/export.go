package ui

import (
	"context"
	"errors"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// export asks where to save, then writes the history off the UI thread with a
// progress bar; the screen stays usable meanwhile.
func (r *Review) export(format string) {
	if r.deps.History == nil || r.win == nil {
		r.status.SetText("No history store is open to export.")
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			r.status.SetText("Export failed: " + err.Error())
			return
		}
		if w == nil {
			return // cancelled
		}
		r.writeExport(w, format, w.URI().Path())
	}, r.win)
	d.SetFileName("turnaround-history." + format)
	d.Show()
}

// writeExport streams the export into w and closes it.
func (r *Review) writeExport(w io.WriteCloser, format, where string) {
	r.progress.SetValue(0)
	r.progress.Show()
	r.status.SetText("Exporting " + format + "…")
	go func() {
		err := r.deps.History.Export(context.Background(), w, format, func(f float64) {
			do(func() { r.progress.SetValue(f) })
		})
		err = errors.Join(err, w.Close())
		do(func() {
			r.progress.Hide()
			if err != nil {
				r.status.SetText("Export failed: " + err.Error())
				return
			}
			r.status.SetText("Exported to " + where + ".")
			r.loaded()
		})
	}()
}
