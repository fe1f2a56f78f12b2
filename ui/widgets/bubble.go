package widgets

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Side says which side of the chat a bubble sits on.
type Side int

// Customers speak from the left, the trainee from the right, system notes centred.
const (
	SideCustomer Side = iota
	SideAgent
)

// bubbleGutter is the empty space on the far side of a bubble, so a long message
// still reads as one side of a conversation.
const bubbleGutter = 96

// Bubble is one chat message: who said it, when, and the words, on a rounded card.
type Bubble struct {
	widget.BaseWidget
	Side Side
	// Header is the small line above the text, e.g. "Dana · 0:14".
	Header string
	Text   string
	text   *widget.Label
	header *widget.Label
}

// NewBubble returns a bubble for one message.
func NewBubble(side Side, header, text string) *Bubble {
	b := &Bubble{Side: side, Header: header, Text: text}
	b.ExtendBaseWidget(b)
	return b
}

// SetText replaces the message, for replies that stream in piece by piece.
func (b *Bubble) SetText(text string) {
	b.Text = text
	if b.text != nil {
		b.text.SetText(text)
	}
	b.Refresh()
}

// CreateRenderer lays the card out with a gutter on the far side.
func (b *Bubble) CreateRenderer() fyne.WidgetRenderer {
	b.text = widget.NewLabel(b.Text)
	b.text.Wrapping = fyne.TextWrapWord
	b.header = widget.NewLabel(b.Header)
	b.header.SizeName = theme.SizeNameCaptionText
	b.header.Importance = widget.LowImportance
	bg := canvas.NewRectangle(b.fill())
	bg.CornerRadius = theme.Size(theme.SizeNameSelectionRadius) * 2
	card := container.NewStack(bg, b.text)
	row := container.New(&fitLayout{b: b}, card)
	header := container.NewHBox(b.header)
	if b.Side == SideAgent {
		header = container.NewHBox(layout.NewSpacer(), b.header)
	}
	return &bubbleRenderer{b: b, bg: bg, box: container.NewVBox(header, row)}
}

// fitLayout sizes the card to its text: a short message gets a short bubble, a
// long one wraps within the row less the gutter. Customer cards sit left,
// the trainee's right.
type fitLayout struct{ b *Bubble }

func (l *fitLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := objs[0].MinSize() // a wrapped label reports its height at its last width
	return fyne.NewSize(bubbleGutter, m.Height)
}

func (l *fitLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	card := objs[0]
	w := min(l.b.naturalWidth(), size.Width-bubbleGutter)
	card.Resize(fyne.NewSize(w, size.Height))
	card.Resize(fyne.NewSize(w, card.MinSize().Height))
	x := float32(0)
	if l.b.Side == SideAgent {
		x = size.Width - w
	}
	card.Move(fyne.NewPos(x, 0))
}

// naturalWidth is the card width that fits the longest line unwrapped.
func (b *Bubble) naturalWidth() float32 {
	var w float32
	for _, line := range strings.Split(b.Text, "\n") {
		w = max(w, fyne.MeasureText(line, theme.TextSize(), fyne.TextStyle{}).Width)
	}
	return w + 2*theme.InnerPadding() + 2 // rounding slack so a line never wraps early
}

// fill is the card colour: the accent, faintly, for the trainee; a neutral for the customer.
func (b *Bubble) fill() color.Color {
	if b.Side == SideAgent {
		r, g, bl, _ := theme.Color(theme.ColorNamePrimary).RGBA()
		return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(bl >> 8), A: 0x38}
	}
	return theme.Color(theme.ColorNameInputBackground)
}

type bubbleRenderer struct {
	b   *Bubble
	bg  *canvas.Rectangle
	box *fyne.Container
}

func (r *bubbleRenderer) Layout(s fyne.Size)           { r.box.Resize(s) }
func (r *bubbleRenderer) MinSize() fyne.Size           { return r.box.MinSize() }
func (r *bubbleRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.box} }
func (r *bubbleRenderer) Destroy()                     {}

func (r *bubbleRenderer) Refresh() {
	r.bg.FillColor = r.b.fill()
	r.bg.Refresh()
	r.b.header.SetText(r.b.Header)
	if r.b.text.Text != r.b.Text {
		r.b.text.SetText(r.b.Text)
	}
	r.box.Refresh()
}

// NewNote returns a centred, quiet line for what the system says about a turn,
// such as an action refused because it is beyond the authority card.
func NewNote(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Alignment = fyne.TextAlignCenter
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.WarningImportance
	l.SizeName = theme.SizeNameCaptionText
	return l
}
