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

// readScenarioFile reads a file, refusing folders and files over MaxFileSize before
// reading them, so a huge file never fills memory.
func readScenarioFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, errors.New(openProblem(err))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("cannot read the file: %v", err)
	}
	if info.IsDir() {
		return nil, errors.New("this is a folder, not a scenario file")
	}
	if info.Size() > MaxFileSize {
		return nil, fmt.Errorf("file is %s; a scenario file may be at most 1 MiB", sizeString(info.Size()))
	}
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
func yamlFilesIn(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, e := range entries {
		if !e.IsDir() && isYAMLName(e.Name()) {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(files)
	return files, nil
}

func isYAMLName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return (ext == ".yaml" || ext == ".yml") && !strings.HasPrefix(name, ".")
}
