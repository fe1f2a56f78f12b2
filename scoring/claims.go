package scoring

import (
	"strings"

	"github.com/turnaround-app/turnaround/scenarios"
)

// A remedy exists only when the trainee performs it (an action). Words that say
// one was already given ("I have refunded 25 USD") without the action are a claim
// the customer cannot see; the rubric charges for it and the simulated customer
// answers it ("I don't see anything yet").

// claimWords map the words that name a remedy to its action kind.
var claimWords = []struct{ word, kind string }{
	{"refund", "refund"}, {"reimburs", "refund"}, {"money back", "refund"},
	{"credit", "credit"}, {"voucher", "credit"},
	{"discount", "discount"}, {"waive", "waive-fee"},
	{"replacement", "replacement"}, {"replaced", "replacement"},
}

// Claim is a remedy an agent turn's words say was already given.
type Claim struct {
	// Kind is the action kind the words name; "" when only an amount shows the
	// claim is about money.
	Kind string
	// Quote is the words that make the claim.
	Quote string
}

// announcements open the concrete-action phrases that say a step is about to
// be taken ("I'll refund that now"). The customer hears a promise, not a claim
// that it is done: the same words without "now" are a promise, and adding "now"
// must not turn them into a claim the rubric charges for.
var announcements = []string{"i'll ", "i will ", "we'll ", "we will ", "i'm going to ", "i am going to ",
	"we're going to ", "we are going to ", "let me "}

// ClaimedRemedy finds the remedy a turn's words say is done or being done: a
// concrete-action phrase, other than one announcing a step about to be taken,
// in a turn that names a remedy or an amount.
//
// The remedy's kind is read from the words of that claim: from the marker to the
// next concrete-action marker, so "the 12 USD has gone back to your card, and I'm
// adding a credit" claims money back, as "I've refunded the 12 USD, and I'm adding
// a credit" claims a refund, whichever word for it the turn uses.
func ClaimedRemedy(text string, an Analysis) (Claim, bool) {
	for i, m := range an.Markers {
		if m.Kind != MarkConcreteAction || announces(m.Text) {
			continue
		}
		words := text[min(m.Start, len(text)):]
		for _, next := range an.Markers[i+1:] {
			if next.Kind == MarkConcreteAction && next.Start > m.Start && next.Start <= len(text) {
				words = text[m.Start:next.Start]
				break
			}
		}
		for _, w := range claimWords {
			if containsFold(words, w.word) {
				return Claim{Kind: w.kind, Quote: m.Text}, true
			}
		}
		if m.Value > 0 {
			return Claim{Quote: m.Text}, true
		}
	}
	return Claim{}, false
}

// Backed reports whether a performed action stands behind the claim: one of the
// named kind, or any money action when the claim names only an amount. has says
// whether a kind was performed by the time of the claim.
func (c Claim) Backed(has func(kind string) bool) bool {
	if c.Kind != "" {
		return has(c.Kind)
	}
	for _, k := range scenarios.MoneyActions {
		if has(k) {
			return true
		}
	}
	return false
}

// announces reports whether a concrete-action phrase announces a step about to
// be taken rather than one done or under way.
func announces(phrase string) bool {
	for _, a := range announcements {
		if len(phrase) >= len(a) && strings.EqualFold(phrase[:len(a)], a) {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains the lower-case ASCII word, ignoring
// the case of s, without building a lowered copy of a long turn.
func containsFold(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(word)], word) {
			return true
		}
	}
	return false
}
