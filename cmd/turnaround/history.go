package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/turnaround-app/turnaround/scoring"
	"github.com/turnaround-app/turnaround/scoring/history"
)

// historyLocation is the time zone for --since/--until days and printed times;
// tests pin it so their output does not depend on the machine.
var historyLocation = time.Local

const historyUsage = `usage: turnaround history [list|show ID|export --format csv|json] [--db PATH|--store URL] [flags]
       turnaround history import --from PATH.db --to postgres://...

  list           sessions, newest first (the default)
  show ID        one session's transcript and report
  export         every matching session, one row each, on stdout
  import         copy a desktop history into the team store (running it again changes nothing)

flags:`

// historyFlags are the flags every history subcommand accepts.
type historyFlags struct {
	db, store, format, since, until, trainee, scenario string
	from, to                                           string
	limit                                              int
	filter                                             history.Filter
}

// runHistory lists, shows and exports the score history.
func runHistory(e env, args []string) int {
	sub := "list"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		sub, args = args[0], args[1:]
	}
	fs, hf := newHistoryFlagSet(e)
	rest, err := parseInterleaved(fs, args)
	if err != nil {
		return exitUsage
	}
	if err := hf.buildFilter(); err != nil {
		return historyUsageError(e, fs, err.Error())
	}
	if sub == "import" && len(rest) == 0 {
		return runHistoryImport(e, fs, hf)
	}
	if hf.from != "" || hf.to != "" {
		return historyUsageError(e, fs, "--from and --to belong to history import")
	}
	if err := checkStoreFlags(hf.db, hf.store); err != nil {
		return historyUsageError(e, fs, err.Error())
	}
	switch {
	case sub == "list" && len(rest) == 0:
		return withStore(e, hf, func(s history.Store) error { return historyList(e, s, hf.filter) })
	case sub == "show" && len(rest) == 1:
		id, err := strconv.ParseInt(rest[0], 10, 64)
		if err != nil || id <= 0 {
			return historyUsageError(e, fs, fmt.Sprintf("session id %q is not a positive number", rest[0]))
		}
		return withStore(e, hf, func(s history.Store) error { return historyShow(e, s, history.SessionID(id)) })
	case sub == "export" && len(rest) == 0:
		if hf.format != "csv" && hf.format != "json" {
			return historyUsageError(e, fs, "export needs --format csv or --format json")
		}
		return withStore(e, hf, func(s history.Store) error { return historyExport(e, s, hf) })
	}
	return historyUsageError(e, fs, fmt.Sprintf("unexpected arguments %q", append([]string{sub}, rest...)))
}

func newHistoryFlagSet(e env) (*flag.FlagSet, *historyFlags) {
	hf := &historyFlags{}
	fs := flag.NewFlagSet("history", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, historyUsage)
		fs.PrintDefaults()
	}
	fs.StringVar(&hf.db, "db", "", "history file (default: the app's, in the user config folder)")
	fs.StringVar(&hf.store, "store", "", storeFlagHelp)
	fs.StringVar(&hf.from, "from", "", "import: the desktop history file to copy")
	fs.StringVar(&hf.to, "to", "", "import: the team store URL to copy it into")
	fs.StringVar(&hf.format, "format", "", "export format: csv or json")
	fs.StringVar(&hf.since, "since", "", "only sessions started on or after this day (YYYY-MM-DD)")
	fs.StringVar(&hf.until, "until", "", "only sessions started on or before this day (YYYY-MM-DD)")
	fs.StringVar(&hf.trainee, "trainee", "", "only this trainee's sessions")
	fs.StringVar(&hf.scenario, "scenario", "", "only sessions of this scenario id")
	fs.IntVar(&hf.limit, "limit", 0, "list at most this many sessions (0: all)")
	return fs, hf
}

// parseInterleaved parses flags that may come before or after positional
// arguments ("show 12 --db x.db"), returning the positionals in order.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return rest, nil
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// flagExit is the exit code for a flag-parsing error: 0 after -h, which printed
// the usage the user asked for, and a usage error otherwise.
func flagExit(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}

// buildFilter turns the flag strings into a history.Filter. --until names the
// last day included, so the filter stops at the start of the next day.
func (hf *historyFlags) buildFilter() error {
	f := history.Filter{Trainee: hf.trainee, ScenarioID: hf.scenario, Limit: hf.limit}
	var err error
	if f.Since, err = parseDay("--since", hf.since); err != nil {
		return err
	}
	if f.Until, err = parseDay("--until", hf.until); err != nil {
		return err
	}
	if !f.Until.IsZero() {
		f.Until = f.Until.AddDate(0, 0, 1)
	}
	if hf.limit < 0 {
		return errors.New("--limit must be 0 or more")
	}
	hf.filter = f
	return nil
}

func parseDay(name, value string) (time.Time, error) {
	if value == "" {
		return time.Time{}, nil
	}
	t, err := time.ParseInLocation("2006-01-02", value, historyLocation)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s %q is not a date like 2026-03-31", name, value)
	}
	return t, nil
}

func historyUsageError(e env, fs *flag.FlagSet, msg string) int {
	fmt.Fprintf(e.stderr, "turnaround history: %s.\n", msg)
	fs.Usage()
	return exitUsage
}

