package scenarios

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/goccy/go-yaml"
	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// lintFixtures are the golden broken files shared with the lint command's tests.
const lintFixtures = "../testdata/lint"

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open("scenario.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("scenario.schema.json is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("scenario.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("scenario.schema.json")
	if err != nil {
		t.Fatalf("scenario.schema.json does not compile: %v", err)
	}
	return sch
}

// schemaAccepts converts YAML to JSON the way an editor's YAML language server does
// and validates it.
func schemaAccepts(t *testing.T, sch *jsonschema.Schema, data []byte) (bool, error) {
	t.Helper()
	js, err := yaml.YAMLToJSON(data)
	if err != nil {
		t.Fatalf("fixture is not convertible YAML: %v", err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	err = sch.Validate(inst)
	return err == nil, err
}

// schemaCase is one file both checkers see. Edits change the valid fixture; file
// names a golden file in testdata/lint.
type schemaCase struct {
	name     string
	file     string
	old, new string
}

func (c schemaCase) data(t *testing.T) []byte {
	if c.file != "" {
		data, err := os.ReadFile(filepath.Join(lintFixtures, c.file+".yaml"))
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	data := readValid(t)
	if !bytes.Contains(data, []byte(c.old)) {
		t.Fatalf("valid fixture does not contain %q", c.old)
	}
	return bytes.Replace(data, []byte(c.old), []byte(c.new), 1)
}

// structuralCases break only rules a JSON Schema can express: the schema and Parse
// must both accept or both reject each one.
var structuralCases = []schemaCase{
	{name: "valid fixture unchanged", old: "id:", new: "id:"},
	{name: "minimal optional fields left out", old: "brief: Dana paid for express shipping; the gift came three days late and she bought another in a store.\n", new: ""},
	{name: "a beat as one mapping line", old: `  on_hang_up: ["Forget it. I'm done."]`, new: "  on_hang_up: {text: Bye., mood: calm}"},
	{name: "whole float as difficulty", old: "difficulty: 2", new: "difficulty: 2.0"},
	{file: "unknown-key"},
	{file: "wrong-type"},
	{file: "missing-required-field"},
	{file: "number-out-of-range"},
	{file: "unknown-beat"},
	{file: "missing-required-beat"},
	{file: "empty-customer-line"},
	{file: "unknown-value"},
	{file: "invalid-id"},
	{file: "negative-money"},
	{name: "blank title", old: "title: The anniversary gift that arrived late", new: `title: "   "`},
	{name: "lower-case currency", old: "currency: USD}", new: "currency: usd}"},
	{name: "empty authority card", old: "authority:\n", new: "authority: []\nx_authority:\n"},
	{name: "weights missing one", old: "fairness: 0.2}", new: "fairness_x: 0.2}"},
	{name: "unknown key in a line", old: "mood: angry}", new: "tone: angry}"},
	{name: "line that is a number", old: `  on_hang_up: ["Forget it. I'm done."]`, new: "  on_hang_up: [404]"},
	{name: "empty facts", old: "  facts:\n", new: "  facts: []\n  x_facts:\n"},
	{name: "repeat as text", old: "repeat: false", new: "repeat: nope"},
	{name: "fraction as patience", old: "patience: 6", new: "patience: 6.5"},
}

func TestSchemaAndParseAgreeOnStructure(t *testing.T) {
	sch := compileSchema(t)
	for _, c := range structuralCases {
		name := c.name + c.file
		t.Run(name, func(t *testing.T) {
			data := c.data(t)
			schemaOK, schemaErr := schemaAccepts(t, sch, data)
			_, diags := Parse(name+".yaml", data)
			if parseOK := len(diags) == 0; schemaOK != parseOK {
				t.Errorf("schema accepts: %v, Parse accepts: %v\nschema: %v\nParse:\n%v", schemaOK, parseOK, schemaErr, diags)
			}
		})
	}
}

// crossFieldFiles break rules that connect fields; a JSON Schema cannot express
// them, so editors accept these files and only 'turnaround lint' catches them.
// The test pins that gap so FORMAT.md stays true.
var crossFieldFiles = []string{
	"after-action-not-on-card", "duplicate-authority-kind", "escalate-without-to",
	"fair-remedy-above-authority", "fair-remedy-min-above-max", "money-action-without-max",
	"unknown-placeholder", "want-not-on-card", "weights-do-not-add-up",
}

func TestSchemaLeavesCrossFieldRulesToLint(t *testing.T) {
	sch := compileSchema(t)
	for _, file := range crossFieldFiles {
		t.Run(file, func(t *testing.T) {
			data := schemaCase{file: file}.data(t)
			if ok, err := schemaAccepts(t, sch, data); !ok {
				t.Errorf("schema rejects a file whose only problem is cross-field: %v", err)
			}
			if _, diags := Parse(file, data); len(diags) == 0 {
				t.Error("Parse accepts it, but the rule should be caught")
			}
		})
	}
}

func TestSchemaAcceptsTheLibrary(t *testing.T) {
	sch := compileSchema(t)
	names, _ := fs.Glob(libraryFS, "library/*.yaml")
	for _, name := range names {
		data, _ := libraryFS.ReadFile(name)
		if ok, err := schemaAccepts(t, sch, data); !ok {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestSchemaVocabularyMatchesGo keeps the schema's word lists equal to vocab.go, so
// an editor never offers a word the linter refuses.
func TestSchemaVocabularyMatchesGo(t *testing.T) {
	raw, err := os.ReadFile("scenario.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Properties struct {
			Channel struct{ Enum []string }
			Failure struct {
				Properties struct{ Kind struct{ Enum []string } }
			}
			Customer struct {
				Properties struct {
					Wants struct{ Items struct{ Enum []string } }
				}
			}
			Beats struct {
				Required      []string
				PropertyNames struct{ Enum []string }
			}
		}
		Defs struct {
			Authority struct {
				Properties struct{ Kind struct{ Enum []string } }
			}
		} `json:"$defs"`
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatal(err)
	}
	p := s.Properties
	checks := []struct {
		name         string
		schema, want []string
	}{
		{"channels", p.Channel.Enum, Channels},
		{"failure kinds", p.Failure.Properties.Kind.Enum, FailureKinds},
		{"wants", p.Customer.Properties.Wants.Items.Enum, append(append([]string{}, Wants...), ActionKinds...)},
		{"required beats", p.Beats.Required, RequiredBeats},
		{"beat names", p.Beats.PropertyNames.Enum, BeatNames},
		{"action kinds", s.Defs.Authority.Properties.Kind.Enum, ActionKinds},
	}
	for _, c := range checks {
		if diff := cmp.Diff(sorted(c.want), sorted(c.schema)); diff != "" {
			t.Errorf("schema %s differ from vocab.go (-go +schema):\n%s", c.name, diff)
		}
	}
}

func sorted(list []string) []string {
	out := append([]string(nil), list...)
	sort.Strings(out)
	return out
}
