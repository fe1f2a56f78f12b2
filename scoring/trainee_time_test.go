package scoring

import (
	"slices"
	"strings"
	"testing"
)

func TestTraineeMS(t *testing.T) {
	turns := []Turn{cust(5000, "opening"), agent(20000, "a"), cust(80000, "b"), agent(95000, "c"), agent(100000, "d")}
	wall := Transcript{Turns: turns}
	if got, want := TraineeMS(wall), []int64{5000, 20000, 80000, 95000, 100000}; !slices.Equal(got, want) {
		t.Errorf("TimingWall: TraineeMS = %v, want the at_ms values %v", got, want)
	}
	shown := Transcript{Turns: turns, Timing: TimingShown}
	// Own time: 15 s to the first reply, 15 s to the second, 5 s to the third; the
	// 5 s opening and the 60 s reply being written do not count.
	if got, want := TraineeMS(shown), []int64{0, 15000, 15000, 30000, 35000}; !slices.Equal(got, want) {
		t.Errorf("TimingShown: TraineeMS = %v, want %v", got, want)
	}
}

// A slow customer voice must not cost the trainee the early-action rule once the
// transcript says its customer times are when each line finished showing.
func TestEarlyActionReadsTraineeTime(t *testing.T) {
	turns := []Turn{
		cust(70000, opening), // the opening took 70 s to write
		agent(80000, "I'm sorry, that should not have happened."),
		cust(150000, "What are you going to do?"),
		act(160000, "refund", 25),
	}
	wall := mustScore(t, conv(turns...), fixture())
	if _, fired := pointsFor(wall, "early-concrete-action"); fired {
		t.Errorf("TimingWall: early-concrete-action fired at 160 s of wall time\n%s", evidenceDump(wall))
	}
	tr := conv(turns...)
	tr.Timing = TimingShown
	own := mustScore(t, tr, fixture())
	if _, fired := pointsFor(own, "early-concrete-action"); !fired {
		t.Errorf("TimingShown: early-concrete-action did not fire after 20 s of the trainee's own time\n%s", evidenceDump(own))
	}
}

func TestUnknownTimingIsRejected(t *testing.T) {
	tr := conv(cust(0, opening), agent(1000, "hello"))
	tr.Timing = 3
	err := ValidateTranscript(tr, fixture())
	if err == nil || !strings.Contains(err.Error(), "timing 3; known versions are 0 (or none) and 2") {
		t.Fatalf("ValidateTranscript(timing 3) = %v, want a sentence naming the known versions", err)
	}
}
