package scenarios

import (
	"testing"
)

func TestFill(t *testing.T) {
	s, diags := Parse("v.yaml", readValid(t))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	tests := []struct {
		line string
		vars map[string]string
		want string
	}{
		{"No placeholders.", nil, "No placeholders."},
		{"Hi, I'm {name}.", nil, "Hi, I'm Dana."},
		{"It {fact2}; {fact1}.", nil, "It arrived Monday; order #4471 promised for Friday."},
		{"{amount} {currency} back?", map[string]string{"amount": "25"}, "25 USD back?"},
		{"The {escalate_to} within {within}.", nil, "The delivery specialist within 24h."},
		{"{name} said {name}", map[string]string{"name": "Dee"}, "Dee said Dee"},
		{"Left as written: {amount} {fact9} {unknown}", nil, "Left as written: {amount} {fact9} {unknown}"},
	}
	for _, tt := range tests {
		if got := Fill(s, tt.line, tt.vars); got != tt.want {
			t.Errorf("Fill(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestAuthorityFor(t *testing.T) {
	s, _ := Parse("v.yaml", readValid(t))
	if a, ok := s.AuthorityFor("credit"); !ok || a.Max != 15 || a.Currency != "USD" {
		t.Errorf("AuthorityFor(credit) = %+v, %v", a, ok)
	}
	if _, ok := s.AuthorityFor("discount"); ok {
		t.Error("discount is not on the card but was found")
	}
}

// TestBeatFallbackEndsAtRequiredBeats guards the simulator: every optional beat
// must lead, without a loop, to a beat every scenario has.
func TestBeatFallbackEndsAtRequiredBeats(t *testing.T) {
	for _, beat := range BeatNames {
		if contains(RequiredBeats, beat) {
			if _, ok := BeatFallback[beat]; ok {
				t.Errorf("required beat %s has a fallback; it never needs one", beat)
			}
			continue
		}
		if _, ok := BeatDefaults[beat]; ok {
			continue // a default line stands in for it
		}
		seen := map[string]bool{}
		b := beat
		for !contains(RequiredBeats, b) {
			if seen[b] {
				t.Fatalf("fallback from %s loops at %s", beat, b)
			}
			seen[b] = true
			next, ok := BeatFallback[b]
			if !ok {
				t.Fatalf("optional beat %s has no fallback", b)
			}
			b = next
		}
	}
}

func TestResolveBeat(t *testing.T) {
	s, _ := Parse("v.yaml", readValid(t))
	tests := map[string]string{
		"on_empathy":  "on_empathy",      // defined
		"on_policy":   "on_hedge",        // not defined, falls back once
		"on_jargon":   "on_hedge",        // on_jargon -> on_stall -> on_hedge
		"on_blame":    "on_apology_only", // not defined
		"on_resolved": "on_resolved",
		"on_accepted": "on_accepted", // not defined, but has a default line
		"on_nothing":  "",
	}
	for beat, want := range tests {
		if got := s.ResolveBeat(beat); got != want {
			t.Errorf("ResolveBeat(%s) = %q, want %q", beat, got, want)
		}
	}
	if got := s.Lines("on_accepted"); len(got) != 1 || got[0].Text != "Okay. Anything else I should know?" {
		t.Errorf("Lines(on_accepted) = %+v, want the default line", got)
	}
}
