package scenarios

import (
	"math"
	"testing"
)

// cardFixture is the anniversary scenario's card: refund 25 USD, credit 15 USD,
// escalate, and a follow-up worth 2.
func cardFixture(repeat bool) *Scenario {
	return &Scenario{
		Failure:    Failure{Severity: 3, Repeat: repeat},
		FairRemedy: Range{Min: 12, Max: 40},
		Authority: []Authority{
			{Kind: "refund", Max: 25, Currency: "USD"},
			{Kind: "credit", Max: 15, Currency: "USD"},
			{Kind: "escalate", To: "delivery specialist", Within: "24h"},
			{Kind: "follow-up", Value: 2},
		},
	}
}

func TestRefusalMessages(t *testing.T) {
	sc := cardFixture(false)
	given := NewLedger(sc)
	if _, why := given.Give(Grant{Kind: "refund", Amount: 20, Currency: "USD"}); why != "" {
		t.Fatal(why)
	}
	tests := []struct {
		name   string
		ledger *Ledger
		grant  Grant
		want   string
	}{
		{"within the ceiling", NewLedger(sc), Grant{"refund", 25, "USD"}, ""},
		{"currency left out is the card's", NewLedger(sc), Grant{"refund", 25, ""}, ""},
		{"currency in lower case", NewLedger(sc), Grant{"refund", 25, "usd"}, ""},
		{"above the ceiling", NewLedger(sc), Grant{"refund", 60, "USD"}, "refund of 60 USD refused: your ceiling is 25 USD"},
		{"total above the ceiling", given, Grant{"refund", 10, "USD"}, "refund of 10 USD refused: 20 USD already given and your ceiling is 25 USD"},
		{"other currency", NewLedger(sc), Grant{"refund", 25, "EUR"}, "refund of 25 EUR refused: your refund ceiling is in USD"},
		{"zero amount", NewLedger(sc), Grant{"credit", 0, "USD"}, "credit of 0 USD refused: the amount 0 is not above 0"},
		{"not on the card", NewLedger(sc), Grant{Kind: "replacement"}, "replacement refused: it is not on your authority card (you may refund, credit, escalate, follow-up)"},
		{"non-money on the card", NewLedger(sc), Grant{Kind: "follow-up"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.ledger.Refusal(tt.grant); got != tt.want {
				t.Errorf("Refusal = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAmountProblemRefusesNonMoney: NaN, ±Inf, amounts below a cent, negative and
// over-precise amounts are not money; each says why in words.
func TestAmountProblemRefusesNonMoney(t *testing.T) {
	tests := []struct {
		v    float64
		want string
	}{
		{math.NaN(), "the amount NaN is not a number"},
		{math.Inf(1), "the amount +Inf is not a number"},
		{math.Inf(-1), "the amount -Inf is not a number"},
		{1e-300, "the amount 1e-300 is below 0.01, the smallest amount of money"},
		{-5, "the amount -5 is not above 0"},
		{0, "the amount 0 is not above 0"},
		{0.005, "the amount 0.005 is below 0.01, the smallest amount of money"},
		{12.345, "the amount 12.345 has more than 2 decimal places"},
		{1e300, "the amount 1e+300 is too large to be money"},
		{1e12 + 1, "the amount 1.000000000001e+12 is too large to be money"},
		{0.01, ""},
		{0.1, ""},
		{25, ""},
		{19.99, ""},
	}
	for _, tt := range tests {
		got := AmountProblem(tt.v)
		if got != tt.want {
			t.Errorf("AmountProblem(%v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

// TestLedgerRefusesTinyRefund: a refund of 1e-300 is refused, gives nothing and
// does not count as an action given.
func TestLedgerRefusesTinyRefund(t *testing.T) {
	l := NewLedger(cardFixture(false))
	worth, why := l.Give(Grant{"refund", 1e-300, "USD"})
	if why == "" || worth != 0 || l.Value() != 0 || l.Has("refund") {
		t.Errorf("Give(1e-300) = %v, %q; value %v, has refund %v; want refused and nothing given", worth, why, l.Value(), l.Has("refund"))
	}
}

// TestLedgerAddsCentsExactly: 10.1 + 14.9 reaches the 25 ceiling exactly, and a
// further cent is refused.
func TestLedgerAddsCentsExactly(t *testing.T) {
	l := NewLedger(cardFixture(false))
	for _, v := range []float64{10.1, 14.9} {
		if _, why := l.Give(Grant{"refund", v, "USD"}); why != "" {
			t.Fatalf("refund %v refused: %s", v, why)
		}
	}
	if l.Value() != 25 {
		t.Errorf("value %v, want 25", l.Value())
	}
	if why := l.Check(Grant{"refund", 0.01, "USD"}); why != "25 USD already given and your ceiling is 25 USD" {
		t.Errorf("Check(0.01) = %q", why)
	}
}

// TestLedgerCountsNonMoneyOnce: a follow-up is worth the card's value the first time only.
func TestLedgerCountsNonMoneyOnce(t *testing.T) {
	l := NewLedger(cardFixture(false))
	first, _ := l.Give(Grant{Kind: "follow-up"})
	second, _ := l.Give(Grant{Kind: "follow-up"})
	if first != 2 || second != 0 || l.Value() != 2 {
		t.Errorf("follow-up worth %v then %v, value %v; want 2, 0, 2", first, second, l.Value())
	}
	if got := l.Given(); len(got) != 1 || got[0] != "follow-up" {
		t.Errorf("Given = %v", got)
	}
}

func TestReach(t *testing.T) {
	if got := cardFixture(false).Reach(); got != 42 {
		t.Errorf("Reach = %v, want 25 + 15 + 2 = 42", got)
	}
}

// TestFairFloorCappedByCardReach: a repeat failure needs RepeatFloorFactor times
// the fair minimum, but never more than the card can give.
func TestFairFloorCappedByCardReach(t *testing.T) {
	if got := cardFixture(false).FairFloor(); got != 12 {
		t.Errorf("first failure floor %v, want 12", got)
	}
	if got := cardFixture(true).FairFloor(); got != 12*RepeatFloorFactor {
		t.Errorf("repeat floor %v, want %v", got, 12*RepeatFloorFactor)
	}
	sc := cardFixture(true)
	sc.FairRemedy.Min = 40 // lint-clean: 40 <= 42, but 40 × 1.25 = 50 is beyond the card
	if got := sc.FairFloor(); got != 42 {
		t.Errorf("repeat floor %v, want the card's reach 42", got)
	}
	l := NewLedger(sc)
	for _, g := range []Grant{{"refund", 25, "USD"}, {"credit", 15, "USD"}, {Kind: "follow-up"}, {Kind: "escalate"}} {
		l.Give(g)
	}
	if !sc.ReachesFloor(l.Value()) {
		t.Errorf("giving everything on the card (%v) does not reach the floor %v", l.Value(), sc.FairFloor())
	}
}
