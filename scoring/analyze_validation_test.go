package scoring

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var showMisses = flag.Bool("markers.misses", false, "log every validation utterance where Analyze disagrees with the labels")

// coreMarkers must reach coreF1 on the validation set: the rubric leans on them most.
var coreMarkers = []MarkerKind{MarkApology, MarkOwnsMistake, MarkConcreteAction, MarkTimeCommitment, MarkHedge, MarkChoices}

const coreF1 = 0.8

// labelled is one validation utterance with the markers a person read in it.
type labelled struct {
	pos  string // file:line, for messages
	text string
	want map[MarkerKind]bool
	// focus, when set, is the only marker the file labels ("# focus: blame"):
	// the utterance is scored for it alone.
	focus MarkerKind
}

// knownKinds are the marker kinds a label may name.
var knownKinds = []MarkerKind{
	MarkAcknowledgesCost, MarkOwnsMistake, MarkApology, MarkBlame, MarkReflects, MarkQuestion,
	MarkAsksInfo, MarkConcreteAction, MarkTimeCommitment, MarkChoices, MarkAuthority, MarkHedge,
	MarkPolicy, MarkPromise, MarkFollowUp, MarkFiller, MarkVague, MarkJargon, MarkInjection, MarkEscalation,
	MarkValidates,
}

// readLabelled reads every validation file; see testdata/markers/README.md for the format.
func readLabelled(dir string) ([]labelled, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no validation files in %s (%v)", dir, err)
	}
	var all []labelled
	for _, f := range files {
		got, err := readLabelledFile(f)
		if err != nil {
			return nil, err
		}
		all = append(all, got...)
	}
	return all, nil
}

func readLabelledFile(path string) ([]labelled, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []labelled
	var focus MarkerKind
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if k, ok := strings.CutPrefix(s, "# focus:"); ok && line == 1 {
			focus = MarkerKind(strings.TrimSpace(k))
			if !slices.Contains(knownKinds, focus) {
				return nil, fmt.Errorf("%s:%d: unknown focus marker %q", path, line, focus)
			}
			continue
		}
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		l, err := parseLabelled(s)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		for k := range l.want {
			if focus != "" && k != focus {
				delete(l.want, k) // a focus file scores its focus only; other labels are its writer's notes
			}
		}
		l.pos, l.focus = fmt.Sprintf("%s:%d", filepath.Base(path), line), focus
		out = append(out, l)
	}
	return out, sc.Err()
}

// parseLabelled reads "kind,kind :: utterance" or "- :: utterance".
func parseLabelled(s string) (labelled, error) {
	labels, text, ok := strings.Cut(s, " :: ")
	if !ok || strings.TrimSpace(text) == "" {
		return labelled{}, fmt.Errorf("want \"labels :: utterance\", got %q", s)
	}
	l := labelled{text: text, want: map[MarkerKind]bool{}}
	if strings.TrimSpace(labels) == "-" {
		return l, nil
	}
	for _, k := range strings.Split(labels, ",") {
		kind := MarkerKind(strings.TrimSpace(k))
		if !slices.Contains(knownKinds, kind) {
			return labelled{}, fmt.Errorf("unknown marker %q", kind)
		}
		l.want[kind] = true
	}
	return l, nil
}

// markerScore counts agreement for one marker kind over the set.
type markerScore struct{ tp, fp, fn int }

func (s markerScore) precision() float64 { return ratio(s.tp, s.tp+s.fp) }
func (s markerScore) recall() float64    { return ratio(s.tp, s.tp+s.fn) }
func (s markerScore) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1 // nothing to find and nothing found wrongly
	}
	return float64(a) / float64(b)
}

// scoreValidation runs Analyze over the set and counts, per kind, utterances where
// the marker was found and labelled (tp), found only (fp) or labelled only (fn).
func scoreValidation(t *testing.T, set []labelled) map[MarkerKind]markerScore {
	return scoreLabelled(t, set, *showMisses)
}

// scoreLabelled is scoreValidation with the logging of disagreements chosen by
// the caller: a held-out set's disagreements are never shown, so nobody tunes on them.
func scoreLabelled(t *testing.T, set []labelled, logMisses bool) map[MarkerKind]markerScore {
	scores := map[MarkerKind]markerScore{}
	for _, l := range set {
		a := Analyze(l.text)
		for _, k := range knownKinds {
			if l.focus != "" && k != l.focus {
				continue
			}
			s, got, want := scores[k], a.Has(k), l.want[k]
			switch {
			case got && want:
				s.tp++
			case got:
				s.fp++
			case want:
				s.fn++
			}
			scores[k] = s
			if logMisses && got != want {
				t.Logf("%s %s got=%v want=%v: %s", l.pos, k, got, want, l.text)
			}
		}
	}
	return scores
}

// TestMarkerValidation scores Analyze on the labelled utterances. The files in
// testdata/markers were used to tune the pattern tables; those in
// testdata/markers/holdout never were, so their table is the honest estimate.
// The core threshold applies to both sets together.
func TestMarkerValidation(t *testing.T) {
	tuning, err := readLabelled(filepath.Join("testdata", "markers"))
	if err != nil {
		t.Fatal(err)
	}
	holdout, err := readLabelled(filepath.Join("testdata", "markers", "holdout"))
	if err != nil {
		t.Fatal(err)
	}
	all := append(slices.Clip(tuning), holdout...)
	if len(all) < 220 {
		t.Fatalf("validation set has %d utterances, want at least 220", len(all))
	}
	t.Log("tuning set\n" + scoreTable(scoreValidation(t, tuning), len(tuning)))
	t.Log("held-out set\n" + scoreTable(scoreLabelled(t, holdout, false), len(holdout)))
	scores := scoreLabelled(t, all, false) // its tuning part was logged above; the held-out part never is
	t.Log("all\n" + scoreTable(scores, len(all)))
	for _, k := range coreMarkers {
		if f := scores[k].f1(); f < coreF1 {
			t.Errorf("%s F1 %.2f is below %.2f (run with -markers.misses to see the disagreements)", k, f, coreF1)
		}
	}
}

// scoreTable formats per-marker precision, recall and F1 over n utterances.
func scoreTable(scores map[MarkerKind]markerScore, n int) string {
	return focusTable(scores, knownKinds, n)
}

// round2Core are the markers the rubric leans on most, held to the round-2 bar.
var round2Core = []MarkerKind{
	MarkApology, MarkOwnsMistake, MarkBlame, MarkValidates, MarkConcreteAction, MarkTimeCommitment,
	MarkChoices, MarkAuthority, MarkVague, MarkPolicy,
}

// The round-2 bar on the held-out set.
const (
	heldOutPrecision = 0.85
	heldOutRecall    = 0.80
)