// withStore opens the history file or the team store for reading, runs fn,
// and turns any error into one sentence on stderr and exit code 1. A missing
// file is reported, not created: reading a history should never leave an empty
// one behind; and a read-only history is read as it is (only an older schema
// is opened for writing, to upgrade it).
func withStore(e env, hf *historyFlags, fn func(history.Store) error) int {
	s, err := openReadStore(hf.db, hf.store)
	if err == nil {
		err = fn(s)
		if cerr := s.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "turnaround history: %s.\n", termSafe(strings.TrimSuffix(err.Error(), ".")))
		return exitInvalid
	}
	return exitOK
}

// openForReading opens a history to read; a file from an older Turnaround is
// upgraded first, which needs write access.
func openForReading(path string) (*history.SQLiteStore, error) {
	s, err := history.OpenReadOnly(path)
	if errors.Is(err, history.ErrOldSchema) {
		return history.Open(path)
	}
	return s, err
}

func historyPath(db string) (string, error) {
	path := db
	if path == "" {
		var err error
		if path, err = history.DefaultPath(); err != nil {
			return "", err
		}
	}
	// Reading a history must never turn a wrong path into a new database, so
	// anything that is not already a history file is named and left alone.
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "", fmt.Errorf("history file %s does not exist yet; play a session first or pass --db", path)
	case err != nil:
		return "", fmt.Errorf("history file %s cannot be read: %w", path, scorePathErr(err))
	case info.IsDir():
		return "", fmt.Errorf("history file %s is a folder; pass --db with the history file inside it", path)
	case info.Size() == 0:
		return "", fmt.Errorf("history file %s is empty: nothing has been recorded in it yet", path)
	}
	return path, nil
}

// historyList prints an aligned table of sessions, newest first.
func historyList(e env, s history.Store, f history.Filter) error {
	list, err := s.Sessions(context.Background(), f)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTARTED\tTRAINEE\tSCENARIO\tENDING\tTOTAL")
	for _, sum := range list {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", sum.ID, clockTime(sum.StartedAt), termSafe(orDash(sum.Trainee)),
			termSafe(sum.ScenarioID), termSafe(endingText(sum))+modeMark(sum), totalText(sum))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(list) == 0 {
		fmt.Fprintln(e.stderr, "No sessions match.")
	}
	return nil
}

func clockTime(t time.Time) string { return t.In(historyLocation).Format("2006-01-02 15:04") }

func endingText(s history.SessionSummary) string {
	if !s.Finished() {
		return "(unfinished)"
	}
	return orDash(s.Ending)
}

func totalText(s history.SessionSummary) string {
	if !s.Scored {
		return "-"
	}
	return strconv.Itoa(s.Total)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// historyShow prints one session: who and what, the transcript, the report.
func historyShow(e env, s history.Store, id history.SessionID) error {
	d, err := s.Session(context.Background(), id)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	fmt.Fprintf(w, "Session %d: %s playing %s (%s)\n", d.ID, termSafe(orDash(d.Trainee)), termSafe(d.ScenarioID), termSafe(d.ScenarioTitle))
	fmt.Fprintf(w, "Started %s, %s voice, rubric %s", clockTime(d.StartedAt), termSafe(orDash(d.Voice)), termSafe(orDash(d.RubricVersion)))
	if d.ParentID != 0 {
		fmt.Fprintf(w, ", retry of session %d from turn %d", d.ParentID, d.ForkTurn)
	}
	fmt.Fprintf(w, "\nEnding: %s\n", termSafe(endingText(d.SessionSummary)))
	writeCoaching(w, d)
	fmt.Fprint(w, "\nTranscript\n")
	for i, t := range d.Transcript.Turns {
		writeShowTurn(w, i, t)
	}
	if d.Report == nil {
		fmt.Fprintln(w, "\nNot scored.")
	} else {
		fmt.Fprintln(w)
		if err := scoring.WriteReportText(w, *d.Report, d.Transcript); err != nil {
			return err
		}
	}
	return w.Flush()
}

func writeShowTurn(w io.Writer, i int, t scoring.Turn) {
	at := time.Duration(t.AtMS) * time.Millisecond
	fmt.Fprintf(w, "  %3d %2d:%02d %-8s %s", i, int(at.Minutes()), int(at.Seconds())%60, termSafe(string(t.Role)), termSafe(t.Text))
	if a := t.Action; a != nil {
		fmt.Fprintf(w, "%s[%s]", sepIf(t.Text != ""), termSafe(a.String()))
	}
	if m := t.Mood; m != nil {
		fmt.Fprintf(w, "  (frustration %d, trust %d, patience %d)", m.Frustration, m.Trust, m.Patience)
	}
	if t.Note != "" {
		fmt.Fprintf(w, "  note: %s", termSafe(t.Note))
	}
	fmt.Fprintln(w)
}

func sepIf(b bool) string {
	if b {
		return " "
	}
	return ""
}

// historyExport streams the matching sessions to stdout. A counter on stderr
// shows progress only when stderr is a terminal, so scripts and pipes stay clean.
func historyExport(e env, s history.Store, hf *historyFlags) error {
	out := bufio.NewWriterSize(e.stdout, 64<<10)
	var progress func(done, total int)
	if isTerminal(e.stderr) {
		progress = exportProgress(e.stderr)
	}
	err := s.Export(context.Background(), out, hf.format, hf.filter, progress)
	if progress != nil {
		fmt.Fprintln(e.stderr)
	}
	if err != nil {
		return err
	}
	return out.Flush()
}

// exportProgress rewrites one counter line in place with a carriage return.
func exportProgress(w io.Writer) func(done, total int) {
	return func(done, total int) { fmt.Fprintf(w, "\rexported %d of %d sessions", done, total) }
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
