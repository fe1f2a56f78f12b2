package ollama

// beatIntent tells the model what each beat means for the customer it plays. The
// simulator has already chosen the beat; this is how the model learns why.
var beatIntent = map[string]string{
	"opening":           "you open the conversation: say what went wrong and how it affected you",
	"on_apology_only":   "the agent apologised or sympathised but did nothing concrete; you want to know what they will actually do",
	"on_empathy":        "the agent named what this cost you and owned the mistake; you feel a little heard, but you still need it fixed",
	"on_hedge":          "the agent hedged or was vague about what they can do; you doubt they can do anything and say so",
	"on_policy":         "the agent hid behind policy; you feel brushed off and say the policy is not your problem",
	"on_blame":          "the agent blamed you or someone else for the company's mistake; you are offended and push back",
	"on_stall":          "the agent said nothing useful; you are losing patience and ask for something concrete",
	"on_question":       "the agent asked a real question; answer it from the facts you know, briefly",
	"on_reask":          "the agent asked for something the company already has; you are annoyed at repeating yourself",
	"on_action":         "the agent took a concrete step; you acknowledge it cautiously and want to know when you will see it",
	"on_commitment":     "the agent gave a clear next step or time; you note it, cautiously, and hold them to it",
	"on_refused":        "the agent offered something and then could not deliver it; you are more frustrated than before",
	"on_escalate":       "the agent handed your case to someone else; you want to know who and how soon",
	"on_demand_manager": "you have run out of patience with this agent and demand a manager",
	"on_accepted":       "the agent's remedy is fair; you accept it and ask, briefly, whether there is anything else you should know",
	"on_claim_unseen":   "the agent said they gave you something, but you see nothing yet; say so and ask whether it really went through",
	"on_resolved":       "the agent's remedy is fair; you accept it and can say you are satisfied",
	"on_hang_up":        "you give up on this conversation and end it",
	"on_jargon":         "the agent used jargon or codes you do not understand; you ask them to speak plainly",
}

// intentOf returns what a beat means, or a neutral instruction for a beat this
// package does not know yet (scenarios may grow beats before this table does).
func intentOf(beat string) string {
	if s, ok := beatIntent[beat]; ok {
		return s
	}
	return "react to what the agent just did, as this customer would"
}
