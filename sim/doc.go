// Package sim plays the customer: a deterministic state machine (frustration,
// trust, patience) driven by what each agent turn did, a turn loop that ends in
// resolved, escalated, hung-up or abandoned, and voices that word the replies.
//
// State is authored, wording may be generated: the scenario and the rules table
// here decide how the customer feels and acts; a Voice only decides how it is said.
// sim knows no store and no screen; it reports turns and state changes through a
// callback, and its caller persists and renders them.
//
// What the trainee gives is judged by the authority card's own arithmetic
// (scenarios.Ledger), the same the score uses, and each action in the transcript
// records whether it was performed or refused. A customer given a fair remedy
// accepts it and asks what else to know; the trainee's closing reply resolves the
// session. Words that claim a remedy without the action give nothing, and the
// customer says they see nothing.
package sim
