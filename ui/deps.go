package ui

import (
	"context"
	"io"
	"time"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/calibrate"
	"github.com/turnaround-app/turnaround/sim"
)

// Conversation is one running practice session, as the Practice screen uses it.
// cmd/turnaround adapts sim.Session to it; tests pass fakes or the real adapter.
type Conversation interface {
	// Open returns the customer's opening turn.
	Open(ctx context.Context) (scoring.Turn, error)
	// Submit sends the trainee's text and/or action and returns what came of it.
	Submit(ctx context.Context, text string, action *scoring.Action) (Exchange, error)
	// State is the customer's state now.
	State() sim.State
	// Band names the state's mood band ("angry", "upset", "calm").
	Band() string
	// Ending is how the session finished; sim.Ongoing while it runs.
	Ending() sim.Ending
	// Transcript is every turn so far.
	Transcript() scoring.Transcript
	// Fork starts a new session replaying the turns before atTurn; a recorded
	// conversation records the fork as a retry of this session.
	Fork(atTurn int) (Conversation, error)
	// Quit abandons the session.
	Quit()
	// Finish records how the session ended and its report (nil when it could
	// not be scored) in the score history, once the session is over. A
	// conversation that is not recorded (a play-test) returns nil.
	Finish(ctx context.Context, rep *scoring.Report) error
	// HistoryProblem is a sentence for the trainee when the score history does
	// not hold the session so far (a full disk, say); "" when it does.
	HistoryProblem() string
	// MarkPractice records that the session is played in practice mode, and
	// AddHint a coaching hint the trainee was shown; unrecorded conversations
	// return nil.
	MarkPractice(ctx context.Context) error
	AddHint(ctx context.Context, h scoring.Hint) error
}

// Preparer is a Conversation that gets ready before its opening line, such as
// one whose customer is worded by a local model that must load first. The
// session shows "… is getting ready" while Prepare runs, then the sentence it
// returns (what it found; "" for nothing to say).
type Preparer interface {
	Prepare(ctx context.Context) string
}

// VoiceSummarizer is a Conversation whose customer voice can say, when the
// session ends, how many lines it wrote and how many fell back to the script.
type VoiceSummarizer interface {
	VoiceSummary() string
}

// Exchange is one agent turn and its outcome: the turns as recorded, what the
// simulated system said about the agent's turn (a refused action, a voice that
// fell back to script), and the customer's reply (zero Role when there is none).
type Exchange struct {
	Agent    scoring.Turn
	Notes    []string
	Customer scoring.Turn
}

// StartFunc starts a conversation on a scenario; onToken (may be nil) receives the
// customer's reply as it is worded, for voices that stream.
type StartFunc func(sc *scenarios.Scenario, onToken func(string)) (Conversation, error)

// ResumeFunc rebuilds a conversation from a session stored before a crash; the
// new record belongs to from's trainee, whoever is selected in Settings now.
type ResumeFunc func(sc *scenarios.Scenario, from StoredSession) (Conversation, error)

// Grader scores finished transcripts and explains the rubric's rules.
type Grader interface {
	Score(t scoring.Transcript, sc *scenarios.Scenario) (scoring.Report, error)
	// Why explains a rule in a trainer's words; "" when the rule is unknown.
	Why(rule string) string
}

// SessionInfo identifies one stored session.
type SessionInfo struct {
	ID       string
	Trainee  string
	Scenario string
	Started  time.Time
	Total    int
	Ending   string
	Finished bool
	// Practice marks a practice-mode session; Assisted one in which hints were shown.
	Practice bool
	Assisted bool
}

// StoredSession is a session with its transcript and, once finished, its report.
type StoredSession struct {
	SessionInfo
	Transcript scoring.Transcript
	Report     *scoring.Report
	// Hints are the coaching hints shown during the session, so a resumed
	// session stays marked as assisted.
	Hints []scoring.Hint
}

// TraineeSummary is one row of the Review screen's trainee list.
type TraineeSummary struct {
	Name   string
	Latest int
	Trend  int // +1 improving, -1 slipping, 0 steady or too few sessions
	// TrendChange is the rise (negative: fall) in points of the line fitted
	// through the last TrendSessions totals; TrendSessions is 0 when there
	// are too few sessions for a trend.
	TrendChange   float64
	TrendSessions int
	Weakest       scoring.Dimension
	Sessions      int
}

// Point is one value on a chart's time axis.
type Point struct {
	At    time.Time
	Value float64
}

// ScenarioStat is a per-scenario summary for one trainee or the whole team.
// First and Best are -1 when unknown (team view).
type ScenarioStat struct {
	Scenario string
	Title    string
	Attempts int
	Average  float64
	First    int
	Best     int
}

// RuleLoss counts how often a rule cost points across the team.
type RuleLoss struct {
	Rule   string
	Count  int
	Points int
}

// ReviewScope is which sessions Review's summaries count. The zero value counts
// assessment sessions only, as a team lead's reports do by default.
type ReviewScope struct {
	// IncludePractice counts practice-mode sessions too.
	IncludePractice bool
}

