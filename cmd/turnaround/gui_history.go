package main

import (
	"context"
	"errors"
	"io"
	"strconv"

	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/ui"
)

// historyAdapter presents a history.Store through the small interface the
// screens read from; it only converts types. Sessions are recorded through
// desktopRecorder, not through here.
type historyAdapter struct {
	s history.Store
}

var _ ui.HistoryStore = (*historyAdapter)(nil)

func parseID(id string) (history.SessionID, error) {
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil {
		return 0, errors.New("session id " + strconv.Quote(id) + " is not a number")
	}
	return history.SessionID(n), nil
}

func formatID(id history.SessionID) string { return strconv.FormatInt(int64(id), 10) }

// CloseUnfinished implements ui.HistoryStore.
func (h *historyAdapter) CloseUnfinished(ctx context.Context, id string) error {
	sid, err := parseID(id)
	if err != nil {
		return err
	}
	return h.s.CloseUnfinished(ctx, sid, "abandoned")
}

func sessionInfo(s history.SessionSummary) ui.SessionInfo {
	return ui.SessionInfo{ID: formatID(s.ID), Trainee: s.Trainee, Scenario: s.ScenarioID,
		Started: s.StartedAt, Total: s.Total, Ending: s.Ending, Finished: s.Finished(),
		Practice: s.Mode == history.ModePractice, Assisted: s.Assisted()}
}

func sessionInfos(list []history.SessionSummary, err error) ([]ui.SessionInfo, error) {
	out := make([]ui.SessionInfo, 0, len(list))
	for _, s := range list {
		out = append(out, sessionInfo(s))
	}
	return out, err
}

// Unfinished implements ui.HistoryStore.
func (h *historyAdapter) Unfinished(ctx context.Context) ([]ui.SessionInfo, error) {
	return sessionInfos(h.s.Unfinished(ctx))
}

// Sessions implements ui.HistoryStore.
func (h *historyAdapter) Sessions(ctx context.Context, trainee string) ([]ui.SessionInfo, error) {
	return sessionInfos(h.s.Sessions(ctx, history.Filter{Trainee: trainee}))
}

// Session implements ui.HistoryStore.
func (h *historyAdapter) Session(ctx context.Context, id string) (ui.StoredSession, error) {
	sid, err := parseID(id)
	if err != nil {
		return ui.StoredSession{}, err
	}
	d, err := h.s.Session(ctx, sid)
	if err != nil {
		return ui.StoredSession{}, err
	}
	hints := make([]scoring.Hint, 0, len(d.Hints))
	for _, h := range d.Hints {
		hints = append(hints, scoring.Hint{Turn: h.Turn, Rule: h.Rule, Text: h.Text})
	}
	return ui.StoredSession{SessionInfo: sessionInfo(d.SessionSummary), Transcript: d.Transcript, Report: d.Report,
		Hints: hints}, nil
}

// Trainees implements ui.HistoryStore.
func (h *historyAdapter) Trainees(ctx context.Context, scope ui.ReviewScope) ([]ui.TraineeSummary, error) {
	list, err := h.s.Trainees(ctx, reviewFilter(scope))
	out := make([]ui.TraineeSummary, 0, len(list))
	for _, t := range list {
		out = append(out, ui.TraineeSummary{Name: t.Name, Latest: t.LatestTotal, Trend: t.Trend,
			TrendChange: t.TrendChange, TrendSessions: trendSessions(t.Sessions),
			Weakest: t.Weakest, Sessions: t.Sessions})
	}
	return out, err
}

// DimensionSeries implements ui.HistoryStore.
func (h *historyAdapter) DimensionSeries(ctx context.Context, trainee string, scope ui.ReviewScope) (map[scoring.Dimension][]ui.Point, error) {
	pts, err := h.s.DimensionSeries(ctx, trainee, reviewFilter(scope))
	out := map[scoring.Dimension][]ui.Point{}
	for _, p := range pts {
		for _, d := range scoring.Dimensions {
			out[d] = append(out[d], ui.Point{At: p.At, Value: float64(p.Scores[d])})
		}
	}
	return out, err
}

// ScenarioStats implements ui.HistoryStore.
func (h *historyAdapter) ScenarioStats(ctx context.Context, trainee string, scope ui.ReviewScope) ([]ui.ScenarioStat, error) {
	f := reviewFilter(scope)
	f.Trainee = trainee
	stats, err := h.s.ScenarioStats(ctx, f)
	if err != nil {
		return nil, err
	}
	firsts := map[string]history.FirstBest{}
	if trainee != "" {
		fb, err := h.s.FirstVsBest(ctx, trainee, reviewFilter(scope))
		if err != nil {
			return nil, err
		}
		for _, f := range fb {
			firsts[f.ScenarioID] = f
		}
	}
	out := make([]ui.ScenarioStat, 0, len(stats))
	for _, s := range stats {
		st := ui.ScenarioStat{Scenario: s.ScenarioID, Title: s.Title, Attempts: s.Attempts, Average: s.Mean, First: -1, Best: -1}
		if f, ok := firsts[s.ScenarioID]; ok {
			st.First, st.Best = f.FirstTotal, f.BestTotal
		}
		out = append(out, st)
	}
	return out, nil
}

// FirstVsBest implements ui.HistoryStore.
func (h *historyAdapter) FirstVsBest(ctx context.Context, trainee, scenario string) (*scoring.Report, *scoring.Report, error) {
	fb, err := h.s.FirstVsBest(ctx, trainee, history.Filter{ScenarioID: scenario})
	if err != nil || len(fb) == 0 || fb[0].Attempts < 2 {
		return nil, nil, err
	}
	first, err := h.s.Session(ctx, fb[0].First)
	if err != nil {
		return nil, nil, err
	}
	best, err := h.s.Session(ctx, fb[0].Best)
	if err != nil {
		return nil, nil, err
	}
	return first.Report, best.Report, nil
}

// RuleLosses implements ui.HistoryStore.
func (h *historyAdapter) RuleLosses(ctx context.Context, scope ui.ReviewScope) ([]ui.RuleLoss, error) {
	list, err := h.s.RuleLosses(ctx, reviewFilter(scope), 10)
	out := make([]ui.RuleLoss, 0, len(list))
	for _, r := range list {
		out = append(out, ui.RuleLoss{Rule: r.Rule, Count: r.Times, Points: r.PointsLost})
	}
	return out, err
}

// Export implements ui.HistoryStore.
func (h *historyAdapter) Export(ctx context.Context, w io.Writer, format string, progress func(float64)) error {
	return h.s.Export(ctx, w, format, history.Filter{}, func(done, total int) {
		if progress != nil && total > 0 {
			progress(float64(done) / float64(total))
		}
	})
}

// trendSessions is how many of a trainee's sessions the trend is fitted over;
// 0 when there are too few for one.
func trendSessions(n int) int {
	if n < history.TrendMinSessions {
		return 0
	}
	return min(n, history.TrendWindow)
}
