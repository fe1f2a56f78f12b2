package scoring

// maxApologySentences is how long an apology may run before it costs points.
const maxApologySentences = 2

// progressByReply is the agent reply by which sympathy must have come with a
// concrete step, or it reads as deflection.
const progressByReply = 3

// pastedAfter is how many replies may share an empathy phrase before the next
// one counts as pasted: twice can be natural, a third time is a template.
const pastedAfter = 2

// detectFirstApology fires on the first apology, unless that apology ran too long.
func detectFirstApology(s *session) []hit {
	for _, i := range s.agent {
		m, ok := s.firstMarker(i, MarkApology)
		if !ok {
			continue
		}
		if s.an[i].ApologySentences > maxApologySentences {
			return nil
		}
		return s.one(i, m.Text)
	}
	return nil
}

// detectApologyRepeated fires on every apology after the first.
func detectApologyRepeated(s *session) []hit {
	hits := markerDetector(MarkApology)(s)
	if len(hits) <= 1 {
		return nil
	}
	return hits[1:]
}

// detectApologyTooLong fires on each turn whose apology runs past two sentences.
func detectApologyTooLong(s *session) []hit {
	hits := s.hitBuf()
	for _, i := range s.agent {
		if s.an[i].ApologySentences > maxApologySentences {
			hits = append(hits, hit{i, s.firstQuote(i, MarkApology)})
		}
	}
	return hits
}

// empathyKinds are the markers of sympathy that do not by themselves move the case.
var empathyKinds = []MarkerKind{MarkApology, MarkAcknowledgesCost, MarkReflects, MarkFiller, MarkValidates}

// detectEmpathyWithoutProgress fires at the agent's progressByReply-th reply when
// the agent has offered sympathy but no concrete step yet.
func detectEmpathyWithoutProgress(s *session) []hit {
	if len(s.agent) < progressByReply {
		return nil
	}
	due := s.agent[progressByReply-1]
	if s.firstStep >= 0 && s.firstStep <= due {
		return nil
	}
	for _, i := range s.agent[:progressByReply] {
		for _, m := range s.an[i].Markers {
			if containsKind(empathyKinds, m.Kind) {
				return s.one(due, s.turnQuote(due))
			}
		}
	}
	return nil
}

// detectEmpathyPasted fires on each reply that repeats an empathy phrase already
// used in pastedAfter earlier replies.
func detectEmpathyPasted(s *session) []hit {
	seen := map[uint64]int{} // normalised phrase -> replies that used it
	hits := s.hitBuf()
	var inTurn []uint64
	for _, i := range s.agent {
		fired := false
		inTurn = inTurn[:0]
		for _, m := range s.an[i].Markers {
			if !containsKind(empathyKinds, m.Kind) {
				continue
			}
			key, n := normalHash(m.Text)
			if n == 0 || containsHash(inTurn, key) {
				continue
			}
			inTurn = append(inTurn, key)
			seen[key]++
			if seen[key] > pastedAfter && !fired {
				hits = append(hits, hit{i, m.Text})
				fired = true
			}
		}
	}
	return hits
}

func containsHash(list []uint64, h uint64) bool {
	for _, x := range list {
		if x == h {
			return true
		}
	}
	return false
}

// firstQuote returns the words of the first marker of kind k in turn i, or the
// turn's opening words when there is none.
func (s *session) firstQuote(i int, k MarkerKind) string {
	for _, m := range s.an[i].Markers {
		if m.Kind == k {
			return m.Text
		}
	}
	return s.turnQuote(i)
}
