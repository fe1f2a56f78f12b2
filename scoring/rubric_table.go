package scoring

import (
	"fmt"

	"github.com/turnaround-app/turnaround/scenarios"
)

// defaultRules is rubric version "2" as one table a trainer can read top to bottom:
// name (cited in evidence), readable title, dimension, points, limit, and why.
// Each rule's detector has the rule's own name (rubric_detect*.go); the engine in
// score.go applies points and limits and writes one Evidence entry per point moved.
// A why sentence that quotes a threshold renders it from the constant the detector
// uses, so the two cannot drift. Positive rules never fire on the words of a turn
// the anti-gaming rules flag (stuffed, pasted, or addressed to the grader), so
// gaming cannot buy points, only lose them; for fairness, an action performed in
// that turn is a deed, not words, and still counts.
var defaultRules = []Rule{
	// Empathy: interactional justice.
	row("acknowledges-cost", "Acknowledged the cost", Empathy, 10, Limit{Max: 2, Halving: true},
		"Names what the failure cost this customer, in their terms."),
	row("owns-the-mistake", "Owned the mistake", Empathy, 12, Limit{Max: 1},
		"Owns the mistake plainly, once, without excuses."),
	row("first-apology", "Apologised once", Empathy, 8, Limit{Max: 1},
		"A short, sincere apology, the first time."),
	row("apology-repeated", "Apologised again", Empathy, -5, Limit{Cap: 25},
		"Every apology after the first sounds scripted and delays the fix."),
	row("apology-too-long", "Apology too long", Empathy, -8, Limit{Cap: 16},
		fmt.Sprintf("An apology longer than %s sentences is about the agent, not the customer.", spell(maxApologySentences))),
	row("empathy-without-progress", "Sympathy without progress", Empathy, -10, Limit{Max: 1},
		fmt.Sprintf("Sympathy with no action by the %s reply reads as deflection.", ordinal(progressByReply))),
	row("blames-customer", "Blamed someone else", Empathy, -12, Limit{Cap: 24},
		"Blaming the customer, a carrier or \"the system\" tells them it is not our problem."),
	row("reflects-back", "Reflected back", Empathy, 6, Limit{Max: 2, Halving: true},
		"Reflecting back what the customer said shows they were heard."),
	row("validates-feeling", "Validated the feeling", Empathy, 6, Limit{Max: 1},
		"Saying the customer's feeling makes sense (\"no wonder you're upset\"), once; a stock line does not count."),
	row("asks-real-question", "Asked a real question", Empathy, 5, Limit{Max: 2, Halving: true},
		"An open question about what the customer needs."),
	row("scripted-filler", "Scripted filler", Empathy, -5, Limit{Cap: 20},
		"Stock phrases (\"we value your business\") sound like a script."),
	row("empathy-pasted", "Pasted empathy", Empathy, -8, Limit{Cap: 24},
		fmt.Sprintf("The same empathy phrase in %s or more replies is pasted, not felt.", spell(pastedAfter+1))),
	row("keyword-stuffing", "Keyword stuffing", Empathy, -15, Limit{Cap: 30},
		"A reply packed with service keywords instead of sentences earns nothing."),
	row("copy-pasted-turn", "Sent the same reply again", Empathy, -10, Limit{Cap: 30},
		"Sending the same reply again talks past the customer."),

	// Action speed: procedural justice.
	row("early-concrete-action", "Acted early", ActionSpeed, 20, Limit{Max: 1},
		fmt.Sprintf("A concrete action or commitment within %s replies and %d seconds.", spell(earlyReplies), earlyMS/1000)),
	row("late-first-action", "First step came late", ActionSpeed, -15, Limit{Max: 1},
		fmt.Sprintf("The first concrete step came after the %s reply or after %s minutes.", ordinal(lateReplies), spell(lateMS/60_000))),
	row("no-concrete-action", "No concrete step", ActionSpeed, -25, Limit{Max: 1},
		"The conversation ended without one concrete step."),
	row("stalling", "Stalled", ActionSpeed, -6, Limit{Cap: 24},
		"A reply before the first concrete step that moves nothing forward."),
	row("reasks-known-fact", "Asked for a known detail", ActionSpeed, -10, Limit{Cap: 20},
		"Asking for a detail the case already holds makes the customer repeat themselves."),
	row("vague-promise", "Vague promise", ActionSpeed, -6, Limit{Cap: 18},
		"\"We'll look into it\" is not a next step."),
	row("time-commitment", "Said what happens by when", ActionSpeed, 8, Limit{Max: 2, Halving: true},
		"Says what happens next and by when."),
	row("follow-up-scheduled", "Scheduled a follow-up", ActionSpeed, 8, Limit{Max: 1},
		"Schedules a follow-up to confirm the fix held."),

	// Authority clarity: empowerment.
	row("states-authority", "Said what they can do", AuthorityClarity, 10, Limit{Max: 2, Halving: true},
		"Says plainly what the agent can do right now."),
	row("acts-within-authority", "Used the authority card", AuthorityClarity, 8, Limit{Max: 1},
		"Uses the authority card: takes an action it allows, without asking anyone."),
	row("offers-choices", "Offered a choice", AuthorityClarity, 8, Limit{Max: 1},
		"Offers the customer a real choice."),
	row("escalates-to-named-owner", "Handed off to someone named", AuthorityClarity, 6, Limit{Max: 1},
		"Hands off to someone named, with when they will act."),
	row("hedging", "Hedged", AuthorityClarity, -8, Limit{Cap: 24},
		"\"I'll see what I can do\" leaves the customer guessing."),
	row("hides-behind-policy", "Hid behind policy", AuthorityClarity, -10, Limit{Cap: 20},
		"Quoting policy instead of saying what can be done."),
	row("over-authority-promise", "Promised beyond the card", AuthorityClarity, -20, Limit{Cap: 40},
		"Promising more than the authority card allows, even if the customer likes it."),
	row("over-authority-action", "Acted beyond the card", AuthorityClarity, -20, Limit{Cap: 40},
		"Granting more than the authority card allows, even if the customer likes it."),
	row("claims-remedy-not-given", "Claimed a remedy not given", AuthorityClarity, -15, Limit{Cap: 30},
		"Saying a remedy was given without performing it: the customer sees nothing and trusts the agent less."),
	row("jargon", "Jargon", AuthorityClarity, -5, Limit{Cap: 15},
		"Error codes and internal terms hide what is going on."),
	row("overlong-turn", "Reply too long", AuthorityClarity, -8, Limit{Cap: 24},
		fmt.Sprintf("A reply over %d words buries the answer.", overlongWords)),
	row("grader-instruction", "Wrote to the grader", AuthorityClarity, -30, Limit{Cap: 60},
		"Words aimed at the grader instead of the customer."),

	// Fairness: distributive justice. Exactly one of these fires per session.
	row("remedy-fits-harm", "Remedy fits the harm", Fairness, 30, Limit{Max: 1},
		"The remedy is within the fair range for this harm."),
	row("remedy-over-ceiling-not-rewarded", "Remedy above the fair range", Fairness, 15, Limit{Max: 1},
		"Above the fair range: the customer is covered, but the excess earns nothing."),
	row("repeat-failure-needs-more", "A repeat failure needs more", Fairness, -10, Limit{Max: 1},
		fmt.Sprintf("A second failure needs %s more than a first one's fair floor, as far as the card can reach.", share(scenarios.RepeatFloorFactor-1))),
	row("remedy-under-fair", "Remedy below the fair range", Fairness, -15, Limit{Max: 1},
		"The remedy is below the fair range for this harm."),
	row("bare-fix-for-costly-failure", "Only the bare fix", Fairness, -20, Limit{Max: 1},
		fmt.Sprintf("Only fixing the problem, with nothing for a costly inconvenience (severity %d or more).", costlySeverity)),
	row("no-remedy", "No remedy", Fairness, -30, Limit{Max: 1},
		"The customer left with nothing."),

	// No attempt: the agent said nothing and did nothing. Every dimension drops to
	// the floor, so a silent session scores below any session with a real attempt.
	row("silent-session-empathy", "Said nothing", Empathy, -100, Limit{Max: 1},
		"The agent said nothing and did nothing: no empathy was shown."),
	row("silent-session-action", "Did nothing", ActionSpeed, -100, Limit{Max: 1},
		"The agent said nothing and did nothing: no step was taken."),
	row("silent-session-authority", "Said nothing about what can be done", AuthorityClarity, -100, Limit{Max: 1},
		"The agent said nothing and did nothing: the customer never learnt what could be done."),
	row("silent-session-fairness", "Gave nothing", Fairness, -100, Limit{Max: 1},
		"The agent said nothing and did nothing: the customer left with nothing."),
}

// row is one line of the table; its detector has the rule's name.
func row(name, title string, d Dimension, points int, limit Limit, why string) Rule {
	return Rule{Name: name, Title: title, Dimension: d, Points: points, Limit: limit, Detector: name, Why: why}
}

var smallNumbers = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

var ordinals = []string{"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}

// spell writes a small count as a word ("two"), a larger one in digits.
func spell(n int) string {
	if n >= 0 && n < len(smallNumbers) {
		return smallNumbers[n]
	}
	return fmt.Sprint(n)
}

// ordinal writes a small position as a word ("third"), a larger one as "11th".
func ordinal(n int) string {
	if n >= 0 && n < len(ordinals) {
		return ordinals[n]
	}
	return fmt.Sprintf("%dth", n)
}

// share writes a fraction as people say it: "a quarter", "half", "30%".
func share(f float64) string {
	switch f {
	case 0.25:
		return "a quarter"
	case 0.5:
		return "half"
	}
	return fmt.Sprintf("%g%%", f*100)
}
