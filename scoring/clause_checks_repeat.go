package scoring

// Counting the customer's slips. "This is the third time the PIN's been
// entered wrong", "it's the fourth time you've forgotten the password this
// month": the count lays the trouble on them. What they had to go through
// ("the third time you've had to call us") and what went wrong on our side
// ("the second time we've missed the slot", "the third time it's been
// lost") are not theirs.

// nthTimeSlipped reports "the third time" followed by a slip of the
// customer's side (see above).
func (az *analyzer) nthTimeSlipped(c *clause) bool {
	toks := az.tok.toks
	for i := c.lo + 1; i+2 < c.hi; i++ {
		if !repeatOrdinals.has(toks[i-1].id) || toks[i].id != idTime && !az.thisPeriodWithin(i+1, c.hi) {
			continue // "the third time", or "the third renewal form this year"
		}
		return az.slipAfter(i+1, c.hi) && !az.flags[toks[c.lo].sent].owned && !az.weActInSentence(c)
	}
	return false
}

// thisPeriodWithin reports "this year", "this month" or "this week", or
// "since" a date, within three words from i: a count kept over a period ("the
// third request this month", "the third missed appointment since March").
func (az *analyzer) thisPeriodWithin(i, hi int) bool {
	toks := az.tok.toks
	for j := i; j+1 < hi && j <= i+3; j++ {
		if toks[j].id == idThis && periodNouns.has(toks[j+1].id) || toks[j].id == idSince && (sinceDates.has(toks[j+1].id) || toks[j+1].num) {
			return true // "this month", "since March", "since the 3rd"
		}
	}
	return false
}

// sinceDates, after "since", name the day a count began: "since March",
// "since last week", "since Tuesday". "May" is left out: "since May" is
// seldom said and "may" is mostly a verb.
var sinceDates = idSetOf(sinceDatesList)

const sinceDatesList = calendarNamesList + " last christmas easter then"

// calendarNames name a month or a day of the week.
var calendarNames = idSetOf(calendarNamesList)

const calendarNamesList = monthNamesList + " " + weekdayNamesList

// monthNamesList names the months but "May", which is mostly a verb.
const monthNamesList = "january february march april june july august september october november december"

// periodNouns are what a count of repeats is kept over.
var periodNouns = idSetOf(periodNounsList)

const periodNounsList = "year month week fortnight season quarter term"

// slipAfter reports, from i, a slip of the customer's side before any word
// of ours: "the PIN's been entered wrong", "you've forgotten it".
func (az *analyzer) slipAfter(i, hi int) bool {
	toks := az.tok.toks
	for j := i; j < hi; j++ {
		b := az.lexAt(j)
		switch {
		case b&(lxAgent|lxOurDet) != 0:
			return false // "the second time we've missed it"
		case toks[j].id == idHad && j+1 < hi && toks[j+1].id == idTo:
			return false // "you've had to call us"
		}
		if !az.looksLikeVerb(j) && az.tok.key(toks[j]) != az.verbAt(j).lemma {
			continue
		}
		v := az.verbAt(j)
		if v.lists&listSlip != 0 || v.lists&listDuty != 0 && (az.wrongWithin(j+1, hi) || az.anyLexIn(i, j, lxWrong)) {
			return true // "forgotten", "entered wrong", "the wrong card number has been entered"
		}
		if v.lists&listYourActs != 0 && v.lists&stepList == 0 && !az.anyLexIn(i, j, lxDeliverable) {
			return true // "the third time the breaker's been reset by hand": their own act, told as counted
		}
		if (az.partMissingAfter(j+1, hi) || az.stateWordAfter(j+1, hi)) && !az.anyLexIn(i, j, lxDeliverable) {
			// "your account's gone overdrawn", "sent back without the countersignature";
			// not "your parcel's gone missing", which is ours to deliver
			return true
		}
	}
	return false
}

// wrongWithin reports a word of wrongness within two words from i: "entered
// wrong", "typed in incorrectly".
func (az *analyzer) wrongWithin(i, hi int) bool {
	for j := i; j < hi && j <= i+2; j++ {
		if az.lexAt(j)&lxWrong != 0 || amissWords.has(az.tok.toks[j].id) {
			return true
		}
	}
	return false
}

