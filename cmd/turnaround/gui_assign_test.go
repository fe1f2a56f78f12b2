package main

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/turnaround-app/turnaround/scoring/history"
	"github.com/turnaround-app/turnaround/scoring/history/pgtest"
	"github.com/turnaround-app/turnaround/ui"
)

// TestAssignmentsReachTheTeamStore assigns through the screens' adapter and
// reads it back as the lead and as the trainee; a desktop history has none.
func TestAssignmentsReachTheTeamStore(t *testing.T) {
	if assignmentsFor(nil) != nil {
		t.Error("a desktop history offers assignments; they live only in the team store")
	}
	srv := pgtest.Shared(t)
	local, err := history.Open(filepath.Join(t.TempDir(), "history.db"))
	must(t, err)
	queue, err := history.OpenQueue(filepath.Join(t.TempDir(), "queue.db"))
	must(t, err)
	f, err := history.OpenFailover(context.Background(), srv.AdminURL(srv.NewDatabase(t)), history.PGOptions{}, local, queue)
	must(t, err)
	defer f.Close()
	a := assignmentsFor(f)
	ctx := context.Background()
	due := time.Date(2026, 3, 31, 23, 59, 59, 0, time.UTC)
	must(t, a.Assign(ctx, ui.AssignmentInfo{Scenario: "late-delivery-anniversary", Trainee: "Ana", Due: due, PassMark: 70}))
	lead, err := a.Assignments(ctx)
	must(t, err)
	if len(lead) != 1 || lead[0].Trainee != "Ana" || !lead[0].Due.Equal(due) || lead[0].PassMark != 70 || lead[0].Assigned != 1 {
		t.Fatalf("lead's assignments = %+v", lead)
	}
	ana, err := a.AssignedTo(ctx, "Ana")
	must(t, err)
	if len(ana) != 1 || ana[0].Done || ana[0].Best != -1 {
		t.Errorf("Ana's assignments = %+v; want one, open", ana)
	}
	must(t, a.Unassign(ctx, lead[0].ID))
	if ben, _ := a.AssignedTo(ctx, "Ben"); len(ben) != 0 {
		t.Errorf("Ben's assignments = %+v; want none", ben)
	}
}
