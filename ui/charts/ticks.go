package charts

import (
	"strings"
	"time"

	"gonum.org/v1/plot"
)

// timeTicks labels a time axis (Unix seconds) with steps that fit its range:
// hours within a day, days within a few weeks, months beyond. Fixed-format
// ticks printed "Dec 1, Dec 1, Dec 1" for sessions on one day.
type timeTicks struct {
	loc *time.Location
	max int // most labelled ticks that fit the chart's width
}

// tickSteps are the candidate steps, finest first, each with its label format.
var tickSteps = []struct {
	step   time.Duration
	months int
	format string
}{
	{time.Hour, 0, "15:04"}, {2 * time.Hour, 0, "15:04"}, {3 * time.Hour, 0, "15:04"},
	{6 * time.Hour, 0, "15:04"}, {12 * time.Hour, 0, "Jan 2 15:04"},
	{24 * time.Hour, 0, "Jan 2"}, {2 * 24 * time.Hour, 0, "Jan 2"}, {7 * 24 * time.Hour, 0, "Jan 2"},
	{14 * 24 * time.Hour, 0, "Jan 2"},
	{0, 1, "Jan 2006"}, {0, 3, "Jan 2006"}, {0, 6, "Jan 2006"}, {0, 12, "2006"},
}

// Ticks implements plot.Ticker.
func (tt timeTicks) Ticks(lo, hi float64) []plot.Tick {
	loc := tt.loc
	if loc == nil {
		loc = time.Local
	}
	from, to := time.Unix(int64(lo), 0).In(loc), time.Unix(int64(hi), 0).In(loc)
	for _, s := range tickSteps {
		var ticks []plot.Tick
		for t := firstTick(from, s.step, s.months); !t.After(to); t = nextTick(t, s.step, s.months) {
			ticks = append(ticks, plot.Tick{Value: float64(t.Unix()), Label: t.Format(s.format)})
			if len(ticks) > tt.max {
				break
			}
		}
		if len(ticks) <= tt.max && len(ticks) > 0 {
			return withDayOnFirst(ticks, s.format)
		}
	}
	return []plot.Tick{{Value: lo, Label: from.Format("Jan 2006")}, {Value: hi, Label: to.Format("Jan 2006")}}
}

// withDayOnFirst dates the first of a run of hour labels, so "09:00" says which day.
func withDayOnFirst(ticks []plot.Tick, format string) []plot.Tick {
	if format == "15:04" {
		t := time.Unix(int64(ticks[0].Value), 0)
		ticks[0].Label = t.Format("Jan 2 15:04")
	}
	return ticks
}

func firstTick(from time.Time, step time.Duration, months int) time.Time {
	if months > 0 {
		t := time.Date(from.Year(), from.Month(), 1, 0, 0, 0, 0, from.Location())
		for t.Before(from) || (int(t.Month())-1)%months != 0 {
			t = t.AddDate(0, 1, 0)
		}
		return t
	}
	day := time.Date(from.Year(), from.Month(), from.Day(), 0, 0, 0, 0, from.Location())
	t := day
	for t.Before(from) {
		t = t.Add(step)
	}
	return t
}

func nextTick(t time.Time, step time.Duration, months int) time.Time {
	if months > 0 {
		return t.AddDate(0, months, 0)
	}
	return t.Add(step)
}

// fitLabel wraps a category label onto at most two lines of width chars,
// ending in "…" when it is longer, so neighbouring labels never overlap.
func fitLabel(s string, width int) string {
	width = max(width, 4)
	words := strings.Fields(s)
	var lines []string
	cur := ""
	for _, w := range words {
		switch {
		case cur == "":
			cur = w
		case len(cur)+1+len(w) <= width:
			cur += " " + w
		default:
			lines = append(lines, cur)
			cur = w
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	for i, l := range lines {
		if len([]rune(l)) > width {
			lines[i] = string([]rune(l)[:width-1]) + "…"
		}
	}
	if len(lines) > 2 {
		last := []rune(lines[1])
		if len(last) >= width {
			last = last[:width-1]
		}
		lines = []string{lines[0], string(last) + "…"}
	}
	return strings.Join(lines, "\n")
}
