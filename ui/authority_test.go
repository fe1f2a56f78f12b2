package ui

import "testing"

// TestAmountFieldRefusesNaNInfAndTinyAmounts: the amount field accepts only what
// the authority card counts as money, with the card's own reason.
func TestAmountFieldRefusesNaNInfAndTinyAmounts(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"NaN", `The amount "NaN" was not sent: the amount NaN is not a number.`},
		{"inf", `The amount "inf" was not sent: the amount +Inf is not a number.`},
		{"-Inf", `The amount "-Inf" was not sent: the amount -Inf is not a number.`},
		{"1e-300", `The amount "1e-300" was not sent: the amount 1e-300 is below 0.01, the smallest amount of money.`},
		{"-5", `The amount "-5" was not sent: the amount -5 is not above 0.`},
		{"12.345", `The amount "12.345" was not sent: the amount 12.345 has more than 2 decimal places.`},
		{"ten", `The amount "ten" is not a positive number.`},
	}
	for _, tt := range tests {
		if v, problem := parseAmount(tt.text, 25); problem != tt.want || v != 0 {
			t.Errorf("parseAmount(%q) = %v, %q\nwant 0, %q", tt.text, v, problem, tt.want)
		}
	}
	if v, problem := parseAmount(" $12.50 ", 25); v != 12.5 || problem != "" {
		t.Errorf("parseAmount($12.50) = %v, %q; want 12.5", v, problem)
	}
	if v, problem := parseAmount("", 25); v != 25 || problem != "" {
		t.Errorf("an empty field = %v, %q; want the ceiling 25", v, problem)
	}
}
