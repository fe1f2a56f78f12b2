package history

import (
	"context"
	"errors"
	"runtime"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/turnaround-app/turnaround/scoring"
)

func TestSessionRoundTrip(t *testing.T) {
	memory := backend{"memory", func(t *testing.T) Store { return openMemory(t) }}
	for _, b := range append(backends, memory) {
		t.Run(b.name, func(t *testing.T) {
			s := b.open(t)
			rep := sampleReport(78, 82, 70, 85, 75)
			id := playSession(t, s, sampleMeta("Ana", "late-delivery", t0), rep)
			got, err := s.Session(context.Background(), id)
			if err != nil {
				t.Fatal(err)
			}
			want := SessionDetail{
				SessionSummary: SessionSummary{ID: id, Trainee: "Ana", ScenarioID: "late-delivery",
					ScenarioTitle: "Title of late-delivery", ScenarioHash: "hash-late-delivery", RubricVersion: "1",
					Voice: "scripted", StartedAt: t0, EndedAt: t0.Add(42 * time.Second), Ending: "resolved",
					Turns: 4, Scored: true, Total: 78,
					Scores: map[scoring.Dimension]int{"empathy": 82, "action_speed": 70, "authority_clarity": 85, "fairness": 75}},
				Transcript: scoring.Transcript{Scenario: "late-delivery", Turns: sampleTurns(), Ending: "resolved"},
				Report:     rep,
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("session (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRetryKeepsParentAndForkTurn(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		first := playSession(t, s, sampleMeta("Ana", "late-delivery", t0), nil)
		retry := sampleMeta("Ana", "late-delivery", t0.Add(time.Hour))
		retry.ParentID, retry.ForkTurn = first, 2
		id := playSession(t, s, retry, nil)
		got, err := s.Session(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if got.ParentID != first || got.ForkTurn != 2 || got.Scored || got.Report != nil {
			t.Errorf("retry = parent %d fork %d scored %v report %v; want parent %d fork 2, unscored",
				got.ParentID, got.ForkTurn, got.Scored, got.Report, first)
		}
	})
}

func TestReportRubricVersionWins(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		m := sampleMeta("Ana", "late-delivery", t0)
		m.RubricVersion = ""
		rep := sampleReport(78, 82, 70, 85, 75)
		rep.RubricVersion = "2"
		id := playSession(t, s, m, rep)
		got, err := s.Session(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if got.RubricVersion != "2" {
			t.Errorf("rubric version = %q; want the report's \"2\"", got.RubricVersion)
		}
	})
}

func TestAppendTurnAgainReplacesIt(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		id, err := s.BeginSession(ctx, sampleMeta("Ana", "late-delivery", t0))
		if err != nil {
			t.Fatal(err)
		}
		turn := scoring.Turn{Role: scoring.RoleAgent, Text: "first try", AtMS: 5}
		for _, text := range []string{"first try", "second try"} {
			turn.Text = text
			if err := s.AppendTurn(ctx, id, 0, turn); err != nil {
				t.Fatal(err)
			}
		}
		got, err := s.Session(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]scoring.Turn{turn}, got.Transcript.Turns); diff != "" {
			t.Errorf("turns (-want +got):\n%s", diff)
		}
	})
}

func TestMissingSessionIsErrNotFound(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		calls := map[string]func() error{
			"Session":         func() error { _, err := s.Session(ctx, 99); return err },
			"AppendTurn":      func() error { return s.AppendTurn(ctx, 99, 0, scoring.Turn{Role: scoring.RoleAgent}) },
			"FinishSession":   func() error { return s.FinishSession(ctx, 99, "resolved", nil, t0) },
			"CloseUnfinished": func() error { return s.CloseUnfinished(ctx, 99, "abandoned") },
		}
		want := map[string]string{}
		switch s := s.(type) {
		case *SQLiteStore:
			want[""] = "history file " + s.Path() + " has no session 99"
		case *PGStore:
			want[""] = "team store " + s.Where() + " has no session 99"
		}
		for name, call := range calls {
			t.Run(name, func(t *testing.T) {
				err := call()
				if !errors.Is(err, ErrNotFound) || err.Error() != want[""] {
					t.Fatalf("err = %v; want ErrNotFound saying %q", err, want[""])
				}
			})
		}
	})
}

