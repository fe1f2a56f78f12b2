package history

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/turnaround-app/turnaround/scoring"
)

// The review benchmarks run against a team-sized history generated here:
// benchTrainees × benchSessions sessions of benchTurns turns each. The file is
// cached in os.TempDir under benchDataVersion; change the version whenever the
// generator or the schema changes so stale files are not reused.
const (
	benchDataVersion = "v2"
	benchTrainees    = 1000
	benchSessions    = 100
	benchTurns       = 30
	benchScenarios   = 40
	// benchUnfinished sessions are left open, as crashes would leave them.
	benchUnfinished = 20
)

// benchEnd is the newest session's start; sessions spread over the year before.
var benchEnd = time.Date(2026, 6, 30, 17, 0, 0, 0, time.UTC)

var benchLines = []string{
	"My order was supposed to arrive Friday. It came Monday and I had to buy another gift.",
	"I'm sorry we missed the delivery date you paid express shipping for; that's on us.",
	"I've refunded the 25 dollar shipping fee just now; you'll see it in three to five days.",
	"Can you actually do anything, or do I need to talk to someone else about this?",
	"I can credit your account today and I'll email you tomorrow to confirm it arrived.",
	"Alright. When will I see that?",
	"Let me check what I can do for you.",
	"Thanks. That's fair, I appreciate you sorting it out quickly.",
}

var benchRules = []string{"owns-the-mistake", "scripted-apology", "repeated-apology", "blames-customer",
	"acts-early", "stalls", "asks-on-file", "vague-timeline", "says-what-next", "hedges", "hides-behind-policy",
	"promises-beyond-authority", "offers-choice", "bare-fix-only", "fits-the-harm", "over-compensates"}

// benchDB returns the path of the generated history, building it on first use.
func benchDB(b *testing.B) string {
	b.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("turnaround-history-bench-%s-%d.db", benchDataVersion, benchTrainees*benchSessions))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	start := time.Now()
	tmp := path + ".partial"
	os.Remove(tmp)
	if err := generateBenchDB(tmp); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	b.Logf("generated %s in %v", path, time.Since(start).Round(time.Millisecond))
	return path
}

// generateBenchDB writes the whole history in one transaction with prepared
// statements: a bulk load, not a replay of the app's per-turn commits.
func generateBenchDB(path string) error {
	s, err := Open(path)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // no-op after commit
	g, err := newBenchGen(ctx, tx)
	if err != nil {
		return err
	}
	defer g.close()
	if err := g.fill(ctx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE); ANALYZE")
	return err
}

type benchGen struct {
	rng                              *rand.Rand
	tx                               *sql.Tx
	trainee, scenario, session, turn *sql.Stmt
	report, evidence                 *sql.Stmt
}

func newBenchGen(ctx context.Context, tx *sql.Tx) (*benchGen, error) {
	g := &benchGen{rng: rand.New(rand.NewPCG(7, 11)), tx: tx}
	var err error
	prep := func(q string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var st *sql.Stmt
		st, err = tx.PrepareContext(ctx, q)
		return st
	}
	g.trainee = prep("INSERT INTO trainees (id, name) VALUES (?, ?)")
	g.scenario = prep("INSERT INTO scenarios (id, scenario_id, hash, title) VALUES (?, ?, ?, ?)")
	g.session = prep(`INSERT INTO sessions (id, trainee_id, scenario_ref, rubric_version, voice, started_at,
		ended_at, ending, total, empathy, action_speed, authority_clarity, fairness)
		VALUES (?, ?, ?, '1', 'scripted', ?, ?, ?, ?, ?, ?, ?, ?)`)
	g.turn = prep(`INSERT INTO turns (session_id, idx, role, text, action, at_ms, frustration, trust, patience, note)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`)
	g.report = prep(`INSERT INTO reports (session_id, report) VALUES (?, ?)`)
	g.evidence = prep("INSERT INTO evidence (session_id, dimension, turn, rule, points) VALUES (?, ?, ?, ?, ?)")
	return g, err
}

func (g *benchGen) close() {
	for _, st := range []*sql.Stmt{g.trainee, g.scenario, g.session, g.turn, g.report, g.evidence} {
		if st != nil {
			st.Close()
		}
	}
}

