package scenarios

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// This file is the authority card's arithmetic, in one place: whether an action
// is allowed and why not, what the card can give in total, the fair floor, how
// currencies match and which amounts are money at all. The simulator refuses,
// the score credits and the linter checks with these functions, so the three can
// never disagree about what a trainee gave.

// RepeatFloorFactor is how much more than a first failure's fair minimum a repeat
// failure needs: trust broken twice costs more to rebuild.
const RepeatFloorFactor = 1.25

// MinorUnit is the smallest amount of money an action can give (one cent), and
// MaxDecimals how many decimal places an amount may have.
const (
	MinorUnit   = 0.01
	MaxDecimals = 2
)

// centsPerUnit converts amounts to whole minor units, so sums are exact;
// maxAmount keeps the minor units of any sum of amounts well inside an int64.
const (
	centsPerUnit = 100
	maxAmount    = 1e12
)

// IsMoney reports whether an action kind gives money (it has an amount and a ceiling).
func IsMoney(kind string) bool {
	return slices.Contains(MoneyActions, kind)
}

// AmountProblem says in one clause why v is not an amount of money an action can
// give ("" when it is): it must be a finite number above 0, at least MinorUnit,
// with at most MaxDecimals decimal places.
func AmountProblem(v float64) string {
	n := Money(v, "")
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return fmt.Sprintf("the amount %s is not a number", n)
	case v <= 0:
		return fmt.Sprintf("the amount %s is not above 0", n)
	case v < MinorUnit:
		return fmt.Sprintf("the amount %s is below %s, the smallest amount of money", n, formatNumber(MinorUnit))
	case v > maxAmount:
		return fmt.Sprintf("the amount %s is too large to be money", n)
	case !wholeCents(v):
		return fmt.Sprintf("the amount %s has more than %d decimal places", n, MaxDecimals)
	}
	return ""
}

// wholeCents reports whether v is a whole number of minor units, allowing for the
// binary rounding of decimals such as 0.1.
func wholeCents(v float64) bool {
	c := v * centsPerUnit
	return math.Abs(c-math.Round(c)) <= 1e-6*math.Max(1, math.Abs(c))
}

// toCents converts a valid amount to whole minor units.
func toCents(v float64) int64 {
	return int64(math.Round(v * centsPerUnit))
}

// SameCurrency reports whether an action's currency matches the card's: equal
// ignoring case, or either left empty (an action without a currency is in the
// card's, and a card without one takes any).
func SameCurrency(action, card string) bool {
	return action == "" || card == "" || strings.EqualFold(action, card)
}

// Reach is the most value the authority card can give in one session: every money
// ceiling plus the value of every other action.
func (s *Scenario) Reach() float64 {
	var total float64
	for _, a := range s.Authority {
		total += worth(a)
	}
	return total
}

// worth is what one card line can give at most: a money ceiling or a value.
func worth(a Authority) float64 {
	if IsMoney(a.Kind) {
		return max(a.Max, 0)
	}
	return max(a.Value, 0)
}

// reach adds up the card as Reach does and names each part that adds something
// ("25 refund"), for the linter's message.
func reach(card []Authority) (float64, []string) {
	var total float64
	var parts []string
	for _, a := range card {
		if amount := worth(a); amount > 0 {
			total += amount
			parts = append(parts, formatNumber(amount)+" "+a.Kind)
		}
	}
	return total, parts
}

// FairFloor is the least remedy value that is fair for this scenario:
// fair_remedy.min, RepeatFloorFactor times that after a repeat failure, but never
// more than the card can reach, so giving everything on the card is always fair.
func (s *Scenario) FairFloor() float64 {
	floor := s.FairRemedy.Min
	if s.Failure.Repeat {
		floor *= RepeatFloorFactor
	}
	return min(floor, s.Reach())
}

// ReachesFloor reports whether a remedy value is at least the fair floor,
// allowing for the rounding of the floor itself.
func (s *Scenario) ReachesFloor(value float64) bool {
	return value >= s.FairFloor()-1e-9
}

// Grant is one action as the card judges it: its kind, and for money its amount
// and currency.
type Grant struct {
	Kind     string
	Amount   float64
	Currency string
}

