package scoring

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ReadTranscript decodes a transcript from JSON. name is the file name errors
// cite; syntax and type errors carry name:line:col. Unknown fields are rejected
// so a misspelt key ("at_sec") is caught rather than silently read as zero.
// It checks only the JSON; ValidateTranscript checks it against a scenario.
func ReadTranscript(name string, data []byte) (Transcript, error) {
	var t Transcript
	if len(data) > MaxTranscriptBytes {
		return t, transcriptTooLarge(name)
	}
	// A byte order mark is not JSON, but editors on Windows write one.
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if len(bytes.TrimSpace(data)) == 0 {
		return t, fmt.Errorf("%s: the file is empty; a transcript is a JSON object with turns", name)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil {
		return Transcript{}, jsonError(name, data, dec.InputOffset(), err)
	}
	if _, err := dec.Token(); err != io.EOF {
		line, col := lineCol(data, dec.InputOffset())
		return Transcript{}, fmt.Errorf("%s:%d:%d: unexpected data after the transcript object", name, line, col)
	}
	return t, nil
}

// jsonError rewrites a decoding error as one sentence with the position.
func jsonError(name string, data []byte, at int64, err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	msg := strings.TrimPrefix(err.Error(), "json: ")
	switch {
	case errors.As(err, &syntax):
		at = max(0, syntax.Offset-1) // Offset counts the offending byte as read
		msg = syntax.Error()
	case errors.As(err, &typ):
		at = valueStart(data, typ.Offset)
		msg = typeMessage(typ)
	case errors.Is(err, io.ErrUnexpectedEOF):
		at = int64(len(data))
		msg = "the JSON ends too early"
	case strings.HasPrefix(msg, "unknown field"):
		at = keyStart(data, at, strings.TrimPrefix(msg, "unknown field "))
		msg += "; transcript fields are scenario, turns, ending and timing, and turn fields are role, text, action, at_ms, mood and note"
	}
	line, col := lineCol(data, at)
	return fmt.Errorf("%s:%d:%d: %s", name, line, col, msg)
}

// typeMessage says what is wrong with a value of the wrong type. A number the
// field cannot hold (too large, or a fraction where a whole number belongs) is
// still a JSON number, so it is named as out of range rather than as the wrong type.
func typeMessage(typ *json.UnmarshalTypeError) string {
	want := jsonKind(typ.Type.Kind().String())
	number, isNumber := strings.CutPrefix(typ.Value, "number ")
	if !isNumber || want != "a number" {
		return fmt.Sprintf("%s must be %s, not a JSON %s", fieldName(typ), want, typ.Value)
	}
	switch typ.Type.Kind().String() {
	case "float32", "float64":
		return fmt.Sprintf("%s %s is too large a number", fieldName(typ), number)
	default:
		return fmt.Sprintf("%s must be a whole number of a sensible size, not %s", fieldName(typ), number)
	}
}

// fieldName names the field a type error is about, the way the JSON spells it.
func fieldName(typ *json.UnmarshalTypeError) string {
	if typ.Field == "" {
		return "the transcript"
	}
	return typ.Field
}

// jsonKind translates a Go kind into the JSON type a trainer would write.
func jsonKind(kind string) string {
	switch kind {
	case "string":
		return "a string"
	case "struct", "map", "ptr":
		return "an object"
	case "slice", "array":
		return "a list"
	case "bool":
		return "true or false"
	default:
		return "a number"
	}
}

// lineCol converts a byte offset into a 1-based line and column (columns count
// characters, so a message points at the right place in a UTF-8 file).
func lineCol(data []byte, offset int64) (line, col int) {
	offset = max(0, min(offset, int64(len(data))))
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	lastNL := bytes.LastIndexByte(before, '\n')
	col = len(bytes.Runes(before[lastNL+1:])) + 1
	return line, col
}

// valueStart moves back from the offset the decoder reports (just after a
// value) to where the value begins, so a type error points at the bad value.
func valueStart(data []byte, off int64) int64 {
	i := max(0, min(off, int64(len(data))))
	for i > 0 && isJSONSpace(data[i-1]) {
		i--
	}
	switch {
	case i == 0:
		return 0
	case data[i-1] == '[' || data[i-1] == '{':
		return i - 1
	case data[i-1] == '"':
		for j := i - 2; j >= 0; j-- {
			if data[j] == '"' && !escaped(data, int(j)) {
				return j
			}
		}
		return 0
	}
	for i > 0 && !isJSONSpace(data[i-1]) && !strings.ContainsRune(":,[{", rune(data[i-1])) {
		i--
	}
	return i
}

// keyStart finds the quoted key (as the error message quotes it) before off.
func keyStart(data []byte, off int64, quoted string) int64 {
	off = max(0, min(off, int64(len(data))))
	if k := bytes.LastIndex(data[:off], []byte(quoted)); k >= 0 {
		return int64(k)
	}
	return off
}

// escaped reports whether the byte at i is preceded by an odd run of backslashes.
func escaped(data []byte, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && data[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}

func isJSONSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}
