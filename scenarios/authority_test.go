package scenarios

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMoney(t *testing.T) {
	for _, tc := range []struct {
		v        float64
		currency string
		want     string
	}{
		{25, "USD", "25 USD"},
		{12.5, "EUR", "12.5 EUR"},
		{40, "", "40"},
		{0.1, "GBP", "0.1 GBP"},
	} {
		if got := Money(tc.v, tc.currency); got != tc.want {
			t.Errorf("Money(%v, %q) = %q, want %q", tc.v, tc.currency, got, tc.want)
		}
	}
}

func TestAuthorityLimits(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    Authority
		want []string
	}{
		{"money ceiling", Authority{Kind: "refund", Max: 25, Currency: "USD", Note: "shipping"}, []string{"up to 25 USD"}},
		{"escalation", Authority{Kind: "escalate", To: "delivery specialist", Within: "24h"}, []string{"to delivery specialist", "within 24h"}},
		{"nothing to bound", Authority{Kind: "follow-up", Value: 2}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.a.Limits()); diff != "" {
				t.Errorf("Limits() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
