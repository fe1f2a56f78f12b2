package history

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/turnaround-app/turnaround/scoring"
)

// killHelperEnv names the history file the child process writes to.
const killHelperEnv = "TURNAROUND_HISTORY_KILL_HELPER"

// killRuns is how many times the child is killed; each run takes tens of
// milliseconds, so the whole test stays within a few seconds.
const killRuns = 100

// runKillHelper is the child: it begins a session and appends turns forever,
// printing "ack N" only after AppendTurn N has returned.
func runKillHelper(path string) int {
	s, err := Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	ctx := context.Background()
	id, err := s.BeginSession(ctx, sampleMeta("Kim", "late-delivery", t0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Printf("session %d\n", id)
	for i := 0; ; i++ {
		if err := s.AppendTurn(ctx, id, i, killTurn(i)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Printf("ack %d\n", i)
	}
}

func killTurn(i int) scoring.Turn {
	return scoring.Turn{Role: scoring.RoleAgent, AtMS: int64(i) * 1000,
		Text: fmt.Sprintf("turn %d: I can refund the shipping fee right now and send a replacement.", i)}
}

// TestKilledWriterLosesNoAcknowledgedTurn kills a real writing process with
// SIGKILL at seeded random points, then checks every acknowledged turn is in
// the file and the file is intact. Set TURNAROUND_KILL_SEED to replay a run.
func TestKilledWriterLosesNoAcknowledgedTurn(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	if s, err := strconv.ParseUint(os.Getenv("TURNAROUND_KILL_SEED"), 10, 64); err == nil {
		seed = s
	}
	t.Logf("seed %d (set TURNAROUND_KILL_SEED to replay)", seed)
	rng := rand.New(rand.NewPCG(seed, 0))
	path := filepath.Join(t.TempDir(), "history.db")
	sessions, turns := 0, 0
	for run := range killRuns {
		id, acked := killChild(t, path, rng)
		checkAfterKill(t, path, run, id, acked)
		if id != 0 {
			sessions++
		}
		turns += acked + 1
	}
	t.Logf("%d kills, %d during a session, %d acknowledged turns, all found", killRuns, sessions, turns)
}

// killChild starts the child and kills it either at a random moment (one run
// in five, possibly while it opens or migrates) or just after a random ack.
// It returns the session id and the highest ack read (-1 for none).
func killChild(t *testing.T, path string, rng *rand.Rand) (SessionID, int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), killHelperEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killAt := rng.IntN(60)
	if rng.IntN(5) == 0 {
		killAt = -1
		time.AfterFunc(time.Duration(rng.IntN(20_000))*time.Microsecond, func() { cmd.Process.Kill() })
	}
	var id SessionID
	acked := -1
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		line := sc.Text()
		if n, ok := strings.CutPrefix(line, "session "); ok {
			v, _ := strconv.Atoi(n)
			id = SessionID(v)
		}
		if n, ok := strings.CutPrefix(line, "ack "); ok {
			acked, _ = strconv.Atoi(n)
			if acked == killAt {
				time.Sleep(time.Duration(rng.IntN(300)) * time.Microsecond)
				cmd.Process.Kill()
			}
		}
	}
	cmd.Wait()
	return id, acked
}

func checkAfterKill(t *testing.T, path string, run int, id SessionID, acked int) {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatalf("run %d: reopen after kill: %v", run, err)
	}
	defer s.Close()
	var check string
	if err := s.db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("run %d: integrity_check = %q, %v", run, check, err)
	}
	if id == 0 {
		return
	}
	got, err := s.Session(context.Background(), id)
	if err != nil {
		t.Fatalf("run %d: session %d after kill: %v", run, id, err)
	}
	if len(got.Transcript.Turns) < acked+1 {
		t.Fatalf("run %d: %d turns stored, %d acknowledged", run, len(got.Transcript.Turns), acked+1)
	}
	for i := 0; i <= acked; i++ {
		if got.Transcript.Turns[i].Text != killTurn(i).Text {
			t.Fatalf("run %d: turn %d = %q", run, i, got.Transcript.Turns[i].Text)
		}
	}
	unfinished, _ := s.Unfinished(context.Background())
	if len(unfinished) == 0 || unfinished[0].ID != id {
		t.Errorf("run %d: killed session %d not first in Unfinished", run, id)
	}
}
