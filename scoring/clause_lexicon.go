package scoring

import "strings"

// lex is what the clause reader knows about a word, one bit per property. A
// word can have several: "i've" is an agent subject and a have-auxiliary.
type lex uint64

const (
	lxAgent       lex = 1 << iota // speaks for the agent or company: "I", "we", "we've"
	lxCustomer                    // the customer: "you", "you've"
	lxThird                       // someone else: "they", "he"
	lxThing                       // a thing or the situation: "it", "that's"
	lxDet                         // starts a noun phrase: "the", "your"
	lxOurDet                      // "our", "my": a noun phrase that belongs to the company
	lxThirdNoun                   // a third party: "courier", "bank"
	lxCompanyNoun                 // a person or team of the company: "team", "specialist"
	lxCustomers                   // customers in general: "customers", "people"
	lxBe                          // a form of be
	lxHave                        // a form of have
	lxDo                          // a form of do
	lxWill                        // will, shall, 'll
	lxWould                       // would, 'd
	lxCan                         // can, could, may, might
	lxMust                        // must, should, ought
	lxPastAux                     // was, were, had, did: the auxiliary itself is past
	lxNeg                         // not, never, n't
	lxAdverb                      // may sit inside a verb group or phrase: "just", "entirely"
	lxFreq                        // makes a statement habitual: "usually", "normally"
	lxConj                        // joins clauses when a subject follows: "and", "but"
	lxSub                         // starts a subordinate clause: "because", "which"
	lxCond                        // starts a condition: "if", "unless"
	lxOpener                      // discourse words before a clause: "so", "well", "ok"
	lxFeeling                     // a feeling: "upset", "livid"
	lxBadAdj                      // judges a situation bad: "rotten", "awful"
	lxFaultNoun                   // "mistake", "fault", "error"
	lxOurs                        // "ours", "mine"
	lxWrong                       // "wrong", "incorrect", "old"
	lxLicence                     // licenses a feeling: "wonder" (no wonder), "understandable"
	lxPrep                        // ends a noun phrase: "on", "to", "for"
	lxTemporal                    // starts a clause about when: "once", "until"
	lxI                           // the agent in person: "I", "I've"
	lxDeliverable                 // what the company delivers: "refund", "slot", "engineer"
	lxRuleNoun                    // a rule the agent can hide behind: "policy", "regulations"
	lxAnyone                      // anyone at all: "anyone would"
	lxOr                          // "or": joins alternatives
	lxTheirs                      // points at a third party: "their", "them"
	lxEntitles                    // grants the customer something: "entitled", "eligible"
	lxCanItself                   // "can" itself, not "could" or "might": ability, not possibility
	lxIrregular                   // an irregular verb form: "sent", "gone", "lost" (see irregularVerbs)
	lxDenial                      // may open a denial besides a negation: "rather (than)", "beyond", "out (of)"
	lxCause                       // introduces a cause: "caused (by)", "stems (from)", "due (to)" (see causeWords)
	lxFine                        // says a thing works: "fine", "working", "clean"
	lxYour                        // the customer's own: "your", "yours", "yourself"
	lxReport                      // a form of a verb of knowing or saying: "shows", "said" (see reportingVerbs)
	lxGuess                       // a verb of supposing what happened: "I'd guess", "I suspect"
	lxDuty                        // names a duty: "obligation", "responsible" (see dutyWords)
	lxElse                        // "else", as in "everyone else"
	lxAbout                       // "about", "control": what the company cannot help
	lxCue                         // a word a deflection reading looks for first: "finally", "mercy" (see deflectCues)
	lxTyped                       // a typed form, read as the word it stands for (see typedForms); no token keeps it
	lxFiller                      // a sound that fills a pause in speech: "um", "uh" (see fillerWords)
	lexBits                       // past the last property: a 65th would not compile, as lex is 64 bits
)

