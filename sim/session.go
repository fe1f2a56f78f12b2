package sim

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// DefaultMaxTurnRunes caps an agent turn's text when Options.MaxTurnRunes is 0.
// It is the most a scored turn may hold, so every session played can be scored.
const DefaultMaxTurnRunes = scoring.MaxTurnRunes

// Options configure a Session. The zero value plays the scripted voice on the real clock.
type Options struct {
	// Voice words the customer's replies; nil means NewScripted().
	Voice Voice
	// Clock returns the time elapsed since the session started; nil means a real
	// monotonic clock. Tests inject fakes. After Replay or Fork the clock continues
	// from the last recorded turn: a turn's at_ms is that turn's at_ms plus Clock().
	Clock func() time.Duration
	// OnEvent is called synchronously for every turn, state change, note, token and
	// ending, in order, on the goroutine that called Open, Submit or Quit.
	OnEvent func(Event)
	// MaxTurnRunes caps the agent's text (DefaultMaxTurnRunes when 0 or larger):
	// longer text is cut and a note says so.
	MaxTurnRunes int
}

// ErrEnded is returned by Submit after the session has ended.
var ErrEnded = errors.New("the session has ended")

// Session is one conversation between a trainee and the simulated customer. It is
// not safe for concurrent use; one goroutine drives it.
type Session struct {
	sc    *scenarios.Scenario
	opts  Options
	voice Voice
	clock func() time.Duration
	// baseMS is added to the clock after Replay or Fork.
	baseMS int64
	// timing is the transcript's timing version: scoring.TimingShown for a new
	// session, whose customer turns are stamped when the line finished showing;
	// a replayed transcript keeps its own.
	timing int

	turns  []scoring.Turn
	trace  []Step
	opened bool
	mind   mind
	// pending is the outcome of a replayed agent turn still waiting for its reply.
	pending *outcome
}

// Step is the customer's state after one agent turn, with the reactions that fired
// and the beat the reply came from: one line of a mood trace.
type Step struct {
	AgentIndex int
	State      State
	Why        []string
	Beat       string
	Refused    string
}

// NewSession starts a session on a scenario. Call Open for the customer's first line.
func NewSession(sc *scenarios.Scenario, opts Options) *Session {
	if opts.MaxTurnRunes <= 0 || opts.MaxTurnRunes > DefaultMaxTurnRunes {
		opts.MaxTurnRunes = DefaultMaxTurnRunes
	}
	s := &Session{sc: sc, opts: opts, voice: opts.Voice, clock: opts.Clock, mind: newMind(sc), timing: scoring.TimingShown}
	if s.voice == nil {
		s.voice = NewScripted()
	}
	if s.clock == nil {
		start := time.Now()
		s.clock = func() time.Duration { return time.Since(start) }
	}
	return s
}

// Open returns the customer's opening line and records it as turn 0.
func (s *Session) Open(ctx context.Context) (scoring.Turn, error) {
	if s.opened {
		return scoring.Turn{}, errors.New("the customer has already opened this session")
	}
	s.opened = true
	s.emit(Event{Kind: EventState, Index: 0, State: s.mind.state})
	text, note := s.speak(ctx, 0, "opening", scoring.Turn{}, "", nil)
	turn := s.customerTurn(text, note)
	index := s.record(turn)
	if note != "" {
		s.emit(Event{Kind: EventNote, Index: index, Note: note})
	}
	return turn, nil
}

// Submit plays one agent turn: text, an action from the authority card, or both.
// It returns an error only for misuse (a session that has not opened or has ended,
// an empty turn); an action beyond the card is refused with a note, and a failing
// voice falls back to the scripted line with a note.
func (s *Session) Submit(ctx context.Context, text string, action *scoring.Action) (Reply, error) {
	if err := s.checkSubmit(text, action); err != nil {
		return Reply{}, err
	}
	agent, notes := s.agentTurn(text, action)
	out := s.mind.advance(s.sc, agent, s.lastCustomerAt())
	out.recordResult(&agent)
	if out.refused != "" {
		notes = append(notes, out.refused)
	}
	agent.Note = strings.Join(notes, "; ")
	agentIndex := s.recordAgent(agent, notes, out)
	customer, note := s.answer(ctx, agent, out)
	if note != "" {
		notes = append(notes, note)
	}
	return Reply{
		Agent: agent, Customer: customer, AgentIndex: agentIndex, CustomerIndex: agentIndex + 1,
		State: out.state, Why: out.why, Beat: out.beat, Ending: out.ending,
		Refused: out.refused, Notes: notes, Markers: out.markers,
	}, nil
}

// recordAgent records the agent's turn and reports its notes and the state change.
func (s *Session) recordAgent(agent scoring.Turn, notes []string, out outcome) int {
	index := s.record(agent)
	for _, n := range notes {
		s.emit(Event{Kind: EventNote, Index: index, Note: n})
	}
	s.trace = append(s.trace, out.step(index))
	s.emit(Event{Kind: EventState, Index: index, State: out.state, Why: out.why})
	return index
}

// answer words and records the customer's reply, and reports the ending if the
// turn brought one. It returns the reply and the voice's fallback note, if any.
func (s *Session) answer(ctx context.Context, agent scoring.Turn, out outcome) (scoring.Turn, string) {
	given := out.given(agent)
	text, note := s.speak(ctx, len(s.trace), out.beat, agent, actionKind(given), fillVars(given.Action))
	customer := s.customerTurn(text, note)
	index := s.record(customer)
	if note != "" {
		s.emit(Event{Kind: EventNote, Index: index, Note: note})
	}
	if out.ending != Ongoing {
		s.emit(Event{Kind: EventEnded, Index: index, Ending: out.ending})
	}
	return customer, note
}

