package sim

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// apologyScripts are agents who only ever apologise, in several wordings and paces.
var apologyScripts = [][]string{
	{"I'm sorry."},
	{"I'm so sorry about this.", "I apologize for the trouble.", "Sorry, truly sorry."},
	{"+2m We apologise, that must be frustrating.", "+10s I'm really sorry."},
	{"I'm sorry, that must be awful for you. I'm sorry. I'm sorry."},
}

// actingTexts are what an agent acting within authority might say with the action,
// from good to clumsy: acting must carry the session even when the words are weak.
var actingTexts = []string{
	"",
	"I'm sorry, that was our mistake.",
	"I can fix that right now.",
	"Let me take care of this for you.",
	"Per our policy, I'll see what I can do.",
	"Sorry, sorry, so sorry about this.",
	"The courier caused this, not us, but here you go.",
}

// actingWaits are how long the agent takes before each acting turn.
var actingWaits = []time.Duration{5 * time.Second, 45 * time.Second, 2 * time.Minute}

// TestOnlyApologisingNeverResolves: over every built-in scenario and every apology
// script, the customer never accepts and hangs up once patience runs out.
func TestOnlyApologisingNeverResolves(t *testing.T) {
	for _, sc := range builtins(t) {
		for i, script := range apologyScripts {
			t.Run(fmt.Sprintf("%s/script%d", sc.ID, i), func(t *testing.T) {
				s := play(t, sc, repeatLines(t, script, 3*sc.Customer.Mood.Patience+3), Options{})
				if s.Ending() != HungUp {
					t.Fatalf("ending %q after %d turns, want %q; trace %+v", s.Ending(), s.Turns(), HungUp, s.Trace())
				}
				if agentTurns := len(s.Trace()); agentTurns > sc.Customer.Mood.Patience {
					t.Errorf("customer with patience %d stayed %d turns", sc.Customer.Mood.Patience, agentTurns)
				}
			})
		}
	}
}

// TestActingWithinAuthorityResolvesEasyScenarios: on every difficulty-1 scenario,
// an agent who gives what the customer wants and a fair remedy from the card in the
// first two turns satisfies the customer, whatever they say with it and in either
// order, and the closing turn after it resolves the session.
func TestActingWithinAuthorityResolvesEasyScenarios(t *testing.T) {
	easy := 0
	for _, sc := range builtins(t) {
		if sc.Difficulty != 1 {
			continue
		}
		easy++
		plan := fairPlan(sc)
		if len(plan) == 0 || len(plan) > 2 {
			t.Fatalf("%s: difficulty 1 but no fair remedy in two actions from its card (plan %+v)", sc.ID, plan)
		}
		for _, order := range orders(plan) {
			for _, text := range actingTexts {
				for _, wait := range actingWaits {
					t.Run(fmt.Sprintf("%s/%s/%s/%q", sc.ID, kinds(order), wait, text), func(t *testing.T) {
						var script []agentLine
						for _, a := range order {
							script = append(script, agentLine{wait: wait, text: text, action: &a})
						}
						script = append(script, lines(t, "That's everything; it shows within 3 days.")...)
						s := play(t, sc, script, Options{})
						trace := s.Trace()
						if s.Ending() != Resolved || len(trace) > 3 || trace[len(trace)-2].Beat != "on_accepted" {
							t.Fatalf("ending %q after %d turns, want accepted, then resolved by the closing turn; trace %+v", s.Ending(), len(trace), trace)
						}
					})
				}
			}
		}
	}
	if easy == 0 {
		t.Fatal("the built-in library has no difficulty-1 scenario")
	}
}

// TestPatienceZeroHangsUp: a customer whose patience reaches 0 hangs up on that turn.
func TestPatienceZeroHangsUp(t *testing.T) {
	for _, sc := range builtins(t) {
		t.Run(sc.ID, func(t *testing.T) {
			s := play(t, sc, repeatLines(t, []string{"+5s Okay.", "+5s Right.", "+5s I see."}, 100), Options{})
			trace := s.Trace()
			last := trace[len(trace)-1]
			if s.Ending() != HungUp || last.State.Patience != 0 || last.Beat != sc.ResolveBeat("on_hang_up") {
				t.Fatalf("ending %q, last step %+v; want hung-up at patience 0", s.Ending(), last)
			}
			if len(trace) != sc.Customer.Mood.Patience {
				t.Errorf("hung up after %d turns, want %d (one patience a turn)", len(trace), sc.Customer.Mood.Patience)
			}
		})
	}
}

// mixedScript exercises most reactions: words, a refused action, an allowed one, waits.
func mixedScript(t *testing.T, sc *scenarios.Scenario) []agentLine {
	plan := fairPlan(sc)
	script := lines(t, "I'm sorry, we got this wrong.", "+3m I'll see what I can do.", "/dance 5 Here you go.")
	if len(plan) > 0 {
		a := plan[0]
		script = append(script, agentLine{wait: 15 * time.Second, text: "Done.", action: &a})
	}
	return append(script, lines(t, "Is there anything else?", "Okay.")...)
}

