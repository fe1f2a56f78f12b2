package ui

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scenarios"
)

const anyFilter = "Any"

// picker is the Practice screen's first view: find a scenario, read its brief, start.
type picker struct {
	all      []*scenarios.Scenario
	shown    []*scenarios.Scenario
	selected *scenarios.Scenario
	search   *widget.Entry
	level    *widget.Select
	kind     *widget.Select
	list     *widget.List
	empty    *widget.Label // says so when no scenario matches the search
	brief    *fyne.Container
	start    *widget.Button
	// footer sits above the start button; the Practice screen puts the mode
	// choice and the suggested next scenario there.
	footer   *fyne.Container
	onStart  func(sc *scenarios.Scenario)
	onSelect func(sc *scenarios.Scenario)
	content  fyne.CanvasObject
}

func newPicker(all []*scenarios.Scenario, onStart, onSelect func(*scenarios.Scenario)) *picker {
	p := &picker{all: all, shown: all, onStart: onStart, onSelect: onSelect}
	p.search = widget.NewEntry()
	p.search.SetPlaceHolder("Search scenarios, customers, failures…")
	p.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	p.search.OnChanged = func(string) { p.filter() }
	p.level = widget.NewSelect(levelOptions(), func(string) { p.filter() })
	p.level.SetSelected(anyFilter)
	p.kind = widget.NewSelect(kindOptions(all), func(string) { p.filter() })
	p.kind.SetSelected(anyFilter)
	p.list = widget.NewList(p.count, p.newRow, p.updateRow)
	p.list.OnSelected = func(i widget.ListItemID) { p.choose(p.shown[i]) }
	p.empty = wrapped("")
	p.empty.Alignment = fyne.TextAlignCenter
	p.empty.Hide()
	p.brief = container.NewVBox()
	p.footer = container.NewVBox()
	p.start = widget.NewButtonWithIcon("Start practice", theme.MediaPlayIcon(), func() {
		if p.selected != nil {
			p.onStart(p.selected)
		}
	})
	p.start.Importance = widget.HighImportance
	p.start.Disable()
	p.content = p.layout()
	p.showBrief(nil)
	return p
}

func (p *picker) layout() fyne.CanvasObject {
	filters := container.NewGridWithColumns(2,
		container.NewBorder(nil, nil, widget.NewLabel("Difficulty"), nil, p.level),
		container.NewBorder(nil, nil, widget.NewLabel("Failure"), nil, p.kind))
	// The list scrolls to the remembered scenario once it has a size; before
	// that, ScrollTo has no height to scroll within.
	list := container.New(&firstLayout{then: p.scrollToSelected}, p.list)
	left := container.NewBorder(container.NewVBox(p.search, filters), nil, nil, nil,
		container.NewStack(list, container.NewVBox(p.empty)))
	right := container.NewBorder(nil, container.NewPadded(container.NewVBox(p.footer, p.start)), nil, nil,
		container.NewVScroll(container.NewPadded(p.brief)))
	split := container.NewHSplit(left, right)
	split.Offset = 0.42
	return split
}

func levelOptions() []string {
	opts := []string{anyFilter}
	for i := 1; i <= 5; i++ {
		opts = append(opts, levelName(i))
	}
	return opts
}

