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
	b.WriteString("Calibration: " + r.Summary(source) + "\n")
	b.WriteString(BinNote(r.Scale) + "\n\n")
	fmt.Fprintf(&b, "%-18s %3s %6s %6s\n", "dimension", "n", "ρ", "κ")
	for _, d := range r.Dimensions {
		fmt.Fprintf(&b, "%-18s %3d %6s %6s\n", d.Dimension, d.N, Coefficient(d.Rho, d.RhoOK), Coefficient(d.Kappa, d.KappaOK))
	}
	if r.HasUndefined() {
		b.WriteString("\n" + UndefinedNote + "\n")
	}
	for _, d := range r.Dimensions {
		fmt.Fprintf(&b, "\n%s: where trainer and grader disagree most\n", d.Dimension)
		if none := d.NoDisagreement(); none != "" {
			b.WriteString("  " + none + "\n")
			continue
		}
		for _, p := range d.Worst {
			writePair(&b, r.Scale, p)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Summary names the labels file, how many transcripts it rates and on which
// scale: "example.csv, 25 transcripts, trainer ratings on the 1–5 scale".
func (r Result) Summary(source string) string {
	return fmt.Sprintf("%s, %d transcripts, trainer ratings on the %s scale", source, r.Transcript, r.Scale)
}

// Undefined is how a coefficient that cannot be computed is shown.
const Undefined = "n/a"

// UndefinedNote explains Undefined under a table of coefficients.
const UndefinedNote = Undefined + ": undefined, because one side gave every rated transcript the same value or too few were rated."

// BinNote says how κ's five bins were drawn for ratings on scale s.
func BinNote(s Scale) string {
	return fmt.Sprintf("κ compares five bins: grader 0–19, 20–39, 40–59, 60–79, 80–100; %s.", binNote(s))
}

// NoDisagreement says why a dimension lists no disagreement, or "" when it lists some.
func (d DimensionAgreement) NoDisagreement() string {
	switch {
	case d.N == 0:
		return "none: the trainer rated no transcript on this dimension"
	case len(d.Worst) == 0:
		return "none: every rated transcript falls in the same bin for both"
	}
	return ""
}

func binNote(s Scale) string {
	if s == Scale5 {
		return "a 1–5 rating is its own bin"
	}
	return "trainer ratings binned the same way"
}

// Coefficient prints ρ or κ to two decimal places, or Undefined.
func Coefficient(v float64, ok bool) string {
	if !ok {
		return Undefined
	}
	return strconv.FormatFloat(v, 'f', 2, 64)
}

func writePair(b *strings.Builder, s Scale, p Pair) {
	fmt.Fprintf(b, "  %s\n    %s\n", p.Name, p.Verdict(s))
	if len(p.Evidence) == 0 {
		b.WriteString("    grader's evidence: " + NoEvidence + "\n")
		return
	}
	b.WriteString("    grader's evidence:\n")
	for _, e := range p.Evidence {
		fmt.Fprintf(b, "      turn %-3d %+4d  %-32s %q\n", e.Turn, e.Points, scoring.RuleTitle(e.Rule), e.Quote)
	}
}

// NoEvidence is what a disagreement says when the grader cited nothing.
const NoEvidence = "none; the score stayed at the base"

// Verdict compares the trainer's rating with the grader's score, bins and
// all: "trainer 1/5 (bin 1), grader 50 (bin 3): the grader is 50 points more
// generous". s is the trainer's scale.
func (p Pair) Verdict(s Scale) string {
	return fmt.Sprintf("trainer %s (bin %d), grader %d (bin %d): the grader is %s",
		rating(s, p.Trainer), p.TrainerBin, p.Grader, p.GraderBin, direction(p.Gap()))
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

// HasUndefined reports whether any dimension's ρ or κ is undefined.
func (r Result) HasUndefined() bool {
	for _, d := range r.Dimensions {
		if !d.RhoOK || !d.KappaOK {
			return true
		}
	}
	return false
}
