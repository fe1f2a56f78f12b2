package scoring

import (
	"strconv"
	"strings"
)

// negators turn the words after them around: "not our fault", "no other option".
var negators = idSetOf(negatorsList)

const negatorsList = "not never no don't can't cannot won't isn't wasn't didn't doesn't " +
	"aren't haven't hasn't couldn't wouldn't shouldn't nothing"

// hedgeWords make the words after them uncertain: "not sure I can refund", "if I can".
var hedgeWords = idSetOf(hedgeWordsList)

const hedgeWordsList = "if whether sure hope hopefully think maybe might perhaps possibly try unless not"

// pastWords put a time phrase in the past: "it was due on Friday", "since Tuesday".
var pastWords = idSetOf(pastWordsList)

const pastWordsList = "was were had since last ago arrived came ordered promised expected due " +
	"supposed placed called said booked scheduled"

// moneyWords follow an amount: "25 dollars".
var moneyWords = wordsByID(wordLists["amount"])

// wordSet builds a lookup set from words separated by spaces or '|'.
func wordSet(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.FieldsFunc(words, func(r rune) bool { return r == ' ' || r == '|' }) {
		set[w] = true
	}
	return set
}

// keep runs a hit's context checks and reports whether it stands. Most
// rows ask for no check, and most turns quote nothing: such a hit stands
// without a call.
func (az *analyzer) keep(h match) bool {
	if h.r.check == 0 && !az.tok.quotes {
		return true
	}
	return az.keepChecked(h)
}

// keepChecked is keep for a hit whose row asks for a check, or in a turn
// that quotes.
func (az *analyzer) keepChecked(h match) bool {
	toks := az.tok.toks
	if az.tok.quotes && (toks[h.lo].quoted || toks[h.hi-1].quoted) && h.r.kind != MarkInjection {
		// Quoted words are the customer's or a policy's, not the agent's. The
		// kind, a string, is compared last: most hits are not quoted, and
		// most turns quote nothing, so their tokens are not read for it.
		return false
	}
	c := h.r.check
	if c == 0 {
		return true // most rows ask for no check
	}
	switch {
	case c&notNegated != 0 && az.before(h.lo, 2, negators):
		return false
	case c&notHedged != 0 && az.before(h.lo, 4, hedgeWords):
		return false
	case c&needsRequest != 0 && !az.flags[toks[h.lo].sent].request && !az.tok.sents[toks[h.lo].sent].question:
		return false
	case c&noTimeInSentence != 0 && az.flags[toks[h.lo].sent].hasTime:
		return false
	case c&notPast != 0 && az.before(h.lo, 3, pastWords):
		return false
	case c&notCounting != 0 && h.hi < len(toks) && toks[h.hi].sent == toks[h.lo].sent && countedAfter.has(toks[h.hi].id):
		return false
	}
	return true
}

// countedAfter, after a number, say it counts things or times, not hours:
// "at one of our depots", "at one point", "at one stage".
var countedAfter = idSetOf(countedAfterList)

const countedAfterList = "of point points stage stages time times go another places"

// before reports whether one of the n tokens before token i, in its sentence, is in set.
func (az *analyzer) before(i, n int, set idSet) bool {
	toks := az.tok.toks
	for j := i - 1; j >= 0 && j >= i-n && toks[j].sent == toks[i].sent; j-- {
		if set.has(toks[j].id) {
			return true
		}
	}
	return false
}

// amountIn returns the first money amount stated in sentence s: "$25", "€15",
// "25 dollars", "15 EUR". It returns 0 when there is none.
//
// Each sentence is read once and remembered, so a sentence with many amount
// phrases (or a 100 KB turn with no full stop) is not read once per phrase.
func (az *analyzer) amountIn(s int) float64 {
	f := &az.flags[s]
	if !f.amountRead {
		f.amount, f.amountRead = az.firstAmount(s), true
	}
	return f.amount
}

// firstAmount reads sentence s for its first money amount.
func (az *analyzer) firstAmount(s int) float64 {
	if !az.tok.shaped {
		return 0 // no number in the turn
	}
	sent := az.tok.sents[s]
	toks := az.tok.toks[sent.tokLo:sent.tokHi]
	for i := range toks {
		t := &toks[i]
		if !t.num {
			continue
		}
		signed := i > 0 && toks[i-1].money && toks[i-1].end == t.start
		named := i+1 < len(toks) && az.tokenIn(&moneyWords, sent.tokLo+i+1)
		if signed || named {
			if v, ok := amountValue(az.tok.key(*t)); ok {
				return v
			}
		}
	}
	return 0
}

// amountValue reads a number's key as an amount: its digits, less the
// commas that group them ("1,200"). Most amounts are whole and short
// ("25", "1,200"): their digits are summed by hand, exact in a float64 up
// to 15 of them, sparing a copy of the key without its commas and
// ParseFloat's reading of it. Any other key goes to parseAmount, which
// TestAmountValueMatchesParseAmount holds this to.
func amountValue(k string) (float64, bool) {
	if k == "" || len(k) > 15 {
		return parseAmount(k)
	}
	v := 0
	for i := 0; i < len(k); i++ {
		switch c := k[i]; {
		case isDigit(c):
			v = v*10 + int(c-'0')
		case c != ',' || i == 0:
			return parseAmount(k) // a point, or a key ParseFloat may refuse
		}
	}
	return float64(v), true
}

