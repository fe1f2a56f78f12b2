package scoring

import "strings"

// clauseVerbs are the named verb lists of clauseRules, as base forms. An entry
// of two words ("look into") also needs its particle right after the verb.
var clauseVerbs = map[string]string{
	// Steps an agent takes for the customer. Looking, checking and trying are not steps.
	"step": "refund refunding credit issue send resend apply process cancel reverse book rebook arrange order " +
		"reorder reship ship dispatch restore reset fix update add raise log upgrade waive remove reactivate " +
		"reinstate unlock correct replace schedule expedite submit create file email place start initiate " +
		"void extend switch move change adjust recover pause stop put approve release authorise authorize " +
		"repair migrate unblock unfreeze swap post courier assign transfer pass hand escalate reimburse pay " +
		"compensate return deliver resolve sort pop top clear lift reconnect restart rush honour honor " +
		"match cover give comp knock refile redeliver reroute collect arrange drop wipe",
	// What the customer does for their part of an order or account.
	"duty": "tick check select enter type read update click choose fill confirm cancel pay provide order book " +
		"follow include give put use pick register activate sign opt accept verify save keep respond reply " +
		"collect answer set turn enable disable install download submit add attach notify tell inform",
	// Slips that are the customer's whatever they were about.
	"slip": "forget ignore mistype misspell misread overlook neglect fail misunderstand misremember",
	// What we did wrong.
	"our failure": "miss mess drop forget lose fail break overcharge overbill mix muddle botch delay damage " +
		"mislabel misroute misdirect misplace mishandle misprint screw cock bungle neglect overlook overbook " +
		"oversell undercharge ruin let",
	// What a third party did wrong.
	"third-party failure": "lose delay miss fail decline hold block reject mess break damage drop mix misplace " +
		"overbook cancel bounce flag freeze refuse reverse mishandle misdeliver misroute leave throw forget charge",
	// "You must have ..." that guesses an experience rather than an error.
	"not blame": "be receive get see hear feel think wonder go have notice",
	// Verbs the customer receives by: "you'll get it Friday" is our commitment.
	"receive": "get have receive see be hear find notice",
	// Verbs of asking for a fact.
	"ask a fact": "confirm tell remember know recall verify check say mean",
	// Actions with no owner or outcome when said with no time.
	"vague": "look_into look_at investigate review check_on check_into check_with chase sort deal_with handle get_back explore examine " +
		"consider see_about",
}

// verbLists is clauseVerbs parsed: lemma -> the particles it needs ("" for none).
var verbLists = func() map[string]map[string][]string {
	out := map[string]map[string][]string{}
	for name, words := range clauseVerbs {
		set := map[string][]string{}
		for _, w := range strings.Fields(words) {
			verb, particle, _ := strings.Cut(w, "_")
			set[verb] = append(set[verb], particle)
		}
		out[name] = set
	}
	return out
}()

// verbIn reports whether clause c's main verb is in list name, with its particle if the entry has one.
func (az *analyzer) verbIn(c *clause, name string) bool {
	if c.verb < 0 {
		return false
	}
	particles, ok := verbLists[name][c.lemma]
	if !ok {
		return false
	}
	for _, p := range particles {
		if p == "" || c.comp < c.hi && az.tok.key(az.tok.toks[c.comp]) == p {
			return true
		}
	}
	return false
}

// clauseWords are the named checks of clauseRules on the words of a clause.
var clauseWords = map[string]func(az *analyzer, c *clause) bool{
	"done alone":       func(az *analyzer, c *clause) bool { return c.doneAlone },
	"underway":         (*analyzer).isUnderway,
	"wrong":            func(az *analyzer, c *clause) bool { return c.subjWrong || az.compHas(c, lxWrong) },
	"reported step":    (*analyzer).isReportedStep,
	"your own thing":   func(az *analyzer, c *clause) bool { return c.yourThing },
	"wrong subject":    func(az *analyzer, c *clause) bool { return c.subjWrong && !c.byAgent },
	"perfect":          func(az *analyzer, c *clause) bool { return c.hasHave },
	"not by us":        func(az *analyzer, c *clause) bool { return !c.byAgent },
	"by us":            func(az *analyzer, c *clause) bool { return c.byAgent },
	"down to them":     (*analyzer).isDownToThem,
	"fault is ours":    (*analyzer).isFaultOurs,
	"our fault":        (*analyzer).isOurFault,
	"feeling":          func(az *analyzer, c *clause) bool { return az.compHas(c, lxFeeling) },
	"bad":              func(az *analyzer, c *clause) bool { return az.compHas(c, lxBadAdj) },
	"licensed feeling": (*analyzer).isLicensedFeeling,
	"no time":          func(az *analyzer, c *clause) bool { return !az.flags[az.tok.toks[c.lo].sent].hasTime },
	"question":         func(az *analyzer, c *clause) bool { return c.question },
}

