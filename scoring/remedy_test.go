package scoring

import "testing"

func TestRemedyValue(t *testing.T) {
	tests := []struct {
		name  string
		turns []Turn
		want  float64
	}{
		{"refund within ceiling", []Turn{act(1000, "refund", 20)}, 20},
		{"refund and credit add up", []Turn{act(1000, "refund", 25), act(2000, "credit", 10)}, 35},
		{"over the ceiling is refused and worth nothing", []Turn{act(1000, "refund", 40)}, 0},
		{"second refund past the ceiling is refused", []Turn{act(1000, "refund", 20), act(2000, "refund", 10)}, 20},
		{"non-money action counts its card value once", []Turn{act(1000, "follow-up", 0), act(2000, "follow-up", 0)}, 2},
		{"action not on the card is worth nothing", []Turn{act(1000, "discount", 10)}, 0},
		{"customer turns never count", []Turn{{Role: RoleCustomer, Text: "refund me", AtMS: 0}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := RemedyValue(conv(tt.turns...), fixture()); got != tt.want {
				t.Errorf("RemedyValue = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFairnessVerdicts(t *testing.T) {
	tests := []struct {
		name   string
		repeat bool
		turns  []Turn
		rule   string
		points int
	}{
		{"in the fair range", false, []Turn{act(1000, "refund", 20)}, "remedy-fits-harm", 30},
		{"below the fair range", false, []Turn{act(1000, "credit", 5)}, "remedy-under-fair", -15},
		{"bare fix for a severity-3 failure", false, []Turn{act(1000, "replacement", 0)}, "bare-fix-for-costly-failure", -20},
		{"nothing at all", false, []Turn{agent(1000, "Okay.")}, "no-remedy", -30},
		{"above the fair range", false, []Turn{act(1000, "refund", 25), act(2000, "credit", 15), act(3000, "follow-up", 0)},
			"remedy-over-ceiling-not-rewarded", 15},
		{"repeat failure between floor and floor x1.25", true, []Turn{act(1000, "refund", 13)}, "repeat-failure-needs-more", -10},
		{"repeat failure above floor x1.25", true, []Turn{act(1000, "refund", 15)}, "remedy-fits-harm", 30},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := fixture()
			sc.Failure.Repeat = tt.repeat
			rep := mustScore(t, conv(append([]Turn{cust(0, "My gift was late.")}, tt.turns...)...), sc)
			got, fired := pointsFor(rep, tt.rule)
			if !fired || got != tt.points {
				t.Errorf("%s = %d (fired %v), want %d; fairness evidence %+v", tt.rule, got, fired, tt.points, rep.Dimensions[Fairness].Evidence)
			}
			if n := len(rep.Dimensions[Fairness].Evidence); n != 1 {
				t.Errorf("fairness has %d evidence entries, want exactly one verdict", n)
			}
		})
	}
}

func TestOverAuthorityActionIsPenalisedEvenWhenGenerous(t *testing.T) {
	rep := mustScore(t, conv(cust(0, "My gift was late."), act(5000, "refund", 100)), fixture())
	got, _ := pointsFor(rep, "over-authority-action")
	if got != -20 {
		t.Errorf("over-authority-action = %d, want -20", got)
	}
	if e := rep.Dimensions[AuthorityClarity].Evidence; len(e) == 0 || e[0].Quote != "refund 100 USD" {
		t.Errorf("authority evidence = %+v, want the quote \"refund 100 USD\"", e)
	}
	if _, fired := pointsFor(rep, "remedy-fits-harm"); fired {
		t.Error("a refused over-ceiling refund must not count as a fair remedy")
	}
}
