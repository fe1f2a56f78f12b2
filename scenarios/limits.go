package scenarios

import (
	"bytes"
	"fmt"
)

// Limits that keep a hostile or accidental file from exhausting memory. The YAML
// parser's cost grows faster than the file for long mappings and deep nesting (a
// few hundred KiB of "a: 1" lines takes gigabytes), so these are checked before it
// runs. Real scenarios use a small fraction of each: about 100 lines, a few levels.
const (
	maxLines     = 5000
	maxFlowMarks = 20000 // , [ ] { } together
	maxNesting   = 32
)

// checkShape refuses files that are far larger or deeper than any scenario.
func checkShape(path string, data []byte) (Diagnostic, bool) {
	if lines := countLines(data); lines > maxLines {
		return Diagnostic{Path: path, Msg: fmt.Sprintf("file has %d lines; a scenario file may have at most %d", lines, maxLines)}, false
	}
	marks, depth, line, col := 0, leadingDashes(data), 1, 0
	for i, c := range data {
		col++
		switch c {
		case '\n':
			// Counting restarts on each line: a bracket in a customer's prose must not
			// add up over a whole file. Nesting across lines is bounded by maxLines.
			line, col = line+1, 0
			depth = leadingDashes(data[i+1:])
		case '[', '{':
			marks++
			depth++
		case ']', '}':
			marks++
			depth = max(depth-1, 0)
		case ',':
			marks++
		}
		if depth > maxNesting {
			return Diagnostic{Path: path, Line: line, Col: max(col, 1), Msg: fmt.Sprintf("lists and mappings nest more than %d levels deep here; a scenario needs only a few", maxNesting)}, false
		}
	}
	if marks > maxFlowMarks {
		return Diagnostic{Path: path, Msg: fmt.Sprintf("file has %d commas and brackets; a scenario file may have at most %d", marks, maxFlowMarks)}, false
	}
	return Diagnostic{}, true
}

// leadingDashes counts "- " sequence markers at the start of a line ("- - - x"),
// which nest lists without brackets.
func leadingDashes(rest []byte) int {
	n := 0
	for {
		rest = bytes.TrimLeft(rest, " ")
		if len(rest) < 2 || rest[0] != '-' || rest[1] != ' ' {
			return n
		}
		n++
		rest = rest[2:]
	}
}

// countLines counts lines the way an editor numbers them: a final newline does not
// start another line.
func countLines(data []byte) int {
	n := bytes.Count(data, []byte("\n"))
	if len(data) > 0 && data[len(data)-1] != '\n' {
		n++
	}
	return n
}
