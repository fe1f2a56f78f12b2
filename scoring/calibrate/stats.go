package calibrate

import (
	"math"
	"sort"
)

// Spearman returns Spearman's rank correlation of x and y: the Pearson
// correlation of their ranks, where tied values share the average of the ranks
// they span. ok is false when the coefficient is undefined: fewer than two
// pairs, lengths that differ, or one side with every value equal.
func Spearman(x, y []float64) (rho float64, ok bool) {
	if len(x) != len(y) || len(x) < 2 {
		return 0, false
	}
	return pearson(ranks(x), ranks(y))
}

// ranks gives each value its 1-based rank, averaging the ranks of ties.
func ranks(v []float64) []float64 {
	order := make([]int, len(v))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return v[order[a]] < v[order[b]] })
	r := make([]float64, len(v))
	for start := 0; start < len(order); {
		end := start + 1
		for end < len(order) && v[order[end]] == v[order[start]] {
			end++
		}
		// Positions start..end-1 hold equal values; ranks are 1-based.
		avg := float64(start+1+end) / 2
		for _, idx := range order[start:end] {
			r[idx] = avg
		}
		start = end
	}
	return r
}

func pearson(x, y []float64) (float64, bool) {
	mx, my := mean(x), mean(y)
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return 0, false
	}
	return sxy / math.Sqrt(sxx*syy), true
}

func mean(v []float64) float64 {
	var s float64
	for _, x := range v {
		s += x
	}
	return s / float64(len(v))
}

// QuadraticKappa returns Cohen's κ for two raters' categories 1..k, weighting a
// disagreement of d categories by d²/(k−1)², so near misses cost little and
// opposite ends cost most. κ is 1 for full agreement, 0 for agreement no better
// than chance given each rater's own spread, and negative below chance. ok is
// false when it is undefined: fewer than two pairs (one pair always agrees
// exactly as often as chance predicts), lengths that differ, a category outside
// 1..k, or chance disagreement of zero (both raters used one and the same
// category throughout).
func QuadraticKappa(a, b []int, k int) (kappa float64, ok bool) {
	n := len(a)
	if n < 2 || n != len(b) || k < 2 {
		return 0, false
	}
	rowTotals, colTotals := make([]float64, k), make([]float64, k)
	var observed float64
	for i := range a {
		if a[i] < 1 || a[i] > k || b[i] < 1 || b[i] > k {
			return 0, false
		}
		observed += weight(a[i]-1, b[i]-1, k)
		rowTotals[a[i]-1]++
		colTotals[b[i]-1]++
	}
	var expected float64
	for i := range k {
		for j := range k {
			expected += weight(i, j, k) * rowTotals[i] * colTotals[j] / float64(n)
		}
	}
	if expected == 0 {
		return 0, false
	}
	return 1 - observed/expected, true
}

func weight(i, j, k int) float64 {
	d := float64(i - j)
	return d * d / float64((k-1)*(k-1))
}
