package scoring

import (
	"slices"
	"testing"
)

// TestIDSetHoldsItsWordsOnly checks the sets stored a row per word: a set
// holds its own words and no other set's, even one made just before it
// (whose bit sits beside its own in each row).
func TestIDSetHoldsItsWordsOnly(t *testing.T) {
	first, second := idSetOf("refund parcel"), idSetOf("parcel courier")
	refund, parcel, courier := wordID("refund"), wordID("parcel"), wordID("courier")
	for _, tc := range []struct {
		set  idSet
		id   int32
		want bool
	}{
		{first, refund, true}, {first, parcel, true}, {first, courier, false},
		{second, refund, false}, {second, parcel, true}, {second, courier, true},
		{first, 0, false}, {second, 0, false},
	} {
		if got := tc.set.has(tc.id); got != tc.want {
			t.Errorf("set %+v has(%d) = %v, want %v", tc.set, tc.id, got, tc.want)
		}
	}
	want := []int32{refund, parcel, courier}
	slices.Sort(want)
	if got := unionOf(first, second).ids(); !slices.Equal(got, want) {
		t.Errorf("unionOf(...).ids() = %v, want %v", got, want)
	}
}
