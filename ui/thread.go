package ui

import "fyne.io/fyne/v2"

// do runs f on the UI thread; every widget change made from a goroutine goes
// through it. In the app it is fyne.Do. Tests replace it with a queue that the
// test goroutine drains, so they run the screens the way the app does: one
// thread touches widgets, work happens beside it.
var do = fyne.Do
