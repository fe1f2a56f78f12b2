package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/sim"
)

// startSimSession opens the real simulator on a built-in scenario.
func startSimSession(t *testing.T, id string) (*practiceHarness, *sessionView) {
	t.Helper()
	deps, _ := simDeps(t)
	h := newPracticeHarness(t, deps)
	h.p.picker.selectID(id)
	test.Tap(h.p.picker.start)
	h.wait(t)
	return h, h.p.session
}

// lastCustomerLine is the customer's latest line in the session's transcript.
func lastCustomerLine(v *sessionView) string {
	turns := v.conv.Transcript().Turns
	for i := len(turns) - 1; i >= 0; i-- {
		if turns[i].Role == scoring.RoleCustomer {
			return turns[i].Text
		}
	}
	return ""
}

// TestAcceptedRemedyThenClosingTurnResolves walks a session through the window:
// a fair refund from the card, the customer asking what else to know, the
// trainee's closing reply, and a resolved report that does not contradict itself.
func TestAcceptedRemedyThenClosingTurnResolves(t *testing.T) {
	h, v := startSimSession(t, "late-delivery-anniversary")
	test.Type(v.input, "We missed the delivery window and you had to buy another gift. That is on us.")
	v.input.TypedShortcut(ctrl(fyne.Key1)) // refund at its ceiling
	h.wait(t)
	if got := lastCustomerLine(v); got != "Okay. Anything else I should know?" || v.conv.Ending() != sim.Ongoing {
		t.Fatalf("after the refund the customer says %q, ending %q; want the closing question and an open session", got, v.conv.Ending())
	}
	test.Type(v.input, "That's all: it reaches your card within 3 days, and I'll email you on Friday to confirm.")
	v.input.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	h.wait(t)
	h.wait(t) // the report
	if v.conv.Ending() != sim.Resolved {
		t.Fatalf("ending %q after the closing reply, want resolved", v.conv.Ending())
	}
	if !hasText(h.win.Canvas().Content(), "Ending: resolved on this contact") {
		t.Error("the report does not say the session resolved")
	}
	tr := v.conv.Transcript()
	rep, err := scoring.Score(tr, v.sc, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c := scoring.Contradictions(rep, tr); len(c) != 0 {
		t.Errorf("the report contradicts itself: %q", c)
	}
}

// TestClaimedRefundGetsPushbackAndShowsTheRule: typing "I have refunded 25 USD"
// without the card makes the customer say they see nothing, and the report
// names the rule by its title.
func TestClaimedRefundGetsPushbackAndShowsTheRule(t *testing.T) {
	h, v := startSimSession(t, "late-delivery-anniversary")
	test.Type(v.input, "I have refunded 25 USD.")
	v.input.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	h.wait(t)
	if got := lastCustomerLine(v); got != "I don't see anything yet. Has it actually gone through?" {
		t.Fatalf("customer says %q, want them not to see the claimed refund", got)
	}
	test.Tap(findButton(t, v.content, "End session"))
	h.wait(t)
	if !hasButton(h.win.Canvas().Content(), "Claimed a remedy not given") {
		t.Error("the report does not show the claims-remedy-not-given rule by its title")
	}
}
