package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scenarios"
)

// showBrief fills the brief panel: what happened, who the customer is, what the
// trainee may do. With no scenario it says how to begin.
func (p *picker) showBrief(sc *scenarios.Scenario) {
	p.brief.RemoveAll()
	if sc == nil {
		p.brief.Add(heading("Choose a scenario"))
		p.brief.Add(wrapped("Pick a customer on the left to read their case, then start a practice conversation. " +
			"You will be graded on empathy, action speed, authority clarity and fairness, with the words that earned every point."))
		return
	}
	p.brief.Add(heading(sc.Title))
	p.brief.Add(caption(fmt.Sprintf("%s of 5   ·   %s   ·   %s, severity %d of 5",
		levelName(sc.Difficulty), sc.Channel, sc.Failure.Kind, sc.Failure.Severity)))
	if sc.Brief != "" {
		p.brief.Add(wrapped(sc.Brief))
	}
	p.brief.Add(subhead("What happened"))
	p.brief.Add(bullets(sc.Failure.Facts))
	if sc.Failure.Repeat {
		p.brief.Add(caption("This is a second failure after an earlier recovery."))
	}
	p.brief.Add(subhead("The customer"))
	p.brief.Add(wrapped(fmt.Sprintf("%s — %s", sc.Customer.Name, sc.Customer.Persona)))
	p.brief.Add(subhead("What you may do yourself"))
	var lines []string
	for _, a := range sc.Authority {
		lines = append(lines, actionTitle(a.Kind)+": "+authorityDetail(a))
	}
	p.brief.Add(bullets(lines))
}

func subhead(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.TextStyle = fyne.TextStyle{Bold: true}
	return l
}

func bullets(items []string) *widget.Label {
	var b strings.Builder
	for i, it := range items {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("•  " + it)
	}
	return wrapped(b.String())
}
