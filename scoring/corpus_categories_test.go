package scoring

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// The corpus checks skip without their data; these tests of how they sort and
// guard it run always.

func TestCorpusSGDCategories(t *testing.T) {
	cases := []struct {
		acts []string
		text string
		want []string
	}{
		{[]string{"NOTIFY_SUCCESS"}, "Your table has been reserved.", []string{sgdCompleted, sgdSuccessOnly, sgdCompletedStmt}},
		{[]string{"NOTIFY_SUCCESS", "REQ_MORE"}, "Done. Anything else?", []string{sgdCompleted}},
		{[]string{"INFORM", "NOTIFY_SUCCESS"}, "Booked. It's at 5 pm.", []string{sgdCompleted, sgdCompletedStmt}},
		{[]string{"NOTIFY_SUCCESS", "OFFER"}, "Booked. How about a taxi?", nil},
		{[]string{"INFORM"}, "The address is 1 Main Street.", []string{sgdInformStmt}},
		{[]string{"INFORM"}, "It has wifi. Anything else?", nil},
		{[]string{"REQUEST"}, "Which city?", []string{sgdRequest}},
		{[]string{"CONFIRM"}, "Please confirm: a table for 2.", []string{sgdConfirm}},
		{[]string{"OFFER"}, "How about Bird Dog?", []string{sgdOfferQuestion}},
		{[]string{"OFFER"}, "Bird Dog is a good one.", []string{sgdOffer}},
		{[]string{"INFORM_COUNT", "OFFER"}, "I found 3. How about Bird Dog?", []string{sgdOffer}},
		{[]string{"NOTIFY_FAILURE", "OFFER"}, "That failed. Try 6 pm?", []string{sgdFailure}},
		{[]string{"NOTIFY_FAILURE", "REQ_MORE"}, "That failed. Anything else?", nil},
		{[]string{"GOODBYE"}, "Have a good day.", nil},
		{nil, "", nil},
	}
	for _, c := range cases {
		if got := sgdCategories(c.acts, c.text); !slices.Equal(got, c.want) {
			t.Errorf("sgdCategories(%v, %q) = %v, want %v", c.acts, c.text, got, c.want)
		}
	}
}

func TestCorpusEmpIntentsCategories(t *testing.T) {
	cases := []struct{ intent, text, want string }{
		{"sympathizing", "so sorry to hear that.", eiSympathizing},
		{"acknowleding", "that must have been terrible.", eiAckNegative},
		{"acknowledging", "That sucks!", eiAckNegative},
		{"acknowledging", "That's awesome.", eiAckOther},
		{"acknowledging", "a hardware store", eiAckOther},
		{"neutral", "i went fishing.", "neutral"},
		{"consoling", "i hope it gets better", "consoling"},
		{"advising", "you should rest", ""},
		{"sharing_experience", "me too, once", ""},
	}
	for _, c := range cases {
		if got := eiCategory(c.intent, c.text); got != c.want {
			t.Errorf("eiCategory(%q, %q) = %q, want %q", c.intent, c.text, got, c.want)
		}
	}
}

func TestCorpusRefusesHeldOutSplits(t *testing.T) {
	dir := t.TempDir()
	held := filepath.Join(dir, "test")
	if err := os.Mkdir(held, 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "train")
	if err := os.Symlink(held, link); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path string
		want bool
	}{
		{filepath.Join(dir, "test", "dialogues_001.json"), true},
		{held, true},
		{link, true}, // a train/ that is really test/
		{filepath.Join("corpora", "sgd", "train", "dialogues_001.json"), false},
		{filepath.Join("corpora", "latest", "dev"), false},
		{filepath.Join(dir, "contest"), false},
	} {
		if got := underHeldOut(c.path); got != c.want {
			t.Errorf("underHeldOut(%s) = %v, want %v", c.path, got, c.want)
		}
	}
}

func TestCorpusSampleIsOrderFree(t *testing.T) {
	texts := []string{"a", "b", "c", "d", "b", " a "}
	forward, backward := newCorpusSample(), newCorpusSample()
	for i := range texts {
		forward.add("x", texts[i], "")
		backward.add("x", texts[len(texts)-1-i], "")
	}
	f, b := forward.take("x"), backward.take("x")
	if len(f) != 4 {
		t.Fatalf("sampled %d distinct lines, want 4", len(f))
	}
	for i := range f {
		if f[i].text != b[i].text {
			t.Fatalf("sample depends on read order: %v vs %v", f, b)
		}
	}
}