// TestReplayRebuildsSameTrace: replaying a session's transcript gives the same
// state trace, state and ending on every built-in scenario.
func TestReplayRebuildsSameTrace(t *testing.T) {
	for _, sc := range builtins(t) {
		t.Run(sc.ID, func(t *testing.T) {
			s := play(t, sc, mixedScript(t, sc), Options{})
			again := play(t, sc, mixedScript(t, sc), Options{})
			if diff := cmp.Diff(s.Transcript(), again.Transcript()); diff != "" {
				t.Fatalf("two runs of one script differ (-first +second):\n%s", diff)
			}
			r, err := Replay(sc, s.Transcript(), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(s.Trace(), r.Trace()); diff != "" {
				t.Errorf("replayed trace differs (-played +replayed):\n%s", diff)
			}
			if r.State() != s.State() || r.Ending() != s.Ending() || r.Turns() != s.Turns() {
				t.Errorf("replay: state %+v ending %q turns %d, want %+v %q %d", r.State(), r.Ending(), r.Turns(), s.State(), s.Ending(), s.Turns())
			}
		})
	}
}

// TestForkKeepsPrefixAndOriginal: a fork holds the original's first turns, replays
// them to the same state, and playing on in the fork leaves the original untouched.
func TestForkKeepsPrefixAndOriginal(t *testing.T) {
	sc := builtin(t, "late-delivery-anniversary")
	s := play(t, sc, lines(t, "I'm sorry.", "I'll see what I can do.", "Okay."), Options{})
	before := s.Transcript()
	fork, err := s.Fork(3)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before.Turns[:3], fork.Transcript().Turns); diff != "" {
		t.Fatalf("fork prefix differs (-original +fork):\n%s", diff)
	}
	if got, want := fork.State(), s.Trace()[0].State; got != want {
		t.Errorf("fork state %+v, want the state after turn 1 %+v", got, want)
	}
	if _, err := fork.Submit(t.Context(), "That was our mistake.", &scoring.Action{Kind: "refund", Amount: 20}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, s.Transcript()); diff != "" {
		t.Errorf("original changed after playing the fork (-before +after):\n%s", diff)
	}
	if fork.Transcript().Turns[3].Action.Amount != 20 || s.Turns() != len(before.Turns) {
		t.Errorf("fork turn 3 %+v, original turns %d", fork.Transcript().Turns[3], s.Turns())
	}
}

// repeatLines cycles a script up to n lines.
func repeatLines(t *testing.T, script []string, n int) []agentLine {
	base := lines(t, script...)
	out := make([]agentLine, n)
	for i := range out {
		out[i] = base[i%len(base)]
	}
	return out
}

// fairPlan is one way to resolve from the card: each wanted action kind, then money
// until the remedy reaches the fair floor. It returns nil when the card cannot.
func fairPlan(sc *scenarios.Scenario) []scoring.Action {
	var plan []scoring.Action
	value := 0.0
	spent := map[string]float64{}
	for _, k := range KeyWants(sc) {
		card, _ := sc.AuthorityFor(k)
		a := scoring.Action{Kind: k}
		if scenarios.IsMoney(k) {
			a.Amount = min(card.Max, max(sc.FairFloor(), 1))
			spent[k] = a.Amount
			value += a.Amount
		} else {
			value += card.Value
		}
		plan = append(plan, a)
	}
	for _, card := range sc.Authority {
		if value >= sc.FairFloor() {
			break
		}
		if scenarios.IsMoney(card.Kind) && spent[card.Kind] == 0 {
			a := scoring.Action{Kind: card.Kind, Amount: min(card.Max, sc.FairFloor()-value)}
			plan = append(plan, a)
			value += a.Amount
		}
	}
	if value < sc.FairFloor() {
		return nil
	}
	return plan
}

// orders returns the plan as given and, for two actions, reversed.
func orders(plan []scoring.Action) [][]scoring.Action {
	if len(plan) < 2 {
		return [][]scoring.Action{plan}
	}
	return [][]scoring.Action{plan, {plan[1], plan[0]}}
}

func kinds(plan []scoring.Action) string {
	s := ""
	for i, a := range plan {
		if i > 0 {
			s += "+"
		}
		s += a.Kind
	}
	return s
}

// TestScriptedLinesNeverRepeatBackToBack: over every built-in scenario, whatever
// the agent keeps doing, the customer never says the same line twice in a row.
func TestScriptedLinesNeverRepeatBackToBack(t *testing.T) {
	scripts := [][]string{
		{"+5s Okay.", "+5s Right.", "+5s I see."},
		apologyScripts[1],
		{"I'll see what I can do.", "Maybe, I'm not sure.", "Per our policy we can't."},
	}
	for _, sc := range builtins(t) {
		for i, script := range scripts {
			s := play(t, sc, repeatLines(t, script, 20), Options{})
			turns := s.Transcript().Turns
			last := ""
			for n, turn := range turns {
				if turn.Role != scoring.RoleCustomer {
					continue
				}
				if turn.Text == last {
					t.Errorf("%s script %d: turn %d repeats %q", sc.ID, i, n, turn.Text)
				}
				last = turn.Text
			}
		}
	}
}