// checkSubmit rejects misuse with a message a trainee or caller can act on.
func (s *Session) checkSubmit(text string, action *scoring.Action) error {
	switch {
	case !s.opened:
		return errors.New("the customer has not spoken yet; call Open first")
	case s.mind.ending != Ongoing:
		return fmt.Errorf("%w (%s); start a new session or fork this one", ErrEnded, s.mind.ending)
	case strings.TrimSpace(text) == "" && action == nil:
		return errors.New("empty turn: write something to the customer or take an action")
	case action != nil && strings.TrimSpace(action.Kind) == "":
		return errors.New("the action has no kind; use one from the authority card")
	case action != nil && scenarios.IsMoney(action.Kind) && scenarios.AmountProblem(action.Amount) != "":
		// Not money at all, so not an offer the card could judge: nothing is
		// recorded, and the trainee can correct the amount.
		return fmt.Errorf("%s not sent: %s", action.Kind, scenarios.AmountProblem(action.Amount))
	}
	return nil
}

// agentTurn builds the agent's turn, cutting text beyond the rune cap and filling
// an action's currency from the card.
func (s *Session) agentTurn(text string, action *scoring.Action) (scoring.Turn, []string) {
	var notes []string
	text = strings.TrimSpace(text)
	if n := utf8.RuneCountInString(text); n > s.opts.MaxTurnRunes {
		text = cutRunes(text, s.opts.MaxTurnRunes)
		notes = append(notes, fmt.Sprintf("your message was cut to %d characters (it had %d)", s.opts.MaxTurnRunes, n))
	}
	turn := scoring.Turn{Role: scoring.RoleAgent, Text: text, AtMS: s.now()}
	if action != nil {
		a := normaliseAction(s.sc, *action)
		turn.Action = &a
	}
	return turn, notes
}

// speak words a customer reply: the scripted line for the beat, then the voice.
// A failing voice falls back to the scripted line and returns a note saying so.
func (s *Session) speak(ctx context.Context, turnNo int, beat string, agent scoring.Turn, after string, vars map[string]string) (string, string) {
	line := pickLine(s.sc, lineChoice{beat: beat, band: s.mind.state.Band(), after: after, turn: turnNo, last: s.mind.lastLine})
	req := VoiceRequest{
		Scenario: s.sc, State: s.mind.state, Beat: beat, Agent: agent,
		History: s.turns[:len(s.turns):len(s.turns)], Scripted: scenarios.Fill(s.sc, line, vars),
	}
	index := len(s.turns)
	text, err := s.voice.Reply(ctx, req, func(piece string) {
		s.emit(Event{Kind: EventToken, Index: index, Piece: piece})
	})
	if err != nil || strings.TrimSpace(text) == "" {
		why := "it returned nothing"
		if err != nil {
			why = err.Error()
		}
		return req.Scripted, fmt.Sprintf("the %s voice failed (%s); the scripted line was used", s.voice.Name(), why)
	}
	return text, ""
}

// customerTurn records the reply with the state it leaves the customer in. It is
// stamped after the voice returned, when the line has finished showing, so the
// time the voice took lies before it and never counts as the trainee's.
func (s *Session) customerTurn(text, note string) scoring.Turn {
	st := s.mind.state
	s.mind.lastLine = text
	return scoring.Turn{
		Role: scoring.RoleCustomer, Text: text, AtMS: s.now(), Note: note,
		Mood: &scoring.Mood{Frustration: st.Frustration, Trust: st.Trust, Patience: st.Patience},
	}
}

// record appends a turn, reports it and returns its index.
func (s *Session) record(t scoring.Turn) int {
	s.turns = append(s.turns, t)
	i := len(s.turns) - 1
	s.emit(Event{Kind: EventTurn, Index: i, Turn: t})
	return i
}

// Quit ends the session as abandoned by the trainee. On an ended session it
// changes nothing and returns the ending it already has.
func (s *Session) Quit() Reply {
	r := Reply{AgentIndex: -1, CustomerIndex: -1, State: s.mind.state, Ending: s.mind.ending}
	if s.mind.ending != Ongoing {
		return r
	}
	s.mind.ending = Abandoned
	r.Ending = Abandoned
	s.emit(Event{Kind: EventEnded, Index: len(s.turns) - 1, Ending: Abandoned})
	return r
}

// now is the elapsed time in milliseconds, never earlier than the last turn and
// never past scoring.MaxSessionMS, so a session left open for days still scores.
func (s *Session) now() int64 {
	ms := min(s.baseMS+s.clock().Milliseconds(), scoring.MaxSessionMS)
	if n := len(s.turns); n > 0 && ms < s.turns[n-1].AtMS {
		ms = s.turns[n-1].AtMS
	}
	return ms
}

// lastCustomerAt is when the customer last spoke (0 before the opening).
func (s *Session) lastCustomerAt() int64 {
	for i := len(s.turns) - 1; i >= 0; i-- {
		if s.turns[i].Role == scoring.RoleCustomer {
			return s.turns[i].AtMS
		}
	}
	return 0
}

func (s *Session) emit(e Event) {
	if s.opts.OnEvent != nil {
		s.opts.OnEvent(e)
	}
}

func cutRunes(s string, n int) string {
	i := 0
	for count := 0; i < len(s) && count < n; count++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

func actionKind(t scoring.Turn) string {
	if t.Action == nil {
		return ""
	}
	return t.Action.Kind
}
