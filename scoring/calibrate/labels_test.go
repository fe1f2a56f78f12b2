package calibrate

import (
	"errors"
	"strings"
	"testing"

	"github.com/turnaround-app/turnaround/scoring"
)

func TestReadLabelsColumnsInAnyOrderWithBlanks(t *testing.T) {
	in := "Fairness, transcript ,empathy,action_speed,authority_clarity\n" +
		"4,calls/a.json,5,3,2\n" +
		"\"80\",calls/b.json,,70,65.5\n"
	labels, err := ReadLabels("labels.csv", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(labels) != 2 {
		t.Fatalf("got %d rows, want 2", len(labels))
	}
	a, b := labels[0], labels[1]
	if a.Transcript != "calls/a.json" || a.Scenario != "" || a.Line != 2 || a.TranscriptPos != (Pos{2, 3}) {
		t.Errorf("row 1 = %+v", a)
	}
	if a.Ratings[scoring.Fairness].Value != 4 || a.Ratings[scoring.Empathy].Value != 5 || a.Ratings[scoring.AuthorityClarity].Value != 2 {
		t.Errorf("row 1 ratings = %+v", a.Ratings)
	}
	if _, rated := b.Ratings[scoring.Empathy]; rated || len(b.Ratings) != 3 || b.Ratings[scoring.AuthorityClarity].Value != 65.5 {
		t.Errorf("row 2 ratings = %+v; want empathy left unrated and three others", b.Ratings)
	}
	if got := b.Ratings[scoring.ActionSpeed].Pos; got != (Pos{3, 20}) {
		t.Errorf("row 2 action_speed at %+v, want line 3 column 20", got)
	}
}

func TestReadLabelsReportsEveryBadRowWithItsPosition(t *testing.T) {
	in := "transcript,scenario,empathy,action_speed,authority_clarity,fairness\n" +
		"a.json,,4,5,x,3\n" +
		",late-delivery-anniversary,4,5,3,3\n" +
		"b.json,,4,5\n" +
		"c.json,,NaN,1,1,1\n" +
		"d.json,,1,2,3,4\n"
	labels, err := ReadLabels("l.csv", strings.NewReader(in))
	want := []string{
		`l.csv:2:13: the authority_clarity rating "x" is not a number`,
		`l.csv:3:1: the transcript path is empty`,
		`l.csv:4: the row has 4 fields, but the header names 6 columns`,
		`l.csv:5:9: the empathy rating "NaN" is not a number`,
	}
	checkErrors(t, err, want)
	if len(labels) != 1 || labels[0].Transcript != "d.json" {
		t.Errorf("sound rows = %+v, want only d.json", labels)
	}
}

func TestReadLabelsHeaderProblems(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"empty file", "", []string{"x.csv: the file is empty; the first row names the columns: transcript, scenario (optional), empathy, action_speed, authority_clarity, fairness"}},
		{"header only", "transcript,empathy,action_speed,authority_clarity,fairness\n", []string{"x.csv: no rows below the header; add one row per rated transcript"}},
		{"misspelt and missing", "transcript,empathy,speed,authority_clarity,fairness\n", []string{
			`x.csv:1:20: unknown column "speed"; the columns are transcript, scenario (optional), empathy, action_speed, authority_clarity, fairness`,
			"x.csv:1: the header has no action_speed column"}},
		{"duplicate", "transcript,empathy,empathy,action_speed,authority_clarity,fairness\n", []string{`x.csv:1:20: column "empathy" appears twice`}},
		{"bad quoting", "transcript,empathy,action_speed,authority_clarity,fairness\na.json,\"4,5,5,5\n", []string{"x.csv:2:17: extraneous or missing \" in quoted-field"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadLabels("x.csv", strings.NewReader(tt.in))
			checkErrors(t, err, tt.want)
		})
	}
}

func TestCheckScaleDetectsAndRejectsOutOfRange(t *testing.T) {
	labels, err := ReadLabels("l.csv", strings.NewReader("transcript,empathy,action_speed,authority_clarity,fairness\n"+
		"a.json,1,5,3,2\nb.json,4,4,,5\n"))
	if err != nil {
		t.Fatal(err)
	}
	if s, err := CheckScale("l.csv", labels, 0); s != Scale5 || err != nil {
		t.Errorf("auto scale = %v, %v; want 1–5 and no error", s, err)
	}
	if s, err := CheckScale("l.csv", labels, Scale100); s != Scale100 || err != nil {
		t.Errorf("explicit 0–100 = %v, %v; want no error", s, err)
	}
	labels, err = ReadLabels("l.csv", strings.NewReader("transcript,empathy,action_speed,authority_clarity,fairness\n"+
		"a.json,0,105,50,-3\n"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := CheckScale("l.csv", labels, 0)
	if s != Scale100 {
		t.Errorf("auto scale with a 0 = %v, want 0–100", s)
	}
	checkErrors(t, err, []string{
		"l.csv:2:10: the action_speed rating 105 is outside the 0–100 scale; ratings run from 0 to 100",
		"l.csv:2:17: the fairness rating -3 is outside the 0–100 scale; ratings run from 0 to 100",
	})
	_, err = CheckScale("l.csv", labels, Scale5)
	if err == nil || !strings.Contains(err.Error(), "l.csv:2:8: the empathy rating 0 is outside the 1–5 scale; ratings run from 1 to 5") {
		t.Errorf("explicit 1–5 error = %v", err)
	}
}

func checkErrors(t *testing.T, err error, want []string) {
	t.Helper()
	var errs Errors
	if !errors.As(err, &errs) {
		t.Fatalf("error %v is not Errors; want %q", err, want)
	}
	got := strings.Split(errs.Error(), "\n")
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
