package scoring

// The agent disowning the power to help while naming who has it. "Head
// office made that call, and there's nothing I can change from the shop",
// "the system applies the late fee automatically, it's not something I can
// take off", "the system won't let me waive it, so please don't blame me":
// the failure is put on head office or "the system", and the agent steps
// out of it. "There's nothing I can change" with no one else named in the
// sentence names no one, and "our policy says ..., so there's nothing I can
// offer" hides behind the company's own rule instead.

// disownsPower reports a clause in which the agent in person disowns the
// power ("not something I can", "nothing I can", "any say", "don't blame
// me"), in a sentence that names another party or the system.
func (az *analyzer) disownsPower(c *clause) bool {
	if c.question || c.cond || !az.disownedIn(c) {
		return false
	}
	if az.anyLexIn(c.comp, c.hi, lxRuleNoun|lxThirdNoun) || az.anyIn(c.comp, c.hi, systemNouns) {
		return true // "it's the booking software, not me"
	}
	if az.nearInSentence(c, func(d *clause) bool {
		return d.actor == actThird || d.named || (d.ruleSubj || az.subjectHas(d, systemNouns)) && !az.ourInSubject(d) || az.anotherTeamNamed(d) ||
			az.cleftNamesTheSystem(d) || az.doneByTheSystem(d)
	}) {
		return true
	}
	// "your flight landing late isn't something we can account for", "the wardrobe was put together by the
	// previous tenant, so any wobble in it isn't something we can cover": their own thing, or a thing another
	// did, is not ours to answer for
	return az.disclaimsCover(c) && (c.yourThing || az.nearInSentence(c, func(d *clause) bool {
		return d.byWho == actThird || d.yourThing && d.actor == actThing
	}))
}

// doneByTheSystem reports a passive done "by the system": "your
// appointment was cancelled automatically by the system".
func (az *analyzer) doneByTheSystem(d *clause) bool {
	if !d.passive || d.verb < 0 {
		return false
	}
	toks := az.tok.toks
	for i := d.verb + 1; i+2 < d.hi; i++ {
		if toks[i].id == idBy && toks[i+1].id == idThe && systemNouns.has(toks[i+2].id) {
			return true
		}
	}
	return false
}

// cleftNamesTheSystem reports "it's the system that ..." in d: the system
// named as the one that did it.
func (az *analyzer) cleftNamesTheSystem(d *clause) bool {
	return d.verb < 0 && d.subj >= 0 && az.cleftIt(d.subj) && az.anyIn(d.comp, min(d.hi, d.comp+4), systemNouns) &&
		!az.anyLexIn(d.comp, min(d.hi, d.comp+2), lxOurDet)
}

// disclaimsCover reports "not something we cover", "not something I can
// fix" or "account for" in c: what we will not answer for, not only what we
// cannot do.
func (az *analyzer) disclaimsCover(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i+2 < c.hi; i++ {
		if toks[i].id != idSomething || !az.deniedBefore(c, i) || az.lexAt(i+1)&(lxI|lxAgent) == 0 {
			continue
		}
		j := i + 2
		if az.lexAt(j)&lxCan != 0 && j+1 < c.hi {
			j++ // "not something we can cover"
		}
		return disclaimedVerbs.has(toks[j].id)
	}
	return false
}

// disclaimedVerbs, after "not something we", say what we will not answer for.
var disclaimedVerbs = idSetOf(disclaimedVerbsList)

const disclaimedVerbsList = "cover fix account reverse repair refund guarantee"

// settingVerbs are what the one who makes a rule or a price does: denied by
// the agent in person, they disown it.
var settingVerbs = lemmaSetOf("set write make decide control choose")

// settingForms are the forms of settingVerbs as typed, for the word need of
// "disowns power".
var settingForms = idSetOf(settingFormsList)

const settingFormsList = "set write wrote written make made decide decided control choose chose"

// Ids of the words of "my hands are tied" and "above my pay grade".
var idHands, idTied, idPay, idGrade = wordID("hands"), wordID("tied"), wordID("pay"), wordID("grade")

