// Package calibrate measures how far Turnaround's score of record agrees with a
// trainer's own grades of the same transcripts.
//
// A trainer rates a handful of transcripts per dimension, on a 0–100 or a 1–5
// scale, in a CSV file (see ReadLabels). Run reads such a file, scores each
// transcript with scoring.Score and calls Compare, which reports, per
// dimension, Spearman's ρ between the trainer's ratings and the grader's
// scores (ties take their average rank), quadratic-weighted Cohen's κ after
// both are put into the same five bins (see Bin), and the transcripts where
// the two disagree most, with the grader's evidence beside each so the
// trainer can see which rule read them differently. `turnaround calibrate`
// prints the result with WriteText; the desktop app's Review screen draws it.
//
// The package only measures agreement. It never changes a score or a rubric:
// what to do about a disagreement is the trainer's call.
package calibrate
