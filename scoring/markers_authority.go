package scoring

// authorityTable holds the phrases of the authority-clarity dimension: saying what
// the agent can do, hedging, and hiding behind policy.
var authorityTable = []patternGroup{
	{kind: MarkAuthority, check: notHedged | notNegated | takesAmount, phrases: []string{
		"@ican {|personally|definitely|absolutely|certainly|also|easily|either} @verb",
		"{i'm|i am|im} {able|authorised|authorized|empowered|allowed|cleared|permitted} to",
		"{i|i've|i do} {have|got} the {authority|power|ability|sign off}",
		"{it's|it is|that's|that is} within my {authority|power|remit|limit}",
		"i can do {that|this|it} {|for you} {|right} now",
		"i can {take care of|sort out|handle|authorise|approve|sign off} {that|this|it}",
		"{i'm|i am} {in a position|able} to",
		"{i|i'll} {don't|do not} need to {ask|check with} anyone",
		"{i|i've|i do} {have|got} {full|} {authority|permission|clearance|sign off|sign-off} to",

		"{no need|without needing} to {escalate|transfer|ask}",
	}},
	{kind: MarkAuthority, phrases: []string{
		"{don't|do not} need {anyone's|any|a manager's|my manager's|a supervisor's} {sign off|approval|permission|authorisation|authorization}",
		"{no|without} {sign off|approval|permission} needed",
	}},
	{kind: MarkHedge, phrases: []string{
		"{i'll|i will|we'll|we will|let me} see what {i|we} can do", "see if {i|we} can",
		"{maybe|perhaps|possibly|hopefully|probably}",
		"{i'm|i am} not {sure|certain} {|if|whether|that} {i|we} can",
		"{i'm|i am} not {sure|certain}",
		"{i'll|i will|we'll|we will|i can|we can|let me} {try|attempt}",
		"{might|may} be able", "{should|could} be able to",
		"{i|we} {think|believe|hope} {i|we} {can|could|might|should}",
		"{i|we} hope", "{can't|cannot|can not} {promise|guarantee}", "no {guarantees|promises}",
		"{i'll|i will} do my best", "fingers crossed", "{it|that} depends", "we'll see",
		"with {any|a bit of|a little} luck", "all being well", "touch wood", "by the {look|looks} of {it|things}",
		"{not sure|no idea} {if|whether|when|how}", "in theory", "{i|we} might",
		"{it|this|that|there} {may|might|could} {be|already|not|still}", "depends on",
		"{might|may|could} {not be|be|take|already|need}", "{can't|cannot} say {exactly|for sure|for certain}",
		"{can't|cannot} be {certain|sure}",
		"{i'll|i will} {ask|check} if", "{let me|i'll} {check|see} if {i|we} {can|are allowed|am allowed}",
	}},
	{kind: MarkPolicy, phrases: []string{
		"{our|the|company|store|bank} policy", "{our|the} * terms {don't|do not|say|only|state|won't}",
		"{terms|policy|policies|rules} {don't|doesn't|do not|does not|won't} cover",
		"{our|the|company} {refund|returns|return|cancellation|booking|usage|fair use} {policy|policies}",
		"not covered by {our|the}", "{policy|policies} {says|states|doesn't|does not|won't|prevents|only}",
		"{against|outside|outside of} {our|the|company} {policy|policies|rules|terms|guidelines}",
		"against policy", "{i'm|i am|im|we're|we are} not {allowed|permitted|authorised|authorized|able} to",
		"{our|the} {terms|terms and conditions|t cs|guidelines|procedures|procedure|rules}",
		"{terms and conditions|terms of service|t cs|fine print}", "{my|our} hands are tied",
		"{there's|there is} {nothing|not much|not a lot|little|nothing more|nothing else|not much more} {i|we} can do",
		"the system {won't|doesn't|does not|will not} {let|allow} {me|us}",
		"i don't make the rules", "{not|isn't|is not} something we {offer|do|can do}",
		"{i|we} {can't|cannot|can not} {make an exception|make exceptions|go against}",
		"{unfortunately|sadly} {our|the} {terms|policy|rules}",
		"for {security|legal|compliance|data protection} reasons", "rules are rules", "{it's|that's|it is|that is} {policy|company policy}",
		"{don't|do not} have {the|} permission", "not in a position to", "{we|i} {don't|do not} do {refunds|exceptions|credits|that}",
		"{my|our} system {won't|doesn't|does not|will not|can't} {let|allow}", "{we|i} only keep",
		"{that's|it's|that is|it is} {just|} the {regulations|rules|rule}", "{it's|that's} a system rule",
	}},
}

