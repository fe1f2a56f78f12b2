package scoring

// actionTable holds the phrases of the action-speed dimension: steps taken now,
// promises, follow-up, escalation, vagueness, and choices offered.
var actionTable = []patternGroup{
	{kind: MarkConcreteAction, check: takesAmount, phrases: []string{
		"@ihave {|just|already|now|also|gone ahead and|just gone ahead and} {@pp|%ed|@irregular}",
		"@iam {|now|just|already|also} {@ing|%ing}",
		"{i|we} {just|have just} @pp",
		"{i|we} {went ahead and} @pp",
		"{i'm|i am|we're|we are} going to @verb {it|that|this|the|your|you|a|an} * {now|right now|right away|immediately|straight away}",
		"{i'll|i will|we'll} @verb {it|that|this|the|your|you|a|an} * {now|right now|right away|immediately|straight away}",
		"{i'll|i will|we'll|i'm|i am} {do|doing} {it|that|this} {now|right now|right away|immediately|straight away}",
		"{it's|it is|that's|that is|this is} {done|sorted|fixed|refunded|processed|on its way|been refunded|been processed|been sent}",
		"{the|your} {refund|credit|replacement|voucher|reimbursement|money} {has|have} been {issued|processed|sent|applied|approved|added}",
		"{here's|here is} {your|a|the} {refund|credit|voucher|code|tracking|replacement|discount}",
		"consider it {done|sorted}",
		"let me {do|process|issue|fix|sort|put|apply|send} {that|this|it|the|a|your} * {now|right now|right away|for you}",
	}},
	{kind: MarkPromise, check: takesAmount | notHedged, phrases: []string{
		"{i'll|i will|we'll|we will} {personally|} make sure", "i promise", "we promise",
		"{you will|you'll|you'll definitely|you will definitely} {get|receive|have|see|be refunded|be credited|be reimbursed}",
		"{i|we} guarantee",
		"{i'll|i will|we'll|we will} {refund|credit|reimburse|replace|cover|pay|send you|give you|get you|waive|honour|" +
			"honor|match|compensate|ship|deliver|dispatch|post|reship|restore|reinstate|book|rebook|arrange|upgrade}",
		"{you|you'll} {won't|will not} {be charged|be billed|be out of pocket|pay}",
		"{you'll|you will} {also|still|definitely|then|now} {get|receive|have|see}",
		"will be {ready|refunded|credited|restored|delivered|back|there|with you|in your inbox|on your|replaced|" +
			"repaired|reimbursed|covered|waived|removed}",
		"{won't|will not} {affect|show on|count against|cost you}", "{is|will be} {free|on us|free of charge|at no cost}",
		"will {come off|go out|reach you|arrive|visit|be ready}",
		"{it|the refund|your refund|the replacement|the credit|your order|the package|your package|the money} will {arrive|be there|reach you|land|show|appear|be back}",
		"{i'll|i will} {personally|} {ensure|see to it}", "{i'm|i am} committed to",
		"{it'll|it will|they'll|they will|that'll|that will} {reach|arrive|land|show up|be with you|be delivered|be back|be on|come off}",
		"{you'll|you will} be able to", "will be {fully|} {restored|delivered|credited|refunded|back}",
		"{is|are} going out", "{won't|will not} regret",
	}},
	{kind: MarkFollowUp, phrases: []string{
		"{i'll|i will|we'll|we will} {|personally} {follow up|check in|check back|update you|keep you updated|keep you posted|let you know|confirm|touch base}",
		"{i'll|i will} {|personally} {get back to you|be in touch|reach out}",
		"{i'll|i will|we'll|we will} {email|call|ring|phone|message|text|contact|write to} you",
		"{follow up|follow-up|check in} with you", "call you back", "get back to you personally",
		"{i'll|i will} {|personally} {keep an eye on|watch|monitor|track} {it|this|the|your}",
		"{i'll|i will} send you {a|an} {confirmation|update|email}",
		"you'll hear from me", "you will hear from me",
	}},
	{kind: MarkEscalation, phrases: []string{
		"@iam {escalating|handing|passing|transferring|referring|raising|forwarding} {this|it|you|your case|your complaint|your claim|your request|the case|the issue|the problem|the complaint}",
		"@ihave {escalated|handed|passed|transferred|referred|raised|forwarded} {this|it|you|your case|your complaint|your claim|your request|the case|the issue|the problem|the complaint}",
		"{i'll|i will|we'll} {escalate|hand|pass|transfer|refer|forward|raise} {this|it|you|your case|your complaint|your claim|your request|the case|the issue|the problem|the complaint}",
		"{a|an|our|the|my} * {specialist|supervisor|manager|engineer|technician|team lead|investigator|adviser|advisor|expert|colleague} will {call|contact|email|reach|get back|be in touch|ring|phone|visit}",
		"let me {hand|pass|transfer|escalate|refer} {this|it|you}",
		"{i'm|i am} {connecting|putting} you {with|through}",
		"escalating this to", "escalated this to", "escalated to", "@iam escalating", "@ihave escalated",
	}},
	{kind: MarkVague, check: noTimeInSentence, phrases: []string{
		"{we'll|we will|i'll|i will|they'll|they will|someone will|the team will} {look into|investigate|see about|check on|sort} {it|this|that|the}",
		"{someone|somebody|a colleague|the team|they|one of our team} will {get back to you|be in touch|contact you|reach out|call you}",
		"{we'll|we will} {get back to you|be in touch|contact you|reach out}",
		"{we're|we are|they're|they are|the team is|i'm|i am} {working on|looking into|investigating} {it|this|that|the issue|the problem}",
		"{as soon as possible|asap|in due course|at some point|sometime|some time soon}",
		"{team|engineers|department|colleagues|specialists} will {look into|investigate|get back to you|be in touch|contact you|reach out|check}",
		"{team|engineers|department} {are|is} {|currently} {working on|looking into|investigating}",
		"someone * will {get back to you|be in touch|contact you|reach out|call you|look at|look into|check}",
		"{we'll|we will|i'll|i will} see about", "sort something out", "will be in contact",
		"{fixed|sorted|resolved|back|done} soon", "to look into {it|this|that}",
		"{we'll|we will} look at {it|this|that|what}",
		"will get back to you", "will be in touch", "{eventually|at some stage|in the near future|when we can|when possible|down the line}",
		"be in touch {regarding|about}",
		"{it's|it is} being {looked into|investigated|worked on|handled}",
		"{we'll|we will} {do|try} {our|what} {best|we can}",
		"{it|this} will be {sorted|resolved|fixed|handled|dealt with}",
		"{we're|we are|they're|they are|i'm|i am|engineers are|team is|team are|engineers're} on it", "somehow",
	}},
	{kind: MarkChoices, check: notNegated, phrases: []string{"{option|options|alternatively}"}},
	{kind: MarkChoices, phrases: []string{
		"{you can|you could|you're welcome to|you are welcome to} {choose|pick|decide|select|have}",
		"which {would work|works|suits|would suit|one would|do you prefer|would you prefer}",
		"either * or", "would you {prefer|rather|like} * or",
		"{which|what} would you {prefer|rather}", "which would you like", "{whichever|whatever suits}",
		"{would|will|does|could} * {work|suit} or", "{you can|you could} * or",
		"which * {fit|fits|suit|suits|work|works} * {better|best}",
		"{your|the} choice", "up to you", "{if|or if} you'd {prefer|rather}", "{if|or if} you {prefer|would prefer}",
		"{or|otherwise} {i|we} {can|could}", "{two|three|a few|couple of} {ways|choices}",
		"{do|would} you {want|prefer} * or",
		"{it's|that's|it is|that is|entirely|totally|really} your call", "you {choose|decide|pick}", "{whichever|whatever} {helps|works|suits|you prefer|you'd prefer}",
	}},
}

