package scoring

import (
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/olebedev/when"
	"github.com/olebedev/when/rules"
	"github.com/olebedev/when/rules/en"
)

// ruleSet picks parser rules, one bit each, in the order the English parser
// lists them (the parser applies matches in rule order).
type ruleSet uint16

const (
	ruleWeekday ruleSet = 1 << iota
	ruleCasualDate
	ruleCasualTime
	ruleHour
	ruleHourMinute
	ruleDeadline
	ruleMonth
	ruleOrdinalDay
	ruleBareHour
	ruleSets = 1 << iota // how many sets there are
)

// timeRules are the English parser's rules, built once, indexed by bit.
var timeRules = []rules.Rule{
	en.Weekday(rules.Override), en.CasualDate(rules.Override), en.CasualTime(rules.Override),
	en.Hour(rules.Override), en.HourMinute(rules.Override), en.Deadline(rules.Override),
	en.ExactMonthDate(rules.Override), ordinalDay(), bareHour(),
}

// timeParsers holds one parser per rule set, sharing the rule values. Parse only
// reads a parser, so they are safe for concurrent use. Each rule is a regular
// expression costing microseconds, so Analyze runs the parser only on a short
// window at a cue the trie found, and only with the rules that window can match:
// a weekday rule for "Friday", an hour rule only when "am" or "pm" is there.
var timeParsers = func() [ruleSets]*when.Parser {
	var all [ruleSets]*when.Parser
	for set := range all {
		p := when.New(nil)
		for bit, r := range timeRules {
			if set&(1<<bit) != 0 {
				p.Add(r)
			}
		}
		all[set] = p
	}
	return all
}()

// cueRules returns the rule the word of a cue family needs. It is a switch,
// not a map: it is asked at every time phrase, and a switch on a handful of
// short strings costs a fraction of a map's hashing.
func cueRules(family string) ruleSet {
	switch family {
	case "weekday":
		return ruleWeekday
	case "deadline":
		return ruleDeadline
	case "month":
		return ruleMonth
	case "ordinal":
		return ruleOrdinalDay
	case "barehour":
		return ruleBareHour
	}
	return 0 // "casual", "clock"
}

// rulesFor returns the rules worth running over tokens lo..hi-1 for a cue family.
func (az *analyzer) rulesFor(family string, lo, hi int) ruleSet {
	set := cueRules(family)
	for i := lo; i < hi; i++ {
		t := &az.tok.toks[i] // by pointer: a token copied is all of its bytes copied
		if r := casualRules[uint(t.id)%maxSetWord]; r != 0 {
			set |= r
		} else if k := az.tok.keyOf(t); k == "am" || k == "pm" || (t.code || t.num) && isClockToken(t, &az.tok) {
			set |= ruleHour // isClockToken turns away any other word at once: the test spares the call
		}
		if t.num && t.colon {
			set |= ruleHourMinute
		}
	}
	return set
}

var (
	casualDates = idSetOf(casualDatesList)
	casualTimes = idSetOf(casualTimesList)
)

// casualRules is, by word id, the rule a casual date or time needs:
// ruleCasualDate for a word of casualDates, ruleCasualTime for one of
// casualTimes. rulesFor asks it of every word of a window, with one load
// where asking the two sets read where each keeps its bit and then the
// word's row, twice.
var casualRules = func() (rules [maxSetWord]ruleSet) {
	for _, id := range casualTimes.ids() {
		rules[id] = ruleCasualTime
	}
	for _, id := range casualDates.ids() {
		rules[id] = ruleCasualDate // a word of both is a date, as rulesFor asked the dates first
	}
	return rules
}()

// singleWordTimes holds the parser's reading of every one-word time cue, taken
// once at start-up with all rules; TestSingleWordTimesMatchParser checks it
// against the rule sets Analyze would otherwise run. This spares the regular
// expressions for the commonest cues ("by Friday", "tomorrow").
var singleWordTimes = func() map[string]when.Result {
	words := strings.Fields("monday tuesday wednesday thursday friday saturday sunday mon tue wed thu thur fri " +
		"today tonight tomorrow tmr morning afternoon evening noon midday")
	all := map[string]when.Result{}
	for _, w := range words {
		if res, err := timeParsers[ruleSets-1].Parse(w, timeBase); err == nil && res != nil {
			all[w] = *res
		}
	}
	return all
}()

