package history

import (
	"path/filepath"
	"runtime"
	"testing"
)

func TestEachTeamStoreHasItsOwnQueueFile(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the config folder is only read from XDG_CONFIG_HOME on Linux")
	}
	t.Setenv("XDG_CONFIG_HOME", "/home/ana/.config")
	path := func(url string) string {
		t.Helper()
		p, err := DefaultQueuePath(url)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	ana := path("postgres://ana@db.example/team")
	if filepath.Dir(ana) != "/home/ana/.config/turnaround" {
		t.Errorf("queue file %s is not beside the history file", ana)
	}
	if typed := path("postgres://ana:secret@db.example/team"); typed != ana {
		t.Errorf("a typed password changes the queue file: %s vs %s", typed, ana)
	}
	for _, other := range []string{"postgres://lee@db.example/team", "postgres://ana@db.example/other", "postgres://ana@db2.example/team"} {
		if path(other) == ana {
			t.Errorf("%s shares Ana's queue file %s", other, ana)
		}
	}
}
