package charts

import (
	"strings"
	"testing"
	"time"
)

func TestTimeTicksFitTheRange(t *testing.T) {
	day := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		from, to time.Time
		want     []string
	}{
		{"one morning", day.Add(9 * time.Hour), day.Add(13*time.Hour + 30*time.Minute),
			[]string{"Dec 1 09:00", "10:00", "11:00", "12:00", "13:00"}},
		{"one working day", day.Add(8 * time.Hour), day.Add(18 * time.Hour),
			[]string{"Dec 1 08:00", "10:00", "12:00", "14:00", "16:00", "18:00"}},
		{"nine days", day, day.AddDate(0, 0, 9),
			[]string{"Dec 1", "Dec 3", "Dec 5", "Dec 7", "Dec 9"}},
		{"a year", day, day.AddDate(1, 0, 0),
			[]string{"Jan 2027", "Apr 2027", "Jul 2027", "Oct 2027"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ticks := timeTicks{loc: time.UTC, max: 6}.Ticks(float64(tt.from.Unix()), float64(tt.to.Unix()))
			var got []string
			for _, tk := range ticks {
				got = append(got, tk.Label)
			}
			if strings.Join(got, ", ") != strings.Join(tt.want, ", ") {
				t.Errorf("ticks %v, want %v", got, tt.want)
			}
			seen := map[string]bool{}
			for _, l := range got {
				if seen[l] {
					t.Errorf("label %q repeats", l)
				}
				seen[l] = true
			}
		})
	}
}

func TestFitLabelKeepsLabelsApart(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  string
	}{
		{"Charged twice", 14, "Charged twice"},
		{"The anniversary gift that arrived late", 14, "The\nanniversary…"},
		{"The anniversary gift that arrived late", 20, "The anniversary gift\nthat arrived late"},
		{"supercalifragilistic", 8, "superca…"},
	}
	for _, tt := range tests {
		got := fitLabel(tt.in, tt.width)
		if got != tt.want {
			t.Errorf("fitLabel(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
		for _, line := range strings.Split(got, "\n") {
			if n := len([]rune(line)); n > tt.width {
				t.Errorf("fitLabel(%q, %d) has a %d-character line %q", tt.in, tt.width, n, line)
			}
		}
	}
}
