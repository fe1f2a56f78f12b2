package scoring

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// sgdDialogue is the part of a Schema-Guided Dialogue record the check reads.
type sgdDialogue struct {
	DialogueID string `json:"dialogue_id"`
	Turns      []struct {
		Speaker   string `json:"speaker"`
		Utterance string `json:"utterance"`
		Frames    []struct {
			Actions []struct {
				Act string `json:"act"`
			} `json:"actions"`
		} `json:"frames"`
	} `json:"turns"`
}

// The categories a system turn is sorted into by its dialogue acts.
const (
	sgdCompleted     = "completed"      // NOTIFY_SUCCESS with at most INFORM, REQ_MORE, GOODBYE
	sgdSuccessOnly   = "success-only"   // NOTIFY_SUCCESS alone: the words are about the step
	sgdCompletedStmt = "completed-no-?" // a completed turn with no question mark
	sgdInformStmt    = "inform-no-?"    // INFORM only, no question mark
	sgdRequest       = "request"        // REQUEST only
	sgdConfirm       = "confirm"        // CONFIRM only
	sgdOfferQuestion = "offer-question" // OFFER only, ending in "?"
	sgdOffer         = "offer-or-count" // other mixes of OFFER, REQUEST, CONFIRM, INFORM_COUNT
	sgdFailure       = "failure"        // NOTIFY_FAILURE with only the acts above
)

// sgdCategories sorts a system turn by its acts; a turn may fall into none, or into
// a category and its no-question-mark subset.
func sgdCategories(acts []string, text string) []string {
	only := func(allowed ...string) bool {
		for _, a := range acts {
			if !slices.Contains(allowed, a) {
				return false
			}
		}
		return len(acts) > 0
	}
	question := strings.Contains(text, "?")
	switch {
	case slices.Contains(acts, "NOTIFY_SUCCESS") && only("NOTIFY_SUCCESS", "INFORM", "REQ_MORE", "GOODBYE"):
		cs := []string{sgdCompleted}
		if len(acts) == 1 {
			cs = append(cs, sgdSuccessOnly)
		}
		if !question {
			cs = append(cs, sgdCompletedStmt)
		}
		return cs
	case only("INFORM"):
		if question {
			return nil
		}
		return []string{sgdInformStmt}
	case !only("OFFER", "REQUEST", "CONFIRM", "INFORM_COUNT", "NOTIFY_FAILURE"):
		return nil
	case slices.Contains(acts, "NOTIFY_FAILURE"):
		return []string{sgdFailure}
	case only("REQUEST"):
		return []string{sgdRequest}
	case only("CONFIRM"):
		return []string{sgdConfirm}
	case only("OFFER") && strings.HasSuffix(strings.TrimSpace(text), "?"):
		return []string{sgdOfferQuestion}
	}
	return []string{sgdOffer}
}

// readSGD samples the system turns of the train and dev splits under dir.
func readSGD(t *testing.T, dir string) *corpusSample {
	t.Helper()
	s := newCorpusSample()
	files := 0
	for _, split := range []string{"train", "dev"} {
		paths, _ := filepath.Glob(filepath.Join(dir, split, "dialogues_*.json"))
		for _, path := range paths {
			refuseHeldOut(t, path)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read %s: %v", path, err)
			}
			var dialogues []sgdDialogue
			if err := json.Unmarshal(data, &dialogues); err != nil {
				t.Fatalf("%s: not a list of dialogues: %v", path, err)
			}
			files++
			for _, d := range dialogues {
				for _, turn := range d.Turns {
					if turn.Speaker != "SYSTEM" {
						continue
					}
					var acts []string
					for _, f := range turn.Frames {
						for _, a := range f.Actions {
							if !slices.Contains(acts, a.Act) {
								acts = append(acts, a.Act)
							}
						}
					}
					slices.Sort(acts)
					note := split + "/" + d.DialogueID + " " + strings.Join(acts, "+")
					for _, c := range sgdCategories(acts, turn.Utterance) {
						s.add(c, turn.Utterance, note)
					}
				}
			}
		}
	}
	if files == 0 {
		t.Fatalf("no dialogues_*.json under %s/train or %s/dev", dir, dir)
	}
	t.Logf("read %d dialogue files from %s (train and dev)", files, dir)
	return s
}

// TestCorpusSGDCompletedSteps checks concrete-action and asking against the system
// turns of the Schema-Guided Dialogue corpus (train and dev splits only): a turn
// reporting a booking or transfer done ("Your reservation is confirmed") is a
// completed step; offers, requests, confirmations of details and failures are not.
// A turn that only requests a slot is asking.
func TestCorpusSGDCompletedSteps(t *testing.T) {
	dir := corpusDir(t, "TURNAROUND_SGD_DIR", "the folder holding the Schema-Guided Dialogue train/ and dev/ folders")
	sample := readSGD(t, dir)
	lines := sample.take(sgdCompleted, sgdSuccessOnly, sgdCompletedStmt, sgdInformStmt, sgdRequest, sgdConfirm, sgdOfferQuestion, sgdOffer, sgdFailure)
	analyses := analyseAll(lines)
	checks := []corpusCheck{
		{
			name:      "concrete-action",
			pred:      func(a Analysis) bool { return a.Has(MarkConcreteAction) },
			positives: []string{sgdCompleted},
			negatives: []string{sgdRequest, sgdConfirm, sgdOfferQuestion, sgdOffer, sgdFailure},
		},
		{
			// A turn with INFORM as well often spends its words on the detail
			// ("It is a rock song from 2014."), so this check keeps the turns
			// that only report the step.
			name:      "concrete-action (NOTIFY_SUCCESS alone)",
			pred:      func(a Analysis) bool { return a.Has(MarkConcreteAction) },
			positives: []string{sgdSuccessOnly},
			negatives: []string{sgdRequest, sgdConfirm, sgdOfferQuestion, sgdOffer, sgdFailure},
		},
		{
			name:      "asks",
			pred:      func(a Analysis) bool { return a.Has(MarkAsksInfo) || a.Has(MarkQuestion) },
			positives: []string{sgdRequest},
			negatives: []string{sgdCompletedStmt, sgdInformStmt},
		},
	}
	runCorpusChecks(t, checks, lines, analyses, sgdFloors)
}

// sgdFloors sit a little below the figures measured on 2026-12-04 (in the
// comments), so a change that loses ground fails.
// A negative category's floor is the share of its turns the marker stays off.
var sgdFloors = []corpusFloor{
	{"concrete-action", "precision", 0.70},                        // 0.790
	{"concrete-action", "recall", 0.30},                           // 0.377
	{"concrete-action", sgdRequest, 0.90},                         // 0.999
	{"concrete-action", sgdConfirm, 0.90},                         // 0.976
	{"concrete-action", sgdOfferQuestion, 0.90},                   // 0.982
	{"concrete-action", sgdOffer, 0.85},                           // 0.937
	{"concrete-action", sgdFailure, 0.90},                         // 0.983
	{"concrete-action (NOTIFY_SUCCESS alone)", "precision", 0.70}, // 0.786
	{"concrete-action (NOTIFY_SUCCESS alone)", "recall", 0.30},    // 0.385
	{"asks", "precision", 0.90},                                   // 0.999
	{"asks", "recall", 0.85},                                      // 0.940
}
