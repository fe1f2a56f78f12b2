package scoring

import "testing"

// Waiting on another party is no step of ours: an outside party's act that
// broke something stays the cause when all we do is wait ("we're just
// waiting on them"); a step we take still answers it.
func TestWaitingOnThemIsNoStep(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The lock maker pushed a firmware update that broke auto-lock, we're just waiting on them.", has: blame},
		{text: "The app maker pushed an update that broke sign-in, we're waiting for them now.", has: blame},
		{text: "We're waiting on the supplier for a date.", hasNot: step},
		{text: "I'm waiting for the warehouse to confirm.", hasNot: step},
	})
}

// A record that shows the customer's own thing doing it, or a step only
// their side takes done from their login, lays it with them as one that puts
// the parcel at their door does; what we deliver, shown on its way, and a
// record told while we put it right lay nothing.
func TestRecordShowsYourThingDoingIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The dashcam footage shows your car pulling out without indicating.", has: blame},
		{text: "The camera shows your dog digging under the fence.", has: blame},
		{text: "The audit trail has the file deleted from your login.", has: blame},
		{text: "The log has the booking amended on your phone.", has: blame},
		{text: "The van's tracker has it parked outside your house for twenty minutes.", has: blame},
		{text: "The tracking shows your parcel arriving tomorrow.", hasNot: blame},
		{text: "The app shows your refund being processed.", hasNot: blame},
		{text: "The log has the file deleted from your login, so I've restored it for you.", hasNot: blame},
		{text: "The log has the report sent from our office on Monday.", hasNot: blame},
	})
}

// A record looked at, or how a thing looks, read before the point cites the
// record as "going by" does: "looking at the photos", "having looked at the
// logs", "based on the scan", "from the footage" opening the sentence, "by
// the look of it". A "from" that says when, or a step we take, lays nothing.
func TestRecordLookedAtFramesThePoint(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Looking at the photos, the seal was cut before it reached us.", has: blame},
		{text: "Having looked at the photos, the seal was cut before it reached us.", has: blame},
		{text: "Based on the logs, the settings were changed on the 3rd.", has: blame},
		{text: "From the photos, the settings were changed on the 3rd.", has: blame},
		{text: "By the look of it, the settings were changed on the 3rd.", has: blame},
		{text: "By the looks of the scratches, the case was dropped.", has: blame},
		{text: "From Monday, the settings will be changed for everyone.", hasNot: blame},
		{text: "Looking at the logs, I can see the refund went out on Monday.", hasNot: blame},
		{text: "Looking at the photos, the parcel was damaged in our depot, so I'm sending another.", hasNot: blame},
		{text: "By the look of it, the parcel was delayed at the depot.", hasNot: blame},
	})
}

// Diagnostics, an inspection and a survey are records the agent reads what
// happened from, as logs and photos are.
func TestDiagnosticsAndInspectionsAreRecords(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The diagnostics show the settings were changed on the 3rd.", has: blame},
		{text: "The inspection found the seal had been cut.", has: blame},
		{text: "The diagnostics show the line is working fine now.", hasNot: blame},
		{text: "The inspection found a fault in our fitting, so we'll replace it.", hasNot: blame},
	})
}

// A past perfect passive tells what had been done before another past
// moment, as a plain past passive tells history: no step done for the
// customer now ("the technician found the filter had been removed").
func TestPastPerfectPassiveIsNoStep(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The technician found the filter had been removed.", hasNot: step},
		{text: "The filter had been replaced on Monday.", hasNot: step},
		{text: "Your refund has been processed.", has: step},
		{text: "I had already refunded it by then.", has: step},
	})
}

// What the company's people found on the spot is read as a record is: a
// step only the customer's side takes, found done, lays it with them; what
// they found and fixed, or owned, does not.
func TestWhatOurPeopleFoundIsOnRecord(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our engineer found the stopcock had been turned off at the property.", has: blame},
		{text: "The technician noticed the settings had been changed.", has: blame},
		{text: "The engineer found the boiler had been switched off at the wall.", has: blame},
		{text: "Our engineer found the fault and has fixed it.", hasNot: blame},
		{text: "Our engineer found the pipe had been fitted wrong by our team, so we'll pay for the repair.", hasNot: blame},
	})
}

