package scoring

// empathyTable holds the phrases of the empathy dimension: naming the customer's
// cost, owning the mistake, apologising, blaming, and listening.
var empathyTable = []patternGroup{
	{kind: MarkAcknowledgesCost, phrases: []string{
		"{you|you've|you have} {had|needed} to",
		"{you|you've|you have} {lost|missed|wasted}",
		"cost you", "costing you", "left you", "leaving you",
		"{you've|you have} been {without|waiting|stuck|chasing}",
		"{you've|you have} waited", "you were {without|left|stuck|unable}",
		"you {took|spent|ran up|run up|wasted}", "{you've|you have} {spent|taken|run up|wasted}",
		"{you've|you have} been {paying|overcharged|double charged|charged twice|billed twice}",
		"you were {overcharged|double charged|offline|cut off|locked out|turned away|refused}",
		"{stopped|prevented|kept} you from",
		"{scratched|broke|damaged|ruined|lost|deleted|dented|stained|spoilt|spoiled|wrecked} your",
		"you {waited|queued|chased|drove|travelled|traveled}", "you stayed {in|home|up}", "on hold for",
		"you {took|had to take} {time|the day|a day|the afternoon|the morning|a morning|an afternoon} off",
		"{you've|you have} {already|} paid", "{the day|the night|the morning|the week|the weekend} of your",
		"your * {family|guests|kids|children|customers|clients|team|staff|partner|husband|wife} {lost|missed|couldn't|had to|went|were}", "stopped you {paying|getting|working|using|travelling|traveling}",
		"{go|went|gone|going|been|days|weeks|hours} without", "without your",
		"your {guests|family|customers|kids|clients|team|staff} {were|had|have been} {waiting|left|stuck}",
		"{you|you've|you have} {couldn't|could not|weren't able|were not able|can't|cannot}",
		"your {team|staff|family|kids|customers|clients} {couldn't|could not|had to|lost|missed|were stuck|were left}",
		"{you|you've} paid {for|extra|twice}",
		"your {launch|anniversary|boss|presentation|wedding|event|deadline|" +
			"holiday|weekend|birthday|party|meeting|family|guests|staff|team's|evening|" +
			"daughter's|son's|husband|wife|partner|mother's|father's|kids|children|interview|demo|payroll|rent|savings}",
		"{such|a} {big|real|huge|serious} {hassle|headache|setback|blow|problem} for you",
		"on top of {everything|that|your}", "in front of your",
		"out of pocket", "your own money",
	}},
	{kind: MarkOwnsMistake, check: notNegated, phrases: []string{
		"{we|i} {missed|messed|dropped|broke|lost|failed|overcharged|misrouted|mislabelled|mislabeled|forgot|deleted}",
		"{we|i} {made|caused} {a|an|the|this|that} {mistake|error|mess|problem}",
		"{we|we've|we have|i|i've|i have} {made|really made} a {hash|mess|pig's ear|muddle|dog's dinner|complete mess|real mess|right mess|total mess} of",
		"on {our|my} watch",
		"{that's|that is|this is|that was|this was|it's|it is|it was|this one is|that one is} on {us|me}",
		"{our|my} {error|mistake|fault|bad|oversight|failure}",
		"{we|i} got {this|that|it} wrong", "{we|i} {dropped|fumbled} the ball",
		"{we|i} let you down", "{we|i} {should|shouldn't|should not} have",
		"{we|i} {charged|billed} you {twice|double|incorrectly|wrongly}",
		"{we|i} sent {you|the} wrong", "{we|i} {didn't|did not} {deliver|send|ship|keep|follow|honour|honor|update|tell|notify|process|cancel}",
		"{we|i} {take|accept} {full|complete|total|all the|} {responsibility|liability}", "{i|we} own {this|that}",
		"{we|i} hold {our|my} hands up",
		"{this|that|it} {was|is} {our|my} {fault|mistake|error|doing}",
		"{we|i} {got|had} {the|your} {address|order|date|amount|billing|price} wrong",
		"{we|i} {made|had} a {bug|glitch} in",
		"{our|the} {mistake|error} {was|is} {ours|mine}",
		"{we|i} {really|completely|totally} {messed|dropped|failed|missed|let}",
		"by mistake", "{it's|it is|that's|that is|the fault is|the mistake is} ours",
		"{we|i} {took|charged|billed|debited|collected} * {twice|double}",
		"our * {should have|shouldn't have|should not have}", "on our part",
		"{should never|shouldn't|should not} have happened", "{down to|because of} {us|me|our}",
		"{bug|glitch|fault|error|problem} in our", "{we|i} {undercharged|overbooked|oversold|underestimated|under-catered|double-booked}",
		"our {picker|crew|mechanic|technician|engineer|team|staff|courier|driver|warehouse|tool|app|website|site|" +
			"checkout|scheduling system|booking system|moderation tool} * {caused|broke|lost|deleted|banned|blocked|" +
			"double-booked|overtightened|damaged|missed|forgot}",
		"{we|our *} {fitted|installed|sent|supplied|shipped|gave you} {a|the|an} {faulty|broken|damaged|wrong|defective}",
		"caused by {our|us|me}",
		"{we|i} * wrong {|house|address|door|item|size|order|colour|color|product|account|plan|price|date|day|branch|part|flight|person|number|amount}", "{on|at} our {side|end}", "{we|i} {failed|forgot|neglected} to",
		"{we|i} {pushed|shipped|released|deployed|made} a {bad|faulty|broken|buggy}",
		"our {migration|outage|update|release|bug|sync|upgrade|change|fraud check|system|billing system|error|glitch} * " +
			"{deleted|broke|took|lost|caused|blocked|cancelled|charged|sent|applied|wiped|removed|knocked}",
	}},
	{kind: MarkApology, phrases: []string{
		"{i'm|i am|im|we're|we are} {|so|very|really|truly|deeply|terribly|incredibly|genuinely|sincerely} sorry",
		"sorry", "so sorry", "very sorry", "really sorry",
		"{i|we} {|sincerely|truly|deeply|do} {apologise|apologize|apologised|apologized}",
		"{apologise|apologize|apologies|apology|apologising|apologizing}",
		"{my|our} {|sincere|deepest|humble} {apologies|apology}", "{forgive|pardon} {the|me|us|my|our}",
		"{i|we} {|deeply|truly|sincerely} regret",
	}},
	{kind: MarkBlame, phrases: []string{
		"you should {have|of}", "you should've",
		"{you|you've} {entered|typed|selected|chose|picked|ticked|clicked|gave|provided} {the|a|an|your} {wrong|incorrect|old}",
		"you {entered|typed|misspelled|forgot|must have|failed to|ignored}",
		"{your|the customer's} {fault|mistake|error}",
		"your {bank|card issuer|provider|network|isp} {declined|rejected|blocked|reversed|flagged|refused}",
		"{the|a|their} {|previous|old|other|local} {courier|carrier|driver|system|warehouse|supplier|bank|post|postal|vendor|factory|manufacturer|" +
			"partner|processor|software|computer|app|contractor|airline|provider|hosting provider|app store|" +
			"sync app|payment processor|hotel|restaurant|reseller|retailer|seller|merchant|shop|store|garage|" +
			"landlord|insurer|network|rider|platform|marketplace|agency|installer} * {overbooked|sold|was late|were late|" +
			"was slow|forgot|failed|declined|rejected|blocked|reversed|marked|showed|set|lost|delayed|missed|messed|failed|" +
			"dropped|broke|glitched|caused|screwed|mixed|charged|flagged|cancelled|deleted|crashed|" +
			"didn't|did not|won't|wouldn't|doesn't|keeps|is to blame|was to blame|fault|fault's}",
		"{courier's|carrier's|driver's|system's|warehouse's|supplier's|bank's|team's|department's} {fault|mistake|error|problem}",
		"the other department", "another department",
		"{not|isn't|wasn't|is not|was not} {our|my} {fault|mistake|error|problem|doing}", "not on us",
		"{that's|it's|that is|it is} on {them|the courier|the bank|the airline|the hotel|the carrier|the seller}",
		"take it up with {them|the}", "the {fault|problem|issue} {is|was|lies} with",
		"you {gave|sent|provided|used|typed|entered|chose|picked|selected|booked|ordered} * {wrong|old|incorrect|expired|outdated}",
		"you {signed|accepted|confirmed|approved|agreed} * without {checking|reading|looking}",
		"{that's|it's|that is|it is} the system", "their {system|end|fault|mistake|error|side}",
		"you {turned off|disabled|deleted|didn't cancel|did not cancel|didn't read|didn't check|didn't update}",
		"{out of|beyond} our control", "{out of|beyond} my control", "not {within|in} {our|my} control",
		"{nothing|not anything} to do with {us|me}",
		"{happens|happened} on {their|the courier's|the bank's} end", "on their end",
		"blame {the|our}",
		"not us", "{not|isn't|wasn't|is not|was not} down to {us|me}", "{not|isn't|wasn't|aren't|weren't} something {we|i|any of us} {control|can control}",
		"{not|isn't|wasn't|is not|was not} up to {us|me}", "{i|we} just work here", "{don't|do not} shoot the messenger",
		"nothing {i|we} can do {from|at|on} {my|our} end",
		"{it's|that's|it is|that is|that was|it was} out of {our|my} hands", "{on|from} your {part|side|end}", "their {issue|problem|responsibility|call}",
		"{not|isn't|wasn't|is not|was not} {our|my} {responsibility|issue|call|department}",
		"{nobody|no one|noone} was {home|in|there|available|around|in to}",
		"nothing {we|i} could {have|'ve|of} done", "{it|that} {wasn't|was not} {me|us}",
		"nothing any of us could {have|'ve|of} done", "{we|i} {can't|cannot|can not} be blamed", "{we're|we are|i'm|i am} not to blame",
		"on the {bank's|courier's|carrier's|airline's|supplier's|hotel's|seller's|retailer's|provider's} {side|end}",
		"{weren't|wasn't|were not|was not|not} enough {funds|money}", "insufficient funds",
		"{can't|cannot|can not} be held {responsible|liable}", "a matter for {the|your|them}",
		"you left it {too late|late|until}",
		"{speaks|spoke} for itself", "{speak|spoke} for themselves",
		"{numbers|figures|timestamps|records|cameras|camera|footage|data|logs|log|readings|photos|pictures|tracking} {don't|doesn't|do not|does not|never} lie",
		"who else {would|could} {have|'ve}", "{where|how} else {would|could} {it|they}", "what else {would|could} it be",
		"what do you think that {tells|says}",
	}},
	// A no-show on the record: the customer did not come ("the records show a no-show",
	// "it's marked as a no-show"); "you won't be marked as a no-show" spares them.
	{kind: MarkBlame, check: notNegated, phrases: []string{"{marked|logged|down|recorded|listed|counted|treated|classed|flagged|cancelled|canceled|charged} as a no show",
		"{show|shows|showed|got|has|have} a no show"}},
	{kind: cueOwning, phrases: []string{"no excuse", "inexcusable", "unacceptable of us", "shouldn't have happened"}},
	{kind: cueExcuse, phrases: []string{
		"{that's|that is|which is|this is} {why|what}", "not us", "{not|isn't|wasn't} down to us", "out of our hands",
		"{not|isn't|wasn't|aren't|weren't} something {we|i|any of us} {control|can control}", "nothing to do with {us|me}", "{out of|beyond} our control", "not {within|in} {our|my} control",
		"nothing {we|i} {can|could} do",
	}},
	{kind: MarkValidates, phrases: []string{
		"{i|i'd|we|i would} {don't|do not|wouldn't|would not|can't|cannot} blame you", "who {wouldn't|would not} be",
		"{i'd|i would} feel the same", "i can {only|} imagine how", "{i'd|i would} be the same",
	}},
	{kind: MarkReflects, phrases: []string{
		"{so|} what {you're|you are} saying", "{so|} {you're|you are} saying", "what i'm hearing", "what i hear is",
		"{it|that} sounds like", "sounds like {you|you've|your|this|it|a|an}",
		"if i {understand|understood|heard|have understood}",
		"if i've {understood|got this|got that}",
		"{you're|you are} telling me", "you've told me", "you told me",
		"{let me|just to|i want to|i'd like to} make sure i {understand|understood|have understood|got|have}",
		"{so|just} to {confirm|check|recap|summarise|summarize} {you|your|what|that you|you've|you're|you were|you have}",
		"you mentioned", "you said {that|your|you|the|it}", "as you said",
		"i hear {you|that you|that your}", "i hear what",
		"{so|and} {you've|you have} been", "{i|i can} understand that {you|your}",
		"if i'm hearing you", "so you {were|had|'re|are|have|'ve}", "so {nobody|no one}", "so you've", "so you're", "{did i get|have i got|have i understood} {that|this|it|you} {right|correctly}",
		"correct me if i'm wrong", "am i right {that|in}",
	}},
}