// timeTable holds the time phrases the date parser does not know, and the cue
// words that make a sentence worth handing to it. The parser's deadline rule wants
// a number straight after "within"/"in" and knows no "business days", no "24h" or
// "48 hrs" abbreviations and no "end of day"; these rows fill exactly those gaps.
var timeTable = []patternGroup{
	{kind: MarkTimeCommitment, detail: "business days", check: notPast, phrases: []string{
		"{within|in} {|the next} {#|two|three|four|five|ten} {|to #} {business|working} days",
		"# {|to} # {business|working|} days", "{#|two|three|four|five} {business|working} days",
		"{the|your} next {business|working} day", "{next|the next} {business|working} day",
	}},
	{kind: MarkTimeCommitment, detail: "within a deadline", check: notPast, phrases: []string{
		"{within|in} the {next|coming} {#|@numword|few|couple of} {minutes|hours|days|hrs|mins|weeks}",
		"{within|in} {about|around|roughly|approximately|under|less than|no more than} {#|@numword|a few|half an|half a|a couple of} @unit",
		"{within|in} {|about|around|the next|the coming} @bignum {minutes|mins|hours}",
		"{within|in} the {next|coming} half {hour|an hour}",
		"{within|in} {the next|the coming|a} fortnight",
		"{within|in} the {hour|next hour|day|next day|week|next week}",
		"{within|in} {a few|a couple of|a couple} {minutes|hours|days|hrs|mins|weeks}",
		"{within|in} # {h|hrs|hr|mins|min}", "{within|in} {24h|48h|72h|12h|2h|1h|4h|6h|8h|24hrs|48hrs|72hrs|24hr|48hr}",
	}},
	{kind: MarkTimeCommitment, detail: "end of day", check: notPast, phrases: []string{
		"{by|before} {|the} end of {|the} {day|today|business|working day|business day}",
		"{by|before} {eod|cob|close of business|close of play|end of play}", "end of day {today|tomorrow}",
	}},
	{kind: MarkTimeCommitment, detail: "end of month", check: notPast, phrases: []string{
		"{by|before|until|at} {|the} end of {|the|this|next} month"}},
	{kind: MarkTimeCommitment, detail: "end of week", check: notPast, phrases: []string{
		"{by|before} {|the} end of {|the|this|next} week", "{later|early|earlier} this week",
		"{by|before} {this|the} weekend", "{this|next} week", "this side of the weekend", "this side of @weekday",
		"first thing {|tomorrow|in the morning|on @weekday|@weekday}", "overnight",
	}},
	{kind: MarkTimeCommitment, detail: "every", phrases: []string{"every {#|few|couple of} @unit"}},
	{kind: MarkTimeCommitment, detail: "clock", check: notPast, phrases: []string{
		"{at|until|till|by|before} {@numword|#} {o'clock|sharp|on the dot}", "{at|} half past {@numword|#}",
		"{at|} {a|} quarter {past|to} {@numword|#}", "{by|before} midnight",
		"{by|before|at} lunchtime",
	}},
	{kind: MarkTimeCommitment, detail: "clock", check: notPast | notCounting, phrases: []string{"at @hourword"}},
	{kind: cueFuture, phrases: []string{
		"will", "shall", "going to", "gonna", "should", "expect", "by", "within", "before", "until",
		"i'll", "we'll", "you'll", "it'll", "they'll", "that'll", "ill", "won't", "let's",
		// a schedule said in the present: "the engineer is booked for Tuesday"
		"{is|are} due", "{is|are|'s} scheduled", "{is|are|'s} {rescheduled|rebooked|confirmed} for", "{is|are|'s} booked for", "{is|are|'s} coming", "commit to",
		"{booked|rebooked} {on|onto|in|into|for}", "{slot|window|appointment|visit} is", "{been|now} {booked|scheduled|rebooked|rescheduled}",
		// a step the agent can take now: "I can put the money back today"
		"@ican @verb", "authority to @verb", "able to @verb",
		"your * {arrives|starts|begins|comes back|goes live|kicks in|lands}",
	}},
	// Time cues: where the date parser is worth running, and which of its rules.
	// Detail names a family in timeParsers.
	{kind: cueTime, detail: "weekday", phrases: []string{"{@weekday|mon|tue|wed|thu|thur|fri}"}},
	{kind: cueTime, detail: "casual", phrases: []string{
		"{tomorrow|today|tonight|tmr|morning|afternoon|evening|noon|midday}"}},
	{kind: cueTime, detail: "clock", phrases: []string{"# {am|pm|a m|p m|o'clock}"}},
	{kind: cueTime, detail: "deadline", phrases: []string{
		"{within|in} {#|@numword|a few|half an|half a} @unit"}},
	{kind: cueTime, detail: "month", phrases: []string{"@month"}},
}
