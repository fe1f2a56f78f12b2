package scoring

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// BoundedFile says how to read one kind of file a user names on the command
// line or in the desktop: what to call it in messages, and how large it may
// be. Read refuses folders and devices before opening them, so /dev/zero or a
// terminal is one sentence, not a hang, and reads through a limit, so a pipe
// that never ends cannot fill memory. Every error names the file.
type BoundedFile struct {
	What     string             // "transcript", "labels": "cannot read labels x.csv"
	Is       string             // "a transcript file": "it is a folder, not a transcript file"
	Max      int64              // the most bytes a file of this kind may hold
	TooLarge func(string) error // the error for a file over Max, given its path
}

// Read reads path whole, or says in one sentence why it will not.
func (b BoundedFile) Read(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s %s: %w", b.What, path, pathErr(err))
	}
	mode := info.Mode()
	switch {
	case mode.IsDir():
		return nil, fmt.Errorf("cannot read %s %s: it is a folder, not %s", b.What, path, b.Is)
	case mode&(fs.ModeDevice|fs.ModeCharDevice|fs.ModeSocket) != 0:
		return nil, fmt.Errorf("cannot read %s %s: it is a device, not %s", b.What, path, b.Is)
	case mode.IsRegular() && info.Size() > b.Max:
		return nil, b.TooLarge(path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s %s: %w", b.What, path, pathErr(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, b.Max+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read %s %s: %w", b.What, path, pathErr(err))
	}
	if int64(len(data)) > b.Max {
		return nil, b.TooLarge(path)
	}
	return data, nil
}

// pathErr drops the path an *fs.PathError repeats, since the message names it already.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
