// Package ui is Turnaround's desktop interface: the Practice, Author, Review and
// Settings screens, built with Fyne.
//
// ui only renders and forwards input. How the customer reacts (sim), how a session
// is graded (scoring), what a scenario may say (scenarios) and what is stored
// (scoring/history) are decided elsewhere; each screen receives those packages
// through the small interfaces in deps.go, so tests drive the screens with
// fyne.io/fyne/v2/test and fakes, without a display or cgo.
//
// Threading: calls into the simulator, the grader, the store and the LLM run on
// goroutines; every widget change they cause goes through do (fyne.Do in the app),
// so nothing slow runs on the UI thread and widgets are touched by one thread.
//
// Tests: markup snapshots live in ui/testdata (Fyne's test package resolves them
// relative to the package). A mismatch is written to ui/testdata/failed/ for
// review; `go test ./ui -run Snapshot -update` rewrites the masters.
//
// Screens are rows of one table in shell.go. Colours come from AppTheme's
// palette, whose text/background pairs theme_contrast_test.go checks against
// WCAG AA in both variants; anything drawn in a theme colour follows a theme
// change (themedRect, themedText), and Shell repaints screens that are not
// showing when the theme changes.
//
// demo.go, the screenshot and performance driver, is compiled only with
// -tags demo; the product binary has no demo code.
//
// ui never imports fyne.io/fyne/v2/app: the binary in cmd/turnaround creates the
// app and window and passes them in.
package ui
