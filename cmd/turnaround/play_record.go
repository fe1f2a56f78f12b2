package main

import (
	"errors"
	"fmt"
	"os"
	"regexp"

	"github.com/turnaround-app/turnaround/scoring/history"
)

// reportRecording tells the truth about the history once the session is over:
// when the store does not hold every turn and the ending, it says which part is
// missing and why, makes sure the whole transcript is in a file, names that
// file, and returns false so play exits non-zero.
func (p *player) reportRecording() bool {
	st := p.rec.Status()
	if st.Complete() {
		return true
	}
	fmt.Fprintf(p.e.stderr, "turnaround play: %s; %s.\n", recordingGap(st), p.keepTranscript())
	return false
}

// recordingGap says why the history is incomplete and what it lacks, in words
// that read on after "turnaround play: ".
func recordingGap(st history.RecordStatus) string {
	cause := "the history store did not take it"
	if st.Err != nil {
		cause = rootCause(st.Err).Error()
	}
	switch {
	case st.Session == 0:
		return cause + ", so this session was not recorded"
	case st.Missing() == "":
		return fmt.Sprintf("%s, so the history holds all %d turns of session %d but not its ending (it is listed as unfinished)",
			cause, st.Turns, st.Session)
	}
	return fmt.Sprintf("%s, so the history holds %d of %d turns of session %d (%s and the ending are missing)",
		cause, st.Stored, st.Turns, st.Session, st.Missing())
}

// rootCause drops the Writer's note about held turns, which stops being true
// when play exits: the history file's own sentence is the one to show.
func rootCause(err error) error {
	var fe *history.FileError
	if errors.As(err, &fe) {
		return fe
	}
	return err
}

// keepTranscript makes sure every turn is in a transcript file and says where:
// --out when it was written, otherwise a file of its own in the temporary
// folder (usually another disk than a full history's).
func (p *player) keepTranscript() string {
	if p.args.out != "" && p.outErr == nil {
		return "every turn is in " + p.args.out
	}
	if err := p.writeKept(); err != nil {
		return fmt.Sprintf("the transcript could not be saved either (%v)", err)
	}
	return "every turn is in " + p.keptPath
}

// keepWhileUnrecorded runs after each reply: while the history lacks turns
// and no --out file holds them, the transcript goes to the kept file, so a
// crash or a kill mid-session loses nothing typed either.
func (p *player) keepWhileUnrecorded() {
	if p.args.out != "" && p.outErr == nil || p.rec.Status().Missing() == "" {
		return
	}
	_ = p.writeKept() // a failure is reported by keepTranscript at the end
}

// writeKept writes the transcript to the kept file, choosing its name once.
func (p *player) writeKept() error {
	if p.keptPath == "" {
		f, err := os.CreateTemp("", "turnaround-"+fileSafe.ReplaceAllString(p.sc.ID, "-")+"-*.json")
		if err != nil {
			return err
		}
		f.Close()
		p.keptPath = f.Name()
	}
	return writeTranscript(p.keptPath, p.session.Transcript())
}

// fileSafe matches what should not go into a file name.
var fileSafe = regexp.MustCompile(`[^A-Za-z0-9_-]+`)
