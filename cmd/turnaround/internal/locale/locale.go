// Package locale gives the process a real locale when the environment names the
// C or POSIX locale (LANG=C.UTF-8 on many servers and containers). Fyne reads the
// locale while its packages initialise and logs "Error parsing user locale C"
// for those values, even for subcommands that never open a window.
//
// Import it for its side effect. It imports only os and strings, so Go's
// initialisation order (dependencies first, then import path order) runs it
// before Fyne's lang package, which depends on golang.org/x/text and fmt.
package locale

import (
	"os"
	"strings"
)

// Fallback is the locale used in place of C or POSIX.
const Fallback = "en_US.UTF-8"

func init() { Fix(os.Getenv, os.Setenv) }

// Fix replaces the first of LC_ALL, LC_MESSAGES and LANG that is set, the one
// locale lookups use, when it names the C or POSIX locale.
func Fix(getenv func(string) string, setenv func(string, string) error) {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(name)
		if v == "" {
			continue
		}
		if isPlain(v) {
			_ = setenv(name, Fallback)
		}
		return
	}
}

// isPlain reports whether v names the C or POSIX locale, with any codeset or modifier.
func isPlain(v string) bool {
	base, _, _ := strings.Cut(v, ".")
	base, _, _ = strings.Cut(base, "@")
	return base == "C" || base == "POSIX"
}
