package ollama

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// tokensPerReply is about what a one-to-three-sentence reply takes.
const tokensPerReply = 20

// tokenGap paces the fake like a fast local model, so each token is measured on
// its own rather than queued behind the one before.
const tokenGap = 200 * time.Microsecond

// tokenClock records, on the monotonic clock, when the fake wrote each token.
// The token's text is its index, so the receiver can look its send time up.
type tokenClock struct {
	base time.Time
	sent [tokensPerReply]atomic.Int64
}

func (c *tokenClock) since(piece string) time.Duration {
	i, err := strconv.Atoi(strings.TrimSpace(piece))
	if err != nil || i < 0 || i >= tokensPerReply {
		return -1
	}
	return time.Since(c.base) - time.Duration(c.sent[i].Load())
}

// newTokenServer streams tokensPerReply numbered chunks and a done chunk.
func newTokenServer(b *testing.B) (*httptest.Server, *tokenClock) {
	clock := &tokenClock{base: time.Now()}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rc := http.NewResponseController(w)
		for i := 0; i < tokensPerReply; i++ {
			line := chatChunk(strconv.Itoa(i)+" ", false, "") + "\n"
			clock.sent[i].Store(int64(time.Since(clock.base)))
			w.Write([]byte(line))
			rc.Flush()
			time.Sleep(tokenGap)
		}
		w.Write([]byte(chatChunk("", true, "stop") + "\n"))
	}))
	b.Cleanup(srv.Close)
	return srv, clock
}

// reportLatency adds the mean and 99th percentile of all measured latencies,
// and the mean of each reply's first token alone: Ollama's client allocates an
// 8 MB line buffer once the response starts, which the first token waits for.
func reportLatency(b *testing.B, lat []time.Duration) {
	if len(lat) == 0 {
		b.Fatal("no tokens measured")
	}
	var first time.Duration
	for i := 0; i < len(lat); i += tokensPerReply {
		first += lat[i]
	}
	b.ReportMetric(float64(first)/float64(len(lat)/tokensPerReply), "first-ns/token")
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	var sum time.Duration
	for _, d := range lat {
		if d < 0 {
			b.Fatalf("token with an unknown index")
		}
		sum += d
	}
	b.ReportMetric(float64(sum)/float64(len(lat)), "ns/token")
	b.ReportMetric(float64(lat[len(lat)*99/100]), "p99-ns/token")
}

// BenchmarkTokenLatency measures the client's overhead from a token leaving the
// server to it reaching onToken through Voice.Reply. Target: under 5 ms (5e6 ns).
// Most of the gap to the raw baseline is garbage collection: Ollama's client
// allocates an 8 MB line buffer per request, which on this benchmark's tiny heap
// starts a collection every reply (run with GOGC=off to see the client path alone).
func BenchmarkTokenLatency(b *testing.B) {
	srv, clock := newTokenServer(b)
	c, err := NewClient(Config{Host: srv.URL, Model: "bench", FirstTokenTimeout: 5 * time.Second})
	if err != nil {
		b.Fatal(err)
	}
	v := NewVoice(c, nil, func(s string) { b.Fatalf("fell back: %s", s) })
	req := hedgeRequest(b, "I'll see what I can do.")
	lat := make([]time.Duration, 0, b.N*tokensPerReply)
	onToken := func(piece string) { lat = append(lat, clock.since(piece)) }
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := v.Reply(context.Background(), req, onToken); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	reportLatency(b, lat)
}

// BenchmarkTokenLatencyRawNDJSON is the baseline: the same stream read with
// net/http, a line scanner and encoding/json, and nothing else.
func BenchmarkTokenLatencyRawNDJSON(b *testing.B) {
	srv, clock := newTokenServer(b)
	lat := make([]time.Duration, 0, b.N*tokensPerReply)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		resp, err := http.Post(srv.URL+"/api/chat", "application/json", strings.NewReader(`{"model":"bench"}`))
		if err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			var chunk struct {
				Message struct{ Content string } `json:"message"`
				Done    bool                     `json:"done"`
			}
			if err := json.Unmarshal(sc.Bytes(), &chunk); err != nil {
				b.Fatal(err)
			}
			if chunk.Message.Content != "" {
				lat = append(lat, clock.since(chunk.Message.Content))
			}
		}
		resp.Body.Close()
	}
	b.StopTimer()
	reportLatency(b, lat)
}
