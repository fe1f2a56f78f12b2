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
// Analyze reads English only. It matches readable phrase tables (markers_*.go)
// word by word in one pass, with a few context checks (negation, hedging, quotes,
// past tense), and resolves time phrases with github.com/olebedev/when against a
// fixed Monday-morning base. It finds the common ways agents say things, not
// every way: testdata/markers holds the labelled utterances it is measured on,
// with a held-out set for an honest estimate. Text in other languages yields few
// or no markers; nothing makes it panic.
package scoring
