package history

import (
	"context"
	"io"
	"time"

	"github.com/turnaround-app/turnaround/scoring"
)

// SessionID identifies one stored session. Zero means "no session".
type SessionID int64

// SessionMeta is what is known when a session starts.
type SessionMeta struct {
	Trainee       string
	ScenarioID    string
	ScenarioHash  string
	ScenarioTitle string
	RubricVersion string
	// Voice is the customer voice that played ("scripted", "ollama").
	Voice     string
	StartedAt time.Time
	// ParentID and ForkTurn mark a retry: the session it forked from and the
	// index of the first turn that differs. Zero ParentID means a fresh start.
	ParentID SessionID
	ForkTurn int
	// Timing is the transcript's timing version (scoring.Transcript.Timing).
	Timing int
	// Mode is ModePractice when hints and retries were on; the zero value is
	// ModeAssessment.
	Mode string
}

// SessionSummary is one row of a session list.
type SessionSummary struct {
	ID            SessionID `json:"id"`
	Trainee       string    `json:"trainee"`
	ScenarioID    string    `json:"scenario"`
	ScenarioTitle string    `json:"scenario_title"`
	ScenarioHash  string    `json:"scenario_hash"`
	RubricVersion string    `json:"rubric_version"`
	Voice         string    `json:"voice"`
	StartedAt     time.Time `json:"started_at"`
	// EndedAt is zero and Ending empty while the session is unfinished.
	EndedAt  time.Time `json:"ended_at,omitzero"`
	Ending   string    `json:"ending,omitempty"`
	Turns    int       `json:"turns"`
	ParentID SessionID `json:"parent_id,omitempty"`
	ForkTurn int       `json:"fork_turn,omitempty"`
	// Scored is true when a report was stored; Total and Scores are zero otherwise.
	Scored bool                      `json:"scored"`
	Total  int                       `json:"total"`
	Scores map[scoring.Dimension]int `json:"scores,omitempty"`
	// Mode is ModePractice or ModeAssessment (""); HintCount counts the
	// coaching hints the trainee was shown.
	Mode      string `json:"mode,omitempty"`
	HintCount int    `json:"hints,omitempty"`
}

// Finished reports whether the session has ended (scored or not).
func (s SessionSummary) Finished() bool { return !s.EndedAt.IsZero() }

// SessionDetail is one session in full: its summary, transcript and report.
type SessionDetail struct {
	SessionSummary
	Transcript scoring.Transcript
	// Report is nil when the session was never scored.
	Report *scoring.Report
	// Hints are the coaching hints shown during the session, in turn order.
	Hints []Hint
}

// Filter narrows a query. Zero fields do not filter.
type Filter struct {
	Trainee    string
	ScenarioID string
	// Since includes sessions starting at or after it; Until excludes sessions
	// starting at or after it.
	Since, Until time.Time
	// Limit caps the number of rows; 0 means no cap.
	Limit int
	// AssessmentOnly leaves out practice-mode sessions, as a team lead's reports
	// do by default: hints and retries make a practice score a different thing.
	AssessmentOnly bool
}

// TraineeSummary is one trainee's line on the team overview.
type TraineeSummary struct {
	Name     string
	Sessions int
	// LatestTotal is the total of the most recent scored session.
	LatestTotal int
	// Trend is +1 when the line fitted through the last TrendWindow totals
	// rises by at least TrendThreshold points across them, -1 when it falls by
	// as much, 0 otherwise or with fewer than TrendMinSessions scored sessions.
	Trend int
	// TrendChange is that fitted rise (negative: fall) in points.
	TrendChange float64
	// Weakest is the dimension with the lowest mean score (report order breaks ties).
	Weakest scoring.Dimension
}

// The trend of a trainee's totals: the least-squares line through the last
// TrendWindow scored sessions, and how far it must rise or fall across them
// to count, so a few points of noise do not draw an arrow.
const (
	TrendWindow      = 5
	TrendMinSessions = 3
	TrendThreshold   = 5.0
)

// SeriesPoint is one scored session on a trainee's progress chart.
type SeriesPoint struct {
	Session    SessionID
	At         time.Time
	ScenarioID string
	Total      int
	Scores     map[scoring.Dimension]int
}

// ScenarioStat summarises every scored attempt at one scenario.
type ScenarioStat struct {
	ScenarioID string
	Title      string
	Attempts   int
	Mean       float64
	// StdDev is the population standard deviation of totals: the spread.
	StdDev   float64
	Min, Max int
}

// FirstBest compares a trainee's first attempt at a scenario with their best.
type FirstBest struct {
	ScenarioID string
	Title      string
	Attempts   int
	First      SessionID
	FirstTotal int
	Best       SessionID
	BestTotal  int
}

// RuleLoss counts how often a rubric rule took points away across the team.
type RuleLoss struct {
	Rule      string
	Dimension scoring.Dimension
	Times     int
	// PointsLost is the sum of the penalties, as a positive number.
	PointsLost int
}

// Store is the score history. Implementations keep SQL to themselves so callers
// work the same against any backing database.
type Store interface {
	// BeginSession records a new session and returns its id.
	BeginSession(ctx context.Context, m SessionMeta) (SessionID, error)
	// AppendTurn stores turn index of session id; the turn is committed when it
	// returns nil. Writing the same index again replaces it, so retries are safe.
	AppendTurn(ctx context.Context, id SessionID, index int, t scoring.Turn) error
	// FinishSession records how the session ended and its report (nil if unscored).
	FinishSession(ctx context.Context, id SessionID, ending string, rep *scoring.Report, endedAt time.Time) error
	// CloseUnfinished ends a session left open by a crash, at the time of its last turn.
	CloseUnfinished(ctx context.Context, id SessionID, ending string) error
	// Unfinished lists sessions that were begun and never finished, newest first.
	Unfinished(ctx context.Context) ([]SessionSummary, error)
	// Sessions lists sessions matching f, newest first.
	Sessions(ctx context.Context, f Filter) ([]SessionSummary, error)
	// Session returns one session in full, or an error wrapping ErrNotFound.
	Session(ctx context.Context, id SessionID) (SessionDetail, error)
	// Trainees summarises each trainee with scored sessions in f, by name.
	Trainees(ctx context.Context, f Filter) ([]TraineeSummary, error)
	// DimensionSeries lists a trainee's scored sessions in f, oldest first.
	DimensionSeries(ctx context.Context, trainee string, f Filter) ([]SeriesPoint, error)
	// ScenarioStats summarises scored attempts per scenario id, by id.
	ScenarioStats(ctx context.Context, f Filter) ([]ScenarioStat, error)
	// FirstVsBest compares first and best attempts per scenario for one trainee, by id.
	FirstVsBest(ctx context.Context, trainee string, f Filter) ([]FirstBest, error)
	// RuleLosses lists the rules that took the most points, costliest first.
	RuleLosses(ctx context.Context, f Filter, limit int) ([]RuleLoss, error)
	// Export writes the sessions in f as "csv" or "json", calling progress (if not
	// nil) as rows are written.
	Export(ctx context.Context, w io.Writer, format string, f Filter, progress func(done, total int)) error
	// SetMode records the session's mode (ModePractice or ModeAssessment).
	SetMode(ctx context.Context, id SessionID, mode string) error
	// AddHint stores a coaching hint shown during session id; storing the same
	// turn and rule again replaces it.
	AddHint(ctx context.Context, id SessionID, h Hint) error
	// Close releases the store.
	Close() error
}
