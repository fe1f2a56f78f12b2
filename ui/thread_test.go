package ui

import (
	"testing"
	"time"
)

// uiQueue holds the widget updates goroutines post through do; the test
// goroutine runs them in pump, playing the part of the app's UI thread.
var uiQueue = make(chan func(), 4096)

func init() { do = func(f func()) { uiQueue <- f } }

// pump runs posted UI work on the test goroutine until done reports true.
func pump(t testing.TB, what string, done func() bool) {
	t.Helper()
	deadline := time.After(5 * time.Second)
	tick := time.NewTicker(2 * time.Millisecond) // some conditions change off the UI thread
	defer tick.Stop()
	for !done() {
		select {
		case f := <-uiQueue:
			f()
		case <-tick.C:
		case <-deadline:
			t.Fatalf("%s did not happen within 5s", what)
		}
	}
}

// signalled makes a done func for pump that consumes one signal from ch.
func signalled(ch chan struct{}) func() bool {
	return func() bool {
		select {
		case <-ch:
			return true
		default:
			return false
		}
	}
}

// drainUI runs whatever UI work is already posted, without waiting for more.
func drainUI() {
	for {
		select {
		case f := <-uiQueue:
			f()
		default:
			return
		}
	}
}
