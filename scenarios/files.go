package scenarios

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ParseFile reads and parses one scenario file from disk. Problems reading the file
// (missing, a folder, too large) come back as one diagnostic without a position.
func ParseFile(path string) (*Scenario, Diagnostics) {
	p := parseFile(path)
	return p.scenario, p.diags
}

func parseFile(path string) parsed {
	data, err := readScenarioFile(path)
	if err != nil {
		return parsed{diags: Diagnostics{{Path: path, Msg: err.Error()}}}
	}
	return parse(path, data)
}

// readScenarioFile reads a file, refusing folders, pipes, devices and files over
// MaxFileSize before reading them, so a huge file never fills memory and a pipe
// with no writer never blocks. It looks before it opens: opening a named pipe
// waits for a writer.
func readScenarioFile(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, errors.New(openProblem(err))
	}
	if info.IsDir() {
		return nil, errors.New("this is a folder, not a scenario file")
	}
	if !info.Mode().IsRegular() {
		return nil, errors.New(notRegularProblem(info.Mode()))
	}
	if info.Size() > MaxFileSize {
		return nil, fmt.Errorf("file is %s; a scenario file may be at most 1 MiB", sizeString(info.Size()))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, errors.New(openProblem(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read the file: %v", err)
	}
	return data, nil
}

// openProblem says in one sentence why a path could not be opened.
func openProblem(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied; Turnaround may not read this file"
	}
	return "cannot open: " + err.Error()
}

// yamlFilesIn lists the *.yaml and *.yml files directly inside dir, sorted by name.
// A name that is not a regular file (a named pipe, a device, a socket) is left out
// with a warning: opening a pipe blocks until something writes to it, and a device
// may never end, so reading one would hang every command that loads the library.
func yamlFilesIn(dir string) ([]string, Diagnostics, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	var files []string
	var skipped Diagnostics
	for _, e := range entries {
		if e.IsDir() || !isYAMLName(e.Name()) {
			continue
		}
		path := filepath.Join(dir, e.Name())
		if mode, regular := regularFile(path, e); !regular {
			skipped = append(skipped, Diagnostic{Path: path, Msg: "skipped: " + notRegularProblem(mode)})
			continue
		}
		files = append(files, path)
	}
	sort.Strings(files)
	return files, skipped, nil
}

// regularFile reports whether a folder entry is (or links to) a regular file,
// without opening it.
func regularFile(path string, e fs.DirEntry) (fs.FileMode, bool) {
	if e.Type().IsRegular() {
		return e.Type(), true
	}
	info, err := os.Stat(path) // follows a symlink to what it names
	if err != nil {
		return e.Type(), false
	}
	return info.Mode(), info.Mode().IsRegular()
}

// notRegularProblem says what a non-regular file is, in one clause.
func notRegularProblem(mode fs.FileMode) string {
	kind := "something other than a regular file"
	switch {
	case mode&fs.ModeNamedPipe != 0:
		kind = "a named pipe"
	case mode&fs.ModeDevice != 0, mode&fs.ModeCharDevice != 0:
		kind = "a device"
	case mode&fs.ModeSocket != 0:
		kind = "a socket"
	case mode&fs.ModeSymlink != 0:
		kind = "a broken link"
	}
	return "this is " + kind + ", not a scenario file"
}

func isYAMLName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return (ext == ".yaml" || ext == ".yml") && !strings.HasPrefix(name, ".")
}