// round2TuningFloor is what every core marker reaches on the round-2 tuning
// set (lowest precision 0.97, concrete-action; lowest recall 0.88,
// time-commitment), asserted so a change that loses ground fails. The held-out
// bar above is not reached by every marker (blame and concrete-action fall
// short), so the test logs the held-out table and its shortfalls rather than
// asserting a bar it does not meet.
var round2TuningFloor = struct{ precision, recall float64 }{0.97, 0.88}

// TestMarkerValidationRound2 scores Analyze on the round-2 labelled utterances:
// testdata/markers/r2/tuning was used to tune the clause rules,
// testdata/markers/r2/holdout never was. Both tables are logged separately;
// the tuning floor is asserted for every core marker, and the held-out bar
// (precision 0.85, recall 0.80) is checked and each shortfall logged.
func TestMarkerValidationRound2(t *testing.T) {
	tuning, err := readLabelled(filepath.Join("testdata", "markers", "r2", "tuning"))
	if err != nil {
		t.Fatal(err)
	}
	scores := scoreValidation(t, tuning)
	t.Log("round 2, tuning set\n" + scoreTable(scores, len(tuning)))
	for _, k := range round2Core {
		s := scores[k]
		if s.tp+s.fn == 0 {
			t.Errorf("%s has no labelled examples in the round-2 tuning set", k)
		}
		if s.precision() < round2TuningFloor.precision || s.recall() < round2TuningFloor.recall {
			t.Errorf("round-2 tuning: %s precision %.2f recall %.2f, below the floor %.2f/%.2f",
				k, s.precision(), s.recall(), round2TuningFloor.precision, round2TuningFloor.recall)
		}
	}
	holdout, err := readLabelled(filepath.Join("testdata", "markers", "r2", "holdout"))
	if err != nil {
		t.Skipf("no round-2 held-out set: %v", err)
	}
	held := scoreLabelled(t, holdout, false)
	t.Log("round 2, held-out set\n" + scoreTable(held, len(holdout)))
	for _, k := range round2Core {
		if s := held[k]; s.precision() < heldOutPrecision || s.recall() < heldOutRecall {
			t.Logf("round-2 held-out: %s precision %.2f recall %.2f, short of the bar %.2f/%.2f",
				k, s.precision(), s.recall(), heldOutPrecision, heldOutRecall)
		}
	}
}

func TestParseLabelledErrors(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"apology I'm sorry", `want "labels :: utterance", got "apology I'm sorry"`},
		{"apology ::   ", `want "labels :: utterance", got "apology ::   "`},
		{"apologee :: Sorry.", `unknown marker "apologee"`},
	} {
		if _, err := parseLabelled(tc.line); err == nil || err.Error() != tc.want {
			t.Errorf("parseLabelled(%q) error = %v, want %q", tc.line, err, tc.want)
		}
	}
}

// round3Markers are the markers the round-3 sets label, one file each.
var round3Markers = []MarkerKind{MarkBlame, MarkConcreteAction, MarkTimeCommitment}

// TestMarkerValidationRound3 scores Analyze on the round-3 sets: blame,
// concrete-action and time-commitment, written blind, each file labelling one
// marker. The tuning table is logged with every disagreement under
// -markers.misses; the held-out table is logged as figures only, and checked
// against the bar with each shortfall logged.
func TestMarkerValidationRound3(t *testing.T) {
	testFocusRound(t, "r3", round3Markers)
}

