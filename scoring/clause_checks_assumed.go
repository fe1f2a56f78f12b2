package scoring

// That the customer will or would have been told, or had the message, said
// as a sure guess: "you'll have had an email about the price change back in
// March", "you'd have been shown at the fitting that the doors stay open",
// "u would've been told at survey". It insists we did our part, as "we sent
// the reminder twice" does. An "if" in the sentence makes it an outcome that
// did not happen ("you'd have had it by now if ..."), not a guess.

// assumedTheyWereTold reports the customer as the subject of "will have" or
// "would have", told, shown or sent something, or having had, got, seen or
// received a message.
func (az *analyzer) assumedTheyWereTold(c *clause) bool {
	if c.actor != actCustomer || c.neg || c.question || c.cond || !c.hasHave || c.aspect != aspWould && c.aspect != aspWill {
		return false
	}
	if az.nearInSentence(c, func(d *clause) bool { return d.cond }) {
		return false
	}
	if c.passive {
		return c.lists&(listWarns|listDisclose) != 0 // "you'd have been told", "shown at the fitting", "sent a reminder"
	}
	// "you'll have had an email"; but "you'll have got a text this morning with the new slot" brings our fix
	return c.lemmaIn(gotMessageVerbs) && az.messageWithin(c.comp, c.hi) && !az.bringsNew(c)
}

// bringsNew reports a message "with" something new after c's verb: "with
// the new slot", "with your new booking"; not "about the new tariff".
func (az *analyzer) bringsNew(c *clause) bool {
	toks := az.tok.toks
	for i := c.comp; i+1 < c.hi; i++ {
		if toks[i].id == idWith && (toks[i+1].id == idNew || i+2 < c.hi && toks[i+2].id == idNew) {
			return true
		}
	}
	return false
}

// gotMessageVerbs take a message as their object: "had an email", "seen the notice".
var gotMessageVerbs = lemmaSetOf("have get receive see read")

// willHaveHadIt reports a future perfect of the customer's with no time
// ahead: "you'll have had an email back in March", "you'll have seen the
// notice". It guesses at what has already happened, and commits to no time;
// "you'll have received it by Friday" still points ahead.
func (az *analyzer) willHaveHadIt(c *clause) bool {
	if c.actor != actCustomer || !c.hasHave || c.aspect != aspWill || c.neg || c.question {
		return false
	}
	for i := c.comp; i < c.hi; i++ {
		if aheadWords.has(az.tok.toks[i].id) {
			return false
		}
	}
	return true
}
