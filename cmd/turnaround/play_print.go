package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/turnaround-app/turnaround/scenarios"
	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/sim"
)

// printer writes the session for a person at a terminal (the brief, the customer's
// name, mood bars, streamed replies) or, when stdin is a pipe, one plain
// "customer: …" / "note: …" / "mood: …" line per event for scripts.
type printer struct {
	w           io.Writer
	sc          *scenarios.Scenario
	interactive bool
	// streamed is the turn index whose reply is being streamed, -1 for none.
	streamed int
	// why names the reactions behind the latest state change, shown with the mood.
	why []string
}

func newPrinter(w io.Writer, sc *scenarios.Scenario, interactive bool) *printer {
	return &printer{w: w, sc: sc, interactive: interactive, streamed: -1}
}

// event prints one simulator event.
func (p *printer) event(ev sim.Event) {
	switch ev.Kind {
	case sim.EventToken:
		p.token(ev)
	case sim.EventNote:
		p.note(ev.Note)
	case sim.EventState:
		p.why = ev.Why
	case sim.EventTurn:
		if ev.Turn.Role == scoring.RoleCustomer {
			p.customer(ev)
		}
	case sim.EventEnded:
		p.ended(ev.Ending)
	}
}

// token streams a reply at a terminal; scripts get whole lines instead.
func (p *printer) token(ev sim.Event) {
	if !p.interactive {
		return
	}
	if p.streamed != ev.Index {
		p.streamed = ev.Index
		fmt.Fprintf(p.w, "%s: ", termSafe(p.sc.Customer.Name))
	}
	io.WriteString(p.w, termSafe(ev.Piece))
}

// customer prints the reply (unless it was streamed) and the mood it leaves.
func (p *printer) customer(ev sim.Event) {
	switch {
	case !p.interactive:
		fmt.Fprintf(p.w, "customer: %s\n", termSafe(ev.Turn.Text))
	case p.streamed == ev.Index:
		fmt.Fprintln(p.w)
	default:
		fmt.Fprintf(p.w, "%s: %s\n", termSafe(p.sc.Customer.Name), termSafe(ev.Turn.Text))
	}
	p.streamed = -1
	// A note on the turn (a voice that fell back) arrives as its own note event,
	// so it is printed there, once.
	if ev.Turn.Mood != nil {
		p.mood(*ev.Turn.Mood)
	}
}

// mood prints the customer's state and the reactions that moved it: bars at a
// terminal, numbers for scripts.
func (p *printer) mood(m scoring.Mood) {
	band := sim.State{Frustration: m.Frustration}.Band()
	if !p.interactive {
		fmt.Fprintf(p.w, "mood: %s, frustration %d, trust %d, patience %d%s\n", band, m.Frustration, m.Trust, m.Patience, p.reasons())
		return
	}
	fmt.Fprintf(p.w, "   [%-5s] frustration %s %3d   trust %s %3d   patience %d%s\n",
		band, bar(m.Frustration), m.Frustration, bar(m.Trust), m.Trust, m.Patience, p.reasons())
}

// reasons is " (owns-it, no-progress)" for the latest reactions, once.
func (p *printer) reasons() string {
	why := p.why
	p.why = nil
	if len(why) == 0 {
		return ""
	}
	return " (" + strings.Join(why, ", ") + ")"
}

// bar draws 0..100 as ten cells.
func bar(v int) string {
	n := max(0, min(10, (v+5)/10))
	return strings.Repeat("█", n) + strings.Repeat("░", 10-n)
}

func (p *printer) note(s string) {
	if p.interactive {
		fmt.Fprintf(p.w, "   ! %s\n", termSafe(s))
		return
	}
	fmt.Fprintf(p.w, "note: %s\n", termSafe(s))
}

func (p *printer) hint(s string) {
	fmt.Fprintf(p.w, "   (%s)\n", termSafe(s))
}

// coach prints a practice-mode hint on one line.
func (p *printer) coach(s string) {
	if p.interactive {
		fmt.Fprintf(p.w, "   hint: %s\n", termSafe(s))
		return
	}
	fmt.Fprintf(p.w, "hint: %s\n", termSafe(s))
}

func (p *printer) ended(e sim.Ending) {
	if p.interactive {
		fmt.Fprintf(p.w, "\n== session ended: %s ==\n\n", e)
		return
	}
	fmt.Fprintf(p.w, "ended: %s\n", e)
}

// prompt asks for the next reply at a terminal only.
func (p *printer) prompt() {
	if p.interactive {
		io.WriteString(p.w, "you> ")
	}
}

// brief shows what the trainee needs before the customer speaks.
func (p *printer) brief() {
	sc := p.sc
	fmt.Fprintf(p.w, "%s  (difficulty %d, %s)\n", termSafe(sc.Title), sc.Difficulty, sc.Channel)
	if sc.Brief != "" {
		fmt.Fprintf(p.w, "\n%s\n", termSafeLines(sc.Brief))
	}
	for _, f := range sc.Failure.Facts {
		fmt.Fprintf(p.w, "  - %s\n", termSafe(f))
	}
	fmt.Fprintln(p.w)
	p.card()
	fmt.Fprintln(p.w, "Type your replies; /help lists the commands.")
	fmt.Fprintln(p.w)
}

// card lists what the trainee may do without asking anyone.
func (p *printer) card() {
	fmt.Fprintln(p.w, "Your authority card:")
	for _, a := range p.sc.Authority {
		fmt.Fprintln(p.w, strings.TrimRight(fmt.Sprintf("  /%-12s %s", a.Kind, termSafe(cardLine(a))), " "))
	}
}

// cardLine describes one authority: its ceiling, who and when, and the note.
func cardLine(a scenarios.Authority) string {
	parts := a.Limits()
	if a.Note != "" {
		parts = append(parts, "("+a.Note+")")
	}
	return strings.Join(parts, " ")
}

// help lists the commands, with the card's own actions as examples.
func (p *printer) help() {
	fmt.Fprintln(p.w, "Type a reply and press Enter. Commands:")
	fmt.Fprintln(p.w, "  /refund 25 [text]    refund an amount (also /credit, /discount), with optional words")
	fmt.Fprintln(p.w, "  /escalate [text]     hand the case on (ends the session)")
	fmt.Fprintln(p.w, "  /follow-up [text]    promise to check back; any /KIND on your card works the same")
	fmt.Fprintln(p.w, "  /card                show your authority card")
	fmt.Fprintln(p.w, "  /help                show this list")
	fmt.Fprintln(p.w, "  /quit                leave the session (it is scored as abandoned)")
}