// TestMarkerValidationRound4 is round 3's test on the round-4 blame set,
// written blind after the round-3 changes, for a held-out figure nobody has
// measured before.
func TestMarkerValidationRound4(t *testing.T) {
	testFocusRound(t, "r4", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound5 is the same on the round-5 sets: blame in three
// registers (casual chat, formal, indirect), completed steps and time
// commitments, written blind after the round-4 changes.
func TestMarkerValidationRound5(t *testing.T) {
	testFocusRound(t, "r5", round3Markers)
}

// TestMarkerValidationRound6 scores the round-6 sets, which are held-out
// only: written blind after every change above and measured once, at the end
// of the round, as the figure to report.
func TestMarkerValidationRound6(t *testing.T) {
	testHeldOutRound(t, "r6", round3Markers)
}

// TestMarkerValidationRound7 scores the round-7 blame sets: four registers
// (everyday, formal, explaining, mixed), written blind after the round's
// reason, guess and origin readings, so their held-out figure is fresh.
func TestMarkerValidationRound7(t *testing.T) {
	testFocusRound(t, "r7", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound8 scores the round-8 blame set, held-out only:
// spoken and written registers, written blind after every change of the
// round and measured once, at its end.
func TestMarkerValidationRound8(t *testing.T) {
	testHeldOutRound(t, "r8", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound9 scores the round-9 set, held-out only: blame
// and time commitments in chat and phone registers, written blind before
// this round's readings of records, advice, third parties' acts and
// applied rules, and measured once, at the round's end.
func TestMarkerValidationRound9(t *testing.T) {
	testHeldOutRound(t, "r9", []MarkerKind{MarkBlame, MarkTimeCommitment})
}

// TestMarkerValidationRound10 scores the round-10 blame sets: chat, email,
// phone and counter registers, written blind by two writers at the start of
// the round, a third of each writer's lines kept as the held-out set.
func TestMarkerValidationRound10(t *testing.T) {
	testFocusRound(t, "r10", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound11 scores the round-11 blame set, held-out only:
// text-message, social-media, letter and spoken registers, written blind
// during the round by a writer who saw none of its readings, and measured
// at its end, after the readings were frozen.
func TestMarkerValidationRound11(t *testing.T) {
	testHeldOutRound(t, "r11", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound12 scores the round-12 blame set, held-out only:
// helpdesk, front-desk, business-messaging and doorstep registers, written
// blind by two writers who read only the labelling decisions, and merged unread.
// Before any change of the round that wrote it, the grader read 0.93 / 0.43.
func TestMarkerValidationRound12(t *testing.T) {
	testHeldOutRound(t, "r12", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound14 scores the round-14 blame set, held-out only:
// public services, subscriptions, automotive and events, written blind by two
// writers who read only the labelling decisions, and merged unread. The
// grader as the round began read 0.98 / 0.43 on it.
func TestMarkerValidationRound14(t *testing.T) {
	testHeldOutRound(t, "r14", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound15 scores the round-15 blame set, held-out only:
// utilities and telecoms, health and care admin, education and childcare,
// and business-to-business support, written blind by two writers who read
// only the labelling decisions, and merged unread. The grader as the round
// began read 0.98 / 0.64 on it.
func TestMarkerValidationRound15(t *testing.T) {
	testHeldOutRound(t, "r15", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound17 scores the round-17 blame set, held-out only:
// consumer technology and leisure support, written blind by a writer who
// read only the labelling decisions, and merged unread. The grader as the
// round began read 0.94 / 0.63 on it.
func TestMarkerValidationRound17(t *testing.T) {
	testHeldOutRound(t, "r17", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound20 scores the round-20 blame set, held-out only:
// transport and second-hand marketplace support, written blind by a writer
// who read only the labelling decisions, and merged unread. The grader as
// the round began read 0.98 / 0.65 on it.
func TestMarkerValidationRound20(t *testing.T) {
	testHeldOutRound(t, "r20", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound25 scores the round-25 blame set, held-out only:
// family services and motoring services, written blind by a writer who read
// only the labelling decisions, merged unread and measured once, with the
// grader as the round began and as it ended.
func TestMarkerValidationRound25(t *testing.T) {
	testHeldOutRound(t, "r25", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound27 scores the round-27 blame set, held-out only:
// games and app stores, gifts and photo prints, and a file of near misses
// (nearly three quarters not blame), written blind by writers who read only
// the labelling decisions, merged unread and measured once, with the grader
// as the round began (0.99 / 0.66) and as it ended (0.99 / 0.69).
func TestMarkerValidationRound27(t *testing.T) {
	testHeldOutRound(t, "r27", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound29 scores the round-29 blame set, held-out only:
// pharmacy, parking and permits, and music shops and lessons, written blind
// by writers who read only the labelling decisions, merged unread and
// measured once, with the grader as the round began (0.98 / 0.68) and as it
// ended (0.98 / 0.71).
func TestMarkerValidationRound29(t *testing.T) {
	testHeldOutRound(t, "r29", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound32 scores the round-32 blame set, held-out only:
// gardens and landscaping, printing and office supplies, and a file of near
// misses (nearly three quarters not blame), written blind by writers who
// read only the labelling decisions, merged unread and measured once, with
// the grader as the round began (1.00 / 0.58) and as it ended (1.00 / 0.61).
func TestMarkerValidationRound32(t *testing.T) {
	testHeldOutRound(t, "r32", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound34 scores the round-34 blame set, held-out only:
// telecoms and broadband, vets and pet insurance, and a file of near misses
// (nearly three quarters not blame), written blind by writers who read only
// the labelling decisions, merged unread and measured with the grader as
// the round began (0.95 / 0.68) and as it ended (0.94 / 0.70; 0.94 / 0.70
// without the three lines a search printed by mistake, see the README).
func TestMarkerValidationRound34(t *testing.T) {
	testHeldOutRound(t, "r34", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound36 scores the round-36 blame set, held-out only:
// online courses and exam boards, and home security and smart-home devices,
// written blind by writers who read only the labelling decisions, merged
// unread and measured with the grader as the round began (1.00 / 0.70) and
// as it ended (1.00 / 0.74).
func TestMarkerValidationRound36(t *testing.T) {
	testHeldOutRound(t, "r36", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound13 scores the round-13 blame set, tuning only:
// retail, finance, travel and services, written blind by two writers who
// read only the labelling decisions. The grader as the round began read
// 0.97 / 0.53 on it, and 0.97 / 0.54 once the round's first readings were in,
// before anyone read a line of it.
func TestMarkerValidationRound13(t *testing.T) {
	testTuning(t, "r13", []MarkerKind{MarkBlame})
}

// focusTuningFloors are a little under what each round's tuning set reaches
// now (see the note on each), asserted so a change that loses ground fails.
// The held-out sets are logged, not asserted: their bar is not met.
var focusTuningFloors = map[string]map[MarkerKind]struct{ precision, recall float64 }{
	"r3":  {MarkBlame: {0.95, 0.90}, MarkConcreteAction: {0.95, 0.95}, MarkTimeCommitment: {0.95, 0.95}}, // 1.00/0.94, 1.00/0.97, 1.00/0.99
	"r4":  {MarkBlame: {0.95, 0.90}},                                                                     // 1.00/0.95
	"r5":  {MarkBlame: {0.95, 0.85}, MarkConcreteAction: {0.93, 0.92}, MarkTimeCommitment: {0.95, 0.92}}, // 0.99/0.88, 0.97/0.94, 1.00/0.96
	"r7":  {MarkBlame: {0.95, 0.85}},                                                                     // 1.00/0.89
	"r10": {MarkBlame: {0.95, 0.70}},                                                                     // 1.00/0.83
	"r13": {MarkBlame: {0.95, 0.77}},                                                                     // 1.00/0.81
	"r16": {MarkBlame: {0.95, 0.83}},                                                                     // 1.00/0.87
	"r18": {MarkBlame: {0.95, 0.78}},                                                                     // 1.00/0.82
	"r19": {MarkBlame: {0.95, 0.80}},                                                                     // 1.00/0.84
	"r21": {MarkBlame: {0.95, 0.74}},                                                                     // 1.00/0.78
	"r22": {MarkBlame: {0.95, 0.73}},                                                                     // 1.00/0.77
	"r23": {MarkBlame: {0.95, 0.73}},                                                                     // 1.00/0.77
	"r24": {MarkBlame: {0.95, 0.86}},                                                                     // 1.00/0.90
	"r26": {MarkBlame: {0.95, 0.75}},                                                                     // 1.00/0.79
	"r28": {MarkBlame: {0.95, 0.75}},                                                                     // 1.00/0.79
	"r30": {MarkBlame: {0.95, 0.77}},                                                                     // 1.00/0.81
	"r31": {MarkBlame: {0.95, 0.77}},                                                                     // 0.99/0.81
	"r33": {MarkBlame: {0.95, 0.72}},                                                                     // 0.99/0.76
	"r35": {MarkBlame: {0.95, 0.78}},                                                                     // 1.00/0.82
	"r37": {MarkBlame: {0.93, 0.73}},                                                                     // 0.98/0.77
	"r38": {MarkBlame: {0.93, 0.84}},                                                                     // 0.97/0.88
	"r40": {MarkBlame: {0.95, 0.78}},                                                                     // 1.00/0.82
	"r41": {MarkBlame: {0.93, 0.78}},                                                                     // 0.97/0.82
	"r42": {MarkBlame: {0.95, 0.77}},                                                                     // 1.00/0.81
	"r46": {MarkBlame: {0.95, 0.90}},                                                                     // 1.00/0.94
	"r47": {MarkBlame: {0.95, 0.90}},                                                                     // 1.00/0.94
	"r48": {MarkBlame: {0.95, 0.90}},                                                                     // 0.99/0.87 unread, 1.00/0.94 read
	"r50": {MarkBlame: {0.95, 0.77}},                                                                     // 0.99/0.74 unread, 0.99/0.81 read
	"r51": {MarkBlame: {0.95, 0.82}},                                                                     // 0.97/0.77 unread, 1.00/0.87 read
	"r52": {MarkBlame: {0.95, 0.95}},                                                                     // 0.84/0.84 unread, 1.00/1.00 read
	"r54": {MarkBlame: {0.95, 0.83}},                                                                     // 0.97/0.83 unread (0.97/0.80 with the session's first grader), 0.99/0.88 read
	"r55": {MarkBlame: {0.95, 0.92}},                                                                     // 0.92/0.92 unread (0.88/0.92 with the session's first grader), 1.00/0.96 read
	"r57": {MarkBlame: {0.95, 0.76}},                                                                     // 1.00/0.77 unread, 1.00/0.81 read
	"r58": {MarkBlame: {0.90, 0.73}},                                                                     // 0.91/0.64 unread, 0.95/0.78 read
	"r60": {MarkBlame: {0.92, 0.71}},                                                                     // 0.97/0.63 unread, 0.97/0.76 read
	"r62": {MarkBlame: {0.95, 0.95}},                                                                     // 0.95/0.88 unread, 0.97/0.97 read
	"r64": {MarkBlame: {0.97, 0.92}},                                                                     // 0.93/0.85 unread, 0.99/0.94 read
	"r66": {MarkBlame: {0.97, 0.84}},                                                                     // 0.98/0.81 unread, 0.99/0.86 read
	"r68": {MarkBlame: {0.94, 0.89}},                                                                     // 0.94/0.85 unread, 0.96/0.91 read
	"r70": {MarkBlame: {0.97, 0.94}},                                                                     // 0.97/0.91 unread, 0.99/0.96 read
	"r72": {MarkBlame: {0.97, 0.84}},                                                                     // 0.99/0.85 unread, 1.00/0.86 read
	"r74": {MarkBlame: {0.92, 0.83}},                                                                     // 0.89/0.80 unread, 0.93/0.84 read
	"r76": {MarkBlame: {0.98, 0.84}},                                                                     // 0.99/0.82 unread, 1.00/0.85 read
	"r78": {MarkBlame: {0.98, 0.85}},                                                                     // 0.99/0.82 unread, 0.99/0.86 read
	"r80": {MarkBlame: {0.98, 0.85}},                                                                     // 0.98/0.78 unread, 0.99/0.86 read
	"r82": {MarkBlame: {0.98, 0.83}},                                                                     // 0.97/0.80 unread (0.97/0.79 with the session's first grader), 1.00/0.84 read
	"r84": {MarkBlame: {0.98, 0.83}},                                                                     // 0.98/0.80 unread (0.98/0.79 with the session's first grader), 1.00/0.84 read
	"r86": {MarkBlame: {0.93, 0.68}},                                                                     // 0.95/0.70 unread (the same with the session's first grader)
	"r88": {MarkBlame: {0.98, 0.58}},                                                                     // 1.00/0.60 unread (the same with the session's first grader)
	"r90": {MarkBlame: {0.91, 0.50}},                                                                     // 0.93/0.52 unread (the same with the session's first grader)
	"r92": {MarkBlame: {0.95, 0.56}},                                                                     // 0.97/0.58 unread (the same with the session's first grader)
	"r93": {MarkBlame: {0.95, 0.62}},                                                                     // 0.97/0.64 unread (0.97/0.62 with the session's first grader)
	"r95": {MarkBlame: {0.95, 0.58}},                                                                     // 0.97/0.60 unread (0.97/0.58 with the session's first grader)
	"r97": {MarkBlame: {0.98, 0.90}},                                                                     // 1.00/0.80 unread (1.00/0.78 with the session's first grader), 1.00/0.92 read
	"r98": {MarkBlame: {0.98, 0.88}},                                                                     // 1.00/0.82 unread (the same with the session's first grader), 1.00/0.90 read
	"r99": {MarkBlame: {0.98, 0.94}},                                                                     // 0.98/0.90 unread (the same with the session's first grader), 1.00/0.96 read
}

// testFocusRound scores a round of one-marker files: the tuning table with
// every disagreement under -markers.misses, the held-out table as figures only,
// each shortfall from the bar logged.
func testFocusRound(t *testing.T, round string, kinds []MarkerKind) {
	testTuning(t, round, kinds)
	testHeldOutRound(t, round, kinds)
}

// testTuning scores a round's tuning set, with every disagreement under
// -markers.misses, and asserts its floors.
func testTuning(t *testing.T, round string, kinds []MarkerKind) {
	tuning, err := readLabelled(filepath.Join("testdata", "markers", round, "tuning"))
	if err != nil {
		t.Fatal(err)
	}
	scores := scoreValidation(t, tuning)
	t.Logf("%s, tuning set\n%s", round, focusTable(scores, kinds, len(tuning)))
	for k, floor := range focusTuningFloors[round] {
		if s := scores[k]; s.precision() < floor.precision || s.recall() < floor.recall {
			t.Errorf("%s tuning: %s precision %.2f recall %.2f, below the floor %.2f/%.2f",
				round, k, s.precision(), s.recall(), floor.precision, floor.recall)
		}
	}
}

// testHeldOutRound logs a round's held-out set for kinds (see logHeldOut).
func testHeldOutRound(t *testing.T, round string, kinds []MarkerKind) {
	holdout, err := readLabelled(filepath.Join("testdata", "markers", round, "holdout"))
	if err != nil {
		t.Fatal(err)
	}
	logHeldOut(t, round, holdout, kinds)
}

// logHeldOut logs a held-out set's table for kinds, and each kind short of
// the bar. Its disagreements are never printed, so nobody tunes on them.
func logHeldOut(t *testing.T, round string, holdout []labelled, kinds []MarkerKind) {
	held := scoreLabelled(t, holdout, false)
	t.Logf("%s, held-out set\n%s", round, focusTable(held, kinds, len(holdout)))
	for _, k := range kinds {
		if s := held[k]; s.precision() < heldOutPrecision || s.recall() < heldOutRecall {
			t.Logf("%s held-out: %s precision %.2f recall %.2f, short of the bar %.2f/%.2f",
				round, k, s.precision(), s.recall(), heldOutPrecision, heldOutRecall)
		}
	}
}

// focusTable is scoreTable for the given kinds only.
func focusTable(scores map[MarkerKind]markerScore, kinds []MarkerKind, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d utterances\n%-20s %5s %5s %5s %4s %4s %4s\n", n, "marker", "P", "R", "F1", "tp", "fp", "fn")
	for _, k := range kinds {
		s := scores[k]
		fmt.Fprintf(&b, "%-20s %5.2f %5.2f %5.2f %4d %4d %4d\n", k, s.precision(), s.recall(), s.f1(), s.tp, s.fp, s.fn)
	}
	return b.String()
}

// TestMarkerValidationRound16 scores the round-16 blame set, tuning only:
// home services and food (0.93 / 0.55 as the round began), and two
// files of near misses, two thirds not blame.
// Written blind from the labelling decisions, then tuned on.
func TestMarkerValidationRound16(t *testing.T) {
	testTuning(t, "r16", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound18 scores the round-18 blame set, tuning only:
// fashion and logistics (0.95 / 0.59 as the round began, 0.97 / 0.64 with
// the round's first readings, before anyone read a line of it).
// Written blind from the labelling decisions, then tuned on.
func TestMarkerValidationRound18(t *testing.T) {
	testTuning(t, "r18", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound19 scores the round-19 blame set, tuning only:
// insurance and business software (0.97 / 0.56 as the round began, 0.97 /
// 0.61 with the round's readings so far, before anyone read a line of it).
// Written blind from the labelling decisions, then tuned on.
func TestMarkerValidationRound19(t *testing.T) {
	testTuning(t, "r19", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound21 scores the round-21 blame set, tuning only:
// pets, wellness, banking and made-to-order (0.97 / 0.59 as the round
// began, 0.98 / 0.64 with the round's readings so far, unread).
// Written blind from the labelling decisions, then tuned on.
func TestMarkerValidationRound21(t *testing.T) {
	testTuning(t, "r21", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound22 scores the round-22 blame set, tuning only:
// professional services, builders, sports and stays (0.98 / 0.58 as the
// round began, 0.99 / 0.65 with the round's readings so far, unread).
// Written blind from the labelling decisions, then tuned on.
func TestMarkerValidationRound22(t *testing.T) {
	testTuning(t, "r22", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound23 scores the round-23 blame set, tuning only:
// DIY and garden, memberships (0.92 / 0.56 as the round began, 0.97 /
// 0.66 with the round's readings so far, unread).
// Written blind from the labelling decisions, then tuned on.
func TestMarkerValidationRound23(t *testing.T) {
	testTuning(t, "r23", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound24 scores the round-24 blame set, tuning only:
// near misses, nearly three quarters not blame, written blind from the
// labelling decisions to try the round's readings for false blame.
func TestMarkerValidationRound24(t *testing.T) {
	testTuning(t, "r24", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound26 scores the round-26 blame set, tuning only:
// hospitality, removals and storage, salons, and ticketing (0.98 / 0.62
// as the round began, before anyone read a line of it).
// Written blind from the labelling decisions, then tuned on.
func TestMarkerValidationRound26(t *testing.T) {
	testTuning(t, "r26", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound28 scores the round-28 blame set, tuning only:
// cleaning, weddings, furniture and home-energy installers, and a file of
// near misses (0.99 / 0.60 as the round began, and 0.99 / 0.60 with the
// readings built on round 26, before anyone read a line of it).
// Written blind from the labelling decisions, then tuned on.
func TestMarkerValidationRound28(t *testing.T) {
	testTuning(t, "r28", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound30 scores the round-30 blame set, tuning only:
// locksmiths and alarms, device repairs, baby products, and visas and
// travel insurance (0.99 / 0.70 as the round began, 0.99 / 0.71 with the
// readings built on rounds 26 and 28, before anyone read a line of it).
// Written blind from the labelling decisions, then tuned on.
func TestMarkerValidationRound30(t *testing.T) {
	testTuning(t, "r30", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound31 scores the round-31 blame set, tuning only:
// cinema and streaming, bikes and e-scooters, meal kits and subscriptions,
// and jewellers (0.97 / 0.58 as the round began, 0.97 / 0.60 with the
// readings built on rounds 26, 28 and 30, before anyone read a line of it).
// Written blind from the labelling decisions, then tuned on.
func TestMarkerValidationRound31(t *testing.T) {
	testTuning(t, "r31", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound33 scores the round-33 blame set, tuning only:
// opticians and hearing aids, kitchen fitters, and airport parking (0.98 /
// 0.57 as the round began, 0.99 / 0.65 with the readings built on rounds 26
// to 31, before anyone read a line of it).
// Written blind from the labelling decisions, then tuned on.
func TestMarkerValidationRound33(t *testing.T) {
	testTuning(t, "r33", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound35 scores the round-35 blame set, tuning only:
// car and van hire, dental practices, and a file of near misses (0.99 / 0.72 as
// the round began, before anyone read a line of it).
// Written blind from the labelling decisions, then tuned on.
func TestMarkerValidationRound35(t *testing.T) {
	testTuning(t, "r35", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound37 scores the round-37 blame set, tuning only:
// car dealers and garages, water and energy suppliers, and a file of near
// misses (0.96 / 0.68 with the grader as the round began, 0.97 / 0.71 with
// the readings built on the other tuning sets in the round, before anyone
// read a line of it).
// Written blind from the labelling decisions, then tuned on.
func TestMarkerValidationRound37(t *testing.T) {
	testTuning(t, "r37", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound38 scores the round-38 blame set, tuning only:
// two files of near misses (nearly three quarters not blame), written to
// find false blames in the round's readings (0.97 / 0.75 with the grader as the
// round began, 0.97 / 0.80 with its readings, before anyone read a line of it).
// Written blind from the labelling decisions, then tuned on.
func TestMarkerValidationRound38(t *testing.T) {
	testTuning(t, "r38", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound39 scores the round-39 blame set, held-out only:
// pools and hot tubs, self-storage, and a file of near misses (nearly three
// quarters not blame), written blind at the round's end by writers who read
// only the labelling decisions, merged unread, and measured with the grader
// as the session began (1.00 / 0.71) and with its readings when the set was
// merged (1.00 / 0.78); the end figure is in the markers README.
func TestMarkerValidationRound39(t *testing.T) {
	testHeldOutRound(t, "r39", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound40 scores the round-40 blame set, tuning only:
// house removals, streaming services, and a file of near misses, written
// blind from the labelling decisions (0.98 / 0.68 with the grader as the
// round began, 0.97 / 0.71 with the readings of rounds 34 to 39, before
// anyone read a line of it), then tuned on.
func TestMarkerValidationRound40(t *testing.T) {
	testTuning(t, "r40", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound41 scores the round-41 blame set, tuning only:
// broadband and mobile, holidays, and a file of near misses, written blind
// from the labelling decisions, then tuned on. Before anyone read a line of
// it: 0.93 / 0.75 with the grader of round 34's start, 0.93 / 0.80 with the
// readings of rounds 34 to 38, and 0.93 / 0.80 with those of rounds 39 and
// 40 as well: the readings built on round 40 carried nothing to it.
func TestMarkerValidationRound41(t *testing.T) {
	testTuning(t, "r41", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound42 scores the round-42 blame set, tuning only:
// appliances, events and a file of near misses, written blind from the
// labelling decisions, then tuned on. Before anyone read a line of it: 0.96 /
// 0.77 with the grader of round 34's start, 0.95 / 0.81 with the readings of
// rounds 34 to 38, 0.96 / 0.81 with those of rounds 39 to 41 as well.
func TestMarkerValidationRound42(t *testing.T) {
	testTuning(t, "r42", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound43 scores the round-43 blame set, held-out only:
// tradespeople, clinics, and a file of near misses, written blind at the
// session's end by writers who read only the labelling decisions, merged
// unread, and measured once with each grader (see the markers README).
func TestMarkerValidationRound43(t *testing.T) {
	testHeldOutRound(t, "r43", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound44 scores the round-44 blame set, held-out only:
// councils, apps, and a file of near misses, written blind in session 12 by
// writers who read only the labelling decisions, merged unread by label
// counts, and measured with the graders before and after that session's
// readings (see the markers README).
func TestMarkerValidationRound44(t *testing.T) {
	testHeldOutRound(t, "r44", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound45 scores the round-45 blame set, held-out only:
// IT support, journeys, and a file of near misses, written blind in session
// 12 after its first readings had landed, merged unread by label counts, and
// measured with the graders before and after that session's readings (see
// the markers README).
func TestMarkerValidationRound45(t *testing.T) {
	testHeldOutRound(t, "r45", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound46 scores the round-46 blame set, tuning only:
// text messages, phone calls transcribed word for word, and front-line staff,
// the registers the weakest held-out sets (r10 to r12) are in, written blind
// from the labelling decisions and scored before anyone read a line of it
// (see the markers README).
func TestMarkerValidationRound46(t *testing.T) {
	testTuning(t, "r46", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound47 scores the round-47 blame set, tuning only:
// live chat and phone lines, and letters and formal replies, two in three of
// them near misses that name the customer, a rule or a third party without
// blaming, written blind from the labelling decisions to find false blames,
// and scored before anyone read a line of it (see the markers README).
func TestMarkerValidationRound47(t *testing.T) {
	testTuning(t, "r47", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound48 scores the round-48 blame set, tuning only:
// text messages and DMs, and lines spoken at a desk, a door or on the phone,
// three in five of them blames, written blind from the labelling decisions
// in session 14 and scored before anyone read a line of it (see the markers
// README).
func TestMarkerValidationRound48(t *testing.T) {
	testTuning(t, "r48", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound49 scores the round-49 blame set, held-out only:
// letters and formal replies, and shop floors and public posts, written
// blind from the labelling decisions in session 14 after its readings had
// landed, and scored unread with the graders from that session's start and
// end (see the markers README).
func TestMarkerValidationRound49(t *testing.T) {
	testHeldOutRound(t, "r49", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound50 scores the round-50 blame set, tuning only:
// formal written replies, and counters, service desks and public posts,
// written blind from the labelling decisions in session 14 and scored
// before anyone read a line of it (see the markers README).
func TestMarkerValidationRound50(t *testing.T) {
	testTuning(t, "r50", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound51 scores the round-51 blame set, tuning only:
// call-centre speech transcribed with its fillers and run-ons, and letting
// agents writing to tenants, three in five of them blames, written blind from
// the labelling decisions in session 15 and scored before anyone read a line
// of it (see the markers README).
func TestMarkerValidationRound51(t *testing.T) {
	testTuning(t, "r51", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound52 scores the round-52 blame set, tuning only:
// near misses in chat, mail and speech, one in three of them a blame, written
// blind to find what the grader takes for blame wrongly, and scored before
// anyone read a line of it (see the markers README).
func TestMarkerValidationRound52(t *testing.T) {
	testTuning(t, "r52", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound53 scores the round-53 blame set, held-out only:
// second-line support and team leads answering escalations, written blind
// from the labelling decisions in session 15 at its start, and scored unread
// with the graders from that session's start and end (see the markers
// README).
func TestMarkerValidationRound53(t *testing.T) {
	testHeldOutRound(t, "r53", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound54 scores the round-54 blame set, tuning only:
// phone support transcribed as spoken, and staff at tills and service desks,
// three in five of them blames, written blind in session 15 after its first
// readings and scored before anyone read a line of it (see the markers
// README).
func TestMarkerValidationRound54(t *testing.T) {
	testTuning(t, "r54", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound55 scores the round-55 blame set, tuning only:
// near misses in written replies, one in three of them a blame, written blind
// in session 15 to find what the grader takes for blame wrongly, and scored
// before anyone read a line of it (see the markers README).
func TestMarkerValidationRound55(t *testing.T) {
	testTuning(t, "r55", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound56 scores the round-56 blame set, held-out only:
// live chat on retail, travel and food-delivery sites, written blind in
// session 15 after its first readings, and scored unread with the graders
// from that session's start and end (see the markers README).
func TestMarkerValidationRound56(t *testing.T) {
	testHeldOutRound(t, "r56", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound57 scores the round-57 blame set, tuning only:
// tradespeople and couriers on the doorstep, and small businesses on
// messaging apps, three in five of them blames, written blind in session 15
// and scored before anyone read a line of it (see the markers README).
func TestMarkerValidationRound57(t *testing.T) {
	testTuning(t, "r57", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound58 scores the round-58 blame set, tuning only:
// subscriptions, memberships and public services in formal letters, three
// in five of them blames, written blind in session 15 and scored before
// anyone read a line of it (see the markers README).
func TestMarkerValidationRound58(t *testing.T) {
	testTuning(t, "r58", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound59 scores the round-59 blame set, held-out only:
// dealers, garages, breakdown cover and ticketing across channels, written
// blind in session 15, and scored unread with the graders from that
// session's start and end (see the markers README).
func TestMarkerValidationRound59(t *testing.T) {
	testHeldOutRound(t, "r59", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound60 scores the round-60 blame set, tuning only:
// blame said indirectly (insinuation, rhetorical questions, polite digs),
// and brand accounts answering in public, three in five of them blames,
// written blind in session 15 and scored before anyone read a line of it
// (see the markers README).
func TestMarkerValidationRound60(t *testing.T) {
	testTuning(t, "r60", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound61 scores the round-61 blame set, held-out only:
// surgeries, practices and pharmacies, school and university offices, and
// hotel desks and hosts, written blind near the end of session 15 and scored
// unread with the graders from that session's start and end (see the
// markers README).
func TestMarkerValidationRound61(t *testing.T) {
	testHeldOutRound(t, "r61", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound62 scores the round-62 blame set, tuning only:
// blame given as the reason or result of a trouble, and what happened to
// the customer's things told with the doer left out, across businesses,
// written blind in session 16 and scored before anyone read a line of it
// (see the markers README).
func TestMarkerValidationRound62(t *testing.T) {
	testTuning(t, "r62", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound63 scores the round-63 blame set, held-out only:
// suppliers, couriers, banks, landlords, councils and the weather named as
// the cause, only mentioned, or with the fault taken on, written blind in
// session 16 and scored unread with the graders from that session's start
// and end (see the markers README).
func TestMarkerValidationRound63(t *testing.T) {
	testHeldOutRound(t, "r63", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound64 scores the round-64 blame set, tuning only:
// comparisons with other customers, the company insisting it did its part,
// and where things went and who had them, written blind in session 16 and
// scored before anyone read a line of it (see the markers README).
func TestMarkerValidationRound64(t *testing.T) {
	testTuning(t, "r64", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound65 scores the round-65 blame set, held-out only:
// everyday chat, phone and email across retail, travel, utilities,
// telecoms, banking, home services and subscriptions, written blind in
// session 16 and scored unread with the graders from that session's start
// and end (see the markers README).
func TestMarkerValidationRound65(t *testing.T) {
	testHeldOutRound(t, "r65", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound66 scores the round-66 blame set, tuning only:
// short texts and public replies, and turns spoken at the door and at
// desks, written blind in session 16 and scored before anyone read a line
// of it (see the markers README).
func TestMarkerValidationRound66(t *testing.T) {
	testTuning(t, "r66", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound67 scores the round-67 blame set, held-out only:
// helpdesk ticket replies and formal complaint letters, written blind in
// session 16 and scored unread with the graders from that session's start
// and end (see the markers README).
func TestMarkerValidationRound67(t *testing.T) {
	testHeldOutRound(t, "r67", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound68 scores the round-68 blame set, tuning only:
// guesses and questions about what went wrong on the customer's side, and
// rules applied to what they did, written blind in session 16 and scored
// before anyone read a line of it (see the markers README).
func TestMarkerValidationRound68(t *testing.T) {
	testTuning(t, "r68", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound69 scores the round-69 blame set, held-out only:
// everyday energy, water, broadband, mobile and banking support, written
// blind in session 16 and scored unread with the graders from that
// session's start and end (see the markers README).
func TestMarkerValidationRound69(t *testing.T) {
	testHeldOutRound(t, "r69", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound70 scores the round-70 blame set, tuning only:
// travel and hospitality, and retail, returns and repairs, written blind
// in session 16 and scored before anyone read a line of it (see the
// markers README).
func TestMarkerValidationRound70(t *testing.T) {
	testTuning(t, "r70", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound71 scores the round-71 blame set, held-out only:
// mixed consumer services in any channel, written blind last in session 16
// and scored unread with the graders from that session's start and end
// (see the markers README).
func TestMarkerValidationRound71(t *testing.T) {
	testHeldOutRound(t, "r71", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound72 scores the round-72 blame set, tuning only:
// home services, and apps, accounts and subscriptions, written blind near
// the end of session 16 and scored before anyone read a line of it (see
// the markers README).
func TestMarkerValidationRound72(t *testing.T) {
	testTuning(t, "r72", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound73 scores the round-73 blame set, held-out only:
// any business, any channel, written blind last in session 16 and scored
// unread with the graders from that session's start and end (see the
// markers README).
func TestMarkerValidationRound73(t *testing.T) {
	testHeldOutRound(t, "r73", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound74 scores the round-74 blame set, tuning only:
// call-centre phone turns at utilities, banks, insurers and broadband
// providers, and formal final response letters, written blind in session
// 17 and scored before anyone read a line of it (see the markers README).
func TestMarkerValidationRound74(t *testing.T) {
	testTuning(t, "r74", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound75 scores the round-75 blame set, held-out only:
// tired, informal agents in any trade, spoken, written blind in session 17
// and scored unread with the graders from that session's start and end
// (see the markers README).
func TestMarkerValidationRound75(t *testing.T) {
	testHeldOutRound(t, "r75", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound76 scores the round-76 blame set, tuning only:
// short typed live chat, and curt turns at counters and desks, written
// blind in session 17 and scored before anyone read a line of it (see the
// markers README).
func TestMarkerValidationRound76(t *testing.T) {
	testTuning(t, "r76", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound77 scores the round-77 blame set, held-out only:
// banking, cards, loans, insurance claims and pensions in any channel,
// written blind in session 17 and scored unread with the graders from that
// session's start and end (see the markers README).
func TestMarkerValidationRound77(t *testing.T) {
	testHeldOutRound(t, "r77", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound78 scores the round-78 blame set, tuning only:
// SMS and WhatsApp replies from small businesses, and brands' public
// replies on social media, written blind in session 17 and scored before
// anyone read a line of it (see the markers README).
func TestMarkerValidationRound78(t *testing.T) {
	testTuning(t, "r78", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound79 scores the round-79 blame set, held-out only:
// small businesses' email replies to unhappy customers, written blind in
// session 17 and scored unread with the graders from that session's start
// and end (see the markers README).
func TestMarkerValidationRound79(t *testing.T) {
	testHeldOutRound(t, "r79", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound80 scores the round-80 blame set, tuning only:
// platform support (rides, food delivery, marketplaces, holiday lets), and
// clinic and pharmacy desks, written blind in session 17 and scored before
// anyone read a line of it (see the markers README).
func TestMarkerValidationRound80(t *testing.T) {
	testTuning(t, "r80", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound81 scores the round-81 blame set, held-out only:
// energy, water, broadband and mobile support in any channel, written
// blind in session 17 and scored unread with the graders from that
// session's start and end (see the markers README).
func TestMarkerValidationRound81(t *testing.T) {
	testHeldOutRound(t, "r81", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound82 scores the round-82 blame set, tuning only:
// insurance claims handlers, and IT helpdesk and SaaS ticket replies,
// written blind in session 17 and scored before anyone read a line of it
// (see the markers README).
func TestMarkerValidationRound82(t *testing.T) {
	testTuning(t, "r82", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound83 scores the round-83 blame set, held-out only:
// any consumer service, any channel, written blind in session 17 and
// scored unread with the graders from that session's start and end (see
// the markers README).
func TestMarkerValidationRound83(t *testing.T) {
	testHeldOutRound(t, "r83", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound84 scores the round-84 blame set, tuning only:
// hotel and holiday-rental desks, and garages and breakdown services,
// written blind in session 17 and scored before anyone read a line of it
// (see the markers README).
func TestMarkerValidationRound84(t *testing.T) {
	testTuning(t, "r84", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound85 scores the round-85 blame set, held-out only:
// retail and e-commerce order support in any channel, written blind in
// session 17 and scored unread with the graders from that session's start
// and end (see the markers README).
func TestMarkerValidationRound85(t *testing.T) {
	testHeldOutRound(t, "r85", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound86 scores the round-86 blame set, tuning only:
// typed replies (chat, email, formal letters) in retail, banking, travel,
// utilities and software, most of its blame indirect, written blind in session 18 and scored before anyone read a line of it
// (see the markers README).
func TestMarkerValidationRound86(t *testing.T) {
	testTuning(t, "r86", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound87 scores the round-87 blame set, held-out only:
// any service in typed and spoken turns (insurance, telecoms, councils,
// healthcare admin, rentals, events), most of its blame indirect, written
// blind in session 18 and scored unread with the graders from that
// session's start and end (see the markers README).
func TestMarkerValidationRound87(t *testing.T) {
	testHeldOutRound(t, "r87", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound88 scores the round-88 blame set, tuning only:
// spoken turns as transcribed (phone, counters, front desks, doorsteps)
// in trades, deliveries, hospitality and repairs, most of its blame indirect, written blind in session 18 and scored before anyone read a line of it
// (see the markers README).
func TestMarkerValidationRound88(t *testing.T) {
	testTuning(t, "r88", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound89 scores the round-89 blame set, held-out only:
// texts, WhatsApp and public social-media replies (deliveries, gyms, salons,
// food apps, ticketing, telecoms), most of its blame indirect, written blind in session 18 and scored unread with the graders from
// that session's start and end (see the markers README).
func TestMarkerValidationRound89(t *testing.T) {
	testHeldOutRound(t, "r89", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound90 scores the round-90 blame set, tuning only:
// formal letters and emails from insurers, banks, councils, letting agents,
// airlines and energy suppliers, most of its blame indirect, written blind in session 18 and scored before anyone read a line of it
// (see the markers README).
func TestMarkerValidationRound90(t *testing.T) {
	testTuning(t, "r90", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound91 scores the round-91 blame set, held-out only:
// call-centre phone turns as transcribed (broadband, utilities, banking,
// car hire, travel, subscriptions), most of its blame indirect, written blind in session 18 and scored unread with the graders from
// that session's start and end (see the markers README).
func TestMarkerValidationRound91(t *testing.T) {
	testHeldOutRound(t, "r91", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound92 scores the round-92 blame set, tuning only:
// shop counters, hotel and gym front desks, IT helpdesk chat and garage
// service desks, most of its blame indirect, written blind in session 18 and scored before anyone read a line of it
// (see the markers README).
func TestMarkerValidationRound92(t *testing.T) {
	testTuning(t, "r92", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound93 scores the round-93 blame set, tuning only:
// live chat and in-app support for subscriptions, software, streaming,
// gaming and smart-home devices, most of its blame indirect, written blind in session 18 and scored before anyone read a line of it
// (see the markers README).
func TestMarkerValidationRound93(t *testing.T) {
	testTuning(t, "r93", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound94 scores the round-94 blame set, held-out only:
// retail and travel in any channel (shops, online orders, airlines, hotels,
// holiday lets, car hire), most of its blame indirect, written blind in session 18 and scored unread with the graders from
// that session's start and end (see the markers README).
func TestMarkerValidationRound94(t *testing.T) {
	testHeldOutRound(t, "r94", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound95 scores the round-95 blame set, tuning only:
// phone and email for insurance claims, warranty repairs, healthcare admin
// and pharmacies, most of its blame indirect, written blind in session 18 and scored before anyone read a line of it
// (see the markers README).
func TestMarkerValidationRound95(t *testing.T) {
	testTuning(t, "r95", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound96 scores the round-96 blame set, held-out only:
// utilities, councils, housing associations and telecoms in letters, phone
// calls and web chat, most of its blame indirect, written blind in session 18 and scored unread with the graders from
// that session's start and end (see the markers README).
func TestMarkerValidationRound96(t *testing.T) {
	testHeldOutRound(t, "r96", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound97 scores the round-97 blame set, tuning only:
// IT helpdesks, front desks, letting agents and surgeries by message, and
// doorstep trades, direct and indirect, written blind in session 20 and
// scored before anyone read a line of it (see the markers README).
func TestMarkerValidationRound97(t *testing.T) {
	testTuning(t, "r97", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound98 scores the round-98 blame set, tuning only:
// councils and housing, subscriptions, garages and charging networks, and
// events, written blind in session 20 and scored before anyone read a line
// of it (see the markers README).
func TestMarkerValidationRound98(t *testing.T) {
	testTuning(t, "r98", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound99 scores the round-99 blame set, tuning only:
// everyday spoken and typed service (shops, banks, travel, telecoms,
// deliveries, takeaways), written blind in session 20 and scored before
// anyone read a line of it (see the markers README).
func TestMarkerValidationRound99(t *testing.T) {
	testTuning(t, "r99", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound100 scores the round-100 blame set, held-out
// only: every setting and channel mixed, written blind in session 20 and
// scored unread with the graders from that session's start and end (see
// the markers README).
func TestMarkerValidationRound100(t *testing.T) {
	testHeldOutRound(t, "r100", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound101 scores the round-101 blame set, tuning only:
// the customer's timing laid against a limit (cut-offs, windows, links that
// expire, notice periods) in shops, travel, banks, clubs and clinics, with
// lines of the same vocabulary that blame nobody, written blind in session
// 25 and scored before anyone read a line of it (see the markers README).
func TestMarkerValidationRound101(t *testing.T) {
	testTuning(t, "r101", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound102 scores the round-102 blame set, held-out
// only: the customer's timing laid against a limit in utilities, councils,
// insurers, hotels, carriers and subscriptions, written blind in session 25
// by another writer and scored unread with the graders from that session's
// start and end (see the markers README).
func TestMarkerValidationRound102(t *testing.T) {
	testHeldOutRound(t, "r102", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound103 scores the round-103 blame set, tuning only:
// the customer's case set against others (others had no trouble, many sold
// without a complaint, "you're the first to mention it") in shops, broadband,
// garages, travel and apps, with lines of the same vocabulary that blame
// nobody, written blind in session 25 and scored before anyone read a line
// of it (see the markers README).
func TestMarkerValidationRound103(t *testing.T) {
	testTuning(t, "r103", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound104 scores the round-104 blame set, held-out
// only: the customer's case set against others in utilities, banks,
// carriers, clinics, subscriptions and home repairs, written blind in
// session 25 by another writer and scored unread with the graders from that
// session's start and end (see the markers README).
func TestMarkerValidationRound104(t *testing.T) {
	testHeldOutRound(t, "r104", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound105 scores the round-105 blame set, tuning only:
// evidence laid out (logs, records, photos, tracking, timestamps,
// diagnostics) so that the trouble comes out as the customer's side's, in
// shops, banks, broadband, garages and hotels, with lines of the same
// vocabulary that blame nobody, written blind in session 25 and scored
// before anyone read a line of it (see the markers README).
func TestMarkerValidationRound105(t *testing.T) {
	testTuning(t, "r105", []MarkerKind{MarkBlame})
}

// TestMarkerValidationRound106 scores the round-106 blame set, held-out
// only: evidence laid out in utilities, insurers, carriers, rentals,
// software and clinics, written blind in session 25 by another writer and
// scored unread with the graders from that session's start and end (see
// the markers README).
func TestMarkerValidationRound106(t *testing.T) {
	testHeldOutRound(t, "r106", []MarkerKind{MarkBlame})
}
