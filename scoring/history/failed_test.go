package history

import (
	"context"
	"errors"
	"io"
	"testing"
)

// TestFailedStoreAnswersEveryCallWithItsError: the store OpenOrFallback returns
// when even memory fails must fail loudly, never pretend to record.
func TestFailedStoreAnswersEveryCallWithItsError(t *testing.T) {
	cause := errors.New("cannot open any history")
	var s Store = failedStore{err: cause}
	ctx := context.Background()
	calls := map[string]func() error{
		"BeginSession":    func() error { _, err := s.BeginSession(ctx, SessionMeta{}); return err },
		"AppendTurn":      func() error { return s.AppendTurn(ctx, 1, 0, sampleTurns()[0]) },
		"FinishSession":   func() error { return s.FinishSession(ctx, 1, "resolved", nil, t0) },
		"CloseUnfinished": func() error { return s.CloseUnfinished(ctx, 1, "abandoned") },
		"Unfinished":      func() error { _, err := s.Unfinished(ctx); return err },
		"Sessions":        func() error { _, err := s.Sessions(ctx, Filter{}); return err },
		"Session":         func() error { _, err := s.Session(ctx, 1); return err },
		"Trainees":        func() error { _, err := s.Trainees(ctx, Filter{}); return err },
		"DimensionSeries": func() error { _, err := s.DimensionSeries(ctx, "Ana", Filter{}); return err },
		"ScenarioStats":   func() error { _, err := s.ScenarioStats(ctx, Filter{}); return err },
		"FirstVsBest":     func() error { _, err := s.FirstVsBest(ctx, "Ana", Filter{}); return err },
		"RuleLosses":      func() error { _, err := s.RuleLosses(ctx, Filter{}, 5); return err },
		"Export":          func() error { return s.Export(ctx, io.Discard, "csv", Filter{}, nil) },
	}
	for name, call := range calls {
		if err := call(); err != cause {
			t.Errorf("%s: err = %v; want the open error", name, err)
		}
	}
	if err := s.Close(); err != nil {
		t.Errorf("Close: %v; want nil (nothing to release)", err)
	}
}
