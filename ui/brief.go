package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scenarios"
)

// showBrief fills the brief panel: what happened, who the customer is, what the
// trainee may do. With no scenario it says how to begin. The brief is one rich
// text so its wrapped paragraphs never overlap as the panel resizes.
func (p *picker) showBrief(sc *scenarios.Scenario) {
	p.brief.RemoveAll()
	if sc == nil && len(p.all) > 0 && len(p.shown) == 0 {
		p.brief.Add(heading("No scenario selected"))
		p.brief.Add(wrapped("No scenario matches the search. Change it to choose one to practise."))
		return
	}
	if sc == nil {
		p.brief.Add(heading("Choose a scenario"))
		p.brief.Add(wrapped("Pick a customer on the left to read their case, then start a practice conversation. " +
			"You will be graded on empathy, action speed, authority clarity and fairness, with the words that earned every point."))
		return
	}
	p.brief.Add(heading(sc.Title))
	p.brief.Add(caption(fmt.Sprintf("%s of 5   ·   %s   ·   %s, severity %d of 5",
		levelName(sc.Difficulty), sc.Channel, sc.Failure.Kind, sc.Failure.Severity)))
	text := widget.NewRichText(briefSegments(sc)...)
	text.Wrapping = fyne.TextWrapWord
	p.brief.Add(text)
}

// briefSegments writes the case as rich text segments. Scenario text goes in as
// plain text, never through Markdown: Fyne's Markdown reader shows escapes such
// as "\#" literally, and an unescaped "*" or "#" would restyle a trainer's words.
func briefSegments(sc *scenarios.Scenario) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	para := func(text string) {
		segs = append(segs, &widget.TextSegment{Text: text, Style: widget.RichTextStyleParagraph})
	}
	head := func(text string) {
		style := widget.RichTextStyleParagraph
		style.TextStyle = fyne.TextStyle{Bold: true}
		segs = append(segs, &widget.TextSegment{Text: text, Style: style})
	}
	list := func(items []string) {
		l := &widget.ListSegment{}
		for _, it := range items {
			l.Items = append(l.Items, &widget.TextSegment{Text: it, Style: widget.RichTextStyleParagraph})
		}
		segs = append(segs, l)
	}
	if sc.Brief != "" {
		para(sc.Brief)
	}
	head("What happened")
	list(sc.Failure.Facts)
	if sc.Failure.Repeat {
		para("This is a second failure after an earlier recovery.")
	}
	head("The customer")
	para(sc.Customer.Name + " — " + sc.Customer.Persona)
	head("What you may do yourself")
	var powers []string
	for _, a := range sc.Authority {
		powers = append(powers, actionTitle(a.Kind)+": "+authorityDetail(a))
	}
	list(powers)
	return segs
}

func subhead(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.TextStyle.Bold = true
	return l
}
