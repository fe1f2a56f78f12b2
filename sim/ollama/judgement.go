package ollama

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"

	"github.com/turnaround-app/turnaround/scoring"
)

var transcriptTag = regexp.MustCompile(`(?i)<\s*/?\s*transcript\s*>`)

// rawOpinion is one dimension of the judge's JSON before validation. Pointers
// tell a missing field from a zero one.
type rawOpinion struct {
	Score   *json.Number `json:"score"`
	Comment *string      `json:"comment"`
}

// parseOpinions reads the judge's answer strictly: exactly the four dimensions,
// each with a whole score 0..100 and a comment, nothing else. Errors name the
// first problem found, in words a trainer can pass on.
func parseOpinions(answer string) ([]Opinion, error) {
	raw, err := decodeStrict(answer)
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, badJudgement("was cut off before its JSON was complete (answer starts %q)", short(answer))
		}
		return nil, badJudgement("is malformed: it is not the requested JSON: %v", err)
	}
	opinions := make([]Opinion, 0, len(scoring.Dimensions))
	for _, d := range scoring.Dimensions {
		o, err := validateOpinion(d, raw[string(d)])
		if err != nil {
			return nil, err
		}
		opinions = append(opinions, o)
	}
	return opinions, nil
}

// decodeStrict decodes one JSON object of opinions, refusing unknown dimensions,
// unknown fields and anything after the object.
func decodeStrict(answer string) (map[string]*rawOpinion, error) {
	dec := json.NewDecoder(strings.NewReader(answer))
	dec.UseNumber()
	var raw map[string]json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return nil, describeJSONError(err, answer)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("it has more after the closing brace")
	}
	known := map[string]bool{}
	for _, d := range scoring.Dimensions {
		known[string(d)] = true
	}
	keys := make([]string, 0, len(raw))
	for key := range raw {
		keys = append(keys, key)
	}
	sort.Strings(keys) // so the error names the same key every time
	out := map[string]*rawOpinion{}
	for _, key := range keys {
		value := raw[key]
		if !known[key] {
			return nil, fmt.Errorf("it has an unknown dimension %q", key)
		}
		var o rawOpinion
		inner := json.NewDecoder(bytes.NewReader(value))
		inner.UseNumber()
		inner.DisallowUnknownFields()
		if err := inner.Decode(&o); err != nil {
			return nil, fmt.Errorf("%s: %v", key, err)
		}
		out[key] = &o
	}
	return out, nil
}

// validateOpinion checks one dimension's score and comment.
func validateOpinion(d scoring.Dimension, o *rawOpinion) (Opinion, error) {
	switch {
	case o == nil:
		return Opinion{}, badJudgement("is malformed: it has no opinion on %s", d)
	case o.Score == nil:
		return Opinion{}, badJudgement("is malformed: it gives %s no score", d)
	case o.Comment == nil || strings.TrimSpace(*o.Comment) == "":
		return Opinion{}, badJudgement("is malformed: it gives %s no comment", d)
	}
	score, err := o.Score.Int64()
	if err != nil {
		return Opinion{}, badJudgement("is malformed: it scores %s %s, not a whole number from 0 to 100", d, o.Score.String())
	}
	if score < 0 || score > 100 {
		return Opinion{}, badJudgement("is malformed: it scores %s %d, outside 0 to 100", d, score)
	}
	return Opinion{Dimension: d, Score: int(score), Comment: strings.TrimSpace(*o.Comment)}, nil
}

func badJudgement(format string, args ...any) error {
	return newError(ErrBadJudgement, nil, "the model's second opinion "+format, args...)
}

// describeJSONError adds the position of a syntax error, counted in characters
// from the start of the answer.
func describeJSONError(err error, answer string) error {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		return fmt.Errorf("%v at character %d (answer starts %q)", syn, syn.Offset, short(answer))
	}
	if errors.Is(err, io.EOF) {
		return errors.New("the answer was empty")
	}
	return err
}
