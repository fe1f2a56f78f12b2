package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestSettingsNeverSavesTheTeamStorePassword(t *testing.T) {
	tests := map[string]string{
		"postgres://ana:secret@db.example/team?sslmode=require": "postgres://ana@db.example/team?sslmode=require",
		"postgres://ana@db.example/team":                        "postgres://ana@db.example/team",
		"":                                                      "",
	}
	for typed, want := range tests {
		if got := storeURLForPrefs(typed); got != want {
			t.Errorf("storeURLForPrefs(%q) = %q; want %q", typed, got, want)
		}
	}
	a := test.NewTempApp(t)
	s := NewSettings(a, Deps{})
	test.Type(s.store, "postgres://ana:secret@db.example/team")
	if got := a.Preferences().String(PrefStoreURL); got != "postgres://ana@db.example/team" {
		t.Errorf("saved team store URL = %q; want it without the password", got)
	}
}
