package scoring

import (
	"sync/atomic"
	"time"
)

// formatOffset writes how far ahead of the base a time is: "+15m", "+8h",
// "+4d", "+1d2h". Agents name a handful of times ("by Friday", "within 24
// hours"), so the answers are remembered in a small table, one offset a
// slot, and a time already written costs a load and a comparison rather
// than the arithmetic and an allocation. Slots are replaced whole, so
// concurrent calls each see a complete entry.
func formatOffset(d time.Duration) string {
	d = d.Round(time.Minute)
	slot := &offsetNames[uint64(d/time.Minute)%uint64(len(offsetNames))]
	if e := slot.Load(); e != nil && e.d == d {
		return e.name
	}
	name := writeOffset(d)
	slot.Store(&offsetName{d, name})
	return name
}

// offsetName is one remembered answer of formatOffset.
type offsetName struct {
	d    time.Duration
	name string
}

var offsetNames [256]atomic.Pointer[offsetName]