// lexicon lists the words of each property. Contractions are listed whole,
// with every property their parts carry ("won't" is will and not).
var lexicon = []struct {
	bits  lex
	words string
}{
	{lxAgent, "i we me us myself ourselves"},
	{lxAgent | lxHave, "i've we've ive"},
	{lxAgent | lxBe, "i'm we're im"},
	{lxAgent | lxWill, "i'll we'll"},
	{lxAgent | lxWould, "i'd we'd"},
	{lxCustomer, "you yourself yours u ya y'all yall"}, // "u", "ya": typed and said for "you"; "y'all" for more than one
	{lxCustomer | lxHave, "you've youve"},
	{lxCustomer | lxBe, "you're youre"},
	{lxCustomer | lxWill, "you'll youll"},
	{lxCustomer | lxWould, "you'd"},
	{lxThird, "they he she someone somebody"},
	{lxThird | lxTheirs, "them him"},
	{lxTheirs, "their theirs"},
	{lxThird | lxHave, "they've"},
	{lxThird | lxBe, "they're he's she's"},
	{lxThird | lxWill, "they'll he'll she'll"},
	{lxThing, "it this that what everything something anything which"},
	{lxThing | lxBe, "it's that's this's what's everything's its thats"},
	{lxThing | lxWill, "it'll that'll this'll"},
	{lxThing | lxWould, "it'd that'd"},
	{lxThing | lxBe, "there's"},
	{lxDet, "the a an your these those their his her some every each any all both most other another several"},
	{lxDet | lxOurDet, "our my"},
	{lxThirdNoun, "courier couriers carrier carriers bank banks driver drivers airline airlines manufacturer " +
		"supplier suppliers ups fedex dhl usps hermes evri dpd seller sellers retailer " +
		"provider providers network processor insurer landlord partner partners vendor vendors contractor hotel " +
		"installer merchant shop store issuer council government weather customs depot isp employer antivirus " +
		"firewall storm snow garage marketplace restaurant openreach router warehouse office owner plumber accountant " +
		"builder electrician neighbour neighbor neighbours neighbors housemate flatmate roommate solicitor broker agency postman postie " +
		"firm firms outfit outfits institution institutions postal surgery rider riders airport insurers underwriter assessor adjuster tenant council police maker brand platform supermarket supermarkets valuer jeweller " +
		"paypal stripe klarna visa mastercard operator school family husband wife son daughter kids " +
		"sister brother mum mom dad mother father nephew niece cousin grandson granddaughter girlfriend boyfriend " +
		"children admin administrator lab labs laboratory factory factories mill mills roaster roasters tester testers " +
		"shipper shippers haulier hauliers grower growers inspector inspectors examiner registrar lender lenders surveyor surveyors " +
		"architect architects officer officers official officials repairer repairers bodyshop " +
		"host hosts organiser organisers organizer organizers promoter promoters venue kitchen franchise dealer " +
		"theatre theater cinema ferry railway registry artist artists performer performers " +
		"dealership mechanic authority authorities regulator consulate embassy immigration clearinghouse " +
		"pharmacy hospital clinic surgery doctor dentist vet university college lawyer attorney bailiff caretaker " +
		"concierge cleaner cleaners subcontractor reseller wholesaler distributor publisher developer developers " +
		"contractors subcontractors installers merchants retailers landlords operators agencies brokers dealers " +
		"occupant occupants tenant's household relative friend partner's spouse teenager kid child sitter nanny " +
		"carrier's processor's insurer's employer's installer's contractor's faa ofcom ofgem " +
		// what happens to everyone, which an agent can name as the cause as they name a party
		"rain fog flood flooding floods storms frost ice gales strike strikes roadworks volumes traffic heatwave outages"},
	{lxCompanyNoun, "team colleague colleagues engineer engineers fitter fitters specialist specialists manager supervisor " +
		"department staff company technician technicians agent agents"},
	{lxCustomers, "customers people ppl folks folk users buyers shoppers clients many members subscribers travellers " +
		"guests residents callers viewers players " +
		"travelers passengers patients tenants account-holders students applicants policyholders homeowners " +
		"households families parents owners couples brides diners attendees renters hirers bookers punters fans holders " +
		"cardholder policyholder leaseholder hirer renter booker purchaser holder account-holder borrower borrowers subscriber " +
		"riders motorists commuters"},
	{lxBe, "be is are am been being 's 're"},
	{lxBe | lxPastAux, "was were"},
	{lxBe | lxNeg, "isn't aren't isnt arent ain't"},
	{lxBe | lxNeg | lxPastAux, "wasn't weren't wasnt werent"},
	{lxHave, "have has having 've"},
	{lxHave | lxPastAux, "had"},
	{lxHave | lxNeg, "haven't hasn't havent hasnt"},
	{lxHave | lxNeg | lxPastAux, "hadn't"},
	{lxDo, "do does"},
	{lxDo | lxPastAux, "did"},
	{lxDo | lxNeg, "don't doesn't dont doesnt"},
	{lxDo | lxNeg | lxPastAux, "didn't didnt"},
	{lxWill, "will shall 'll gonna"},
	{lxWill | lxNeg, "won't wont shan't"},
	{lxWould, "would 'd"},
	{lxWould | lxNeg, "wouldn't wouldnt"},
	{lxCan | lxCanItself, "can"},
	{lxCan, "could may might"},
	{lxCan | lxNeg, "can't cannot couldn't cant couldnt mightn't"},
	{lxMust, "must should ought gotta"},
	{lxMust | lxNeg, "mustn't shouldn't shouldnt"},
	{lxMust | lxHave, "should've must've shouldve mustve"},
	{lxCan | lxHave, "could've couldve might've mightve"},
	{lxWould | lxHave, "would've wouldve"},
	{lxNeg, "not never n't nothing nobody none hardly scarcely"},
	{lxAdverb, "just already now also really fully double triple entirely completely totally all actually definitely " +
		"personally certainly absolutely still simply squarely wholly genuinely truly honestly here quickly " +
		"successfully properly finally now officially right straight immediately 100 so very either only clearly long " +
		"ever quite even"},
	{lxFreq, "usually normally typically generally always often sometimes tend tends occasionally " +
		"frequently routinely commonly mostly"},
	{lxConj, "and but or then plus so"},
	{lxSub, "because cause cos coz since which who although though whereas inasmuch"},
	{lxSub | lxTemporal, "when once until till while after before whenever"},
	{lxI, "i i've i'm i'll i'd ive im me myself"},
	{lxDeliverable, "delivery refund replacement order parcel package engineer appointment slot visit credit " +
		"money technician callback booking reschedule repair installation fix payment voucher"},
	{lxCond, "if unless whether"},
	{lxFiller, fillerWordsList},
	{lxOpener, "well ok okay right good great also anyway honestly unfortunately sadly fortunately luckily " +
		"hopefully maybe perhaps possibly probably prob probs prolly " + // skipped, but noted: see clause.hedged
		"yes yeah sure news now alright first firstly second secondly finally and but so " +
		"lol haha hmm um erm uh mate pal hun buddy dude madam tbh tbf ngl fwiw imo fyi basically actually frankly realistically admittedly truthfully however " +
		"umm er yep yup nope btw wow cheers gosh blimey apparently evidently seemingly supposedly reportedly obviously"}, // talk that fills a pause before the clause
	{lxAnyone, "anyone anybody everyone everybody anyone's"},
	{lxOr, "or"},
	{lxRuleNoun, "policy policies rules rule regulations regulation terms guidelines procedure procedures " +
		"agreement contract conditions system warranty guarantee tariff"},
	{lxEntitles, "entitled eligible qualify qualifies covered"},
	{lxFeeling, "upset angry annoyed frustrated furious livid fuming cross mad irritated disappointed gutted " +
		"stressed worried anxious fed hacked cheesed peeved miffed raging incensed exasperated devastated " +
		"heartbroken angered shaken distressed embarrassed hurt outraged unhappy sad vexed panicked " +
		"panicking frantic irate seething exhausted knackered frazzled"},
	{lxBadAdj, "rotten awful terrible horrible rubbish dreadful lousy miserable stressful nightmare gutting " +
		"infuriating maddening upsetting worrying exhausting frustrating unacceptable appalling shocking " +
		"horrendous annoying disappointing unfair poor stinking crap crappy rough tough grim bad worst hellish " +
		"heartbreaking devastating scary frightening distressing unsettling"},
	{lxFaultNoun, "mistake fault error blame responsibility failure oversight doing problem issue delay delays " +
		"hold-up holdup mix-up mixup glitch blunder slip-up cock-up discrepancy lapse shortfall mess defect defects mistakes faults errors failures problems issues glitches"},
	{lxOurs, "ours mine"},
	{lxDenial, "rather beyond out being outside hardly"},
	{lxYour, "your yours yourself customer's"},
	{lxGuess, "guess imagine suspect reckon wonder bet assume guessing suspecting reckoning assuming imagining chances odds doubt"},
	{lxDuty, dutyWordsList},
	{lxElse, "else"},
	{lxAbout, "about control"},
	{lxFine, "fine ok okay working clean correct green normal check checks checked test tests tested"},
	{lxWrong, "wrong incorrect old outdated expired invalid incomplete unsigned twice faulty broken defective blank ancient obsolete typo typos unsupported incompatible"},
	{lxLicence, "wonder understandable understandably naturally course reason right surprise sense reasonable " +
		"natural valid justified fair imagine why"},
	{lxPrep, "on to for in at by with from about of into through behind under near between across along beside beneath against via onto towards toward upon round around"},
	{lxCue, deflectCues},
}

