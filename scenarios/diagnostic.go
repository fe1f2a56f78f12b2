package scenarios

import (
	"errors"
	"sort"
	"strconv"
	"strings"
)

// ErrNotFound is returned (wrapped, with the id or path) when a scenario does not exist.
var ErrNotFound = errors.New("scenario not found")

// ErrInvalid is what errors.Is reports for any scenario that fails to parse or validate;
// Diagnostics match it, so callers can tell a broken file from a missing one.
var ErrInvalid = errors.New("invalid scenario")

// Diagnostic is one problem in a scenario file, with the position a trainer needs
// to find it. Line and Col are 1-based; 0 means the problem has no position
// (for example a file that is too large to read).
type Diagnostic struct {
	Path string
	Line int
	Col  int
	Msg  string
}

// String formats the diagnostic the way compilers do, "path:line:col: msg",
// so editors can jump to it. The position is left out when it is unknown.
func (d Diagnostic) String() string {
	var b strings.Builder
	b.WriteString(d.Path)
	if d.Line > 0 {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(d.Line))
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(d.Col))
	}
	b.WriteString(": ")
	b.WriteString(d.Msg)
	return b.String()
}

// Diagnostics is a list of problems; it is an error whose text is one problem per line.
type Diagnostics []Diagnostic

// Error joins the diagnostics, one per line.
func (ds Diagnostics) Error() string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}

// Is makes errors.Is(ds, ErrInvalid) true: a list of problems means the input is invalid.
func (ds Diagnostics) Is(target error) bool { return target == ErrInvalid }

// Err returns ds as an error, or nil when there are no problems. Use it instead of
// converting directly, because a nil Diagnostics stored in an error is not a nil error.
func (ds Diagnostics) Err() error {
	if len(ds) == 0 {
		return nil
	}
	return ds
}

// sortByPosition orders diagnostics by path, then line and column, keeping the order
// in which they were found for equal positions; trainers read them top to bottom.
func (ds Diagnostics) sortByPosition() {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}