// cancelTable holds phrases that contain a marker's words without its meaning.
var cancelTable = []patternGroup{
	{kind: cueCancel, cancels: MarkApology, phrases: []string{
		"no need to {apologise|apologize|be sorry}", "{won't|will not|never} regret",
		// an apology refused is none: "I'm not sorry about the fee", "I won't apologise for our policy"
		"{i'm|i am|im|we're|we are} not {|so|very|really|at all} sorry",
		"{won't|will not|don't|do not|refuse to} {apologise|apologize|say sorry}",
		"not going to {apologise|apologize|say sorry}", "nothing to {apologise|apologize|be sorry} for"}},
	{kind: cueCancel, cancels: MarkBlame, phrases: []string{
		"not the {courier's|carrier's|driver's|bank's|system's|warehouse's} {fault|mistake|error}",
		"{wasn't|isn't|not|was not|is not|never} your {fault|mistake|error|doing}",
		"{the|my|our} system {won't|doesn't|does not|will not|can't} {let|allow}"}},
	{kind: cueCancel, cancels: MarkVague, phrases: []string{"i will get back to you", "i will be in touch"}},
	{kind: cueCancel, cancels: MarkEscalation, phrases: []string{"{raised|raising} {your|the} {limit|credit limit|allowance|cap}"}},
	{kind: cueCancel, cancels: MarkHedge, phrases: []string{"{we'll|we will|i'll|i will} see about"}},
	{kind: cueCancel, cancels: MarkAcknowledgesCost, phrases: []string{
		"{we|i|what} {scratched|broke|damaged|ruined|lost|deleted|dented|stained|spoilt|spoiled|wrecked} your"}},
	// "That is on us" owns the mistake; only a cost that is on us ("the shipping is
	// on us") promises something.
	{kind: cueCancel, cancels: MarkPromise, phrases: []string{"{that|this|that one|this one} is on {us|me}"}},
	{kind: cueCancel, cancels: MarkPolicy, phrases: []string{"policy {number|holder|document|documents|renewal}"}},
	{kind: cueCancel, cancels: MarkAuthority, phrases: []string{"little {i|we} can do"}}, // "there's little we can do" disowns power
	{kind: cueCancel, cancels: MarkJargon, phrases: []string{"browser cache"}},
	{kind: cueCancel, cancels: MarkChoices, phrases: []string{"{options|option} {menu|button|tab|page}",
		"{delivery|payment|shipping|postage|privacy|account|settings} {options|option}"}},
}

