package scoring

import (
	"strings"
	"testing"
)

// reading is one utterance and which markers a trainer reads in it (has) and
// does not (hasNot). Only the kinds named are checked.
type reading struct {
	text        string
	has, hasNot []MarkerKind
}

// checkReadings runs Analyze over each utterance and checks the kinds named.
func checkReadings(t *testing.T, cases []reading) {
	t.Helper()
	for _, tc := range cases {
		a := Analyze(tc.text)
		for _, k := range tc.has {
			if !a.Has(k) {
				t.Errorf("%q: want %s, got %s", tc.text, k, kinds(a))
			}
		}
		for _, k := range tc.hasNot {
			if a.Has(k) {
				t.Errorf("%q: want no %s, got %s", tc.text, k, kinds(a))
			}
		}
	}
}

func kinds(a Analysis) string {
	var ks []string
	for _, m := range a.Markers {
		ks = append(ks, string(m.Kind)+" "+`"`+m.Text+`"`)
	}
	return "[" + strings.Join(ks, ", ") + "]"
}

var (
	step     = []MarkerKind{MarkConcreteAction}
	timeC    = []MarkerKind{MarkTimeCommitment}
	blame    = []MarkerKind{MarkBlame}
	owns     = []MarkerKind{MarkOwnsMistake}
	validate = []MarkerKind{MarkValidates}
	choice   = []MarkerKind{MarkChoices}
	power    = []MarkerKind{MarkAuthority}
	vague    = []MarkerKind{MarkVague}
	policy   = []MarkerKind{MarkPolicy}
)

// TestTimeIsACommitmentOnlyWhenWeCommit: a time counts when the agent or the
// company commits to it, not in a policy window, a habit, the customer's own
// plans, a condition, or a past date.
func TestTimeIsACommitmentOnlyWhenWeCommit(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I'll ring you Thursday.", has: timeC},
		{text: "We will have it to you by Friday.", has: timeC},
		{text: "Your replacement ships today and reaches you by Wednesday.", has: timeC},
		{text: "You'll see the money back within 3 working days.", has: timeC},
		{text: "I'll send the label by 3pm.", has: timeC},
		{text: "The credit I've added will show within 24 hours.", has: timeC},
		{text: "Refunds normally take 5 to 7 working days to appear.", hasNot: timeC},
		{text: "Card refunds usually land within three working days.", hasNot: timeC},
		{text: "Exchanges can take up to ten working days.", hasNot: timeC},
		{text: "We refund within 14 days of receiving the return.", hasNot: timeC},
		{text: "You need it by Saturday, I know.", hasNot: timeC},
		{text: "Had you cancelled before midnight on the 3rd, you'd not have been charged.", hasNot: timeC},
		{text: "Should you need us on Friday, just call.", hasNot: timeC},
		{text: "You're now booked onto the late train to York tomorrow.", has: timeC},
		{text: "Your engineer's slot is Thursday between 8 and 1.", has: timeC},
		{text: "I can credit the fee back to your card today.", has: timeC},
		{text: "I can book you on the morning ferry or refund the fare, whichever you prefer.", hasNot: timeC},
		{text: "Your party is on Saturday.", hasNot: timeC},
		{text: "You mentioned you fly out on Friday.", hasNot: timeC},
		{text: "If it hasn't come by Friday, tell me.", hasNot: timeC},
		{text: "It was due on Friday.", hasNot: timeC},
		{text: "Would Thursday suit you?", hasNot: timeC},
	})
}