// riskTable holds what costs points whatever the dimension: scripted filler,
// jargon, and text aimed at the grader rather than the customer.
var riskTable = []patternGroup{
	{kind: MarkFiller, phrases: []string{
		"we value your {business|custom|loyalty}", "valued customer",
		"{sorry|apologise|apologize|apologies} for any inconvenience",
		"{for|about} any inconvenience {caused|this may have caused|this has caused|this may cause}",
		"any inconvenience {caused|this may have caused|this has caused|this may cause}",
		"your call is important", "{thank you|thanks} for your {patience|understanding|cooperation}",
		"{we|i} appreciate your {patience|understanding|cooperation|loyalty|custom|business}",
		"{thank you|thanks} for {bringing this to our attention|reaching out|contacting|getting in touch|your feedback}",
		"{i|we} understand your frustration", "{i|we} understand how frustrating",
		"is there anything else {i|we} can", "{have a|enjoy your} {great|nice|lovely|wonderful} day",
		"your satisfaction is", "customer satisfaction is our", "we strive to",
		"{thank you|thanks} for being {a|such a|our}", "is important to us",
		"{please|kindly} bear with {us|me}", "we apologise for the inconvenience", "we apologize for the inconvenience",
		"rest assured", "i completely understand", "i totally understand",
	}},
	{kind: MarkJargon, phrases: []string{
		"{http|https|error|status} #", "sla", "sla breach", "{l1|l2|l3|tier 2|tier 3|t2|t3}", "{backend|back end|frontend}",
		"{cache|caching} {invalidation|issue|layer|flush}", "cache", "rma", "sku", "api", "{db|database} {issue|error|migration|outage|lock}",
		"payload", "webhook", "dns", "cdn", "{schema|database|data} {migration|change}",
		"{sqlite|mysql|postgres|redis|kafka|kubernetes|k8s|docker|elasticsearch}", "{heuristic|heuristics|pipeline}", "{p1|p2|p3|sev1|sev2|sev 1|sev 2}", "{incident|ticket} {escalated|priority}",
		"jira", "hotfix", "rollback", "{upstream|downstream} {service|dependency|provider}", "{oms|crm|erp|wms}",
		"{race condition|null pointer|timeout exception|stack trace|500 error|5xx|4xx}", "root cause analysis", "rca",
		"{deploy|deployment} {pipeline|window|freeze}", "{auth|oauth|sso} token", "token {expired|refresh}",
	}},
	{kind: MarkInjection, phrases: []string{
		"ignore {|all} {|the|your|any|previous|prior|above} {previous|prior|above|earlier} {instructions|instruction|prompts|rules}",
		"ignore {|all} {your|the} instructions", "disregard {|all} {|the|your|previous|prior|above} {instructions|rules|rubric|prompt}",
		"{score|rate|grade|mark} {this|me|it|the agent|this conversation|this reply|this response} {#|a #|as #|full marks|highly|perfect|top|maximum|max}",
		"{give|award} {me|this|the agent} {#|a #|full marks|a perfect score|maximum points|top marks}",
		"{as|dear|to|attention} the {grader|evaluator|judge|scorer|reviewer}", "{grader|evaluator|scoring model|scorer} {should|must|note|please}",
		"you are now {a|an|the|my}", "rate me", "{full marks|perfect score|maximum score|top score|100 100|10 10|100 out of 100}",
		"{new|updated|system} {instructions|instruction|prompt}", "{the|this} rubric",
	}},
}

// allTables lists every table the trie is built from.
func allTables() []patternGroup {
	var all []patternGroup
	for _, t := range [][]patternGroup{empathyTable, cancelTable, listeningTable, actionTable, timeTable, authorityTable, riskTable} {
		all = append(all, t...)
	}
	return all
}