// listeningTable holds what the agent asks for, and the words that make a sentence a request.
var listeningTable = []patternGroup{
	{kind: cueRequest, phrases: []string{
		"please", "could you", "can you", "would you", "could i", "can i", "may i", "will you",
		"send me", "send over", "send us", "confirm", "provide", "share", "tell me", "let me know",
		"i'll need", "i will need", "i need", "we need", "i'd need", "what's", "what is",
		"do you have", "reply with",
	}},
	{kind: MarkAsksInfo, detail: "order number", check: needsRequest, phrases: []string{
		"{order|order's|purchase} {number|no|id|reference|ref}"}},
	{kind: MarkAsksInfo, detail: "email", check: needsRequest, phrases: []string{
		"{your|the|an|which|what|best|correct} {email|e mail|email address}", "email address"}},
	{kind: MarkAsksInfo, detail: "account", check: needsRequest, phrases: []string{
		"account {number|id|name|details|username|email}", "{username|user name|login}",
		"which {workspace|account|site|domain|team|plan|profile}"}},
	{kind: MarkAsksInfo, detail: "transaction", check: needsRequest, phrases: []string{
		"{which|what} {of these|of the|of those} {transactions|payments|charges|orders|items}",
		"{transaction|payment|charge} {id|reference|date|amount}"}},
	{kind: MarkAsksInfo, detail: "address", check: needsRequest, phrases: []string{
		"{delivery|shipping|postal|billing|home|street} address", "{your|the} address", "{postcode|zip|zip code|postal code}"}},
	{kind: MarkAsksInfo, detail: "date", check: needsRequest, phrases: []string{
		"{the|what} date", "date of {the|your|purchase|birth|the order}", "when {did|was|were} you", "what time"}},
	{kind: MarkAsksInfo, detail: "phone number", check: needsRequest, phrases: []string{
		"{phone|mobile|telephone|contact|cell} number"}},
	{kind: MarkAsksInfo, detail: "tracking number", check: needsRequest, phrases: []string{
		"tracking {number|code|id|link}"}},
	{kind: MarkAsksInfo, detail: "reference number", check: needsRequest, phrases: []string{
		"{reference|ticket|case|booking|invoice|transaction|confirmation|serial|policy|membership|claim|registration|reg|" +
			"licence|license|meter|customer|member|loyalty|property|tenancy|contract} {number|no|id|code|reference}",
		"booking reference", "invoice", "{the|your} reference"}},
	{kind: MarkAsksInfo, detail: "card", check: needsRequest, phrases: []string{
		"last four digits", "last 4 digits", "card {number|ending|details}"}},
	{kind: MarkAsksInfo, detail: "name", check: needsRequest, phrases: []string{
		"{your|the} {full|account holder's|first|last} name", "name on the {account|order|card|booking}"}},
	{kind: MarkAsksInfo, detail: "screenshot", check: needsRequest, phrases: []string{
		"{screenshot|screenshots|photo|photos|picture|pictures|photograph|screen shot|receipt|receipts}"}},
	{kind: MarkAsksInfo, detail: "device", check: needsRequest, phrases: []string{
		"{device|model|browser|operating system|app version|router} {you're|you are|are you|model|version|name}",
		"what {device|browser|model|version}"}},
	{kind: MarkAsksInfo, detail: "error message", check: needsRequest, phrases: []string{
		"{the|exact} error {message|code|you see|you saw}", "what error"}},
}
