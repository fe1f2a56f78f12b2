// Package pgtest starts a throwaway PostgreSQL server for Turnaround's tests:
// initdb into a fresh temporary folder, a free port on 127.0.0.1, stopped and
// removed when the test binary ends. initdb and postgres refuse to run as
// root, so as root the server runs as the unprivileged user "nobody" in a
// folder that user owns.
//
// One server serves a whole test binary (call Shared from tests and Stop from
// TestMain); each test gets its own database from NewDatabase, so tests stay
// independent without paying two seconds for a cluster each.
//
// When the server cannot start, Shared fails the test with the reason and the
// tail of the server log: a team-store test never skips silently.
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Superuser and Password are the cluster owner's login. Connections over TCP
// need the password (scram-sha-256), so tests can also prove that a wrong one
// is refused.
const (
	Superuser = "turnaround"
	Password  = "turnaround-test-secret"
)

// Server is one running PostgreSQL cluster.
type Server struct {
	// Dir holds the data folder, the socket and the log.
	Dir  string
	Port int
	bin  string
	// runAs is the unprivileged user when the tests run as root; "" otherwise.
	runAs string
	// Extra postgres settings, "-c name=value" each.
	settings []string

	mu  sync.Mutex
	dbs int
}

var (
	sharedOnce sync.Once
	shared     *Server
	sharedErr  error
)

// Shared returns the test binary's server, starting it on first use.
func Shared(t testing.TB) *Server {
	t.Helper()
	sharedOnce.Do(func() { shared, sharedErr = Start() })
	if sharedErr != nil {
		t.Fatalf("cannot start the PostgreSQL test server: %v", sharedErr)
	}
	return shared
}

// StopShared stops the shared server if it was started; call it from TestMain
// after m.Run.
func StopShared() {
	if shared != nil {
		shared.Stop()
	}
}

// Start initialises and starts a new cluster with settings suited to tests.
// Servers left running by test binaries that were killed are stopped first
// (reap.go).
func Start(settings ...string) (*Server, error) {
	if _, err := ReapStale(""); err != nil {
		fmt.Fprintf(os.Stderr, "pgtest: %v\n", err) // a leftover is no reason to fail this run
	}
	dir, err := os.MkdirTemp("", tempPrefix)
	if err != nil {
		return nil, err
	}
	if err := writeOwner(dir); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	s, err := startIn(dir, settings)
	if err != nil {
		os.RemoveAll(dir)
	}
	return s, err
}

// StartCached starts the cluster kept in dir, initialising it first if dir
// holds none. Benchmarks keep their generated data this way between runs;
// stop it with Halt, which keeps the folder.
func StartCached(dir string, settings ...string) (*Server, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return startIn(dir, settings)
}

func startIn(dir string, settings []string) (*Server, error) {
	bin, err := binDir()
	if err != nil {
		return nil, err
	}
	s := &Server{Dir: dir, bin: bin, settings: settings}
	if os.Geteuid() == 0 {
		s.runAs = "nobody"
		if err := chownTo(dir, s.runAs); err != nil {
			return nil, err
		}
	}
	if _, err := os.Stat(filepath.Join(s.data(), "PG_VERSION")); err != nil {
		if err := s.initdb(); err != nil {
			return nil, err
		}
	}
	if s.Port, err = freePort(); err != nil {
		return nil, err
	}
	if err := s.Restart(); err != nil {
		return nil, err
	}
	return s, nil
}

