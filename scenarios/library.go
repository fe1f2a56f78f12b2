package scenarios

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed library/*.yaml
var libraryFS embed.FS

// builtinPrefix marks the Source of embedded scenarios: "builtin:library/NAME.yaml".
const builtinPrefix = "builtin:"

// Builtin parses the embedded library, sorted by difficulty then id. The library is
// checked by the tests, so an error here means a broken build, not a user mistake.
func Builtin() ([]*Scenario, error) {
	list, diags := parseBuiltin()
	if len(diags) > 0 {
		return list, fmt.Errorf("built-in scenario library: %w", diags)
	}
	return list, nil
}

// parseBuiltin parses every embedded file, keeping the ones without problems.
func parseBuiltin() ([]*Scenario, Diagnostics) {
	results := parseEmbedded()
	var list []*Scenario
	seen := map[string]bool{}
	for _, p := range results {
		if p.scenario != nil && len(p.diags) == 0 && !seen[p.scenario.ID] {
			seen[p.scenario.ID] = true
			list = append(list, p.scenario)
		}
	}
	sortScenarios(list)
	return list, crossCheck(results)
}

// parseEmbedded parses every embedded library file, in name order.
func parseEmbedded() []parsed {
	names, _ := fs.Glob(libraryFS, "library/*.yaml")
	results := make([]parsed, 0, len(names))
	for _, name := range names {
		data, err := libraryFS.ReadFile(name)
		if err != nil {
			results = append(results, parsed{diags: Diagnostics{{Path: builtinPrefix + name, Msg: err.Error()}}})
			continue
		}
		results = append(results, parse(builtinPrefix+name, data))
	}
	return results
}

// sortScenarios orders by difficulty, then id: the order a trainee should meet them.
func sortScenarios(list []*Scenario) {
	sort.SliceStable(list, func(i, j int) bool {
		if list[i].Difficulty != list[j].Difficulty {
			return list[i].Difficulty < list[j].Difficulty
		}
		return list[i].ID < list[j].ID
	})
}

// UserDir is the folder where a trainer's own scenarios live:
// <user config dir>/turnaround/scenarios.
func UserDir() (string, error) {
	base, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the user scenario folder: %w", err)
	}
	return filepath.Join(base, "turnaround", "scenarios"), nil
}

// Library is the set of scenarios a session can choose from: the built-in ones and
// the trainer's own.
type Library struct {
	list []*Scenario
	byID map[string]*Scenario
	// broken holds the problems of user files left out, under the id each file
	// declares and under its file name without the extension, so asking for a
	// broken scenario reports its problems rather than "no scenario with id".
	broken map[string]Diagnostics
	// skipped warns about names in the user folder that are not regular files.
	skipped Diagnostics
}

// LoadLibrary returns the built-in scenarios plus every valid *.yaml / *.yml file in
// userDir ("" or a missing folder means built-ins only). A broken user file is left
// out and its problems are returned, so the app can show them and keep going; a user
// scenario whose id is already taken is left out the same way.
func LoadLibrary(userDir string) (*Library, Diagnostics) {
	builtin, diags := parseBuiltin()
	lib := &Library{byID: make(map[string]*Scenario)}
	for _, s := range builtin {
		lib.add(s)
	}
	if userDir == "" {
		return lib, diags
	}
	files, skipped, err := yamlFilesIn(userDir)
	if err != nil {
		if !os.IsNotExist(err) {
			diags = append(diags, Diagnostic{Path: userDir, Msg: "cannot read the user scenario folder: " + err.Error()})
		}
		return lib, diags
	}
	lib.skipped = skipped
	diags = append(diags, skipped...)
	for _, file := range files {
		p := parseFile(file)
		if len(p.diags) == 0 {
			p.diags = lib.clash(p)
		}
		if len(p.diags) > 0 {
			diags = append(diags, p.diags...)
			lib.remember(file, p)
			continue
		}
		lib.add(p.scenario)
	}
	sortScenarios(lib.list)
	return lib, diags
}

// remember keeps a left-out file's problems for Get. A file whose id clashes with
// a scenario already loaded is not remembered under that id: the id still names
// the loaded scenario.
func (l *Library) remember(file string, p parsed) {
	if l.broken == nil {
		l.broken = make(map[string]Diagnostics)
	}
	stem := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	for _, key := range []string{p.declaredID(), stem} {
		if _, loaded := l.byID[key]; key != "" && !loaded {
			if _, first := l.broken[key]; !first {
				l.broken[key] = p.diags
			}
		}
	}
}

// declaredID is the id a file wrote, even when the file has problems.
func (p parsed) declaredID() string {
	if p.scenario == nil {
		return ""
	}
	return p.scenario.ID
}

// Warnings lists the names in the user folder that were skipped because they are
// not regular files (a named pipe, a device), so commands can say so.
func (l *Library) Warnings() Diagnostics {
	return append(Diagnostics(nil), l.skipped...)
}

func (l *Library) add(s *Scenario) {
	l.list = append(l.list, s)
	l.byID[s.ID] = s
}

// clash reports a scenario whose id the library already holds.
func (l *Library) clash(p parsed) Diagnostics {
	other, taken := l.byID[p.scenario.ID]
	if !taken {
		return nil
	}
	return Diagnostics{p.idDiagnostic(duplicateIDMessage(p.scenario.ID, other.Source))}
}

func duplicateIDMessage(id, otherSource string) string {
	return fmt.Sprintf("id %q is already used by %s; give this scenario its own id", id, otherSource)
}

// All returns every scenario, sorted by difficulty then id.
func (l *Library) All() []*Scenario {
	return append([]*Scenario(nil), l.list...)
}

// Get finds a scenario by id; the error wraps ErrNotFound. When the id names a user
// file that was left out for its problems (by the id it declares or by its file
// name), the error is that file's Diagnostics, which match ErrInvalid.
func (l *Library) Get(id string) (*Scenario, error) {
	if s, ok := l.byID[id]; ok {
		return s, nil
	}
	if diags, ok := l.broken[id]; ok {
		return nil, diags
	}
	return nil, fmt.Errorf("%w: no scenario with id %q; run 'turnaround scenarios' for the list", ErrNotFound, id)
}

// Load finds a scenario by file path (anything containing a slash or ending in
// .yaml/.yml) or by library id. A nil lib means the built-in library. A missing file
// or id matches ErrNotFound; a broken file returns its Diagnostics, which match ErrInvalid.
func Load(idOrPath string, lib *Library) (*Scenario, error) {
	if looksLikePath(idOrPath) {
		if _, err := os.Stat(idOrPath); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%w: %s does not exist", ErrNotFound, idOrPath)
		}
		s, diags := ParseFile(idOrPath)
		if len(diags) > 0 {
			return nil, diags
		}
		return s, nil
	}
	if lib == nil {
		lib, _ = LoadLibrary("")
	}
	return lib.Get(idOrPath)
}

func looksLikePath(s string) bool {
	ext := strings.ToLower(path.Ext(s))
	return strings.ContainsAny(s, `/\`) || ext == ".yaml" || ext == ".yml"
}
