package scoring

// verbInfo is what the clause reader needs about a verb form: its base form,
// the lists it is in, and whether it links like be.
type verbInfo struct {
	lemma     string
	lists     uint64
	particles []particleList
	linking   bool
	lemmaSets *lemmaRow // the lemma sets the lemma is in (see lemmaSet)
}

// verbForms are the verb forms the lists and irregularVerbs know, with what
// each tells the clause reader. A clause looks up its main verb here once.
var verbForms = func() map[string]*verbInfo {
	out := map[string]*verbInfo{}
	put := func(form, base string) {
		out[form] = &verbInfo{lemma: base, lists: verbs.bare[base], particles: verbs.particles[base], linking: linkingVerbs[base],
			lemmaSets: rowOfLemma(base)}
	}
	for form, base := range knownForms {
		put(form, base)
	}
	for form, base := range irregularVerbs {
		put(form, base)
	}
	for base := range verbs.bare {
		put(base, base)
	}
	for base := range verbs.particles {
		put(base, base)
	}
	return out
}()

// verbAt returns what is known of token i as a verb. Every form of every verb
// the lists and checks name is in verbForms, so a word that is not is in no
// list: its base by the spelling rules stands for its lemma, and nothing
// needs more. A word the phrase index knows is read by its id, which the
// tokenizer already found, sparing a string lookup in the large verbForms
// map and, for a word no list names, the spelling rules.
func (az *analyzer) verbAt(i int) *verbInfo {
	if id := az.tok.toks[i].id; id != 0 {
		return verbsByID[id]
	}
	return az.unindexedVerbAt(i) // kept out of line, so that verbAt is inlined where it is asked
}

// unindexedVerbAt is verbAt for a word the phrase index does not know.
func (az *analyzer) unindexedVerbAt(i int) *verbInfo {
	k := az.tok.key(az.tok.toks[i])
	if v, ok := verbForms[k]; ok {
		return v
	}
	base := lemmaByRule(k) // a word no list names: its base by the spelling rules ("stands" → "stand")
	az.unknownVerb = verbInfo{lemma: base, lemmaSets: lemmaRows[base]}
	return &az.unknownVerb
}

// verbsByID holds, for each word id of the phrase index, what verbAt answers
// for its word: its verbForms entry if it has one, and else its base by the
// spelling rules. A token's id names exactly its key, so this answers as
// verbForms and the rules do. The row of lemma sets is made here if no set
// has made it yet: the sets may be built after this table.
var verbsByID = func() []*verbInfo {
	out := make([]*verbInfo, len(index.words.words))
	for id := 1; id < len(out); id++ { // 0 is no word
		w := index.words.words[id]
		if v, ok := verbForms[w]; ok {
			out[id] = v
			continue
		}
		base := lemmaByRule(w)
		out[id] = &verbInfo{lemma: base, lemmaSets: rowOfLemma(base)}
	}
	return out
}()

// listsOf returns the bits of the lists clause c's main verb, v, is in, with
// the particle right after it where an entry asks for one.
func (az *analyzer) listsOf(c *clause, v *verbInfo) uint64 {
	if len(v.particles) == 0 && v.lemma != "have" && v.lemma != "take" {
		return v.lists // most verbs: no particle, and no "have a look" to read (see lightLookAt)
	}
	return az.listsWithParticle(c, v) // kept out of line, so that listsOf is inlined
}

// listsWithParticle is listsOf for a verb that some list names with a
// particle.
func (az *analyzer) listsWithParticle(c *clause, v *verbInfo) uint64 {
	lists, at := v.lists, c.comp
	if look := az.lightLookAt(c, v); look != nil {
		// "I'll have a look at it" is "I'll look at it": the lists of "look" and its particle, with
		// those of "have a" and "take a" kept (see the "a look" list)
		lists, at = lists|look.lists, c.comp+2
		v = look
	}
	if ps := v.particles; len(ps) > 0 && at < c.hi {
		at = az.pastIntensifier(at, c.hi) // "drilled straight through", "went right through": the particle is still the verb's
		next := az.tok.toks[at].id
		for _, p := range ps {
			// the particle is the next word: the same id, and where the index
			// knows neither, the same text
			if p.particle.id != next || next == 0 && az.tok.key(az.tok.toks[at]) != p.particle.key {
				continue
			}
			if p.lists&listIdiom != 0 {
				return p.lists // "ended up spending": not "end" at all
			}
			lists |= p.lists
		}
	}
	return lists
}

// particleIntensifiers stress a particle without changing the verb it
// makes: "straight through", "right through".
var particleIntensifiers = idSetOf(particleIntensifiersList)

// pastIntensifier returns the token after an intensifier at i that stresses
// the particle after it ("straight" in "straight through"), or i.
func (az *analyzer) pastIntensifier(i, hi int) int {
	if i+1 < hi && particleIntensifiers.has(az.tok.toks[i].id) {
		return i + 1
	}
	return i
}

const particleIntensifiersList = "straight right"

// lightLookAt returns the verb "look" when c's verb is "have" or "take"
// and "a look" follows it: "have a look", "take a look". The light verb
// carries the look, which is the act.
func (az *analyzer) lightLookAt(c *clause, v *verbInfo) *verbInfo {
	toks := az.tok.toks
	if v.lemma != "have" && v.lemma != "take" || c.comp+1 >= c.hi || toks[c.comp].id != idA || toks[c.comp+1].id != idLook {
		return nil
	}
	return verbsByID[idLook]
}

// stepList is the bit of the "step" list, which the reader tests most;
// listIdiom that of the verbs a particle makes into others.
var stepList, listIdiom = verbs.bit["step"], verbs.bit["idiom"]

// inVerbList reports whether lemma is in list name without a particle.
func inVerbList(lemma, name string) bool {
	return verbs.bare[lemma]&verbs.bit[name] != 0
}

