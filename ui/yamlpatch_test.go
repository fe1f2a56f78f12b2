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