// TestCompletedStepsInAnyVoiceOrTense: a step reported done, active or
// passive, perfect or present, "done: ...", "is on its way", "is back on your
// card"; not history told in the plain past, a step only hoped for, or a habit.
func TestCompletedStepsInAnyVoiceOrTense(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Your refund has gone through.", has: step},
		{text: "Done: the credit's been applied to your account.", has: step},
		{text: "All sorted, the voucher is in your inbox.", has: step},
		{text: "The replacement is on its way.", has: step},
		{text: "The £30 is back on your card.", has: step},
		{text: "Your account has been unlocked.", has: step},
		{text: "I refunded the delivery charge a minute ago.", has: step},
		{text: "The duplicate payment has now been cancelled.", has: step},
		{text: "You're now booked on the 9:15 train.", has: step},
		{text: "We've gone ahead and waived the fee.", has: step},
		{text: "Restored: your playlists are back as they were.", has: step},
		{text: "A refund was issued on the 3rd, before you called.", hasNot: step},
		{text: "Nothing has been refunded on this order yet.", hasNot: step},
		{text: "The payment went through on the 9th at 11:42.", hasNot: step},
		{text: "We usually refund shipping on late orders.", hasNot: step},
		{text: "If I refund it now, it lands tomorrow.", hasNot: step},
		{text: "I'll text you once the refund has gone through.", hasNot: step},
		{text: "I'm authorised to send a replacement.", hasNot: step},
	})
}

// TestBlameInEveryForm: the customer as the one who erred, a passive that
// implies them, a third party named, or "not our responsibility".
func TestBlameInEveryForm(t *testing.T) {
	checkReadings(t, []reading{
		{text: "You didn't tick the express box.", has: blame},
		{text: "That's down to your bank.", has: blame},
		{text: "You must have typed the postcode wrong.", has: blame},
		{text: "Customers sometimes forget to confirm their address.", has: blame},
		{text: "Plenty of people don't read the delivery options.", has: blame},
		{text: "The box for express wasn't ticked.", has: blame},
		{text: "The wrong card was selected at checkout.", has: blame},
		{text: "The courier lost your parcel.", has: blame},
		{text: "Your bank is holding the money.", has: blame},
		{text: "It's not our responsibility.", has: blame},
		{text: "Your old provider delayed the transfer, that's why.", has: blame},
		{text: "The address was entered by you.", has: blame},
		{text: "It wasn't your fault at all.", hasNot: blame},
		{text: "You didn't get the refund we promised, and that's on us.", hasNot: blame},
		{text: "You must have been so worried.", hasNot: blame},
		{text: "You should have received a confirmation email.", hasNot: blame},
	})
}

// TestOwnershipPossessiveAndPredicative: "the fault is entirely ours" with any
// adverb, "our doing", "we got it wrong"; not a quote, a condition, or a plan.
func TestOwnershipPossessiveAndPredicative(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The refund was issued promptly on our part.", hasNot: owns},
		{text: "There was no error on our part.", hasNot: owns},
		{text: "You were contacted by our billing team on Monday.", hasNot: owns},
		{text: "The parcel was damaged by our courier.", has: owns},
		{text: "The mistake was on our part.", has: owns},
		{text: "The mistake here is ours entirely.", has: owns},
		{text: "The fault is completely ours.", has: owns},
		{text: "That's wholly our fault.", has: owns},
		{text: "The double booking was entirely our doing.", has: owns},
		{text: "The blame for this lies squarely with us.", has: owns},
		{text: "Sorry, we sent your order to the wrong address.", has: owns},
		{text: "I'm sorry, we cancelled your plan without asking you.", has: owns},
		{text: "Your parcel should have been delivered on Monday.", has: owns},
		{text: "Our checkout page was broken that evening.", has: owns},
		{text: `You wrote "the fault is entirely ours" in your email.`, hasNot: owns},
		{text: "If there's been an error on our side, I'll fix it.", hasNot: owns},
		{text: "We'll take care of it on our side.", hasNot: owns},
		{text: "The return postage is on us.", hasNot: owns},
	})
}