// Neighbours and residents are others set against the customer as guests and
// tenants are: "the rest of your neighbours got theirs fine".
func TestNeighboursAreOthersToCompare(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The rest of your neighbours got their parcels fine from the same van.", has: blame},
		{text: "Other residents in the block have had no trouble with the new fobs.", has: blame},
		{text: "Your neighbours had the same outage and we've credited them too.", hasNot: blame},
		{text: "The rest of your neighbours have been reconnected, and you're next, by five.", hasNot: blame},
	})
}

// A thing placed on a document the customer signed or agreed to points at
// their own agreement, said in the present as in the past ("it's on the
// consent form you signed"); a form is a document they were given. A
// document they were only given, named in the present, is a direction.
func TestOnTheDocumentYouSigned(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It's on the consent form you signed.", has: blame},
		{text: "The charge is in the terms you accepted at checkout.", has: blame},
		{text: "The exclusion is in the policy wording you agreed to.", has: blame},
		{text: "The code is in your welcome email.", hasNot: blame},
		{text: "The returns address is on the form in the box.", hasNot: blame},
		{text: "It's in the contract you signed, and I've emailed you a copy.", hasNot: blame},
	})
}

// What we deliver arriving late is our lateness or our carrier's, whoever
// it is for ("your parcel arrived two days late"); what the customer sends
// arriving late is theirs.
func TestYourDeliveryArrivingLateIsOurs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your parcel arrived two days late, and I'm sorry.", hasNot: blame},
		{text: "Your order arrived a week late.", hasNot: blame},
		{text: "Your payment arrived two days late.", has: blame},
		{text: "The form came back three weeks late.", has: blame},
	})
}

// A guess that names a thing of the customer's by their own relative clause
// ("it'll be the cheap charger you're using") names their side as "your
// charger" does, and a guess with its "it" dropped ("must be your router",
// "could be the cable you've got it plugged into") is still a guess. People,
// what we deliver, and a thing named for what happens to it are no cause.
func TestGuessAtTheThingYouUse(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It'll be the cheap charger you're using.", has: blame},
		{text: "That'll be the extension lead you've got it on.", has: blame},
		{text: "Must be your battery saver killing the app.", has: blame},
		{text: "Could be the cable you've got it plugged into.", has: blame},
		{text: "It'll be the agent you spoke to who rings you back.", hasNot: blame},
		{text: "It'll be the account you set up last year that we use.", hasNot: blame},
		{text: "Must be the parcel you ordered on Monday.", hasNot: blame},
		{text: "Must be frustrating for you.", hasNot: blame},
		{text: "Could be the weekend before it arrives.", hasNot: blame},
		{text: "Could be the new charger we sent you.", hasNot: blame},
	})
}

// A question whose passive names someone of the customer's as the one who
// did it ("by someone else at the address") guesses at their side, as one
// with that someone as its subject does; by our own people it asks a fact.
func TestAskedDoneBySomeoneOfYours(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Was the parcel perhaps taken in by someone else at the address?", has: blame},
		{text: "Was the parcel taken in by someone else at the address, perhaps?", has: blame},
		{text: "Was the parcel delivered by our own driver?", hasNot: blame},
		{text: "Was the form checked by our team before it went out?", hasNot: blame},
	})
}

// A step readying the customer's place, not done when our people came ("the
// loft hadn't been cleared before the team got there"), was theirs; not
// done before the customer came themselves, it was ours.
func TestNotReadyWhenWeCame(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The loft hadn't been cleared before the team got there.", has: blame},
		{text: "The furniture hadn't been moved when the carpet fitters came.", has: blame},
		{text: "The freezer hadn't been defrosted by the time the engineer got there.", has: blame},
		{text: "The room hadn't been cleared before you arrived, and I'm so sorry.", hasNot: blame},
		{text: "The new boiler hadn't been delivered when our fitter arrived.", hasNot: blame},
		{text: "Your order hadn't been packed when the courier came to collect it.", hasNot: blame},
	})
}

