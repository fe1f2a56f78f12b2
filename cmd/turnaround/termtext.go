package main

import (
	"fmt"
	"strings"
	"unicode"
)

// termSafe makes text that came from data (a scenario title, a trainee's name, a
// customer's line, a file name) safe to print on a terminal. Control characters
// (ESC, which starts sequences that can retitle the window or move the cursor;
// carriage return; tab, which breaks column alignment) and the bidirectional
// controls (which make text read in another order than it is stored) are written
// as visible escapes such as \x1b and \u202e. Everything else, including every
// printable script and emoji, is left as it is.
func termSafe(s string) string {
	if strings.IndexFunc(s, needsEscape) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !needsEscape(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

// needsEscape reports control characters (C0, DEL, C1) and bidi controls.
func needsEscape(r rune) bool {
	if unicode.IsControl(r) {
		return true
	}
	switch {
	case r == '\u061c', r == '\u200e', r == '\u200f': // ALM, LRM, RLM
		return true
	case r >= '\u202a' && r <= '\u202e': // LRE, RLE, PDF, LRO, RLO
		return true
	case r >= '\u2066' && r <= '\u2069': // LRI, RLI, FSI, PDI
		return true
	}
	return false
}

// termSafeLines is termSafe for a message of several lines (a list of scenario
// problems): the line breaks between them stay, everything else is escaped.
func termSafeLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = termSafe(l)
	}
	return strings.Join(lines, "\n")
}
