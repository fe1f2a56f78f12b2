package calibrate

import (
	"strings"
	"testing"

	"github.com/turnaround-app/turnaround/scoring"
)

// graded builds a labelled transcript whose grader scores every dimension
// with score and whose trainer rated only the dimensions given.
func graded(name string, score int, ratings map[scoring.Dimension]float64) Graded {
	l := Label{Transcript: name, Ratings: map[scoring.Dimension]Rating{}}
	for d, v := range ratings {
		l.Ratings[d] = Rating{Value: v}
	}
	rep := scoring.Report{Dimensions: map[scoring.Dimension]scoring.DimensionScore{}}
	for _, d := range scoring.Dimensions {
		rep.Dimensions[d] = scoring.DimensionScore{Score: score, Evidence: []scoring.Evidence{
			{Turn: 1, Quote: "That's on us", Rule: "owns-the-mistake", Points: 12}}}
	}
	return Graded{Name: name, Label: l, Report: rep}
}

func TestCompareCountsRatedTranscriptsAndRanksDisagreements(t *testing.T) {
	e := scoring.Empathy
	in := []Graded{
		graded("a.json", 90, map[scoring.Dimension]float64{e: 5}), // bins 5/5: agree
		graded("b.json", 10, map[scoring.Dimension]float64{e: 5}), // bins 5/1: four apart
		graded("c.json", 50, map[scoring.Dimension]float64{e: 1}), // bins 1/3: two apart, gap 50
		graded("d.json", 45, map[scoring.Dimension]float64{e: 5}), // bins 5/3: two apart, gap 55
		graded("e.json", 70, nil),                                 // not rated on empathy
	}
	res := Compare(in, Scale5, 3)
	emp := res.Dimensions[0]
	if emp.Dimension != e || emp.N != 4 || res.Transcript != 5 {
		t.Fatalf("empathy agreement = %+v, transcripts %d; want n 4 of 5", emp, res.Transcript)
	}
	wantRho, _ := Spearman([]float64{5, 5, 1, 5}, []float64{90, 10, 50, 45})
	wantKappa, _ := QuadraticKappa([]int{5, 5, 1, 5}, []int{5, 1, 3, 3}, Bins)
	if !emp.RhoOK || !near(emp.Rho, wantRho) || !emp.KappaOK || !near(emp.Kappa, wantKappa) {
		t.Errorf("ρ %.4f κ %.4f, want %.4f and %.4f", emp.Rho, emp.Kappa, wantRho, wantKappa)
	}
	var names []string
	for _, p := range emp.Worst {
		names = append(names, p.Name)
	}
	if strings.Join(names, " ") != "b.json d.json c.json" {
		t.Errorf("worst = %v; want b (four bins apart), then d (gap 55) before c (gap 50)", names)
	}
	if g := emp.Worst[1].Gap(); g != -55 {
		t.Errorf("d.json gap = %v, want -55 (grader harsher)", g)
	}
	if fair := res.Dimensions[3]; fair.N != 0 || fair.RhoOK || fair.KappaOK || len(fair.Worst) != 0 {
		t.Errorf("unrated fairness = %+v; want n 0 and undefined coefficients", fair)
	}
	if top1 := Compare(in, Scale5, 1).Dimensions[0].Worst; len(top1) != 1 || top1[0].Name != "b.json" {
		t.Errorf("top 1 = %+v", top1)
	}
}

func TestWriteTextShowsTableBinsAndEvidence(t *testing.T) {
	in := []Graded{
		graded("a.json", 90, map[scoring.Dimension]float64{scoring.Empathy: 80, scoring.AuthorityClarity: 95}),
		graded("b.json", 10, map[scoring.Dimension]float64{scoring.Empathy: 95}),
	}
	var b strings.Builder
	if err := WriteText(&b, "labels.csv", Compare(in, Scale100, 3)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"Calibration: labels.csv, 2 transcripts, trainer ratings on the 0–100 scale\n",
		"trainer ratings binned the same way",
		"empathy              2  -1.00   0.00\n",
		"action_speed         0    n/a    n/a\n",
		"  b.json\n    trainer 95 (bin 5), grader 10 (bin 1): the grader is 85 points harsher\n",
		`      turn 1    +12  Owned the mistake                "That's on us"`,
		"fairness: where trainer and grader disagree most\n  none: the trainer rated no transcript on this dimension\n",
		"authority_clarity: where trainer and grader disagree most\n  none: every rated transcript falls in the same bin for both\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