// repeatOrdinals count a repeat.
var repeatOrdinals = idSetOf(repeatOrdinalsList)

const repeatOrdinalsList = "second third fourth fifth sixth umpteenth nth tenth 2nd 3rd 4th 5th 6th 7th 8th 9th 10th"

// idHad is the id of "had" ("had to").
var idHad = wordID("had")

// A slip said to keep happening. "You keep forgetting to top up", "it keeps
// getting forgotten", "the reminders keep getting ignored": the trouble
// recurs because the customer's side lets it. Only slips of the mind count
// for a thing ("keeps getting deleted"): "your parcels keep getting damaged"
// names no one, and "your Wi-Fi keeps dropping" is the customer's complaint.

// keepsSlipping reports a clause that says the customer, or something of
// theirs, keeps slipping (see above).
func (az *analyzer) keepsSlipping(c *clause) bool {
	toks := az.tok.toks
	if c.passive && c.actor == actThing && c.verb >= c.lo+2 && gettingWords.has(toks[c.verb-1].id) && keepWords.has(toks[c.verb-2].id) {
		return mindSlips.has(toks[c.verb].id) && !az.ourInSubject(c) // "keeps being forgotten", "keeps getting skipped", read as a passive
	}
	if c.actor == actCustomer && c.verb > c.lo && keepWords.has(toks[c.verb-1].id) {
		return c.lists&listSlip != 0 // "you keep forgetting": the -ing verb is the clause's, after "keep"
	}
	if c.lemma != "keep" || c.comp >= c.hi {
		return false
	}
	i := c.comp
	switch {
	case c.actor == actCustomer:
		return az.verbAt(i).lists&listSlip != 0 && az.tok.key(toks[i]) != az.verbAt(i).lemma // "forgetting", not "forget"
	case c.actor == actThing && !az.ourInSubject(c):
		return i+1 < c.hi && gettingWords.has(toks[i].id) && mindSlips.has(toks[i+1].id) // "keeps getting forgotten"
	}
	return false
}

// gettingWords make a passive after "keep"; mindSlips are the slips of
// attention done to a thing.
var (
	gettingWords = idSetOf(gettingWordsList)
	mindSlips    = idSetOf(mindSlipsList)
	keepWords    = idSetOf(keepWordsList)
)

const (
	gettingWordsList = "getting being"
	keepWordsList    = "keep keeps kept"
	mindSlipsList    = "forgotten ignored overlooked neglected skipped missed misread mistyped misspelt misspelled " +
		"deleted wiped overwritten unplugged"
)

// partMissingAfter reports "without" just after a verb: "sent back without
// the countersignature", a part left out.
func (az *analyzer) partMissingAfter(i, hi int) bool {
	return i < hi && az.tok.toks[i].id == idWithout
}

// stateWordAfter reports a bad state just after a verb: "gone overdrawn",
// "come back damaged".
func (az *analyzer) stateWordAfter(i, hi int) bool {
	return i < hi && (badStates.has(az.tok.toks[i].id) || damagedWords.has(az.tok.toks[i].id))
}

// badStates are states a count of repeats lays on the customer.
var badStates = idSetOf(badStatesList)

const badStatesList = "overdrawn late lost locked blocked missing unpaid"

// idWithout is the id of "without".
var idWithout = wordID("without")

// leftUntilLate reports "until" or "till" within a few words after the verb
// of leaving: "people do tend to leave returns till the last day", "couples
// often leave the song requests until the week of". The row asks for the
// customer or customers in general, doing it or in the habit of it.
func (az *analyzer) leftUntilLate(c *clause) bool {
	// a clause with no verb has no leaving: from "verb+1" the words looked at
	// would be the turn's first ("the till won't let me"), not the clause's
	return c.verb >= 0 && az.anyIn(c.verb+1, min(c.hi, c.verb+7), tillWords)
}

// tillWords are "until" and its short forms.
var tillWords = idSetOf(tillWordsList)

const tillWordsList = "until till til"