// kindOptions lists the failure kinds present in the library, sorted.
func kindOptions(all []*scenarios.Scenario) []string {
	seen := map[string]bool{}
	for _, sc := range all {
		seen[sc.Failure.Kind] = true
	}
	kinds := make([]string, 0, len(seen))
	for k := range seen {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	return append([]string{anyFilter}, kinds...)
}

// levelName names a difficulty. It is plain text on purpose: glyphs the UI font
// lacks make Fyne load fallback fonts, which costs tens of megabytes.
func levelName(n int) string { return fmt.Sprintf("Level %d", n) }

// setAll replaces the library, keeping the filters and, if it is still there,
// the selected scenario.
func (p *picker) setAll(all []*scenarios.Scenario) {
	keep := ""
	if p.selected != nil {
		keep = p.selected.ID
	}
	p.all, p.selected = all, nil
	p.kind.SetOptions(kindOptions(all))
	p.filter()
	p.selectID(keep)
}

// filter applies the search text and both filters, keeping the library's
// order. The detail pane always follows the list: a selection the filter hides
// moves to the first scenario shown, and with none shown the brief and Start
// say there is nothing to start.
func (p *picker) filter() {
	if p.list == nil {
		return
	}
	q := strings.ToLower(strings.TrimSpace(p.search.Text))
	p.shown = nil
	for _, sc := range p.all {
		if matches(sc, q, p.level.Selected, p.kind.Selected) {
			p.shown = append(p.shown, sc)
		}
	}
	p.list.UnselectAll()
	p.list.Refresh()
	switch i := p.indexOf(p.selected); {
	case i >= 0:
		p.list.Select(i)
	case len(p.shown) > 0:
		p.list.Select(0)
	default:
		p.selected = nil
		p.start.Disable()
		p.showBrief(nil)
	}
	p.showEmpty(q)
}

// showEmpty explains an empty list: nothing matches, or there is no library.
func (p *picker) showEmpty(q string) {
	switch {
	case len(p.shown) > 0:
		p.empty.Hide()
		return
	case len(p.all) == 0:
		p.empty.SetText("No scenarios are installed.")
	case q != "":
		p.empty.SetText(fmt.Sprintf("No scenarios match “%s”. Clear the search or the filters to see all %d.",
			strings.TrimSpace(p.search.Text), len(p.all)))
	default:
		p.empty.SetText(fmt.Sprintf("No scenarios match these filters. Set them to Any to see all %d.", len(p.all)))
	}
	p.empty.Show()
}

func (p *picker) indexOf(sc *scenarios.Scenario) int {
	for i, s := range p.shown {
		if s == sc && sc != nil {
			return i
		}
	}
	return -1
}

// scrollToSelected brings the selected scenario into view.
func (p *picker) scrollToSelected() {
	if i := p.indexOf(p.selected); i >= 0 {
		p.list.ScrollTo(i)
	}
}

func matches(sc *scenarios.Scenario, q, level, kind string) bool {
	if level != "" && level != anyFilter && level != levelName(sc.Difficulty) {
		return false
	}
	if kind != "" && kind != anyFilter && sc.Failure.Kind != kind {
		return false
	}
	if q == "" {
		return true
	}
	hay := strings.ToLower(strings.Join([]string{sc.ID, sc.Title, sc.Customer.Name, sc.Failure.Kind, sc.Brief}, " "))
	return strings.Contains(hay, q)
}

func (p *picker) count() int { return len(p.shown) }

func (p *picker) newRow() fyne.CanvasObject {
	title := widget.NewLabel("")
	title.TextStyle = fyne.TextStyle{Bold: true}
	title.Truncation = fyne.TextTruncateEllipsis
	meta := widget.NewLabel("")
	meta.SizeName = theme.SizeNameCaptionText
	meta.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(title, meta)
}

func (p *picker) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	sc := p.shown[i]
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(sc.Title)
	box.Objects[1].(*widget.Label).SetText(scenarioMeta(sc))
}

func scenarioMeta(sc *scenarios.Scenario) string {
	return fmt.Sprintf("%s  ·  %s  ·  %s", levelName(sc.Difficulty), sc.Failure.Kind, sc.Customer.Name)
}

// selectID selects the scenario with id, or the first one listed when id is not
// there, so the brief is never empty on start.
func (p *picker) selectID(id string) {
	for i, sc := range p.shown {
		if sc.ID == id {
			p.list.Select(i)
			p.list.ScrollTo(i)
			return
		}
	}
	if len(p.shown) > 0 {
		p.list.Select(0)
	}
}

func (p *picker) choose(sc *scenarios.Scenario) {
	p.selected = sc
	p.start.Enable()
	p.showBrief(sc)
	if p.onSelect != nil {
		p.onSelect(sc)
	}
}

// next returns the scenario listed after sc, wrapping around; nil if none.
func (p *picker) next(sc *scenarios.Scenario) *scenarios.Scenario {
	if len(p.all) == 0 {
		return nil
	}
	for i, s := range p.all {
		if s == sc {
			return p.all[(i+1)%len(p.all)]
		}
	}
	return p.all[0]
}