// windowMemo remembers what the parser said about a window of lowercased words
// with a rule set: agents reuse a handful of time phrases ("within 24 hours",
// "tomorrow at 9am"), and the parser is a pure function of the words because the
// base time is fixed, so a remembered answer is the parser's answer. It stops
// growing at windowMemoMax entries. useWindowMemo exists so tests and benchmarks
// can measure the parser's own cost; flip it only while no Analyze is running.
var (
	windowMemo     sync.Map // windowKey -> *when.Result (nil when the parser found nothing)
	windowMemoSize atomic.Int32
	useWindowMemo  = true
)

const windowMemoMax = 4096

type windowKey struct {
	set  ruleSet
	text string
}

// parseWindow returns the parser's reading of a lowercased window, or nil.
func parseWindow(set ruleSet, window string) *when.Result {
	key := windowKey{set, window}
	if useWindowMemo {
		if r, ok := windowMemo.Load(key); ok {
			return r.(*when.Result)
		}
	}
	res, err := timeParsers[set].Parse(window, timeBase)
	if err != nil {
		res = nil
	}
	if useWindowMemo && windowMemoSize.Load() < windowMemoMax {
		// window is cut from the turn's lowered text; cloning it keeps the
		// memo from holding the whole turn alive.
		key.text = strings.Clone(window)
		if _, loaded := windowMemo.LoadOrStore(key, ownedResult(res, key.text)); !loaded {
			windowMemoSize.Add(1)
		}
	}
	return res
}

// windowSlots stand in front of windowMemo: each holds one window as the
// turn spells it, before lowering, with its rule set and parseWindow's
// answer, in the slot a hash of the two picks. The bytes as typed decide
// the lowered ones, so a window found there has the answer windowMemo and
// the parser would give; a hit spares the lowering and windowMemo's
// hashing and locking, about 600 instructions. A window that falls on a
// slot another holds takes its place, so the table stays this size
// whatever a session says, and a slot is replaced whole, so concurrent
// calls each see a complete entry.
var windowSlots [windowSlotCount]atomic.Pointer[windowSlot]

const windowSlotCount = 512

// windowSlot is one remembered window of windowSlots.
type windowSlot struct {
	key windowKey    // the window as typed
	res *when.Result // parseWindow's answer for it lowered, owning its text
}

// windowSeed seeds the hash that picks a window's slot.
var windowSeed = maphash.MakeSeed()

// parseSpan returns parseWindow's reading of bytes start..end of the turn,
// lowered, with rule set set, from windowSlots when the window is there.
func (t *tokenizer) parseSpan(set ruleSet, start, end int) *when.Result {
	if !useWindowMemo {
		return parseWindow(set, t.lowerSpan(start, end))
	}
	key := windowKey{set, t.text[start:end]}
	slot := &windowSlots[(maphash.String(windowSeed, key.text)+uint64(set))%windowSlotCount]
	if e := slot.Load(); e != nil && e.key == key {
		return e.res
	}
	window := strings.Clone(t.lowerSpan(start, end))
	res := parseWindow(set, window)
	key.text = strings.Clone(key.text) // the slot keeps no part of the turn alive
	slot.Store(&windowSlot{key, ownedResult(res, window)})
	return res
}

// ownedResult copies a parser result so that it refers to source, a copy of the
// window it was parsed from, instead of the window itself.
func ownedResult(res *when.Result, source string) *when.Result {
	if res == nil {
		return nil
	}
	c := *res
	c.Source = source
	c.Text = source[c.Index : c.Index+len(c.Text)]
	return &c
}

// casualDatesList holds the words of casualDates.
const casualDatesList = "today tonight tomorrow tmr"

// casualTimesList holds the words of casualTimes.
const casualTimesList = "morning afternoon evening noon"