func TestUnfinishedThenCloseUnfinished(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		playSession(t, s, sampleMeta("Ana", "late-delivery", t0), nil)
		open, err := s.BeginSession(ctx, sampleMeta("Ben", "billing-error", t0.Add(time.Hour)))
		if err != nil {
			t.Fatal(err)
		}
		for i, turn := range sampleTurns()[:2] {
			if err := s.AppendTurn(ctx, open, i, turn); err != nil {
				t.Fatal(err)
			}
		}
		list, err := s.Unfinished(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != 1 || list[0].ID != open || list[0].Turns != 2 || list[0].Finished() {
			t.Fatalf("Unfinished = %+v; want only session %d with 2 turns", list, open)
		}
		if err := s.CloseUnfinished(ctx, open, "abandoned"); err != nil {
			t.Fatal(err)
		}
		got, err := s.Session(ctx, open)
		if err != nil {
			t.Fatal(err)
		}
		// The end time is the last stored turn: 14 s after the start.
		wantEnd := t0.Add(time.Hour + 14*time.Second)
		if got.Ending != "abandoned" || !got.EndedAt.Equal(wantEnd) {
			t.Errorf("closed session ending %q at %v; want abandoned at %v", got.Ending, got.EndedAt, wantEnd)
		}
		if list, _ := s.Unfinished(ctx); len(list) != 0 {
			t.Errorf("Unfinished after close = %+v; want none", list)
		}
	})
}

func TestSessionsFilterAndOrder(t *testing.T) {
	eachStore(t, func(t *testing.T, s Store) {
		ids := map[string]SessionID{}
		for i, p := range []struct{ name, trainee, scenario string }{
			{"ana-late", "Ana", "late-delivery"},
			{"ben-late", "Ben", "late-delivery"},
			{"ana-bill", "Ana", "billing-error"},
		} {
			ids[p.name] = playSession(t, s, sampleMeta(p.trainee, p.scenario, t0.AddDate(0, 0, i)), nil)
		}
		tests := []struct {
			name string
			f    Filter
			want []string
		}{
			{"all newest first", Filter{}, []string{"ana-bill", "ben-late", "ana-late"}},
			{"trainee", Filter{Trainee: "Ana"}, []string{"ana-bill", "ana-late"}},
			{"scenario", Filter{ScenarioID: "late-delivery"}, []string{"ben-late", "ana-late"}},
			{"since is inclusive", Filter{Since: t0.AddDate(0, 0, 1)}, []string{"ana-bill", "ben-late"}},
			{"until is exclusive", Filter{Until: t0.AddDate(0, 0, 1)}, []string{"ana-late"}},
			{"limit", Filter{Limit: 1}, []string{"ana-bill"}},
			{"unknown trainee", Filter{Trainee: "Zed"}, nil},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := s.Sessions(context.Background(), tt.f)
				if err != nil {
					t.Fatal(err)
				}
				var want []SessionID
				for _, n := range tt.want {
					want = append(want, ids[n])
				}
				if diff := cmp.Diff(want, sessionIDs(got)); diff != "" {
					t.Errorf("ids (-want +got):\n%s", diff)
				}
			})
		}
	})
}

func sessionIDs(list []SessionSummary) []SessionID {
	var ids []SessionID
	for _, s := range list {
		ids = append(ids, s.ID)
	}
	return ids
}

func TestDefaultPathIsInTheConfigFolder(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the config folder is only read from XDG_CONFIG_HOME on Linux")
	}
	t.Setenv("XDG_CONFIG_HOME", "/home/ana/.config")
	t.Setenv("HOME", "/home/ana")
	got, err := DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	if want := "/home/ana/.config/turnaround/history.db"; got != want {
		t.Errorf("DefaultPath() = %q; want %q", got, want)
	}
}