// isReportedStep: a step the agent reports done, not the failure told in the
// past: perfect ("we've sent"), present ("it's unlocked", "I'm sending"), or a
// past by "I" in person ("I refunded it"); and nothing wrong about it.
func (az *analyzer) isReportedStep(c *clause) bool {
	if c.subjWrong || az.compHas(c, lxWrong) {
		return false
	}
	return c.hasHave || c.aspect == aspNow || !c.pastAux && c.passive || c.personal && !c.passive
}

// underwayPhrases say a step has happened: "has gone through", "is on its way".
var underwayPhrases = []string{"through", "on its way", "on the way", "in the post", "in the mail", "back on",
	"back in", "back with", "en route", "out for delivery", "all sorted", "sorted", "done", "live", "working again",
	"active again", "back up"}

func (az *analyzer) isUnderway(c *clause) bool {
	if c.verb >= 0 && c.lemma != "go" && c.lemma != "come" && c.lemma != "be" {
		return false
	}
	if c.lemma == "come" && !c.hasHave {
		return false // "the read came through as an estimate" reports what arrived, not a step
	}
	var buf [4]string
	return startsWithAny(az.compWords(c, 4, buf[:0]), underwayPhrases)
}

// startsWithAny reports whether words begin with one of the phrases.
func startsWithAny(words []string, phrases []string) bool {
	for _, p := range phrases {
		pw := strings.Fields(p)
		if len(pw) > len(words) {
			continue
		}
		match := true
		for i := range pw {
			if words[i] != pw[i] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// isDownToThem: "that's down to your bank", "it's the courier's fault", "that's
// on them". The third party must come within the first few words, before any
// "us": "that's on us, not the courier" owns the mistake.
func (az *analyzer) isDownToThem(c *clause) bool {
	if !az.pronounSubject(c) {
		return false
	}
	var buf [2]string
	if !startsWithAny(az.compWords(c, 2, buf[:0]), []string{"down to", "on", "up to", "because of", "caused by", "with"}) &&
		!az.compHas(c, lxFaultNoun) {
		return false
	}
	for i := c.comp; i < c.hi && i < c.comp+5; i++ {
		b := az.lexAt(i)
		switch {
		case b&(lxAgent|lxOurDet) != 0 || az.tok.toks[i].pause:
			return b&(lxThird|lxThirdNoun) != 0
		case b&(lxThird|lxThirdNoun) != 0:
			return true
		}
	}
	return false
}

// pronounSubject reports a clause whose subject is "it", "this" or "that": the
// situation, not a thing named ("the return shipping is on us" is a remedy).
func (az *analyzer) pronounSubject(c *clause) bool {
	return c.subj >= 0 && az.lexAt(c.subj)&lxThing != 0 && az.lexAt(c.subj)&lxDet == 0
}

// isFaultOurs: "the mistake here is ours entirely", "the fault lies with us".
func (az *analyzer) isFaultOurs(c *clause) bool {
	if !c.fault {
		return false
	}
	var buf [3]string
	return startsWithAny(az.compWords(c, 3, buf[:0]), []string{"ours", "mine", "on us", "on me", "with us", "with me",
		"our", "my", "down to us", "down to me"})
}

// isOurFault: "that's entirely our fault", "this one is totally on us".
func (az *analyzer) isOurFault(c *clause) bool {
	if !az.pronounSubject(c) {
		return false
	}
	var buf [3]string
	w := az.compWords(c, 3, buf[:0])
	if startsWithAny(w, []string{"on us", "on me", "ours", "mine", "down to us", "down to me"}) {
		return true
	}
	return len(w) >= 2 && (w[0] == "our" || w[0] == "my") && az.compHas(c, lxFaultNoun)
}

// isLicensedFeeling: a word that grants the feeling, then the feeling: "no
// wonder you're upset", "you've every right to be cross", "it's understandable
// you're frustrated".
// The licence may stand in a short clause of its own before: "Of course, you're upset."
func (az *analyzer) isLicensedFeeling(c *clause) bool {
	from := c.lo
	if k := az.clauseIndex(c); k > 0 {
		if p := &az.clauses[k-1]; p.hi == c.lo && p.hi-p.lo <= 3 && az.tok.toks[p.lo].sent == az.tok.toks[c.lo].sent {
			from = p.lo
		}
	}
	licensed := false
	for i := from; i < c.hi; i++ {
		b := az.lexAt(i)
		if b&lxLicence != 0 {
			licensed = true
		}
		if licensed && b&lxFeeling != 0 {
			return true
		}
	}
	return false
}
