package scenarios

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const validPath = "testdata/valid/late-delivery-anniversary.yaml"

func readValid(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile(validPath)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestParseValidFillsEveryField pins the meaning of each YAML key to a struct field.
func TestParseValidFillsEveryField(t *testing.T) {
	s, diags := Parse("v.yaml", readValid(t))
	if len(diags) > 0 {
		t.Fatalf("valid fixture has problems:\n%v", diags)
	}
	want := &Scenario{
		ID:         "late-delivery-anniversary",
		Title:      "The anniversary gift that arrived late",
		Brief:      "Dana paid for express shipping; the gift came three days late and she bought another in a store.",
		Difficulty: 2,
		Channel:    "chat",
		Failure: Failure{Kind: "late-delivery", Severity: 3, Facts: []string{
			"order #4471 promised for Friday", "arrived Monday", "customer paid 12 USD express shipping",
		}, OnFile: []string{"order number", "delivery address"}},
		Customer: Customer{Name: "Dana", Persona: "Direct, busy, had to rebuy a gift in a store",
			Mood: Mood{Frustration: 70, Trust: 40, Patience: 6}, Wants: []string{"acknowledgement", "refund", "assurance"}},
		Authority: []Authority{
			{Kind: "refund", Max: 25, Currency: "USD", Note: "shipping fee and a little more"},
			{Kind: "credit", Max: 15, Currency: "USD"},
			{Kind: "escalate", To: "delivery specialist", Within: "24h"},
			{Kind: "follow-up", Value: 2},
		},
		FairRemedy:           Range{Min: 12, Max: 40},
		BaselineSatisfaction: 70,
		Weights:              &Weights{Empathy: 0.25, ActionSpeed: 0.3, AuthorityClarity: 0.25, Fairness: 0.2},
		Beats: Beats{
			"opening":         {{Text: "My order was supposed to arrive Friday. It came Monday. I had to buy another gift."}},
			"on_apology_only": {{Text: "Okay, you're sorry. What are you going to do about it?"}, {Text: "Sorry doesn't get me my {fact3} back.", Mood: "angry"}},
			"on_empathy":      {{Text: "Thank you. It really was a rotten weekend."}},
			"on_hedge":        {{Text: "Can you actually do anything, or do I need someone else?"}},
			"on_question":     {{Text: "It was {fact1}, and it {fact2}."}},
			"on_reask":        {{Text: "It's on the order. Order #4471. Again."}},
			"on_action":       {{Text: "Alright. When will I see that?"}, {Text: "{amount} {currency} back. Fine. When?", After: "refund"}},
			"on_escalate":     {{Text: "So the {escalate_to} calls me within {within}?"}},
			"on_resolved":     {{Text: "Thanks, {name} appreciates it. That's fair."}},
			"on_hang_up":      {{Text: "Forget it. I'm done."}},
		},
		Source: "v.yaml",
		Hash:   "", // checked separately below
	}
	if len(s.Hash) != 64 {
		t.Errorf("Hash = %q, want 64 hex digits", s.Hash)
	}
	s.Hash = ""
	if diff := cmp.Diff(want, s); diff != "" {
		t.Errorf("parsed scenario (-want +got):\n%s", diff)
	}
}

func TestParseHashFollowsBytes(t *testing.T) {
	data := readValid(t)
	a, _ := Parse("a.yaml", data)
	b, _ := Parse("b.yaml", append(data, []byte("# a comment changes the file\n")...))
	if a.Hash == b.Hash {
		t.Error("two different files got the same hash")
	}
	if a.Source != "a.yaml" {
		t.Errorf("Source = %q, want a.yaml", a.Source)
	}
}

// TestParseUnusableInput covers input that never reaches the decoder: the Scenario
// is nil and the single diagnostic says why in one sentence.
func TestParseUnusableInput(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"too large", bytes.Repeat([]byte("#\n"), MaxFileSize), "x.yaml: file is 2.0 MiB; a scenario file may be at most 1 MiB"},
		{"NUL byte", []byte("id: a\ntitle: b\x00c\n"), "x.yaml:2:9: this is a binary file (it contains a NUL byte), not a YAML scenario"},
		{"bad UTF-8 after a multibyte rune", []byte("id: a\ntitle: \"é\xff\"\n"), "x.yaml:2:10: invalid UTF-8 (byte 0xff); save the file as UTF-8"},
		{"blank", []byte("  \n\n"), "x.yaml: file is empty; a scenario needs at least id, title, difficulty, failure, customer, authority, fair_remedy, baseline_satisfaction and beats"},
		{"a list at the top", []byte("- id: a\n"), "x.yaml:1:1: a scenario must be a mapping of keys (id, title, ...), not a list"},
		{"plain text", []byte("hello there\n"), "x.yaml:1:1: a scenario must be a mapping of keys (id, title, ...), not text"},
		{"syntax error", []byte("id: a\n  title: [\n"), "x.yaml:1:5: YAML syntax error: mapping value is not allowed in this context"},
		{"too many lines", []byte(strings.Repeat("a: 1\n", maxLines+1)), "x.yaml: file has 5001 lines; a scenario file may have at most 5000"},
		{"too many flow marks", []byte("a: [" + strings.Repeat("1,", maxFlowMarks) + "]"), "x.yaml: file has 20002 commas and brackets; a scenario file may have at most 20000"},
		{"nested brackets", []byte("a:\n  b: " + strings.Repeat("[", 40)), "x.yaml:2:38: lists and mappings nest more than 32 levels deep here; a scenario needs only a few"},
		{"nested dashes", []byte("a:\n" + strings.Repeat("- ", 40) + "x"), "x.yaml:2:1: lists and mappings nest more than 32 levels deep here; a scenario needs only a few"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, diags := Parse("x.yaml", tt.data)
			if s != nil {
				t.Errorf("Scenario = %+v, want nil", s)
			}
			if got := diags.Error(); got != tt.want {
				t.Errorf("diagnostics:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestParseFieldRules checks single rules on small edits of the valid file; the
// golden files in testdata/lint cover each rule on a whole file.
func TestParseFieldRules(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		want     []string
	}{
		{"a whole float is a whole number", "difficulty: 2", "difficulty: 2.0", nil},
		{"a tagged value is read through its tag", "difficulty: 2", "difficulty: !!int 2", nil},
		{"a fraction is not", "difficulty: 2", "difficulty: 2.5", []string{"5:13: difficulty must be a whole number, not 2.5"}},
		{"a number where text is wanted", "  name: Dana", "  name: 2024", []string{"17:9: customer.name must be text, not a number; put it in quotes"}},
		{"no value", "  persona: Direct, busy, had to rebuy a gift in a store", "  persona:", []string{"18:11: customer.persona must be text, not nothing"}},
		{"empty facts", "  facts:\n    - \"order #4471 promised for Friday\"\n    - arrived Monday\n    - customer paid 12 USD express shipping\n", "  facts: []\n",
			[]string{"11:10: failure.facts is an empty list; give at least one", "30:39: {fact3} refers to fact 3 but failure.facts has 0", "33:25: {fact1} refers to fact 1 but failure.facts has 0", "33:41: {fact2} refers to fact 2 but failure.facts has 0"}},
		{"a beat as one mapping", "  on_hang_up: [\"Forget it. I'm done.\"]", "  on_hang_up: {text: \"Bye, {nobody}.\", after: discount}",
			[]string{"43:28: unknown placeholder {nobody}; use {name}, {amount}, {currency}, {escalate_to}, {within} or {fact1}..{fact3}", "43:47: beats.on_hang_up.after names discount, which is not on the authority card"}},
		{"a line mapping without text", "{text: \"Sorry doesn't get me my {fact3} back.\", mood: angry}", "{mood: angry}", []string{"33:7: beats.on_apology_only[1] is missing text"}},
		{"infinity is not a number", "fair_remedy: {min: 12, max: 40}", "fair_remedy: {min: 12, max: .inf}", []string{"26:29: fair_remedy.max must be a number, not infinity"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := readValid(t)
			if !bytes.Contains(data, []byte(tt.old)) {
				t.Fatalf("fixture does not contain %q", tt.old)
			}
			edited := bytes.Replace(data, []byte(tt.old), []byte(tt.new), 1)
			_, diags := Parse("x.yaml", edited)
			var got []string
			for _, d := range diags {
				got = append(got, strings.TrimPrefix(d.String(), "x.yaml:"))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}
