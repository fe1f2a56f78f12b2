package scenarios

import (
	"bytes"
	"testing"
)

func TestBuiltinTextIsTheEmbeddedFile(t *testing.T) {
	list, err := Builtin()
	if err != nil || len(list) == 0 {
		t.Fatalf("Builtin() = %d scenarios, %v", len(list), err)
	}
	data, err := BuiltinText(list[0])
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte("id: "+list[0].ID)) {
		t.Errorf("BuiltinText(%s) does not contain its id line", list[0].ID)
	}
	if _, err := BuiltinText(&Scenario{ID: "mine", Source: "/home/t/mine.yaml"}); err == nil {
		t.Error("BuiltinText accepted a user scenario")
	}
}
