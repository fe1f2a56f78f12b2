package main

import (
	"context"
	"strconv"

	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/ui"
)

// assignAdapter presents the team store's assignments to the screens. While
// the team store is away, its calls say so; assignments never live locally.
type assignAdapter struct{ f *history.FailoverStore }

var _ ui.AssignmentStore = assignAdapter{}

// assignmentsFor is the screens' assignment store for s: nil unless s is a team store.
func assignmentsFor(s history.Store) ui.AssignmentStore {
	if f, ok := s.(*history.FailoverStore); ok {
		return assignAdapter{f}
	}
	return nil
}

func (a assignAdapter) team() (*history.PGStore, error) {
	if t := a.f.Team(); t != nil {
		return t, nil
	}
	return nil, history.ErrNoTeamStore
}

// AssignedTo implements ui.AssignmentStore.
func (a assignAdapter) AssignedTo(ctx context.Context, trainee string) ([]ui.AssignmentInfo, error) {
	t, err := a.team()
	if err != nil {
		return nil, err
	}
	list, err := t.AssignedTo(ctx, trainee)
	out := make([]ui.AssignmentInfo, 0, len(list))
	for _, x := range list {
		info := assignmentInfo(x.Assignment)
		info.Done, info.Best = x.Done, x.Best
		out = append(out, info)
	}
	return out, err
}

// Assignments implements ui.AssignmentStore.
func (a assignAdapter) Assignments(ctx context.Context) ([]ui.AssignmentInfo, error) {
	t, err := a.team()
	if err != nil {
		return nil, err
	}
	list, err := t.Assignments(ctx)
	out := make([]ui.AssignmentInfo, 0, len(list))
	for _, x := range list {
		info := assignmentInfo(x.Assignment)
		info.Assigned, info.Completed, info.Passed = x.Assigned, x.Completed, x.Passed
		out = append(out, info)
	}
	return out, err
}

// Assign implements ui.AssignmentStore.
func (a assignAdapter) Assign(ctx context.Context, info ui.AssignmentInfo) error {
	t, err := a.team()
	if err != nil {
		return err
	}
	_, err = t.Assign(ctx, history.Assignment{ScenarioID: info.Scenario, Trainee: info.Trainee, Due: info.Due,
		PassMark: info.PassMark, CreatedAt: timeNow()})
	return err
}

// Unassign implements ui.AssignmentStore.
func (a assignAdapter) Unassign(ctx context.Context, id string) error {
	t, err := a.team()
	if err != nil {
		return err
	}
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil {
		return err
	}
	return t.Unassign(ctx, n)
}

func assignmentInfo(a history.Assignment) ui.AssignmentInfo {
	return ui.AssignmentInfo{ID: strconv.FormatInt(a.ID, 10), Scenario: a.ScenarioID, Trainee: a.Trainee,
		Due: a.Due, PassMark: a.PassMark}
}
