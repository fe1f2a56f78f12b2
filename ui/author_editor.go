package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// codeEditor is the YAML editor with line numbers in a gutter beside it, so a
// problem "at line 17" can be found by eye. The entry is as tall as its text
// and one scroll moves entry and gutter together, which keeps them in line.
type codeEditor struct {
	entry  *widget.Entry
	gutter *widget.Label
	scroll *container.Scroll
	lines  int
}

func newCodeEditor() *codeEditor {
	e := &codeEditor{entry: widget.NewMultiLineEntry(), gutter: widget.NewLabel("1")}
	e.entry.TextStyle = fyne.TextStyle{Monospace: true}
	e.entry.Wrapping = fyne.TextWrapOff
	e.gutter.TextStyle = fyne.TextStyle{Monospace: true}
	e.gutter.Alignment = fyne.TextAlignTrailing
	e.gutter.Importance = widget.LowImportance
	e.scroll = container.NewVScroll(container.NewBorder(nil, nil, e.gutter, nil, e.entry))
	return e
}

// sync numbers the gutter and grows the entry to the text's line count.
func (e *codeEditor) sync() {
	n := strings.Count(e.entry.Text, "\n") + 1
	if n == e.lines {
		return
	}
	e.lines = n
	var b strings.Builder
	for i := 1; i <= n; i++ {
		if i > 1 {
			b.WriteByte('\n')
		}
		b.WriteString(strconv.Itoa(i))
	}
	e.gutter.SetText(b.String())
	e.entry.SetMinRowsVisible(n)
}

// showLine scrolls so that line (1-based) is in view.
func (e *codeEditor) showLine(line int) {
	if e.lines == 0 {
		return
	}
	row := e.gutter.MinSize().Height / float32(e.lines)
	y := row*float32(line-1) - e.scroll.Size().Height/3
	e.scroll.ScrollToOffset(fyne.NewPos(0, max(y, 0)))
}
