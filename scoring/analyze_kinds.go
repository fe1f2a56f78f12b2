package scoring

import (
	"fmt"
	"slices"
)

// kindID numbers a kind a candidate marker can have: its index in
// candidateKinds. A candidate carries it in its facts (see kindFacts), so that
// the passes over a turn's candidates (sortOrder, dedupe, dropSuppressed and
// the notes the checks read) compare small numbers where they compared
// strings.
type kindID uint8

// candidateKinds are every kind a candidate marker of Analyze can have: the
// markers it reports, the cues the phrase tables find, and cueDropped.
// factsOf panics on a kind missing here; the tables are compiled when the
// package starts, so any test run reports one. They are kept in the order
// of their names, so that kinds' numbers compare as their names do (see
// sortOrder).
var candidateKinds = slices.Sorted(slices.Values([]MarkerKind{
	MarkAcknowledgesCost, MarkOwnsMistake, MarkApology, MarkBlame, MarkReflects, MarkQuestion,
	MarkAsksInfo, MarkConcreteAction, MarkTimeCommitment, MarkChoices, MarkAuthority, MarkHedge,
	MarkPolicy, MarkPromise, MarkFollowUp, MarkFiller, MarkVague, MarkJargon, MarkInjection,
	MarkEscalation, MarkAction, MarkValidates,
	cueRequest, cueTime, cueFuture, cueCancel, cueExcuse, cueOwning, cueDropped,
}))

// maxKinds bounds the kinds candidateKinds may hold: the numbers fit the bits
// kindFacts keeps for them, and a turn's kinds fit one uint64 (see dedupe).
const maxKinds = 1 << (16 - kindShift)

// noKind is the number of no kind: what a group of suppressors that are
// not cancels cancels (see spanGroup).
const noKind kindID = maxKinds - 1

// kindIDs holds each kind's number.
var kindIDs = numberKinds(candidateKinds)

// numberKinds returns the number of each of kinds, its index.
func numberKinds(kinds []MarkerKind) map[MarkerKind]kindID {
	if len(kinds) >= maxKinds { // noKind takes the last number
		panic(fmt.Sprintf("scoring: more than %d marker kinds; give kindFacts more bits", maxKinds))
	}
	ids := make(map[MarkerKind]kindID, len(kinds))
	for i, k := range kinds {
		ids[k] = kindID(i)
	}
	return ids
}

// kindIDOf returns k's number, and whether k has one.
func kindIDOf(k MarkerKind) (kindID, bool) {
	id, ok := kindIDs[k]
	return id, ok
}

// idOfKind returns the number of k, which must be in candidateKinds.
func idOfKind(k MarkerKind) kindID {
	id, ok := kindIDOf(k)
	if !ok {
		panic("scoring: marker kind " + string(k) + " is not in candidateKinds")
	}
	return id
}

// The numbers of the kinds the passes over the candidates single out.
var (
	droppedKind  = idOfKind(cueDropped)
	cancelKind   = idOfKind(cueCancel)
	ownsKind     = idOfKind(MarkOwnsMistake)
	blameKind    = idOfKind(MarkBlame)
	hedgeKind    = idOfKind(MarkHedge)
	apologyKind  = idOfKind(MarkApology)
	asksInfoKind = idOfKind(MarkAsksInfo)
	fillerKind   = idOfKind(MarkFiller)
)

// kindSet is a set of kinds by their numbers.
type kindSet uint64

// has reports whether k is in s.
func (s kindSet) has(k kindID) bool { return s&(1<<k) != 0 }

// suppressorKinds are the kinds isSuppressor takes, and suppressorsOf, per
// kind, the numbers of the kinds suppressedBy names for it: both read from
// those functions when the package starts.
var suppressorKinds, suppressorsOf = numberSuppressors()

// numberSuppressors returns isSuppressor and suppressedBy as numbers.
func numberSuppressors() (kindSet, [maxKinds][]kindID) {
	var set kindSet
	var by [maxKinds][]kindID
	for i, k := range candidateKinds {
		if isSuppressor(k) {
			set |= 1 << i
		}
		for _, s := range suppressedBy(k) {
			by[i] = append(by[i], idOfKind(s))
		}
	}
	return set, by
}
