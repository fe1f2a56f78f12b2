package scenarios

// CommentStart returns where a YAML comment begins in line: the first '#'
// outside single or double quotes that opens the line or follows a space or
// a tab, as the YAML reader takes it. It returns len(line) when the line has
// no comment. The scenario diagnostics and the Author form's in-place edits
// both need to tell a value from its comment, and must agree on where one ends.
func CommentStart(line string) int {
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
		case c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
			return i
		}
	}
	return len(line)
}
