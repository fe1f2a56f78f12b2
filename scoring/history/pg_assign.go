package history

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// Assignment is a lead's request that a trainee (or everyone) play a
// scenario. Assignments live only in the team store.
type Assignment struct {
	ID         int64
	ScenarioID string
	// Trainee is the trainee's name; "" assigns the scenario to everyone.
	Trainee string
	// Due is zero when there is no due date.
	Due time.Time
	// PassMark is the total a session must reach; 0 means any finished,
	// scored session completes the assignment.
	PassMark  int
	CreatedAt time.Time
	CreatedBy string
}

// AssignmentProgress is an assignment with how far the trainees it names have got.
// A trainee completes it with a scored session of the scenario begun after it
// was assigned, and passes it when one such session reaches the pass mark.
type AssignmentProgress struct {
	Assignment
	// Assigned is the number of trainees it names (everyone known to the store
	// for an assignment to everyone).
	Assigned, Completed, Passed int
}

// TraineeAssignment is an assignment as one trainee sees it.
type TraineeAssignment struct {
	Assignment
	// Done is true once the trainee has passed it (or completed it, without a pass mark).
	Done bool
	// Best is the trainee's best total since it was assigned; -1 before any.
	Best int
}

// Assign records an assignment and returns its id. Only a lead's login may.
func (s *PGStore) Assign(ctx context.Context, a Assignment) (int64, error) {
	ctx, cancel := s.writeCtx(ctx)
	defer cancel()
	if a.CreatedAt.IsZero() {
		a.CreatedAt = time.Now()
	}
	var id int64
	err := s.pool.QueryRow(ctx, `INSERT INTO assignments (scenario_id, trainee, due_at, pass_mark, created_at)
		VALUES ($1, $2, $3, $4, $5) RETURNING id`,
		a.ScenarioID, nullString(a.Trainee), nullTime(a.Due), nullInt(a.PassMark), toMS(a.CreatedAt)).Scan(&id)
	return id, s.wrap("assign "+a.ScenarioID, err)
}

// Unassign removes an assignment. Only a lead's login may.
func (s *PGStore) Unassign(ctx context.Context, id int64) error {
	ctx, cancel := s.writeCtx(ctx)
	defer cancel()
	tag, err := s.pool.Exec(ctx, `DELETE FROM assignments WHERE id = $1`, id)
	if err == nil && tag.RowsAffected() == 0 {
		return &ServerError{Where: s.where, Kind: ErrNotFound, Detail: fmt.Sprintf("assignment %d", id)}
	}
	return s.wrap("remove an assignment", err)
}

// assignmentBest is the lateral join that finds a trainee's best total on
// the assignment's scenario since it was assigned; t is the trainee row.
const assignmentBest = `LEFT JOIN LATERAL (SELECT max(se.total) AS total FROM sessions se
		JOIN scenarios sc ON sc.id = se.scenario_ref
		WHERE se.trainee_id = t.id AND sc.scenario_id = a.scenario_id AND se.total IS NOT NULL
			AND se.started_at >= a.created_at) best ON true`

const assignmentColumns = `a.id, a.scenario_id, coalesce(a.trainee, ''), a.due_at, coalesce(a.pass_mark, 0),
	a.created_at, a.created_by`

// Assignments lists every assignment with its completion and pass counts,
// soonest due first (no due date last), computed on the server.
func (s *PGStore) Assignments(ctx context.Context) ([]AssignmentProgress, error) {
	q := `SELECT ` + assignmentColumns + `, count(*) FILTER (WHERE target.name IS NOT NULL),
		count(best.total), count(best.total) FILTER (WHERE best.total >= coalesce(a.pass_mark, 0))
	FROM assignments a
	LEFT JOIN LATERAL (SELECT name FROM trainees WHERE a.trainee IS NULL
		UNION SELECT a.trainee WHERE a.trainee IS NOT NULL) target ON true
	LEFT JOIN trainees t ON t.name = target.name
	` + assignmentBest + `
	GROUP BY a.id ORDER BY a.due_at NULLS LAST, a.id`
	return collect(s, ctx, "list assignments", q, nil, func(rows pgx.Rows) (AssignmentProgress, error) {
		var p AssignmentProgress
		var due sql.NullInt64
		var created int64
		err := rows.Scan(&p.ID, &p.ScenarioID, &p.Trainee, &due, &p.PassMark, &created, &p.CreatedBy,
			&p.Assigned, &p.Completed, &p.Passed)
		p.Due, p.CreatedAt = fromNullMS(due), fromMS(created)
		return p, err
	})
}

// AssignedTo lists the assignments for trainee (by name, and those for
// everyone), the open ones first, soonest due first.
func (s *PGStore) AssignedTo(ctx context.Context, trainee string) ([]TraineeAssignment, error) {
	q := `SELECT ` + assignmentColumns + `, coalesce(best.total, -1)
	FROM assignments a
	LEFT JOIN trainees t ON t.name = $1
	` + assignmentBest + `
	WHERE a.trainee IS NULL OR a.trainee = $1
	ORDER BY coalesce(best.total >= coalesce(a.pass_mark, 0), false), a.due_at NULLS LAST, a.id`
	return collect(s, ctx, "list assignments", q, []any{trainee}, func(rows pgx.Rows) (TraineeAssignment, error) {
		var a TraineeAssignment
		var due sql.NullInt64
		var created int64
		err := rows.Scan(&a.ID, &a.ScenarioID, &a.Trainee, &due, &a.PassMark, &created, &a.CreatedBy, &a.Best)
		a.Due, a.CreatedAt = fromNullMS(due), fromMS(created)
		a.Done = a.Best >= 0 && a.Best >= a.PassMark
		return a, err
	})
}

func nullTime(t time.Time) sql.NullInt64 {
	return sql.NullInt64{Int64: toMS(t), Valid: !t.IsZero()}
}

func nullInt(n int) sql.NullInt64 { return sql.NullInt64{Int64: int64(n), Valid: n != 0} }

func fromNullMS(ms sql.NullInt64) time.Time {
	if !ms.Valid {
		return time.Time{}
	}
	return fromMS(ms.Int64)
}

// ErrNoTeamStore is returned by assignment calls when no team store is in use.
var ErrNoTeamStore = errors.New("assignments live in the team store, which is not in use right now")