// HistoryStore is what the Review screen and the Practice screen's report read
// from the score history, plus the recovery dialog's one write. Sessions are
// recorded by their Conversation, below the screens, the same way
// `turnaround play` records them.
type HistoryStore interface {
	Unfinished(ctx context.Context) ([]SessionInfo, error)
	// CloseUnfinished ends a session a crash left open, keeping its turns.
	CloseUnfinished(ctx context.Context, id string) error
	Sessions(ctx context.Context, trainee string) ([]SessionInfo, error)
	Session(ctx context.Context, id string) (StoredSession, error)
	// Trainees, DimensionSeries, ScenarioStats and RuleLosses count the
	// sessions in scope.
	Trainees(ctx context.Context, scope ReviewScope) ([]TraineeSummary, error)
	DimensionSeries(ctx context.Context, trainee string, scope ReviewScope) (map[scoring.Dimension][]Point, error)
	// ScenarioStats summarises one trainee's attempts, or the team's when trainee is "".
	ScenarioStats(ctx context.Context, trainee string, scope ReviewScope) ([]ScenarioStat, error)
	// FirstVsBest returns the trainee's first and best reports on a scenario.
	FirstVsBest(ctx context.Context, trainee, scenario string) (first, best *scoring.Report, err error)
	RuleLosses(ctx context.Context, scope ReviewScope) ([]RuleLoss, error)
	// Export writes the history as "csv" or "json"; progress gets 0..1.
	Export(ctx context.Context, w io.Writer, format string, progress func(float64)) error
}

// CalibrateFunc reads a trainer's labels file, scores every transcript it
// rates and measures how far the grader agrees (calibrate.Run with the app's
// scenario library). The error is one sentence naming an unreadable file, or
// calibrate.Errors with a path:line:col problem per bad row.
type CalibrateFunc func(path string) (calibrate.Result, error)

// DraftFunc asks the local model to draft a scenario YAML from a customer's
// complaint. The text is a draft for the trainer to check in the editor; an
// error is one sentence saying why there is none (no model, too slow, …).
type DraftFunc func(ctx context.Context, complaint string) (string, error)

// Linter checks a scenario file's text; the diagnostics carry line and column.
type Linter func(path string, data []byte) (*scenarios.Scenario, []scenarios.Diagnostic)

// LLMStatus is what Settings shows about the local Ollama server.
type LLMStatus struct {
	Up      bool
	Version string
	Err     string
}

// LLM is the subset of the Ollama client Settings uses.
type LLM interface {
	Status(ctx context.Context, host string) LLMStatus
	Models(ctx context.Context, host string) ([]string, error)
	Pull(ctx context.Context, host, model string, progress func(done, total int64)) error
}

// Preloader is an LLM that can load a model into memory ahead of use, so the
// first practice session after Settings picks a model does not wait for it.
type Preloader interface {
	Preload(ctx context.Context, host, model string) error
}

// Deps are everything the screens need from the rest of Turnaround. Any field may
// be nil; the screens then say what is missing instead of failing.
type Deps struct {
	Scenarios func() ([]*scenarios.Scenario, error)
	Start     StartFunc
	// StartScripted starts a conversation with the scripted voice, for play-tests.
	StartScripted StartFunc
	Resume        ResumeFunc
	Grader        Grader
	History       HistoryStore
	// HistoryWarning explains why sessions are not being kept (the history
	// database could not be opened); Practice shows it in its banner.
	HistoryWarning string
	// StoreNotice says why the configured team store is not in use while the
	// local history is; Settings and Review show it, Practice does not.
	StoreNotice string
	// Version is the app's version as people read it, shown in Settings.
	Version string
	Lint    Linter
	UserDir func() (string, error)
	LLM     LLM
	// SecondOpinion asks the local model about a finished session; when nil the
	// report says how to turn it on.
	SecondOpinion SecondOpinion
	// Draft drafts a scenario from a pasted complaint in Author; when nil the
	// button says what drafting needs.
	Draft DraftFunc
	// Calibrate compares a trainer's labels file with the grader in Review;
	// when nil the Calibrate button says it is not available.
	Calibrate CalibrateFunc
	// Suggest recommends the next scenario for a trainee; nil hides the suggestion.
	Suggest SuggestFunc
	// DefaultTrainee is the name the first-launch question offers (the OS user's).
	DefaultTrainee string
	// Now is the clock for session timers; nil means time.Now.
	Now func() time.Time
	// Ticks drives the session timer; nil means a one-second ticker. Tests pass a
	// channel they never send on, so snapshots do not depend on wall time.
	Ticks func() (<-chan time.Time, func())
	// Assignments are the team store's; nil when no team store is configured.
	Assignments AssignmentStore
	// HistoryStatus asks the team store now whether it answers and returns
	// the banner's text, "" while it is in use; nil when no team store is
	// configured. Practice calls it on every StatusTicks tick.
	HistoryStatus func(ctx context.Context) string
	// StatusTicks drives HistoryStatus; nil means every ten seconds.
	StatusTicks func() <-chan time.Time
}