// clauseNeeds names, for the checks that need them, the words one of which
// must be in the clause before the check is worth running.
var clauseNeeds = map[string]lex{
	"feeling": lxFeeling, "bad": lxBadAdj, "licensed feeling": lxFeeling | lxBadAdj, "anyone would": lxAnyone, "anyone would have done it": lxAnyone | lxCustomers, "wrong one": lxWrong, "to the wrong place": lxWrong,
	"fault is ours": lxOurs | lxFaultNoun, "the fault, ours": lxOurs, "our fault": lxOurDet | lxAgent, "makes it ours": lxOurDet, "funny how it only": lxCue, "what more could we": lxHave | lxCan | lxWould,
	"rule subject": lxRuleNoun, "terms accepted": lxRuleNoun, "rule puts it on you": lxRuleNoun, "rule subject, no in it": lxRuleNoun, "rule subject, only": lxRuleNoun,
	"is the rule": lxRuleNoun, "entitles": lxEntitles, "down to them": lxThird | lxThirdNoun | lxTheirs | lxFaultNoun | lxCustomer | lxYour | lxCue,
	"your part undone in a relative": lxNeg, "exclaims bad": lxBadAdj, "cleft on them": lxThird | lxThirdNoun | lxYour, "them after": lxThird | lxThirdNoun | lxTheirs, "one to take up with them": lxThird | lxThirdNoun | lxTheirs,
	"your fault": lxFaultNoun, "denies ours": lxNeg | lxDenial, "cause on others": lxCause, "ours is fine": lxFine,
	"yourself": lxYour | lxThird, "holder's duty": lxDuty, "left for the holder": lxCustomers,
	"their fault": lxThirdNoun | lxTheirs, "it is them": lxThirdNoun | lxThird | lxTheirs | lxCustomers, "their error": lxFaultNoun, "your side erred": lxYour, "chosen thing erred": lxCustomer, "went wrong at your end": lxYour, "nobody's fault": lxFaultNoun, "your thing is bad": lxYour,
	"your household did it": lxYour, "done by your household": lxYour, "waiting at your end": lxYour | lxCustomer, "your kit is old": lxYour, "said before, as an aside": lxReport, "your kit needs upkeep": lxYour, "guessed your thing alone": lxYour, "their thing": lxTheirs | lxThirdNoun,
	"your failing": lxFaultNoun, "your input wrong": lxCustomer, "your call alone": lxYour, "a separate party": lxCompanyNoun | lxThirdNoun,
	"responsible": lxThird | lxThirdNoun, "disclaims responsibility": lxNeg | lxDuty, "refuses liability": lxDuty, "reason on others": lxCustomer | lxYour | lxThird | lxThirdNoun | lxTheirs | lxCustomers | lxNeg, "done from your side": lxYour | lxTheirs | lxCue, "record places it": lxYour | lxCustomer,
	// The deflection readings' words are marked lxCue (see deflectCues).
	"done as it should": lxCue, "charge stands": lxCue, "slow to your part": lxCue, "keeps slipping": lxCue,
	"no record of yours": lxCue | lxNeg, "trouble is your kit": lxCue | lxYour, "trouble is them": lxThird | lxThirdNoun, "reason is their input": lxCustomer, "followed their input": lxCustomer, "done from their input": lxCustomer, "set out in writing": lxCue, "shows your use": lxCue,
	"against the guidance": lxCue, "at their own risk": lxCue, "gone over this before": lxCue, "as per the document": lxCue, "at their mercy": lxCue, "their misfortune": lxCue, "their misfortune, plainly": lxCue, "nth time slipped": lxCue, "traced to yours": lxCue, "found no fault": lxCue,
	"happens when slipped": lxTemporal, "went wrong before handover": lxTemporal, "fine when it left us": lxTemporal, "framed as the trouble": lxCustomer | lxYour | lxThird | lxThirdNoun,
	"junk folder guess": lxYour, "disowns power": lxNeg | lxI | lxOurDet | lxAgent, "your thing mishandled": lxYour, "trouble when you acted": lxTemporal,
	"they had trouble": lxHave,
	// Only sparing a call: each check looks for its word in the clause itself.
	"in your care": lxYour | lxTemporal, "it is your own": lxYour, "not us after": lxNeg, "ours set aside": lxNeg, "fault denied after cause": lxNeg, "possessor's fault": lxFaultNoun, "seen wrong tries": lxWrong, "behind our back": lxAgent, "reason, its age": lxWrong, "upkeep the rules require": lxNeg, "your signature on it": lxYour,
	"user error": lxFaultNoun, "your input is another": lxCustomer,
}

