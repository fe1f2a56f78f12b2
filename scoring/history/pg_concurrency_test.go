package history

import (
	"context"
	"flag"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history/pgtest"
)

// writersFor is how long the fifty simulated trainees write. The suite keeps
// it short; `go test ./scoring/history -run TestFiftyTrainees -writers-for 30s`
// is the full run.
var writersFor = flag.Duration("writers-for", 3*time.Second, "how long TestFiftyTraineesWriteAtOnce writes")

const concurrentTrainees = 50

// TestFiftyTraineesWriteAtOnce has fifty trainees, each on their own
// desktop (own pool, own login name), play 30-turn sessions against one team
// store at the same time; then the lead's queries see every turn exactly once.
func TestFiftyTraineesWriteAtOnce(t *testing.T) {
	srv := pgtest.Shared(t)
	url := srv.AdminURL(srv.NewDatabase(t))
	openPGURL(t, url) // migrate once, as the first desktop would
	ctx := context.Background()
	deadline := time.Now().Add(*writersFor)
	type tally struct{ sessions, finished, turns int }
	tallies := make([]tally, concurrentTrainees)
	errs := make(chan error, concurrentTrainees)
	var wg sync.WaitGroup
	start := time.Now()
	for w := range concurrentTrainees {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := OpenPostgres(ctx, url, PGOptions{MaxConns: 2})
			if err != nil {
				errs <- err
				return
			}
			defer s.Close()
			name := fmt.Sprintf("trainee-%02d", w)
			for n := 0; n == 0 || time.Now().Before(deadline); n++ { // at least one session each
				id, err := s.BeginSession(ctx, sampleMeta(name, fmt.Sprintf("scenario-%d", n%7), t0.Add(time.Duration(n)*time.Minute)))
				if err != nil {
					errs <- err
					return
				}
				tallies[w].sessions++
				for i := range 30 {
					turn := scoring.Turn{Role: scoring.RoleAgent, Text: fmt.Sprintf("%s session %d turn %d", name, n, i), AtMS: int64(i) * 1000}
					if err := s.AppendTurn(ctx, id, i, turn); err != nil {
						errs <- err
						return
					}
					tallies[w].turns++
				}
				if err := s.FinishSession(ctx, id, "resolved", sampleReport(60+n%30, 60, 60, 60, 60), t0); err != nil {
					errs <- err
					return
				}
				tallies[w].finished++
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	var want tally
	for _, tl := range tallies {
		want.sessions += tl.sessions
		want.finished += tl.finished
		want.turns += tl.turns
	}
	t.Logf("%d trainees wrote %d turns in %d sessions in %v: %.0f turns/s",
		concurrentTrainees, want.turns, want.sessions, elapsed.Round(time.Millisecond), float64(want.turns)/elapsed.Seconds())

	lead := openPGURL(t, url)
	var got tally
	var distinct, badText int
	err := lead.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM sessions), (SELECT count(*) FROM sessions WHERE ended_at IS NOT NULL),
		count(*), count(DISTINCT (session_id, idx)),
		count(*) FILTER (WHERE t.text NOT LIKE tr.name || ' session % turn ' || t.idx)
		FROM turns t JOIN sessions s ON s.id = t.session_id JOIN trainees tr ON tr.id = s.trainee_id`).
		Scan(&got.sessions, &got.finished, &got.turns, &distinct, &badText)
	if err != nil {
		t.Fatal(err)
	}
	if got != want || distinct != want.turns || badText != 0 {
		t.Errorf("stored %+v (%d distinct turns, %d in the wrong place); want %+v, each turn once", got, distinct, badText, want)
	}
	trainees, err := lead.Trainees(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	scored := 0
	for _, tr := range trainees {
		scored += tr.Sessions
	}
	if len(trainees) != concurrentTrainees || scored != want.finished {
		t.Errorf("lead sees %d trainees with %d scored sessions; want %d with %d", len(trainees), scored, concurrentTrainees, want.finished)
	}
	// The running rule totals, updated by every finishing desktop at once, agree
	// with a count of the evidence rows.
	totals, err := lead.RuleLosses(ctx, Filter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	counted, err := lead.RuleLosses(ctx, Filter{Since: t0.AddDate(-1, 0, 0)}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(counted, totals); diff != "" || len(totals) != 4 || totals[0].Times != want.finished {
		t.Errorf("rule totals (-counted +running):\n%s\n%+v", diff, totals)
	}
}
