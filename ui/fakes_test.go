package ui

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/sim"
)

// fakeConv is a tiny conversation: each agent turn lowers frustration by 10; a
// refund resolves the case.
type fakeConv struct {
	sc     *scenarios.Scenario
	state  sim.State
	ending sim.Ending
	turns  []scoring.Turn
	// problem is what HistoryProblem says; finished holds what Finish recorded.
	mu       sync.Mutex
	problem  string
	finished []*scoring.Report
}

func newFakeConv(sc *scenarios.Scenario) *fakeConv {
	m := sc.Customer.Mood
	return &fakeConv{sc: sc, state: sim.State{Frustration: m.Frustration, Trust: m.Trust, Patience: m.Patience}}
}

func (c *fakeConv) Open(context.Context) (scoring.Turn, error) {
	t := scoring.Turn{Role: scoring.RoleCustomer, Text: "My order is late."}
	c.turns = append(c.turns, t)
	return t, nil
}

func (c *fakeConv) Submit(_ context.Context, text string, a *scoring.Action) (Exchange, error) {
	agent := scoring.Turn{Role: scoring.RoleAgent, Text: text, Action: a, AtMS: 1000}
	c.turns = append(c.turns, agent)
	c.state.Frustration -= 10
	c.state.Patience--
	reply := scoring.Turn{Role: scoring.RoleCustomer, Text: "What will you do about it?", AtMS: 2000}
	if a != nil && a.Kind == "refund" {
		c.ending = sim.Resolved
		reply.Text = "Thanks. That's fair."
	}
	c.turns = append(c.turns, reply)
	return Exchange{Agent: agent, Customer: reply}, nil
}

func (c *fakeConv) State() sim.State   { return c.state }
func (c *fakeConv) Band() string       { return "upset" }
func (c *fakeConv) Ending() sim.Ending { return c.ending }
func (c *fakeConv) Quit()              { c.ending = sim.Abandoned }
func (c *fakeConv) Transcript() scoring.Transcript {
	return scoring.Transcript{Scenario: c.sc.ID, Turns: append([]scoring.Turn(nil), c.turns...), Ending: string(c.ending)}
}

// Finish keeps a copy of the report, as a store that writes it out would.
func (c *fakeConv) Finish(_ context.Context, rep *scoring.Report) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var stored *scoring.Report
	if rep != nil {
		b, err := json.Marshal(rep)
		if err != nil {
			return err
		}
		stored = new(scoring.Report)
		if err := json.Unmarshal(b, stored); err != nil {
			return err
		}
	}
	c.finished = append(c.finished, stored)
	return nil
}

func (c *fakeConv) MarkPractice(context.Context) error          { return nil }
func (c *fakeConv) AddHint(context.Context, scoring.Hint) error { return nil }

func (c *fakeConv) HistoryProblem() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.problem
}

// finishedReports is what Finish received; it is called from the scoring goroutine.
func (c *fakeConv) finishedReports() []*scoring.Report {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]*scoring.Report(nil), c.finished...)
}

func (c *fakeConv) Fork(at int) (Conversation, error) {
	if at < 0 || at > len(c.turns) {
		return nil, errors.New("no such turn")
	}
	f := newFakeConv(c.sc)
	f.turns = append(f.turns, c.turns[:at]...)
	return f, nil
}

// fakeGrader gives every session the same report, with one piece of evidence per agent turn.
type fakeGrader struct{}

func (fakeGrader) Score(t scoring.Transcript, sc *scenarios.Scenario) (scoring.Report, error) {
	rep := scoring.Report{Scenario: sc.ID, RubricVersion: "1", Total: 74, Ending: t.Ending,
		Dimensions:   map[scoring.Dimension]scoring.DimensionScore{},
		Outcomes:     scoring.Outcomes{Relief: true, Clarity: true},
		Satisfaction: scoring.Satisfaction{Estimate: 72, Baseline: 70, Paradox: true}}
	for i, d := range scoring.Dimensions {
		rep.Dimensions[d] = scoring.DimensionScore{Score: 60 + 5*i, Weight: 0.25}
	}
	for i, turn := range t.Turns {
		if turn.Role == scoring.RoleAgent && turn.Text != "" {
			ds := rep.Dimensions[scoring.Empathy]
			ds.Evidence = append(ds.Evidence, scoring.Evidence{Turn: i, Quote: firstWords(turn.Text), Rule: "owns-the-mistake", Points: 12})
			rep.Dimensions[scoring.Empathy] = ds
		}
	}
	return rep, nil
}

