package scoring

// funnyHowOnly reports an insinuation: "funny how", "strange how" or
// "funnily enough" before what happened only after, or always with,
// something of the customer's side: "funny how the laptop only stopped
// booting the day after it came back from holiday with you", "funny how
// the dishwasher only started leaking after the kitchen fitter moved it",
// "and funnily enough it's always been kept next to the phone". Without
// "only", "after" or "always" ("funny how these things go") it insinuates
// nothing; said of our side it blames no one.
func (az *analyzer) funnyHowOnly(c *clause) bool {
	if c.actor == actAgent || c.question || az.ourInSubject(c) {
		return false
	}
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		if !oddWords.has(toks[i].id) || !oddFollowers.has(toks[i+1].id) {
			continue
		}
		if i+2 < c.hi && az.lexAt(i+2)&(lxAgent|lxOurDet) != 0 {
			return false // "funny how we only noticed it after your call": said of us
		}
		end := az.tok.sents[toks[i].sent].tokHi
		return az.anyIn(i+2, end, onlyAfterWords)
	}
	return false
}

// oddWords and oddFollowers make the insinuating frame: "funny how",
// "strange that", "funnily enough", "oddly enough".
var (
	oddWords       = idSetOf(oddWordsList)
	oddFollowers   = idSetOf(oddFollowersList)
	onlyAfterWords = idSetOf(onlyAfterWordsList)
)

const (
	oddWordsList       = "funny strange odd curious funnily oddly strangely curiously"
	oddFollowersList   = "how that enough"
	onlyAfterWordsList = "only after since always"
)