// String words the grant for a refusal: "refund of 25 USD", "follow-up".
func (g Grant) String() string {
	if !IsMoney(g.Kind) {
		return g.Kind
	}
	return g.Kind + " of " + Money(g.Amount, g.Currency)
}

// Ledger is what a trainee has given in one session, judged against the card:
// money per kind (ceilings hold across the session) and the other kinds, each
// worth the card's value once. The zero value is not usable; call NewLedger.
type Ledger struct {
	sc    *Scenario
	spent map[string]int64 // minor units given per money kind
	given []string         // kinds given, in order, once each
	value int64            // minor units of everything given
}

// NewLedger starts an empty ledger for a scenario's card.
func NewLedger(sc *Scenario) *Ledger {
	return &Ledger{sc: sc, spent: map[string]int64{}}
}

// Check says in one clause why the card refuses g after what was already given
// ("your ceiling is 25 USD"), or returns "" when the card allows it.
func (l *Ledger) Check(g Grant) string {
	card, ok := l.sc.AuthorityFor(g.Kind)
	if !ok {
		return fmt.Sprintf("it is not on your authority card (you may %s)", l.cardKinds())
	}
	if !IsMoney(g.Kind) {
		return ""
	}
	if why := AmountProblem(g.Amount); why != "" {
		return why
	}
	spent, ceiling := l.spent[g.Kind], toCents(card.Max)
	switch {
	case !SameCurrency(g.Currency, card.Currency):
		return fmt.Sprintf("your %s ceiling is in %s", g.Kind, card.Currency)
	case toCents(g.Amount) > ceiling:
		return "your ceiling is " + Money(card.Max, card.Currency)
	case spent+toCents(g.Amount) > ceiling:
		return fmt.Sprintf("%s already given and your ceiling is %s",
			Money(fromCents(spent), card.Currency), Money(card.Max, card.Currency))
	}
	return ""
}

// Refusal is Check as the sentence the simulated system says: "refund of 30 USD
// refused: your ceiling is 25 USD". It returns "" when the card allows g.
func (l *Ledger) Refusal(g Grant) string {
	why := l.Check(g)
	if why == "" {
		return ""
	}
	return g.String() + " refused: " + why
}

// Give records g when the card allows it and returns what it is worth to the
// customer (money at face value, another kind at the card's value the first time);
// when the card refuses it, nothing is recorded and the refusal says why.
func (l *Ledger) Give(g Grant) (worth float64, refusal string) {
	if refusal = l.Refusal(g); refusal != "" {
		return 0, refusal
	}
	card, _ := l.sc.AuthorityFor(g.Kind)
	var cents int64
	switch {
	case IsMoney(g.Kind):
		cents = toCents(g.Amount)
		l.spent[g.Kind] += cents
	case !l.Has(g.Kind):
		cents = toCents(card.Value)
	}
	if !l.Has(g.Kind) {
		l.given = append(l.given, g.Kind)
	}
	l.value += cents
	return fromCents(cents), ""
}

// Value is everything given so far, in the card's currency.
func (l *Ledger) Value() float64 { return fromCents(l.value) }

// Has reports whether an action of this kind was given.
func (l *Ledger) Has(kind string) bool { return slices.Contains(l.given, kind) }

// Given lists the kinds given so far, in the order first given.
func (l *Ledger) Given() []string { return slices.Clone(l.given) }

// Clone copies the ledger, so a caller can try actions without changing it.
func (l *Ledger) Clone() *Ledger {
	c := *l
	c.spent = make(map[string]int64, len(l.spent))
	for k, v := range l.spent {
		c.spent[k] = v
	}
	c.given = slices.Clone(l.given)
	return &c
}

// cardKinds lists the card's action kinds for a refusal.
func (l *Ledger) cardKinds() string {
	kinds := make([]string, len(l.sc.Authority))
	for i, a := range l.sc.Authority {
		kinds[i] = a.Kind
	}
	return strings.Join(kinds, ", ")
}

func fromCents(c int64) float64 { return float64(c) / centsPerUnit }
