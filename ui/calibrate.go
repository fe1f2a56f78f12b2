package ui

import (
	"errors"
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/calibrate"
	"github.com/turnaround-app/turnaround/ui/widgets"
)

// calibrateButton opens a trainer's labels file and shows how far the grader
// agrees with it, as `turnaround calibrate` prints it.
func (r *Review) calibrateButton() *widget.Button {
	r.calibrateBtn = widget.NewButtonWithIcon("Calibrate…", theme.FileIcon(), r.pickLabels)
	return r.calibrateBtn
}

// pickLabels asks for a labels CSV, then calibrates against it.
func (r *Review) pickLabels() {
	if r.deps.Calibrate == nil || r.win == nil {
		r.status.SetText("Calibration is not available in this build.")
		return
	}
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			r.status.SetText("Could not open the labels file: " + err.Error())
			return
		}
		if rc == nil {
			return // cancelled
		}
		// Run reads the file itself: the transcripts it lists are relative to
		// its folder, so it needs the path, not the stream.
		path := rc.URI().Path()
		rc.Close()
		r.calibrate(path)
	}, r.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".csv"}))
	// Fyne's default picker is a small box; folders of transcripts are long lists.
	size := r.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(900, size.Width-80), min(600, size.Height-80)))
	d.Show()
}

// calibrate scores the labels file's transcripts off the UI thread, since a
// file rates dozens of them, and shows the result over the window.
func (r *Review) calibrate(path string) {
	r.busy.Start()
	r.calibrateBtn.Disable() // one calibration at a time, one dialog
	before := r.status.Text
	r.status.SetText("Scoring the transcripts rated in " + filepath.Base(path) + "…")
	go func() {
		res, err := r.deps.Calibrate(path)
		do(func() {
			r.busy.Stop()
			r.calibrateBtn.Enable()
			r.status.SetText(before)
			r.showCalibration(path, res, err)
			r.loaded()
		})
	}()
}

// showCalibration opens the calibration dialog, sized to fit the window.
func (r *Review) showCalibration(path string, res calibrate.Result, err error) {
	r.calibration = calibrationView(path, res, err)
	if r.win == nil {
		return
	}
	size := r.win.Canvas().Size()
	w, h := min(820, size.Width-80), min(560, size.Height-140)
	if err != nil {
		// A problem list is short: the dialog fits it rather than the report.
		h = min(h, r.calibration.MinSize().Height+theme.Padding()*2)
	}
	d := dialog.NewCustom("Calibration: "+filepath.Base(path), "Close",
		sized(newReflowScroll(r.calibration), w, h), r.win)
	d.Show()
}

// calibrationView draws a calibration: the agreement table and each
// dimension's worst disagreements, or the labels file's problems when it
// could not be scored.
func calibrationView(path string, res calibrate.Result, err error) fyne.CanvasObject {
	if err != nil {
		return calibrationProblems(err)
	}
	box := container.NewVBox(wrapped(res.Summary(path)), agreementTable(res), caption(calibrate.BinNote(res.Scale)))
	if res.HasUndefined() {
		box.Add(caption(calibrate.UndefinedNote))
	}
	cols := newEvidenceColumns(res)
	for _, d := range res.Dimensions {
		box.Add(widget.NewSeparator())
		box.Add(subhead(dimensionTitles[d.Dimension] + ": where trainer and grader disagree most"))
		if none := d.NoDisagreement(); none != "" {
			box.Add(caption(none))
			continue
		}
		for _, p := range d.Worst {
			box.Add(disagreement(res.Scale, p, cols))
		}
	}
	return box
}

// maxShownProblems bounds the problems the dialog lists: a file of thousands
// of bad rows would otherwise build thousands of labels on the UI thread.
const maxShownProblems = 200

