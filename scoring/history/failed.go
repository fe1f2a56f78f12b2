package history

import (
	"context"
	"io"
	"time"

	"github.com/turnaround-app/turnaround/scoring"
)

// failedStore answers every call with the error that kept a store from
// opening; OpenOrFallback returns it only if even a memory store fails, so its
// callers never hold a nil Store.
type failedStore struct{ err error }

func (f failedStore) BeginSession(context.Context, SessionMeta) (SessionID, error) { return 0, f.err }
func (f failedStore) AppendTurn(context.Context, SessionID, int, scoring.Turn) error {
	return f.err
}
func (f failedStore) FinishSession(context.Context, SessionID, string, *scoring.Report, time.Time) error {
	return f.err
}
func (f failedStore) CloseUnfinished(context.Context, SessionID, string) error { return f.err }
func (f failedStore) SetMode(context.Context, SessionID, string) error         { return f.err }
func (f failedStore) AddHint(context.Context, SessionID, Hint) error           { return f.err }
func (f failedStore) Unfinished(context.Context) ([]SessionSummary, error)     { return nil, f.err }
func (f failedStore) Sessions(context.Context, Filter) ([]SessionSummary, error) {
	return nil, f.err
}
func (f failedStore) Session(context.Context, SessionID) (SessionDetail, error) {
	return SessionDetail{}, f.err
}
func (f failedStore) Trainees(context.Context, Filter) ([]TraineeSummary, error) {
	return nil, f.err
}
func (f failedStore) DimensionSeries(context.Context, string, Filter) ([]SeriesPoint, error) {
	return nil, f.err
}
func (f failedStore) ScenarioStats(context.Context, Filter) ([]ScenarioStat, error) {
	return nil, f.err
}
func (f failedStore) FirstVsBest(context.Context, string, Filter) ([]FirstBest, error) {
	return nil, f.err
}
func (f failedStore) RuleLosses(context.Context, Filter, int) ([]RuleLoss, error) {
	return nil, f.err
}
func (f failedStore) Export(context.Context, io.Writer, string, Filter, func(int, int)) error {
	return f.err
}
func (f failedStore) Close() error { return nil }
