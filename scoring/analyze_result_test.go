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

// TestNewMarkersHaveGrowsRoom checks that newMarkers gives the answer the
// length asked and the room slices.Grow gives, for counts it looks up and
// for counts past them: the look-up only saves time.
func TestNewMarkersHaveGrowsRoom(t *testing.T) {
	for n := 1; n <= 2*len(markerRooms); n++ {
		got, want := newMarkers(n), slices.Grow([]Marker(nil), n)
		if len(got) != n || cap(got) != cap(want) {
			t.Errorf("%d markers: length %d and room %d, want %d and %d", n, len(got), cap(got), n, cap(want))
		}
	}
}
