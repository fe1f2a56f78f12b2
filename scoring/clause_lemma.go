package scoring

import (
	"fmt"
	"maps"
	"strings"
)

// lemma returns the base form of a lowercased English verb form: "refunded" →
// "refund", "applied" → "apply", "sent" → "send", "gone" → "go". Irregular
// forms come from irregularVerbs; regular ones lose their ending by the usual
// spelling rules (doubled consonant, dropped e, y to i). A word that is not an
// inflected verb comes back as it is, so the result is always safe to look up.
func lemma(w string) string {
	if base, ok := irregularVerbs[w]; ok {
		return base
	}
	if base, ok := knownForms[w]; ok {
		return base // a verb of the clause lists, inflected: no string is built
	}
	return lemmaByRule(w)
}

// lemmaByRule returns the base form of w, a word neither irregularVerbs nor
// knownForms holds, by the spelling rules alone: verbAt asks it of a word
// verbForms does not hold, which holds every form of both, so looking the
// word up in them again would find nothing.
func lemmaByRule(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ied"):
		return w[:len(w)-3] + "y" // applied, emptied
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		return knownStem(w[:len(w)-2])
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		return knownStem(w[:len(w)-3])
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y" // applies
	case len(w) > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") ||
		strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes")):
		return w[:len(w)-2] // reaches, fixes
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:len(w)-1]
	}
	return w
}

// knownStem undoes an ending by rule, but prefers a verb the clause lists know,
// then one the English dictionary knows: "restor" could be "restor" or
// "restore", and only "restore" is a verb there.
func knownStem(stem string) string {
	guess := undoEnding(stem)
	if known(guess) {
		return guess
	}
	for _, alt := range [...]string{stem + "e", stem} {
		if known(alt) {
			return alt
		}
	}
	// then the English dictionary, in the same order: "quot" is "quote"
	for _, alt := range [...]string{guess, stem + "e", stem} {
		if _, ok := englishVerbs[alt]; ok {
			return alt
		}
	}
	return guess
}

func known(v string) bool {
	return verbs.bare[v] != 0 || len(verbs.particles[v]) > 0
}

// knownForms maps the regular inflections of every verb the clause lists name
// ("refunds", "refunded", "refunding", "applies", "stopped") to the verb, so
// lemma finds the common case by lookup. Forms are made by the spelling rules
// in reverse; a form no English word has costs only a map entry.
var knownForms = func() map[string]string {
	m := map[string]string{}
	add := func(form, base string) {
		if _, irregular := irregularVerbs[form]; !irregular && form != base {
			m[form] = base
		}
	}
	for _, list := range clauseVerbs {
		for _, w := range strings.Fields(list) {
			v, _, _ := strings.Cut(w, "_")
			n := len(v)
			switch {
			case strings.HasSuffix(v, "e"):
				add(v+"s", v)
				add(v+"d", v)
				add(v[:n-1]+"ing", v)
			case strings.HasSuffix(v, "y") && n > 2 && !isVowel(v[n-2]):
				add(v[:n-1]+"ies", v)
				add(v[:n-1]+"ied", v)
				add(v+"ing", v)
			default:
				if strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh") {
					add(v+"es", v)
				} else {
					add(v+"s", v)
				}
				add(v+"ed", v)
				add(v+"ing", v)
				if n >= 3 && isConsonant(v[n-1]) && isVowel(v[n-2]) && isConsonant(v[n-3]) && !strings.ContainsRune("wxy", rune(v[n-1])) {
					add(v+v[n-1:]+"ed", v) // stopped, cancelled
					add(v+v[n-1:]+"ing", v)
				}
			}
		}
	}
	return m
}()

// undoEnding restores the stem left after "-ed" or "-ing": "stopp" → "stop",
// "issu" → "issue", "process" stays.
func undoEnding(stem string) string {
	n := len(stem)
	if n >= 3 && stem[n-1] == stem[n-2] && isConsonant(stem[n-1]) && !strings.ContainsRune("lsz", rune(stem[n-1])) {
		return stem[:n-1] // stopped, shipped, planned (but "called", "passed", "buzzed")
	}
	if n >= 6 && strings.HasSuffix(stem, "ell") {
		return stem[:n-1] // the British doubled l: levelled, labelled, travelled (but "spelled", "smelled")
	}
	if needsE(stem) {
		return stem + "e"
	}
	return stem
}

