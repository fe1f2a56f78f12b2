package scoring

// splitAfterGrant parts each sentence that opens with only an apology or a
// grant and turns with "but" ("I'm sorry but the reason the room wasn't
// ready is that you arrived early", "I understand, but people tend to ..."):
// what follows the "but" is read as a sentence of its own, as if typed
// "I'm sorry, but. The reason ...", so the readers of how a sentence opens
// ("the reason ... is that", "as per", "people tend to") find it there.
// The apology stays an apology, and the "but" stays with it; the turn's
// sentence count stays as typed (see typedSentences).
func (az *analyzer) splitAfterGrant() {
	t := &az.tok
	az.typedSentences = len(t.sents)
	az.splits = az.splits[:0]
	if t.cues&cueGrant == 0 {
		return // no "but" or "however"
	}
	for s := range t.sents {
		if k := az.grantTurnAt(&t.sents[s]); k > 0 {
			az.splits = append(az.splits, int32(k))
		}
	}
	if len(az.splits) == 0 {
		return // most turns hold none
	}
	sents := az.sentsSpare[:0]
	next := 0 // the next split not yet made
	for _, s := range t.sents {
		if next < len(az.splits) && int(az.splits[next]) > s.tokLo && int(az.splits[next]) < s.tokHi {
			k := int(az.splits[next])
			first, second := s, s
			first.tokHi, first.end, first.question = k, t.toks[k-1].end, false
			second.tokLo, second.start = k, t.toks[k].start
			sents = append(sents, first, second)
			next++
			continue
		}
		sents = append(sents, s)
	}
	t.sents, az.sentsSpare = sents, t.sents // the two backing arrays take turns, so no turn allocates
	for s := range t.sents {
		for i := t.sents[s].tokLo; i < t.sents[s].tokHi; i++ {
			t.toks[i].sent = int32(s)
		}
	}
}

// grantTurnAt returns the token after the "but" or "however" of s that
// turns from an apology or a grant opening it (see grantOpensBefore), or 0.
func (az *analyzer) grantTurnAt(s *sentence) int {
	toks := az.tok.toks
	for k := s.tokLo + 1; k < s.tokHi-2 && k <= s.tokLo+6; k++ {
		if turnWords.has(toks[k].id) {
			if az.grantOpensBefore(k) {
				return k + 1
			}
			return 0
		}
	}
	return 0
}
