package scoring

// Someone on the customer's own side did it. "Your son made these purchases
// on the family tablet", "your IT admin removed the licence from your seat",
// "your sister ordered it on your account", "someone in your household's
// changed the password", "whoever has access to your email approved the
// transfer": a person of the customer's household or staff, or someone
// reached through the customer's own things, took the act the complaint is
// about. What they did to help ("your neighbour kindly signed for it"), what
// they told us ("your husband called us too"), a step of ours in the same
// sentence and a question ("has your son played with it yet?") are not laid
// on them.

// householdDidIt reports a clause whose subject is a person of the customer's
// household, or anyone reached through the customer's things, and whose verb
// is an act on an account or an order (see the "household acts" list).
func (az *analyzer) householdDidIt(c *clause) bool {
	if c.question || c.cond || az.sentenceHasOurStep(c) {
		return false
	}
	lo, hi := c.subjectSpan()
	if hi-lo < 2 || az.anyIn(lo, c.hi, kindlyWords) || az.doneForYou(c) || c.lemma == "pick" && az.idIn(idUp, c.verb+1, min(c.verb+3, c.hi)) {
		// "your neighbour kindly took it in", "your husband picked it up for you"; picking a parcel up
		// is collecting it, no choice
		return false
	}
	if az.shareOf(lo, hi) {
		lo += 2 // "one of your staff"
	}
	if anyonePronouns.has(az.tok.toks[lo].id) {
		return az.idIn(idYour, lo+1, hi) // "someone in your household", not "whoever you spoke to"
	}
	return az.yourHouseholdAt(lo, hi)
}

// doneByYourHousehold reports a passive done by a person of the customer's
// household or staff: "it must have been picked up by your flatmate", "the
// settings were changed by your IT admin". Taking it in for them ("signed
// for by your neighbour", "taken in by your son") is a favour, not a fault.
func (az *analyzer) doneByYourHousehold(c *clause) bool {
	if !c.passive || c.verb < 0 || c.question || c.cond || c.lemmaIn(favourVerbs) || az.sentenceHasOurStep(c) {
		return false
	}
	for i := c.verb + 1; i+2 < c.hi; i++ {
		if az.tok.toks[i].id == idBy {
			return az.yourHouseholdAt(i+1, c.hi) && !az.anyIn(c.lo, c.hi, kindlyWords)
		}
	}
	return false
}

// favourVerbs take a thing in for the customer: "signed for by your son".
var favourVerbs = lemmaSetOf("sign receive accept take collect keep hold")

// yourHouseholdAt reports a person of the customer's household or staff
// named at tokens lo..hi: "your son", "your eldest son", "your tenant",
// and with the "has" or "is" run on: "your kid's pressed the reset button".
func (az *analyzer) yourHouseholdAt(lo, hi int) bool {
	return hi-lo >= 2 && az.tok.toks[lo].id == idYour && az.idOrBaseIn(lo+1, min(lo+3, hi), householdPeople)
}

// householdPeople are the people a customer lives, works or shares accounts
// with, and their pets: "your son", "your IT admin", "your dog".
var householdPeople = idSetOf(householdPeopleList)

// homePeople are the household without the workplace: "the kids", "the dog"
// are the customer's even without "your", where "the staff" may be ours.
var homePeople = idSetOf(homePeopleList)

// anyonePronouns stand for a person not named: "someone at your end".
var anyonePronouns = idSetOf(anyonePronounsList)

// kindlyWords tell a favour done, not a fault: "your neighbour kindly took it in".
var kindlyWords = idSetOf(kindlyWordsList)

// householdPeopleList holds the words of householdPeople.
const householdPeopleList = homePeopleList + " admin admins administrator administrators colleague colleagues " +
	"staff employee employees manager managers assistant guest guests visitor visitors friend friends cleaner cleaners nanny babysitter"

// homePeopleList holds the words of homePeople.
const homePeopleList = "son sons daughter daughters sister sisters brother brothers kid kids child children " +
	"partner husband wife mum mom dad mother father flatmate flatmates housemate housemates roommate roommates " +
	"teenager teenagers teen teens nephew niece grandson granddaughter grandkids grandchildren boyfriend girlfriend " +
	"lodger lodgers tenant tenants family household dog dogs cat cats puppy kitten pet pets lad lads missus hubby"

// anyonePronounsList holds the words of anyonePronouns.
const anyonePronounsList = "someone somebody whoever anyone anybody"

// kindlyWordsList holds the words of kindlyWords.
const kindlyWordsList = "kindly helpfully"

// doneForYou reports "for you" after c's verb: an act done for the
// customer is a favour, not a fault.
func (az *analyzer) doneForYou(c *clause) bool {
	return az.idPairAfterVerb(c, idFor, idYou)
}