// needsE reports a stem that lost a silent e: "issu", "replac", "arrang",
// "sav", "clos", "receiv". The checks are the common English endings.
func needsE(stem string) bool {
	n := len(stem)
	if n < 2 {
		return false
	}
	last, prev := stem[n-1], stem[n-2]
	switch {
	case last == 'u' || last == 'v' || last == 'z':
		return true // issued, received, prized
	case last == 'c' || last == 'g':
		return isVowel(prev) || prev == 'n' || prev == 'r' || last == 'g' && prev == 'd' // replaced, arranged, charged, forced, lodged
	case last == 's' && prev != 's':
		return isVowel(prev) || prev == 'n' || prev == 'l' || prev == 'r' || prev == 'p' // closed, licensed, pulsed, reversed, lapsed
	case strings.HasSuffix(stem, "at") && n > 4:
		return isConsonant(stem[n-3]) || strings.HasSuffix(stem, "creat") // updated, activated, created; not treated, heated, floated
	case strings.HasSuffix(stem, "ut") && n > 4:
		return true // disputed, computed, executed
	case last == 'l' && isConsonant(prev) && !strings.ContainsRune("lrw", rune(prev)):
		return true // fiddled, handled, settled, troubled
	case last == 'r' && (prev == 'u' || prev == 'i'):
		return true // ensured, hired
	case isConsonant(last) && isVowel(prev) && n >= 3 && isConsonant(stem[n-3]) && last != 'w' && last != 'x' && last != 'y':
		// one vowel between consonants: "sav" → save, "tak" → take; but not
		// two-syllable stems stressed first ("open", "offer", "deliver").
		// A final d, b or k after one vowel takes its e back at any length:
		// "decid", "coincid", "ascrib", "revok".
		// A stem of four that opens with a vowel ("edit", "exit") is two syllables, and keeps no e.
		return n <= 4 && !(n == 4 && isVowel(stem[0])) && !strings.HasSuffix(stem, "en") && !strings.HasSuffix(stem, "er") ||
			last == 'd' || last == 'b' || last == 'k'
	}
	return false
}

func isVowel(c byte) bool     { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }
func isConsonant(c byte) bool { return c >= 'a' && c <= 'z' && !isVowel(c) }

// irregularVerbs maps the irregular past and participle forms (and the forms
// of be, have and do) to their base. English has a closed set of these; the
// regular rest is handled by rule in lemma.
var irregularVerbs = func() map[string]string {
	m := map[string]string{}
	for _, row := range strings.Split(irregularForms, ";") {
		f := strings.Fields(row)
		for _, form := range f[1:] {
			m[form] = f[0]
		}
	}
	// A prefixed irregular verb the lists name is irregular as its root is:
	// "overwrote" is "overwrite", "mislaid" "mislay", "resent" "resend".
	named := clauseListBases()
	for form, base := range maps.Clone(m) {
		for _, p := range verbPrefixes {
			if _, have := m[p+form]; !have && named[p+base] && form != base {
				m[p+form] = p + base
			}
		}
	}
	return m
}()

// verbPrefixes make a new verb of an irregular one.
var verbPrefixes = []string{"over", "re", "mis", "under", "out", "with"}

// clauseListBases returns every base form the lists of clauseVerbs hold,
// with or without a particle. It reads the table itself, as it runs before
// the verb index is built, and once: the irregular forms ask it hundreds of
// times at start-up.
func clauseListBases() map[string]bool {
	bases := map[string]bool{}
	for _, list := range clauseVerbs {
		for _, w := range strings.Fields(list) {
			verb, _, _ := strings.Cut(w, "_")
			bases[verb] = true
		}
	}
	return bases
}

