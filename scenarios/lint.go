package scenarios

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// LintResult is what a lint run found: how many files it read, their problems in
// file order, and the paths it could not lint at all.
type LintResult struct {
	Files       int
	Diagnostics Diagnostics
	// Err joins one sentence per path that could not be linted (missing, a folder
	// without scenario files); nil when every path was read.
	Err error
}

// LintFiles checks files and folders (a folder means its *.yaml and *.yml files) and
// the ids across all of them. The error is only for paths that could not be read.
func LintFiles(paths []string) (Diagnostics, error) {
	r := Lint(paths)
	return r.Diagnostics, r.Err
}

// Lint is LintFiles with the count of files read, for a summary line.
func Lint(paths []string) LintResult {
	files, err := expandPaths(paths)
	var results []parsed
	for _, file := range files {
		results = append(results, parseFile(file))
	}
	return LintResult{Files: len(files), Diagnostics: crossCheck(results), Err: err}
}

// LintBuiltin checks the embedded library the same way.
func LintBuiltin() LintResult {
	results := parseEmbedded()
	return LintResult{Files: len(results), Diagnostics: crossCheck(results)}
}

// crossCheck adds the problems that need several files (duplicate ids) to each
// file's own and returns them all, file by file.
func crossCheck(results []parsed) Diagnostics {
	var all Diagnostics
	firstSource := map[string]string{}
	for _, p := range results {
		diags := p.diags
		if s := p.scenario; s != nil && s.ID != "" {
			if other, dup := firstSource[s.ID]; dup {
				diags = append(diags, p.idDiagnostic(duplicateIDMessage(s.ID, other)))
				diags.sortByPosition()
			} else {
				firstSource[s.ID] = s.Source
			}
		}
		all = append(all, diags...)
	}
	return all
}

// expandPaths turns the command line into files: folders become their YAML files.
// A path that is missing, or a folder without YAML files, is one sentence in the error.
func expandPaths(paths []string) ([]string, error) {
	var files []string
	var problems []error
	seen := map[string]bool{}
	add := func(file string) {
		// The same file named twice (or inside a named folder) is linted once,
		// so it is not reported as a duplicate of itself.
		if clean := filepath.Clean(file); !seen[clean] {
			seen[clean] = true
			files = append(files, file)
		}
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			problems = append(problems, fmt.Errorf("%s: %s", p, openProblem(err)))
			continue
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		inDir, skipped, err := yamlFilesIn(p)
		for _, d := range skipped {
			problems = append(problems, errors.New(d.String()))
		}
		switch {
		case err != nil:
			problems = append(problems, fmt.Errorf("%s: cannot list the folder: %v", p, err))
		case len(inDir) == 0 && len(skipped) == 0:
			problems = append(problems, fmt.Errorf("%s: folder has no .yaml or .yml files", p))
		}
		for _, f := range inDir {
			add(f)
		}
	}
	return files, errors.Join(problems...)
}
