package sim

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

func TestBand(t *testing.T) {
	for _, tt := range []struct {
		frustration int
		want        string
	}{{100, "angry"}, {70, "angry"}, {69, "upset"}, {40, "upset"}, {39, "calm"}, {0, "calm"}} {
		if got := (State{Frustration: tt.frustration}).Band(); got != tt.want {
			t.Errorf("Band at frustration %d = %q, want %q", tt.frustration, got, tt.want)
		}
	}
}

func TestPickLine(t *testing.T) {
	sc := &scenarios.Scenario{Beats: scenarios.Beats{"on_action": {
		{Text: "plain one"},
		{Text: "plain two"},
		{Text: "after refund", After: "refund"},
		{Text: "calm only", Mood: "calm"},
	}}}
	tests := []struct {
		name string
		c    lineChoice
		want string
	}{
		{"after match wins", lineChoice{beat: "on_action", band: "angry", after: "refund"}, "after refund"},
		{"mood match wins over plain", lineChoice{beat: "on_action", band: "calm"}, "calm only"},
		{"plain lines rotate by turn (0)", lineChoice{beat: "on_action", band: "angry", turn: 0}, "plain one"},
		{"plain lines rotate by turn (1)", lineChoice{beat: "on_action", band: "angry", turn: 1}, "plain two"},
		{"never the same line twice in a row", lineChoice{beat: "on_action", band: "angry", turn: 2, last: "plain one"}, "plain two"},
		{"a single fitting line may repeat", lineChoice{beat: "on_action", band: "calm", last: "calm only"}, "calm only"},
		{"missing beat", lineChoice{beat: "on_hedge"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := pickLine(sc, tt.c); got != tt.want {
				t.Errorf("pickLine = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSubmitMisuse(t *testing.T) {
	sc := builtin(t, "late-delivery-anniversary")
	ctx := context.Background()
	s := NewSession(sc, Options{})
	if _, err := s.Submit(ctx, "hello", nil); err == nil || !strings.Contains(err.Error(), "call Open first") {
		t.Errorf("submit before open: err %v", err)
	}
	if _, err := s.Open(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Open(ctx); err == nil {
		t.Error("second Open: no error")
	}
	if _, err := s.Submit(ctx, "   \n", nil); err == nil || !strings.HasPrefix(err.Error(), "empty turn") {
		t.Errorf("empty turn: err %v", err)
	}
	if _, err := s.Submit(ctx, "", &scoring.Action{}); err == nil || !strings.Contains(err.Error(), "no kind") {
		t.Errorf("action without kind: err %v", err)
	}
	if r := s.Quit(); r.Ending != Abandoned {
		t.Errorf("quit ending %q", r.Ending)
	}
	if _, err := s.Submit(ctx, "hello?", nil); !errors.Is(err, ErrEnded) {
		t.Errorf("submit after quit: err %v, want ErrEnded", err)
	}
	if r := s.Quit(); r.Ending != Abandoned {
		t.Errorf("second quit changed the ending to %q", r.Ending)
	}
}

func TestLongTextIsCutWithANote(t *testing.T) {
	sc := builtin(t, "late-delivery-anniversary")
	s := NewSession(sc, Options{MaxTurnRunes: 10})
	if _, err := s.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	r, err := s.Submit(context.Background(), strings.Repeat("é", 25), nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Agent.Text != strings.Repeat("é", 10) {
		t.Errorf("agent text %q, want 10 runes", r.Agent.Text)
	}
	if want := "your message was cut to 10 characters (it had 25)"; r.Agent.Note != want {
		t.Errorf("note %q, want %q", r.Agent.Note, want)
	}
}

// failingVoice always fails, to check the scripted fallback.
type failingVoice struct{}

func (failingVoice) Name() string { return "broken" }
func (failingVoice) Reply(context.Context, VoiceRequest, TokenFunc) (string, error) {
	return "", errors.New("connection refused")
}

func TestVoiceFailureFallsBackToScript(t *testing.T) {
	sc := builtin(t, "late-delivery-anniversary")
	s := NewSession(sc, Options{Voice: failingVoice{}})
	open, err := s.Open(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if want := scenarios.Fill(sc, sc.Beats["opening"][0].Text, nil); open.Text != want {
		t.Errorf("opening %q, want the scripted %q", open.Text, want)
	}
	if want := "the broken voice failed (connection refused); the scripted line was used"; open.Note != want {
		t.Errorf("note %q, want %q", open.Note, want)
	}
}

func TestEventsInOrderAndTokensJoinToReply(t *testing.T) {
	sc := builtin(t, "late-delivery-anniversary")
	var kinds []string
	var pieces strings.Builder
	s := play(t, sc, nil, Options{OnEvent: func(e Event) {
		if e.Kind == EventToken {
			pieces.WriteString(e.Piece)
			return
		}
		kinds = append(kinds, e.Kind.String())
	}})
	kinds, opening := nil, pieces.String()
	pieces.Reset()
	r, err := s.Submit(context.Background(), "Let me refund that.", &scoring.Action{Kind: "refund", Amount: 99})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"turn", "note", "state", "turn"}; !cmp.Equal(kinds, want) {
		t.Errorf("event kinds %v, want %v", kinds, want)
	}
	if pieces.String() != r.Customer.Text || opening != s.Transcript().Turns[0].Text {
		t.Errorf("tokens %q do not join to the reply %q", pieces.String(), r.Customer.Text)
	}
	if r.Refused == "" || r.Beat != sc.ResolveBeat("on_refused") || r.Customer.Mood == nil {
		t.Errorf("reply %+v: want a refusal, the on_refused beat and a mood", r)
	}
}

func TestReplayRejectsBadTranscripts(t *testing.T) {
	sc := builtin(t, "late-delivery-anniversary")
	opening := scoring.Turn{Role: scoring.RoleCustomer, Text: "hi"}
	tests := []struct {
		name string
		tr   scoring.Transcript
		want string
	}{
		{"other scenario", scoring.Transcript{Scenario: "x", Turns: []scoring.Turn{opening}}, `replay: the transcript is for scenario "x", not "late-delivery-anniversary"`},
		{"no opening", scoring.Transcript{Turns: []scoring.Turn{{Role: scoring.RoleAgent, Text: "hi"}}}, "replay: turn 0 must be the customer's opening line"},
		{"empty agent turn", scoring.Transcript{Turns: []scoring.Turn{opening, {Role: scoring.RoleAgent}}}, "replay: agent turn 1 has neither text nor an action"},
		{"bad role", scoring.Transcript{Turns: []scoring.Turn{opening, {Role: "manager", Text: "x"}}}, `replay: turn 1 has role "manager"; want customer or agent`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Replay(sc, tt.tr, Options{})
			if err == nil || err.Error() != tt.want {
				t.Errorf("err %v, want %q", err, tt.want)
			}
		})
	}
}

func TestReplayAnswersATrailingAgentTurn(t *testing.T) {
	sc := builtin(t, "late-delivery-anniversary")
	tr := scoring.Transcript{Turns: []scoring.Turn{
		{Role: scoring.RoleCustomer, Text: "hi", AtMS: 0},
		{Role: scoring.RoleAgent, Text: "Refunding now.", Action: &scoring.Action{Kind: "refund", Amount: 25, Currency: "USD"}, AtMS: 9000},
	}}
	s, err := Replay(sc, tr, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := s.Transcript().Turns
	if len(got) != 3 || got[2].Role != scoring.RoleCustomer || got[2].Note == "" || got[2].AtMS < 9000 {
		t.Fatalf("turns after replay %+v; want a scripted customer reply with a note", got)
	}
}

func TestLeavingFollowsTheHangUpRule(t *testing.T) {
	l := State{Frustration: 85, Trust: 30, Patience: 4}.Leaving()
	if l != (Leaving{FrustrationLimit: 100, FrustrationToGo: 15, RepliesLeft: 4}) {
		t.Errorf("Leaving = %+v", l)
	}
	sc := builtin(t, "late-delivery-anniversary")
	for _, st := range []State{{Frustration: HangUpFrustration, Patience: 4}, {Frustration: 40, Patience: 0}} {
		if l := st.Leaving(); l.FrustrationToGo > 0 && l.RepliesLeft > 0 {
			t.Errorf("%+v: Leaving says the customer stays, %+v", st, l)
		}
		if got, _ := decideEnding(sc, st, scenarios.NewLedger(sc), false, false); got != HungUp {
			t.Errorf("%+v: decideEnding = %q, want hung-up, as Leaving says", st, got)
		}
	}
}
