package ui

import (
	"context"
	"fmt"
	"image"
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/ui/charts"
)

// Chart sizes in device pixels; the image scales to fit its cell.
const chartW, chartH = 720, 300

// traineeData is everything the trainee view shows, read in one go off the UI thread.
type traineeData struct {
	series   map[scoring.Dimension][]Point
	stats    []ScenarioStat
	sessions []SessionInfo
}

func (r *Review) loadTrainee(name string) {
	r.busy.Start()
	scope := r.scope
	go func() {
		ctx := context.Background()
		var d traineeData
		var err error
		if d.series, err = r.deps.History.DimensionSeries(ctx, name, scope); err == nil {
			if d.stats, err = r.deps.History.ScenarioStats(ctx, name, scope); err == nil {
				d.sessions, err = r.deps.History.Sessions(ctx, name)
			}
		}
		progress, perScenario := r.traineeCharts(d)
		do(func() {
			r.busy.Stop()
			if err != nil {
				r.status.SetText("Could not read " + name + "'s history: " + err.Error())
				return
			}
			r.showDetail(r.traineeView(name, d, progress, perScenario))
			r.loaded()
		})
	}()
}

// traineeCharts renders both charts; it runs off the UI thread because plotting
// takes tens of milliseconds.
func (r *Review) traineeCharts(d traineeData) (image.Image, image.Image) {
	st := chartStyle()
	var series []charts.Series
	points := 0
	for _, dim := range scoring.Dimensions {
		s := charts.Series{Name: dimensionTitles[dim]}
		for _, p := range d.series[dim] {
			s.At = append(s.At, p.At)
			s.Y = append(s.Y, p.Value)
		}
		points += len(s.At)
		series = append(series, s)
	}
	// With no points (a trainee who has only practised, while practice is left
	// out) the plot would be an empty frame dated 1970; chartImage words it.
	var progress image.Image
	if points > 0 {
		progress, _ = charts.Lines("Dimensions over time", series, st, chartW, chartH)
	}
	var labels []string
	first, best, attempts := charts.Group{Name: "First"}, charts.Group{Name: "Best"}, charts.Group{Name: "Attempts ×10"}
	for _, s := range d.stats {
		labels = append(labels, r.scenarioTitle(s.Scenario, s.Title))
		first.Values = append(first.Values, float64(max(s.First, 0)))
		best.Values = append(best.Values, float64(max(s.Best, 0)))
		attempts.Values = append(attempts.Values, float64(s.Attempts*10))
	}
	var perScenario image.Image
	if len(labels) > 0 {
		perScenario, _ = charts.Bars("First vs best total, and attempts, per scenario", labels,
			[]charts.Group{first, best, attempts}, 100, st, chartW, chartH)
	}
	return progress, perScenario
}

func (r *Review) traineeView(name string, d traineeData, progress, perScenario image.Image) fyne.CanvasObject {
	box := container.NewVBox(heading(name))
	box.Add(chartImage(progress))
	if perScenario != nil {
		box.Add(chartImage(perScenario))
	}
	box.Add(subhead("Sessions"))
	for _, s := range d.sessions {
		box.Add(r.sessionRow(s))
	}
	return container.NewVScroll(box)
}

func (r *Review) sessionRow(s SessionInfo) fyne.CanvasObject {
	label := fmt.Sprintf("%s   %s   %s%s", s.Started.Format("2 Jan 15:04"), r.scenarioTitle(s.Scenario, ""),
		endingTitle(s.Ending), modeNote(s))
	total := bold(fmt.Sprint(s.Total))
	if !s.Finished {
		total.SetText("unfinished")
	}
	open := widget.NewButtonWithIcon("Transcript", theme.DocumentIcon(), func() { r.openSession(s.ID) })
	open.Importance = widget.LowImportance
	l := widget.NewLabel(label)
	l.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, total, open, l)
}

// scenarioTitle names a scenario as trainees know it: the stored title, else
// the library's, else its id.
func (r *Review) scenarioTitle(id, stored string) string {
	if stored != "" {
		return stored
	}
	if r.lookup != nil {
		if sc := r.lookup(id); sc != nil && sc.Title != "" {
			return sc.Title
		}
	}
	return id
}

