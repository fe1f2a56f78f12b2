package scenarios

import (
	"math"
	"strconv"
)

// Money writes an amount without trailing zeros, followed by its currency when
// there is one: "25 USD", "12.5 EUR", "40". An amount no card could hold (below
// a cent, a trillion or more, not a number) is written short, as "1e-300".
func Money(v float64, currency string) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if a := math.Abs(v); v != 0 && (a < MinorUnit || a >= maxAmount || math.IsNaN(v)) {
		s = strconv.FormatFloat(v, 'g', -1, 64)
	}
	if currency != "" {
		s += " " + currency
	}
	return s
}

// Limits words what bounds an authority line, in the order a card shows it:
// "up to 25 USD", "to delivery specialist", "within 24h". The note is left out
// so each screen can set it apart in its own way.
func (a Authority) Limits() []string {
	var parts []string
	if a.Max > 0 {
		parts = append(parts, "up to "+Money(a.Max, a.Currency))
	}
	if a.To != "" {
		parts = append(parts, "to "+a.To)
	}
	if a.Within != "" {
		parts = append(parts, "within "+a.Within)
	}
	return parts
}
