package scoring

// Timing versions say how to read a transcript's at_ms values for speed rules.
const (
	// TimingWall is the first version (a transcript without "timing"): speed
	// rules read each turn's at_ms as the trainee's time, as they always did.
	TimingWall = 0
	// TimingShown is version 2: a customer turn's at_ms is when its line finished
	// showing, and an agent turn's at_ms is when the trainee sent it. Speed rules
	// then count only the trainee's own time: the gaps that end in an agent turn.
	// The time a customer line took to be written (by a slow model, say) falls in
	// the gaps that end in a customer turn and never counts against the trainee.
	TimingShown = 2
)

// TraineeMS returns the trainee's own time, in milliseconds, up to each turn of
// t (indexed like t.Turns). For a TimingWall transcript it is each turn's at_ms,
// so transcripts written before timing was versioned score exactly as before.
func TraineeMS(t Transcript) []int64 {
	own := make([]int64, len(t.Turns))
	for i := range own {
		own[i] = traineeMSAt(t, i)
	}
	return own
}

// traineeMSAt is TraineeMS for one turn, without allocating: scoring reads it
// for one or two turns per session.
func traineeMSAt(t Transcript, i int) int64 {
	if t.Timing != TimingShown {
		return t.Turns[i].AtMS
	}
	var sum, prev int64
	for _, turn := range t.Turns[:i+1] {
		if turn.Role == RoleAgent {
			sum += max(0, turn.AtMS-prev)
		}
		prev = turn.AtMS
	}
	return sum
}
