// Package ollama lets a local Ollama server word the simulated customer's replies,
// manages the models it can use, and gives an optional second opinion on a finished
// session.
//
// It never decides anything that is scored. The simulator in package sim decides
// the customer's state and the beat of every reply; the Voice here only words that
// beat, and a character check throws out any reply that breaks character, coaches
// or instructs the agent, claims the session is over or gives in before the
// simulator said so; a coherence check throws out word salad, loops and replies
// cut mid-phrase. Whenever Ollama is missing, slow, broken or off-script, the Voice
// returns the scenario's scripted line, says why once, and lets the session go on;
// after a hard failure it backs off to scripted lines and re-checks in the
// background. Every call to the server has a deadline.
//
// DraftScenario drafts a scenario YAML from a pasted complaint for a trainer to
// check; nothing here saves or uses it.
//
// Judge asks a model for a per-dimension opinion beside the score of record; it
// reads the report and never changes it.
//
// Only Ollama's own Go client (github.com/ollama/ollama/api) talks to the server.
package ollama
