package history

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/turnaround-app/turnaround/scoring"
)

// ExportFormats are the formats Export writes.
var ExportFormats = []string{"csv", "json"}

// progressEvery is how many rows pass between progress calls, so a counter on a
// terminal does not cost more than the export.
const progressEvery = 250

// Export implements Store. Rows stream from the database, oldest first, so a
// large history never sits in memory at once.
func (s *SQLiteStore) Export(ctx context.Context, w io.Writer, format string, f Filter, progress func(done, total int)) error {
	enc, err := newExportEncoder(w, format)
	if err != nil {
		return err
	}
	total, err := s.countSessions(ctx, f)
	if err != nil {
		return err
	}
	where, args := whereClause(f)
	q := "SELECT " + summaryColumns + summaryFrom + " WHERE " + where +
		" ORDER BY se.started_at, se.id" + limitClause(f)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return s.wrap("export sessions", err)
	}
	defer rows.Close()
	return exportRows(rows, enc, total, progress, s.wrap)
}

// exportRows writes every session summary in rows through enc, calling progress
// every progressEvery rows and once at the end. wrap words a store error the
// way the calling store does.
func exportRows(rows rowCursor, enc exportEncoder, total int, progress func(done, total int), wrap func(string, error) error) error {
	done := 0
	for rows.Next() {
		sum, err := scanSummary(rows)
		if err != nil {
			return wrap("export sessions", err)
		}
		if err := enc.row(sum); err != nil {
			return fmt.Errorf("write export: %w", err)
		}
		done++
		if progress != nil && done%progressEvery == 0 {
			progress(done, total)
		}
	}
	if err := rows.Err(); err != nil {
		return wrap("export sessions", err)
	}
	if progress != nil {
		progress(done, total)
	}
	return enc.close()
}

func (s *SQLiteStore) countSessions(ctx context.Context, f Filter) (int, error) {
	where, args := whereClause(f)
	var n int
	err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM sessions se WHERE "+where, args...).Scan(&n)
	if f.Limit > 0 && n > f.Limit {
		n = f.Limit
	}
	return n, s.wrap("count sessions", err)
}

// exportEncoder writes one session per row.
type exportEncoder interface {
	row(SessionSummary) error
	close() error
}

func newExportEncoder(w io.Writer, format string) (exportEncoder, error) {
	switch format {
	case "csv":
		return newCSVExport(w)
	case "json":
		return &jsonExport{w: w}, nil
	}
	return nil, fmt.Errorf("unknown export format %q; use %s", format, strings.Join(ExportFormats, " or "))
}

// CSVHeader is the header row of a CSV export: one column per dimension.
var CSVHeader = append([]string{"id", "started_at", "ended_at", "trainee", "scenario", "scenario_title",
	"scenario_hash", "rubric_version", "voice", "ending", "turns", "parent_id", "total"}, dimensionNames()...)

func dimensionNames() []string {
	names := make([]string, len(scoring.Dimensions))
	for i, d := range scoring.Dimensions {
		names[i] = string(d)
	}
	return names
}

// csvExport writes RFC 4180 CSV (CRLF line ends, quoted where needed).
type csvExport struct{ w *csv.Writer }

func newCSVExport(w io.Writer) (*csvExport, error) {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return &csvExport{w: cw}, cw.Write(CSVHeader)
}

func (c *csvExport) row(s SessionSummary) error {
	rec := []string{strconv.FormatInt(int64(s.ID), 10), csvTime(s.StartedAt), csvTime(s.EndedAt),
		cellText(s.Trainee), cellText(s.ScenarioID), cellText(s.ScenarioTitle), cellText(s.ScenarioHash),
		cellText(s.RubricVersion), cellText(s.Voice), cellText(s.Ending), strconv.Itoa(s.Turns), csvParent(s.ParentID), csvScore(s.Scored, s.Total)}
	for _, d := range scoring.Dimensions {
		rec = append(rec, csvScore(s.Scored, s.Scores[d]))
	}
	return c.w.Write(rec)
}

func (c *csvExport) close() error {
	c.w.Flush()
	return c.w.Error()
}

// cellText keeps a spreadsheet from running typed text as a formula: a cell
// whose first visible character is = + - or @ gets a leading apostrophe, the
// spreadsheet convention for "this is text". Spreadsheets skip leading spaces,
// tabs, line breaks, a byte-order mark and other invisible characters before
// they look for a formula, and some read the full-width and small forms
// (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫) as the ASCII ones, so the test looks past the
// first and folds the second.
func cellText(s string) string {
	for _, r := range s {
		if invisible(r) {
			continue
		}
		if strings.ContainsAny(norm.NFKC.String(string(r)), "=+-@") || r == '\u2212' {
			return "'" + s
		}
		return s
	}
	return s
}

// invisible reports whether a spreadsheet would pass over r before deciding
// whether a cell is a formula: white space, control and format characters
// (the byte-order mark, zero-width and bidi marks).
func invisible(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
}

// csvTime writes times as spreadsheets parse them; empty when unset.
func csvTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02 15:04:05")
}

func csvScore(scored bool, n int) string {
	if !scored {
		return ""
	}
	return strconv.Itoa(n)
}

func csvParent(id SessionID) string {
	if id == 0 {
		return ""
	}
	return strconv.FormatInt(int64(id), 10)
}

// jsonExport writes a JSON array, one session object per line.
type jsonExport struct {
	w    io.Writer
	rows int
}

func (j *jsonExport) row(s SessionSummary) error {
	b, err := json.Marshal(s)
	if err != nil {
		return err
	}
	sep := ",\n"
	if j.rows == 0 {
		sep = "[\n"
	}
	j.rows++
	_, err = fmt.Fprintf(j.w, "%s%s", sep, b)
	return err
}

func (j *jsonExport) close() error {
	end := "\n]\n"
	if j.rows == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(j.w, end)
	return err
}
