package ui

import (
	"sync"
	"time"
)

func (d Deps) now() time.Time {
	if d.Now != nil {
		return d.Now()
	}
	return time.Now()
}

// ticks returns the session timer's tick channel and a function that stops it.
// The channel closes on stop, so the goroutine ranging over it ends too.
func (d Deps) ticks() (<-chan time.Time, func()) {
	if d.Ticks != nil {
		return d.Ticks()
	}
	t := time.NewTicker(time.Second)
	out := make(chan time.Time)
	stop := make(chan struct{})
	go func() {
		defer close(out)
		for {
			select {
			case tick := <-t.C:
				select {
				case out <- tick:
				case <-stop:
					return
				}
			case <-stop:
				return
			}
		}
	}()
	var once sync.Once
	return out, func() { once.Do(func() { t.Stop(); close(stop) }) }
}
