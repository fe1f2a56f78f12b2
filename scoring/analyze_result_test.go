package scoring

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestSortOrderMatchesSortFunc checks the hand-written sort against
// slices.SortFunc on lists full of ties (same span and kind, different
// Detail), where the order decides which marker dedupe keeps.
func TestSortOrderMatchesSortFunc(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	kinds := []MarkerKind{MarkApology, MarkHedge, MarkPromise}
	for n := 0; n <= 20; n++ {
		for round := 0; round < 50; round++ {
			ms := make([]Marker, n)
			for i := range ms {
				start := rng.IntN(4)
				ms[i] = Marker{Kind: kinds[rng.IntN(len(kinds))], Start: start, End: start + rng.IntN(3),
					Detail: strconv.Itoa(i)}
			}
			want := slices.Clone(ms)
			slices.SortFunc(want, byStartKindLongest)
			facts := make([]kindFacts, n) // what addAs keeps beside each candidate
			for i := range ms {
				facts[i] = factsOf(ms[i].Kind)
			}
			az := &analyzer{cands: ms, candFacts: facts}
			var got []Marker
			for _, i := range az.sortOrder() {
				got = append(got, ms[i])
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Fatalf("%d markers, round %d: order differs from slices.SortFunc (-want +got):\n%s", n, round, diff)
			}
		}
	}
}

// TestAnswersShareNoMarkers checks that the answers of successive turns,
// whose markers are cut from one allocation, stay apart: appending to one,
// as AnalyzeTurn does, and past its room changes no other.
func TestAnswersShareNoMarkers(t *testing.T) {
	var got, want []Analysis
	for range 3 {
		for _, s := range benchTexts {
			a := Analyze(s)
			got = append(got, a)
			want = append(want, Analysis{Markers: slices.Clone(a.Markers)})
		}
	}
	for i := range got {
		got[i].Markers = append(got[i].Markers, Marker{Kind: MarkAction, Text: "first"})
		got[i].Markers = append(got[i].Markers, Marker{Kind: MarkAction, Text: "second"})
	}
	for i := range got {
		n := len(want[i].Markers)
		if diff := cmp.Diff(want[i].Markers, got[i].Markers[:n], cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("answer %d changed when the others grew (-want +got):\n%s", i, diff)
		}
		if extra := got[i].Markers[n:]; len(extra) != 2 || extra[0].Text != "first" || extra[1].Text != "second" {
			t.Errorf("answer %d: appended markers read %+v", i, extra)
		}
	}
}
