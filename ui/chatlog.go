package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// liveMessages is how many chat rows stay laid out. Every row is measured on
// every frame, so a long session would slow each reply down; older rows fold
// away behind a button (the report always shows the whole conversation).
// Folding relays the whole column out, so it happens foldStep rows at a time.
const (
	liveMessages = 12
	foldStep     = 8
)

// chatLog is the conversation's column of bubbles and notes, folding the
// oldest rows once there are more than liveMessages.
type chatLog struct {
	box      *fyne.Container // what is laid out: the fold button, then live rows
	live     []fyne.CanvasObject
	folded   []fyne.CanvasObject
	expanded bool
	more     *widget.Button
}

func newChatLog() *chatLog {
	c := &chatLog{box: container.NewVBox()}
	c.more = widget.NewButtonWithIcon("", theme.MoreVerticalIcon(), c.expand)
	c.more.Importance = widget.LowImportance
	return c
}

// add appends a row, folding the oldest when the live rows are too many.
func (c *chatLog) add(o fyne.CanvasObject) {
	c.live = append(c.live, o)
	if !c.expanded && len(c.live) > liveMessages+foldStep {
		n := len(c.live) - liveMessages
		c.folded = append(c.folded, c.live[:n]...)
		c.live = append([]fyne.CanvasObject(nil), c.live[n:]...)
		c.rebuild()
		return
	}
	c.box.Add(o)
}

// remove takes a row out, for the streaming bubble replaced by the final reply.
func (c *chatLog) remove(o fyne.CanvasObject) {
	for i, l := range c.live {
		if l == o {
			c.live = append(c.live[:i], c.live[i+1:]...)
			c.box.Remove(o)
			return
		}
	}
}

// expand shows every row again; the trainee asked to scroll back.
func (c *chatLog) expand() {
	c.expanded = true
	c.live = append(c.folded, c.live...)
	c.folded = nil
	c.rebuild()
}

func (c *chatLog) rebuild() {
	objs := make([]fyne.CanvasObject, 0, len(c.live)+1)
	if len(c.folded) > 0 {
		c.more.SetText(fmt.Sprintf("Show %d earlier messages", len(c.folded)))
		objs = append(objs, container.NewCenter(c.more))
	}
	c.box.Objects = append(objs, c.live...)
	c.box.Refresh()
}

// rows counts every row, folded or not.
func (c *chatLog) rows() int { return len(c.folded) + len(c.live) }
