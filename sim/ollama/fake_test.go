package ollama

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// testdataDir holds this package's fixtures, shared with the rest of the repo.
const testdataDir = "../../testdata/ollama"

// A step is one line of a fake-server script. Scripts live in
// testdata/ollama/streams/*.script, one step a line:
//
//	status 404            the HTTP status (before anything is written; default 200)
//	chunk "some text"     a chat chunk whose content is the quoted Go string
//	done [reason]         the final chat chunk (done_reason defaults to "stop")
//	raw TEXT              TEXT as one line, exactly
//	file NAME             the contents of testdata/ollama/NAME
//	answer NAME           one final chat chunk whose content is that file
//	sleep 2s              wait, or stop if the client goes away
//	hang                  wait until the client goes away
//	cut                   drop the connection without ending the response
//	bytes N               N bytes of "a", in 64 KB writes (a body without end)
//
// Lines starting with # are comments.
type step struct {
	verb string
	arg  string
	wait time.Duration
}

// parseScript reads a script; name is used in error messages as file:line.
func parseScript(name, text string) ([]step, error) {
	var steps []step
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		verb, arg, _ := strings.Cut(line, " ")
		s := step{verb: verb, arg: arg}
		var err error
		switch verb {
		case "status", "raw", "done", "hang", "cut":
		case "bytes":
			_, err = strconv.Atoi(arg)
		case "chunk":
			s.arg, err = strconv.Unquote(arg)
		case "sleep":
			s.wait, err = time.ParseDuration(arg)
		case "file", "answer":
			var data []byte
			data, err = os.ReadFile(filepath.Join(testdataDir, arg))
			s.arg = string(data)
		default:
			err = fmt.Errorf("unknown step %q", verb)
		}
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, i+1, err)
		}
		steps = append(steps, s)
	}
	return steps, nil
}

// loadScript reads testdata/ollama/streams/NAME.script.
func loadScript(t testing.TB, name string) []step {
	t.Helper()
	path := filepath.Join(testdataDir, "streams", name+".script")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read script: %v", err)
	}
	steps, err := parseScript(path, string(data))
	if err != nil {
		t.Fatal(err)
	}
	return steps
}

// inline parses a script written in a test.
func inline(t testing.TB, text string) []step {
	t.Helper()
	steps, err := parseScript(t.Name(), text)
	if err != nil {
		t.Fatal(err)
	}
	return steps
}

// fakeOllama is an httptest server that plays scripts per route ("POST
// /api/chat") and records what it was sent. Routes it does not know answer 404
// like any web server, which is how a wrong host looks.
type fakeOllama struct {
	srv    *httptest.Server
	routes map[string][]step
	// chats, when set, answers successive chat requests in turn; the last one
	// repeats once they run out.
	chats   [][]step
	release chan struct{}
	// onRequest, when set, runs before each request is answered, for example to
	// move a test's clock on by the time a slow model would take.
	onRequest func(route string)

	mu   sync.Mutex
	seen []recorded
}

type recorded struct {
	route string
	body  []byte
}

func newFake(t testing.TB, routes map[string][]step) *fakeOllama {
	t.Helper()
	f := &fakeOllama{routes: routes, release: make(chan struct{})}
	f.srv = httptest.NewServer(f)
	t.Cleanup(func() {
		close(f.release) // lets hanging handlers end so Close does not wait
		f.srv.Close()
	})
	return f
}

// client returns a Client for the fake with cfg's other settings.
func (f *fakeOllama) client(t testing.TB, cfg Config) *Client {
	t.Helper()
	cfg.Host = f.srv.URL
	c, err := NewClient(cfg)
	if err != nil {
		t.Fatalf("NewClient(%q): %v", cfg.Host, err)
	}
	return c
}

func (f *fakeOllama) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	route := r.Method + " " + r.URL.Path
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.seen = append(f.seen, recorded{route, body})
	steps, ok := f.routes[route]
	f.mu.Unlock()
	if f.onRequest != nil {
		f.onRequest(route)
	}
	if route == "POST /api/chat" && len(f.chats) > 0 {
		steps, ok = f.chats[min(len(f.requests(route)), len(f.chats))-1], true
	}
	if !ok {
		http.NotFound(w, r)
		return
	}
	f.play(w, r, steps)
}

// setRoute changes what a route answers, safely while the server runs.
func (f *fakeOllama) setRoute(route string, steps []step) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.routes[route] = steps
}

// play writes a script, flushing after every line so each is its own chunk.
func (f *fakeOllama) play(w http.ResponseWriter, r *http.Request, steps []step) {
	flush := func() { _ = http.NewResponseController(w).Flush() }
	for _, s := range steps {
		switch s.verb {
		case "status":
			code, _ := strconv.Atoi(s.arg)
			w.WriteHeader(code)
		case "chunk":
			writeLine(w, chatChunk(s.arg, false, ""))
		case "done":
			writeLine(w, chatChunk("", true, cmpOr(s.arg, "stop")))
		case "raw":
			writeLine(w, s.arg)
		case "file":
			io.WriteString(w, s.arg)
		case "answer":
			writeLine(w, chatChunk(s.arg, true, "stop"))
		case "sleep":
			if !f.wait(r, time.After(s.wait)) {
				return
			}
		case "hang":
			f.wait(r, nil)
			return
		case "bytes":
			n, _ := strconv.Atoi(s.arg)
			block := strings.Repeat("a", 64<<10)
			for ; n > 0; n -= len(block) {
				if _, err := io.WriteString(w, block[:min(n, len(block))]); err != nil {
					return
				}
			}
		case "cut":
			flush()
			panic(http.ErrAbortHandler) // net/http drops the connection, no log
		}
		flush()
	}
}

// wait blocks until done fires (true) or the client leaves or the test ends (false).
func (f *fakeOllama) wait(r *http.Request, done <-chan time.Time) bool {
	select {
	case <-done:
		return true
	case <-r.Context().Done():
	case <-f.release:
	}
	return false
}

func writeLine(w io.Writer, line string) { fmt.Fprintln(w, line) }

func chatChunk(content string, done bool, reason string) string {
	b, _ := json.Marshal(map[string]any{
		"model": "fake", "created_at": "2026-01-02T03:04:05Z",
		"message": map[string]string{"role": "assistant", "content": content},
		"done":    done, "done_reason": reason,
	})
	return string(b)
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// requests returns the bodies the fake received on route, oldest first.
func (f *fakeOllama) requests(route string) [][]byte {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out [][]byte
	for _, r := range f.seen {
		if r.route == route {
			out = append(out, r.body)
		}
	}
	return out
}

// closedPort returns a 127.0.0.1 URL where nothing listens: the port was free a
// moment ago and is closed again, so connecting is refused.
func closedPort(t testing.TB) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("cannot listen on 127.0.0.1: %v", err)
	}
	addr := l.Addr().String()
	l.Close()
	return "http://" + addr
}