// binDir finds initdb: $PG_BIN, then the newest /usr/lib/postgresql/N/bin
// (Debian keeps it off PATH), then PATH.
func binDir() (string, error) {
	if dir := os.Getenv("PG_BIN"); dir != "" {
		return dir, nil
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return versionOf(dirs[i]) > versionOf(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		return filepath.Dir(p), nil
	}
	return "", errors.New("initdb not found: install the Debian package postgresql (make deps does) or set PG_BIN")
}

func versionOf(binDir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return n
}

func chownTo(dir, name string) error {
	u, err := user.Lookup(name)
	if err != nil {
		return fmt.Errorf("running as root, PostgreSQL needs an unprivileged user: %w", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	return os.Chown(dir, uid, gid)
}

// command runs a PostgreSQL program, as the unprivileged user when root.
func (s *Server) command(prog string, args ...string) *exec.Cmd {
	path := filepath.Join(s.bin, prog)
	if s.runAs == "" {
		return exec.Command(path, args...)
	}
	return exec.Command("setpriv", append([]string{"--reuid=" + s.runAs, "--regid=nogroup",
		"--clear-groups", "--", path}, args...)...)
}

func (s *Server) data() string { return filepath.Join(s.Dir, "data") }

func (s *Server) initdb() error {
	pwfile := filepath.Join(s.Dir, "pw")
	if err := os.WriteFile(pwfile, []byte(Password+"\n"), 0o644); err != nil {
		return err
	}
	out, err := s.command("initdb", "-D", s.data(), "-U", Superuser, "--pwfile="+pwfile,
		"--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync").CombinedOutput()
	if err != nil {
		return fmt.Errorf("initdb: %v: %s", err, lastLines(string(out), 8))
	}
	return nil
}

// Restart starts the server (again) on the same port and waits until it
// accepts connections.
func (s *Server) Restart() error {
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c max_connections=200 %s",
		s.Port, s.Dir, strings.Join(s.settings, " "))
	logFile := filepath.Join(s.Dir, "log")
	out, err := s.command("pg_ctl", "-D", s.data(), "-o", opts, "-l", logFile, "-w", "-t", "60", "start").CombinedOutput()
	if err != nil {
		log, _ := os.ReadFile(logFile)
		return fmt.Errorf("pg_ctl start: %v: %s\nserver log:\n%s", err, lastLines(string(out), 4), lastLines(string(log), 12))
	}
	return nil
}

// Halt stops the server quickly (open sessions are cut), keeping its data.
func (s *Server) Halt() error {
	out, err := s.command("pg_ctl", "-D", s.data(), "-m", "fast", "-w", "stop").CombinedOutput()
	if err != nil {
		return fmt.Errorf("pg_ctl stop: %v: %s", err, lastLines(string(out), 4))
	}
	return nil
}

// Stop halts the server and removes its folder.
func (s *Server) Stop() {
	s.Halt() //nolint:errcheck // the folder goes either way
	os.RemoveAll(s.Dir)
}

// URL is a connection URL for user with password on database db.
func (s *Server) URL(user, password, db string) string {
	u := url.URL{Scheme: "postgres", Host: net.JoinHostPort("127.0.0.1", strconv.Itoa(s.Port)), Path: "/" + db,
		RawQuery: "sslmode=disable"}
	u.User = url.UserPassword(user, password)
	if password == "" {
		u.User = url.User(user)
	}
	return u.String()
}

// AdminURL is the superuser's URL for database db.
func (s *Server) AdminURL(db string) string { return s.URL(Superuser, Password, db) }

// NewDatabase creates an empty database for one test, dropped when it ends,
// and returns its name.
func (s *Server) NewDatabase(t testing.TB) string {
	t.Helper()
	return s.NewDatabaseFrom(t, "template1")
}

// NewDatabaseFrom is NewDatabase copying template, a database nobody is
// connected to (one already migrated, say, so each test skips that step).
func (s *Server) NewDatabaseFrom(t testing.TB, template string) string {
	t.Helper()
	s.mu.Lock()
	s.dbs++
	name := fmt.Sprintf("t%d_%d", os.Getpid(), s.dbs)
	s.mu.Unlock()
	s.Exec(t, "postgres", "CREATE DATABASE "+name+" TEMPLATE "+template)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if c, err := pgx.Connect(ctx, s.AdminURL("postgres")); err == nil {
			c.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)") //nolint:errcheck // best effort
			c.Close(ctx)
		}
	})
	return name
}

// Exec runs SQL as the superuser on database db, failing the test on error.
func (s *Server) Exec(t testing.TB, db, sql string, args ...any) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c, err := pgx.Connect(ctx, s.AdminURL(db))
	if err != nil {
		t.Fatalf("connect to test database %s: %v", db, err)
	}
	defer c.Close(ctx)
	if _, err := c.Exec(ctx, sql, args...); err != nil {
		t.Fatalf("%s: %v", firstLine(sql), err)
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return line
}
