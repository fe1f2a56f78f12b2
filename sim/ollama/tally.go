package ollama

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Tally counts where a session's customer lines came from: worded by the model,
// or scripted because the model could not be used, by reason.
type Tally struct {
	Model    int
	Fallback map[string]int
}

// fallbackReasons name each kind of failure in a tally, in the order checked.
var fallbackReasons = []struct {
	kind error
	name string
}{
	{ErrModelMissing, "model not installed"},
	{ErrUnavailable, "Ollama not answering"},
	{ErrSlow, "too slow"},
	{ErrBrokenStream, "broken answer"},
	{ErrOutOfCharacter, "out of character"},
	{ErrIncoherent, "not coherent"},
}

// reasonOf names why a line fell back.
func reasonOf(err error) string {
	for _, r := range fallbackReasons {
		if errors.Is(err, r.kind) {
			return r.name
		}
	}
	return "other failure"
}

// count adds one line to the tally: from the model when why is nil.
func (v *Voice) count(why error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if why == nil {
		v.tally.Model++
		return
	}
	if v.tally.Fallback == nil {
		v.tally.Fallback = map[string]int{}
	}
	v.tally.Fallback[reasonOf(why)]++
}

// Tally returns the counts so far.
func (v *Voice) Tally() Tally {
	v.mu.Lock()
	defer v.mu.Unlock()
	t := Tally{Model: v.tally.Model, Fallback: map[string]int{}}
	for k, n := range v.tally.Fallback {
		t.Fallback[k] = n
	}
	return t
}

// Scripted is the number of lines that fell back to the script.
func (t Tally) Scripted() int {
	n := 0
	for _, c := range t.Fallback {
		n += c
	}
	return n
}

// String words the tally for a report: "customer lines: 5 from the model, 2
// scripted (1 too slow, 1 not coherent)".
func (t Tally) String() string {
	s := fmt.Sprintf("customer lines: %d from the model, %d scripted", t.Model, t.Scripted())
	if len(t.Fallback) == 0 {
		return s
	}
	reasons := make([]string, 0, len(t.Fallback))
	for k := range t.Fallback {
		reasons = append(reasons, k)
	}
	// Most frequent first; ties by name, so the line is the same every time.
	sort.Slice(reasons, func(i, j int) bool {
		a, b := t.Fallback[reasons[i]], t.Fallback[reasons[j]]
		return a > b || (a == b && reasons[i] < reasons[j])
	})
	parts := make([]string, len(reasons))
	for i, k := range reasons {
		parts[i] = fmt.Sprintf("%d %s", t.Fallback[k], k)
	}
	return s + " (" + strings.Join(parts, ", ") + ")"
}
