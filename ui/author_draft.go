package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Drafting a scenario from a real complaint: the trainer pastes a customer's
// email or chat, the local model drafts the YAML, and the draft opens in the
// editor as a new, unsaved file with live lint. Nothing is written or listed
// until the trainer saves, as with any new scenario.

// draftNeedsModel is what the button says when no model can draft.
const draftNeedsModel = "Drafting a scenario from a complaint needs the local model: in Settings, turn on " +
	"\"Let a local model word the customer's replies (Ollama)\" and pick a model, for example qwen2.5:0.5b."

// askDraft asks for the complaint, unless drafting cannot work or would
// replace unsaved work.
func (a *Author) askDraft() {
	switch {
	case a.deps.Draft == nil:
		a.banner.show(draftNeedsModel)
		return
	case a.unsaved():
		a.banner.show("Save the scenario you are editing first: the draft opens in its place.")
		return
	case a.win == nil:
		return
	}
	complaint := widget.NewMultiLineEntry()
	complaint.SetPlaceHolder("Paste the customer's complaint email or chat here…")
	complaint.Wrapping = fyne.TextWrapWord
	complaint.SetMinRowsVisible(10)
	d := dialog.NewCustomConfirm("Draft a scenario from a complaint", "Draft", "Cancel",
		draftForm(complaint, "The local model drafts the scenario; you check it and save it yourself."),
		func(ok bool) {
			if ok {
				a.draftFrom(complaint.Text)
			}
		}, a.win)
	d.Resize(fyne.NewSize(640, 420))
	d.Show()
}

// draftForm stacks the entry above a caption.
func draftForm(entry *widget.Entry, note string) fyne.CanvasObject {
	return widget.NewForm(widget.NewFormItem("", entry), widget.NewFormItem("", caption(note)))
}

// draftFrom asks the model off the UI thread and opens the draft as a new,
// unsaved file, or shows why there is none.
func (a *Author) draftFrom(complaint string) {
	if a.deps.Draft == nil {
		a.banner.show(draftNeedsModel)
		return
	}
	a.banner.show("Drafting… a small model on a laptop may take a minute or two.")
	go func() {
		yaml, err := a.deps.Draft(context.Background(), complaint)
		do(func() {
			if err != nil {
				a.banner.show("No draft: " + err.Error())
			} else {
				a.load(doc{}, yaml)
				a.banner.show("The draft is open and not saved. Check every line and the problems below, then Save.")
			}
			if a.OnDrafted != nil {
				a.OnDrafted()
			}
		})
	}()
}

// unsaved reports whether the editor holds work a draft would replace.
func (a *Author) unsaved() bool { return a.dirty() }
