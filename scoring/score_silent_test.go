package scoring

import "testing"

// TestSilentSessionScoresBelowAnyAttempt: a session where the agent said
// nothing and did nothing scores below every session with a real attempt,
// however poor: an apology alone, blame alone, a hedge, and every golden.
func TestSilentSessionScoresBelowAnyAttempt(t *testing.T) {
	sc := fixture()
	opening := cust(0, "My order was supposed to arrive Friday. It came Monday.")
	silent := map[string]Transcript{
		"ended at once":            conv(opening),
		"customer left unanswered": conv(opening, cust(20000, "Hello? Is anyone there?")),
		"recorded as abandoned":    {Scenario: "late-delivery-anniversary", Turns: []Turn{opening}, Ending: "abandoned"},
	}
	attempts := map[string]Transcript{
		"apology only":   conv(opening, agent(10000, "I'm sorry.")),
		"blame only":     conv(opening, agent(10000, "You must have entered the wrong address.")),
		"hedge only":     conv(opening, agent(10000, "I'll see what I can do, maybe.")),
		"policy only":    conv(opening, agent(10000, "Our policy says late deliveries are not refunded.")),
		"one word":       conv(opening, agent(10000, "Okay.")),
		"an action only": conv(opening, act(10000, "refund", 5)),
	}
	best := -1
	for name, tr := range silent {
		rep := mustScore(t, tr, sc)
		if p, fired := pointsFor(rep, "silent-session-empathy"); !fired || p >= 0 {
			t.Errorf("%s: silent-session-empathy fired %v with %d points, want a penalty", name, fired, p)
		}
		best = max(best, rep.Total)
	}
	if best != 0 {
		t.Errorf("a silent session totals %d, want 0", best)
	}
	for name, tr := range attempts {
		rep := mustScore(t, tr, sc)
		if _, fired := pointsFor(rep, "silent-session-fairness"); fired {
			t.Errorf("%s: silent-session fired on a real attempt", name)
		}
		if rep.Total <= best {
			t.Errorf("%s totals %d, want above the silent session's %d", name, rep.Total, best)
		}
	}
	for _, g := range loadGoldens(t) {
		if total := mustScore(t, g.tr, g.sc).Total; total <= best {
			t.Errorf("golden %s totals %d, want above the silent session's %d", g.name, total, best)
		}
	}
}
