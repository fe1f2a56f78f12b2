package scoring

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// readWithin runs ReadTranscriptFile and fails the test instead of hanging.
func readWithin(t *testing.T, path string) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { _, err := ReadTranscriptFile(path); done <- err }()
	select {
	case err := <-done:
		return err
	case <-time.After(5 * time.Second):
		t.Fatalf("ReadTranscriptFile(%s) did not return within 5 s", path)
		return nil
	}
}

func TestScoreRefusesFiveMegabyteTranscript(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.json")
	turn := `{"role":"agent","text":"` + strings.Repeat("a", 1000) + `","at_ms":1},`
	body := `{"turns":[` + strings.Repeat(turn, 5<<10) + `{"role":"agent","text":"x","at_ms":2}]}`
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	err := readWithin(t, path)
	want := path + " is larger than 1 MiB; a transcript is far smaller, so this is probably not one"
	if err == nil || err.Error() != want || !errors.Is(err, ErrInvalidTranscript) {
		t.Errorf("error = %v\nwant    %s", err, want)
	}
}

func TestScoreRefusesDevZeroAsTranscript(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero here")
	}
	err := readWithin(t, "/dev/zero")
	want := "cannot read transcript /dev/zero: it is a device, not a transcript file"
	if err == nil || err.Error() != want {
		t.Errorf("error = %v\nwant    %s", err, want)
	}
}

func TestScoreReadsEndlessPipeOnlyUpToLimit(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	go func() {
		chunk := []byte(strings.Repeat(" ", 64<<10))
		for {
			if _, err := w.Write(chunk); err != nil {
				w.Close()
				return
			}
		}
	}()
	path := fmt.Sprintf("/dev/fd/%d", r.Fd())
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no /dev/fd here: %v", err)
	}
	err = readWithin(t, path)
	if err == nil || !strings.Contains(err.Error(), path+" is larger than 1 MiB") {
		t.Errorf("error = %v, want the pipe named as larger than 1 MiB", err)
	}
}

func TestScoreRefusesOneMegabyteAgentTurn(t *testing.T) {
	long := strings.Repeat("sorry ", (1<<20)/6)
	tr := Transcript{Turns: []Turn{
		{Role: RoleCustomer, Text: "Where is my order?"},
		{Role: RoleAgent, Text: long, AtMS: 1000},
	}}
	_, err := Score(tr, fixture(), nil)
	want := fmt.Sprintf("turn 1 has %d characters; a turn may have at most 2000, as in play", len(long))
	if err == nil || err.Error() != want {
		t.Errorf("error = %v\nwant    %s", err, want)
	}
}

func TestReadTranscriptAcceptsUTF8ByteOrderMark(t *testing.T) {
	tr, err := ReadTranscript("bom.json", []byte("\ufeff{\"turns\":[{\"role\":\"agent\",\"text\":\"hi\",\"at_ms\":1}]}"))
	if err != nil || len(tr.Turns) != 1 || tr.Turns[0].Text != "hi" {
		t.Errorf("ReadTranscript with a BOM = %+v, %v", tr, err)
	}
}