// "There was no answer" when we knocked or called tells the customer's side
// was not there, as "nobody answered" does; no answer from our own side is
// ours to chase.
func TestThereWasNoAnswer(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I knocked and rang but there was no answer.", has: blame},
		{text: "There was no answer when the driver called.", has: blame},
		{text: "There was no reply at the door, so I left a card.", has: blame},
		{text: "There was no answer on the number you gave us.", has: blame},
		{text: "There was no answer from our warehouse, sorry, I'll chase them.", hasNot: blame},
		{text: "There was no answer because our phone line was down, I'm so sorry.", hasNot: blame},
		{text: "There was no charge for the call.", hasNot: blame},
	})
}

// Nowhere safe to leave a delivery at the customer's place ("there was no
// safe place to leave it", "the driver couldn't find a safe place to leave
// it") answers a missed delivery with their place; owned, it is ours.
func TestNowhereSafeToLeaveIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "There was nowhere safe to leave it, so it's gone back to the depot.", has: blame},
		{text: "There was no safe place to leave it.", has: blame},
		{text: "The driver couldn't find a safe place to leave it.", has: blame},
		{text: "I've found a safe place to leave it.", hasNot: blame},
		{text: "There's no safe way to charge it without the cable.", hasNot: blame},
		{text: "The driver couldn't find a safe place to leave it, which is our fault, and I'm sending it again tomorrow.", hasNot: blame},
	})
}

// A cupboard, a door or a lane barring our people's way, or a thing of the
// customer's in a state in their way ("your dog was loose in the garden"),
// so they could not do the job, is laid on the customer's side as a locked
// gate is; with help in the sentence it is only the reason.
func TestMoreWaysInBarred(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The meter cupboard was locked, so I couldn't read the meter.", has: blame},
		{text: "Your dog was loose in the garden, so I couldn't go in.", has: blame},
		{text: "Your dog was loose in the garden, so I couldn't go in, and I've rebooked you for Friday.", hasNot: blame},
		{text: "Your order was already on the van, so we couldn't change the address.", hasNot: blame},
		{text: "Your booking was confirmed, so we couldn't move it without a fee.", hasNot: blame},
	})
}

// The customer's side's act or state given as the reason our people were
// held up ("the driver couldn't get in because the gate was locked") is laid
// on them as it is told before a "so"; our own trouble given as the reason
// is ours.
func TestHeldUpBecauseOfTheirs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We couldn't deliver because the gate was locked.", has: blame},
		{text: "The driver couldn't get in because the gate was locked.", has: blame},
		{text: "We couldn't read the meter because your dog was in the garden.", has: blame},
		{text: "We couldn't deliver because our van broke down.", hasNot: blame},
		{text: "We couldn't deliver because the gate was locked, so I've rebooked you for Friday.", hasNot: blame},
	})
}

// Paperwork told as missing a part ("your application was missing the proof
// of address", "the page was missing from your form") came short, as
// paperwork that came back without it did; paperwork itself missing was
// lost, and missing from our copy is ours.
func TestPaperworkMissingAPart(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your application was missing the proof of address.", has: blame},
		{text: "The signature page was missing from your form.", has: blame},
		{text: "The claim was missing two receipts.", has: blame},
		{text: "Your payment was missing from our system, and I'm sorry, I've found it now.", hasNot: blame},
		{text: "Your payment is missing.", hasNot: blame},
		{text: "The signature page was missing from our copy.", hasNot: blame},
	})
}

// Another party that moved, changed or raised what the customer had ("the
// airline moved the departure", "the Home Office changed the rules
// overnight") is an outside cause told as plain fact; moving the customer
// somewhere is done for them, and help in the sentence answers it.
func TestAnotherPartyChangedIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The airline moved the departure.", has: blame},
		{text: "The council changed the collection day.", has: blame},
		{text: "The supplier raised their prices.", has: blame},
		{text: "The airline has moved you to an earlier flight, which is why your booking reference changed.", hasNot: blame},
		{text: "The venue moved the gig, and we've already refunded your tickets.", hasNot: blame},
		{text: "The council changed the collection day, so I've updated your reminders.", hasNot: blame},
		{text: "We changed the collection day, and I'm sorry we didn't tell you.", hasNot: blame},
		{text: "Customers can change the delivery slot online.", hasNot: blame},
	})
}