// thenWonderWhy reports customers in general, or others told as a habit,
// doing something "and then" wondering, wanting or expecting: "customers
// often measure their finger on a cold day and then wonder why it's
// loose", "loads of subscribers never get round to cancelling and then want
// the money back". What they do next shows what they did was theirs.
func (az *analyzer) thenWonderWhy(c *clause) bool {
	if c.actor == actThird && !(c.generic && c.freq) || c.question || c.cond {
		return false
	}
	toks := az.tok.toks
	hi := min(az.tok.sents[toks[c.lo].sent].tokHi, c.hi+nearReach)
	for i := max(c.verb, c.lo) + 1; i+1 < hi; i++ {
		if toks[i].id != idThen {
			continue
		}
		j := i + 1
		if az.lexAt(j)&lxCan != 0 && az.lexAt(j)&lxNeg != 0 && j+1 < hi {
			j++ // "and then can't remember"
		}
		return afterwardsVerbs[az.tok.key(toks[j])]
	}
	return false
}

// afterwardsVerbs are what people do once their own act has caught up with
// them: "wonder why", "want the money back", "can't remember where".
var afterwardsVerbs = wordSet("wonder want expect complain ask remember find blame")

// idThen is the id of "then".
var idThen = wordID("then")

// goneOverThisBefore reports the company saying the matter has been gone
// over with the customer before: "we've been through this twice already",
// "we've been over this before", "this is the third time we've had this
// conversation". The repeat is put on the customer, who keeps raising it.
func (az *analyzer) goneOverThisBefore(c *clause) bool {
	if c.neg || c.question || c.cond {
		return false
	}
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		switch {
		case (toks[i].id == idThrough || toks[i].id == idOver) && i > c.lo && az.lexAt(i-1)&lxBe != 0 && (thisThat.has(toks[i+1].id) || toks[i+1].id == idIt):
			return c.actor == actAgent && (az.anyIn(i+2, c.hi, repeatWords) || az.idIn(idBefore, i+2, c.hi) || az.idIn(idAgain, i+2, c.hi) ||
				az.idIn(idTimes, i+2, c.hi)) // "we've been through this twice already"
		case repeatOrdinals.has(toks[i].id) && toks[i+1].id == idTime:
			return az.talkedAgainAfter(i+2, c.hi) // "this is the third time | we've had this conversation"
		}
	}
	return false
}

// talkedAgainAfter reports, from i, "we've had this conversation" or "we've
// talked about this": the same talk held again.
func (az *analyzer) talkedAgainAfter(i, hi int) bool {
	toks := az.tok.toks
	for j := i; j+1 < hi && j <= i+5; j++ {
		if (thisThat.has(toks[j].id) || toks[j].id == idIt) && talkNouns.has(toks[j+1].id) {
			return true
		}
	}
	return false
}

// talkNouns are the talks held about the matter in hand ("this",
// "that" or "it").
var talkNouns = idSetOf(talkNounsList)

const talkNounsList = "conversation chat discussion call"

// idThrough is the id of "through", as in "we've been through this".
var idThrough = wordID("through")

// yourActCounted reports the customer doing, more than once, an act only
// their side takes, or cancelling: "you've cancelled the fitter four times
// now", "you've changed the delivery address twice this week". Told
// counted, the act is set against them; asked, done once, or told beside an
// apology, it is not.
func (az *analyzer) yourActCounted(c *clause) bool {
	if c.actor != actCustomer || c.neg || c.question || c.cond || c.passive || c.verb < 0 || c.aspect != aspDone {
		return false
	}
	if c.lists&listYourActs == 0 && c.lemma != "cancel" {
		return false // rebooking is as often what our failure cost them: "you rebooked twice and lost a day"
	}
	if f := az.flags[az.tok.toks[c.lo].sent]; f.apology || f.owned || az.weActInSentence(c) {
		// "you've changed it three times, and I'm sorry", "you've restarted it twice already, so I'm
		// sending an engineer": what they went through, or tried, before we act
		return false
	}
	toks := az.tok.toks
	for i := c.comp; i < c.hi; i++ {
		switch {
		case toks[i].id == idTwice || toks[i].id == idThrice || toks[i].id == idRepeatedly:
			return true
		case countedTimes.has(toks[i].id) && i > c.comp && az.countAt(i-1) > 1:
			return true // "four times", "4 times"
		}
	}
	return false
}

// Ids of the counts of a repeat said in one word.
var idThrice, idRepeatedly = wordID("thrice"), wordID("repeatedly")