// internLexicon gives every lexicon word an id in the phrase index's vocabulary,
// so the tokenizer's one lookup per word also finds its clause properties.
func internLexicon(vocab vocabBuilder) map[int32]lex {
	bits := map[int32]lex{}
	for _, row := range lexicon {
		for _, w := range strings.Fields(row.words) {
			id := vocab.intern(w)
			bits[id] |= row.bits
		}
	}
	for form := range irregularVerbs {
		bits[vocab.intern(form)] |= lxIrregular
	}
	for w := range causeWords {
		bits[vocab.intern(w)] |= lxCause
	}
	for _, form := range reportingForms() {
		bits[vocab.intern(form)] |= lxReport
	}
	for _, list := range idSetLists {
		for _, w := range strings.FieldsFunc(list, func(r rune) bool { return r == ' ' || r == '|' }) {
			vocab.intern(w)
		}
	}
	return bits
}

// nounBits mark the nouns the lexicon knows by their kind: "delivery",
// "fee", "courier", "staff", "mistake".
const nounBits = lxDeliverable | lxRuleNoun | lxFaultNoun | lxThirdNoun | lxCompanyNoun

// idSetLists are the word lists Analyze compares tokens with by id (idSetOf,
// hedgeOpeners; "|" separates phrases). They are interned with the lexicon,
// so every word in them has an id and a token with none is in no set.
var idSetLists = []string{
	careNounsList,
	remedyNounsList,
	readyWordsList,
	readiedPlacesList,
	notReasonBeforeAsList,
	nonGenuineWordsList,
	madeRightWordsList,
	boreWordsList,
	matchFormsList,
	eventInWordsList,
	offFigureWordsList,
	trueFigureWordsList,
	saidBeforeVerbsList,
	benefitVerbsList,
	addressNounsList,
	replyNounsList,
	foundToBeFormsList,
	consentNounsList,
	overusedFormsList,
	petPlacesList,
	traceNounsList,
	possessivePronounsList,
	oddWordsList,
	oddFollowersList,
	onlyAfterWordsList,
	ourFirmPrepsList,
	viewOpenersList,
	happenFormsList,
	lineWordsList,
	coincideWordsList,
	almostWordList,
	countedAfterList,
	theirsWordsList,
	talkAsideVerbsList,
	clearingPrepsList,
	disclaimedVerbsList,
	leftWhereList,
	noticedTermsList,
	countsOverOneList,
	otherInputWordsList,
	givenAsWordsList,
	guidanceNounsList,
	comparedWordsList,
	guideNounsList,
	particleIntensifiersList,
	lineNounsList,
	titleWordsList,
	commonWordsList,
	talkNounsList,
	recapVerbsList,
	throughWordsList,
	checkBackVerbsList,
	"despite against contrary",
	earlierWordsList,
	modelNounsList,
	oldWordsList,
	"transit",
	choicePrepsList,
	greetingPartsList,
	lookupNounsList,
	printedOnPrepsList,
	docPartsList,
	seeWhyVerbsList,
	turnAfterWordsList,
	manyCountsList,
	complaintNounsList,
	insideWordsList,
	yourPlacesList,
	"somewhere",
	everyWordsList,
	processNounsList,
	setOutVerbsList,
	takenOffWordsList,
	consequentlyWordsList,
	cutWordsList,
	madeWordsList,
	opinionVerbsList,
	likelyCauseWordsList,
	comeFormsList,
	understandWordsList,
	everythingWordsList,
	dueWordsList,
	servedAgainWordsList,
	theirRepeatParticiplesList,
	particleAfterVerbList,
	feltNounsList,
	singlePersonPronounsList,
	billNounsList,
	petWordsList,
	petsOwnList,
	overWordsList,
	understoodWordsList,
	understoodTailsList,
	placedNounsList,
	otherOnesList,
	anyThingList,
	seeingVerbsList,
	toldFormsList,
	decidingFormsList,
	reportDocsList,
	inThroughList,
	notInsteadList,
	causeBackList,
	deniedScopesList,
	decisionNounsList,
	overrideVerbsList,
	sureDegreesList,
	placePrepsList,
	manyPeopleList,
	tillWordsList,
	whatIsList,
	onePersonList,
	theirRepeatsList,
	failedWordsList,
	attemptNounsList,
	supplyingFirmsList,
	lemmeList, letsList,
	pointingBackList,
	betweenWordList,
	mannerOfPrintList,
	sidesOfPrintList,
	negatorsList,
	hedgeWordsList,
	pastWordsList,
	ruleWordsList,
	denialHeadsList,
	denialFillersList,
	stopWordsList,
	noOneList,
	casualDatesList,
	casualTimesList,
	repeatWordsList,
	doneWordsList,
	connectorsList,
	timePrepositionsList,
	mistakeWordsList,
	quantityNounsList,
	genericDetsList,
	resultOpenersList,
	resultWhWordsList,
	troubleWordsList,
	originPrepsList,
	yourMeansList,
	yourPremisesList,
	hedgeOpenerList,
	verbGroupAsidesList,
	guessAdverbsList,
	likeFramesList, tidyWordsList, doubtingWordsList, heldViewWordsList,
	contrastWordsList,
	liabilityWordsList,
	frameNounsList,
	evidenceNounsList,
	lapseNounsList,
	clearWordsList,
	notStepsList,
	timeWordsList,
	scheduleWordsList,
	penaltyNounsList,
	openWordsList,
	everyDayWordsList,
	"now",
	amissWordsList,
	recordOpenersList,
	oddsWordsList,
	choiceWordsList,
	somewhereWordsList,
	everythingRightList,
	afterWordsList,
	deadlineNounsList,
	intactWordsList,
	keptSlotsList,
	givenWordsList,
	lapseCausePrepsList,
	nobodyWordsList,
	homeWordsList,
	goodAfterNoList,
	sideWordsList,
	kitWordsList,
	coverWordsList,
	pastNeedsList,
	byWhenWordsList,
	causeNounsList,
	goodNewsList,
	instructionWordsList,
	goodAfterNothingToList,
	hiredVerbsList,
	damageNounsList,
	handledWordsList,
	resultWordsList, costWordsList, lossWordsList, leavingAfterList, leavingBeforeList, recapWordsList, paymentNounsList, concessiveWordsList, lackingWordsList, choiceNounsList, tellingFormsList, secretNounsList, signatureNounsList, ageUnitsList,
	unableWordsList,
	turnedWordsList, refusalParticlesList, hasteWordsList, pairNounsList, plentyWordsList, lookNounsList, yoursWordsList, timedRuleWordsList, codeNounsList, bookingNounsList, causedWordsList, youWordsList, hereThereList, articlesList, pageWordsList, contactNounsList, onRecordWordsList, givingWordsList, befallenNounsList, actTimingWordsList, pastWhoseList, pastLimitsList, outOfUseList, stuckWordsList, spanNounsList, spanFillersList, withUsWordsList, suggestOpenersList, "worth", dropFormsList, userWordsList, offOrOutList, countUnitsList, serviceNounsList, tryNounsList, separateWordsList, orgNounsList, partySayFormsList, talkWordsList, doubleWordsList, ownedNounsList, attentionWordsList, greetingWordsList, politeStopsList, evidenceFramesList, candourFramesList, "afraid am", bareIsAdverbsList, bareIsLinksList, bareIsStopsList, intensifiersList, demonstrativesList, subjectLeadsList, bareContractionWordsList, itIsWordsList, notOwnedList, saidAfterIWouldList, lookedIntoFormsList, lookObjectsList, tendFormsList, grantHeadsList, grantWordsList,
	slipNounsList,
	stateWordsList,
	outsideEventsList, roadMishapsList,
	whenWordsList,
	deadlinePrepsList,
	repeatNounsList,
	fineStatesList,
	possibleWordsList,
	ourShareNounsList,
	failingWordsList,
	farConcernedList,
	sortedWordsList,
	messageNounsList,
	rushNounsList,
	coverNounsList,
	troubleMomentsList,
	momentWordsList,
	whetherWordsList,
	howWhatList,
	extraCostsList,
	junkWordsList, mailProgramsList, ourMailNounsList, aheadWordsList, alternativeWordsList, onlyWordsList, goBetweenNounsList, printedNounsList, plainWordsList, powerNounsList, ownerlessFaultsList, sizingWordsList, filledFormsList, roughlyWordsList, troubleHadFormsList,
	mailboxNounsList,
	downWordsList,
	systemNounsList,
	otherWordsList,
	manyWordsList,
	ourDutyNounsList,
	standingWordsList,
	settledWordsList,
	refusalWordsList,
	weAskedWordsList,
	fillerWordsList,
	backAgainWordsList,
	passedToWordsList,
	handlingHarmsList,
	firstWordsList,
	itselfWordsList,
	periodNounsList,
	badStatesList,
	limitNounsList,
	sentInNounsList,
	lapsingNounsList,
	validWordsList,
	clearOfWordsList,
	reportFormsList,
	wantFormsList,
	callNounsList,
	compoundParticlesList,
	gateNounsList,
	fewWordsList,
	struggleFormsList,
	pointWordsList,
	homePlacesList,
	foundFineWordsList,
	wiserWordsList,
	troubleReportsList,
	otherPeopleList,
	householdPeopleList,
	homePeopleList,
	anyonePronounsList,
	kindlyWordsList,
	symptomNounsList,
	outsidePartnersList,
	toldWronglyWordsList,
	suggestiveWordsList,
	couldWordsList,
	elseOrHomeList,
	damagedWordsList,
	handoverNounsList,
	lateRunningList,
	"always gonna from",
	"box",
	"according",
	"one",
	recordLeadsList,
	ourTradesList,
	otherAgentsList,
	ruleTextsList,
	"next in future going forward reference this",
	orderLeadsList,
	"whoever",
	samePastList,
	particlesList,
	plainlyWordsList,
	"checkout",
	paperworkList,
	lateWordsList,
	"not head",
	custodyPrepsList,
	custodyNounsList,
	whileYouHadList,
	ownMeansList,
	"own customer's",
	caseWordsList,
	appliedPlacesList,
	"happened what with for you",
	rightlyWordsList,
	remedyWordsList,
	asItShouldList,
	meantWordsList,
	askedWordsList,
	saidWordsList,
	"letter accordance line",
	chargeNounsList,
	genuineWordsList,
	reflectWordsList,
	"finally took left waited before until",
	chosenThingsList,
	gettingWordsList,
	mindSlipsList,
	keepWordsList,
	ofCourseWordsList,
	thinkingVerbsList,
	recordNounsList,
	partNounsList,
	"yet any payment ever",
	troubleNounsList,
	kitNounsList,
	kitPrepsList,
	setOutWordsList,
	documentNounsList,
	happenWordsList,
	upkeepWordsList, upkeepNounsList,
	usedWordsList,
	evidentlyWordsList,
	returnWordsList,
	useNounsList,
	"signs consistent back",
	"mercy",
	illWordsList,
	wentUnderWordsList,
	"strike on out pulled dropped",
	lateActWordsList,
	dayPartsList,
	durationNounsList,
	limitWordsList,
	repeatOrdinalsList,
	"had",
	tracedWordsList,
	tracedFaultsList,
	"narrowed it",
	noFaultNounsList,
	defectNounsList,
	signedWordsList,
	cardKindsList,
	sinceDatesList,
	insistWordsList,
	costNounsList,
	eventTailsList,
	channelNounsList,
	"look anything",
	ourPlacesList,
	allowancePeriodsList + " period",
	peopleGroupsList + " rest",
	originWordsList,
	spanWordsList + " " + longDurationsList,
	"hands tied pay grade per",
	settingFormsList,
	pagePlacesList,
	"both",
	"card",
	fairWordsList,
	"beyond manufacturing wear",
	findingNounsList,
	improperWordsList,
	findingVerbsList,
	"nothing suggest there",
	allowanceNounsList,
	howAmountsList,
	howDegreesList,
	thenWordsList,
	keepFormsList,
	turnFormsList,
	seemFormsList,
	objectPronounsList,
	timeNounFirstsList,
	groundsNounsList,
	singularPronounsList,
	frontPrepsList,
	pluralYouList,
	sureWordsList,
	numberWordsList,
	seeingFramesList,
	foundOutVerbsList,
	setOffTalkList,
	apologyHeadsList,
	workedFineList,
	insinuatingFramesList,
	standWordsList,
	holdingWordsList,
	wearNounsList,
	heldNotesList,
	leftStatesList,
	accessNounsList,
	depotNounsList,
	workPlansList,
	detailNounsList,
	idDocNounsList,
	requirementNounsList,
	neededDocsList,
	otherNameWordsList,
	proofNounsList,
	longSpansList,
	yourSideLinksList,
	recordLookLeadsList,
	lookedLinksList,
	answerNounsList,
	safePlaceWordsList,
	misuseWordsList,
	handlingNounsList,
	accountFormsList,
	toldNounsList,
	consistentWordsList,
	usageNounsList,
	doubledWordsList,
	normWordsList,
	weHadFormsList,
	awayWordsList,
	awayPlacesList,
	hardWaysList,
	themselvesWordsList,
	requestNounsList,
	bookedNounsList,
	happeningWord,
	countedTimesList,
	addedWordsList,
	lackWord,
	unchosenWordsList,
	orderPlacesList,
	choiceBoxesList,
	offeredNounsList,
	madeChoiceNounsList,
	undoneWordsList,
	turnedFormsList,
	provedWordsList,
}

// lexTable turns the bits by id into a dense array indexed by id.
func lexTable(bits map[int32]lex, n int) []lex {
	out := make([]lex, n+1)
	for id, b := range bits {
		out[id] = b
	}
	return out
}

// reportingForms are the forms of reportingVerbs: the base, its -s and -ed
// forms, and the irregular forms whose base it is ("said", "shown").
func reportingForms() []string {
	var out []string
	for base := range reportingVerbs {
		out = append(out, base, base+"s", base+"ed", base+"d")
	}
	for form, base := range irregularVerbs {
		if reportingVerbs[base] {
			out = append(out, form)
		}
	}
	return out
}
