package scoring

// Internal cue kinds: the trie finds them like markers, but Analyze only uses
// them as context and never reports them.
const (
	cueRequest MarkerKind = "cue:request" // the sentence asks the customer for something
	cueTime    MarkerKind = "cue:time"    // a word worth handing to the date parser
	cueFuture  MarkerKind = "cue:future"  // the sentence speaks of what will happen
	// cueCancel rows name phrases that look like a marker but are not one ("no
	// need to apologise", "policy number"); they remove the overlapping marker.
	cueCancel MarkerKind = "cue:cancel"
	// cueExcuse rows name phrases that turn a third party's act into an excuse
	// ("that's why", "not us"); clause rules read them (see clauseRules).
	cueExcuse MarkerKind = "cue:excuse"
	// cueOwning rows ("there's no excuse") mark a sentence that owns a failure,
	// so a plain past in it tells what went wrong.
	cueOwning MarkerKind = "cue:owning"
)

// wordLists are the named lists patterns refer to with @name. Verb lists hold the
// remedies and steps an agent takes in a service recovery.
var wordLists = map[string]string{
	// Subjects that speak for the agent or the company in the first person.
	"ihave": "i've|i have|ive|we've|we have|i’ve",
	"iam":   "i'm|i am|im|we're|we are",
	"iwill": "i'll|i will|ill|we'll|we will",
	"ican":  "i can|we can",

	// Past participles of remedial steps: "I've refunded".
	"pp": "refunded|issued|sent|resent|escalated|credited|applied|processed|cancelled|canceled|" +
		"reversed|booked|rebooked|arranged|ordered|reordered|reshipped|shipped|dispatched|restored|" +
		"reset|fixed|updated|added|raised|logged|upgraded|waived|removed|reactivated|reinstated|" +
		"unlocked|corrected|replaced|scheduled|expedited|submitted|created|opened|filed|emailed|" +
		"placed|started|initiated|voided|extended|switched|moved|changed|adjusted|recovered|paused|" +
		"stopped|refunding|put|approved|released|authorised|authorized|repaired|rolled|migrated|" +
		"blocked|frozen|flagged|marked|upgraded|swapped|posted|couriered|requested|booked|set|" +
		"asked|contacted|called|informed|instructed|told|assigned|transferred|passed|handed",

	// Present participles: "I'm issuing".
	"ing": "refunding|issuing|sending|resending|escalating|crediting|applying|processing|" +
		"cancelling|canceling|reversing|booking|rebooking|arranging|ordering|reordering|reshipping|" +
		"shipping|dispatching|restoring|resetting|fixing|updating|adding|raising|logging|upgrading|" +
		"waiving|removing|reactivating|reinstating|unlocking|correcting|replacing|scheduling|" +
		"expediting|submitting|creating|opening|filing|emailing|placing|starting|initiating|" +
		"voiding|extending|switching|adjusting|recovering|pausing|stopping|putting|approving|" +
		"releasing|authorising|authorizing|repairing|rolling|swapping|posting|requesting|setting|" +
		"transferring|passing|handing|assigning|contacting|calling",

	// Base forms: "I can refund".
	"verb": "refund|issue|send|resend|credit|apply|process|cancel|reverse|book|rebook|arrange|" +
		"order|reorder|reship|ship|dispatch|restore|reset|fix|update|add|raise|upgrade|waive|" +
		"remove|reactivate|reinstate|unlock|correct|replace|schedule|expedite|submit|create|open|" +
		"place|start|void|extend|switch|adjust|recover|pause|stop|put|approve|release|authorise|" +
		"authorize|repair|swap|post|comp|cover|sort|compensate|give|offer|escalate|arrange|honour|honor|match|" +
		"reimburse|pay|transfer|move|change|upgrade|do",

	// Irregular past participles of steps: "I've sent", "I've found".
	"irregular": "found|done|made|given|paid|put|set|sent|taken|brought|built|rebuilt|held|kept",
	"amount":    "dollars|dollar|usd|euros|euro|eur|pounds|pound|gbp|bucks",
	"unit":      "minutes|minute|mins|min|hours|hour|hrs|hr|days|day|weeks|week|fortnight",
	"numword":   "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve",
	// The hours of a clock, said in words: "a" counts a day ("in a day"), but "at a" is no hour.
	"hourword": "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve",
	"bignum":   "fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety",
	"weekday":  "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
	"month": "january|february|march|april|june|july|august|september|october|november|" +
		"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec",
}