func (fakeGrader) Why(rule string) string {
	if rule == "owns-the-mistake" {
		return "Saying plainly that the company got it wrong."
	}
	return ""
}

func firstWords(s string) string {
	f := strings.Fields(s)
	if len(f) > 3 {
		f = f[:3]
	}
	return strings.Join(f, " ")
}

// testScenario is a small, complete scenario for screens that do not parse YAML.
func testScenario(id, title string, difficulty int, kind string) *scenarios.Scenario {
	return &scenarios.Scenario{ID: id, Title: title, Difficulty: difficulty, Channel: "chat",
		Brief:    "A customer whose order arrived late.",
		Failure:  scenarios.Failure{Kind: kind, Severity: 3, Facts: []string{"order #4471 promised for Friday", "arrived Monday"}},
		Customer: scenarios.Customer{Name: "Dana", Persona: "Direct, busy", Mood: scenarios.Mood{Frustration: 70, Trust: 40, Patience: 6}},
		Authority: []scenarios.Authority{
			{Kind: "refund", Max: 25, Currency: "USD", Note: "shipping fee"},
			{Kind: "escalate", To: "delivery specialist", Within: "24h"},
		},
		FairRemedy: scenarios.Range{Min: 12, Max: 40}, BaselineSatisfaction: 70}
}

// fixedClock is a clock tests control; the session timer never ticks.
func fixedClock() (func() time.Time, func() (<-chan time.Time, func())) {
	at := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	return func() time.Time { return at }, func() (<-chan time.Time, func()) { return make(chan time.Time), func() {} }
}

// fakeStore answers the screens' history reads and records recovery closes.
type fakeStore struct {
	trainees   []TraineeSummary
	sessions   []SessionInfo
	unfinished []SessionInfo
	closed     []string
	transcript scoring.Transcript // what Session returns
	stored     *StoredSession     // what Session returns instead, when set
	mu         sync.Mutex
}

func (s *fakeStore) Unfinished(context.Context) ([]SessionInfo, error) { return s.unfinished, nil }
func (s *fakeStore) CloseUnfinished(_ context.Context, id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = append(s.closed, id)
	return nil
}

// closedIDs is what CloseUnfinished received; it is called from a goroutine.
func (s *fakeStore) closedIDs() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.closed...)
}
func (s *fakeStore) Sessions(context.Context, string) ([]SessionInfo, error) {
	return s.sessions, nil
}
func (s *fakeStore) Session(_ context.Context, id string) (StoredSession, error) {
	if s.stored != nil {
		return *s.stored, nil
	}
	return StoredSession{SessionInfo: SessionInfo{ID: id}, Transcript: s.transcript}, nil
}
func (s *fakeStore) Trainees(context.Context, ReviewScope) ([]TraineeSummary, error) {
	return s.trainees, nil
}
func (s *fakeStore) DimensionSeries(context.Context, string, ReviewScope) (map[scoring.Dimension][]Point, error) {
	return nil, nil
}
func (s *fakeStore) ScenarioStats(context.Context, string, ReviewScope) ([]ScenarioStat, error) {
	return nil, nil
}
func (s *fakeStore) FirstVsBest(context.Context, string, string) (*scoring.Report, *scoring.Report, error) {
	return nil, nil, nil
}
func (s *fakeStore) RuleLosses(context.Context, ReviewScope) ([]RuleLoss, error) { return nil, nil }
func (s *fakeStore) Export(context.Context, io.Writer, string, func(float64)) error {
	return nil
}
