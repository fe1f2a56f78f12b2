package scoring

// A thing left somewhere, or left on, told in the passive with no doer
// (leftAsTheirs), or told of whoever left it (leftItSo):
// "the card was left in the cash machine", "your son's ticket was left in
// the basket", "auto-renew was left switched on after the trial". Only the
// one who had it could leave it so, and the agent leaves that to be the
// customer's side. What we deliver is left by whoever delivers it ("the
// parcel was left on the doorstep", and "it was left at your door" names
// it only as "it"), and a thing left at our place, or left for them, was
// left by us.

// leftAsTheirs reports a thing, not one we deliver or own, told as left in a
// place or a state, with no "by" and no step of ours in the sentence.
func (az *analyzer) leftAsTheirs(c *clause) bool {
	if !c.passive || c.neg || c.byWho != actNone || c.actor != actThing || c.verb < 0 || c.verb+1 >= c.hi {
		return false
	}
	if !leftWhere.has(az.tok.toks[c.verb+1].id) || az.pronounSubject(c) || az.deliverableSubject(c) || az.ourInSubject(c) || az.atOurPlace(c) {
		return false
	}
	return !az.leftForThem(c) && !az.weActInSentence(c)
}

// leftForThem reports "for you" after c's verb: "the keys were left at the
// desk for you" is a kindness, not a slip.
func (az *analyzer) leftForThem(c *clause) bool {
	toks := az.tok.toks
	for i := c.verb + 1; i+1 < c.hi; i++ {
		if toks[i].id == idFor && az.lexAt(i+1)&lxCustomer != 0 {
			return true
		}
	}
	return false
}

// leftWhere, right after "left", say where or how a thing was left: "in
// the machine", "out in the garden", "switched on", "unlocked".
var leftWhere = idSetOf(leftWhereList)

const leftWhereList = "in on at out behind outside open unlocked unattended switched plugged running overnight"

// leftItSo reports the customer, or someone other than us, leaving a thing
// in a state it should not have been left in: "you left the lights on
// overnight", "you left the window open", "your son left the tap running".
// The thing comes first ("you left on Monday" left a place, not a thing so),
// a place after it is no state ("you left a message on our voicemail"), and
// what is left for the customer is a kindness.
func (az *analyzer) leftItSo(c *clause) bool {
	if c.verb < 0 || c.passive || c.neg || c.lemma != "leave" {
		return false
	}
	toks := az.tok.toks
	for i := c.verb + 2; i < c.hi && i <= c.verb+5; i++ {
		if toks[i-1].pause {
			return false
		}
		if leftStates.has(toks[i].id) && !az.prepositionAt(i) {
			return !az.leftForThem(c)
		}
	}
	return false
}

// prepositionAt reports "on", "off" or "out" at i opening a place rather
// than closing a state: "left a message on our voicemail", "left a review
// on the site", followed by a determiner.
func (az *analyzer) prepositionAt(i int) bool {
	return i+1 < len(az.tok.toks) && az.tok.toks[i+1].sent == az.tok.toks[i].sent && az.lexAt(i+1)&(lxDet|lxOurDet) != 0
}

// leftStates, after a thing left, say it was left in a state it should not
// be left in: "on", "open", "running", "unlocked".
var leftStates = idSetOf(leftStatesList)

const leftStatesList = "on off open unlocked unattended running switched plugged unplugged outside out behind overnight"
