package scenarios

import (
	"fmt"
	"strings"
)

// BuiltinText returns the YAML a built-in scenario was parsed from, so the
// Author screen can show it read-only and duplicate it for editing.
func BuiltinText(s *Scenario) ([]byte, error) {
	if s == nil || !s.IsBuiltin() {
		return nil, fmt.Errorf("scenario is not built in")
	}
	data, err := libraryFS.ReadFile(strings.TrimPrefix(s.Source, builtinPrefix))
	if err != nil {
		return nil, fmt.Errorf("read built-in scenario %s: %w", s.ID, err)
	}
	return data, nil
}
