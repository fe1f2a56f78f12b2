package scoring

import (
	"slices"
	"strings"
)

// clauseVerbs are the named verb lists of clauseRules, as base forms. An entry
// of two words ("look into") also needs its particle right after the verb.
var clauseVerbs = map[string]string{
	// Verbs whose particle makes another verb of them: "ended up spending the night" ends nothing.
	// Matched, the verb is read in this list alone (see listsOf).
	"idiom": "end_up",
	// Steps an agent takes for the customer. Looking, checking and trying are not steps.
	"step": "refund refunding credit issue send resend apply process cancel reverse book rebook arrange order " +
		"reorder reship ship dispatch restore reset fix update add raise log upgrade waive remove reactivate " +
		"reinstate set_up unlock correct replace schedule expedite submit create file email place start initiate " +
		"void extend switch move change adjust recover pause stop put approve release authorise authorize " +
		"repair migrate unblock unfreeze swap post courier assign transfer pass hand escalate reimburse pay " +
		"compensate return deliver resolve sort pop top clear lift reconnect restart rush honour honor " +
		"match cover give comp knock refile redeliver reroute collect arrange wipe do recalculate rebill reissue " +
		"recredit roll get rebuild sync take_care take_off renew redirect make_an trigger sign_off",
	// Steps in progress, said of the thing: "the recovery job is running now".
	"running": "run process progress restore rebuild sync upload migrate reboot",
	// What the customer does for their part of an order or account.
	"duty": "tick check select enter type read update click choose fill confirm cancel pay provide order book upload " +
		"follow include give put use pick register activate sign opt accept verify save keep respond reply " +
		"collect answer set turn enable disable install download submit add attach notify tell inform bring " +
		"restart press tap return send print back_up realise realize notice leave port bother declare disclose mention report pass forward file remit close " +
		"answer maintain change place complete transfer review renew ring call phone contact charge redeem attend measure descale remember top display let log_in sign_in log_into sign_into show_up hit sort",
	// What no one reports as a step done for the customer: "has been delayed", "has been noticed".
	"failures": "miss mess drop forget lose fail break overcharge delay damage mislabel misroute misplace " +
		"mishandle cancel block reject decline hold freeze suspend compromise breach leak expose hack charge " +
		"flag report notice see receive send_back return affect impact hit say kink crush soak shove bang overtighten ignore neglect overlook sit estimate",
	// Setting a detail on a thing: "the pin was set to your old address",
	// "the account was registered under a different email" (see setToAnOldDetail).
	"set a detail": "set save register link enter put record store list",
	// Going through a thing with a tool: "drilled through the cable". A
	// damage only when what was gone through is a line (see throughALine):
	// "drilled through the wall" is how a cable is run.
	"pierce": "drill_through nail_through screw_through cut_through dig_through",
	// How long something takes, said of things in general: "standard delivery takes five days".
	"lasts": "take last",
	// Going, or sending a thing, to a place: "you went to the wrong branch", "you posted it to the wrong warehouse".
	"goes to": "go come arrive turn_up show_up drive travel wait post take bring return deliver",
	// What only the customer's side does to a thing, or lets slip: "the charger
	// was unplugged", "the lens has been dropped" (see "your acts" and "slip").
	"your acts or slips": "pair crank amend change switch turn unplug access share tether type enter select choose tick untick " +
		"use wear install download delete set_up leave reset scan drive ride park operate modify unseal wash overload overfill " +
		"forget ignore mistype misread overlook neglect skip drop break damage wipe overwrite pull yank knock spill store keep set",
	// Letting the company know: "nobody told us", "we weren't made aware".
	"let us know": "tell inform warn advise notify mention alert",
	// Telling the customer a fact beforehand: "we told you at drop-off that".
	"told you": "tell warn advise caution",
	// Putting off one's part: "people leave returns till the last day".
	"put off": "leave",
	// Telling the customer beforehand: "we sent the reminder twice".
	"warns": "send text email remind notify tell say mention explain warn announce message call ring phone contact write post advise caution inform answer reply flag alert",
	// Trying to reach the customer at the door or by phone: "I knocked twice", "the driver buzzed three times".
	"attempts": "knock buzz try attempt wait",
	// Checking our own work: "our packers checked every bag twice".
	"checks our work": "check recheck test inspect examine verify count weigh",
	// Agreeing to what binds: "you accepted the terms".
	"agreed": "accept agree consent sign tick initial approve",
	// What a thing meant for the customer: "the late payment meant the account was frozen".
	"means": "mean",
	// Slips that are the customer's whatever they were about.
	"slip": "forget ignore mistype misspell misread overlook neglect fail misunderstand misremember skip rush skimp scrimp " +
		"delete throw break damage drop wipe overwrite mix_up shove bang force overtighten crush kink soak yank spill overload misuse mishandle " +
		"fiddle tamper meddle lose_track",
	// What we did wrong.
	"our failure": "miss mess drop forget lose fail break overcharge overbill mix muddle botch delay damage " +
		"mislabel misroute misdirect misplace mishandle misprint screw cock bungle neglect overlook overbook " +
		"oversell undercharge ruin let sit_on",
	// What a third party did wrong.
	"third-party failure": "lose delay miss fail decline hold block reject mess break damage drop mix misplace cut " +
		"overbook cancel bounce flag freeze refuse reverse mishandle misdeliver misroute leave throw forget charge " +
		"quarantine ground sell lock delete wipe cause stop overwrite corrupt flood close disable " +
		"pull scrap postpone axe bump throttle withhold mislabel oversell withdraw suspend end sit_on",
	// Steps only the customer's side takes on its own account or device: "the booking was amended".
	"your acts": "pair crank amend change switch turn unplug access share tether request refuse type enter select choose edit " +
		"tick untick sign use wear install download delete set_up leave reset scan log drive ride park operate modify unseal wash overload overfill service assemble",
	// Putting a term before the customer: "it was clearly marked non-refundable".
	"disclose": "show mark display state flag highlight label list explain",
	// What the customer sends reaching us: "the form came back unsigned".
	"reaches us": "come arrive reach return land",
	// Choosing or paying for what was bought: "when you booked".
	"choose": "book order place pay buy purchase sign choose pick select accept reserve subscribe",
	// What goes wrong with a thing or on someone's side: "your Wi-Fi keeps dropping".
	"goes wrong": "catch_out drop block overwrite stop crash corrupt fail lapse delete wipe damage reject kill eat chew deactivate " +
		"decline bounce freeze cause leak disconnect expire misplace mislay smash crack scratch dent flag " +
		"spill jam clog erase interrupt overheat flood burn tamper infect hack trip misdial misaddress mislabel " +
		"misroute misdeliver mishandle overcharge delay hold suspend refuse forget ignore neglect overlook skip " +
		"go_over exceed overrun run_out use_up forfeit stall buffer lag tow clamp impound cook fry burst cut " +
		"blow warp rust corrode fade shrink melt scorch tarnish perish",
	// What a thing does when it works: "your meter isn't sending readings".
	"works": "work send connect load respond sync save charge accept register read",
	// What the customer plans: "you'll need it by Friday" is their date, not ours.
	"customer plans": "need want leave fly travel go plan hope expect arrive visit host",
	// Hedged attempts: "I'll try my best to get you on the morning flight".
	"try": "try attempt hope aim",
	// Reacting as the customer does: "I'd be pulling my hair out too".
	"share the feeling": "feel pull tear lose go scream cry panic climb",
	// What a rule allows.
	"permit": "let allow permit cover",
	"say":    "say state mention",
	// "You must have ..." that guesses an experience rather than an error.
	"not blame": "be receive get see hear feel think wonder go have notice",
	// Verbs the customer receives by: "you'll get it Friday" is our commitment.
	"receive": "get have receive see be hear find notice",
	// What we need to have from the customer by a time: "we need to hear within 30 days".
	"hear from you": "hear receive",
	// Verbs of asking for a fact.
	"ask a fact": "confirm tell remember know recall verify check say mean",
	// Actions with no owner or outcome when said with no time.
	"vague": "look_into look_at investigate review check_on check_into check_with chase sort deal_with handle get_back " +
		"explore examine consider see_about see_to get_it get_that get_this get_someone get_somebody get_an " +
		"get_to get_on get_onto take_care do_everything do_what update_you let_you speak_to talk_to pass_on pass see_what see_it see_that",
	// A look someone else may take: "someone can have a look at it soon".
	"a look": "have_a take_a look_at look_into",
	// Sending the customer to someone else: "you'll have to take that up with the courier".
	"deflect": "contact take speak call ask talk raise chase complain ring phone email go",
	// A step that has reached the customer: "your refund has cleared".
	"arrival": "clear land arrive reach complete finish",
	// Verbs the checks name by lemma (linking verbs, "supposed to", "came through"),
	// listed so every form of them has an id (see verbForms).
	"named in checks": "come suppose require expect sound seem look appear exclude include permit prohibit restrict stipulate specify attribute ascribe",
	// Where a fault rests: "the blame lies with us".
	"rests with": "lie sit rest",
	// What a rule's window does, said in the present: "price matching only applies within 7 days".
	"rule window": "apply expire lapse need require",
	// Having a say over what happens: "I don't control it", "we can't dictate when the bank releases it".
	"control": "control dictate govern",
	// Going past what a plan allows: "you've gone over your allowance".
	"overran": "go_over exceed overrun run_out use_up max_out",
	// Going wrong by itself, so "is expired" is a state, not a passive: "your passport's expired".
	"lapses": "expire lapse",
	// Acts on an account or an order that someone in the customer's household
	// may take in their name: "your son bought the coins".
	"household acts": "buy purchase order make spend change reset share cancel approve authorise authorize use drive " +
		"download install delete remove move unplug switch book upgrade downgrade transfer set_up subscribe " +
		"sign_up turn_off click tap press redeem choose select pick fiddle tamper meddle chew mess_with set_off trigger",
	// Carrying out what another party set: "we just install what they order".
	"messenger": "pass relay forward follow install sell deliver do apply book",
	// Billing is the company's act: "you were charged twice" tells our fault,
	// where "you didn't charge the device" is the customer's duty.
	"billing": "charge overcharge bill invoice",
	// What a thing comes to be, said as "is" says it: "your conservatory gets too hot".
	"becomes": "get become grow run stay",
	// Verbs that end a plural subject: "refunds take five days".
	"timing": "take arrive reach land show appear clear",
}

