package locale

import "testing"

func TestFix(t *testing.T) {
	cases := []struct {
		name string
		env  map[string]string
		want map[string]string
	}{
		{"C.UTF-8 LANG", map[string]string{"LANG": "C.UTF-8"}, map[string]string{"LANG": Fallback}},
		{"POSIX LC_ALL wins", map[string]string{"LC_ALL": "POSIX", "LANG": "de_DE.UTF-8"},
			map[string]string{"LC_ALL": Fallback, "LANG": "de_DE.UTF-8"}},
		{"real locale kept", map[string]string{"LANG": "fr_FR.UTF-8"}, map[string]string{"LANG": "fr_FR.UTF-8"}},
		{"LC_ALL set to a real locale hides LANG=C", map[string]string{"LC_ALL": "en_GB.UTF-8", "LANG": "C"},
			map[string]string{"LC_ALL": "en_GB.UTF-8", "LANG": "C"}},
		{"nothing set", map[string]string{}, map[string]string{}},
	}
	for _, c := range cases {
		env := map[string]string{}
		for k, v := range c.env {
			env[k] = v
		}
		Fix(func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
		if len(env) != len(c.want) {
			t.Errorf("%s: env = %v, want %v", c.name, env, c.want)
			continue
		}
		for k, v := range c.want {
			if env[k] != v {
				t.Errorf("%s: %s = %q, want %q", c.name, k, env[k], v)
			}
		}
	}
}
