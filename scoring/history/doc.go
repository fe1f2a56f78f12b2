// Package history keeps every practice session Turnaround plays: who played which
// scenario version, each turn as it happened, and the score of record.
//
// The Practice screen and `turnaround play` record through the same Recorder
// as the conversation runs (BeginSession, one AppendTurn per turn through a
// Writer, FinishSession), so a crash or kill loses nothing that was
// acknowledged, both store the voice that played and the rubric version, and
// a retry names the session it retried. The Review screen and
// `turnaround history` read it back: session lists, transcripts with reports, and
// team summaries (trends, spreads, first-versus-best, the rules lost most often),
// plus CSV and JSON exports.
//
// The default Store is a SQLite file in the user's config directory (see
// DefaultPath). A team points every desktop at one PostgreSQL server instead:
// PGStore (pg*.go) keeps the same data behind the same interface, runs the
// review queries on the server, and adds what only a team needs: roles with
// row-level security (TeamSetupSQL), Import of a desktop history, and
// assignments. FailoverStore puts a PGStore in front of the desktop's own
// history, queueing writes in a local Queue file while the server is away and
// replaying them, in order and exactly once, when it is back; a write the
// server refuses for good is moved aside in that file with the reason
// (RefusedWrite) so the rest go on, and Check lets the app's banner follow
// the server both ways. The same
// behavioural tests run against both stores. The package does not score
// anything: it stores scoring.Report values exactly as scoring made them.
//
// Schema changes are numbered SQL files in migrations/ (pgmigrations/ for the
// team store, whose version lives in the table turnaround_schema), embedded in the binary.
// Open applies the missing ones in order, each in its own transaction, and
// records the version reached in PRAGMA user_version; a file from a newer
// Turnaround, or another program's database, is refused and left untouched.
// To change the schema, add the next numbered file and a seed file for the
// previous version under testdata/history/seed, so the test that migrates from
// every earlier version covers it. Never edit a migration that has shipped.
//
// Durability: the file runs in WAL mode with synchronous=NORMAL, so a turn is
// in the file when AppendTurn returns and survives the app being killed (a
// test kills a writing process at random points to prove it); a power cut can
// lose the last moments, never corrupt the file. Writer keeps turns a full
// disk refused and writes them later, in order; Recorder.Status says which
// turns the store does not hold yet, so callers can say so truthfully.
//
// Readers that only list, show or export open the file with OpenReadOnly,
// which neither migrates nor writes, so a read-only history can still be
// reviewed. Callers about to record run Check first: SQLite appends happily to
// a file whose middle pages are damaged, and only a full read finds them.
package history