func (g *benchGen) fill(ctx context.Context) error {
	for i := 1; i <= benchScenarios*2; i++ {
		id := fmt.Sprintf("scenario-%02d", (i+1)/2)
		if _, err := g.scenario.ExecContext(ctx, i, id, fmt.Sprintf("hash-%d", i), "Title of "+id); err != nil {
			return err
		}
	}
	span := int64(365 * 24 * time.Hour / time.Millisecond)
	sid := 0
	for tr := 1; tr <= benchTrainees; tr++ {
		if _, err := g.trainee.ExecContext(ctx, tr, fmt.Sprintf("trainee-%04d", tr)); err != nil {
			return err
		}
		for n := 0; n < benchSessions; n++ {
			sid++
			start := benchEnd.UnixMilli() - span + span*int64(n)/benchSessions + g.rng.Int64N(3_600_000)
			if err := g.addSession(ctx, sid, tr, start, sid <= benchUnfinished); err != nil {
				return err
			}
		}
	}
	return nil
}

func (g *benchGen) addSession(ctx context.Context, sid, trainee int, start int64, unfinished bool) error {
	var ended sql.NullInt64
	var ending sql.NullString
	scores := make([]any, 1+len(scoring.Dimensions))
	var rep *scoring.Report
	if !unfinished {
		ended = sql.NullInt64{Int64: start + benchTurns*15_000, Valid: true}
		ending = sql.NullString{String: "resolved", Valid: true}
		rep = g.makeReport()
		scores[0] = rep.Total
		for i, d := range scoring.Dimensions {
			scores[1+i] = rep.Dimensions[d].Score
		}
	}
	args := append([]any{sid, trainee, 1 + g.rng.IntN(benchScenarios*2), start, ended, ending}, scores...)
	if _, err := g.session.ExecContext(ctx, args...); err != nil {
		return err
	}
	for i := 0; i < benchTurns; i++ {
		if err := g.addTurn(ctx, sid, i); err != nil {
			return err
		}
	}
	if rep == nil {
		return nil
	}
	return g.addReport(ctx, sid, rep)
}

func (g *benchGen) addTurn(ctx context.Context, sid, i int) error {
	role, action := "agent", sql.NullString{}
	var f, tr, p sql.NullInt64
	if i%2 == 0 {
		role = "customer"
		f, tr, p = sql.NullInt64{Int64: int64(g.rng.IntN(100)), Valid: true},
			sql.NullInt64{Int64: int64(g.rng.IntN(100)), Valid: true}, sql.NullInt64{Int64: int64(6 - i/6), Valid: true}
	} else if i%7 == 3 {
		action = sql.NullString{String: `{"kind":"refund","amount":25,"currency":"USD"}`, Valid: true}
	}
	text := benchLines[g.rng.IntN(len(benchLines))]
	_, err := g.turn.ExecContext(ctx, sid, i, role, text, action, int64(i)*15_000, f, tr, p)
	return err
}

// makeReport builds a realistic report: four scores and twelve evidence items
// with quotes, a third of them penalties.
func (g *benchGen) makeReport() *scoring.Report {
	rep := &scoring.Report{Scenario: "scenario", RubricVersion: "1", Ending: "resolved",
		Dimensions: map[scoring.Dimension]scoring.DimensionScore{}}
	for _, d := range scoring.Dimensions {
		ds := scoring.DimensionScore{Score: 30 + g.rng.IntN(70), Weight: 0.25}
		for k := 0; k < 3; k++ {
			points := 4 + g.rng.IntN(10)
			if k == 0 {
				points = -points
			}
			ds.Evidence = append(ds.Evidence, scoring.Evidence{Turn: 1 + 2*g.rng.IntN(benchTurns/2),
				Quote: quoteOf(benchLines[g.rng.IntN(len(benchLines))]), Rule: benchRules[g.rng.IntN(len(benchRules))], Points: points})
		}
		rep.Dimensions[d] = ds
		rep.Total += ds.Score / 4
	}
	return rep
}

// addReport stores the report JSON and its evidence rows, as FinishSession does.
func (g *benchGen) addReport(ctx context.Context, sid int, rep *scoring.Report) error {
	for _, d := range scoring.Dimensions {
		for _, ev := range rep.Dimensions[d].Evidence {
			if _, err := g.evidence.ExecContext(ctx, sid, string(d), ev.Turn, ev.Rule, ev.Points); err != nil {
				return err
			}
		}
	}
	body, err := json.Marshal(rep)
	if err != nil {
		return err
	}
	_, err = g.report.ExecContext(ctx, sid, string(body))
	return err
}

// quoteOf cuts a line to the length of a typical evidence quote.
func quoteOf(line string) string { return line[:min(len(line), 40)] }
