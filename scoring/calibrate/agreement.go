package calibrate

import (
	"cmp"
	"math"
	"slices"

	"github.com/turnaround-app/turnaround/scoring"
)

// Graded is one labelled transcript with the grader's report of it.
type Graded struct {
	// Name is how the transcript is shown: its path as the labels file gives it.
	Name   string
	Label  Label
	Report scoring.Report
}

// Pair is one transcript's rating and score on one dimension.
type Pair struct {
	Name string
	// Trainer is the rating as written; Trainer100 is it on the 0–100 scale.
	Trainer, Trainer100 float64
	Grader              int
	TrainerBin          int
	GraderBin           int
	// Evidence is the grader's evidence on this dimension, as the report gives it.
	Evidence []scoring.Evidence
}

// Gap is how far the grader's score sits above (positive) or below the trainer's
// rating, in points on the 0–100 scale.
func (p Pair) Gap() float64 { return float64(p.Grader) - p.Trainer100 }

// DimensionAgreement is the agreement on one dimension.
type DimensionAgreement struct {
	Dimension scoring.Dimension
	// N is how many transcripts the trainer rated on this dimension.
	N int
	// Rho is Spearman's ρ; RhoOK is false when it is undefined.
	Rho   float64
	RhoOK bool
	// Kappa is the quadratic-weighted κ over the five bins; KappaOK as above.
	Kappa   float64
	KappaOK bool
	// Worst lists the transcripts whose bins differ most, the largest gap
	// first, at most the number Compare was asked for.
	Worst []Pair
}

// Result is the agreement of a labels file with the grader, per dimension in
// report order.
type Result struct {
	Scale      Scale
	Transcript int
	Dimensions []DimensionAgreement
}

// Compare measures agreement between the trainer's ratings (on scale s) and
// the grader's scores, per dimension, and keeps the top worst disagreements:
// transcripts whose bins differ, ordered by how many bins apart, then by the
// gap in points, then by name.
func Compare(graded []Graded, s Scale, top int) Result {
	res := Result{Scale: s, Transcript: len(graded)}
	for _, d := range scoring.Dimensions {
		res.Dimensions = append(res.Dimensions, compareDimension(graded, d, s, top))
	}
	return res
}

func compareDimension(graded []Graded, d scoring.Dimension, s Scale, top int) DimensionAgreement {
	var pairs []Pair
	for _, g := range graded {
		r, ok := g.Label.Ratings[d]
		if !ok {
			continue
		}
		ds := g.Report.Dimensions[d]
		pairs = append(pairs, Pair{
			Name: g.Name, Trainer: r.Value, Trainer100: s.To100(r.Value), Grader: ds.Score,
			TrainerBin: s.Bin(r.Value), GraderBin: Scale100.Bin(float64(ds.Score)), Evidence: ds.Evidence,
		})
	}
	a := DimensionAgreement{Dimension: d, N: len(pairs)}
	trainer, grader := make([]float64, len(pairs)), make([]float64, len(pairs))
	tb, gb := make([]int, len(pairs)), make([]int, len(pairs))
	for i, p := range pairs {
		trainer[i], grader[i], tb[i], gb[i] = p.Trainer, float64(p.Grader), p.TrainerBin, p.GraderBin
	}
	a.Rho, a.RhoOK = Spearman(trainer, grader)
	a.Kappa, a.KappaOK = QuadraticKappa(tb, gb, Bins)
	a.Worst = worst(pairs, top)
	return a
}

func worst(pairs []Pair, top int) []Pair {
	var off []Pair
	for _, p := range pairs {
		if p.TrainerBin != p.GraderBin {
			off = append(off, p)
		}
	}
	slices.SortStableFunc(off, func(a, b Pair) int {
		return cmp.Or(
			cmp.Compare(binDistance(b), binDistance(a)),
			cmp.Compare(math.Abs(b.Gap()), math.Abs(a.Gap())),
			cmp.Compare(a.Name, b.Name),
		)
	})
	return off[:min(top, len(off))]
}

func binDistance(p Pair) int {
	d := p.TrainerBin - p.GraderBin
	if d < 0 {
		return -d
	}
	return d
}
