// Package scoring grades a finished service-recovery conversation on empathy,
// action speed, authority clarity and fairness.
//
// Analyze finds markers in one agent turn, each with the words that show it.
// Score turns a whole transcript, its scenario and a rubric into a Report: the
// score of record. The score is deterministic: the same transcript, scenario and
// rubric version give the same report on every machine, and every point gained or
// lost carries evidence naming the turn, the quote and the rubric rule.
//
// Scoring never calls a model; an LLM judge may sit beside it, never in it.
//
// Actions are judged by the authority card's own arithmetic (scenarios.Ledger),
// the same the simulator uses, so the score credits exactly what the simulator
// gave. A transcript action may record its "result" ("performed" or "refused");
// the simulator always writes it, an older transcript without it is judged by
// the card, and one recording as performed an action the card refuses is
// invalid. The transcript's "ending" is never taken on trust: an unknown ending,
// or one the turns contradict (resolved with no performed remedy at the fair
// floor, anything but escalated after a performed escalation), makes the
// transcript invalid with a sentence naming the turn; without one, Score derives
// it from the turns.
//
// Analyze reads English only. It matches readable phrase tables (markers_*.go)
// word by word in one pass, with a few context checks (negation, hedging, quotes,
// past tense), and resolves time phrases with github.com/olebedev/when against a
// fixed Monday-morning base. It finds the common ways agents say things, not
// every way: testdata/markers holds the labelled utterances it is measured on,
// with a held-out set for an honest estimate. Text in other languages yields few
// or no markers; nothing makes it panic.
package scoring
