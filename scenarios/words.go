package scenarios

import (
	"strconv"
	"strings"
)

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// suggest returns `; did you mean "x"?` for the closest known word within two edits,
// or a list of the known words when nothing is close.
func suggest(word string, known []string) string {
	if best := closest(word, known); best != "" {
		return "; did you mean " + strconv.Quote(best) + "?"
	}
	return "; known keys: " + strings.Join(known, ", ")
}

// suggestOrList is suggest for values: a near miss is named, otherwise every allowed value.
func suggestOrList(word string, allowed []string) string {
	if best := closest(word, allowed); best != "" {
		return "; did you mean " + strconv.Quote(best) + "?"
	}
	return "; use one of: " + strings.Join(allowed, ", ")
}

// closest is the known word nearest to word, if it is at most two edits away.
func closest(word string, known []string) string {
	best, bestDist := "", 3
	for _, k := range known {
		if d := editDistance(word, k); d < bestDist {
			best, bestDist = k, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between two short words.
func editDistance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return 99 // long values are never typos of a key; skip the quadratic work
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// formatNumber prints 25 as "25" and 12.5 as "12.5".
func formatNumber(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}

func isBlank(s string) bool {
	return strings.TrimSpace(s) == ""
}
