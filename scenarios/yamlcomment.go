package scenarios

// CommentStart returns where a YAML comment begins in line: the first '#'
// outside single or double quotes that opens the line or follows a space or
// a tab, as the YAML reader takes it. It returns len(line) when the line has
// no comment. The scenario diagnostics and the Author form's in-place edits
// both need to tell a value from its comment, and must agree on where one ends.
func CommentStart(line string) int {
	return unquoted(line, func(i int, c byte) bool {
		return c != '#' || i > 0 && line[i-1] != ' ' && line[i-1] != '\t'
	})
}

// unquoted calls visit with each byte of line that is outside single or
// double quotes (the quotes themselves excluded), in order, until visit
// returns false, and returns the index it stopped at, or len(line).
func unquoted(line string, visit func(i int, c byte) bool) int {
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case !visit(i, c):
			return i
		}
	}
	return len(line)
}
