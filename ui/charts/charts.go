// Package charts draws the Review screen's charts with gonum.org/v1/plot into
// images, so they look the same in the app, in tests and in screenshots.
// It knows nothing about Turnaround's data beyond series and bars of numbers.
package charts

import (
	"fmt"
	"image"
	"image/color"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// Style is the chart's colours, taken from the app theme so charts match it.
type Style struct {
	Background, Foreground, Grid color.Color
	// Palette colours the series or bar groups in order.
	Palette []color.Color
}

// Series is one line: values over time.
type Series struct {
	Name string
	At   []time.Time
	Y    []float64
}

// Group is one set of bars, one value per label.
type Group struct {
	Name   string
	Values []float64
}

// DPI is the resolution charts render at; sizes are given in device pixels.
const DPI = 96

// Lines draws series over time on a 0..100 axis.
func Lines(title string, series []Series, st Style, w, h int) (image.Image, error) {
	p := newPlot(title, st)
	scoreAxis(p, 100)
	p.X.Tick.Marker = timeTicks{max: max(2, w/110)} // about 110 px per label
	for i, s := range series {
		xys := make(plotter.XYs, len(s.Y))
		for j := range s.Y {
			xys[j] = plotter.XY{X: float64(s.At[j].Unix()), Y: s.Y[j]}
		}
		line, points, err := plotterLinePoints(xys)
		if err != nil {
			return nil, err
		}
		c := st.color(i)
		line.Color, points.Color = c, c
		line.Width = vg.Points(2)
		points.Shape = draw.CircleGlyph{}
		p.Add(line, points)
		p.Legend.Add(s.Name, line)
	}
	p.Legend.Top = true
	p.Legend.Left = true
	return render(p, w, h)
}

// scoreAxis runs the value axis from 0 to max with ticks only up to max, leaving
// headroom for the legend.
func scoreAxis(p *plot.Plot, max float64) {
	p.Y.Min, p.Y.Max = 0, max*headroom
	var ticks plot.ConstantTicks
	for v := 0.0; v <= max; v += max / 4 {
		ticks = append(ticks, plot.Tick{Value: v, Label: fmt.Sprintf("%.0f", v)})
	}
	p.Y.Tick.Marker = ticks
}

func plotterLinePoints(xys plotter.XYs) (*plotter.Line, *plotter.Scatter, error) {
	line, err := plotter.NewLine(xys)
	if err != nil {
		return nil, nil, err
	}
	pts, err := plotter.NewScatter(xys)
	if err != nil {
		return nil, nil, err
	}
	return line, pts, nil
}

// Bars draws groups of bars side by side over labels, on a 0..max axis.
func Bars(title string, labels []string, groups []Group, max float64, st Style, w, h int) (image.Image, error) {
	p := newPlot(title, st)
	scoreAxis(p, max)
	width := vg.Points(float64(w) / float64(max1(len(labels))) / float64(len(groups)+1) * 0.55)
	for i, g := range groups {
		bars, err := plotter.NewBarChart(plotter.Values(g.Values), width)
		if err != nil {
			return nil, err
		}
		bars.Color = st.color(i)
		bars.LineStyle.Width = 0
		bars.Offset = vg.Length(float64(i)-float64(len(groups)-1)/2) * width
		p.Add(bars)
		p.Legend.Add(g.Name, bars)
	}
	p.Legend.Top = true
	// About 6 px a character at the tick font; the axis takes ~70 px.
	chars := (w - 70) / max1(len(labels)) / 6
	fitted := make([]string, len(labels))
	for i, l := range labels {
		fitted[i] = fitLabel(l, chars)
	}
	p.NominalX(fitted...)
	return render(p, w, h)
}

func max1(n int) int {
	if n < 1 {
		return 1
	}
	return n
}

// sans is the chart face: it matches the app's sans-serif text better than the
// plot package's serif default.
var sans = font.Font{Typeface: "Liberation", Variant: "Sans"}

// headroom is the empty band above 100 where the legend sits, clear of the data.
const headroom = 1.3

func newPlot(title string, st Style) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font = font.From(sans, 13)
	p.BackgroundColor = st.Background
	for _, ts := range []*plot.Axis{&p.X, &p.Y} {
		ts.Color = st.Foreground
		ts.Label.TextStyle.Color = st.Foreground
		ts.Label.TextStyle.Font = font.From(sans, 11)
		ts.Tick.Color = st.Foreground
		ts.Tick.Label.Color = st.Foreground
		ts.Tick.Label.Font = font.From(sans, 10)
		ts.LineStyle.Color = st.Foreground
	}
	p.Title.TextStyle.Color = st.Foreground
	p.Legend.TextStyle.Color = st.Foreground
	p.Legend.TextStyle.Font = font.From(sans, 10)
	grid := plotter.NewGrid()
	grid.Vertical.Color = nil
	grid.Horizontal.Color = st.Grid
	p.Add(grid)
	return p
}

func (st Style) color(i int) color.Color {
	if len(st.Palette) == 0 {
		return st.Foreground
	}
	return st.Palette[i%len(st.Palette)]
}

// render draws p at w x h device pixels.
func render(p *plot.Plot, w, h int) (image.Image, error) {
	c := vgimg.NewWith(vgimg.UseWH(vg.Length(w)*vg.Inch/DPI, vg.Length(h)*vg.Inch/DPI), vgimg.UseDPI(DPI))
	p.Draw(draw.New(c))
	return c.Image(), nil
}
