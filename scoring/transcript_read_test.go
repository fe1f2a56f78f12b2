package scoring

import (
	"os"
	"path/filepath"
	"testing"
)

func TestReadTranscriptErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"empty", "  \n", "t.json: the file is empty; a transcript is a JSON object with turns"},
		{"syntax", "{\n  \"turns\": [\n    {\"role\": \"agent\" \"text\": \"hi\"}\n  ]\n}",
			"t.json:3:22: invalid character '\"' after object key:value pair"},
		{"type", "{\"turns\": [\n {\"role\": \"agent\", \"at_ms\": \"soon\"}]}",
			"t.json:2:29: turns.at_ms must be a number, not a JSON string"},
		{"unknown field", "{\"turns\": [],\n \"speaker\": 1}",
			"t.json:2:2: unknown field \"speaker\"; transcript fields are scenario, turns, ending and timing, and turn fields are role, text, action, at_ms, mood and note"},
		{"truncated", "{\"turns\": [", "t.json:1:12: the JSON ends too early"},
		{"trailing", "{\"turns\": []} {}", "t.json:1:16: unexpected data after the transcript object"},
		{"amount too large is not a type error", "{\"turns\": [{\"role\": \"agent\", \"action\": {\"kind\": \"refund\", \"amount\": 1e400}}]}",
			"t.json:1:69: turns.action.amount 1e400 is too large a number"},
		{"at_ms too large is not a type error", "{\"turns\": [{\"role\": \"agent\", \"at_ms\": 99999999999999999999}]}",
			"t.json:1:39: turns.at_ms must be a whole number of a sensible size, not 99999999999999999999"},
		{"at_ms fraction", "{\"turns\": [{\"role\": \"agent\", \"at_ms\": 1.5}]}",
			"t.json:1:39: turns.at_ms must be a whole number of a sensible size, not 1.5"},
		{"not an object", "[1, 2]", "t.json:1:1: the transcript must be an object, not a JSON array"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadTranscript("t.json", []byte(tt.data))
			if err == nil || err.Error() != tt.want {
				t.Errorf("error = %v\nwant    %s", err, tt.want)
			}
		})
	}
}

func TestReadTranscriptReadsDesignExample(t *testing.T) {
	data := `{"scenario": "late-delivery-anniversary", "turns": [
	  {"role": "customer", "text": "This is the second time my order...", "at_ms": 0},
	  {"role": "agent", "action": {"kind": "refund", "amount": 25, "currency": "USD"}, "at_ms": 41000}]}`
	tr, err := ReadTranscript("x.json", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Turns) != 2 || tr.Turns[1].Action == nil || tr.Turns[1].Action.Amount != 25 || tr.Turns[1].AtMS != 41000 {
		t.Errorf("read %+v", tr)
	}
}

// FuzzReadTranscript holds that no input makes the reader (or the scorer after
// it) panic. The corpus is seeded from the golden transcripts.
func FuzzReadTranscript(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join(goldenDir, "*.json"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`{"turns":[{"role":"agent","text":"\u00e9\ud83d\ude00","at_ms":1}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tr, err := ReadTranscript("fuzz.json", data)
		if err != nil {
			return
		}
		tr.Scenario = ""
		_, _ = Score(tr, fixture(), nil)
	})
}
