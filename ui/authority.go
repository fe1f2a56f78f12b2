package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
)

// maxShortcutActions is how many authority lines get a Ctrl+digit shortcut.
const maxShortcutActions = 9

// authorityCard lists what the trainee may do without asking anyone: one button
// per action, an amount field where the action has a ceiling, and who an
// escalation goes to and how soon.
type authorityCard struct {
	lines   []scenarios.Authority
	amounts []*widget.Entry
	buttons []*widget.Button
	onTake  func(a *scoring.Action, problem string)
	box     *fyne.Container
}

func newAuthorityCard(lines []scenarios.Authority, onTake func(a *scoring.Action, problem string)) *authorityCard {
	c := &authorityCard{lines: lines, onTake: onTake, box: container.NewVBox()}
	for i, l := range lines {
		c.box.Add(c.row(i, l))
	}
	return c
}

func (c *authorityCard) row(i int, l scenarios.Authority) fyne.CanvasObject {
	label := actionTitle(l.Kind)
	if i < maxShortcutActions {
		label = fmt.Sprintf("%s   Ctrl+%d", label, i+1)
	}
	b := widget.NewButton(label, func() { c.take(i) })
	b.Alignment = widget.ButtonAlignLeading
	c.buttons = append(c.buttons, b)
	var amount *widget.Entry
	top := fyne.CanvasObject(b)
	if l.Max > 0 {
		amount = widget.NewEntry()
		amount.SetPlaceHolder("max " + scenarios.Money(l.Max, ""))
		top = container.NewBorder(nil, nil, nil, sized(amount, 96, 0), b)
	}
	c.amounts = append(c.amounts, amount)
	detail := widget.NewLabel(authorityDetail(l))
	detail.SizeName = theme.SizeNameCaptionText
	detail.Wrapping = fyne.TextWrapWord
	return container.NewVBox(top, detail)
}

// take builds the action for line i (1-based shortcut n is i+1). An empty amount
// field means the ceiling, the figure the trainee sees as the placeholder.
func (c *authorityCard) take(i int) {
	if i < 0 || i >= len(c.lines) {
		return
	}
	l := c.lines[i]
	a := &scoring.Action{Kind: l.Kind, Currency: l.Currency, To: l.To, Within: l.Within}
	if l.Max > 0 {
		v, problem := parseAmount(c.amounts[i].Text, l.Max)
		if problem != "" {
			c.onTake(nil, problem)
			return
		}
		a.Amount = v
	}
	c.onTake(a, "")
}

// clearAmounts empties the amount fields once an action was sent; until then a
// figure the trainee typed stays, so a warning they answer with "Change it"
// leaves it there to correct.
func (c *authorityCard) clearAmounts() {
	for _, e := range c.amounts {
		if e != nil {
			e.SetText("")
		}
	}
}

func (c *authorityCard) setEnabled(on bool) {
	for _, b := range c.buttons {
		if on {
			b.Enable()
		} else {
			b.Disable()
		}
	}
}

// parseAmount reads the amount field: empty means the ceiling; otherwise it
// must be money as the authority card counts it (scenarios.AmountProblem), so
// NaN, Inf or 1e-300 never reach the session.
func parseAmount(text string, ceiling float64) (float64, string) {
	t := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(text), "$"))
	if t == "" {
		return ceiling, ""
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil {
		return 0, fmt.Sprintf("The amount %q is not a positive number.", text)
	}
	if why := scenarios.AmountProblem(v); why != "" {
		return 0, fmt.Sprintf("The amount %q was not sent: %s.", text, why)
	}
	return v, ""
}

// authorityDetail is the small print under an action: its ceiling, to whom, when.
func authorityDetail(l scenarios.Authority) string {
	parts := l.Limits()
	if l.Note != "" {
		parts = append(parts, l.Note)
	}
	if len(parts) == 0 {
		return "no ceiling"
	}
	return strings.Join(parts, " · ")
}

// actionTitle turns an action kind into a button label: "follow-up" → "Follow up".
func actionTitle(kind string) string {
	s := strings.ReplaceAll(kind, "-", " ")
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// describeAction is how an action appears in the trainee's own bubble:
// the action's usual wording with its kind as a title, "[Refund 25 USD]".
func describeAction(a *scoring.Action) string {
	return "[" + actionTitle(a.Kind) + strings.TrimPrefix(a.String(), a.Kind) + "]"
}
