package scoring

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/turnaround-app/turnaround/scenarios"
)

// Score grades a transcript against its scenario with a rubric (nil means
// DefaultRubric). It is deterministic: the same inputs give the same Report, and
// every point a dimension moves from the rubric's base has an Evidence entry.
// It returns an error, never a partial report, for an invalid transcript or rubric.
func Score(t Transcript, sc *scenarios.Scenario, r *Rubric) (Report, error) {
	if r == nil {
		r = DefaultRubric()
	}
	if err := ValidateTranscript(t, sc); err != nil {
		return Report{}, err
	}
	if err := r.check(); err != nil {
		return Report{}, err
	}
	return score(t, sc, r, analyseAgentTurns(t)), nil
}

// score is Score after validation, with each agent turn already analysed
// (an is indexed like t.Turns), so benchmarks can time the engine alone.
func score(t Transcript, sc *scenarios.Scenario, r *Rubric, an []Analysis) Report {
	s := newSession(t, sc, an)
	dims := s.scoreDimensions(r)
	rep := Report{
		Scenario:      sc.ID,
		RubricVersion: r.Version,
		Dimensions:    dims,
		Total:         total(dims),
	}
	rep.Outcomes, rep.OutcomeTurns = s.outcomes()
	rep.Ending = s.ending
	for d, missed := range s.missedRules(r, dims, rep.Ending) {
		ds := dims[d]
		ds.Missed = missed
		dims[d] = ds
	}
	rep.Satisfaction = s.satisfaction(rep)
	return rep
}

// check rejects a rubric the engine cannot apply.
func (r *Rubric) check() error {
	for _, rule := range r.Rules {
		if _, ok := detectors[rule.Detector]; !ok {
			return fmt.Errorf("rubric %s: rule %s names detector %q, which does not exist", r.Version, rule.Name, rule.Detector)
		}
		if !containsDim(rule.Dimension) {
			return fmt.Errorf("rubric %s: rule %s is in dimension %q, which does not exist", r.Version, rule.Name, rule.Dimension)
		}
	}
	return nil
}

func containsDim(d Dimension) bool {
	return slices.Contains(Dimensions, d)
}

// ranked is one evidence entry with the position it sorts by.
type ranked struct {
	Evidence
	dim, rule, seq int
}

// compareRanked orders evidence by dimension, then chronologically, then in
// rubric order, so each dimension's list reads like the conversation.
func compareRanked(a, b ranked) int {
	return cmp.Or(cmp.Compare(a.dim, b.dim), cmp.Compare(a.Turn, b.Turn),
		cmp.Compare(a.rule, b.rule), cmp.Compare(a.seq, b.seq))
}

// scoreDimensions runs every rule, applies its limits and sums the evidence.
func (s *session) scoreDimensions(r *Rubric) map[Dimension]DimensionScore {
	all := make([]ranked, 0, 32)
	for rank, rule := range r.Rules {
		hits := detectors[rule.Detector](s)
		all = applyRule(all, rule, dimIndex(rule.Dimension), rank, hits, s.gamedFor(rule.Dimension))
		s.recycle(hits)
	}
	slices.SortStableFunc(all, compareRanked)
	weights := s.weights(r)
	dims := make(map[Dimension]DimensionScore, len(Dimensions))
	for k, d := range Dimensions {
		lo := sort.Search(len(all), func(i int) bool { return all[i].dim >= k })
		hi := sort.Search(len(all), func(i int) bool { return all[i].dim > k })
		evidence := make([]Evidence, 0, hi-lo)
		sum := r.Base
		for _, e := range all[lo:hi] {
			evidence = append(evidence, e.Evidence)
			sum += e.Points
		}
		dims[d] = DimensionScore{Score: clamp(sum, 0, 100), Weight: weights[d], Evidence: evidence}
	}
	return dims
}

// dimIndex is a dimension's position in Dimensions (checked by Rubric.check).
func dimIndex(d Dimension) int {
	return slices.Index(Dimensions, d)
}

// applyRule appends a rule's hits to dst as evidence, honouring its limit.
// Positive rules ignore the hits gamed reports as gaming the grader: gaming can
// lose points, never win them.
func applyRule(dst []ranked, rule Rule, dim, rank int, hits []hit, gamed func(hit) bool) []ranked {
	n, sum := 0, 0
	for _, h := range hits {
		if rule.Points > 0 && gamed(h) {
			continue
		}
		p := rule.Limit.capped(sum, rule.Limit.points(rule.Points, n))
		n++
		if p == 0 {
			continue
		}
		sum += p
		ev := Evidence{Turn: h.turn, Quote: h.quote, Rule: rule.Name, Points: p}
		dst = append(dst, ranked{ev, dim, rank, n})
	}
	return dst
}

// weights are the scenario's weights when it sets them, else the rubric's.
func (s *session) weights(r *Rubric) map[Dimension]float64 {
	return ScenarioWeights(s.sc, r)
}

// ScenarioWeights are the dimension weights a session on sc is scored with: the
// scenario's own when it sets them, else rubric r's (nil means DefaultRubric).
func ScenarioWeights(sc *scenarios.Scenario, r *Rubric) map[Dimension]float64 {
	if r == nil {
		r = DefaultRubric()
	}
	if w := sc.Weights; w != nil {
		return map[Dimension]float64{
			Empathy: w.Empathy, ActionSpeed: w.ActionSpeed,
			AuthorityClarity: w.AuthorityClarity, Fairness: w.Fairness,
		}
	}
	return r.Weights
}

// total is the weighted sum of the dimension scores, rounded half away from zero.
func total(dims map[Dimension]DimensionScore) int {
	sum := 0.0
	for _, d := range Dimensions { // fixed order: float addition is not associative
		sum += dims[d].Weight * float64(dims[d].Score)
	}
	return clamp(int(math.Round(sum)), 0, 100)
}

func clamp(v, lo, hi int) int {
	return max(lo, min(hi, v))
}
