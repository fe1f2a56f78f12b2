package history

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestAssignmentsCountCompletionAndPasses(t *testing.T) {
	s := openPG(t)
	ctx := context.Background()
	// Ana and Ben are known; Cy is assigned before ever playing.
	playSession(t, s, sampleMeta("Ana", "billing-error", t0), sampleReport(90, 90, 90, 90, 90))
	playSession(t, s, sampleMeta("Ben", "billing-error", t0), sampleReport(40, 40, 40, 40, 40))
	assigned := t0.Add(time.Hour)
	due := t0.AddDate(0, 0, 7)
	everyone, err := s.Assign(ctx, Assignment{ScenarioID: "late-delivery", Due: due, PassMark: 70, CreatedAt: assigned})
	if err != nil {
		t.Fatal(err)
	}
	forCy, err := s.Assign(ctx, Assignment{ScenarioID: "billing-error", Trainee: "Cy", CreatedAt: assigned})
	if err != nil {
		t.Fatal(err)
	}
	// After the assignment: Ana passes, Ben completes below the mark. Ana's
	// billing-error session before it does not count for anything.
	playSession(t, s, sampleMeta("Ana", "late-delivery", assigned.Add(time.Minute)), sampleReport(75, 75, 75, 75, 75))
	playSession(t, s, sampleMeta("Ben", "late-delivery", assigned.Add(time.Minute)), sampleReport(60, 60, 60, 60, 60))
	playSession(t, s, sampleMeta("Ben", "late-delivery", assigned.Add(2*time.Minute)), nil) // unscored: not a completion

	got, err := s.Assignments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []AssignmentProgress{
		{Assignment: Assignment{ID: everyone, ScenarioID: "late-delivery", Due: due, PassMark: 70, CreatedAt: assigned, CreatedBy: "turnaround"},
			Assigned: 2, Completed: 2, Passed: 1},
		{Assignment: Assignment{ID: forCy, ScenarioID: "billing-error", Trainee: "Cy", CreatedAt: assigned, CreatedBy: "turnaround"},
			Assigned: 1, Completed: 0, Passed: 0},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("assignments (-want +got):\n%s", diff)
	}

	mine, err := s.AssignedTo(ctx, "Ben")
	if err != nil {
		t.Fatal(err)
	}
	if len(mine) != 1 || mine[0].ID != everyone || mine[0].Done || mine[0].Best != 60 {
		t.Errorf("Ben's assignments = %+v; want the team one, open, best 60", mine)
	}
	cy, err := s.AssignedTo(ctx, "Cy")
	if err != nil {
		t.Fatal(err)
	}
	if len(cy) != 2 || cy[0].Best != -1 || cy[0].ID != everyone || cy[1].ID != forCy {
		t.Errorf("Cy's assignments = %+v; want both open, soonest due first", cy)
	}
	if ana, _ := s.AssignedTo(ctx, "Ana"); len(ana) != 1 || !ana[0].Done {
		t.Errorf("Ana's assignments = %+v; want the team one, done", ana)
	}
	if err := s.Unassign(ctx, forCy); err != nil {
		t.Fatal(err)
	}
	if err := s.Unassign(ctx, forCy); err == nil {
		t.Error("removing an assignment twice succeeded")
	}
}
