package scoring

import (
	"flag"
	"strings"
	"testing"

	"github.com/jonreiter/govader"
)

// benchTexts are realistic agent utterances of about 25 words, the length of a
// typical chat turn, mixing markers, time phrases and plain statements.
var benchTexts = []string{
	"I'm so sorry, we missed the delivery window and you had to buy another gift. I've refunded the $25 shipping fee just now.",
	"I can refund the shipping fee right now, or if you'd prefer, I can send a replacement that arrives by Friday at the latest.",
	"I'll see what I can do, but our policy usually doesn't allow refunds after thirty days, so maybe someone will get back to you.",
	"Could you send me your order number and the email address on the account, so I can check what happened with the courier?",
	"It sounds like you lost a full day of sales during your launch. I'm escalating this to our incident team, who will call within 30 minutes.",
	"Your parcel left the depot this morning and the tracking page shows it with the local driver, who usually delivers in the afternoon.",
	"We value your business and thank you for your patience. We are working on it and will update you as soon as possible.",
	"That's on us: our migration deleted your photo library. I'm restoring the files from last night's backup, and I'll check in with you tomorrow at 9am.",
}

func BenchmarkAnalyze(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Analyze(benchTexts[i%len(benchTexts)])
	}
}

// BenchmarkAnalyzeParserCold is BenchmarkAnalyze with the time-phrase memo off, so
// every multi-word time phrase goes through the date parser: the cost of a turn
// whose time phrases the session has not seen before.
func BenchmarkAnalyzeParserCold(b *testing.B) {
	useWindowMemo = false
	defer func() { useWindowMemo = true }()
	BenchmarkAnalyze(b)
}

// BenchmarkBaselineLowerSplit is the floor Analyze is measured against: the least
// any word-based analysis must do, lowercasing and splitting the same texts.
func BenchmarkBaselineLowerSplit(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = strings.Fields(strings.ToLower(benchTexts[i%len(benchTexts)]))
	}
}

// BenchmarkGovader is a known sentence analyser over the same texts, for scale.
func BenchmarkGovader(b *testing.B) {
	sia := govader.NewSentimentIntensityAnalyzer()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sia.PolarityScores(benchTexts[i%len(benchTexts)])
	}
}

// TestAnalyzeSpeedRatio logs Analyze's cost as multiples of the baseline and of
// govader, measured in the same run, and the time of a 100 KB turn and of
// scoring a 40-turn session. It only runs with -bench (it takes seconds) and
// asserts nothing: speed targets are for benchmarks, not unit tests. The
// targets are at most 5x the baseline and 0.33x govader for a turn, 50 ms for
// 100 KB, and 0.5 ms for a 40-turn Score.
//
//	go test ./scoring -run SpeedRatio -bench Analyze -v
func TestAnalyzeSpeedRatio(t *testing.T) {
	if f := flag.Lookup("test.bench"); f == nil || f.Value.String() == "" {
		t.Skip("runs with -bench only")
	}
	analyze := nsPerOp(testing.Benchmark(BenchmarkAnalyze))
	cold := nsPerOp(testing.Benchmark(BenchmarkAnalyzeParserCold))
	baseline := nsPerOp(testing.Benchmark(BenchmarkBaselineLowerSplit))
	vader := nsPerOp(testing.Benchmark(BenchmarkGovader))
	t.Logf("Analyze %.0f ns/op: %.2fx baseline (%.0f ns/op), %.2fx govader (%.0f ns/op)",
		analyze, analyze/baseline, baseline, analyze/vader, vader)
	t.Logf("Analyze with the time-phrase memo off %.0f ns/op: %.2fx baseline, %.2fx govader",
		cold, cold/baseline, cold/vader)
	t.Logf("Analyze of a 100 KB turn %.1f ms (%.1f ms as one sentence, %.1f ms of blame and deadlines, %.1f ms of guesses and recaps); Score of a 40-turn session %.3f ms",
		nsPerOp(testing.Benchmark(BenchmarkAnalyze100KB))/1e6, nsPerOp(testing.Benchmark(BenchmarkAnalyze100KBOneSentence))/1e6,
		nsPerOp(testing.Benchmark(BenchmarkAnalyze100KBBlameAndDeadlines))/1e6,
		nsPerOp(testing.Benchmark(BenchmarkAnalyze100KBGuessesAndRecaps))/1e6, nsPerOp(testing.Benchmark(BenchmarkScore))/1e6)
}

func nsPerOp(r testing.BenchmarkResult) float64 {
	return float64(r.T.Nanoseconds()) / float64(r.N)
}

// longTurn is about 100 KB of agent text: the bench texts repeated, the worst
// case a pasted essay could hand Analyze.
func longTurn() string {
	var b strings.Builder
	for i := 0; b.Len() < 100_000; i++ {
		b.WriteString(benchTexts[i%len(benchTexts)])
		b.WriteByte(' ')
	}
	return b.String()
}

// BenchmarkAnalyze100KBOneSentence times 100 KB with no full stop: one
// sentence of thousands of clauses, amounts, alternatives and subjectless
// clauses, where any pass that rereads the sentence per clause turns quadratic.
func BenchmarkAnalyze100KBOneSentence(b *testing.B) {
	unit := "I can refund the $25 fee, or if you'd entered it we'll look into it and by Friday "
	benchRepeated(b, unit)
}

// BenchmarkAnalyze100KB times one 100 KB turn. Target: at most 50 ms, which
// holds only if every pass of Analyze is linear in the turn's length.
func BenchmarkAnalyze100KB(b *testing.B) {
	text := longTurn()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Analyze(text)
	}
}

// BenchmarkAnalyze100KBBlameAndDeadlines times 100 KB of one sentence whose
// clauses each ask about the rest of their sentence (another clause's step,
// a promise to tie a deadline to, a guess): asked naively, once per clause or
// candidate, that is quadratic. Target, as for any 100 KB turn: 50 ms.
func BenchmarkAnalyze100KBBlameAndDeadlines(b *testing.B) {
	unit := "your router dropped the line because you weren't in, we'll have it back before you land " +
		"and by the time you get home it will work, "
	benchRepeated(b, unit)
}

// BenchmarkAnalyze100KBGuessesAndRecaps times 100 KB of one sentence of the
// shapes whose checks ask about the rest of their sentence: a guess at who
// acted, an account told back, a result of what came before, a contrast.
// Each was once read per candidate, which is quadratic. Target: 50 ms.
func BenchmarkAnalyze100KBGuessesAndRecaps(b *testing.B) {
	unit := "I'd guess your neighbour took it in, you said the driver left it outside, " +
		"so your card was declined, which is why the order failed, but I have refunded you and " +
		"the courier lost it, the depot sent it back, because the courier lost it the parcel is late and "
	benchRepeated(b, unit)
}

// BenchmarkAnalyze100KBActsBesideOutcomes times 100 KB of one sentence of
// acts of the customer's side, habits of customers and outside parties'
// acts, each told beside a refusal or a trouble: their checks read around
// their clause, which over the whole sentence is quadratic. Target: 50 ms.
func BenchmarkAnalyze100KBActsBesideOutcomes(b *testing.B) {
	unit := "you booked it on the wrong day, people often leave the lid open and the motor burns out, " +
		"the courier lost the parcel and it broke, so I can't refund it, "
	benchRepeated(b, unit)
}

// benchRepeated times Analyze over about 100 KB of unit repeated, with no
// full stop unless unit has one.
func benchRepeated(b *testing.B, unit string) {
	text := strings.Repeat(unit, 100_000/len(unit))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Analyze(text)
	}
}
