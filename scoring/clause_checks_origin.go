package scoring

// Reading where an act came from. "The files were deleted from your laptop",
// "the transaction was authorised using your credentials", "that change came
// from your laptop", "delivery was refused at your address": the act is told
// without a doer, but the words after it put it on the customer's own device,
// credentials or premises, so the doer was on their side; or at a third
// party's place ("misrouted at their hub"), so the fault was theirs.

// originPreps put an act on what follows them: "from", "using", "via".
var originPreps = idSetOf(originPrepsList)

const originPrepsList = "from using via through with at on in"

// yourMeans are the customer's own devices, credentials and side, from which
// only they or their people act.
var yourMeans = idSetOf(yourMeansList)

const yourMeansList = "laptop phone mobile app device devices computer browser tablet pc login credentials password " +
	"passcode pin fingerprint biometric biometrics handset end side household network router wifi ip email inbox console online " +
	"line meter machine machines settings preferences dashboard profile portal security"

// rightWords say a secret was the right one: "with the correct PIN".
var rightWords = idSetOf("correct right")

// yourPremises are the customer's places: an act there is theirs only when it
// went wrong there ("refused at your address"), not when it is a delivery
// ("left at your door", which a courier does).
var yourPremises = idSetOf(yourPremisesList)

const yourPremisesList = "address door home property premises house flat"

// doneFromYourSide reports a clause whose act came from the customer's own
// device, credentials or premises (see the reading above).
func (az *analyzer) doneFromYourSide(c *clause) bool {
	if c.verb < 0 || c.neg || c.byAgent || c.actor == actAgent && !c.passive {
		return false
	}
	if !c.passive && c.lemma != "come" && c.lemma != "originate" && c.lists&troubleLists == 0 {
		return false // "you logged in from your laptop" is read as the customer acting
	}
	// the sentence's steps are counted only for a clause that names their side
	return az.fromYourSideIn(c) && !az.weActInSentence(c)
}

// fromYourSideIn reports the customer's side, or a third party's, named as
// where c's act was done (see doneFromYourSide).
func (az *analyzer) fromYourSideIn(c *clause) bool {
	toks := az.tok.toks
	for i := c.verb + 1; i+2 < c.hi; i++ {
		if toks[i].id == idBy && (az.someoneWithYours(i+1, c.hi) || az.signedForBy(c, i)) {
			return true // "collected by someone showing your ID", "signed for by a B. Cole at 14:02"
		}
		if !originPreps.has(toks[i].id) {
			continue
		}
		if az.lexAt(i+1)&lxTheirs != 0 && az.lexAt(i+1)&lxThird == 0 {
			return c.lists&troubleLists != 0 // "the consignment was misrouted at their hub"
		}
		lo := i + 2 // "from your laptop"
		switch {
		case toks[i+1].id == idYour:
		case toks[i+1].id == idThe && toks[i+2].id == idCustomers:
			lo = i + 3 // "unplugged at the customer's end"
		case toks[i+1].id == idThe && rightWords.has(toks[i+2].id) && i+3 < c.hi && secretNouns.has(toks[i+3].id):
			return true // "authorised with the correct PIN": only the one who knows it could
		default:
			continue
		}
		for j := lo; j < c.hi && j <= lo+2; j++ {
			switch {
			case toks[i].id == idIn && c.lists&(listYourActs|listHouseholdActs|troubleLists) == 0:
				// "switched off in your settings", "cancelled in your app"; not "saved in your app"
			case yourMeans.has(toks[j].id):
				return toks[i].id != idAt || az.tok.key(toks[j]) == "end" || az.tok.key(toks[j]) == "side"
			case toks[j].id == idAccount:
				// "downgraded from your account" is an act on it; "taken from your account" is money
				return toks[i].id != idAt && c.lists&(listYourActs|listHouseholdActs) != 0
			case yourPremises.has(toks[j].id):
				// "refused at your address", "signed for by someone at your address"; not "left at your door"
				return c.lists&listGoesWrong != 0 || c.lemma == "sign"
			}
		}
	}
	return false
}

// someoneWithYours reports, at i, someone unnamed who bore a thing of the
// customer's: "someone showing your ID", "somebody with your card".
// Whoever it was had what only their side holds.
func (az *analyzer) someoneWithYours(i, hi int) bool {
	toks := az.tok.toks
	return i+2 < hi && someoneWords.has(toks[i].id) && boreWords.has(toks[i+1].id) && toks[i+2].id == idYour
}

// boreWords tell what an unnamed person bore (someoneWords name them).
var boreWords = idSetOf(boreWordsList)

const boreWordsList = "using showing with holding carrying presenting"

// signedForBy reports "signed for by" someone at i who is not ours: what
// was signed for was handed over, to the one who signed. Signed for by our
// own driver is ours to answer for, and told with good news ("so it's safe
// with them") it reassures.
func (az *analyzer) signedForBy(c *clause, by int) bool {
	return c.passive && c.lemma == "sign" && by == c.verb+2 && az.tok.toks[c.verb+1].id == idFor && !az.ourWithin(by+1, c.hi, 3) &&
		az.lexAt(by+1)&(lxAgent|lxCompanyNoun) == 0 && !az.goodNewsInSentence(c)
}

