package scoring

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// MaxTranscriptBytes is the largest transcript file Turnaround reads (1 MiB). A
// session that played to the end, with every turn at MaxTurnRunes, is a fraction of
// it; anything bigger is the wrong file, and reading it whole would fill memory.
const MaxTranscriptBytes = 1 << 20

// MaxTurnRunes is the most characters one turn may hold. play cuts a longer reply
// to it as it is typed, so a transcript with a longer turn was not played here,
// and scoring one would take time out of all proportion to a conversation.
const MaxTurnRunes = 2000

// ReadTranscriptFile reads and decodes the transcript at path. It reads at most
// MaxTranscriptBytes (through a limit, so a pipe that never ends cannot fill
// memory) and refuses folders and devices before opening them, so /dev/zero or a
// terminal is one sentence, not a hang. Every error names the file.
func ReadTranscriptFile(path string) (Transcript, error) {
	data, err := readBounded(path)
	if err != nil {
		return Transcript{}, err
	}
	return ReadTranscript(path, data)
}

// readBounded reads at most MaxTranscriptBytes of a regular file or a pipe.
func readBounded(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read transcript %s: %w", path, pathErr(err))
	}
	mode := info.Mode()
	switch {
	case mode.IsDir():
		return nil, fmt.Errorf("cannot read transcript %s: it is a folder, not a transcript file", path)
	case mode&(fs.ModeDevice|fs.ModeCharDevice|fs.ModeSocket) != 0:
		return nil, fmt.Errorf("cannot read transcript %s: it is a device, not a transcript file", path)
	case mode.IsRegular() && info.Size() > MaxTranscriptBytes:
		return nil, transcriptTooLarge(path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read transcript %s: %w", path, pathErr(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxTranscriptBytes+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read transcript %s: %w", path, pathErr(err))
	}
	if len(data) > MaxTranscriptBytes {
		return nil, transcriptTooLarge(path)
	}
	return data, nil
}

func transcriptTooLarge(name string) error {
	return &TranscriptError{Turn: -1, Msg: fmt.Sprintf(
		"%s is larger than 1 MiB; a transcript is far smaller, so this is probably not one", name)}
}

// pathErr drops the path an *fs.PathError repeats, since the message names it already.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
