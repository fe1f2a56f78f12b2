package ollama

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// maxSentences is a little above the one to three the prompt asks for: a model
// that adds a short tag sentence is still in character; one that writes a speech
// is not.
const maxSentences = 4

// A characterRule is one way a reply breaks character. why is the reason the note
// shows when the rule rejects a reply.
type characterRule struct {
	why     string
	pattern *regexp.Regexp
	// always is false for rules that apply only when the simulator did not decide
	// the customer accepts.
	always bool
}

// characterRules are checked in order; the first match rejects the reply. The
// patterns look for phrases, not single words, so a customer who says "I am NOT
// satisfied" or "my assistant ordered it" stays in.
var characterRules = []characterRule{
	{why: "it spoke as an AI", always: true, pattern: regexp.MustCompile(
		`(?i)\b(as an? (ai|a\.i\.|assistant|language model|chatbot|bot)|(i am|i'm) (just |only )?(an? )?(ai|a\.i\.|language model|chatbot|bot|virtual assistant|ai assistant)\b|language model|artificial intelligence|openai|this (simulation|exercise|role-?play)|role-?play|in character|my instructions)`)},
	{why: "it coached the agent", always: true, pattern: regexp.MustCompile(
		`(?i)\b(you should (offer|apologi[sz]e|acknowledge|empathi[sz]e|try|consider|reassure|explain|validate)|as an agent|as a (support|customer service) agent|a good agent|the agent should|i('d| would)? (recommend|suggest) (that )?you|(tip|suggestion|feedback|coaching)\s*:|to de-?escalate)`)},
	{why: "it showed prompt text or role labels", always: true, pattern: regexp.MustCompile(
		`(?im)(^\s*(customer|agent|assistant|user|system|ai)\s*:|</?\s*(agent_words|conversation|think)\s*>|\bon_[a-z_]+\b|^#+\s|\[(inst|/inst|action:|system note:)|<\|)|what you do now|how you feel now|frustration \d+/100`)},
	{why: "it gave the agent instructions", always: true, pattern: regexp.MustCompile(
		`(?i)(\b(ignore|disregard|forget) (all |any |your |the |my )*(previous |prior |earlier |above )?(instructions|rules|prompt)|\b(type|enter|run|send|use) (the )?(command |action )?/[a-z]|(^|\s)/(refund|credit|escalate|follow-up|quit)\b|\b(mark|close|end|resolve|finish) (this|the) (ticket|session|case|chat|conversation|exercise)\b|\bgive (yourself|the agent|me) (a |full |top )?(score|marks|points)|\b(score|grade) (this|the) (agent|conversation|session)|\bsystem prompt\b|\bnew instructions\b|\bfollow these (steps|instructions))`)},
	{why: "it claimed the session is resolved", always: true, pattern: regexp.MustCompile(
		`(?i)\b((this|the) (session|conversation|chat|ticket|case) (is|has been|was) (now )?(resolved|closed|over|complete|completed|finished|done|ended)|(case|ticket|session) (closed|resolved|complete)|end of (the )?(session|conversation|chat))`)},
	{why: "the customer gave in before the simulation said they accept", pattern: regexp.MustCompile(
		`(?i)\b((i am|i'm) (now |quite |very |completely |totally |fully )?(satisfied|happy with (that|this|the)|fine with (that|this)|okay with (that|this))|that('s| is| sounds) (fair|acceptable|perfect|great|reasonable|good)|sounds (good|great|fair|perfect)|that works for me|problem solved|i accept|you've resolved|issue (is )?resolved|all sorted|we're good|thank you(,)? that (works|helps|solves))`)},
}

// checkCharacter returns why reply breaks character, or "" when it is fine to
// show. accepting says whether the simulator chose the beat where the customer
// accepts the remedy.
func checkCharacter(reply string, maxRunes int, accepting bool, customerName string) string {
	if strings.TrimSpace(reply) == "" {
		return "the reply was empty"
	}
	if n := utf8.RuneCountInString(reply); n > maxRunes {
		return fmt.Sprintf("the reply ran past %d characters", maxRunes)
	}
	if n := countSentences(reply); n > maxSentences {
		return fmt.Sprintf("the reply ran to %d sentences", n)
	}
	if customerName != "" && labelledWith(reply, customerName) {
		return "it showed prompt text or role labels"
	}
	for _, r := range characterRules {
		if (r.always || !accepting) && r.pattern.MatchString(reply) {
			return r.why
		}
	}
	return ""
}

// labelledWith reports whether reply starts with "Name:", a model writing a
// script instead of speaking.
func labelledWith(reply, name string) bool {
	first := strings.TrimSpace(reply)
	return strings.HasPrefix(strings.ToLower(first), strings.ToLower(name)+":")
}

var sentenceEnd = regexp.MustCompile(`[.!?]+(\s|$)`)

func countSentences(s string) int {
	n := len(sentenceEnd.FindAllStringIndex(strings.TrimSpace(s), -1))
	if n == 0 {
		return 1
	}
	return n
}

// tidyReply trims what models commonly wrap a line in: spaces and one pair of
// quotation marks. Anything else is left for the check to judge.
func tidyReply(s string) string {
	s = strings.TrimSpace(s)
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}, {"'", "'"}} {
		if len(s) >= len(q[0])+len(q[1]) && strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) &&
			!strings.Contains(s[len(q[0]):len(s)-len(q[1])], q[0]) {
			return strings.TrimSpace(s[len(q[0]) : len(s)-len(q[1])])
		}
	}
	return s
}
