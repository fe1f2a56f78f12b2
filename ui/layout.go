package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// sized gives o at least the given size, so panels keep their width as text changes.
func sized(o fyne.CanvasObject, w, h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(w, h))
	return container.NewStack(r, o)
}

// heading is a screen or section title.
func heading(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.SizeName = theme.SizeNameSubHeadingText
	l.TextStyle = fyne.TextStyle{Bold: true}
	return l
}

// caption is small, quiet explanatory text that wraps.
func caption(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.SizeName = theme.SizeNameCaptionText
	l.Wrapping = fyne.TextWrapWord
	return l
}

// wrapped is body text that wraps at word boundaries.
func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// section is a titled card: a heading over its content on a subtle background.
func section(title string, content fyne.CanvasObject) fyne.CanvasObject {
	t := widget.NewLabel(title)
	t.TextStyle = fyne.TextStyle{Bold: true}
	return container.NewStack(newThemedRect(theme.ColorNameHeaderBackground),
		container.NewPadded(container.NewBorder(t, nil, nil, nil, content)))
}

// themedRect is a rounded rectangle filled with a theme colour that follows a
// theme change; a plain canvas.Rectangle keeps the colour it was made with.
type themedRect struct {
	widget.BaseWidget
	color fyne.ThemeColorName
}

func newThemedRect(c fyne.ThemeColorName) *themedRect {
	r := &themedRect{color: c}
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer implements fyne.Widget.
func (r *themedRect) CreateRenderer() fyne.WidgetRenderer {
	rect := canvas.NewRectangle(color.Transparent)
	rr := &themedRectRenderer{r: r, rect: rect}
	rr.Refresh()
	return rr
}

type themedRectRenderer struct {
	r    *themedRect
	rect *canvas.Rectangle
}

func (rr *themedRectRenderer) Layout(s fyne.Size)           { rr.rect.Resize(s) }
func (rr *themedRectRenderer) MinSize() fyne.Size           { return fyne.Size{} }
func (rr *themedRectRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{rr.rect} }
func (rr *themedRectRenderer) Destroy()                     {}
func (rr *themedRectRenderer) Refresh() {
	th := rr.r.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	rr.rect.FillColor = th.Color(rr.r.color, v)
	rr.rect.CornerRadius = th.Size(theme.SizeNameSelectionRadius) * 2
	rr.rect.Refresh()
}

// themedText is a canvas text whose colour follows theme changes; the report's
// big total uses it because a label cannot be that large.
type themedText struct {
	widget.BaseWidget
	text  *canvas.Text
	color fyne.ThemeColorName
}

func newThemedText(s string, c fyne.ThemeColorName, size float32, bold bool) *themedText {
	t := &themedText{text: canvas.NewText(s, theme.Color(c)), color: c}
	t.text.TextSize = size
	t.text.TextStyle = fyne.TextStyle{Bold: bold}
	t.ExtendBaseWidget(t)
	return t
}

// CreateRenderer implements fyne.Widget.
func (t *themedText) CreateRenderer() fyne.WidgetRenderer {
	return &themedTextRenderer{t: t, WidgetRenderer: widget.NewSimpleRenderer(t.text)}
}

// baseline is the distance from the top of the text to its baseline.
func (t *themedText) baseline() float32 {
	_, b := fyne.CurrentApp().Driver().RenderedTextSize(t.text.Text, t.text.TextSize, t.text.TextStyle, nil)
	return b
}

type themedTextRenderer struct {
	fyne.WidgetRenderer
	t *themedText
}

func (r *themedTextRenderer) Refresh() {
	r.t.text.Color = r.t.Theme().Color(r.t.color, fyne.CurrentApp().Settings().ThemeVariant())
	r.t.text.Refresh()
}

// baselineLayout sets texts of different sizes side by side on one baseline,
// as a typesetter would: "78" and "out of 100" share the line they stand on.
type baselineLayout struct{ gap float32 }

func (l *baselineLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	top := l.maxBaseline(objs)
	for i, o := range objs {
		m := o.MinSize()
		if i > 0 {
			w += l.gap
		}
		w += m.Width
		h = max(h, top-l.baselineOf(o)+m.Height)
	}
	return fyne.NewSize(w, h)
}

func (l *baselineLayout) Layout(objs []fyne.CanvasObject, _ fyne.Size) {
	top := l.maxBaseline(objs)
	x := float32(0)
	for _, o := range objs {
		m := o.MinSize()
		o.Resize(m)
		o.Move(fyne.NewPos(x, top-l.baselineOf(o)))
		x += m.Width + l.gap
	}
}

func (l *baselineLayout) maxBaseline(objs []fyne.CanvasObject) float32 {
	var b float32
	for _, o := range objs {
		b = max(b, l.baselineOf(o))
	}
	return b
}

func (l *baselineLayout) baselineOf(o fyne.CanvasObject) float32 {
	if t, ok := o.(*themedText); ok {
		return t.baseline()
	}
	return o.MinSize().Height
}

// spinner is an activity indicator that is hidden while idle: a stopped
// widget.Activity still draws its dots, which read as stray marks.
type spinner struct{ *widget.Activity }

func newSpinner() spinner {
	a := widget.NewActivity()
	a.Hide()
	return spinner{a}
}

// Start shows the spinner and animates it.
func (s spinner) Start() {
	s.Activity.Show()
	s.Activity.Start()
}

// Stop halts and hides the spinner.
func (s spinner) Stop() {
	s.Activity.Stop()
	s.Activity.Hide()
}

// newReflowScroll is a vertical scroll whose range follows wrapped text. A
// scroll sizes its content from the content's minimum before laying it out,
// but a wrapped label only knows its height at its new width after layout, so
// a narrower window leaves the last rows beyond the scroll range. The reflow
// layout notices the content outgrowing its size and lays the scroll out again.
func newReflowScroll(content fyne.CanvasObject) *container.Scroll {
	l := &reflowLayout{}
	s := container.NewVScroll(container.New(l, content))
	l.scroll = s
	return s
}

type reflowLayout struct {
	scroll *container.Scroll
	busy   bool
}

func (l *reflowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (l *reflowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Resize(size)
	objs[0].Move(fyne.Position{})
	if l.busy || objs[0].MinSize().Height <= size.Height+0.5 {
		return
	}
	l.busy = true // one more pass is enough: the width no longer changes
	l.scroll.Refresh()
	l.busy = false
}

// firstLayout fills its one object and runs then after the first layout that
// gives it a height, for work such as scrolling that needs a laid-out size.
type firstLayout struct {
	then func()
	done bool
}

func (l *firstLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (l *firstLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Resize(size)
	objs[0].Move(fyne.Position{})
	if !l.done && size.Height > 0 {
		l.done = true
		l.then()
	}
}
