// Package history keeps every practice session Turnaround plays: who played which
// scenario version, each turn as it happened, and the score of record.
//
// The Practice screen and `turnaround play` write through Store as the
// conversation runs (BeginSession, one AppendTurn per turn, FinishSession), so a
// crash or kill loses nothing that was acknowledged. The Review screen and
// `turnaround history` read it back: session lists, transcripts with reports, and
// team summaries (trends, spreads, first-versus-best, the rules lost most often),
// plus CSV and JSON exports.
//
// The default Store is a SQLite file in the user's config directory, migrated on
// open from SQL files embedded in the binary. Store hides all SQL so a team
// server store can sit behind the same interface later. The package does not
// score anything: it stores scoring.Report values exactly as scoring made them.
package history