// parseAmount reads key k as a number with the commas that group its
// digits dropped, reporting false when it is not one.
func parseAmount(k string) (float64, bool) {
	v, err := strconv.ParseFloat(strings.ReplaceAll(k, ",", ""), 64)
	return v, err == nil
}

// isClockToken reports a token that reads as a time of day: "9am", "5pm", "10:30".
func isClockToken(t *token, tk *tokenizer) bool {
	if !t.code && !t.num {
		return false
	}
	text, k := tk.text, tk.key(*t)
	if strings.HasSuffix(k, "am") || strings.HasSuffix(k, "pm") {
		return len(k) > 2 && isDigit(k[0]) && allDigits(k[:len(k)-2])
	}
	return t.num && t.colon && t.end+1 < len(text) && isDigit(text[t.end+1])
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// afterAt reports a token typed right after "@": a handle ("@pete_k") or
// a mail domain, a name rather than a code.
func (az *analyzer) afterAt(t *token) bool {
	return t.start > 0 && az.tok.text[t.start-1] == '@'
}

// findShapes finds markers shown by the shape of a token rather than its words:
// error codes ("E-4012", "ERR_TIMEOUT") as jargon, and role prefixes at the start
// of a sentence ("system:", "assistant:") as text aimed at the grader.
func (az *analyzer) findShapes() {
	if !az.tok.shaped {
		return // no code and no colon
	}
	toks := az.tok.toks
	for _, s := range az.tok.shapes {
		i := int(s)
		t := &toks[i]
		if t.quoted || !t.code && !t.colon {
			continue
		}
		if t.code && !az.afterAt(t) { // codeEnd reads the word's key: a word followed by a colon alone ("us:") is not asked
			if end := az.codeEnd(i); end > 0 {
				az.add(MarkJargon, t.start, end)
			}
		}
		if t.colon && az.tokenIn(&roleWords, i) && i == az.tok.sents[t.sent].tokLo {
			az.add(MarkInjection, t.start, t.end+1)
		}
	}
}

// roleWords are the speaker labels of a chat prompt.
var roleWords = wordsByID("system assistant developer")

// codeEnd returns the end of an error code starting at token i, or 0.
func (az *analyzer) codeEnd(i int) int {
	t := az.tok.toks[i]
	k := az.tok.key(t)
	letters := 0
	for letters < len(k) && k[letters] >= 'a' && k[letters] <= 'z' {
		letters++
	}
	switch {
	case strings.Contains(k, "_") && len(k) > 3 && letters > 0:
		return t.end // ERR_TIMEOUT, PAYMENT_DECLINED
	case letters >= 1 && letters <= 3 && len(k)-letters >= 3 && allDigits(k[letters:]):
		return t.end // E4012
	case strings.HasPrefix(k, "0x") && len(k) >= 6:
		return t.end // 0x61011BED
	case letters >= 1 && letters <= 2 && len(k)-letters <= 2 && allDigits(k[letters:]) && az.shouted(t, false):
		return t.end // E7, P2: a short capital code in lowercase prose
	case letters == len(k) && letters >= 3 && letters <= 5 && t.lex&everydayWordBits == 0 && az.shouted(t, true):
		return t.end // MPAN, OLT: an internal acronym in lowercase prose; not "AND" or "NOT" said with emphasis
	}
	if letters >= 1 && letters <= 5 && letters == len(k) && i+1 < len(az.tok.toks) {
		next := az.tok.toks[i+1]
		if next.start == t.end+1 && az.tok.text[t.end] == '-' && next.end-next.start >= 3 && allDigits(az.tok.key(next)) {
			return next.end // E-4012, SYNC-502
		}
	}
	return 0
}

// everydayWordBits mark the small words of the lexicon: one in capitals is
// said with emphasis ("yesterday AND the day before"), not an acronym.
const everydayWordBits = lxConj | lxNeg | lxDet | lxPrep | auxBits | lxAgent | lxCustomer | lxSub | lxCond | lxOpener

// plainAcronyms are capitals a customer reads every day, not internal jargon.
var plainAcronyms = wordSet("usd gbp eur aud cad faq usa uk eu nhs pdf sms atm vat asap ok tv dvd id pin gps " +
	"diy ceo hr sim mot url wifi cfo ups dhl gb mb kb tb hdmi usb led lcd")

// shouted reports whether token t is written in capitals inside a sentence that
// has lowercase letters (so "I AM SO SORRY" is not mistaken for acronyms), and,
// when named is set, whether it is not an everyday acronym.
func (az *analyzer) shouted(t token, named bool) bool {
	if !isUpperASCII(az.tok.text[t.start:t.end]) || named && plainAcronyms[az.tok.key(t)] {
		return false
	}
	s := az.tok.sents[t.sent]
	for i := s.start; i < s.end; i++ {
		if c := az.tok.text[i]; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}
