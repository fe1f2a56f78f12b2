package scenarios

// Channels a scenario may use.
var Channels = []string{"chat", "phone"}

// FailureKinds are the failure kinds the built-in library and the linter know.
var FailureKinds = []string{
	"late-delivery", "lost-delivery", "billing-error", "double-charge", "app-crash",
	"outage", "data-loss", "wrong-data", "cancelled-by-mistake", "rude-agent",
	"wrong-item", "other",
}

// ActionKinds are the structured actions a trainee can take in a session.
// MoneyActions carry an amount and a ceiling.
var ActionKinds = []string{
	"refund", "credit", "discount", "replacement", "expedite", "escalate",
	"follow-up", "restore", "reactivate", "waive-fee", "callback", "explain",
}

// MoneyActions are the action kinds whose amount counts toward the remedy value directly.
var MoneyActions = []string{"refund", "credit", "discount"}

// Wants are what a customer can want beyond an action kind.
var Wants = []string{"acknowledgement", "apology", "explanation", "assurance", "speed", "respect", "manager"}

// MoodBands are the values a Line.Mood condition may take.
var MoodBands = []string{"angry", "upset", "calm"}

// RequiredBeats must be present in every scenario.
var RequiredBeats = []string{"opening", "on_apology_only", "on_hedge", "on_action", "on_resolved", "on_hang_up"}

// BeatNames are every beat a scenario may define. The simulator picks one per reply
// from the customer's state and the trainee's last move; optional beats fall back
// as documented in FORMAT.md.
var BeatNames = []string{
	"opening",
	"on_apology_only",   // apology or empathy with nothing concrete
	"on_empathy",        // acknowledged the specific cost, owned it, reflected back
	"on_hedge",          // "I'll see what I can do", maybe, unclear authority
	"on_policy",         // hides behind policy
	"on_blame",          // blamed the customer or a third party
	"on_stall",          // nothing useful, vague promises, filler
	"on_question",       // agent asked a real question: customer answers from facts
	"on_reask",          // agent asked for something the case already has
	"on_action",         // a concrete action within authority
	"on_commitment",     // a clear time commitment or next step
	"on_refused",        // the system refused an action beyond the authority card
	"on_escalate",       // agent escalated / handed off
	"on_demand_manager", // customer demands a manager (patience low)
	"on_accepted",       // customer accepts a remedy and asks what else to know; the agent closes
	"on_claim_unseen",   // agent claimed a remedy in words without performing it
	"on_resolved",       // customer accepts
	"on_hang_up",        // customer gives up
	"on_jargon",         // agent used jargon or error codes
}

// Placeholders may appear in a line as {name}; facts are {fact1}..{factN}.
var Placeholders = []string{"name", "amount", "currency", "escalate_to", "within"}
