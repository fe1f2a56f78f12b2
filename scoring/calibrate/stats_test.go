package calibrate

import (
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-4 }

func TestSpearmanAgainstHandComputedValues(t *testing.T) {
	tests := []struct {
		name   string
		x, y   []float64
		want   float64
		wantOK bool
	}{
		// Ranks of y are 1, 2, 3.5, 5, 3.5 (the two 7s share ranks 3 and 4);
		// the rank deviations give Σdxdy = 8, Σdx² = 10, Σdy² = 9.5, so ρ = 8/√95.
		{"tie shares the average rank", []float64{1, 2, 3, 4, 5}, []float64{5, 6, 7, 8, 7}, 8 / math.Sqrt(95), true},
		{"same order, different spacing", []float64{10, 20, 30, 40}, []float64{1, 2, 4, 100}, 1, true},
		{"reversed order", []float64{1, 2, 3}, []float64{9, 5, 1}, -1, true},
		// Ranks x 1,2,3,4 and y 2,1,4,3: Σd² = 4, so ρ = 1 − 6·4/(4·15) = 0.6.
		{"two swaps", []float64{1, 2, 3, 4}, []float64{2, 1, 4, 3}, 0.6, true},
		{"one side constant", []float64{1, 2, 3}, []float64{4, 4, 4}, 0, false},
		{"one pair", []float64{1}, []float64{2}, 0, false},
		{"lengths differ", []float64{1, 2}, []float64{1, 2, 3}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Spearman(tt.x, tt.y)
			if ok != tt.wantOK || (ok && !near(got, tt.want)) {
				t.Errorf("Spearman = %.5f, %v; want %.5f, %v", got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestRanksAverageTies(t *testing.T) {
	got := ranks([]float64{30, 10, 30, 20, 30})
	want := []float64{4, 1, 4, 2, 4}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("ranks = %v, want %v", got, want)
		}
	}
}

func TestQuadraticKappaAgainstHandComputedValues(t *testing.T) {
	tests := []struct {
		name   string
		a, b   []int
		want   float64
		wantOK bool
	}{
		{"full agreement", []int{1, 2, 3, 4, 5}, []int{1, 2, 3, 4, 5}, 1, true},
		// Observed weighted disagreement 1/16 (one miss by one bin); chance
		// 9/48 from the margins {1,2,3} × {2,2,3}; κ = 1 − (3/48)/(9/48) = 2/3.
		{"one near miss", []int{1, 2, 3}, []int{2, 2, 3}, 2.0 / 3, true},
		// Both pairs at opposite ends: observed 2, chance 1, κ = −1.
		{"opposite ends", []int{1, 5}, []int{5, 1}, -1, true},
		// Margins {1,1,5,5} × {1,5,1,5}: observed 2 (two full misses), chance
		// 2 as well, so agreement is exactly chance.
		{"chance level", []int{1, 1, 5, 5}, []int{1, 5, 1, 5}, 0, true},
		{"both raters one bin", []int{3, 3}, []int{3, 3}, 0, false},
		{"category out of range", []int{0, 2}, []int{1, 2}, 0, false},
		{"no pairs", nil, nil, 0, false},
		{"one pair", []int{4}, []int{3}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := QuadraticKappa(tt.a, tt.b, Bins)
			if ok != tt.wantOK || (ok && !near(got, tt.want)) {
				t.Errorf("QuadraticKappa = %.5f, %v; want %.5f, %v", got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestBinEdges(t *testing.T) {
	tests := []struct {
		scale Scale
		v     float64
		want  int
	}{
		{Scale100, 0, 1}, {Scale100, 19.9, 1}, {Scale100, 20, 2}, {Scale100, 39, 2},
		{Scale100, 40, 3}, {Scale100, 59.5, 3}, {Scale100, 60, 4}, {Scale100, 79, 4},
		{Scale100, 80, 5}, {Scale100, 100, 5},
		{Scale5, 1, 1}, {Scale5, 2.4, 2}, {Scale5, 2.5, 3}, {Scale5, 4, 4}, {Scale5, 5, 5},
	}
	for _, tt := range tests {
		if got := tt.scale.Bin(tt.v); got != tt.want {
			t.Errorf("%s scale: Bin(%v) = %d, want %d", tt.scale, tt.v, got, tt.want)
		}
	}
}

func TestScaleTo100AndDetection(t *testing.T) {
	if got := []float64{Scale5.To100(1), Scale5.To100(3), Scale5.To100(5), Scale100.To100(42)}; got[0] != 0 || got[1] != 50 || got[2] != 100 || got[3] != 42 {
		t.Errorf("To100 = %v, want [0 50 100 42]", got)
	}
	if s := DetectScale([]float64{1, 3, 5, 2.5}); s != Scale5 {
		t.Errorf("DetectScale(1..5 ratings) = %v, want 1–5", s)
	}
	if s := DetectScale([]float64{1, 3, 0}); s != Scale100 {
		t.Errorf("DetectScale with a 0 = %v, want 0–100", s)
	}
	if s := DetectScale([]float64{4, 75}); s != Scale100 {
		t.Errorf("DetectScale with a 75 = %v, want 0–100", s)
	}
}