// verbLists is clauseVerbs parsed, for the tests that check the table.
var verbLists = func() map[string]bool {
	out := map[string]bool{}
	for name := range clauseVerbs {
		out[name] = true
	}
	return out
}()

// verbIndex answers "which lists is this verb in?" with one lookup per clause:
// each list has a bit; bare holds the lists a lemma is in without a particle,
// particles those it is in only with one ("look into").
type verbIndex struct {
	bit       map[string]uint64 // list name -> its bit
	bare      map[string]uint64 // lemma -> lists
	particles map[string][]particleList
}

type particleList struct {
	particle checkedWord // by id where the index knows it, as a clause's words are compared
	lists    uint64
}

var verbs = func() verbIndex {
	ix := verbIndex{bit: map[string]uint64{}, bare: map[string]uint64{}, particles: map[string][]particleList{}}
	names := make([]string, 0, len(clauseVerbs))
	for name := range clauseVerbs {
		names = append(names, name)
	}
	slices.Sort(names) // bits in a fixed order, whatever the map's
	for i, name := range names {
		b := uint64(1) << i
		ix.bit[name] = b
		for _, w := range strings.Fields(clauseVerbs[name]) {
			verb, particle, _ := strings.Cut(w, "_")
			if particle == "" {
				ix.bare[verb] |= b
				continue
			}
			ix.particles[verb] = append(ix.particles[verb], particleList{checked(particle), b})
		}
	}
	return ix
}()
