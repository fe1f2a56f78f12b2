package sim

// Mood band thresholds on frustration. They match the bands scenario lines name
// ("angry", "upset", "calm") and the ones the Ollama voice describes to its model.
const (
	angryFrom = 70
	upsetFrom = 40
)

// Band names the customer's overall mood: "angry" from frustration 70, "upset"
// from 40, otherwise "calm". Beats' mood conditions are matched against it.
func (s State) Band() string {
	switch {
	case s.Frustration >= angryFrom:
		return "angry"
	case s.Frustration >= upsetFrom:
		return "upset"
	default:
		return "calm"
	}
}

// clampState keeps frustration and trust in 0..100 and patience at 0 or more.
func clampState(s State) State {
	s.Frustration = clamp(s.Frustration, 0, 100)
	s.Trust = clamp(s.Trust, 0, 100)
	if s.Patience < 0 {
		s.Patience = 0
	}
	return s
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