// TestValidatesFeeling: the feeling makes sense, anyone would feel it, the
// situation is bad; not stock sympathy, a question, or a denial.
func TestValidatesFeeling(t *testing.T) {
	checkReadings(t, []reading{
		{text: "No wonder you're upset.", has: validate},
		{text: "That's rotten timing.", has: validate},
		{text: "I'd be furious too.", has: validate},
		{text: "I'd be livid in your shoes.", has: validate},
		{text: "Anyone would be fed up after that.", has: validate},
		{text: "That would worry anyone.", has: validate},
		{text: "Of course you're frustrated.", has: validate},
		{text: "It's completely understandable that you're cross.", has: validate},
		{text: "You've every right to be annoyed.", has: validate},
		{text: "What a miserable way to start the weekend.", has: validate},
		{text: "How stressful that must have been.", has: validate},
		{text: "You must be gutted.", has: validate},
		{text: "I don't blame you one bit.", has: validate},
		{text: "I understand your frustration.", hasNot: validate},
		{text: "We value your patience.", hasNot: validate},
		{text: "There's no reason to be angry.", hasNot: validate},
		{text: "Are you upset about the delay?", hasNot: validate},
		{text: "I'd be happy to help.", hasNot: validate},
	})
}

// TestChoicesAreOfferedNotFactsAsked: alternatives offered by the agent or put
// to the customer, not a fact asked for.
func TestChoicesAreOfferedNotFactsAsked(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Shall I refund the fee or add it as credit?", has: choice},
		{text: "I can send a new one or refund you, your call.", has: choice},
		{text: "Would a morning or an evening slot be better?", has: choice},
		{text: "You're welcome to keep the plan or switch to monthly.", has: choice},
		{text: "It's up to you.", has: choice},
		{text: "Could you confirm whether you paid by card or PayPal?", hasNot: choice},
		{text: "Would a bigger limit help, or was this a one-off?", hasNot: choice},
		{text: "Please tell me the order number or the email on the account.", hasNot: choice},
	})
}

// TestStockClosingLinesAreNotAuthority: a stock close asks, it does not say
// what the agent can do; a limit is not authority either.
func TestStockClosingLinesAreNotAuthority(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I can refund that for you right now.", has: power},
		{text: "I can knock the delivery charge off your bill.", has: power},
		{text: "I don't need anyone's sign-off for this.", has: power},
		{text: "Is there anything else I can do for you today?", hasNot: power},
		{text: "Is there anything else I can help you with?", hasNot: power},
		{text: "All I can offer is a 5 USD credit.", hasNot: power},
		{text: "Can I help with anything else?", hasNot: power},
	})
}

// TestVaguePromisesInAnyWording: a future look, sort-out or hand-on with no
// time, in any wording; a time or a hedge makes it something else.
func TestVaguePromisesInAnyWording(t *testing.T) {
	checkReadings(t, []reading{
		{text: "We'll look into it.", has: vague},
		{text: "Someone from the depot will sort it out.", has: vague},
		{text: "Your complaint will be passed on.", has: vague},
		{text: "It's being looked into.", has: vague},
		{text: "We'll get that sorted for you.", has: vague},
		{text: "The team are on it.", has: vague},
		{text: "I'll chase it up with the warehouse.", has: vague},
		{text: "I'll look into it and ring you back by 4pm today.", hasNot: vague},
		{text: "I'll see what I can do.", hasNot: vague},
		{text: "I'll refund it by Friday.", hasNot: vague},
	})
}

// TestPolicyInAnyWording: rules that will not let the agent act, in any wording.
func TestPolicyInAnyWording(t *testing.T) {
	checkReadings(t, []reading{
		{text: "Our policy doesn't allow refunds after 30 days.", has: policy},
		{text: "The booking rules won't let me change the date.", has: policy},
		{text: "Company rules say I can't give credits.", has: policy},
		{text: "I'm afraid that's the rule.", has: policy},
		{text: "Our warranty only covers faults in the first year.", has: policy},
		{text: "Under our policy you're entitled to a full refund, so I've refunded it.", hasNot: policy},
	})
}

// TestBritishAndAmericanIdiom: the same behaviour said either way reads the same.
func TestBritishAndAmericanIdiom(t *testing.T) {
	checkReadings(t, []reading{
		{text: "I'll give you a ring on Thursday.", has: timeC},
		{text: "I'll call you on Thursday.", has: timeC},
		{text: "I've popped a replacement in the post.", has: step},
		{text: "I've mailed you a replacement.", has: step},
		{text: "The refund's gone through.", has: step},
		{text: "Your refund has been processed.", has: step},
		{text: "I'd be gutted too.", has: validate},
		{text: "I'd be mad too.", has: validate},
		{text: "Forgive the delay.", has: []MarkerKind{MarkApology}},
		{text: "I apologize for the delay.", has: []MarkerKind{MarkApology}},
		{text: "We'll get it sorted by close of play today.", has: timeC, hasNot: vague},
		{text: "We'll get it fixed by end of day.", has: timeC, hasNot: vague},
	})
}