const irregularForms = "be am is are was were been being 's 're 'm;have has had having 've 'd;do does did done doing;" +
	"go goes went gone;get got gotten;make made;give gave given;send sent;take took taken;put;set;" +
	"pay paid;find found;keep kept;hold held;bring brought;build built;rebuild rebuilt;buy bought;" +
	"lose lost;forget forgot forgotten;leave left;let;tell told;say said;hear heard;see saw seen;" +
	"know knew known;think thought;come came;become became;run ran;break broke broken;" +
	"write wrote written;mislay mislaid;mistake mistook mistaken;misread;mislead misled;" +
	"overlook;overpay overpaid;undo undid undone;redo redid redone;resend;refund;" +
	"spend spent;lend lent;mean meant;feel felt;deal dealt;sell sold;resell resold;" +
	"ship;fall fell fallen;drive drove driven;ring rang rung;speak spoke spoken;" +
	"choose chose chosen;sit sat;stand stood;understand understood;catch caught;" +
	"fight fought;seek sought;teach taught;throw threw thrown;show showed shown;" +
	"wear wore worn;tear tore torn;steal stole stolen;hide hid hidden;bite bit bitten;" +
	"begin began begun;swim swam swum;win won;shut shut;split split;burst burst;cut;hit;hurt;cost;quit;read;" +
	"slip slipped;drop dropped;mix mixed;fix fixed;bill billed;fill filled;" +
	"put puts putting;cancel cancelled canceled cancelling canceling;label labelled labeled;" +
	"pop popped popping;chase chased chasing;ring rings ringing;" +
	"dig dug;blow blew blown;grow grew grown;draw drew drawn;withdraw withdrew withdrawn;fly flew flown;" +
	"freeze froze frozen;ride rode ridden;rise rose risen;shake shook shaken;wake woke woken;lay laid;" +
	"feed fed;bend bent;spill spilt;eat ate eaten;strike struck;sink sank sunk;" +
	"shrink shrank shrunk;hang hung;spin spun;slide slid;sweep swept;sleep slept;meet met;" +
	"forgive forgave forgiven;forbid forbade forbidden;uphold upheld;withhold withheld;" +
	"misunderstand misunderstood;override overrode overridden;beat beaten;swear swore sworn;" +
	"overtake overtook overtaken;undergo underwent undergone;learn learnt;burn burnt;spoil spoilt;" +
	"arise arose arisen"

// lemmaSet is a set of base forms that the checks ask a clause's main verb
// about ("is its lemma one of these?"). The checks ask dozens of such sets of
// a turn's clauses, and a string lookup costs a hash of the lemma each time;
// so each lemma a set names has one row of bits, a bit per set, which the
// clause reader fetches once with the verb (see verbInfo), and a check's
// question is a bit test.
type lemmaSet struct {
	col uint8 // which word of a row holds the set's bit
	bit uint64
}

// lemmaRow holds the bits of the sets a lemma is in. lemmaRowWords bounds
// the sets at 128; lemmaSetFrom panics past it, which any test run reports.
type lemmaRow [lemmaRowWords]uint64

const lemmaRowWords = 2

// lemmaRows holds each lemma's row; lemmaSets counts the sets made.
var (
	lemmaRows = map[string]*lemmaRow{}
	lemmaSets int
)

// rowOfLemma returns the row of lemma, made on first asking: the verb forms
// and the sets are built at start-up in no fixed order, and share the row.
func rowOfLemma(lemma string) *lemmaRow {
	row := lemmaRows[lemma]
	if row == nil {
		row = new(lemmaRow)
		lemmaRows[lemma] = row
	}
	return row
}

// lemmaSetOf returns the set of the base forms, separated as for wordSet.
func lemmaSetOf(words string) lemmaSet { return lemmaSetFrom(wordSet(words)) }

// lemmaSetFrom returns the set of the base forms in words, for a set that
// other words than lemmas are looked up in too.
func lemmaSetFrom(words map[string]bool) lemmaSet {
	if lemmaSets == lemmaRowWords*64 {
		panic(fmt.Sprintf("scoring: more than %d lemma sets; raise lemmaRowWords", lemmaRowWords*64))
	}
	s := lemmaSet{col: uint8(lemmaSets / 64), bit: 1 << (lemmaSets % 64)}
	lemmaSets++
	for w := range words {
		rowOfLemma(w)[s.col] |= s.bit
	}
	return s
}

// lemmaIn reports whether the lemma of c's main verb is in s. A clause with
// no main verb has no row, and its empty lemma is in no set.
func (c *clause) lemmaIn(s lemmaSet) bool {
	return s.holds(c.lemmaSets)
}

// holds reports whether the lemma whose row is row is in s; a nil row, of
// a word that is no verb, is in no set.
func (s lemmaSet) holds(row *lemmaRow) bool {
	return row != nil && row[s.col]&s.bit != 0
}
