package scoring

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// EmpatheticIntents labels listener replies in casual conversations (not service
// calls) with the intent behind them. The check reads two of its folders, under
// the folder TURNAROUND_EMPINTENTS_DIR names (the repository's datasets/ folder):
//
//   - manual_annotations/*.txt: one reply a line, labelled by hand;
//   - lexically_extended_intent_data/{train,validation}/*.txt: "label <SEP> reply",
//     found by searching for words typical of each intent, so a reply in
//     sympathizing.txt usually holds "sorry". Its test/ folder is left alone.
//
// The file name is the intent ("acknowleding.txt" is the corpus's spelling).
// Intents that appear only among the manual annotations (advising, sharing
// experience…) are not read: too few to score.

// How the intents map onto Turnaround's markers. Sympathizing ("so sorry to hear
// that", "oh no, that is terrible") is an apology in Turnaround's sense (sympathy
// counts, see README.md) or a validation. Acknowledging is split by whether the
// reply names something bad: "that must have been terrible" validates the feeling,
// "that's awesome" is good news acknowledged, which no Turnaround marker covers,
// so it is shown but not scored. Questioning, suggesting, agreeing ("me too"),
// encouraging, consoling ("I hope it gets better"), wishing and neutral replies
// show empathy in other ways or none, and are negatives for validates-feeling.
const (
	eiSympathizing = "sympathizing"
	eiAckNegative  = "acknowledging (names a bad thing)"
	eiAckOther     = "acknowledging (other)"
)

var eiNegatives = []string{"neutral", "questioning", "suggesting", "agreeing", "encouraging", "consoling", "wishing"}

// eiBadWords mark an acknowledging reply as one about something bad. The list is
// short and lexical on purpose: it only splits a corpus category, it is not a marker.
// "hard" is left out: in these replies it is mostly praise ("you worked so hard").
var eiBadWords = []string{
	"terrible", "awful", "horrible", "horrid", "scary", "frightening", "sad", "suck", "sucks",
	"stressful", "frustrating", "annoying", "upsetting", "rough", "tough", "bad", "worst",
	"unfair", "painful", "heartbreaking", "devastating", "nightmare", "shame", "disappointing",
	"difficult", "nerve-wracking", "stinks", "crappy", "rude", "dangerous", "unfortunate",
}

// eiCategory is the check's category for a reply the corpus labelled intent.
func eiCategory(intent, text string) string {
	switch intent {
	case "sympathizing":
		return eiSympathizing
	case "acknowledging", "acknowleding":
		words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r == '-')
		})
		for _, w := range words {
			if slices.Contains(eiBadWords, w) {
				return eiAckNegative
			}
		}
		return eiAckOther
	}
	if slices.Contains(eiNegatives, intent) {
		return intent
	}
	return ""
}

// readEmpIntents samples the labelled replies under dir.
func readEmpIntents(t *testing.T, dir string) *corpusSample {
	t.Helper()
	s := newCorpusSample()
	sources := []struct{ folder, note string }{
		{"manual_annotations", "manual"},
		{filepath.Join("lexically_extended_intent_data", "train"), "lexical/train"},
		{filepath.Join("lexically_extended_intent_data", "validation"), "lexical/validation"},
	}
	files := 0
	for _, src := range sources {
		paths, _ := filepath.Glob(filepath.Join(dir, src.folder, "*.txt"))
		for _, path := range paths {
			refuseHeldOut(t, path)
			intent := strings.TrimSuffix(filepath.Base(path), ".txt")
			if eiCategory(intent, "") == "" {
				continue
			}
			files++
			readEmpIntentsFile(t, s, path, intent, src.note)
		}
	}
	if files == 0 {
		t.Fatalf("no intent files under %s (want manual_annotations/ and lexically_extended_intent_data/train/)", dir)
	}
	t.Logf("read %d intent files from %s", files, dir)
	return s
}

func readEmpIntentsFile(t *testing.T, s *corpusSample, path, intent, note string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if _, reply, ok := strings.Cut(line, "<SEP>"); ok {
			line = reply
		}
		s.add(eiCategory(intent, line), line, note)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
}

// TestCorpusEmpatheticIntents checks apology and validates-feeling against
// listener replies the EmpatheticIntents corpus labelled with their intent. These
// are friends chatting, not agents, so the figures say how the markers read plain
// conversational sympathy, not how they grade a service call.
func TestCorpusEmpatheticIntents(t *testing.T) {
	dir := corpusDir(t, "TURNAROUND_EMPINTENTS_DIR", "the EmpatheticIntents datasets/ folder (the one holding manual_annotations/ and lexically_extended_intent_data/)")
	sample := readEmpIntents(t, dir)
	lines := sample.take(append([]string{eiSympathizing, eiAckNegative, eiAckOther}, eiNegatives...)...)
	analyses := analyseAll(lines)
	checks := []corpusCheck{
		{
			name: "empathy shown (apology, validates-feeling or reflects)",
			pred: func(a Analysis) bool {
				return a.Has(MarkApology) || a.Has(MarkValidates) || a.Has(MarkReflects)
			},
			positives: []string{eiSympathizing, eiAckNegative},
			negatives: eiNegatives,
			shown:     []string{eiAckOther},
		},
		{
			name:      "apology",
			pred:      func(a Analysis) bool { return a.Has(MarkApology) },
			positives: []string{eiSympathizing},
			negatives: eiNegatives,
			shown:     []string{eiAckNegative, eiAckOther},
		},
		{
			name:      "validates-feeling",
			pred:      func(a Analysis) bool { return a.Has(MarkValidates) },
			positives: []string{eiAckNegative},
			negatives: eiNegatives,
			shown:     []string{eiSympathizing, eiAckOther},
		},
	}
	runCorpusChecks(t, checks, lines, analyses, eiFloors)
}

// eiFloors sit a little below the figures measured on 2026-12-04 (in the
// comments), so a change that loses ground fails.
var eiFloors = []corpusFloor{
	{"empathy shown (apology, validates-feeling or reflects)", "precision", 0.75}, // 0.802
	{"empathy shown (apology, validates-feeling or reflects)", "recall", 0.75},    // 0.811
	{"apology", "precision", 0.80},           // 0.895
	{"apology", "recall", 0.90},              // 0.984
	{"validates-feeling", "precision", 0.60}, // 0.675
	{"validates-feeling", "recall", 0.45},    // 0.510
}