// idAt is the id of "at", which puts an act at a place rather than on a means;
// idAccount of "account", from which acts are taken and money is paid.
var idAt, idAccount = wordID("at"), wordID("account")

// guessedTheirAct reports a guess that someone on the customer's side, or a
// third party, did something: "I'd guess the dog sitter took the parcel in",
// "I do wonder whether someone in your household moved it", "maybe your
// router reset itself". A guess at what the customer went through ("I'd
// imagine you were worried") is not one, nor a third party's step done for
// them ("I'd guess the courier has delivered it by now").
func (az *analyzer) guessedTheirAct(c *clause) bool {
	if !c.hedged && !az.guessedSentence(c) && !az.afterLikeFrame(c) || c.lists&listNotBlame != 0 || c.verb < 0 {
		return false
	}
	if c.actor == actCustomer && c.lists&(listSlip|listDuty) == 0 || az.weActInSentence(c) {
		// the customer's act must be a slip or a duty (see below): asked first, it spares most of
		// their acts the count of the sentence's steps
		return false
	}
	if !c.neg && (c.lemmaIn(consentVerbs) || az.anyIn(c.lo, c.hi, workedFine) || az.goodNewsInSentence(c)) || c.neg && az.idIn(idCause, c.lo, c.hi) {
		// "it looks like the landlord has agreed to cover it", "| your wiring checked out fine", "| your
		// neighbour took it in, so it's safe"; "| your washing machine didn't cause this" clears them
		return false
	}
	switch {
	case c.actor == actCustomer:
		// "sounds like you skipped the step", not "you've been waiting ages"; a part of theirs, framed by
		// "looks like" alone, is only read from the record ("it looks like you paid for express delivery")
		// unless it was done wrong, denied, or given as the reason for the trouble; a guess ("you probably
		// cancelled it", "I'd guess you booked it") is at the cause
		return c.lists&listSlip != 0 || c.lists&listDuty != 0 && (c.hedged || az.guessedSentence(c) || az.theirPartWentAmiss(c))
	case az.yourSide(c):
		return true
	case c.actor == actThird:
		return c.lists&stepList == 0 || c.lists&troubleLists != 0
	}
	return false
}

// theirPartWentAmiss reports a part of the customer's, guessed at, that was
// not done, was done wrong ("you entered the wrong email address"), or is
// given as the reason for the trouble ("you put the flat number in the
// postcode box, that's why the driver couldn't find you").
func (az *analyzer) theirPartWentAmiss(c *clause) bool {
	return c.neg || az.wrongNearVerb(c) || az.flags[az.tok.toks[c.lo].sent].excuse || az.troubleFollows(c) || az.ratherThanIn(c)
}

// consentVerbs say a party went along with what the customer needed:
// "agreed", "approved", "confirmed".
var consentVerbs = lemmaSetOf("agree approve confirm authorise authorize allow permit grant consent")

// workedFine say a thing was found to work: "your wiring checked out fine".
var workedFine = idSetOf(workedFineList)

const workedFineList = "fine perfectly normally"

// guessedDoneToIt reports a passive guessed at, of something done to a thing
// by no one named: "sounds like the charger was unplugged at the wall",
// "from the pictures it looks like the lens has been dropped". Done by us,
// said with sorry, or beside a step of ours, it is not; a part left undone
// ("the alert was never switched on") beside anything we do for them is
// what we are putting right.
func (az *analyzer) guessedDoneToIt(c *clause) bool {
	if !c.hedged && !az.guessedSentence(c) && !az.afterLikeFrame(c) || c.byWho != actNone || az.weActInSentence(c) {
		return false
	}
	return !az.sorry(c) && !az.ourInSubject(c) && !az.atOurPlace(c) && !(c.neg && az.weDoSomething(c))
}

// supposedDoneToIt reports a thing said to "must have been" or "will have
// been" handled so, by no one named: "the screen must have been dropped",
// "it'll have been left out in the rain". What ought to have been done
// ("should have been") is ours, and a sentence in which we act or apologise
// does not suppose.
func (az *analyzer) supposedDoneToIt(c *clause) bool {
	if c.should || c.obliged || c.byWho != actNone || c.byAgent || az.ourInSubject(c) {
		return false
	}
	return !az.sorry(c) && !az.weActInSentence(c)
}

// guessAdverbs make what a clause says a guess wherever they sit: "your
// flatmate probably signed for it".
var guessAdverbs = idSetOf(guessAdverbsList)

const guessAdverbsList = "probably prob probs prolly presumably maybe perhaps possibly likely"

// afterLikeFrame reports a clause after "sounds like", "looks like" or
// "seems like": what the agent supposes happened.
func (az *analyzer) afterLikeFrame(c *clause) bool {
	i := c.lo
	return i >= 2 && az.tok.toks[i-1].id == idLike && az.tok.toks[i-1].sent == az.tok.toks[i].sent &&
		likeFrames.has(az.tok.toks[i-2].id)
}

// likeFrames are the verbs of "sounds like", "looks like", "seems like".
var likeFrames = idSetOf(likeFramesList)

const likeFramesList = "sounds looks seems sound look seem"
