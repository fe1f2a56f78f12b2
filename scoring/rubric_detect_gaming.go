package scoring

import (
	"unicode"
	"unicode/utf8"
)

// Thresholds for the anti-gaming rules. They are generous on purpose: a plain,
// honest reply never comes near them.
const (
	// overlongWords is the reply length past which the answer is buried.
	overlongWords = 120
	// stuffedMarkers and stuffedWordsPerMarker: a reply with at least this many
	// rewarded phrases and fewer words per phrase is a keyword list, not a reply.
	stuffedMarkers        = 5
	stuffedWordsPerMarker = 6
	// repeatedWordShare: one content word making up this share of a reply of at
	// least repeatedWordMin words is stuffing too ("sorry sorry sorry refund").
	repeatedWordShare = 0.2
	repeatedWordMin   = 10
	// pastedMinChars stops "ok" or "thanks" twice from counting as a pasted reply.
	pastedMinChars = 15
)

// rewardedKinds are the phrases positive rules pay for: the ones worth stuffing.
// Times are left out: an honest plan ("Monday's bookings from the Friday 18:00
// backup, within the hour") is dense with them and is not stuffing.
var rewardedKinds = []MarkerKind{
	MarkAcknowledgesCost, MarkOwnsMistake, MarkApology, MarkReflects, MarkQuestion,
	MarkConcreteAction, MarkChoices, MarkAuthority, MarkFollowUp, MarkPromise, MarkEscalation, MarkValidates,
}

// detectKeywordStuffing fires on replies that pile up rewarded phrases or repeat
// one word until it dominates.
func detectKeywordStuffing(s *session) []hit {
	hits := s.hitBuf()
	for _, i := range s.agent {
		if s.isStuffed(i) {
			hits = append(hits, hit{i, s.turnQuote(i)})
		}
	}
	return hits
}

func (s *session) isStuffed(i int) bool {
	a := s.an[i]
	rewarded := 0
	for _, m := range a.Markers {
		if containsKind(rewardedKinds, m.Kind) {
			rewarded++
		}
	}
	if rewarded >= stuffedMarkers && a.Words < rewarded*stuffedWordsPerMarker {
		return true
	}
	return s.dominantWordShare(s.t.Turns[i].Text) >= repeatedWordShare
}

// dominantWordShare is the share of a reply taken by its most repeated content
// word (four letters or more), or 0 for replies too short to judge. It reuses
// the session's word-count map so a long transcript does not allocate per reply.
func (s *session) dominantWordShare(text string) float64 {
	if s.wordCounts == nil {
		s.wordCounts = make(map[uint64]int, 64)
	}
	clear(s.wordCounts)
	words, best, start := 0, 0, -1
	for i, r := range text {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\''
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			words++
			best = max(best, s.countWord(text[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		words++
		best = max(best, s.countWord(text[start:]))
	}
	if words < repeatedWordMin {
		return 0
	}
	return float64(best) / float64(words)
}

// countWord counts one more use of a content word and returns its count so far;
// short words count as 0 because "the" and "you" repeat in every honest reply.
// Words are counted by their case-folded hash, so "Refund" and "refund" are one
// word and no lowered copy is allocated.
func (s *session) countWord(w string) int {
	if utf8.RuneCountInString(w) < 4 {
		return 0
	}
	h, _ := normalHash(w)
	s.wordCounts[h]++
	return s.wordCounts[h]
}

// detectCopyPastedTurn fires on each agent reply identical (ignoring case, spacing
// and punctuation) to an earlier one.
func detectCopyPastedTurn(s *session) []hit {
	seen := make([]uint64, 0, len(s.agent))
	hits := s.hitBuf()
	for _, i := range s.agent {
		key, n := normalHash(s.t.Turns[i].Text)
		if n < pastedMinChars {
			continue
		}
		if containsHash(seen, key) {
			hits = append(hits, hit{i, s.turnQuote(i)})
		}
		seen = append(seen, key)
	}
	return hits
}

// detectGraderInstruction fires on words addressed to the grader rather than the customer.
func detectGraderInstruction(s *session) []hit {
	return markerDetector(MarkInjection)(s)
}

// detectOverlongTurn fires on replies longer than overlongWords.
func detectOverlongTurn(s *session) []hit {
	hits := s.hitBuf()
	for _, i := range s.agent {
		if s.an[i].Words > overlongWords {
			hits = append(hits, hit{i, s.turnQuote(i)})
		}
	}
	return hits
}

// normalHash hashes text lowercased, with only its letters and digits and one
// space between runs of them, so trivially edited copies hash equal. n counts
// the letters and digits. Hashing instead of building the normalised string
// keeps Score free of an allocation per reply.
func normalHash(text string) (h uint64, n int) {
	const offset, prime = 14695981039346656037, 1099511628211 // FNV-1a
	h = offset
	space := false
	for _, r := range text {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			space = true
			continue
		}
		if space && n > 0 {
			h = (h ^ ' ') * prime
		}
		h = (h ^ uint64(unicode.ToLower(r))) * prime
		n++
		space = false
	}
	return h, n
}
