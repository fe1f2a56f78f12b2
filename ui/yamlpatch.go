package ui

import (
	"strconv"
	"strings"

	"github.com/turnaround-app/turnaround/scenarios"
)

// setYAMLScalar rewrites the value of the block-style key at path (for example
// ["customer", "name"]) in text, keeping every other byte, comments included, so
// form edits and hand edits live together in one file. It reports false when the
// key is not written in block style, and then the text is unchanged.
func setYAMLScalar(text string, path []string, value string) (string, bool) {
	lines := strings.Split(text, "\n")
	i := keyLine(lines, path)
	if i < 0 {
		return text, false
	}
	lines[i] = replaceValue(lines[i], value)
	return strings.Join(lines, "\n"), true
}

// getYAMLScalar reads the value of the block-style key at path as the form
// shows it: unquoted, without a trailing comment. ok is false when the key is
// not written in block style with a one-line value.
func getYAMLScalar(text string, path []string) (string, bool) {
	lines := strings.Split(text, "\n")
	i := keyLine(lines, path)
	if i < 0 {
		return "", false
	}
	_, rest, _ := strings.Cut(lines[i], ":")
	v := strings.TrimSpace(stripComment(rest))
	switch {
	case v == "" || v == "|" || v == ">" || strings.HasPrefix(v, "|") || strings.HasPrefix(v, ">"):
		return "", false
	case strings.HasPrefix(v, `"`):
		u, err := strconv.Unquote(v)
		return u, err == nil
	case strings.HasPrefix(v, "'") && strings.HasSuffix(v, "'") && len(v) >= 2:
		return strings.ReplaceAll(v[1:len(v)-1], "''", "'"), true
	}
	return v, true
}

// keyLine is the index of the line holding the last key of path, or -1.
func keyLine(lines []string, path []string) int {
	start, end, indent := 0, len(lines), -1
	for depth, key := range path {
		i := findKey(lines[start:end], key, indent)
		if i < 0 {
			return -1
		}
		i += start
		if depth == len(path)-1 {
			return i
		}
		indent = indentOf(lines[i])
		start, end = i+1, blockEnd(lines, i+1, indent)
	}
	return -1
}

// stripComment drops a comment outside quotes, after a space or a tab.
func stripComment(s string) string { return s[:scenarios.CommentStart(s)] }

// findKey finds "key:" among lines at the shallowest indent deeper than parent.
func findKey(lines []string, key string, parent int) int {
	want := -1
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		in := indentOf(l)
		if want < 0 {
			want = in
		}
		if in == want && in > parent && (strings.HasPrefix(t, key+":")) {
			return i
		}
	}
	return -1
}

func blockEnd(lines []string, from, indent int) int {
	for i := from; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t != "" && !strings.HasPrefix(t, "#") && indentOf(lines[i]) <= indent {
			return i
		}
	}
	return len(lines)
}

func indentOf(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }

// replaceValue keeps "  key:" and any trailing comment, swapping the value between.
func replaceValue(line, value string) string {
	colon := strings.Index(line, ":")
	head, rest := line[:colon+1], line[colon+1:]
	comment := ""
	if i := scenarios.CommentStart(rest); i < len(rest) {
		comment = rest[len(strings.TrimRight(rest[:i], " \t")):] // with the blanks before it
	}
	return head + " " + yamlScalar(value) + comment
}

// yamlScalar quotes a value when plain YAML would read it differently.
func yamlScalar(v string) string {
	if v == "" {
		return `""`
	}
	if _, err := strconv.ParseFloat(v, 64); err == nil {
		return v
	}
	if strings.ContainsAny(v, ":#{}[],&*!|>'\"%@`") || strings.TrimSpace(v) != v {
		return strconv.Quote(v)
	}
	switch strings.ToLower(v) {
	case "true", "false", "yes", "no", "null", "~", "on", "off":
		return strconv.Quote(v)
	}
	return v
}
