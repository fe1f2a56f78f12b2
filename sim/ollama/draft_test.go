package ollama

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/turnaround-app/turnaround/scenarios"
)

// draftWith answers the draft request with testdata/ollama/draft/NAME as the
// model's whole reply.
func draftWith(t *testing.T, name string) (string, *fakeOllama, error) {
	t.Helper()
	f := newFake(t, map[string][]step{"POST /api/chat": inline(t, "answer draft/"+name)})
	complaint, err := os.ReadFile(filepath.Join(testdataDir, "draft", "complaint.txt"))
	if err != nil {
		t.Fatal(err)
	}
	yaml, err := DraftScenario(context.Background(), f.client(t, Config{Model: "qwen2.5:0.5b"}), string(complaint))
	return yaml, f, err
}

func TestDraftScenarioThatLintsClean(t *testing.T) {
	yaml, f, err := draftWith(t, "clean.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(yaml, "# Drafted by qwen2.5:0.5b from a pasted complaint.") || strings.Contains(yaml, "```") {
		t.Errorf("draft does not start with the drafted-by comment or keeps the code fence:\n%s", yaml)
	}
	sc, diags := scenarios.Parse("draft.yaml", []byte(yaml))
	if len(diags) != 0 || sc == nil || sc.ID != "double-charge-march-overdraft" {
		t.Errorf("draft lints with %v; want clean, id double-charge-march-overdraft", diags)
	}
	var req struct {
		Messages []struct{ Role, Content string }
		Options  map[string]any
	}
	if err := json.Unmarshal(f.requests("POST /api/chat")[0], &req); err != nil {
		t.Fatal(err)
	}
	if user := req.Messages[1].Content; !strings.HasPrefix(user, "<complaint>\nSubject: Charged twice") {
		t.Errorf("the complaint is not quoted as data: %q", user)
	}
	if req.Options["num_predict"] != float64(draftPredict) || req.Options["num_ctx"] != float64(4096) {
		t.Errorf("options %v; want num_predict %d and the shared 4096 window", req.Options, draftPredict)
	}
}

func TestDraftScenarioThatDoesNotLint(t *testing.T) {
	yaml, _, err := draftWith(t, "broken.txt")
	if err != nil {
		t.Fatal(err)
	}
	_, diags := scenarios.Parse("draft.yaml", []byte(yaml))
	if len(diags) < 3 {
		t.Fatalf("broken draft lints with %d problems; want the id, difficulty and channel at least: %v", len(diags), diags)
	}
	// The header comment shifts every line by two; diagnostics must point into
	// the text the trainer sees.
	if d := diags[0]; d.Line != 3 || !strings.Contains(d.Msg, "id") {
		t.Errorf("first problem %v; want the id on line 3", d)
	}
}

func TestDraftScenarioRefusals(t *testing.T) {
	f := newFake(t, map[string][]step{"POST /api/chat": inline(t, "chunk \"id: x\"\ndone length")})
	c := f.client(t, Config{Model: "qwen2.5:0.5b"})
	if _, err := DraftScenario(context.Background(), c, "  "); err == nil || err.Error() != "paste the customer's complaint first" {
		t.Errorf("empty complaint: %v", err)
	}
	if _, err := DraftScenario(context.Background(), c, strings.Repeat("x", maxComplaintRunes+1)); err == nil ||
		!strings.Contains(err.Error(), "paste at most 6000") {
		t.Errorf("long complaint: %v", err)
	}
	if _, err := DraftScenario(context.Background(), c, "It broke."); !errors.Is(err, ErrIncoherent) ||
		!strings.Contains(err.Error(), "ran past 1600 tokens and was cut off") {
		t.Errorf("draft at the token cap: %v; want a cut-off message", err)
	}
	noModel := f.client(t, Config{})
	if _, err := DraftScenario(context.Background(), noModel, "It broke."); !errors.Is(err, ErrModelMissing) {
		t.Errorf("no model: %v; want ErrModelMissing", err)
	}
}