// A change said with a particle ("pushed the show back a week", "put the
// rent up", "switched off 3G") is a change as "moved" is.
func TestAnotherPartyChangedItWithAParticle(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The promoter pushed the show back a week.", has: blame},
		{text: "The landlord put the rent up.", has: blame},
		{text: "The network switched off 3G in your area.", has: blame},
		{text: "The courier put it back on the van and I've booked a new slot for Friday.", hasNot: blame},
		{text: "Our engineer switched the boiler off to make it safe.", hasNot: blame},
	})
}

// Disputes and fraud are troubles a habit of customers' brings ("most of
// these disputes start when people click on links in texts"); a dispute
// raised or resolved for them is a step.
func TestDisputesAreTrouble(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Most of these disputes start when people click on links in texts.", has: blame},
		{text: "A lot of fraud on accounts like this happens when people share their codes.", has: blame},
		{text: "Your dispute has been resolved in your favour.", hasNot: blame},
		{text: "I've raised a dispute with the bank for you.", hasNot: blame},
	})
}

// Use said to be wrong ("improper use", "careless handling", "incorrect
// storage") given as the cause is the customer's, as "misuse" is; done by
// our own people it is ours.
func TestImproperUseIsTheirs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The damage arose from improper use.", has: blame},
		{text: "The cracking is the result of careless handling.", has: blame},
		{text: "The mould came from incorrect storage.", has: blame},
		{text: "The damage arose from improper handling by our courier.", hasNot: blame},
		{text: "This is the result of heavy use by our staff, and I'm sorry.", hasNot: blame},
	})
}

// Documents, evidence and proof the customer gave are input as a form is,
// and "insufficient", "inaccurate" or "inadequate" is what is wrong with it.
func TestInsufficientDocumentsAreTheirs(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The documentation supplied was insufficient to support the claim.", has: blame},
		{text: "The evidence you provided was insufficient.", has: blame},
		{text: "The information provided was inaccurate.", has: blame},
		{text: "Our form was incomplete, I'm sorry.", hasNot: blame},
		{text: "It's not your fault in the slightest, the listing photos were out of date and we should've checked them.", hasNot: blame},
	})
}

// Evidence said not to bear out what the customer told us ("the tracking
// doesn't support your version of events", "the footage doesn't support
// what you've told us") lays the mismatch at their account, as one that
// does not match what they gave does.
func TestEvidenceDoesNotBearOutYourAccount(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The footage doesn't support what you've told us.", has: blame},
		{text: "The tracking doesn't support your version of events.", has: blame},
		{text: "The footage doesn't show our driver at fault.", hasNot: blame},
		{text: "The photos don't show any damage, so I've approved the refund.", hasNot: blame},
		{text: "Our records don't support the claim, I'm sorry, so I've escalated it.", hasNot: blame},
	})
}

// A thing said to be on the bill or the invoice is charged to the customer,
// a result as "so the charge stands" is; good news on the bill is not.
func TestPutOnTheBillIsACharge(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The minibar was used, so it's on the bill.", has: blame},
		{text: "The discount is on your invoice.", hasNot: blame},
		{text: "The refund is on your bill as a credit.", hasNot: blame},
	})
}

// A thing of the customer's set apart as the only one with the trouble
// ("your account is the only one on the plan that's been affected", "yours
// is the only one that's come back") sets them apart as "you're the only
// customer" does; what we deliver, or a trouble we are sorry for, does not.
func TestYourThingIsTheOnlyOne(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your account is the only one on the plan that's been affected.", has: blame},
		{text: "The same batch went to four hundred customers and yours is the only one that's come back.", has: blame},
		{text: "Your flat is the only one on the block reporting low pressure.", has: blame},
		{text: "Your parcel is the only one that went missing, and I'm so sorry.", hasNot: blame},
		{text: "Your order is the first one I've sorted today.", hasNot: blame},
		{text: "Your car is the only one we've had trouble with, so I've refunded the service.", hasNot: blame},
	})
}

