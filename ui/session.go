package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/sim"
	"github.com/turnaround-app/turnaround/ui/widgets"
)

// sessionView is one running conversation: the chat, the mood meter, the
// authority card and the message entry. Every call into the conversation runs on
// a goroutine; widgets change only inside fyne.Do.
type sessionView struct {
	sc      *scenarios.Scenario
	conv    Conversation
	win     fyne.Window // nil when the view is not in a window yet
	deps    Deps
	started time.Time
	busy    bool
	busyGen int // which wait a delayed spinner belongs to
	done    bool

	chat      *chatLog
	scroll    *container.Scroll
	streaming *widgets.Bubble
	mood      *widgets.MoodMeter
	card      *authorityCard
	input     *widgets.ChatEntry
	timer     *widget.Label
	activity  *widget.Activity
	banner    *banner
	coach     *coachView
	content   fyne.CanvasObject
	stopTimer func()

	// onFinished receives the conversation once it has ended, to score it.
	onFinished func(v *sessionView)
	// onIdle runs after each customer reply is on screen (tests and benchmarks wait on it).
	onIdle func()
}

func newSessionView(sc *scenarios.Scenario, conv Conversation, deps Deps) *sessionView {
	v := &sessionView{sc: sc, conv: conv, deps: deps, started: deps.now()}
	v.chat = newChatLog()
	v.scroll = container.NewVScroll(container.NewPadded(v.chat.box))
	v.mood = widgets.NewMoodMeter(sc.Customer.Mood.Patience)
	v.card = newAuthorityCard(sc.Authority, v.takeAction)
	v.input = widgets.NewChatEntry("Write to " + sc.Customer.Name + "…")
	v.input.OnSend = func(text string) { v.send(text, nil) }
	v.input.OnAction = func(n int) { v.card.take(n - 1) }
	v.timer = widget.NewLabel("0:00")
	v.activity = widget.NewActivity()
	v.activity.Hide()
	v.banner = newBanner()
	v.coach = newCoachView(sc, func(a *scoring.Action) { v.send(v.input.Text, a) })
	v.content = v.layout()
	v.coach.relayout = v.content.Refresh
	return v
}

func (v *sessionView) layout() fyne.CanvasObject {
	end := widget.NewButtonWithIcon("End session", theme.CancelIcon(), v.quit)
	title := heading(v.sc.Title)
	title.Truncation = fyne.TextTruncateEllipsis
	top := container.NewBorder(nil, v.banner.content, nil,
		container.NewHBox(v.activity, widget.NewIcon(theme.HistoryIcon()), v.timer, end), title)
	send := widget.NewButtonWithIcon("Send", theme.MailSendIcon(), func() { v.send(v.input.Text, nil) })
	send.Importance = widget.HighImportance
	hint := caption("Enter sends · Shift+Enter starts a new line · Ctrl+1–9 takes an action from your authority card")
	bottom := container.NewBorder(v.coach.warnBox, container.NewVBox(v.coach.hintBox, hint), nil, send, v.input)
	side := container.NewVScroll(container.NewVBox(
		section("Case facts", v.coach.facts),
		section("How "+v.sc.Customer.Name+" feels", container.NewVBox(v.mood, v.coach.leaving)),
		section("Your authority", v.card.box)))
	return v.banner.in(container.NewBorder(container.NewPadded(top), container.NewPadded(bottom), nil,
		sized(side, 300, 0), v.scroll))
}

// begin shows the turns already in the conversation (after a fork or resume) or
// asks for the opening line, and starts the timer.
func (v *sessionView) begin(win fyne.Window) {
	v.win = win
	v.startTimer()
	if turns := v.conv.Transcript().Turns; len(turns) > 0 {
		for _, t := range turns {
			v.addTurn(t)
		}
		v.showState()
		v.showHistoryProblem(v.conv.HistoryProblem())
		v.focus(win)
		v.idle()
		return
	}
	v.setBusy(true)
	go func() {
		v.prepare()
		turn, err := v.conv.Open(context.Background())
		problem := v.conv.HistoryProblem()
		do(func() {
			v.setBusy(false)
			if err != nil {
				v.banner.show("The customer could not start: " + err.Error())
				return
			}
			v.addTurn(turn)
			v.showState()
			v.showHistoryProblem(problem)
			v.idle()
		})
	}()
	v.focus(win)
}

// prepare lets a conversation that must get ready (see Preparer) do so before
// the opening line, with a visible note instead of a silent wait. It runs off
// the UI thread.
func (v *sessionView) prepare() {
	p, ok := v.conv.(Preparer)
	if !ok {
		return
	}
	var note fyne.CanvasObject
	do(func() {
		note = widgets.NewNote(v.sc.Customer.Name + " is getting ready…")
		v.chat.add(note)
	})
	said := p.Prepare(context.Background())
	do(func() {
		v.chat.remove(note)
		if said != "" {
			v.chat.add(widgets.NewNote(said))
		}
	})
}

func (v *sessionView) focus(win fyne.Window) {
	if win != nil {
		win.Canvas().Focus(v.input)
	}
}

// takeAction sends an action from the authority card, then puts the cursor back
// in the message entry, so a tap on the card does not cost the trainee a click.
func (v *sessionView) takeAction(a *scoring.Action, problem string) {
	defer v.focus(v.win)
	if problem != "" {
		v.banner.show(problem)
		return
	}
	if v.busy || v.done {
		return
	}
	if why := scoring.CardProblem(v.conv.Transcript(), v.sc, *a); why != "" {
		v.coach.warnAction(a, why)
		return
	}
	v.send(v.input.Text, a)
}

