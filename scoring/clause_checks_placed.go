package scoring

import "strings"

// A record that puts the thing with the customer. "The photo plainly shows
// the box sitting in your porch", "the driver's GPS and the photo both put
// it on your doorstep at 11:03", "our call recording has you agreeing to
// the 24-month contract": what the agent cites places the parcel at their
// door, or the act in their mouth, and answers their complaint with it;
// so does one that shows their own thing doing it ("the dashcam footage
// shows your car pulling out without indicating") or a step only their side
// takes done from their login ("the audit trail has the file deleted from
// your login"). Told while we put it right, or with the fault owned, it lays
// nothing.

// recordPlacesItWithYou reports a clause whose subject is a record, showing
// or putting what it shows at the customer's place, or them doing it (see
// above).
func (az *analyzer) recordPlacesItWithYou(c *clause) bool {
	if c.verb < 0 || !az.subjectHas(c, evidenceNouns) || !c.lemmaIn(placingVerbs) { // the subject's ids before the lemma's lookup
		return false
	}
	if !az.atYourPlace(c.verb+1, c.hi) && !az.youDoingAfter(c.verb+1, c.hi) && !az.yourThingDoingAfter(c.verb+1, c.hi) && !az.yourActDoneAfter(c.verb+1, c.hi) {
		return false
	}
	// "..., but it never reached you, so I've sent a replacement": the step is
	// ours, past the "but" as before it
	return !az.sorry(c) && !az.flags[az.tok.toks[c.lo].sent].owned && !az.ourStepBesideTheAct(c) && !az.weTakeItOn(c)
}

// atYourPlace reports "your" before a place at a home among tokens lo..hi:
// "in your porch", "at your door", "on your doorstep".
func (az *analyzer) atYourPlace(lo, hi int) bool {
	toks := az.tok.toks
	for i := lo; i+1 < hi; i++ {
		if toks[i].id == idYour && homePlaces.has(toks[i+1].id) {
			return true
		}
	}
	return false
}

// youDoingAfter reports "you" and an -ing form right after it among tokens
// lo..hi: "has you agreeing to the contract".
func (az *analyzer) youDoingAfter(lo, hi int) bool {
	toks := az.tok.toks
	for i := lo; i+1 < hi && i <= lo+1; i++ {
		if az.lexAt(i)&lxCustomer != 0 && strings.HasSuffix(az.tok.key(toks[i+1]), "ing") {
			return true
		}
	}
	return false
}

// yourThingDoingAfter reports "your", a thing of theirs and an -ing form
// right after it among tokens lo..hi: "shows your car pulling out". What we
// deliver ("your parcel arriving tomorrow") is our side's doing.
func (az *analyzer) yourThingDoingAfter(lo, hi int) bool {
	toks := az.tok.toks
	if lo+2 >= hi || toks[lo].id != idYour {
		return false
	}
	for i := lo + 1; i < hi && i <= lo+3; i++ {
		if az.lexAt(i)&lxDeliverable != 0 {
			return false
		}
		if i > lo+1 && strings.HasSuffix(az.tok.key(toks[i]), "ing") {
			return true
		}
	}
	return false
}

// yourActDoneAfter reports a participle of a step only the customer's side
// takes, then "from", "on" or "by" and "your" or "you", among tokens lo..hi:
// "has the file deleted from your login", "has the booking amended on your
// phone".
func (az *analyzer) yourActDoneAfter(lo, hi int) bool {
	toks := az.tok.toks
	for i := lo + 1; i+2 < hi && i <= lo+4; i++ {
		if az.looksLikeVerb(i) && az.verbAt(i).lists&listYourActs != 0 && yourSideLinks.has(toks[i+1].id) && (toks[i+2].id == idYour || az.lexAt(i+2)&lxCustomer != 0) {
			return true
		}
	}
	return false
}

// yourSideLinks tie an act to the customer's side: "from your login", "on
// your phone", "by you".
var yourSideLinks = idSetOf(yourSideLinksList)

const yourSideLinksList = "from on by"

// placingVerbs say where a record puts a thing; homePlaces are the places
// at a home a delivery is left.
var (
	placingVerbs = lemmaSetOf("show put place have")
	homePlaces   = idSetOf(homePlacesList)
)

const homePlacesList = "door doorstep porch step steps address house flat property front gate driveway hallway"

// asksHowItCould reports a question opened by "how" with "could" or "can":
// "so how could it have gone missing on our end?" doubts that it is ours,
// and owns nothing.
func (az *analyzer) asksHowItCould(c *clause) bool {
	if !c.question {
		return false
	}
	i := az.pastJoiningTalk(c.lo, c.hi) // "so how could ..."
	return i+1 < c.hi && az.tok.toks[i].id == idHow && az.lexAt(i+1)&lxCan != 0
}
