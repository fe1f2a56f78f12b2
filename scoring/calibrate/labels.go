package calibrate

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/turnaround-app/turnaround/scoring"
)

// Column names a labels file uses in its header row. The order of the columns
// is free; scenario may be left out.
const (
	ColTranscript = "transcript"
	ColScenario   = "scenario"
)

// Pos is where a value sits in the labels file: 1-based line and byte column.
type Pos struct {
	Line, Col int
}

// Rating is one trainer rating with where it was written.
type Rating struct {
	Value float64
	Pos   Pos
}

// Label is one row of a labels file: a transcript and the trainer's ratings.
type Label struct {
	// Transcript is the path as written, relative to the labels file.
	Transcript    string
	TranscriptPos Pos
	// Scenario is an id or a path; empty means the transcript's own scenario.
	Scenario    string
	ScenarioPos Pos
	// Ratings holds a rating per dimension the trainer rated; an empty cell
	// leaves that dimension out for this row.
	Ratings map[scoring.Dimension]Rating
	// Line is the row's first line.
	Line int
}

// Error is one problem in a labels file, printed as path:line:col: message.
type Error struct {
	Path string
	Pos  Pos
	Msg  string
}

func (e *Error) Error() string {
	switch {
	case e.Pos.Line == 0:
		return fmt.Sprintf("%s: %s", e.Path, e.Msg)
	case e.Pos.Col == 0:
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Pos.Line, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Pos.Line, e.Pos.Col, e.Msg)
}

// Errors is every problem found in one labels file, in file order.
type Errors []*Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// ReadLabels reads a labels file: a header row naming the columns
// (transcript, an optional scenario, and empathy, action_speed,
// authority_clarity, fairness), then one row per rated transcript. Ratings are
// numbers; a blank rating leaves that dimension unrated for the row. path is
// the name errors cite. Problems in rows do not stop the reading: every one is
// returned, as Errors, with the rows that were sound.
func ReadLabels(path string, r io.Reader) ([]Label, error) {
	cr := csv.NewReader(r)
	cr.TrimLeadingSpace = true
	cr.FieldsPerRecord = -1 // checked against the header below, with a clearer message
	header, err := cr.Read()
	if err == io.EOF {
		return nil, Errors{{Path: path, Msg: "the file is empty; the first row names the columns: " + columnList()}}
	}
	if err != nil {
		return nil, Errors{csvError(path, err)}
	}
	cols, errs := readHeader(path, cr, header)
	if len(errs) > 0 {
		return nil, errs
	}
	var labels []Label
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, csvError(path, err))
			if _, ok := err.(*csv.ParseError); ok {
				continue
			}
			break
		}
		l, rowErrs := readRow(path, cr, cols, header, rec)
		errs = append(errs, rowErrs...)
		if len(rowErrs) == 0 {
			labels = append(labels, l)
		}
	}
	if len(labels) == 0 && len(errs) == 0 {
		errs = append(errs, &Error{Path: path, Msg: "no rows below the header; add one row per rated transcript"})
	}
	if len(errs) > 0 {
		return labels, errs
	}
	return labels, nil
}

// columns maps each known column to its index in a row (-1 when absent).
type columns struct {
	transcript, scenario int
	dims                 map[scoring.Dimension]int
}

func columnList() string {
	names := []string{ColTranscript, ColScenario + " (optional)"}
	for _, d := range scoring.Dimensions {
		names = append(names, string(d))
	}
	return strings.Join(names, ", ")
}

func readHeader(path string, cr *csv.Reader, header []string) (columns, Errors) {
	c := columns{transcript: -1, scenario: -1, dims: map[scoring.Dimension]int{}}
	var errs Errors
	seen := map[string]bool{}
	for i, name := range header {
		key := strings.ToLower(strings.TrimSpace(name))
		pos := fieldPos(cr, i)
		if seen[key] {
			errs = append(errs, &Error{path, pos, fmt.Sprintf("column %q appears twice", key)})
			continue
		}
		seen[key] = true
		switch {
		case key == ColTranscript:
			c.transcript = i
		case key == ColScenario:
			c.scenario = i
		case isDimension(key):
			c.dims[scoring.Dimension(key)] = i
		default:
			errs = append(errs, &Error{path, pos, fmt.Sprintf("unknown column %q; the columns are %s", name, columnList())})
		}
	}
	var missing []string
	if c.transcript < 0 {
		missing = append(missing, ColTranscript)
	}
	for _, d := range scoring.Dimensions {
		if _, ok := c.dims[d]; !ok {
			missing = append(missing, string(d))
		}
	}
	if len(missing) > 0 {
		errs = append(errs, &Error{Path: path, Pos: Pos{Line: 1}, Msg: "the header has no " + strings.Join(missing, ", ") + " column"})
	}
	return c, errs
}

func isDimension(s string) bool {
	for _, d := range scoring.Dimensions {
		if string(d) == s {
			return true
		}
	}
	return false
}

func readRow(path string, cr *csv.Reader, c columns, header, rec []string) (Label, Errors) {
	line, _ := cr.FieldPos(0)
	l := Label{Line: line, Ratings: map[scoring.Dimension]Rating{}}
	if len(rec) != len(header) {
		return l, Errors{{path, Pos{Line: line}, fmt.Sprintf("the row has %d fields, but the header names %d columns", len(rec), len(header))}}
	}
	var errs Errors
	l.Transcript = strings.TrimSpace(rec[c.transcript])
	l.TranscriptPos = fieldPos(cr, c.transcript)
	if l.Transcript == "" {
		errs = append(errs, &Error{path, l.TranscriptPos, "the transcript path is empty"})
	}
	if c.scenario >= 0 {
		l.Scenario = strings.TrimSpace(rec[c.scenario])
		l.ScenarioPos = fieldPos(cr, c.scenario)
	}
	for _, d := range scoring.Dimensions {
		i := c.dims[d]
		cell := strings.TrimSpace(rec[i])
		if cell == "" {
			continue
		}
		pos := fieldPos(cr, i)
		v, err := strconv.ParseFloat(cell, 64)
		if err != nil || v != v { // v != v rejects NaN
			errs = append(errs, &Error{path, pos, fmt.Sprintf("the %s rating %q is not a number", d, cell)})
			continue
		}
		l.Ratings[d] = Rating{Value: v, Pos: pos}
	}
	return l, errs
}

func fieldPos(cr *csv.Reader, i int) Pos {
	line, col := cr.FieldPos(i)
	return Pos{line, col}
}

func csvError(path string, err error) *Error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &Error{path, Pos{pe.Line, pe.Column}, pe.Err.Error()}
	}
	return &Error{Path: path, Msg: err.Error()}
}

// CheckScale decides the scale of the labels (detecting it when s is 0) and
// reports every rating outside it.
func CheckScale(path string, labels []Label, s Scale) (Scale, error) {
	if s == 0 {
		var all []float64
		for _, l := range labels {
			for _, r := range l.Ratings {
				all = append(all, r.Value)
			}
		}
		s = DetectScale(all)
	}
	var errs Errors
	for _, l := range labels {
		for _, d := range scoring.Dimensions {
			if r, ok := l.Ratings[d]; ok && !s.Valid(r.Value) {
				errs = append(errs, &Error{path, r.Pos, fmt.Sprintf("the %s rating %v is outside the %s scale; ratings run %s", d, r.Value, s, s.Range())})
			}
		}
	}
	if len(errs) > 0 {
		return s, errs
	}
	return s, nil
}
