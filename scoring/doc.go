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
// Analyze reads English only, in two layers. Readable phrase tables
// (markers_*.go) are matched word by word in one pass, with a few context
// checks (negation, hedging, quotes, past tense), and time phrases are resolved
// with github.com/olebedev/when against a fixed Monday-morning base. Then each
// sentence is split into clauses and each clause is read (clause.go): who acts
// (the agent or company, the customer, customers in general, a third party, a
// thing), the main verb's base form (its lists' verbs, and any verb the
// English dictionary of github.com/aaaton/golem/v4/dicts/en knows, read once
// at start-up), its tense and aspect (done, doing now,
// will do, can do, would, must have, habit), voice and the passive's "by"
// agent, negation, and whether it is a question or a condition. clauseRules
// (clause_rules.go) is a table of predicates over those readings that adds
// markers no phrase list can enumerate ("your refund has gone through", "the
// fault is entirely ours") and vetoes phrase matches a clause does not mean
// ("refunds normally take 5 working days" commits to no time). Every pass is
// linear in the length of the turn. Sounds that fill a pause inside a
// sentence ("the, um, reason") are dropped before the clauses are read.
//
// It finds the common ways agents say things, not every way:
// testdata/markers holds the labelled utterances it is measured on, with
// held-out sets for an honest estimate. Text in other languages yields few or
// no markers; nothing makes it panic.
package scoring