// clauseWords are the named checks of clauseRules on the words of a clause.
var clauseWords = map[string]func(az *analyzer, c *clause) bool{
	"done alone":         func(az *analyzer, c *clause) bool { return c.doneAlone },
	"underway":           (*analyzer).isUnderway,
	"wrong":              func(az *analyzer, c *clause) bool { return az.wrongNearVerb(c) },
	"wrong one":          func(az *analyzer, c *clause) bool { return az.wrongNearVerb(c) && az.wrongOneIn(c) }, // "you called us twice" is no wrong choice
	"reported step":      (*analyzer).isReportedStep,
	"to the wrong place": (*analyzer).wrongPlace,
	"your own thing":     func(az *analyzer, c *clause) bool { return c.yourThing },
	"wrong subject":      func(az *analyzer, c *clause) bool { return c.subjWrong && !c.byAgent },
	"perfect":            func(az *analyzer, c *clause) bool { return c.hasHave },
	"not by us": func(az *analyzer, c *clause) bool {
		// "should never have been sent" owns it, and "your email wasn't answered" and "the code
		// hadn't been switched on at our end" were ours to do
		return c.byWho != actAgent && !c.should && !(c.lemmaIn(replyVerbs) && az.yourSide(c)) && !az.setUpOnOurSide(c)
	},
	"lost or held up": func(az *analyzer, c *clause) bool { return c.byWho != actAgent && c.lemmaIn(mishapVerbs) }, // "the rider got lost", not "the depot was closed"
	"by us":           func(az *analyzer, c *clause) bool { return c.byAgent },
	"by us, wrongly": func(az *analyzer, c *clause) bool {
		// "damaged by our courier", "sent to the wrong address by our warehouse", not "contacted by our team"
		return c.byAgent && (c.lists&troubleLists != 0 || c.bag&lxWrong != 0 || az.isDoneWrong(c))
	},
	"named subject":    func(az *analyzer, c *clause) bool { return c.named },
	"down to them":     (*analyzer).isDownToThem,
	"down to a name":   (*analyzer).isDownToAName,
	"fault is ours":    (*analyzer).isFaultOurs,
	"the fault, ours":  func(az *analyzer, c *clause) bool { return c.fault && az.isFaultOurs(c) }, // "the fault isn\'t ours"
	"our fault":        (*analyzer).isOurFault,
	"makes it ours":    (*analyzer).makesItOurs,
	"feeling":          func(az *analyzer, c *clause) bool { return az.compHas(c, lxFeeling) },
	"bad":              func(az *analyzer, c *clause) bool { return az.compHas(c, lxBadAdj) && az.feltSubject(c) },
	"licensed feeling": (*analyzer).isLicensedFeeling,
	"no time":          func(az *analyzer, c *clause) bool { return !az.flags[az.tok.toks[c.lo].sent].hasTime },
	"question":         func(az *analyzer, c *clause) bool { return c.question },
	"customer's event": func(az *analyzer, c *clause) bool {
		return c.temporal && (c.actor == actCustomer || c.actor == actCustomers || c.yourThing) && !az.isEventDeadline(c)
	},
	"event deadline":      (*analyzer).isEventDeadline,
	"opening hours":       (*analyzer).isOpeningHours,
	"asked of you":        (*analyzer).askedOfYou,
	"yours due to us":     (*analyzer).yoursDueToUs,
	"guessed sentence":    (*analyzer).guessedSentence,
	"offered as a choice": func(az *analyzer, c *clause) bool { return az.flags[az.tok.toks[c.lo].sent].choice },
	"not our deadline": func(az *analyzer, c *clause) bool {
		// "you're now booked on the 7:40 tomorrow" is our step done for them, not their plan
		return !az.isEventDeadline(c) && !(c.passive && c.lists&stepList != 0 && !c.neg)
	},
	"your own thing guessed": func(az *analyzer, c *clause) bool { return c.yourThing && c.hasHave && !c.should },
	"wrong, not by us":       func(az *analyzer, c *clause) bool { return c.byWho != actAgent && az.wrongNearVerb(c) },
	"by you":                 func(az *analyzer, c *clause) bool { return c.byWho == actCustomer },
	"by them":                func(az *analyzer, c *clause) bool { return c.byWho == actThird },
	"input wrong":            (*analyzer).isInputWrong,
	"excuse": func(az *analyzer, c *clause) bool {
		// not a good outcome, a third party's step for the customer, nor the customer's own wish ("you asked us to hold it")
		return az.flags[az.tok.toks[c.lo].sent].excuse && !az.goodNewsInSentence(c) && !(c.actor == actThird && az.theirStepForYou(c)) &&
			!c.lemmaIn(requestVerbs)
	},
	"told failure": (*analyzer).isToldFailure,
	"should have, by them": func(az *analyzer, c *clause) bool {
		// "your bank should have told you about the fee": what they ought to have done, they did not;
		// but "whoever served you should have checked; that's part of our own process" was ours
		return c.should && c.hasHave && !c.passive && !az.sorry(c) && !az.flags[az.tok.toks[c.lo].sent].owned && !az.oursLaterInSentence(c)
	},
	"should have, not by you": func(az *analyzer, c *clause) bool {
		return c.should && c.hasHave && c.byWho != actCustomer
	},
	"anyone would": func(az *analyzer, c *clause) bool {
		// "anyone would be upset", "that would scare anyone"; but "anyone would have checked the dates" says
		// what they should have done, and "as it would for anyone", with no feeling, how it goes for all
		if !az.clauseHas(c, lxAnyone) || !az.clauseHas(c, lxWould) || az.anyoneWouldHaveDone(c) {
			return false
		}
		if c.bag&(lxFeeling|lxBadAdj) != 0 {
			return true
		}
		// with no word of feeling, what anyone would go through ("that would scare anyone", "anyone in
		// your position would be losing sleep"), not what anyone would do or know ("anyone would read the
		// label", "anyone would know that" say what the customer should have done)
		return !az.forAnyoneIn(c) && !az.anyoneWouldDo(c)
	},
	"anyone would have done it": (*analyzer).anyoneWouldHaveDone,
	"was the wrong one": func(az *analyzer, c *clause) bool {
		var buf [2]string
		return az.pronounSubject(c) && c.pastAux && startsWithAny(az.compWords(c, 2, buf[:0]), &theWrongPhrases)
	},
	"must have felt": func(az *analyzer, c *clause) bool {
		return c.bag&(lxFeeling|lxBadAdj) != 0 && c.bag&lxWrong == 0 // "finding your card missing must have been frightening"
	},
	"guessed experience": func(az *analyzer, c *clause) bool {
		// "you must have been worried", "should have received our email"; not "you should have got a report", a duty,
		// nor "you must have it on the wrong input", a wrong thing held
		return !az.shouldHaveObtained(c) && (c.verb < 0 || c.lists&listNotBlame != 0) && !holdsWrongOne(c)
	},
	"usually":          func(az *analyzer, c *clause) bool { return c.freq },
	"a clause of when": func(az *analyzer, c *clause) bool { return c.temporal },
	"cleft on them":    (*analyzer).isCleftOnThem,
	"them after": func(az *analyzer, c *clause) bool {
		// "we gave the driver the parcel" helps a third party; "the dispatch team gave the driver the wrong
		// postcode, not me" passes a slip to another team
		return az.compHas(c, lxThird|lxThirdNoun|lxTheirs) && !az.whatWasGivenAt(c) && !(az.anotherTeam(c) && az.notUsAfter(c)) &&
			!az.insistedThemAtEnd(c)
	},
	"with them or a name": func(az *analyzer, c *clause) bool {
		if c.lemma == "go" && (c.comp >= c.hi || az.tok.toks[c.comp].id != idBack) {
			return false // "you'd need to go back to them for that" sends them back; "go to the depot" only says where
		}
		if c.actor == actNone || !az.compHas(c, lxThird|lxThirdNoun|lxTheirs) {
			// "take that up with Kestrel Parking", "you'd need to take it up with Sungrove": the words of passing it
			// on; "speak with Maria" or "call your bank" may only send them to help
			return az.takeItUp(c) && (az.compHas(c, lxThird|lxThirdNoun|lxTheirs) || az.withANameAfter(c))
		}
		return true
	},
	"one to take up with them": func(az *analyzer, c *clause) bool {
		// "that's something to take up with him", "that's one for you to raise with the airline",
		// "any damage to your wall is one to take up with them": whatever the matter is called
		return az.deflectingInfinitive(c) && az.compHas(c, lxThird|lxThirdNoun|lxTheirs)
	},
	"counterfactual": func(az *analyzer, c *clause) bool {
		// "if you'd entered", "if you had read": a past perfect is counterfactual whatever its verb's spelling
		return c.cond && c.verb >= 0 && az.pastUnrealVerb(c)
	},
	"had it gone otherwise":  (*analyzer).hadItGoneOtherwise,
	"assumed they were told": (*analyzer).assumedTheyWereTold,
	"tagged guess":           (*analyzer).taggedGuess,
	"they decide":            (*analyzer).theyDecide,
	"told to stop":           (*analyzer).toldToStop,
	"asked with a tag":       (*analyzer).endsWithTag,
	"will have had it":       (*analyzer).willHaveHadIt,
	"yourself":               (*analyzer).youDidItYourself,
	"your job":               (*analyzer).isYourJob,
	"on you":                 (*analyzer).isOnYou,
	"headline":               (*analyzer).isHeadline,
	"hedged":                 func(az *analyzer, c *clause) bool { return c.hedged || az.hedgeInClause(c) },
	"not done by us":         func(az *analyzer, c *clause) bool { return c.byWho != actAgent && !az.ourInSubject(c) },
	// "returns have to reach us within 30 days": things in general, as a rule has them
	"a kind, not ours": func(az *analyzer, c *clause) bool { return c.generic && !az.ourInSubject(c) },
	"done wrongly":     (*analyzer).doneWrongly,
	"limits":           func(az *analyzer, c *clause) bool { return az.clauseHasID(c, idOnly) || az.clauseHasID(c, idAll) },
	"exclaims bad":     (*analyzer).exclaimsBad,
	"can itself":       func(az *analyzer, c *clause) bool { return c.can },
	"alternatives":     (*analyzer).offersAlternatives,
	"asks which":       (*analyzer).asksWhich,
	"your call alone":  (*analyzer).isYourCallAlone,
	"rule subject":     func(az *analyzer, c *clause) bool { return c.ruleSubj },
	"terms accepted": func(az *analyzer, c *clause) bool {
		// "the booking conditions were accepted at the time of payment": by the one who booked, no one else named
		return c.ruleSubj && c.byWho == actNone && c.lemmaIn(acceptVerbs) && az.subjectHas(c, termsNouns) && !az.ourInSubject(c) && !az.sorry(c)
	},
	"rule subject, no in it": func(az *analyzer, c *clause) bool { return c.ruleSubj && az.compHas(c, lxNeg) },
	"rule subject, only":     func(az *analyzer, c *clause) bool { return c.ruleSubj && az.clauseHasID(c, idOnly) },
	"is the rule":            (*analyzer).isTheRule,
	"entitles":               func(az *analyzer, c *clause) bool { return az.clauseHas(c, lxEntitles) },
	"done wrong":             (*analyzer).isDoneWrong,
	"named staff, reported step": func(az *analyzer, c *clause) bool {
		return c.subj >= 0 && az.lexAt(c.subj)&(lxAgent|lxBe) == 0 && az.isReportedStep(c) // "the engineer's booked", not "we're booked"
	},
	"your thing refused": (*analyzer).isYourThingRefused,
	"your input wrong":   (*analyzer).isYourInputWrong,
	"because you did":    (*analyzer).isBecauseYouDid,
	"your fault":         (*analyzer).isYourFault,
	"had to have":        func(az *analyzer, c *clause) bool { return c.obliged && c.hasHave },
	"may, not can":       func(az *analyzer, c *clause) bool { return !c.can },
	"done right": func(az *analyzer, c *clause) bool {
		return c.bag&lxWrong == 0 && !az.wrongNearVerb(c) && !az.isDoneWrong(c) // "the refund was issued promptly on our part"
	},
	"perfect, done right": func(az *analyzer, c *clause) bool {
		// "the shoes have been worn outside" tells of use, not of a step done for the customer, and
		// "the bike has been ridden into a kerb" of what only its owner does
		return c.hasHave && !c.pastAux && !az.wrongNearVerb(c) && !az.isDoneWrong(c) && !az.noStepObject(c) && (c.verb < 0 || !usedWords.has(az.tok.toks[c.verb].id)) &&
			(c.lists&listYourActsOrSlips == 0 || c.lists&stepList != 0)
	},
	"perfect, done right, not your side": func(az *analyzer, c *clause) bool {
		// "someone in your household has changed the password" did nothing for the customer
		return c.hasHave && !c.pastAux && !az.wrongNearVerb(c) && !az.isDoneWrong(c) && !az.noStepObject(c) && !az.yourSide(c)
	},
	"should":                   func(az *analyzer, c *clause) bool { return c.should },
	"let it lapse":             (*analyzer).letItLapse,
	"because theirs":           (*analyzer).becauseTheirs,
	"trouble, outside cause":   (*analyzer).troubleThenOutsideCause,
	"outside fault led to":     (*analyzer).outsideFaultLedTo,
	"explains the trouble":     (*analyzer).explainsTheTrouble,
	"trouble from an act":      (*analyzer).troubleFromAnAct,
	"reason is their input":    (*analyzer).reasonIsTheirInput,
	"followed their input":     (*analyzer).followedTheirInput,
	"did as you gave it":       (*analyzer).didAsYouGaveIt,
	"echoed your detail":       (*analyzer).echoedTheirDetail,
	"chosen on the order":      (*analyzer).chosenOnTheOrder,
	"our offer declined":       (*analyzer).ourOfferDeclined,
	"tried more than once":     (*analyzer).triedMoreThanOnce,
	"was your choice":          (*analyzer).wasYourChoice,
	"would if they did":        (*analyzer).wouldIfTheyDid,
	"left undone by you":       (*analyzer).leftUndoneByYou,
	"told us otherwise":        (*analyzer).toldUsOtherwise,
	"points at their document": (*analyzer).pointsAtTheirDocument,
	"guessed, not had to":      func(az *analyzer, c *clause) bool { return c.hasHave && !c.obliged },
	"guessed now, the wrong one": func(az *analyzer, c *clause) bool {
		// "you must be using the old link": what they are doing now, guessed, with the wrong one
		return c.verb >= 0 && !c.hasHave && !c.obliged && !c.should && (c.bag&lxWrong != 0 || az.anyIn(c.comp, c.hi, otherOnes))
	},
	"your side suffered":        (*analyzer).yourSideSuffered,
	"charged you a cost":        (*analyzer).chargedYouACost,
	"all there for you":         (*analyzer).allThereForYou,
	"given was clear":           (*analyzer).givenWasClear,
	"only the go-between":       (*analyzer).onlyTheGoBetween,
	"after would have thought":  (*analyzer).afterWouldHaveThought,
	"moment asked about":        (*analyzer).momentAskedAbout,
	"opinion denies their part": (*analyzer).opinionDeniesTheirPart,
	"opinion denies our fault":  (*analyzer).opinionDeniesOurFault,
	"frame denies our fault":    (*analyzer).frameDeniesOurFault,
	"frame denies the step":     (*analyzer).frameDeniesStep,
	"it is them":                (*analyzer).isThem,
	"funny how it only":         (*analyzer).funnyHowOnly,
	"what more could we":        (*analyzer).whatMoreCouldWe,
	"at their own risk":         (*analyzer).atOwnRisk,
	"by them, not by":           (*analyzer).byThemNotBy,
	"their error":               (*analyzer).isTheirError,
	"we did our part":           (*analyzer).didOurPart,
	"insisted result":           (*analyzer).insistedResult,
	"it said so":                (*analyzer).saidSo,
	"holder's duty":             (*analyzer).isHoldersDuty,
	"left for the holder":       (*analyzer).leftForTheHolder,
	"your side guessed now": func(az *analyzer, c *clause) bool {
		// "your filter must be catching us", "the kids must have used up the visits"
		return (az.yourSide(c) || az.subjectHas(c, homePeople)) && !c.should && !c.obliged && az.guessShaped(c)
	},
	"works for others":             (*analyzer).worksForOthers,
	"nothing we can do about them": (*analyzer).nothingAboutThem,
	"told in the past":             (*analyzer).toldInThePast,
	"left off the form":            (*analyzer).leftOffTheForm,
	"not told, as a company":       (*analyzer).notToldAsACompany,
	"nobody told us":               (*analyzer).nobodyToldUs,
	"signed as received":           (*analyzer).signedAsReceived,
	"cleft names them":             (*analyzer).cleftNamesThem,
	"was meant to": func(az *analyzer, c *clause) bool {
		return c.pastAux && !c.hasHave && (c.obliged || c.passive && c.lemma == "mean")
	},
	"done state":               (*analyzer).isDoneState,
	"is what did it":           (*analyzer).isWhatDidIt,
	"just how they are":        (*analyzer).justHowTheyAre,
	"never":                    func(az *analyzer, c *clause) bool { return az.clauseHasID(c, idNever) },
	"accuses":                  (*analyzer).accuses,
	"warned":                   (*analyzer).wasWarned,
	"we told you a fact":       (*analyzer).weToldYouAFact,
	"went in as":               (*analyzer).wentInAs,
	"cause, not the product":   (*analyzer).causeNotTheProduct,
	"ours set aside":           (*analyzer).ourPartSetAside,
	"fault denied after cause": (*analyzer).faultDeniedAfterCause,
	"possessor's fault":        (*analyzer).possessorsFault,
	"a slip, not a drop-off":   func(az *analyzer, c *clause) bool { return !az.droppedOff(c) },
	"a drop-off":               (*analyzer).dropOffWithin,
	"said before, again":       (*analyzer).saidBeforeAsOpener,
	"reminders reached you":    (*analyzer).remindersReached,
	"rule after":               func(az *analyzer, c *clause) bool { return az.compHas(c, lxRuleNoun) },
	"fault is yours":           (*analyzer).isFaultYours,
	"cause on others":          (*analyzer).causeOnOthers,
	"reason on others":         (*analyzer).blamedCause,
	"done from your side":      (*analyzer).doneFromYourSide,
	"guessed their act":        (*analyzer).guessedTheirAct,
	"guessed done to it":       (*analyzer).guessedDoneToIt,
	"supposed done to it":      (*analyzer).supposedDoneToIt,
	"supposed past":            func(az *analyzer, c *clause) bool { return c.hasHave && c.lemma != "have" && !c.obliged }, // "it must have been dropped at some point"
	"others manage":            (*analyzer).othersManage,
	"others come to grief":     (*analyzer).othersComeToGrief,
	"the one who":              (*analyzer).isTheOneWho,
	"ours is fine":             (*analyzer).oursIsFine,
	"your thing is bad":        (*analyzer).isYourThingBad,
	"nobody":                   (*analyzer).nobodyDidTheirPart,
	"their fault":              (*analyzer).isTheirFault,
	"by mistake":               (*analyzer).byMistake,
	"your failing": func(az *analyzer, c *clause) bool {
		return c.fault && c.subj >= 0 && az.tok.key(az.tok.toks[c.subj]) == "your"
	},
	"denies ours":                   (*analyzer).deniesOurPart,
	"your side erred":               (*analyzer).yourSideErred,
	"chosen thing erred":            (*analyzer).chosenThingErred,
	"a pet did it":                  (*analyzer).petActedOnThing,
	"your household did it":         (*analyzer).householdDidIt,
	"done by your household":        (*analyzer).doneByYourHousehold,
	"on another side":               (*analyzer).onAnotherSide,
	"their named trouble":           (*analyzer).theirNamedTrouble,
	"their thing":                   (*analyzer).theirThing,
	"failed by them":                (*analyzer).failedByThem,
	"told back and put right":       (*analyzer).toldBackAndPutRight,
	"told back with so":             (*analyzer).toldBackWithSo,
	"granted with though":           (*analyzer).grantedWithThough,
	"remedy despite denial":         (*analyzer).remedyDespiteDenial,
	"heard as theirs":               (*analyzer).heardAsTheirs,
	"tried, only to find":           (*analyzer).triedOnlyToFind,
	"our part beside their fault":   (*analyzer).ourPartBesideTheirFault,
	"taken on in words":             (*analyzer).takenOnInWords,
	"suggests your part":            (*analyzer).suggestsYourPart,
	"checked whether":               (*analyzer).checkedWhether,
	"asked if outdated":             (*analyzer).askedIfOutdated,
	"came back damaged":             (*analyzer).cameBackDamaged,
	"handled so refused":            (*analyzer).handledSoRefused,
	"their act so refused":          (*analyzer).actSoRefused,
	"their act beside a refusal":    (*analyzer).actBesideRefusal,
	"penalty after their slip":      (*analyzer).penaltyAfterTheirSlip,
	"skipped after a rule":          (*analyzer).skippedAfterRule,
	"theirs held us up":             (*analyzer).theirsHeldUsUp,
	"lost time":                     (*analyzer).lostTime,
	"not with us":                   (*analyzer).notWithUs,
	"nobody's fault":                (*analyzer).nobodysFault,
	"user error":                    (*analyzer).userErrorIn,
	"this, not that":                (*analyzer).itsThisNotThat,
	"your input is another":         (*analyzer).yourInputIsAnother,
	"habit brings trouble":          (*analyzer).habitBringsTrouble,
	"done carelessly":               (*analyzer).doneCarelessly,
	"outside act brought trouble":   (*analyzer).outsideActBroughtTrouble,
	"they changed it":               (*analyzer).changedOnThem,
	"used more":                     (*analyzer).usedMore,
	"used hard":                     (*analyzer).usedHard,
	"first of its kind":             (*analyzer).firstOfItsKind,
	"asked, then the trouble":       (*analyzer).askedThenTroubleTold,
	"matter passed on":              (*analyzer).matterPassedOn,
	"theirs to put right":           (*analyzer).theirsToPutRight,
	"our opinion only":              (*analyzer).ourOpinionOnly,
	"only what we were given":       (*analyzer).onlyWhatWeWereGiven,
	"not done as asked":             (*analyzer).notDoneAsWeAsked,
	"there was an outside event":    (*analyzer).thereWasAnOutsideEvent,
	"outside event did it":          (*analyzer).outsideEventDidIt,
	"their system down":             (*analyzer).theirSystemDown,
	"junk folder guess":             (*analyzer).junkFolderGuess,
	"mail program files ours":       (*analyzer).mailProgramFilesOurs,
	"asked against the moment":      (*analyzer).askedAgainstTheMoment,
	"your act led to":               (*analyzer).yourActLedTo,
	"left as theirs":                (*analyzer).leftAsTheirs,
	"you were late":                 (*analyzer).youWereLate,
	"against the guidance":          (*analyzer).againstGuidance,
	"common for customers":          (*analyzer).commonForCustomers,
	"you did say":                   (*analyzer).youDidSay,
	"you only acted after":          (*analyzer).youOnlyActedAfter,
	"refused at your end":           (*analyzer).refusedAtYourEnd,
	"outside act led to":            (*analyzer).outsideActLedTo,
	"trouble when you acted":        (*analyzer).troubleWhenYouActed,
	"your thing mishandled":         (*analyzer).yourThingMishandled,
	"thing overused":                (*analyzer).overusedThing,
	"they had trouble":              (*analyzer).theyHadTrouble,
	"outside event taken on":        (*analyzer).outsideEventTakenOn,
	"by an outside event":           (*analyzer).byOutsideEvent,
	"in what you got":               (*analyzer).wasInWhatYouGot,
	"disowns power":                 (*analyzer).disownsPower,
	"act past the limit":            (*analyzer).actPastTheLimit,
	"nobody else had it":            (*analyzer).nobodyElseHadIt,
	"only you had it":               (*analyzer).onlyYouHadIt,
	"none from others":              (*analyzer).noneFromOthers,
	"not by itself":                 (*analyzer).notByItself,
	"others with the problem did":   (*analyzer).othersWithTheProblemDid,
	"damaged before you brought it": (*analyzer).alreadyDamagedWhenYouBrought,
	"not yet":                       checkNotYet,
	"their lapse told as fact": func(az *analyzer, c *clause) bool {
		// "your solicitor didn't release the keys until 4pm", "they haven't approved it": any verb, said
		// as the agent's own account; not told back ("so the store had nothing"), nor said with sorry, nor
		// beside our own error ("he didn't, we sent him to the wrong job"). A thing is a party only by
		// its name: "Royal Mail didn't deliver it"
		return (c.actor != actThing || c.named) && !az.sorry(c) && !az.sentenceOpensWithSo(c) && !az.recapsTheirAccount(c) && checkNotYet(az, c) && !az.weErredBeside(c)
	},
	"responsible":              (*analyzer).isResponsible,
	"disclaims responsibility": (*analyzer).disclaimsResponsibility,
	"owned in sentence":        (*analyzer).ownedInSentence,
	"recaps your account":      (*analyzer).recapsTheirAccount,
	"you did it right":         (*analyzer).youDidItRight,
	"cleared beside":           (*analyzer).clearedBeside,
	"cleared outright":         (*analyzer).clearedOutright,

	// Readings of the customer's side in what the agent reports (clause_checks_record.go and beside).
	"your act on record":               (*analyzer).yourActOnRecord,
	"unowned act on record":            (*analyzer).unownedActOnRecord,
	"advises next time":                (*analyzer).advisesNextTime,
	"advises next time, asked":         (*analyzer).advisesNextTimeAsked,
	"after an insinuating frame":       (*analyzer).afterInsinuatingFrame,
	"their act set against":            (*analyzer).theirActSetAgainst,
	"disclosed at the time":            (*analyzer).disclosedAtTheTime,
	"paperwork came wrong":             (*analyzer).paperworkCameWrong,
	"paperwork left out":               (*analyzer).paperworkLeftOut,
	"done without consent":             (*analyzer).doneWithoutConsent,
	"your act counted":                 (*analyzer).yourActCounted,
	"done from their input":            (*analyzer).doneFromTheirInput,
	"no reply from them":               (*analyzer).noReplyFromThem,
	"we ask them to":                   (*analyzer).weAskThemTo,
	"only the messenger":               (*analyzer).onlyTheMessenger,
	"trace is yours":                   (*analyzer).traceIsYours,
	"rule puts it on you":              (*analyzer).rulePutsItOnYou,
	"set to an old detail":             (*analyzer).setToAnOldDetail,
	"detail is an old one":             (*analyzer).detailIsAnOldOne,
	"sent to an old detail":            (*analyzer).sentToAnOldDetail,
	"still your old detail":            (*analyzer).stillYourOldDetail,
	"used another detail":              (*analyzer).youUsedAnotherDetail,
	"in another name":                  (*analyzer).inAnotherName,
	"input lapsed":                     (*analyzer).yourInputLapsed,
	"proof too old":                    (*analyzer).yourPaperTooOld,
	"reported long after":              (*analyzer).reportedLongAfter,
	"can only":                         (*analyzer).onlyCan,
	"left it so":                       (*analyzer).leftItSo,
	"approved the work":                (*analyzer).approvedTheWork,
	"refuses liability":                (*analyzer).refusesLiability,
	"not in by the deadline":           (*analyzer).notInByTheDeadline,
	"details dont match":               (*analyzer).detailsDontMatch,
	"lacked the document":              (*analyzer).lackedTheDocument,
	"over the limit, a state":          (*analyzer).overTheLimitState,
	"not done right by them":           (*analyzer).notDoneRightBy,
	"many went fine":                   (*analyzer).manyWentFine,
	"many of the same":                 (*analyzer).manyOfTheSame,
	"sees why they erred":              (*analyzer).seesWhyTheyErred,
	"waiting at your end":              (*analyzer).waitingAtYourEnd,
	"happened with them":               (*analyzer).happenedWithThem,
	"your kit is old":                  (*analyzer).yourKitIsOld,
	"said before, as an aside":         (*analyzer).saidBeforeAside,
	"locked after their tries":         (*analyzer).lockedAfterTries,
	"not us after":                     (*analyzer).notUsAfter,
	"them to chase after":              (*analyzer).themToChaseAfter,
	"behind our back":                  (*analyzer).behindOurBack,
	"your signature on it":             (*analyzer).yourSignatureOnIt,
	"secret shared":                    (*analyzer).secretWasShared,
	"by our partner":                   (*analyzer).byOurPartner,
	"seen of them":                     (*analyzer).seenOfThem,
	"a separate party":                 (*analyzer).aSeparateParty,
	"disowned after":                   (*analyzer).disownedAfter,
	"already so":                       (*analyzer).alreadySo,
	"wrong input alone":                (*analyzer).wrongInputAlone,
	"yours after clearing":             (*analyzer).yoursAfterClearing,
	"as per the document":              (*analyzer).asPerTheDocument,
	"falls to you":                     (*analyzer).fallsToYou,
	"in your care":                     (*analyzer).inYourCare,
	"happened while you had it":        (*analyzer).happenedWhileYouHadIt,
	"went wrong before handover":       (*analyzer).wentWrongBeforeHandover,
	"fine when it left us":             (*analyzer).fineWhenItLeftUs,
	"went wrong after we handed it on": (*analyzer).wentWrongAfterWeHandedItOn,
	"framed as the trouble":            (*analyzer).framedAsTheTrouble,
	"message not taken up":             (*analyzer).messageNotTakenUp,
	"mismatch with yours":              (*analyzer).mismatchWithYours,
	"it is your own":                   (*analyzer).itIsYourOwn,
	"applied to you":                   (*analyzer).appliedToYou,
	"penalty waived":                   (*analyzer).penaltyWaived,

	// Readings of how the agent deflects (clause_checks_{deflect,yourside,theirs,returns,limit,repeat,nofault}.go).
	"done as it should":              (*analyzer).doneAsItShould,
	"charge stands":                  (*analyzer).chargeStands,
	"slow to your part":              (*analyzer).slowToYourPart,
	"chose this, not that":           (*analyzer).choseThisNotThat,
	"keeps slipping":                 (*analyzer).keepsSlipping,
	"again as a dig":                 (*analyzer).againAsADig,
	"left until late":                (*analyzer).leftUntilLate,
	"then wonder why":                (*analyzer).thenWonderWhy,
	"so of course":                   (*analyzer).soOfCourse,
	"no record of yours":             (*analyzer).noRecordOfYours,
	"only reached us late":           (*analyzer).onlyReachedUsLate,
	"your part undone in a relative": (*analyzer).yourPartUndoneInRelative,
	"trouble is your kit":            (*analyzer).troubleIsYourKit,
	"trouble is them":                (*analyzer).troubleIsThem,
	"possible on their side":         (*analyzer).possibleOnTheirSide,
	"set out in writing":             (*analyzer).setOutInWriting,
	"happens when slipped":           (*analyzer).happensWhenSlipped,
	"shows your use":                 (*analyzer).showsYourUse,
	"at their mercy":                 (*analyzer).atTheirMercy,
	"their misfortune":               (*analyzer).theirMisfortune,
	"their misfortune, plainly":      (*analyzer).misfortuneToldPlainly,
	"past the limit":                 (*analyzer).pastTheLimit,
	"closed before you came":         (*analyzer).closedBeforeYouCame,
	"like yours, among few":          (*analyzer).likeYoursAmongFew,
	"record places it":               (*analyzer).recordPlacesItWithYou,
	"asks how it could":              (*analyzer).asksHowItCould,
	"wiser otherwise":                (*analyzer).wiserOtherwise,
	"nth time slipped":               (*analyzer).nthTimeSlipped,
	"gone over this before":          (*analyzer).goneOverThisBefore,
	"counted against you":            (*analyzer).countedAgainstYou,
	"traced to yours":                (*analyzer).tracedToYours,
	"found no fault":                 (*analyzer).foundNoFault,
	"over your allowance":            (*analyzer).overYourAllowance,

	// Readings of acts seen, owed or pressed, and of guesses (clause_checks_shown.go).
	"shown doing it":           (*analyzer).shownDoingIt,
	"should have, for us":      (*analyzer).shouldHaveForUs,
	"guessed yours":            (*analyzer).guessedYours,
	"look to your side":        (*analyzer).lookToYourSide,
	"timed against the rule":   (*analyzer).timedAgainstRule,
	"whoever did it":           (*analyzer).whoeverDidIt,
	"they never do their part": (*analyzer).theyNeverDoTheirPart,
	"done at your end":         (*analyzer).doneAtYourEnd,
	"went wrong at your end":   (*analyzer).wentWrongAtYourEnd,
	"made a mistake":           (*analyzer).madeAMistake,
	"erred, not waived":        func(az *analyzer, c *clause) bool { return !az.droppedACharge(c) && !az.letThemKnow(c) },
	"through a line":           (*analyzer).throughALine,
	"made what we own":         (*analyzer).madeWhatWeOwn,
	"unless mishandled":        (*analyzer).unlessMishandled,
	"acted too late":           (*analyzer).actedTooLate,
	"sent where you said":      (*analyzer).sentWhereYouSaid,
	"seen wrong tries":         (*analyzer).seenWrongTries,
	"missed, then a result":    (*analyzer).missedWithResult,
	"your kit needs upkeep":    (*analyzer).yourKitNeedsUpkeep,
	"guessed your thing alone": (*analyzer).guessedYourThingAlone,
	"guessed, perfect":         func(az *analyzer, c *clause) bool { return c.hasHave && az.guessedTheirAct(c) },
	"insisted or tagged":       (*analyzer).insistedOrTagged,
	"according to":             (*analyzer).accordingTo,
	"followed your word":       (*analyzer).followedYourWord,
	"at your request":          (*analyzer).doneAtYourRequest,
	"on record, not ours":      func(az *analyzer, c *clause) bool { return az.onRecord(c) && !az.weActInSentence(c) },

	// Readings of what the company says of its own part (clause_checks_ours.go).
	"did everything":        (*analyzer).didEverything,
	"doubts it is ours":     (*analyzer).doubtsItIsOurs,
	"on your side":          (*analyzer).onYourSide,
	"well on your side":     (*analyzer).wellOnYourSide,
	"we worked on our kit":  (*analyzer).weWorkedOnOurKit,
	"our reason after":      (*analyzer).ourReasonAfter,
	"fault with ours":       (*analyzer).faultWithOurs,
	"not a defect":          (*analyzer).notADefect,
	"our part undone after": (*analyzer).ourPartUndoneAfter,

	// Readings of the customer's side and of third parties
	// (clause_checks_theirside.go, clause_checks_lapses.go).
	"left us fine":     (*analyzer).leftUsFine,
	"held since":       (*analyzer).heldSince,
	"missed your slot": (*analyzer).missedYourSlot,
	"chose not to":     (*analyzer).choseNotTo,
	"erred, not handed over": func(az *analyzer, c *clause) bool {
		// "the storm ended overnight" tells no failure; "the airline ended the route" does
		return !az.handedOver(c) && !(c.lemmaIn(calmVerbs) && !az.objectAfter(c.verb, c.hi))
	},
	"handed over":            (*analyzer).handedOver,
	"by them, trouble":       func(az *analyzer, c *clause) bool { return c.byWho == actThird && az.troubled(c) },
	"lapse given as cause":   (*analyzer).lapseGivenAsCause,
	"nobody in":              (*analyzer).nobodyIn,
	"not ready when we came": (*analyzer).notReadyWhenWeCame,
	"no answer":              (*analyzer).noAnswerThere,
	"no safe place":          (*analyzer).noSafePlace,
	"you were out":           (*analyzer).youWereOut,
	"came at another time":   (*analyzer).cameAtAnotherTime,
	"you weren't in":         (*analyzer).youWerentIn,
	"upkeep long undone":     (*analyzer).upkeepLongUndone,
	"meant trouble":          (*analyzer).meantTrouble,
	"terms you accepted":     (*analyzer).termsYouAccepted,
	"obliged in past":        (*analyzer).obligedInPast,
	"cause is theirs":        (*analyzer).causeIsTheirs,
	"party we hired":         (*analyzer).partyWeHired,
	"damage from":            (*analyzer).damageFrom,
	"shown delivered":        (*analyzer).shownDelivered,
	"always going to":        (*analyzer).alwaysGoingTo,
	"never going to for you": (*analyzer).neverGoingToForYou,
	"not running late":       func(az *analyzer, c *clause) bool { return !az.anyIn(c.verb+1, min(c.verb+3, c.hi), lateRunning) },

	// Reasons given for a trouble, each gated by what its cause names (clause_checks_because.go).
	"reason, your act":         (*analyzer).blamedCause,
	"reason, upkeep undone":    (*analyzer).upkeepUndoneExplains,
	"reason, done by nobody":   func(az *analyzer, c *clause) bool { return az.unownedPassiveCause(c) && az.blamedCause(c) },
	"reason, bounced":          func(az *analyzer, c *clause) bool { return c.lemma == "bounce" && az.blamedCause(c) },
	"reason, its age":          (*analyzer).ageExplains,
	"upkeep the rules require": (*analyzer).upkeepTheRulesRequire,
	"reason, given":            func(az *analyzer, c *clause) bool { return az.anyIn(c.lo, c.hi, givenWords) && az.blamedCause(c) },
	"reason, detail off by":    func(az *analyzer, c *clause) bool { return az.offByIn(c) && az.blamedCause(c) },
	"reason, what you sent": func(az *analyzer, c *clause) bool {
		return (az.subjectHas(c, paperwork) || c.bag&lxWrong != 0) && az.blamedCause(c)
	},
}

