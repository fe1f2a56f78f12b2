package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/turnaround-app/turnaround/scoring/history"
)

// coachedReplies earn, in turn: nothing; a stock phrase that also stalls (the
// stall costs more); a reply with no step by the third; an action beyond the
// card; the first step, after the fourth reply; and a fair resolution.
const coachedReplies = "Hello.\nWe value your business.\nI will look.\n/refund 60 Here is 60.\n" +
	"/refund 25 USD I've refunded 25 now.\nIt reaches your card within 3 days.\n"

// coachHints are the rubric table's rows for those replies, as the desktop
// words them (scoring.HintAfter), one line each.
var coachHints = []string{
	"hint: Stalled, -6 points: A reply before the first concrete step that moves nothing forward.",
	"hint: Sympathy without progress, -10 points: Sympathy with no action by the third reply reads as deflection.",
	"hint: Acted beyond the card, -20 points: Granting more than the authority card allows, even if the customer likes it.",
	"hint: First step came late, -15 points: The first concrete step came after the fourth reply or after five minutes.",
}

// playCoached plays coachedReplies into a fresh history and returns stdout and
// the one stored session.
func playCoached(t *testing.T, args ...string) (string, history.SessionDetail) {
	t.Helper()
	db := filepath.Join(t.TempDir(), "history.db")
	args = append([]string{"--scenario", "late-delivery-anniversary", "--db", db, "--trainee", "Ana"}, args...)
	code, stdout, stderr := playIn(t, coachedReplies, args...)
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	s, err := history.Open(db)
	must(t, err)
	defer s.Close()
	list, err := s.Sessions(context.Background(), history.Filter{})
	must(t, err)
	if len(list) != 1 {
		t.Fatalf("%d sessions stored, want 1", len(list))
	}
	d, err := s.Session(context.Background(), list[0].ID)
	must(t, err)
	return stdout, d
}

func TestPlayPracticeShowsEachHintAfterTheReplyThatEarnsIt(t *testing.T) {
	stdout, d := playCoached(t) // practice is the default, as on the desktop
	lines := strings.Split(stdout, "\n")
	var hints []string
	for i, l := range lines {
		if strings.HasPrefix(l, "hint: ") {
			hints = append(hints, l)
			// The hint follows the customer's answer to the reply (and its mood).
			if i < 2 || !strings.HasPrefix(lines[i-1], "mood: ") || !strings.HasPrefix(lines[i-2], "customer: ") {
				t.Errorf("hint on line %d does not follow a customer line and its mood:\n%s", i+1, strings.Join(lines[max(0, i-2):i+1], "\n"))
			}
		}
	}
	if diff := cmp.Diff(coachHints, hints); diff != "" {
		t.Errorf("hint lines (-want +got):\n%s\nstdout:\n%s", diff, stdout)
	}
	// The hint for the refused refund comes before the customer answers the
	// next reply: it is about the refund.
	if !strings.Contains(stdout, "That's worse than not offering.\nmood: angry, frustration 85, trust 25, patience 2 (action-refused, no-progress)\n"+coachHints[2]+"\ncustomer: Okay.") {
		t.Errorf("the beyond-the-card hint is not right after the refusal's answer:\n%s", stdout)
	}
	want := []history.Hint{
		{Turn: 3, Rule: "stalling", Text: strings.TrimPrefix(coachHints[0], "hint: ")},
		{Turn: 5, Rule: "empathy-without-progress", Text: strings.TrimPrefix(coachHints[1], "hint: ")},
		{Turn: 7, Rule: "over-authority-action", Text: strings.TrimPrefix(coachHints[2], "hint: ")},
		{Turn: 9, Rule: "late-first-action", Text: strings.TrimPrefix(coachHints[3], "hint: ")},
	}
	if d.Mode != history.ModePractice || !d.Assisted() {
		t.Errorf("stored session mode %q, assisted %v; want practice, assisted", d.Mode, d.Assisted())
	}
	if diff := cmp.Diff(want, d.Hints); diff != "" {
		t.Errorf("stored hints (-want +got):\n%s", diff)
	}
}

func TestPlayAssessmentShowsNoHints(t *testing.T) {
	practice, _ := playCoached(t, "--mode", "practice")
	stdout, d := playCoached(t, "--mode", "assessment")
	if strings.Contains(stdout, "hint: ") {
		t.Errorf("assessment printed a hint:\n%s", stdout)
	}
	// Apart from the hints, the session plays and scores the same.
	var rest []string
	for _, l := range strings.Split(practice, "\n") {
		if !strings.HasPrefix(l, "hint: ") {
			rest = append(rest, l)
		}
	}
	if diff := cmp.Diff(strings.Join(rest, "\n"), stdout); diff != "" {
		t.Errorf("assessment output differs from practice beyond the hints (-practice +assessment):\n%s", diff)
	}
	if d.Mode != history.ModeAssessment || d.Assisted() || len(d.Hints) != 0 {
		t.Errorf("stored session mode %q with %d hints; want assessment with none", d.Mode, len(d.Hints))
	}
}

func TestPlayRefusesAnUnknownMode(t *testing.T) {
	code, _, stderr := playIn(t, "", "--scenario", "late-delivery-anniversary", "--mode", "exam")
	if code != exitUsage || stderr != "turnaround play: unknown mode \"exam\"; use practice or assessment.\n" {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}