// disownedIn reports the words of disowning in c: "not something I",
// "nothing I can", "no say", "any say", "blame me".
func (az *analyzer) disownedIn(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		id, next := toks[i].id, toks[i+1].id
		switch {
		case (id == idSomething || decisionNouns.has(id)) && az.deniedBefore(c, i) && az.lexAt(i+1)&(lxI|lxAgent) != 0:
			return true // "it's not something I can take off", "that's not something we control", "not a decision I get to make"
		case decisionNouns.has(id) && az.deniedBefore(c, i) && (madeWords.has(next) || next == idTaken) && i+2 < c.hi && toks[i+2].id == idBy:
			return true // "that is not a decision taken by staff"
		case id == idNo && next == idWay && i+3 < c.hi && toks[i+2].id == idOf && overrideVerbs.has(wordID(lemma(az.tok.key(toks[i+3])))):
			return true // "I have no way of overriding it"
		case az.lexAt(i)&lxI != 0 && az.lexAt(i+1)&lxCan != 0 && az.lexAt(i+1)&lxNeg != 0 && i+2 < c.hi && overrideVerbs.has(toks[i+2].id):
			return true // "I can't override it"
		case id == idNothing && az.lexAt(i+1)&lxI != 0 && i+2 < c.hi && az.lexAt(i+2)&lxCan != 0:
			return true // "there's nothing I can change"
		case (id == idAny || id == idNo) && next == idSay:
			return c.neg || id == idNo // "I don't get any say", "I have no say"
		case id == idBlame && az.lexAt(i+1)&lxI != 0 && c.neg:
			return true // "please don't blame me"
		case id == idNot && az.lexAt(i+1)&lxI != 0 && az.lexAt(i+1)&auxBits == 0 && (i+2 >= c.hi || toks[i+1].pause):
			return true // "that's head office, not me"
		case id == idHands && next == idTied || id == idHands && i+2 < c.hi && az.lexAt(i+1)&lxBe != 0 && toks[i+2].id == idTied:
			return az.lexAt(i-1)&(lxI|lxOurDet) != 0 || toks[i-1].id == idMy // "my hands are tied"
		case id == idPay && next == idGrade:
			return true // "above my pay grade"
		case id == idNot && next == idMy && i+2 < c.hi && (decisionNouns.has(toks[i+2].id) || az.lexAt(i+2)&lxRuleNoun != 0):
			return true // "it's not my rule", "not my call"
		case az.lexAt(i)&lxI != 0 && c.neg && c.verb > i && c.lemmaIn(settingVerbs) && c.actor == actAgent:
			return true // "I don't set it", "I didn't write the tariff rules"
		}
	}
	return false
}

// anotherTeamNamed reports another team of the company named in d: "box
// office is a different department", "that's a separate team".
func (az *analyzer) anotherTeamNamed(d *clause) bool {
	toks := az.tok.toks
	for i := d.lo; i+1 < d.hi; i++ {
		if otherWords.has(toks[i].id) && az.lexAt(i+1)&lxCompanyNoun != 0 {
			return true
		}
	}
	return false
}

// aSeparateParty reports a party said to be another company or team than
// ours, while we do nothing about what it did: "the shop's a separate
// franchise", "who are a completely separate outfit from us", "the
// restaurant is run by a separate company". Said beside a step of ours
// ("but I've chased them myself") or one we offer ("but I can put you
// through") it tells why the step is needed.
func (az *analyzer) aSeparateParty(c *clause) bool {
	if c.question || c.cond || c.neg || c.actor == actAgent || c.verb >= 0 && !c.passive || az.ourInSubject(c) {
		return false
	}
	toks := az.tok.toks
	for i := max(c.comp, c.lo) + 1; i+1 < c.hi; i++ {
		if !separateWords.has(toks[i].id) || az.lexAt(i-1)&lxDet == 0 && (i-2 < c.lo || az.lexAt(i-2)&lxDet == 0) {
			continue // "a separate firm", "a completely separate outfit"
		}
		if next := i + 1; az.lexAt(next)&lxThirdNoun != 0 || orgNouns.has(toks[next].id) ||
			toks[i].id != idDifferent && az.lexAt(next)&lxCompanyNoun != 0 {
			// "a different engineer" is another of ours; "a different department" another part of the company
			return !az.weDoSomething(c) && !az.nearInSentence(c, offersAStep)
		}
	}
	return false
}

// orgNouns name a company or a part of one, as no person of ours is
// named: "a different department".
var orgNouns = idSetOf(orgNounsList)

const orgNounsList = "company department"

// idDifferent is the id of "different", which sets apart another of ours
// as readily as another firm.
var idDifferent = wordID("different")

// offersAStep reports a step we offer to take: "I can put you through to
// them", which helps as a step taken does.
func offersAStep(d *clause) bool {
	return d.actor == actAgent && !d.neg && d.aspect == aspCould && d.lists&stepList != 0
}

// separateWords set a party apart from the company: "a separate firm".
var separateWords = idSetOf(separateWordsList)

const separateWordsList = "separate different independent"

// otherWords set a team apart from the agent's: "a different department".
var otherWords = idSetOf(otherWordsList)

const otherWordsList = "different separate another other"

var idSomething, idSay, idBlame = wordID("something"), wordID("say"), wordID("blame")

// deniedBefore reports a negation just before i, maybe with an article
// between: "not something", "not a decision".
func (az *analyzer) deniedBefore(c *clause, i int) bool {
	return i > c.lo && (az.lexAt(i-1)&lxNeg != 0 || i-1 > c.lo && az.lexAt(i-1)&lxDet != 0 && az.lexAt(i-2)&lxNeg != 0)
}

