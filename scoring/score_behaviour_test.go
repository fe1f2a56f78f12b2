package scoring

import (
	"github.com/turnaround-app/turnaround/scenarios"
	"slices"
	"strings"
	"testing"
)

const opening = "My order was supposed to arrive Friday. It came Monday. I had to buy another gift."

// ruleCase says which rule a short conversation must fire, with how many points,
// or that it must not fire (points 0).
type ruleCase struct {
	name   string
	turns  []Turn
	rule   string
	points int
}

func runRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep := mustScore(t, conv(append([]Turn{cust(0, opening)}, tc.turns...)...), fixture())
			got, fired := pointsFor(rep, tc.rule)
			if got != tc.points || (tc.points == 0 && fired) {
				t.Errorf("%s = %d (fired %v), want %d\n%s", tc.rule, got, fired, tc.points, evidenceDump(rep))
			}
		})
	}
}

// evidenceDump lists a report's evidence for failure messages.
func evidenceDump(rep Report) string {
	var b strings.Builder
	for _, d := range Dimensions {
		for _, e := range rep.Dimensions[d].Evidence {
			b.WriteString("  " + string(d) + ": " + e.Rule + " " + e.Quote + "\n")
		}
	}
	return b.String()
}

func TestEmpathyRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"first sincere apology helps", []Turn{agent(10000, "I'm sorry.")}, "first-apology", 8},
		{"every repeat costs", []Turn{agent(10000, "I'm sorry."), agent(20000, "I'm sorry about that."),
			agent(30000, "Sorry again.")}, "apology-repeated", -10},
		{"an apology over two sentences costs", []Turn{agent(10000, "I'm so sorry. I apologize. We are truly sorry.")},
			"apology-too-long", -8},
		{"an over-long first apology earns nothing", []Turn{agent(10000, "I'm so sorry. I apologize. We are truly sorry.")},
			"first-apology", 0},
		{"owning the mistake", []Turn{agent(10000, "That was our mistake.")}, "owns-the-mistake", 12},
		{"owning it twice counts once", []Turn{agent(10000, "That was our mistake."), agent(20000, "It was our mistake.")},
			"owns-the-mistake", 12},
		{"sympathy with no action by the third reply is deflection", []Turn{agent(10000, "I'm sorry."),
			agent(20000, "That must be frustrating."), agent(30000, "I understand how you feel.")}, "empathy-without-progress", -10},
		{"an action by the third reply is not deflection", []Turn{agent(10000, "I'm sorry."),
			agent(20000, "That must be frustrating."), act(30000, "refund", 12)}, "empathy-without-progress", 0},
		{"blame", []Turn{agent(10000, "You should have ordered earlier.")}, "blames-customer", -12},
		{"filler", []Turn{agent(10000, "We value your business.")}, "scripted-filler", -5},
		{"the same empathy line in a third reply is pasted", []Turn{
			agent(10000, "I understand how frustrating this is."), agent(20000, "I understand how frustrating this is. Anything else?"),
			agent(30000, "I understand how frustrating this is. Let me check.")}, "empathy-pasted", -8},
	})
}

func TestActionSpeedRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"action in the first reply at 30 s is early", []Turn{act(30000, "refund", 12)}, "early-concrete-action", 20},
		{"second reply at 90 s is still early", []Turn{agent(40000, "Let me look."), act(90000, "refund", 12)},
			"early-concrete-action", 20},
		{"first reply after 90 s is not early", []Turn{act(120000, "refund", 12)}, "early-concrete-action", 0},
		{"third reply within 90 s is not early", []Turn{agent(10000, "Hello."), agent(20000, "Let me look."),
			act(30000, "refund", 12)}, "early-concrete-action", 0},
		{"after five minutes is late", []Turn{agent(10000, "Hello."), act(400000, "refund", 12)}, "late-first-action", -15},
		{"after the fourth reply is late", []Turn{agent(10000, "Hello."), agent(20000, "Hmm."), agent(30000, "Okay."),
			agent(40000, "Right."), act(50000, "refund", 12)}, "late-first-action", -15},
		{"nothing concrete at all", []Turn{agent(10000, "Hello."), agent(20000, "Okay.")}, "no-concrete-action", -25},
		{"replies before the first step that move nothing stall", []Turn{agent(10000, "Hello."), agent(20000, "Okay."),
			agent(30000, "Right."), act(40000, "refund", 12)}, "stalling", -12},
		{"re-asking for the order number", []Turn{agent(10000, "Can you give me your order number?")}, "reasks-known-fact", -10},
		{"vague promise", []Turn{agent(10000, "We'll look into it.")}, "vague-promise", -6},
		{"time commitment", []Turn{agent(10000, "The refund will reach your card within 3 business days.")}, "time-commitment", 8},
		{"follow-up scheduled as an action", []Turn{act(10000, "follow-up", 0)}, "follow-up-scheduled", 8},
	})
}

func TestAuthorityClarityRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"states what it can do now", []Turn{agent(10000, "I can refund the shipping fee right now.")}, "states-authority", 10},
		{"offers a choice", []Turn{agent(10000, "You can have a refund or a store credit. Which would you prefer?")}, "offers-choices", 8},
		{"hedges", []Turn{agent(10000, "I'll see what I can do.")}, "hedging", -8},
		{"hides behind policy", []Turn{agent(10000, "Our policy does not allow refunds on shipping.")}, "hides-behind-policy", -10},
		{"promises beyond the card even if welcome", []Turn{agent(10000, "I'll refund you 100 USD.")}, "over-authority-promise", -20},
		{"grants beyond the card even if welcome", []Turn{act(10000, "refund", 100)}, "over-authority-action", -20},
		{"grants within the card", []Turn{act(10000, "refund", 25)}, "over-authority-action", 0},
		{"buries the answer in a very long reply", []Turn{agent(10000, strings.Repeat("We are checking every part of this. ", 20))},
			"overlong-turn", -8},
	})
}

// honestTurns is a plain, fast, genuine recovery with follow-up for the fixture.
func honestTurns() []Turn {
	return []Turn{
		cust(0, opening),
		agent(15000, "We missed the delivery date you paid express shipping for, and you had to buy a second gift. That was our mistake, and I'm sorry."),
		{Role: RoleAgent, Text: "I've refunded the 12 USD express shipping to your card.", AtMS: 40000,
			Action: &Action{Kind: "refund", Amount: 12, Currency: "USD"}},
		act(45000, "credit", 10),
		cust(60000, "Alright. When will I see that?"),
		{Role: RoleAgent, Text: "The refund reaches your card within 3 business days. I'll check in with you on Thursday to make sure it arrived.",
			AtMS: 75000, Action: &Action{Kind: "follow-up"}},
	}
}

func TestOutcomesAndTheTurnEachWasReached(t *testing.T) {
	rep := mustScore(t, conv(honestTurns()...), fixture())
	want := Outcomes{Relief: true, Clarity: true, Fairness: true, Confidence: true}
	if rep.Outcomes != want {
		t.Errorf("outcomes = %+v, want all four\n%s", rep.Outcomes, evidenceDump(rep))
	}
	wantTurns := map[string]int{"relief": 2, "clarity": 5, "fairness": 2, "confidence": 5}
	for name, turn := range wantTurns {
		if rep.OutcomeTurns[name] != turn {
			t.Errorf("%s reached at turn %d, want %d", name, rep.OutcomeTurns[name], turn)
		}
	}
	if rep.Ending != "resolved" {
		t.Errorf("ending = %q, want resolved (derived: a performed remedy reached the fair floor)", rep.Ending)
	}
}

