package scoring

import (
	"testing"
)

// refund is an agent turn that performs a refund and says so.
func refund(ms int64, text string, amount float64) Turn {
	t := act(ms, "refund", amount)
	t.Text = text
	return t
}

// TestHintAfterEachCostlyRule plays, for each rule practice mode warns about, a
// conversation whose last reply earns it, and checks the one-line hint: the
// rule's title, its cost and its sentence from the rubric table.
func TestHintAfterEachCostlyRule(t *testing.T) {
	opening := cust(0, "My order was supposed to arrive Friday. It came Monday.")
	cases := []struct {
		name  string
		turns []Turn
		rule  string
		text  string
	}{
		{"repeated apology", []Turn{opening,
			agent(8000, "I'm so sorry. I'm refunding the 25 USD shipping fee now."),
			cust(9000, "Fine."),
			refund(15000, "Again, I apologize, that refund is done.", 25)},
			"apology-repeated", "Apologised again, -5 points: Every apology after the first sounds scripted and delays the fix."},
		{"blame", []Turn{opening, agent(8000, "That's the courier's fault.")},
			"blames-customer", `Blamed someone else, -12 points: Blaming the customer, a carrier or "the system" tells them it is not our problem.`},
		{"hedging", []Turn{opening, agent(8000, "I'll see what I can do.")},
			"hedging", `Hedged, -8 points: "I'll see what I can do" leaves the customer guessing.`},
		{"policy", []Turn{opening, agent(8000, "Per our policy, express fees are not refundable.")},
			"hides-behind-policy", "Hid behind policy, -10 points: Quoting policy instead of saying what can be done."},
		{"claim without the action", []Turn{opening, agent(8000, "I have refunded the 25 USD express fee.")},
			"claims-remedy-not-given", "Claimed a remedy not given, -15 points: Saying a remedy was given without performing it: the customer sees nothing and trusts the agent less."},
		{"vague promise", []Turn{opening,
			refund(8000, "I'm refunding the 25 USD express fee now.", 25),
			cust(9000, "And the gift?"),
			agent(15000, "We'll look into it.")},
			"vague-promise", `Vague promise, -6 points: "We'll look into it" is not a next step.`},
		{"asks for a known detail", []Turn{opening, agent(8000, "Can you give me your order number?")},
			"reasks-known-fact", "Asked for a known detail, -10 points: Asking for a detail the case already holds makes the customer repeat themselves."},
		{"the same reply again", []Turn{opening,
			refund(8000, "I'm refunding the 25 USD express fee now.", 25),
			cust(9000, "Okay."),
			agent(15000, "I'm refunding the 25 USD express fee now.")},
			"copy-pasted-turn", "Sent the same reply again, -10 points: Sending the same reply again talks past the customer."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h, ok := HintAfter(conv(c.turns...), fixture(), nil)
			last := len(c.turns) - 1
			if !ok || h.Rule != c.rule || h.Turn != last || h.Text != c.text {
				t.Errorf("hint = %+v, %v\nwant %s at turn %d: %q", h, ok, c.rule, last, c.text)
			}
		})
	}
}

// TestHintAfterNamesTheCostliestCharge: a reply that both hedges (-8) and
// quotes policy (-10) gets the policy hint, whatever the order of CoachRules.
func TestHintAfterNamesTheCostliestCharge(t *testing.T) {
	tr := conv(cust(0, "It came Monday."), agent(8000, "Per our policy that fee stays, but I'll see what I can do."))
	h, ok := HintAfter(tr, fixture(), nil)
	if !ok || h.Rule != "hides-behind-policy" || h.Points != -10 {
		t.Errorf("hint = %+v, %v; want hides-behind-policy at -10", h, ok)
	}
}

// TestHintAfterLeavesOutEndOfSessionRules: after a first reply with no step,
// the report of the conversation so far charges no-concrete-action and
// no-remedy, but the next reply can still earn them back, so no hint says so.
func TestHintAfterLeavesOutEndOfSessionRules(t *testing.T) {
	tr := conv(cust(0, "It came Monday."), agent(8000, "That was our mistake, and you paid for express."))
	rep := mustScore(t, tr, fixture())
	if pointsAt(rep.Dimensions[ActionSpeed].Evidence, "no-concrete-action", 1) == 0 &&
		pointsAt(rep.Dimensions[Fairness].Evidence, "no-remedy", 1) == 0 {
		t.Fatal("the conversation so far is not charged an end-of-session rule; the test covers nothing")
	}
	if h, ok := HintAfter(tr, fixture(), nil); ok {
		t.Errorf("hint after a reply charged only at the end: %+v", h)
	}
}