// decisionNouns, denied before "I", disown a choice: "not a decision I get
// to make"; overrideVerbs, after "I can't", a power: "I can't override it".
var decisionNouns, overrideVerbs = idSetOf(decisionNounsList), idSetOf(overrideVerbsList)

const decisionNounsList, overrideVerbsList = "decision call choice", "override bypass overrule"

// idWay reads "no way of overriding it"; idTaken "a decision taken by
// staff"; idSame "done the same".
var idWay, idTaken, idSame = wordID("way"), wordID("taken"), wordID("same")

// Only the go-between. "We're just the middleman", "we're only the booking
// agent", "I'm just the messenger": the company, or the agent, names itself
// as no more than what passes things on, so what went wrong lies with those
// either side of it.

// onlyTheGoBetween reports a clause whose subject is us, whose only verb
// is be, and whose predicate is "just" or "only" and a go-between.
func (az *analyzer) onlyTheGoBetween(c *clause) bool {
	if c.actor != actAgent || c.verb >= 0 || c.neg || c.question || c.cond || c.comp+1 >= c.hi {
		return false
	}
	toks := az.tok.toks
	i := c.subj + 1
	for i < c.hi && i <= c.comp && !onlyWords.has(toks[i].id) {
		i++ // "just" may sit in the verb group ("we're just | the middleman") or open what follows
	}
	if i >= c.hi || i > c.comp {
		return false
	}
	for j := i + 1; j < c.hi && j <= i+4; j++ {
		if goBetweenNouns.has(toks[j].id) {
			return !az.weTakeItOn(c)
		}
	}
	return false
}

// onlyWords say that is all there is to it: "just", "only", "merely".
var onlyWords = idSetOf(onlyWordsList)

const onlyWordsList = "just only merely simply"

// goBetweenNouns name what passes things between others: "the middleman",
// "the booking agent", "the platform".
var goBetweenNouns = idSetOf(goBetweenNounsList)

const goBetweenNounsList = "middleman middlemen agent agents broker brokers platform marketplace reseller resellers intermediary go-between messenger messengers"

// What the agent would have thought. "I would have thought you'd check the
// size guide first", "I'd have thought it was obvious": an unreal past
// opinion, then what the customer would have done or known, or that it was
// plain, says they should have, and did not.

// afterWouldHaveThought reports a clause just after one in its sentence
// that is only the agent's "would have thought" (or expected, assumed), and
// that tells the customer's part or knowing ("you'd check", "you would have
// noticed"), or that a thing was plain ("it was obvious").
func (az *analyzer) afterWouldHaveThought(c *clause) bool {
	ci := az.clauseIndex(c)
	if ci == 0 || c.neg || c.question || c.cond {
		return false
	}
	p := &az.clauses[ci-1]
	toks := az.tok.toks
	if p.actor != actAgent || p.aspect != aspWould || !p.hasHave || !p.lemmaIn(thoughtVerbs) || !az.frameJustBefore(p, c) {
		return false
	}
	switch {
	case c.actor == actCustomer:
		return c.aspect == aspWould && (c.lists&listDuty != 0 || c.lemmaIn(knowingVerbs))
	case c.verb < 0 && c.comp < c.hi:
		return plainWords.has(toks[c.comp].id) // "it was obvious"
	}
	return false
}

// thoughtVerbs frame what the agent expected: "I'd have thought".
var thoughtVerbs = lemmaSetOf("think expect assume imagine")

// knowingVerbs tell what the customer would have known or seen.
var knowingVerbs = lemmaSetOf("notice know realise realize see spot read")

// onlyTheMessenger reports us saying we only passed on, or carried out, what
// another party set: "the airline changed the schedule, we just passed that
// on", "we just install what they order", "we only pass on what the airline
// tells us". The act is made small beside the party named, which is put in
// our place; passed on to a party of ours ("I just passed it on to my
// manager") it is a step.
func (az *analyzer) onlyTheMessenger(c *clause) bool {
	toks := az.tok.toks
	if c.actor != actAgent || c.verb <= c.lo || !onlyJust.has(toks[c.verb-1].id) || c.lists&listMessenger == 0 || az.sorry(c) {
		return false
	}
	whatTheySet := az.idIn(idWhat, c.comp, min(c.hi, c.comp+3))
	passedOn := c.lemma == "pass" && az.idIn(idOn, c.comp, min(c.hi, c.comp+3)) && !az.anyLexIn(c.comp, c.hi, lxCompanyNoun|lxOurDet|lxCustomer)
	if !whatTheySet && !passedOn {
		return false
	}
	return az.anyLexIn(c.comp, c.hi, lxThird|lxThirdNoun) || az.nearInSentence(c, func(d *clause) bool { return d.actor == actThird || d.named })
}

// onlyJust make an act small: "we just", "we only", "we merely".
var onlyJust = idSetOf("just only merely simply")
