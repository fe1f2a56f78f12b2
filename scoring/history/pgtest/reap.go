package pgtest

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// A test binary killed mid-run (a timeout, ^C twice, kill -9) never reaches
// StopShared, and its server would run on. Start therefore writes an owner
// file into each folder it makes, naming the test binary's process, and
// before starting a new server stops the servers of owners that are gone.
// A folder without an owner file (a benchmark cache from StartCached, anything
// else in the temp folder) or whose owner still runs is never touched.

// tempPrefix begins the name of every folder Start makes in os.TempDir.
const tempPrefix = "turnaround-pg-"

// ownerFile holds "PID STARTTIME" of the test binary that started the server.
const ownerFile = "pgtest-owner"

// process identifies a running process: its id and, on Linux, its start time
// (clock ticks since boot), so a reused id is not mistaken for the owner.
type process struct {
	pid   int
	start string
}

func (p process) String() string { return strconv.Itoa(p.pid) + " " + p.start }

// self is this test binary.
func self() process {
	return process{pid: os.Getpid(), start: startTime(os.Getpid())}
}

// alive reports whether p still runs: the id exists and, where the start
// time can be read, it is the same process.
func (p process) alive() bool {
	if p.pid <= 0 {
		return false
	}
	now := startTime(p.pid)
	if now != "" || p.start != "" {
		return now != "" && now == p.start
	}
	// No /proc: the id existing is all there is to go on.
	return processExists(p.pid)
}

// startTime reads field 22 of /proc/PID/stat; "" where there is none or the
// process has exited and waits to be reaped (a zombie).
func startTime(pid int) string {
	b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	if err != nil {
		return ""
	}
	// The command name (field 2) is in parentheses and may hold spaces.
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return ""
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 20 || f[0] == "Z" || f[0] == "X" {
		return ""
	}
	return f[19] // field 22 overall: fields 3.. start after ')'
}

func readOwner(dir string) (process, bool) {
	b, err := os.ReadFile(filepath.Join(dir, ownerFile))
	if err != nil {
		return process{}, false
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return process{}, false
	}
	pid, err := strconv.Atoi(f[0])
	if err != nil {
		return process{}, false
	}
	p := process{pid: pid}
	if len(f) > 1 {
		p.start = f[1]
	}
	return p, true
}

func writeOwner(dir string) error {
	return os.WriteFile(filepath.Join(dir, ownerFile), []byte(self().String()+"\n"), 0o644)
}

// ReapStale stops and removes the servers in root (os.TempDir when "") that
// Start made for a test binary that no longer runs, and returns their
// folders. Servers of running test binaries, and folders Start did not make,
// are left alone. Start calls it; it is exported for tools that clean up.
func ReapStale(root string) ([]string, error) {
	if root == "" {
		root = os.TempDir()
	}
	dirs, err := filepath.Glob(filepath.Join(root, tempPrefix+"*"))
	if err != nil {
		return nil, err
	}
	var reaped []string
	var problems []string
	for _, dir := range dirs {
		owner, ok := readOwner(dir)
		if !ok || owner.alive() {
			continue
		}
		if err := reap(dir); err != nil {
			problems = append(problems, err.Error())
			continue
		}
		reaped = append(reaped, dir)
	}
	if len(problems) > 0 {
		return reaped, fmt.Errorf("stale test servers: %s", strings.Join(problems, "; "))
	}
	return reaped, nil
}

// reap stops the server in dir, if it still runs, and removes the folder.
// pg_ctl stops only the postmaster its data folder's postmaster.pid names,
// so nothing outside dir is signalled.
func reap(dir string) error {
	if _, err := os.Stat(filepath.Join(dir, "data", "postmaster.pid")); err == nil {
		bin, err := binDir()
		if err != nil {
			return err
		}
		s := &Server{Dir: dir, bin: bin}
		if os.Geteuid() == 0 {
			s.runAs = "nobody"
		}
		out, err := s.command("pg_ctl", "-D", s.data(), "-m", "immediate", "-w", "stop").CombinedOutput()
		if err != nil && !strings.Contains(string(out), "Is server running?") {
			return fmt.Errorf("stop the server in %s: %v: %s", dir, err, lastLines(string(out), 2))
		}
	}
	return os.RemoveAll(dir)
}
