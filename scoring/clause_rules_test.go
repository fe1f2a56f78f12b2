package scoring

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestClauseRulesNameKnownLists: every verb list and word check a row of
// clauseRules names exists, so a typo in the table fails here, not at run time.
func TestClauseRulesNameKnownLists(t *testing.T) {
	for _, r := range clauseRules {
		for _, name := range []string{r.verbs, r.except} {
			if _, ok := verbLists[name]; name != "" && !ok {
				t.Errorf("row %q names verb list %q, which does not exist", r.name, name)
			}
		}
		if _, ok := clauseWords[r.words]; r.words != "" && !ok {
			t.Errorf("row %q names word check %q, which does not exist", r.name, r.words)
		}
		if r.name == "" || r.kind == "" {
			t.Errorf("row %+v needs a kind and a name", r)
		}
	}
}

// TestClauseWordIDsAreKnown checks the word ids the clause reader compares
// tokens with: an id of 0 would match every word no pattern knows.
func TestClauseWordIDsAreKnown(t *testing.T) {
	for w, id := range map[string]int32{"that": idThat, "yourself": idYourself, "your": idYour, "yours": idYours, "no": idNo, "of": idOf, "to": idTo, "by": idBy, "the": idThe, "time": idTime,
		"account": idAccount, "thing": idThing, "else": idElse, "other": idOther, "without": idWithout, "already": idAlready, "most": idMost,
		"returned": idReturned, "damage": idDamage, "got": idGot, "let": idLet, "second": idSecond, "far": idFar, "concerned": idConcerned,
		"it": idIt, "like": idLike, "with": idWith, "had": idHad, "did": idDid, "times": idTimes, "something": idSomething, "say": idSay, "blame": idBlame, "any": idAny, "nothing": idNothing, "right": idRight, "printed": idPrinted, "there": idThere, "on": idOn, "in": idIn, "money": idMoney, "back": idBack, "about": idAbout, "control": idControl, "this": idThis, "extra": idExtra, "explain": idExplain, "explains": idExplains, "too": idToo, "rather": idRather, "than": idThan, "not": idNot, "again": idAgain, "cut": idCut, "off": idOff, "another": idAnother, "down": idDown, "hold": idHold, "then": idThen, "her": idHer,
		"beyond": idBeyond, "manufacturing": idManufacturing, "wear": idWear, "card": idCard, "correct": idCorrect, "new": idNew, "do": idDo,
		"both": idBoth, "look": idLook, "anything": idAnything, "free": idFree, "clear": idClear, "calls": idCalls, "anyone": idAnyone,
		"own": idOwn, "they": idThey, "there's": idThereS, "done": idDoneWord, "worth": idWorth, "an": idAn, "different": idDifferent, "wrote": idWrote, "i'm": idIm, "i": idI, "am": idAm, "afraid": idAfraid} {
		if id == 0 {
			t.Errorf("%q has no word id, so comparing with it would match every unknown word", w)
		}
	}
}

// TestRuleIndexFindsWhatEveryRowWould checks the add rows' index against
// trying every add row on every clause of the validation utterances: the
// index only saves time, it never changes which rows match.
func TestRuleIndexFindsWhatEveryRowWould(t *testing.T) {
	set, err := readLabelled(filepath.Join("testdata", "markers"))
	if err != nil {
		t.Fatal(err)
	}
	az := new(analyzer)
	for _, l := range set {
		// What Analyze does before the clause rows run.
		az.readPhrases(l.text)
		az.readTurnClauses()
		for ci := range az.clauses {
			c := &az.clauses[ci]
			indexed := map[*clauseRule]bool{}
			b := &compiledRules.adds[c.actor][c.aspect][shapeOf(c.gate)]
			for ri := range b.rows {
				r := &b.rows[ri]
				cands, pi := b.pages[ri/pageRows].candidates(c, 0), ri%pageRows
				if cands[pi/64]&(1<<(pi%64)) != 0 && c.gate&r.mask == r.want && az.matchesBeyondIndex(r, c) {
					indexed[r.row] = true
				}
			}
			for i := range clauseRules {
				r := &clauseRules[i]
				if r.effect != adds {
					continue
				}
				cr := compileRow(r)
				naive := az.matches(&cr, c)
				if naive != indexed[r] {
					t.Errorf("%s: row %q matches %v by trying it, %v through the index", l.pos, r.name, naive, indexed[r])
				}
			}
		}
	}
}

// TestUpkeepWordsAreUpkeep: every past form the upkeep readings need is a
// form of an upkeep verb, so the two lists name the same verbs.
func TestUpkeepWordsAreUpkeep(t *testing.T) {
	for _, w := range strings.Fields(upkeepWordsList) {
		if !upkeepBases[lemma(w)] {
			t.Errorf("%q (base %q) is in upkeepWordsList but not in upkeepBases", w, lemma(w))
		}
	}
}
