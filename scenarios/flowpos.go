package scenarios

import (
	"fmt"
	"strings"
)

// unclosedFlow finds where a flow collection ({…} or […]) that the YAML reader
// says is not closed should have been closed. The reader notices only at the
// next token, often the start of the following line, so its position points
// past the mistake; a trainer needs the line the bracket is missing from.
// It scans the text before the reader's position (line and col, 1-based),
// ignoring quoted strings and comments, and returns the end of the last line
// with content inside the innermost unclosed bracket, the bracket's own
// position, and the closer it needs. ok is false when every bracket closes.
func unclosedFlow(data []byte, line, col int) (atLine, atCol, openLine, openCol int, closer byte, ok bool) {
	type opener struct {
		line, col int
		ch        byte
	}
	var stack []opener
	lines := strings.Split(string(data), "\n")
	lastLine, lastCol := 0, 0
	for i := 0; i < len(lines) && i < line; i++ {
		text := lines[i]
		end := len(text)
		if i == line-1 {
			end = min(max(col-1, 0), len(text))
		}
		end = min(end, CommentStart(text)) // the rest of the line is a comment
		unquoted(text[:end], func(j int, c byte) bool {
			switch {
			case c == '{' || c == '[':
				stack = append(stack, opener{i + 1, j + 1, c})
			case (c == '}' || c == ']') && len(stack) > 0:
				stack = stack[:len(stack)-1]
			}
			return true
		})
		if content := strings.TrimRight(text[:end], " \t\r"); content != "" && len(stack) > 0 {
			lastLine, lastCol = i+1, len(content)+1
		}
	}
	if len(stack) == 0 || lastLine == 0 {
		return 0, 0, 0, 0, 0, false
	}
	top := stack[len(stack)-1]
	closer = '}'
	if top.ch == '[' {
		closer = ']'
	}
	return lastLine, lastCol, top.line, top.col, closer, true
}

// flowDiagnostic rewrites a "',' or '}' must be specified" error to point at
// the place the closing bracket is missing.
func flowDiagnostic(d Diagnostic, data []byte) Diagnostic {
	if !strings.Contains(d.Msg, "must be specified") || d.Line == 0 {
		return d
	}
	line, col, openLine, openCol, closer, ok := unclosedFlow(data, d.Line, d.Col)
	if !ok {
		return d
	}
	kind := "mapping"
	if closer == ']' {
		kind = "list"
	}
	d.Line, d.Col = line, col
	d.Msg = fmt.Sprintf("YAML syntax error: the %s opened at line %d, column %d is not closed; add '%c' here",
		kind, openLine, openCol, closer)
	return d
}
