package scoring

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// dimensionTitles are the headings a trainer reads in a text report.
var dimensionTitles = map[Dimension]string{
	Empathy:          "Empathy",
	ActionSpeed:      "Action speed",
	AuthorityClarity: "Authority clarity",
	Fairness:         "Fairness",
}

// outcomeOrder is the order outcomes are listed in.
var outcomeOrder = []string{outcomeRelief, outcomeClarity, outcomeFairness, outcomeConfidence}

// WriteReportText writes a report for people: the total, each dimension with the
// evidence under it (turn, time, points, rule title, quote) and what it missed
// (turn, time, points, rule title, why), the outcomes and where they
// were reached, and the satisfaction estimate against the baseline. t is the
// transcript the report scored; it supplies who spoke each cited turn and when.
func WriteReportText(w io.Writer, rep Report, t Transcript) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Scenario %s, rubric %s\n", rep.Scenario, rep.RubricVersion)
	fmt.Fprintf(&b, "Total %d/100, ending %s\n", rep.Total, rep.Ending)
	for _, d := range Dimensions {
		writeDimension(&b, d, rep.Dimensions[d], t)
	}
	writeOutcomes(&b, rep)
	writeSatisfaction(&b, rep.Satisfaction)
	_, err := io.WriteString(w, b.String())
	return err
}

func writeDimension(b *strings.Builder, d Dimension, ds DimensionScore, t Transcript) {
	fmt.Fprintf(b, "\n%s %d (weight %s)\n", dimensionTitles[d], ds.Score, strconv.FormatFloat(ds.Weight, 'f', -1, 64))
	if len(ds.Evidence) == 0 {
		b.WriteString("  no evidence: the score stayed at the base\n")
	}
	for _, e := range ds.Evidence {
		fmt.Fprintf(b, "  turn %-3d %-6s %+4d  %-32s %q\n", e.Turn, clock(t, e.Turn), e.Points, RuleTitle(e.Rule), e.Quote)
	}
	if len(ds.Missed) > 0 {
		b.WriteString("  would have earned more:\n")
	}
	for _, m := range ds.Missed {
		fmt.Fprintf(b, "  turn %-3d %-6s %+4d  %-32s %s\n", m.Turn, clock(t, m.Turn), m.Points, m.Title, m.Why)
	}
}

// RuleTitle is a rule's readable title in the default rubric, or its name when
// the default rubric has no such rule.
func RuleTitle(name string) string {
	for _, r := range defaultRules {
		if r.Name == name {
			return r.Title
		}
	}
	return name
}

func writeOutcomes(b *strings.Builder, rep Report) {
	b.WriteString("\nOutcomes\n")
	for _, name := range outcomeOrder {
		turn, ok := rep.OutcomeTurns[name]
		if ok && turn >= 0 {
			fmt.Fprintf(b, "  %-11s reached at turn %d\n", name, turn)
		} else {
			fmt.Fprintf(b, "  %-11s not reached\n", name)
		}
	}
}

func writeSatisfaction(b *strings.Builder, s Satisfaction) {
	verdict := s.Verdict() + " the baseline"
	if s.Paradox {
		verdict += ": the recovery paradox"
	}
	fmt.Fprintf(b, "\nSatisfaction %d against a baseline of %d, %s\n", s.Estimate, s.Baseline, verdict)
	for _, why := range s.Why {
		fmt.Fprintf(b, "  - %s\n", why)
	}
}

// clock formats a turn's time since the session started as m:ss.
func clock(t Transcript, turn int) string {
	if turn < 0 || turn >= len(t.Turns) {
		return ""
	}
	secs := t.Turns[turn].AtMS / 1000
	return fmt.Sprintf("%d:%02d", secs/60, secs%60)
}