// Other homes, houses, flats and properties are others set against the
// customer, as other households are.
func TestOtherHomesAreOthersToCompare(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The other twenty homes on that job had no issues with the sealant.", has: blame},
		{text: "The other flats in the block had their post as normal.", has: blame},
		{text: "Other homes on the street had the same outage and we've credited them all.", hasNot: blame},
		{text: "The other properties on our list are being visited today.", hasNot: blame},
	})
}

// The customer's use set above the usual or above before ("you've used
// twice as much gas as last winter", "your usage is three times the
// average", "your consumption has doubled since March") answers the bill
// with their own use; a rise we caused or are sorry for, or average use,
// does not.
func TestYouUsedMoreThanUsual(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You've used twice as much gas as last winter.", has: blame},
		{text: "Your usage is three times the average for a home your size.", has: blame},
		{text: "Your usage is well above average for a two-bed flat.", has: blame},
		{text: "Your consumption has doubled since March.", has: blame},
		{text: "You used far more data than your plan allows.", has: blame},
		{text: "Your usage is about average for a home your size, so the bill looks right.", hasNot: blame},
		{text: "Your usage went up because our meter was faulty, I'm sorry.", hasNot: blame},
		{text: "Your consumption has doubled, so I've moved you to a cheaper tariff.", hasNot: blame},
	})
}

// A trouble said to be the first of its kind we have had ("this is the
// first complaint we've had about that product in five years", "it's the
// first time anyone has reported this") sets the customer's case apart, as
// "nobody else has had it" does; "the first I've heard of it" is only news
// to us, and one we are sorry for is ours.
func TestFirstOfItsKind(t *testing.T) {
	checkReadings(t, []reading{
		{text: "This is the first complaint we've had about that product in five years.", has: blame},
		{text: "It's the first time anyone has reported this.", has: blame},
		{text: "You're the first to complain about it.", has: blame},
		{text: "This is the first time we've had this problem, and I'm sorry it was yours.", hasNot: blame},
		{text: "This is the first I've heard of it, let me look into it now.", hasNot: blame},
	})
}

// Our record with many others told as a rule ("we deliver thousands of
// parcels a week without a problem", "without this happening") compares
// the customer's case with everyone else's, as the record told in the past
// does; offered beside a step for them, it is the others' luck, not blame.
func TestOurRecordAsARule(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We deliver thousands of parcels a week without a problem.", has: blame},
		{text: "Our drivers deliver thousands of parcels a week without this happening.", has: blame},
		{text: "We handle hundreds of these a week without a problem, so I'll get yours sorted today.", hasNot: blame},
		{text: "We deliver hundreds of parcels a day across the city.", hasNot: blame},
		{text: "We deliver thousands of parcels a week without this kerfuffle.", hasNot: blame},
	})
}

// Most customers, or plenty, never having the trouble ("most customers
// never have a problem with it") sets the customer against them as
// "plenty of folks run it without a hitch" does; owned, it is ours.
func TestMostCustomersNeverHaveIt(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Most customers never have a problem with it.", has: blame},
		{text: "Plenty of people never have any trouble with that model.", has: blame},
		{text: "Most customers get their refund within five days.", hasNot: blame},
		{text: "Most customers don't know about this fee, and that's on us.", hasNot: blame},
	})
}

// The customer away from their place when we came ("you were out when the
// driver came", "you were at work when we called, so we left a card") was
// not in, as "you weren't in" says; out of the country when it happened,
// or out when we came early, is no absence from us.
func TestYouWereOutWhenWeCame(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You were out when the driver came.", has: blame},
		{text: "You were at work when we came, so we left a card.", has: blame},
		{text: "You were out, so the parcel went back.", has: blame},
		{text: "u were out when the driver came", has: blame},
		{text: "You were away on holiday when it happened, I'm so sorry.", hasNot: blame},
		{text: "You were out when our driver came two hours early, which is on us.", hasNot: blame},
		{text: "You were out, so I've rebooked the delivery for Saturday.", hasNot: blame},
		{text: "You were out of the country when the card was used.", hasNot: blame},
	})
}

