package calibrate

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/turnaround-app/turnaround/scoring"
)

// WriteText prints a Result for a trainer: the agreement table, how the bins
// were drawn, and each dimension's worst disagreements with the grader's
// evidence. source names the labels file.
func WriteText(w io.Writer, source string, r Result) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Calibration: %s, %d transcripts, trainer ratings on the %s scale\n", source, r.Transcript, r.Scale)
	fmt.Fprintf(&b, "κ compares five bins: grader 0–19, 20–39, 40–59, 60–79, 80–100; %s.\n\n", binNote(r.Scale))
	fmt.Fprintf(&b, "%-18s %3s %6s %6s\n", "dimension", "n", "ρ", "κ")
	for _, d := range r.Dimensions {
		fmt.Fprintf(&b, "%-18s %3d %6s %6s\n", d.Dimension, d.N, coef(d.Rho, d.RhoOK), coef(d.Kappa, d.KappaOK))
	}
	if undefinedAny(r) {
		b.WriteString("\nn/a: undefined, because one side gave every rated transcript the same value or too few were rated.\n")
	}
	for _, d := range r.Dimensions {
		fmt.Fprintf(&b, "\n%s: where trainer and grader disagree most\n", d.Dimension)
		switch {
		case d.N == 0:
			b.WriteString("  none: the trainer rated no transcript on this dimension\n")
			continue
		case len(d.Worst) == 0:
			b.WriteString("  none: every rated transcript falls in the same bin for both\n")
			continue
		}
		for _, p := range d.Worst {
			writePair(&b, r.Scale, p)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func binNote(s Scale) string {
	if s == Scale5 {
		return "a 1–5 rating is its own bin"
	}
	return "trainer ratings binned the same way"
}

func coef(v float64, ok bool) string {
	if !ok {
		return "n/a"
	}
	return strconv.FormatFloat(v, 'f', 2, 64)
}

func writePair(b *strings.Builder, s Scale, p Pair) {
	fmt.Fprintf(b, "  %s\n    trainer %s (bin %d), grader %d (bin %d): the grader is %s\n",
		p.Name, rating(s, p.Trainer), p.TrainerBin, p.Grader, p.GraderBin, direction(p.Gap()))
	if len(p.Evidence) == 0 {
		b.WriteString("    grader's evidence: none; the score stayed at the base\n")
		return
	}
	b.WriteString("    grader's evidence:\n")
	for _, e := range p.Evidence {
		fmt.Fprintf(b, "      turn %-3d %+4d  %-32s %q\n", e.Turn, e.Points, scoring.RuleTitle(e.Rule), e.Quote)
	}
}

func rating(s Scale, v float64) string {
	f := strconv.FormatFloat(v, 'f', -1, 64)
	if s == Scale5 {
		return f + "/5"
	}
	return f
}

func direction(gap float64) string {
	if gap > 0 {
		return fmt.Sprintf("%.0f points more generous", gap)
	}
	return fmt.Sprintf("%.0f points harsher", -gap)
}

func undefinedAny(r Result) bool {
	for _, d := range r.Dimensions {
		if !d.RhoOK || !d.KappaOK {
			return true
		}
	}
	return false
}
