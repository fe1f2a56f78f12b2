package scoring

// A thing left somewhere, or left on, told in the passive with no doer:
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
