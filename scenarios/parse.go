package scenarios

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// MaxFileSize is the largest scenario file Turnaround reads (1 MiB). Real scenarios
// are a few KiB; anything bigger is almost certainly the wrong file.
const MaxFileSize = 1 << 20

// Parse reads and checks one scenario file. It returns every problem it finds, in
// the order they appear in the file. The Scenario is nil only when the file cannot
// be read as YAML at all; otherwise it is filled as far as possible, but callers
// should use it only when there are no diagnostics.
func Parse(path string, data []byte) (*Scenario, Diagnostics) {
	p := parse(path, data)
	return p.scenario, p.diags
}

// parsed is a Parse result plus where the id was written, which the checks across
// files (duplicate ids) need.
type parsed struct {
	scenario *Scenario
	diags    Diagnostics
	idLine   int
	idCol    int
}

func parse(path string, data []byte) parsed {
	hash := hashOf(data)
	// Editors on Windows save UTF-8 with a byte order mark; it is not part of the
	// text, and the YAML reader would take it for the start of the first key.
	data = bytes.TrimPrefix(data, utf8BOM)
	if diag, ok := checkBytes(path, data); !ok {
		return parsed{diags: Diagnostics{diag}}
	}
	if diag, ok := checkShape(path, data); !ok {
		return parsed{diags: Diagnostics{diag}}
	}
	root, diags := parseYAML(path, data)
	if root == nil {
		return parsed{diags: diags}
	}
	d := newDecoder(path)
	d.lines = strings.Split(string(data), "\n")
	d.diags = diags
	s := &Scenario{Channel: "chat", Source: path, Hash: hash}
	d.decodeScenario(root, s)
	d.validate(s)
	d.diags.sortByPosition()
	p := parsed{scenario: s, diags: d.diags, idLine: 1, idCol: 1}
	if pos := d.pos["id"]; pos != nil {
		p.idLine, p.idCol = pos.Line, pos.Column
	}
	return p
}

// idDiagnostic points at the id line of a parsed scenario.
func (p parsed) idDiagnostic(msg string) Diagnostic {
	return Diagnostic{Path: p.scenario.Source, Line: p.idLine, Col: p.idCol, Msg: msg}
}

// utf8BOM is the byte order mark some editors put at the start of a UTF-8 file.
var utf8BOM = []byte("\ufeff")

func hashOf(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// checkBytes refuses what is not a text file before the YAML parser sees it.
func checkBytes(path string, data []byte) (Diagnostic, bool) {
	if len(data) > MaxFileSize {
		return Diagnostic{Path: path, Msg: fmt.Sprintf("file is %s; a scenario file may be at most 1 MiB", sizeString(int64(len(data))))}, false
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line, col := lineCol(data, i)
		return Diagnostic{Path: path, Line: line, Col: col, Msg: "this is a binary file (it contains a NUL byte), not a YAML scenario"}, false
	}
	if i := firstInvalidUTF8(data); i >= 0 {
		line, col := lineCol(data, i)
		return Diagnostic{Path: path, Line: line, Col: col, Msg: fmt.Sprintf("invalid UTF-8 (byte 0x%02x); save the file as UTF-8", data[i])}, false
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return Diagnostic{Path: path, Msg: "file is empty; a scenario needs at least id, title, difficulty, failure, customer, authority, fair_remedy, baseline_satisfaction and beats"}, false
	}
	return Diagnostic{}, true
}

func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// lineCol turns a byte offset into a 1-based line and character column.
func lineCol(data []byte, offset int) (int, int) {
	before := data[:offset]
	line := bytes.Count(before, []byte("\n")) + 1
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[lineStart:]) + 1
}

// sizeString prints a byte count in MiB with one decimal.
func sizeString(n int64) string {
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

// parseYAML turns bytes into the root node of the single document. The parser stops
// at its first syntax error, so a syntax error is the only diagnostic in that case.
// Duplicate keys are allowed here so the decoder can report them all with positions.
func parseYAML(path string, data []byte) (root ast.Node, diags Diagnostics) {
	defer func() {
		// A scenario file must never crash Turnaround, even if the YAML library fails.
		if r := recover(); r != nil {
			root, diags = nil, Diagnostics{{Path: path, Msg: fmt.Sprintf("the YAML reader could not read this file (%v)", r)}}
		}
	}()
	file, err := parser.ParseBytes(data, 0, parser.AllowDuplicateMapKey())
	if err != nil {
		return nil, Diagnostics{flowDiagnostic(syntaxDiagnostic(path, err), data)}
	}
	var docs []*ast.DocumentNode
	for _, doc := range file.Docs {
		if doc == nil || doc.Body == nil {
			continue
		}
		// A "%YAML 1.1" or "%TAG" line comes back as a document of its own;
		// it only sets how the next document is read.
		if _, directive := doc.Body.(*ast.DirectiveNode); directive {
			continue
		}
		docs = append(docs, doc)
	}
	switch {
	case len(docs) == 0:
		return nil, Diagnostics{{Path: path, Msg: "file has no YAML content, only comments"}}
	case len(docs) > 1:
		p := nodePos(docs[1].Body)
		diag := Diagnostic{Path: path, Msg: "a scenario file holds one YAML document; move this one to its own file"}
		if p != nil {
			diag.Line, diag.Col = p.Line, p.Column
		}
		diags = append(diags, diag)
	}
	body := docs[0].Body
	switch body.(type) {
	case *ast.MappingNode, *ast.MappingValueNode:
		return body, diags
	}
	return nil, append(Diagnostics{{Path: path, Line: 1, Col: 1, Msg: fmt.Sprintf("a scenario must be a mapping of keys (id, title, ...), not %s", describe(body))}}, diags...)
}

// syntaxDiagnostic keeps the parser's own message and position.
func syntaxDiagnostic(path string, err error) Diagnostic {
	var yerr yaml.Error
	if errors.As(err, &yerr) {
		diag := Diagnostic{Path: path, Msg: "YAML syntax error: " + yerr.GetMessage()}
		if tk := yerr.GetToken(); tk != nil && tk.Position != nil {
			diag.Line, diag.Col = tk.Position.Line, tk.Position.Column
		}
		return diag
	}
	return Diagnostic{Path: path, Msg: "YAML syntax error: " + err.Error()}
}
