package ui

// Practice modes. In practice mode a one-line hint follows a reply the rubric
// will charge for, and the report offers a retry from any turn; assessment mode
// has neither and is what a team lead's reports count.
const (
	ModePractice   = "practice"
	ModeAssessment = "assessment"
)

// PrefMode remembers the mode the trainee chose last.
const PrefMode = "practice_mode"

// modeNote marks a session in lists: "   · practice, assisted" when hints were
// shown, "   · practice" without; nothing for assessment.
func modeNote(s SessionInfo) string {
	switch {
	case s.Assisted:
		return "   · practice, assisted"
	case s.Practice:
		return "   · practice"
	}
	return ""
}