// Ids of the words the checks above look for, looked up once rather than on
// every call (clauseHasWord looks its word up each time). Each is a word of
// the lexicon, so the phrase index knows it (TestCheckWordIDsAreKnown).
var idOnly, idAll, idNever = wordID("only"), wordID("all"), wordID("never")

// Bits of the verb lists the checks test, looked up once.
var (
	listAskAFact  = verbs.bit["ask a fact"]
	listDuty      = verbs.bit["duty"]
	listGoesWrong = verbs.bit["goes wrong"]
	listNotBlame  = verbs.bit["not blame"]
	listSlip      = verbs.bit["slip"]
	listChoose    = verbs.bit["choose"]
	listSay       = verbs.bit["say"]
	listArrive    = verbs.bit["reaches us"]
	listDisclose  = verbs.bit["disclose"]
	listReceive   = verbs.bit["receive"]
	listYourActs  = verbs.bit["your acts"]
	// listThirdPartyFailure: "lost", "cancelled", what others do wrong.
	listThirdPartyFailure = verbs.bit["third-party failure"]
	// listHouseholdActs: "bought", "downgraded", acts on an account or order.
	listHouseholdActs = verbs.bit["household acts"]
	listMessenger     = verbs.bit["messenger"]
	listWorks         = verbs.bit["works"]
	listWarns         = verbs.bit["warns"]
	listAttempts      = verbs.bit["attempts"]
	// listDiligence holds what the company does more than once to reach the customer, or
	// to get its work right: said twice, it insists we did our part ("we sent it twice",
	// "I knocked twice", "our packers checked every bag twice"), not a slip.
	listDiligence = listWarns | listAttempts | verbs.bit["checks our work"]
	// listYourActsOrSlips holds what only the customer's side does to a thing, or lets slip.
	listYourActsOrSlips = verbs.bit["your acts or slips"]
	listLapses          = verbs.bit["lapses"]
	listOurFailure      = verbs.bit["our failure"]
	listDeflect         = verbs.bit["deflect"]
)

// checkNotYet: a part not done, said as the outcome rather than where
// things stand: "the courier hasn't collected it yet, and I'm chasing it"
// and "you haven't used yours yet, so let's pick a new date" wait with us,
// but "your insurer hasn't authorised it yet" with nothing done by us waits
// on them; "nobody turned up" names no one.
func checkNotYet(az *analyzer, c *clause) bool {
	return (!az.clauseHasID(c, idYet) || !az.weActInSentence(c)) && (c.subj < 0 || !noOne.has(az.tok.toks[c.subj].id) && !az.noOneDid(c))
}

// holdsWrongOne reports "have" as the main verb with a wrong thing held:
// "you must have it on the wrong input", "you must have the wrong number".
func holdsWrongOne(c *clause) bool {
	return c.lemma == "have" && !c.hasHave && c.bag&lxWrong != 0
}
