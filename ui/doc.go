// Package ui is Turnaround's desktop interface: the Practice, Author, Review and
// Settings screens, built with Fyne.
//
// ui only renders and forwards input. How the customer reacts (sim), how a session
// is graded (scoring), what a scenario may say (scenarios) and what is stored
// (scoring/history) are decided elsewhere; each screen receives those packages
// through the small interfaces in deps.go, so tests drive the screens with
// fyne.io/fyne/v2/test and fakes, without a display or cgo.
//
// ui never imports fyne.io/fyne/v2/app: the binary in cmd/turnaround creates the
// app and window and passes them in.
package ui
