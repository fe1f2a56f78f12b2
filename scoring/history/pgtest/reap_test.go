package pgtest

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// helperEnv makes the test binary a stand-in for a test binary that starts
// a server and is then killed (see TestMain).
const helperEnv = "TURNAROUND_PGTEST_HELPER"

func TestMain(m *testing.M) {
	if os.Getenv(helperEnv) == "1" {
		s, err := Start()
		if err != nil {
			fmt.Println("ERR", err)
			os.Exit(1)
		}
		fmt.Println("DIR", s.Dir)
		time.Sleep(time.Hour) // until killed
	}
	os.Exit(m.Run())
}

// postmasterPID reads the server's process id from its data folder.
func postmasterPID(t *testing.T, dir string) int {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "data", "postmaster.pid"))
	if err != nil {
		t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0]))
	if err != nil {
		t.Fatal(err)
	}
	return pid
}

// TestStartReapsServersOfKilledBinaries kills a test binary that started a
// server, checks the server outlived it, and starts another: the stale
// server is stopped and its folder removed, while a folder whose owner still
// runs and one Start did not make (a benchmark cache) are left as they were.
func TestStartReapsServersOfKilledBinaries(t *testing.T) {
	root := t.TempDir()
	for _, d := range []string{root, filepath.Dir(root)} {
		if err := os.Chmod(d, 0o755); err != nil { // the server's user must reach its folder
			t.Fatal(err)
		}
	}
	child := exec.Command(os.Args[0], "-test.run=^$")
	child.Env = append(os.Environ(), helperEnv+"=1", "TMPDIR="+root)
	out, err := child.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "DIR ") {
		child.Process.Kill()
		child.Wait()
		t.Fatalf("helper said %q, %v; want DIR and its server's folder", line, err)
	}
	stale := strings.TrimSpace(strings.TrimPrefix(line, "DIR "))
	pid := postmasterPID(t, stale)
	t.Cleanup(func() { reap(stale) }) //nolint:errcheck // only if the test failed before reaping
	if err := child.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	child.Wait() //nolint:errcheck // killed on purpose
	if !processExists(pid) {
		t.Fatalf("the server (pid %d) stopped with its test binary; nothing to reap", pid)
	}

	cache := filepath.Join(root, tempPrefix+"bench-cache")
	live := filepath.Join(root, tempPrefix+"live")
	for _, d := range []string{filepath.Join(cache, "data"), filepath.Join(live, "data")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := writeOwner(live); err != nil {
		t.Fatal(err)
	}

	t.Setenv("TMPDIR", root)
	s, err := Start()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Stop()
	deadline := time.Now().Add(20 * time.Second)
	for processExists(pid) && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if processExists(pid) {
		t.Errorf("the stale server (pid %d) still runs after Start", pid)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("the stale server's folder %s: %v; want it removed", stale, err)
	}
	for _, d := range []string{cache, live} {
		if _, err := os.Stat(filepath.Join(d, "data")); err != nil {
			t.Errorf("%s was touched: %v; want it left alone", d, err)
		}
	}
	if owner, ok := readOwner(s.Dir); !ok || owner != self() || filepath.Dir(s.Dir) != root {
		t.Errorf("new server in %s, owner %v (%v); want one in %s owned by this binary", s.Dir, owner, ok, root)
	}
}

func TestOwnerAliveKnowsAReusedID(t *testing.T) {
	me := self()
	if !me.alive() {
		t.Fatalf("this binary %v counts as gone", me)
	}
	if (process{pid: me.pid, start: me.start + "1"}).alive() {
		t.Error("an owner with this id but another start time counts as running")
	}
	if (process{pid: 0}).alive() {
		t.Error("pid 0 counts as running")
	}
}