// A thing said, in the perfect passive, to have been used in a way that
// wears it out ("that tyre's been driven on flat for miles", "the engine's
// been run without oil", "the brakes have been ridden hard") tells the
// customer's side's use; with a step of ours beside it, it is only news.
func TestUsedHardIsTheirUse(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That tyre's been driven on flat for miles.", has: blame},
		{text: "The engine's been run without oil.", has: blame},
		{text: "The brakes have been ridden hard, you can see it on the discs.", has: blame},
		{text: "The screen has been pressed too hard.", has: blame},
		{text: "The van has been run hard this week, so we've booked it in for a service.", hasNot: blame},
		{text: "Your refund has been processed without any fee.", hasNot: blame},
	})
}

// Someone unnamed who did it "themselves" ("somebody's tried to fix this
// themselves before it came in") put a hand not ours to it, as "you did it
// yourself" does; what we did ourselves is ours.
func TestSomeoneDidItThemselves(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Somebody's tried to fix this themselves before it came in.", has: blame},
		{text: "Somebody tried to open it up themselves.", has: blame},
		{text: "We tried to fix it ourselves first, sorry.", hasNot: blame},
		{text: "Someone will ring you themselves tomorrow.", hasNot: blame},
	})
}

// A thing said, in the plain past passive, to have been done at the
// customer's request ("your membership was frozen at your request in
// March") answers the complaint with their own word; in the perfect, or
// with a step or an apology beside it, it is not.
func TestDoneAtYourRequest(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your membership was frozen at your request in March.", has: blame},
		{text: "The booking was moved on your instructions.", has: blame},
		{text: "The delivery was left in the porch at your request.", has: blame},
		{text: "Your membership has been frozen at your request, as of today.", hasNot: blame},
		{text: "The booking was moved at your request, and I'm sorry it caused this.", hasNot: blame},
		{text: "The order was cancelled at your request, so I've refunded it.", hasNot: blame},
	})
}

// A cleft whose "what" is what we did or wanted ("that's just what I
// needed", "that's what we were hoping for") names no cause; one whose
// "what" went wrong ("that's just what happens with solid oak") still does.
func TestWhatWeWantedIsNoCause(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That's just what I needed, thank you.", hasNot: blame},
		{text: "That's what we were hoping for.", hasNot: blame},
		{text: "That's just what happens with solid oak.", has: blame},
		{text: "Your router is what's causing the drop-outs.", has: blame},
	})
}

// A trouble put down to how another party, or a thing of the customer's
// or of a kind, simply is or works ("that's just how your network provider
// does things", "it's just how these old boilers are") lays it on them; how
// we or our system work is ours, and how a thing helps them is no trouble.
func TestJustHowTheyAre(t *testing.T) {
	checkReadings(t, []reading{
		{text: "That's just how your network provider does things.", has: blame},
		{text: "That's just how the bank works, I'm afraid.", has: blame},
		{text: "It's just how these old boilers are.", has: blame},
		{text: "That's just how we do it here.", hasNot: blame},
		{text: "That's how our system works.", hasNot: blame},
		{text: "That's how you reset it.", hasNot: blame},
		{text: "That's how the courier tracks it, so you can follow it live.", hasNot: blame},
	})
}

// What was booked, and the customer's own arrival set beside it at another
// time ("the booking was for the 14th, but you arrived on the 15th", "your
// appointment was at 9:15 and you got here at 9:35"), answers the
// complaint with their timing; the same time, or help or an apology in the
// sentence, lays nothing.
func TestCameAtAnotherTimeThanBooked(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The booking was for the 14th, but you arrived on the 15th.", has: blame},
		{text: "Your appointment was at 9:15 and you got here at 9:35.", has: blame},
		{text: "Your ticket was for the 12:10, and you boarded the 10:40.", has: blame},
		{text: "The booking was for the 14th, and you arrived on the 14th.", hasNot: blame},
		{text: "The booking was for the 14th, but you arrived on the 15th, so I've moved it for you.", hasNot: blame},
		{text: "Your slot was at 10, and you came at 11, which is fine, I'm sorry you waited.", hasNot: blame},
	})
}

// "No" after "and" opens a new subject as a determiner does, so what it
// says was not done is read as its own clause: "your trial ended on the 3rd
// | and no card was added".
func TestAndNoOpensASubject(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your trial ended on the 3rd and no card was added.", has: blame},
		{text: "We refunded the fee and no other charges were taken.", hasNot: blame},
	})
}
