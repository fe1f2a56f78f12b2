package ui

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSetYAMLScalar(t *testing.T) {
	src := "id: a # keep me\ntitle: Old\ncustomer:\n  name: Dana\n  mood: {frustration: 70}\nfailure:\n  kind: outage\n  name: not-this\n"
	cases := []struct {
		path  []string
		value string
		want  string
		ok    bool
	}{
		{[]string{"title"}, "New: title", "id: a # keep me\ntitle: \"New: title\"\ncustomer:\n  name: Dana\n  mood: {frustration: 70}\nfailure:\n  kind: outage\n  name: not-this\n", true},
		{[]string{"id"}, "b", "id: b # keep me\ntitle: Old\ncustomer:\n  name: Dana\n  mood: {frustration: 70}\nfailure:\n  kind: outage\n  name: not-this\n", true},
		{[]string{"customer", "name"}, "Sam", "id: a # keep me\ntitle: Old\ncustomer:\n  name: Sam\n  mood: {frustration: 70}\nfailure:\n  kind: outage\n  name: not-this\n", true},
		{[]string{"failure", "kind"}, "billing-error", "id: a # keep me\ntitle: Old\ncustomer:\n  name: Dana\n  mood: {frustration: 70}\nfailure:\n  kind: billing-error\n  name: not-this\n", true},
		{[]string{"customer", "persona"}, "x", src, false},
	}
	for _, c := range cases {
		got, ok := setYAMLScalar(src, c.path, c.value)
		if ok != c.ok {
			t.Errorf("%v: ok = %v, want %v", c.path, ok, c.ok)
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%v (-want +got):\n%s", c.path, diff)
		}
	}
}

// A comment after a tab is a comment too, and a '#' inside quotes is part of
// the value: the form shows and keeps what the YAML reader reads.
func TestYAMLScalarComments(t *testing.T) {
	src := "title:\tOld\t# after a tab\nslogan: \"we're #1\" # ours\nnote: plain#hash\n"
	for _, c := range []struct {
		path []string
		want string
	}{
		{[]string{"title"}, "Old"},
		{[]string{"slogan"}, "we're #1"},
		{[]string{"note"}, "plain#hash"},
	} {
		if got, ok := getYAMLScalar(src, c.path); !ok || got != c.want {
			t.Errorf("getYAMLScalar(%v) = %q, %v; want %q", c.path, got, ok, c.want)
		}
	}
	got, ok := setYAMLScalar(src, []string{"slogan"}, "second to none")
	want := "title:\tOld\t# after a tab\nslogan: second to none # ours\nnote: plain#hash\n"
	if !ok || got != want {
		t.Errorf("setYAMLScalar kept %q, %v; want %q", got, ok, want)
	}
	got, _ = setYAMLScalar(src, []string{"title"}, "New")
	if want := "title: New\t# after a tab\nslogan: \"we're #1\" # ours\nnote: plain#hash\n"; got != want {
		t.Errorf("setYAMLScalar after a tab gave %q, want %q", got, want)
	}
}
