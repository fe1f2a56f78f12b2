//go:build scoringwip

package scoring

// defaultRules is rubric version "1" as one table a trainer can read top to bottom.
// Each row names its detector (rubric_detect*.go); the engine in score.go applies
// points and limits and writes one Evidence entry per point moved. Positive rules
// never fire on a turn the anti-gaming rules flag (stuffed, pasted, or addressed to
// the grader), so gaming cannot buy points, only lose them.
var defaultRules = []Rule{
	// Empathy: interactional justice.
	{"acknowledges-cost", Empathy, 10, Limit{Max: 2, Halving: true}, "acknowledges-cost",
		"Names what the failure cost this customer, in their terms."},
	{"owns-the-mistake", Empathy, 12, Limit{Max: 1}, "owns-mistake",
		"Owns the mistake plainly, once, without excuses."},
	{"first-apology", Empathy, 8, Limit{Max: 1}, "first-apology",
		"A short, sincere apology, the first time."},
	{"apology-repeated", Empathy, -5, Limit{Cap: 25}, "apology-repeated",
		"Every apology after the first sounds scripted and delays the fix."},
	{"apology-too-long", Empathy, -8, Limit{Cap: 16}, "apology-too-long",
		"An apology longer than two sentences is about the agent, not the customer."},
	{"empathy-without-progress", Empathy, -10, Limit{Max: 1}, "empathy-without-progress",
		"Sympathy with no action by the third reply reads as deflection."},
	{"blames-customer", Empathy, -12, Limit{Cap: 24}, "blame",
		"Blaming the customer, a carrier or \"the system\" tells them it is not our problem."},
	{"reflects-back", Empathy, 6, Limit{Max: 2, Halving: true}, "reflects",
		"Reflecting back what the customer said shows they were heard."},
	{"asks-real-question", Empathy, 5, Limit{Max: 2, Halving: true}, "question",
		"An open question about what the customer needs."},
	{"scripted-filler", Empathy, -5, Limit{Cap: 20}, "filler",
		"Stock phrases (\"we value your business\") sound like a script."},
	{"empathy-pasted", Empathy, -8, Limit{Cap: 24}, "empathy-pasted",
		"The same empathy phrase in three or more replies is pasted, not felt."},
	{"keyword-stuffing", Empathy, -15, Limit{Cap: 30}, "keyword-stuffing",
		"A reply packed with service keywords instead of sentences earns nothing."},
	{"copy-pasted-turn", Empathy, -10, Limit{Cap: 30}, "copy-pasted-turn",
		"Sending the same reply again talks past the customer."},

	// Action speed: procedural justice.
	{"early-concrete-action", ActionSpeed, 20, Limit{Max: 1}, "early-concrete-action",
		"A concrete action or commitment within two replies and 90 seconds."},
	{"late-first-action", ActionSpeed, -15, Limit{Max: 1}, "late-first-action",
		"The first concrete step came after the fourth reply or after five minutes."},
	{"no-concrete-action", ActionSpeed, -25, Limit{Max: 1}, "no-concrete-action",
		"The conversation ended without one concrete step."},
	{"stalling", ActionSpeed, -6, Limit{Cap: 24}, "stalling",
		"A reply before the first concrete step that moves nothing forward."},
	{"reasks-known-fact", ActionSpeed, -10, Limit{Cap: 20}, "reasks-known-fact",
		"Asking for a detail the case already holds makes the customer repeat themselves."},
	{"vague-promise", ActionSpeed, -6, Limit{Cap: 18}, "vague-promise",
		"\"We'll look into it\" is not a next step."},
	{"time-commitment", ActionSpeed, 8, Limit{Max: 2, Halving: true}, "time-commitment",
		"Says what happens next and by when."},
	{"follow-up-scheduled", ActionSpeed, 8, Limit{Max: 1}, "follow-up-scheduled",
		"Schedules a follow-up to confirm the fix held."},

	// Authority clarity: empowerment.
	{"states-authority", AuthorityClarity, 10, Limit{Max: 2, Halving: true}, "states-authority",
		"Says plainly what the agent can do right now."},
	{"offers-choices", AuthorityClarity, 8, Limit{Max: 1}, "offers-choices",
		"Offers the customer a real choice."},
	{"escalates-to-named-owner", AuthorityClarity, 6, Limit{Max: 1}, "escalates-to-named-owner",
		"Hands off to someone named, with when they will act."},
	{"hedging", AuthorityClarity, -8, Limit{Cap: 24}, "hedge",
		"\"I'll see what I can do\" leaves the customer guessing."},
	{"hides-behind-policy", AuthorityClarity, -10, Limit{Cap: 20}, "policy",
		"Quoting policy instead of saying what can be done."},
	{"over-authority-promise", AuthorityClarity, -20, Limit{Cap: 40}, "over-authority-promise",
		"Promising more than the authority card allows, even if the customer likes it."},
	{"over-authority-action", AuthorityClarity, -20, Limit{Cap: 40}, "over-authority-action",
		"Granting more than the authority card allows, even if the customer likes it."},
	{"jargon", AuthorityClarity, -5, Limit{Cap: 15}, "jargon",
		"Error codes and internal terms hide what is going on."},
	{"overlong-turn", AuthorityClarity, -8, Limit{Cap: 24}, "overlong-turn",
		"A reply over 120 words buries the answer."},
	{"grader-instruction", AuthorityClarity, -30, Limit{Cap: 60}, "grader-instruction",
		"Words aimed at the grader instead of the customer."},

	// Fairness: distributive justice. Exactly one of these fires per session.
	{"remedy-fits-harm", Fairness, 30, Limit{Max: 1}, "remedy-fits-harm",
		"The remedy is within the fair range for this harm."},
	{"remedy-over-ceiling-not-rewarded", Fairness, 15, Limit{Max: 1}, "remedy-over-ceiling",
		"Above the fair range: the customer is covered, but the excess earns nothing."},
	{"repeat-failure-needs-more", Fairness, -10, Limit{Max: 1}, "repeat-failure-needs-more",
		"A second failure needs a quarter more than a first one's fair floor."},
	{"remedy-under-fair", Fairness, -15, Limit{Max: 1}, "remedy-under-fair",
		"The remedy is below the fair range for this harm."},
	{"bare-fix-for-costly-failure", Fairness, -20, Limit{Max: 1}, "bare-fix",
		"Only fixing the problem, with nothing for a costly inconvenience."},
	{"no-remedy", Fairness, -30, Limit{Max: 1}, "no-remedy",
		"The customer left with nothing."},
}
