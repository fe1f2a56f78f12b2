package history

import (
	"context"
	"testing"
	"time"

	"github.com/turnaround-app/turnaround/scoring"
)

// A transcript read back keeps the timing version it was played with, so it
// scores with the same speed rules as when it was recorded.
func TestSessionKeepsItsTiming(t *testing.T) {
	s := openTemp(t)
	start := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	for _, timing := range []int{scoring.TimingWall, scoring.TimingShown} {
		m := sampleMeta("ana", "late-delivery-anniversary", start)
		m.Timing = timing
		id := playSession(t, s, m, nil)
		got, err := s.Session(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if got.Transcript.Timing != timing {
			t.Errorf("stored with timing %d, read back with %d", timing, got.Transcript.Timing)
		}
	}
}
