// Package turnaround describes the app itself: its name, id, version and icon
// path, read from FyneApp.toml, the one file the fyne packaging tool also reads.
// The binary shows the same version in Settings that the package was made with.
package turnaround

import (
	_ "embed"
	"fmt"

	"github.com/BurntSushi/toml"
)

//go:embed FyneApp.toml
var fyneAppTOML []byte

// About is what FyneApp.toml says about the app.
type About struct {
	Website string
	Details struct {
		Icon    string
		Name    string
		ID      string
		Version string
		Build   int
	}
}

// AppInfo returns the app's description. FyneApp.toml is embedded at build
// time, so an error here is a broken source tree, reported as such.
func AppInfo() (About, error) {
	var a About
	if _, err := toml.Decode(string(fyneAppTOML), &a); err != nil {
		return About{}, fmt.Errorf("FyneApp.toml: %w", err)
	}
	return a, nil
}

// VersionText is the version as people read it, e.g. "0.1.0 (build 1)".
func (a About) VersionText() string {
	return fmt.Sprintf("%s (build %d)", a.Details.Version, a.Details.Build)
}
