package scoring

import "fmt"

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
	data, err := transcriptFile.Read(path)
	if err != nil {
		return Transcript{}, err
	}
	return ReadTranscript(path, data)
}

// transcriptFile is how transcripts are read.
var transcriptFile = BoundedFile{What: "transcript", Is: "a transcript file", Max: MaxTranscriptBytes, TooLarge: transcriptTooLarge}

func transcriptTooLarge(name string) error {
	return &TranscriptError{Turn: -1, Msg: fmt.Sprintf(
		"%s is larger than 1 MiB; a transcript is far smaller, so this is probably not one", name)}
}
