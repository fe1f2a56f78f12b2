package main

import (
	"context"
	"fmt"
	"time"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/sim"
	"github.com/turnaround-app/turnaround/ui"
)

// desktopRecorder starts the Practice screen's conversations, each recorded
// through history.Recorder exactly as `turnaround play` records: every turn as
// the simulator reports it, the voice that played, scoring's rubric version,
// and for a retry the session it retried.
type desktopRecorder struct {
	store   history.Store
	trainee func() string
	now     func() time.Time
}

// start begins a recorded conversation on sc. kept holds the turns it starts
// from (a retry's or a resumed session's; none for a fresh start) and parent
// the session a retry forks from (zero otherwise). A history that fails does
// not stop the conversation: HistoryProblem says so.
func (d desktopRecorder) start(sc *scenarios.Scenario, voice sim.Voice, onToken func(string),
	kept scoring.Transcript, parent history.SessionID) (ui.Conversation, error) {
	c := &recordedConversation{d: d, sc: sc, voice: voice, onToken: onToken, rec: history.NewRecorder(d.store, d.now)}
	opts := sim.Options{Voice: voice, OnEvent: c.onEvent}
	if len(kept.Turns) == 0 {
		c.session = sim.NewSession(sc, opts)
	} else {
		s, err := sim.Replay(sc, kept, opts)
		if err != nil {
			return nil, err
		}
		c.session = s
	}
	c.Conversation = ui.NewSimConversation(c.session)
	meta := history.SessionMeta{Trainee: d.trainee(), ScenarioID: sc.ID, ScenarioHash: sc.Hash,
		ScenarioTitle: sc.Title, Voice: voice.Name()}
	if parent != 0 {
		meta.ParentID, meta.ForkTurn = parent, len(kept.Turns)
	}
	// A failure is kept in the recorder's status, which HistoryProblem reports.
	_ = c.rec.Begin(context.Background(), meta, c.session.Transcript().Turns)
	return c, nil
}

// recordedConversation is a simulator session that records itself.
type recordedConversation struct {
	ui.Conversation
	d       desktopRecorder
	sc      *scenarios.Scenario
	voice   sim.Voice
	onToken func(string)
	session *sim.Session
	rec     *history.Recorder
}

// onEvent records each turn as the simulator reports it (the agent's before
// the voice starts on the reply) and streams the reply's words to the screen.
func (c *recordedConversation) onEvent(e sim.Event) {
	switch e.Kind {
	case sim.EventTurn:
		_ = c.rec.Turn(context.Background(), e.Index, e.Turn) // held and reported by HistoryProblem
	case sim.EventToken:
		if c.onToken != nil {
			c.onToken(e.Piece)
		}
	}
}

// Fork implements ui.Conversation: the retry is a new recorded session that
// starts with this one's turns before atTurn and names this one as its parent.
func (c *recordedConversation) Fork(atTurn int) (ui.Conversation, error) {
	t := c.session.Transcript()
	if atTurn < 1 || atTurn > len(t.Turns) {
		return nil, fmt.Errorf("turn %d is outside 1..%d (the opening line is always kept)", atTurn, len(t.Turns))
	}
	t.Turns, t.Ending = t.Turns[:atTurn], ""
	return c.d.start(c.sc, c.voice, c.onToken, t, c.rec.Session())
}

// Finish implements ui.Conversation.
func (c *recordedConversation) Finish(ctx context.Context, rep *scoring.Report) error {
	return c.rec.Finish(ctx, string(c.session.Ending()), rep)
}

// MarkPractice implements ui.Conversation: the session is stored as played in
// practice mode. Without a stored session HistoryProblem has said so already.
func (c *recordedConversation) MarkPractice(ctx context.Context) error {
	if id := c.rec.Session(); id != 0 {
		return c.d.store.SetMode(ctx, id, history.ModePractice)
	}
	return nil
}

// AddHint implements ui.Conversation: the hint is stored with the session.
func (c *recordedConversation) AddHint(ctx context.Context, h scoring.Hint) error {
	if id := c.rec.Session(); id != 0 {
		return c.d.store.AddHint(ctx, id, storedHint(h))
	}
	return nil
}

// HistoryProblem implements ui.Conversation.
func (c *recordedConversation) HistoryProblem() string {
	return historyProblem(c.rec.Status(), c.session.Ending() != sim.Ongoing)
}

// historyProblem is the banner sentence for a session the history does not
// fully hold; "" when it does.
func historyProblem(st history.RecordStatus, ended bool) string {
	if st.Err == nil {
		return ""
	}
	msg := "History not saved: " + rootCause(st.Err).Error() + "."
	missing := st.Missing()
	switch {
	case st.Session == 0:
		return msg + " This session will not be in Review; it stays on screen until you leave it."
	case missing != "" && !ended:
		return msg + " The conversation goes on; the history lacks " + missing + "; the next turn tries again."
	case missing != "":
		return msg + " The history lacks " + missing + " and the ending of this session."
	}
	return msg + " The history lacks the ending of this session, so Review lists it as unfinished."
}