// TestLemma: inflected forms reach their base form.
func TestLemma(t *testing.T) {
	for in, want := range map[string]string{
		"refunded": "refund", "applied": "apply", "sent": "send", "gone": "go", "issued": "issue",
		"stopped": "stop", "restored": "restore", "arranging": "arrange", "cancelled": "cancel",
		"processed": "process", "reaches": "reach", "takes": "take", "monitored": "monitor", "refund": "refund",
		// Verbs no list names, by the same rules: a final d, b or k after one vowel takes its e back.
		"stands": "stand", "coincided": "coincide", "ascribed": "ascribe", "revoked": "revoke", "needed": "need",
		"avoided": "avoid", "limited": "limit", "marked": "mark", "climbed": "climb", "faded": "fade",
		"treated": "treat", "heated": "heat", "floated": "float", "created": "create", "disputed": "dispute",
		"fiddling": "fiddle", "handled": "handle", "curled": "curl", "crawled": "crawl",
		// "dg" takes its e back, and a British doubled l after "el" is undone; a short "ell" verb keeps it.
		"lodged": "lodge", "judged": "judge", "levelled": "level", "labelling": "label", "travelled": "travel",
		"spelled": "spell", "smelled": "smell",
		// four letters opening with a vowel are two syllables: no e
		"edited": "edit", "exited": "exit", "saved": "save", "abided": "abide",
		// the English dictionary settles what the rules cannot
		"quoted": "quote", "quoting": "quote", "vetoed": "veto",
	} {
		if got := lemma(in); got != want {
			t.Errorf("lemma(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMoreFormsOfBlameAndCompletion: constructions beyond the first tests'
// wordings, written for this test: clefts, deflections, counterfactuals,
// headlines and arrivals.
func TestMoreFormsOfBlameAndCompletion(t *testing.T) {
	checkReadings(t, []reading{
		{text: "It's your card provider that declined it.", has: blame},
		{text: "It was the courier who left it outside.", has: blame},
		{text: "You'll have to take that up with the courier.", has: blame},
		{text: "You'll need to contact your bank about that.", has: blame},
		{text: "If you'd entered the right postcode, this wouldn't have happened.", has: blame},
		{text: "You cancelled it yourself on the 3rd.", has: blame},
		{text: "The delay was caused by the courier.", has: blame},
		{text: "Customers are responsible for checking the address.", has: blame},
		{text: "You were supposed to return it within 14 days.", has: blame},
		{text: "I'm afraid that's on you.", has: blame},
		{text: "If you'd like, I can refund it now.", hasNot: blame},
		{text: "It's our warehouse that sent the wrong size.", hasNot: blame},
		{text: "Refund processed.", has: step},
		{text: "Voucher sent to your inbox.", has: step},
		{text: "Your refund has cleared.", has: step},
		{text: "The money has landed in your account.", has: step},
		{text: "That's all been taken care of.", has: step},
		{text: "Consider it done.", has: step},
		{text: "Your parcel arrived on Tuesday.", hasNot: step},
	})
}

// TestEveryHedgeOpenerIsRecognised reads each hedge opener at the start of a
// clause: every one must be found whole, as a frame that is not the clause.
// Seven of the ten once never matched, their words having no ids.
func TestEveryHedgeOpenerIsRecognised(t *testing.T) {
	for _, p := range hedgeOpeners {
		text := strings.Join(p, " ") + " your bank flagged the payment."
		az := new(analyzer)
		az.readPhrases(text)
		if got := az.hedgeOpener(0, len(az.tok.toks)); got != len(p) {
			t.Errorf("%q: hedgeOpener read %d words, want %d", text, got, len(p))
		}
	}
}