// send shows the trainee's turn at once, then asks the conversation for the reply.
func (v *sessionView) send(text string, a *scoring.Action) {
	text = strings.TrimSpace(text)
	if v.busy || v.done || (text == "" && a == nil) {
		return
	}
	v.input.SetText("")
	v.banner.hide()
	v.coach.clearWarning()
	v.coach.showHint(scoring.Hint{}, false)
	if a != nil {
		v.card.clearAmounts()
	}
	v.addTurn(scoring.Turn{Role: scoring.RoleAgent, Text: text, Action: a, AtMS: v.elapsed().Milliseconds()})
	v.setBusy(true)
	go func() {
		reply, err := v.conv.Submit(context.Background(), text, a)
		hint, hinted := v.hintAfter(err)
		problem := v.conv.HistoryProblem()
		do(func() {
			v.showReply(reply, err, problem)
			v.showHint(hint, hinted)
		})
	}()
}

// showHistoryProblem puts the conversation's history trouble, if any, in the
// banner; the turns stay on screen either way.
func (v *sessionView) showHistoryProblem(problem string) {
	if problem != "" {
		v.banner.show(problem)
	}
}

func (v *sessionView) showReply(ex Exchange, err error, problem string) {
	v.setBusy(false)
	if err != nil {
		v.streaming = nil
		v.banner.show("No reply: " + err.Error())
		v.idle()
		return
	}
	for _, n := range ex.Notes {
		v.chat.add(widgets.NewNote(n))
	}
	if ex.Customer.Role != "" {
		v.addTurn(ex.Customer)
	}
	v.showState()
	v.showHistoryProblem(problem)
	if v.conv.Ending() != sim.Ongoing {
		v.finish()
	}
	v.idle()
}

// streamToken shows a reply as the voice words it; called from the voice's goroutine.
func (v *sessionView) streamToken(piece string) {
	do(func() {
		if v.streaming == nil {
			v.streaming = widgets.NewBubble(widgets.SideCustomer, v.sc.Customer.Name+" is typing…", "")
			v.chat.add(v.streaming)
		}
		v.streaming.SetText(v.streaming.Text + piece)
		v.scroll.ScrollToBottom()
	})
}

func (v *sessionView) addTurn(t scoring.Turn) {
	if t.Role == scoring.RoleCustomer && v.streaming != nil {
		v.chat.remove(v.streaming)
		v.streaming = nil
	}
	v.chat.add(turnBubble(v.sc, t))
	v.scroll.ScrollToBottom()
}

// turnBubble draws one transcript turn; an action shows in brackets after the words.
func turnBubble(sc *scenarios.Scenario, t scoring.Turn) *widgets.Bubble {
	stamp := clock(time.Duration(t.AtMS) * time.Millisecond)
	if t.Role == scoring.RoleCustomer {
		return widgets.NewBubble(widgets.SideCustomer, sc.Customer.Name+" · "+stamp, t.Text)
	}
	text := t.Text
	if t.Action != nil {
		text = strings.TrimSpace(text + "\n" + describeAction(t.Action))
	}
	return widgets.NewBubble(widgets.SideAgent, "You · "+stamp, text)
}

func (v *sessionView) showState() {
	s := v.conv.State()
	v.mood.Set(s.Frustration, s.Trust, s.Patience, v.conv.Band())
	v.coach.showLeaving(s, v.sc.Customer.Name)
}

// spinnerDelay is how long a wait must last before the spinner shows: a
// scripted reply lands in a millisecond, and an animation would only cost frames.
const spinnerDelay = 100 * time.Millisecond

// setBusy marks the session as waiting (input is ignored meanwhile) and shows
// the spinner if the wait passes spinnerDelay.
func (v *sessionView) setBusy(on bool) {
	v.busy = on
	v.busyGen++
	if !on {
		v.activity.Stop()
		v.activity.Hide()
		return
	}
	gen := v.busyGen
	time.AfterFunc(spinnerDelay, func() {
		do(func() {
			if v.busy && v.busyGen == gen {
				v.activity.Start()
				v.activity.Show()
			}
		})
	})
}

func (v *sessionView) quit() {
	if v.done {
		return
	}
	v.conv.Quit()
	v.finish()
}

// finish ends the session on screen and hands it on for scoring.
func (v *sessionView) finish() {
	if v.done {
		return
	}
	v.done = true
	v.stop()
	v.card.setEnabled(false)
	v.input.Disable()
	note := endingText(v.conv.Ending(), v.sc.Customer.Name)
	if v.onFinished != nil {
		note += " Scoring the session…"
	}
	v.chat.add(widgets.NewNote(note))
	if vs, ok := v.conv.(VoiceSummarizer); ok && vs.VoiceSummary() != "" {
		v.chat.add(widgets.NewNote(vs.VoiceSummary()))
	}
	v.scroll.ScrollToBottom()
	if v.onFinished != nil {
		v.onFinished(v)
	}
}

func (v *sessionView) stop() {
	if v.stopTimer != nil {
		v.stopTimer()
		v.stopTimer = nil
	}
}

func (v *sessionView) idle() {
	if v.onIdle != nil {
		v.onIdle()
	}
}

func (v *sessionView) elapsed() time.Duration { return v.deps.now().Sub(v.started) }

func (v *sessionView) startTimer() {
	ticks, stop := v.deps.ticks()
	v.stopTimer = stop
	go func() {
		for range ticks {
			do(func() { v.timer.SetText(clock(v.elapsed())) })
		}
	}()
}

// clock formats a duration as m:ss.
func clock(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

func endingText(e sim.Ending, name string) string {
	switch e {
	case sim.Resolved:
		return name + " accepted the resolution."
	case sim.Escalated:
		return "The case was handed on."
	case sim.HungUp:
		return name + " gave up and left."
	default:
		return "Session ended."
	}
}