func TestUnreachedOutcomesAreMinusOne(t *testing.T) {
	rep := mustScore(t, conv(cust(0, opening), agent(10000, "I'll see what I can do.")), fixture())
	if rep.Outcomes != (Outcomes{}) {
		t.Errorf("outcomes = %+v, want none", rep.Outcomes)
	}
	for _, name := range outcomeOrder {
		if rep.OutcomeTurns[name] != -1 {
			t.Errorf("%s turn = %d, want -1", name, rep.OutcomeTurns[name])
		}
	}
	if rep.Ending != "abandoned" {
		t.Errorf("ending = %q, want abandoned", rep.Ending)
	}
}

func TestScenarioWeightsOverrideTheRubric(t *testing.T) {
	sc := fixture()
	sc.Weights = &scenarios.Weights{Empathy: 0.1, ActionSpeed: 0.2, AuthorityClarity: 0.3, Fairness: 0.4}
	rep := mustScore(t, conv(honestTurns()...), sc)
	if w := rep.Dimensions[Fairness].Weight; w != 0.4 {
		t.Errorf("fairness weight = %v, want 0.4", w)
	}
	sum := 0.0
	for _, d := range Dimensions {
		sum += rep.Dimensions[d].Weight * float64(rep.Dimensions[d].Score)
	}
	if want := int(sum + 0.5); rep.Total != want {
		t.Errorf("total = %d, want %d", rep.Total, want)
	}
}

func TestSatisfactionParadoxNeedsEveryCondition(t *testing.T) {
	honest := honestTurns()
	slow := slices.Clone(honest)
	for i := 2; i < len(slow); i++ {
		slow[i].AtMS += 200000
	}
	noFollowUp := slices.Clone(honest[:5])
	bareFix := []Turn{honest[0], honest[1], act(30000, "replacement", 0), honest[5]}
	spam := slices.Clone(honest)
	spam[5] = Turn{Role: RoleAgent, Text: "I'm sorry again. The refund reaches your card within 3 business days. I'll check in with you on Thursday.",
		AtMS: 75000, Action: &Action{Kind: "follow-up"}}
	tests := []struct {
		name     string
		turns    []Turn
		repeat   bool
		paradox  bool
		whyHolds string
	}{
		{"fast, genuine, beyond the fix, followed up", honest, false, true, "Every condition held"},
		{"repeat failure", honest, true, false, "This is a repeat failure"},
		{"slow", slow, false, false, "did not come within 2 replies and 90 seconds"},
		{"no follow-up", noFollowUp, false, false, "No follow-up was scheduled"},
		{"bare fix", bareFix, false, false, "did not go beyond the bare fix"},
		{"apology spam", spam, false, false, "Scripted or repeated lines"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := fixture()
			sc.Failure.Repeat = tt.repeat
			s := mustScore(t, conv(tt.turns...), sc).Satisfaction
			if s.Paradox != tt.paradox || (s.Estimate > s.Baseline) != tt.paradox {
				t.Errorf("estimate %d vs baseline %d, paradox %v; want paradox %v", s.Estimate, s.Baseline, s.Paradox, tt.paradox)
			}
			if tt.repeat && s.Estimate >= s.Baseline {
				t.Errorf("a repeat failure must stay below the baseline, got %d vs %d", s.Estimate, s.Baseline)
			}
			if !slices.ContainsFunc(s.Why, func(w string) bool { return strings.Contains(w, tt.whyHolds) }) {
				t.Errorf("why = %q, want a line containing %q", s.Why, tt.whyHolds)
			}
		})
	}
}

func TestNonEnglishAndEmojiScoreWithoutCrashing(t *testing.T) {
	tr := conv(cust(0, "😡😡😡 ¿Dónde está mi pedido? 注文が遅れました"),
		agent(10000, "🙏🙏 Lo siento mucho 😔 — 申し訳ありません"),
		agent(20000, strings.Repeat("🎁", 500)),
		agent(30000, "\u200b\u0301\ufeff"))
	rep := mustScore(t, tr, fixture())
	if rep.Total < 0 || rep.Total > 100 {
		t.Errorf("total = %d", rep.Total)
	}
}