func chartImage(img image.Image) fyne.CanvasObject {
	if img == nil {
		return caption("No scored sessions in this view")
	}
	c := canvas.NewImageFromImage(img)
	c.FillMode = canvas.ImageFillContain
	c.ScaleMode = canvas.ImageScaleSmooth
	c.SetMinSize(fyne.NewSize(chartW*0.75, chartH*0.75))
	return c
}

// teamData is the team view's content.
type teamData struct {
	stats  []ScenarioStat
	losses []RuleLoss
}

func (r *Review) loadTeam() {
	r.busy.Start()
	scope := r.scope
	go func() {
		ctx := context.Background()
		var d teamData
		var err error
		if d.stats, err = r.deps.History.ScenarioStats(ctx, "", scope); err == nil {
			d.losses, err = r.deps.History.RuleLosses(ctx, scope)
		}
		var img image.Image
		if len(d.stats) > 0 {
			g := charts.Group{Name: "Average total"}
			var labels []string
			for _, s := range d.stats {
				labels = append(labels, r.scenarioTitle(s.Scenario, s.Title))
				g.Values = append(g.Values, s.Average)
			}
			img, _ = charts.Bars("Average total per scenario", labels, []charts.Group{g}, 100, chartStyle(), chartW, chartH)
		}
		do(func() {
			r.busy.Stop()
			if err != nil {
				r.status.SetText("Could not read the team history: " + err.Error())
				return
			}
			r.showDetail(r.teamView(d, img))
			r.loaded()
		})
	}()
}

func (r *Review) teamView(d teamData, img image.Image) fyne.CanvasObject {
	box := container.NewVBox(heading("Whole team"), chartImage(img), subhead("Per scenario"))
	grid := container.NewGridWithColumns(3, bold("Scenario"), bold("Attempts"), bold("Average"))
	for _, s := range d.stats {
		// Titles are long: truncated, they leave the trainee list its width.
		title := widget.NewLabel(r.scenarioTitle(s.Scenario, s.Title))
		title.Truncation = fyne.TextTruncateEllipsis
		grid.Add(title)
		grid.Add(widget.NewLabel(fmt.Sprint(s.Attempts)))
		grid.Add(widget.NewLabel(fmt.Sprintf("%.0f", s.Average)))
	}
	box.Add(grid)
	box.Add(subhead("Rules that cost the most points"))
	rules := container.NewGridWithColumns(3, bold("Rule"), bold("Points lost"), bold("Times"))
	for _, l := range byPointsLost(d.losses) {
		b := widget.NewButton(l.Rule, func() { showRule(l.Rule, r.deps.Grader, r.win) })
		b.Importance = widget.LowImportance
		b.Alignment = widget.ButtonAlignLeading
		rules.Add(b)
		rules.Add(widget.NewLabel(fmt.Sprint(l.Points)))
		rules.Add(widget.NewLabel(fmt.Sprint(l.Count)))
	}
	box.Add(rules)
	return container.NewVScroll(box)
}

// chartPalette colours the four dimensions (and bar groups) distinctly on light
// and dark backgrounds.
var chartPalette = []color.Color{
	brandPrimary,
	color.NRGBA{R: 0xe0, G: 0x7a, B: 0x1f, A: 0xff},
	color.NRGBA{R: 0x7b, G: 0x61, B: 0xc9, A: 0xff},
	color.NRGBA{R: 0xd1, G: 0x3f, B: 0x6b, A: 0xff},
}

// chartStyle takes the chart colours from the current theme.
func chartStyle() charts.Style {
	return charts.Style{
		Background: theme.Color(theme.ColorNameBackground),
		Foreground: theme.Color(theme.ColorNameForeground),
		Grid:       theme.Color(theme.ColorNameSeparator),
		Palette:    chartPalette,
	}
}

// byPointsLost orders lost rules costliest first; equal losses keep the
// store's order.
func byPointsLost(losses []RuleLoss) []RuleLoss {
	out := slices.Clone(losses)
	slices.SortStableFunc(out, func(a, b RuleLoss) int { return b.Points - a.Points })
	return out
}