// calibrationProblems lists what is wrong with a labels file, one
// path:line:col: message a line as the command prints them, or the one
// sentence saying why the file could not be read.
func calibrationProblems(err error) fyne.CanvasObject {
	var errs calibrate.Errors
	if !errors.As(err, &errs) {
		return container.NewVBox(bold("The labels file could not be read"), wrapped(err.Error()))
	}
	box := container.NewVBox(bold(fmt.Sprintf("%s to fix before calibrating; nothing was scored",
		plural(len(errs), "problem", "problems"))))
	for _, e := range errs[:min(len(errs), maxShownProblems)] {
		box.Add(wrapped(e.Error()))
	}
	if more := len(errs) - maxShownProblems; more > 0 {
		box.Add(caption(fmt.Sprintf("…and %d more; `turnaround calibrate` lists every one.", more)))
	}
	return box
}

// agreementTable is ρ and κ per dimension, numbers right-aligned in columns.
func agreementTable(res calibrate.Result) fyne.CanvasObject {
	names := []string{"Dimension"}
	for _, d := range res.Dimensions {
		names = append(names, dimensionTitles[d.Dimension])
	}
	nameW := widgets.LabelColumnWidth(names...) + theme.Padding()
	numW := widgets.LabelColumnWidth("Rated", "0.00", "-0.00", calibrate.Undefined) + theme.Padding()
	row := func(name, n, rho, kappa *widget.Label) fyne.CanvasObject {
		for _, l := range []*widget.Label{n, rho, kappa} {
			l.Alignment = fyne.TextAlignTrailing
		}
		return container.NewHBox(sized(name, nameW, 0), sized(n, numW, 0), sized(rho, numW, 0), sized(kappa, numW, 0))
	}
	table := container.NewVBox(row(bold("Dimension"), bold("Rated"), bold("ρ"), bold("κ")))
	for _, d := range res.Dimensions {
		table.Add(row(widget.NewLabel(dimensionTitles[d.Dimension]), widget.NewLabel(fmt.Sprint(d.N)),
			widget.NewLabel(calibrate.Coefficient(d.Rho, d.RhoOK)), widget.NewLabel(calibrate.Coefficient(d.Kappa, d.KappaOK))))
	}
	return table
}

// evidenceColumns are the widths of an evidence line's turn, points and rule
// title, the same for every transcript so the quotes line up down the view.
type evidenceColumns struct{ turn, points, rule float32 }

func newEvidenceColumns(res calibrate.Result) evidenceColumns {
	titles := []string{}
	for _, d := range res.Dimensions {
		for _, p := range d.Worst {
			for _, e := range p.Evidence {
				titles = append(titles, scoring.RuleTitle(e.Rule))
			}
		}
	}
	return evidenceColumns{turn: widgets.LabelColumnWidth("turn 00"), points: widgets.LabelColumnWidth("+00", "-00"),
		rule: widgets.LabelColumnWidth(titles...)}
}

// disagreement is one transcript where trainer and grader differ, on a card:
// its name, the two grades, and the grader's evidence a line each.
func disagreement(s calibrate.Scale, p calibrate.Pair, cols evidenceColumns) fyne.CanvasObject {
	name := bold(p.Name)
	name.Wrapping = fyne.TextWrapBreak // a path has no spaces to wrap at
	box := container.NewVBox(name, wrapped(p.Verdict(s)))
	if len(p.Evidence) == 0 {
		box.Add(caption("Grader's evidence: " + calibrate.NoEvidence))
	} else {
		box.Add(caption("Grader's evidence:"))
	}
	for _, e := range p.Evidence {
		points := widget.NewLabel(fmt.Sprintf("%+d", e.Points))
		points.Alignment = fyne.TextAlignTrailing
		left := container.NewHBox(sized(widget.NewLabel(fmt.Sprintf("turn %d", e.Turn)), cols.turn, 0),
			sized(points, cols.points, 0), sized(widget.NewLabel(scoring.RuleTitle(e.Rule)), cols.rule, 0))
		box.Add(container.NewBorder(nil, nil, left, nil, wrapped(fmt.Sprintf("%q", e.Quote))))
	}
	return container.NewStack(newThemedRect(theme.ColorNameHeaderBackground), container.NewPadded(box))
}
