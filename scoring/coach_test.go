package scoring

import (
	"strings"
	"testing"
)

func TestHintAfterStalledSecondReply(t *testing.T) {
	tr := conv(
		cust(0, "My order was supposed to arrive Friday. It came Monday."),
		agent(10000, "I understand how you feel."),
		cust(12000, "So what are you going to do?"),
		agent(20000, "I hear you, that is really frustrating."),
	)
	h, ok := HintAfter(tr, fixture(), nil)
	if !ok {
		t.Fatal("no hint after a second reply with no concrete step")
	}
	rule, _ := DefaultRubric().Rule("stalling")
	want := "Stalled, -6 points: " + rule.Why
	if h.Turn != 3 || h.Rule != "stalling" || h.Points != -6 || h.Text != want {
		t.Errorf("hint = %+v\nwant turn 3, stalling, -6, %q", h, want)
	}
}

func TestHintAfterFirstReplyIsNotStalling(t *testing.T) {
	tr := conv(cust(0, "It came Monday."), agent(10000, "I understand how you feel."))
	if h, ok := HintAfter(tr, fixture(), nil); ok {
		t.Errorf("hint after the first reply: %+v", h)
	}
}

func TestHintAfterConcreteReplyIsNone(t *testing.T) {
	tr := conv(
		cust(0, "It came Monday."),
		agent(10000, "I understand how you feel."),
		cust(12000, "So what are you going to do?"),
		refund(20000, "I'm refunding the 25 USD express fee now; you'll see it within 3 days.", 25),
	)
	if h, ok := HintAfter(tr, fixture(), nil); ok {
		t.Errorf("hint after a concrete step: %+v", h)
	}
}

func TestHintAfterStockPhrase(t *testing.T) {
	tr := conv(cust(0, "It came Monday."), agent(10000, "We value your business and apologize for any inconvenience."))
	h, ok := HintAfter(tr, fixture(), nil)
	if !ok || h.Rule != "scripted-filler" || h.Turn != 1 || !strings.HasPrefix(h.Text, "Scripted filler, -10 points: Stock phrases") {
		t.Errorf("hint = %+v, %v; want scripted-filler at turn 1, two stock phrases", h, ok)
	}
}

func TestHintAfterActionBeyondCardComesFirst(t *testing.T) {
	over := act(10000, "refund", 60)
	over.Action.Result = ActionRefused
	tr := conv(cust(0, "It came Monday."), agent(5000, "Sorry about that."), cust(6000, "And?"), over)
	h, ok := HintAfter(tr, fixture(), nil)
	if !ok || h.Rule != "over-authority-action" || h.Turn != 3 || h.Points >= 0 {
		t.Errorf("hint = %+v, %v; want over-authority-action at turn 3", h, ok)
	}
}

func TestCardProblemCountsWhatWasGiven(t *testing.T) {
	sc := fixture()
	given := act(5000, "refund", 20)
	refused := act(6000, "refund", 25)
	refused.Action.Result = ActionRefused
	tr := conv(cust(0, "It came Monday."), given, refused)
	if got := CardProblem(conv(cust(0, "x")), sc, Action{Kind: "refund", Amount: 25, Currency: "USD"}); got != "" {
		t.Errorf("a refund at the ceiling is refused: %q", got)
	}
	got := CardProblem(tr, sc, Action{Kind: "refund", Amount: 10, Currency: "USD"})
	if want := "20 USD already given and your ceiling is 25 USD"; got != want {
		t.Errorf("CardProblem = %q\nwant        %q", got, want)
	}
	if got := CardProblem(tr, sc, Action{Kind: "refund", Amount: 5, Currency: "USD"}); got != "" {
		t.Errorf("the 5 USD left under the ceiling is refused: %q", got)
	}
	if got := CardProblem(tr, sc, Action{Kind: "voucher"}); !strings.Contains(got, "not on your authority card") {
		t.Errorf("CardProblem(voucher) = %q", got)
	}
}
