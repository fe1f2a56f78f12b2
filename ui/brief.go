package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scenarios"
)

// showBrief fills the brief panel: what happened, who the customer is, what the
// trainee may do. With no scenario it says how to begin. The brief is one rich
// text so its wrapped paragraphs never overlap as the panel resizes.
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
	text := widget.NewRichTextFromMarkdown(briefMarkdown(sc))
	text.Wrapping = fyne.TextWrapWord
	p.brief.Add(text)
}

// briefMarkdown writes the case as Markdown; scenario text is escaped.
func briefMarkdown(sc *scenarios.Scenario) string {
	var b strings.Builder
	if sc.Brief != "" {
		b.WriteString(mdEscape(sc.Brief) + "\n\n")
	}
	b.WriteString("**What happened**\n\n")
	for _, f := range sc.Failure.Facts {
		b.WriteString("- " + mdEscape(f) + "\n")
	}
	if sc.Failure.Repeat {
		b.WriteString("\nThis is a second failure after an earlier recovery.\n")
	}
	b.WriteString("\n**The customer**\n\n")
	b.WriteString(mdEscape(sc.Customer.Name+" — "+sc.Customer.Persona) + "\n\n")
	b.WriteString("**What you may do yourself**\n\n")
	for _, a := range sc.Authority {
		b.WriteString("- " + mdEscape(actionTitle(a.Kind)+": "+authorityDetail(a)) + "\n")
	}
	return b.String()
}

// mdEscape keeps scenario text literal inside Markdown.
func mdEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `*`, `\*`, `_`, `\_`, "`", "\\`", `#`, `\#`, `[`, `\[`, `]`, `\]`, `<`, `\<`)
	return r.Replace(s)
}

func subhead(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.TextStyle.Bold = true
	return l
}
