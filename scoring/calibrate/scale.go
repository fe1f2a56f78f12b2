package calibrate

import (
	"fmt"
	"math"
)

// Scale is the range a trainer's ratings are on.
type Scale int

// The two scales a labels file may use. Grader scores are always on Scale100.
const (
	// Scale100 is 0 to 100, the grader's own scale.
	Scale100 Scale = 100
	// Scale5 is 1 to 5, the usual trainer's rubric.
	Scale5 Scale = 5
)

// Bins is how many categories κ compares.
const Bins = 5

// String names the scale the way reports print it.
func (s Scale) String() string {
	if s == Scale5 {
		return "1–5"
	}
	return "0–100"
}

// Valid says whether v is a rating on the scale.
func (s Scale) Valid(v float64) bool {
	if s == Scale5 {
		return v >= 1 && v <= 5
	}
	return v >= 0 && v <= 100
}

// Range describes the valid ratings, for error messages.
func (s Scale) Range() string {
	if s == Scale5 {
		return "from 1 to 5"
	}
	return "from 0 to 100"
}

// DetectScale picks the scale of a set of ratings: 1–5 when every rating lies
// in 1..5, otherwise 0–100. A 0–100 file whose ratings all happen to fall in
// 1..5 would be misread, so a caller with such a file passes the scale
// explicitly.
func DetectScale(ratings []float64) Scale {
	for _, v := range ratings {
		if !Scale5.Valid(v) {
			return Scale100
		}
	}
	return Scale5
}

// ParseScale reads "5", "100" or "auto" (returned as 0, meaning detect).
func ParseScale(s string) (Scale, error) {
	switch s {
	case "5", "1-5":
		return Scale5, nil
	case "100", "0-100":
		return Scale100, nil
	case "", "auto":
		return 0, nil
	}
	return 0, fmt.Errorf("the scale is 5, 100 or auto, not %q", s)
}

// Bin puts a rating into one of five categories, 1 (worst) to 5 (best).
//
// On the 0–100 scale the bins are equal fifths: 0–19, 20–39, 40–59, 60–79 and
// 80–100 (a fractional rating falls in the bin of its whole part, so 19.9 is in
// the first). On the 1–5 scale a rating is its own bin, halves rounding up (2.5
// is bin 3). The two agree at the points a trainer would expect: 1/5 sits with
// 0–19 and 5/5 with 80–100.
func (s Scale) Bin(v float64) int {
	if s == Scale5 {
		return clampBin(int(math.Floor(v + 0.5)))
	}
	return clampBin(int(math.Floor(v/20)) + 1)
}

func clampBin(b int) int {
	return min(max(b, 1), Bins)
}

// To100 puts a rating on the grader's 0–100 scale so the two can be compared
// point for point: on the 1–5 scale, 1 is 0, 3 is 50 and 5 is 100.
func (s Scale) To100(v float64) float64 {
	if s == Scale5 {
		return (v - 1) * 25
	}
	return v
}
