package scoring

import (
	"bytes"

	"github.com/aaaton/golem/v4/dicts/en"
)

// englishVerbs holds the base form of every English verb golem's English
// dictionary knows, beyond the verbs the clause lists name. The clause reader
// asks it where a word the lexicon does not know could be a noun or a verb:
// "the excess stands", "those cheap ones play havoc", "mistakes creep in" have
// their verb in no list, and without it the subject runs on to the clause's end.
var englishVerbs = readEnglishVerbs()

// readEnglishVerbs takes, from golem's English pack (one line a base form,
// its inflected forms after it, tab-separated), the bases that have a form in
// -ing: those are verbs. Nouns have plurals only ("excess", "excesses"), so
// they stay out. A pack that cannot be read leaves the set empty, and the
// reader falls back on the clause lists alone, as it did before.
func readEnglishVerbs() map[string]struct{} {
	data, err := en.New().GetResource()
	if err != nil {
		return nil
	}
	out := make(map[string]struct{}, 7000)
	for line := range bytes.Lines(data) {
		base, forms, ok := bytes.Cut(bytes.TrimRight(line, "\n"), []byte{'\t'})
		if ok && hasIngForm(forms) {
			out[string(base)] = struct{}{} // only a verb's base becomes a string
		}
	}
	return out
}

// hasIngForm reports a tab-separated list of forms that holds one in -ing.
func hasIngForm(forms []byte) bool {
	for f := range bytes.SplitSeq(forms, []byte{'\t'}) {
		if len(f) > 4 && bytes.HasSuffix(f, []byte("ing")) {
			return true
		}
	}
	return false
}

// verbBaseAt reports token j, whose base form is base, as a verb after a
// noun: one the clause lists name, or one only the English dictionary knows
// with no verb right after it. Most such words are nouns too, and before a
// verb they are the subject's last noun: "the tree roots | cracked the pipe",
// "the returns form | reached us"; at the clause's end or before an object
// they are its verb: "the excess stands", "those cheap ones play havoc".
func (az *analyzer) verbBaseAt(j int, base string) bool {
	if verbs.bare[base] != 0 {
		return true
	}
	toks := az.tok.toks
	if toks[j].id == idLike || az.lexAt(j-1) != 0 {
		return false // "payments like that", "perks such as lounge access": "like" compares, and after "as" a noun follows
	}
	// The context is tested before the dictionary: most words asked about are plain nouns.
	if j+1 < len(toks) && !toks[j].pause && toks[j+1].sent == toks[j].sent && (az.lexAt(j+1)&auxBits != 0 || az.looksLikeVerb(j+1)) {
		return false
	}
	if _, ok := englishVerbs[base]; !ok {
		return false
	}
	// an auxiliary or a past form after it was ruled out above
	return j+1 >= len(toks) || toks[j].pause || toks[j+1].sent != toks[j].sent || !az.plainVerbFormAt(j+1)
}

// plainVerbFormAt reports a word the lexicon holds nothing of at i whose
// base the clause lists or the English dictionary know as a verb ("parcel
// claims | go to the courier").
func (az *analyzer) plainVerbFormAt(i int) bool {
	return az.lexAt(i) == 0 && isVerbBase(lemma(az.tok.keyOf(&az.tok.toks[i])))
}

// isVerbBase reports a base form that is a verb: one the clause lists name,
// or one the English dictionary knows.
func isVerbBase(w string) bool {
	if verbs.bare[w] != 0 {
		return true
	}
	_, ok := englishVerbs[w]
	return ok
}
