// Package ollama lets a local Ollama server word the simulated customer's replies,
// manages the models it can use, and gives an optional second opinion on a finished
// session.
//
// It never decides anything that is scored. The simulator in package sim decides
// the customer's state and the beat of every reply; the Voice here only words that
// beat, and a character check throws out any reply that breaks character, coaches
// the agent or gives in before the simulator said so. Whenever Ollama is missing,
// slow, broken or off-script, the Voice returns the scenario's scripted line, says
// why through its notes callback, and lets the session go on.
//
// Judge asks a model for a per-dimension opinion beside the score of record; it
// reads the report and never changes it.
//
// Only Ollama's own Go client (github.com/ollama/ollama/api) talks to the server.
package ollama
