package scoring

// Markers read from clauses. Each row of clauseRules is a predicate over one
// clause (see clause.go): who acts, when, in which voice, negated or not, on
// which verb, with which words after it. A row that adds finds a marker the
// phrase tables cannot list in every wording ("your refund has gone through");
// a row that vetoes removes a marker the phrase tables found in a clause that
// does not mean it ("refunds normally take 5 working days" is policy, not a
// time commitment). Verb lists hold base forms (lemmas): "refund" covers
// "refunded", "is refunding", "has been refunded".

// actors is a set of actor values.
type actors uint8

// aspects is a set of aspect values.
type aspects uint16

func anyOf(as ...actor) actors {
	var s actors
	for _, a := range as {
		s |= 1 << a
	}
	return s
}

func tenses(as ...aspect) aspects {
	var s aspects
	for _, a := range as {
		s |= 1 << a
	}
	return s
}

// Common sets, named as a trainer would say them.
var (
	us, you, anyone = anyOf(actAgent), anyOf(actCustomer), actors(0)
	things          = anyOf(actThing)
	others          = anyOf(actThird)
	customers       = anyOf(actCustomers)
	doneOrNow       = tenses(aspDone, aspNow)
	done            = tenses(aspDone)
	future          = tenses(aspWill)
	notFuture       = tenses(aspNone, aspDone, aspNow, aspCould, aspWould, aspMust, aspHabit, aspState, aspPresent)
	notDone         = tenses(aspNone, aspNow, aspWill, aspCould, aspWould, aspMust, aspHabit, aspState, aspPresent)
	habit           = tenses(aspHabit)
	anyTime         = aspects(0)
)

// voice is the shape of a clause's verb.
type voice uint8

const (
	anyVoice voice = iota
	active         // a main verb, not passive
	passive        // be or get with a participle
	copula         // be is the main verb: "that's on us"
)

// tri is a yes/no condition that may be left open.
type tri uint8

const (
	either tri = iota
	yes
	no
)

// effect is what a matching row does.
type effect uint8

const (
	adds   effect = iota // adds a marker over the clause
	vetoes               // removes a marker of the kind found in the clause
)

// clauseRule is one row of clauseRules.
type clauseRule struct {
	kind   MarkerKind
	effect effect
	name   string // what the row recognises, in a trainer's words
	who    actors // 0: anyone (or no one)
	when   aspects
	voice  voice
	neg    tri
	verbs  string // a list in clauseVerbs the main verb's lemma must be in; "" for any
	except string // a list in clauseVerbs the lemma must not be in
	words  string // a check in clauseWords the clause must pass; "" for none
	cond   tri    // an "if"/"unless" clause
	// generic asks for (yes) or rules out (no) a subject in general: "refunds", "customers".
	generic tri
	// inQuestion lets an add row fire in a question ("Shall I refund it or credit it?");
	// inWhen in a clause of when ("mistakes happen when people rush").
	inQuestion, inWhen bool
	// inCond lets an add row fire in an "if" clause ("if you'd entered the right postcode").
	inCond bool
}

// clauseRules is the table. Rows that add never fire in a question, a
// condition or a clause of when ("once it has gone through"); veto rows say
// for themselves.
var clauseRules = []clauseRule{
	// Completed steps, in any voice or tense.
	// A plain past by "we" or "our system" usually tells the failure ("we cancelled
	// your subscription"); a plain past passive tells history ("a refund was issued
	// on the 2nd"). A step reported done is perfect, present, or "I" in person.
	{kind: MarkConcreteAction, name: "we did the step", who: us, when: doneOrNow, voice: active, neg: no, verbs: "step", words: "reported step"},
	{kind: MarkConcreteAction, name: "the step has been done", who: things | you, when: doneOrNow, voice: passive, neg: no, verbs: "step", words: "reported step", generic: no},
	{kind: MarkConcreteAction, name: "it has now been done, whatever the verb", who: things | others, when: done, voice: passive, neg: no, except: "failures", words: "perfect, done right", generic: no},
	{kind: MarkConcreteAction, name: "someone has now done it for you", who: things | others, when: done, voice: active, neg: no, verbs: "step", except: "failures", words: "perfect, done right, not your side", generic: no},
	{kind: MarkConcreteAction, name: "it is done, said as a state", who: things, voice: copula, neg: no, words: "done state"},
	{kind: MarkConcreteAction, name: "on its way, said alone", who: things, when: tenses(aspNone), words: "underway"},
	{kind: MarkConcreteAction, name: "our engineer has been booked", who: us, when: doneOrNow, voice: passive, neg: no, verbs: "step", words: "named staff, reported step"},
	{kind: MarkConcreteAction, name: "it has gone through or is on its way", who: things | others, when: tenses(aspDone, aspNow, aspState), neg: no, words: "underway", generic: no},
	{kind: MarkConcreteAction, name: "it is running now", who: things, when: tenses(aspNow), voice: active, neg: no, verbs: "running", words: "not running late"},
	{kind: MarkConcreteAction, name: "done", words: "done alone"},
	{kind: MarkConcreteAction, name: "refund processed", who: things, when: done, voice: active, neg: no, verbs: "step", words: "headline"},
	{kind: MarkConcreteAction, name: "it has arrived", who: things, when: done, voice: active, neg: no, verbs: "arrival", words: "perfect"},
	{kind: MarkConcreteAction, effect: vetoes, name: "what we usually do", when: habit},
	{kind: MarkConcreteAction, effect: vetoes, name: "not done, or nothing done", neg: yes},
	{kind: MarkConcreteAction, effect: vetoes, name: "many of the same, as a record", who: us, words: "many of the same"},
	{kind: MarkConcreteAction, effect: vetoes, name: "a service counted against you", words: "counted against you"},
	{kind: MarkConcreteAction, effect: vetoes, name: "only if", cond: yes},
	{kind: MarkConcreteAction, effect: vetoes, name: "only maybe", words: "hedged"},
	{kind: MarkConcreteAction, effect: vetoes, name: "what we could have done", who: us, when: tenses(aspCould, aspWould, aspMust)},
	{kind: MarkConcreteAction, effect: vetoes, name: "asked with a tag", words: "asked with a tag"},
	{kind: MarkConcreteAction, effect: vetoes, name: "done from the customer's side", words: "done from your side"},
	{kind: MarkConcreteAction, effect: vetoes, name: "we did our part, insisted", who: us, when: done, neg: no, words: "we did our part"},
	{kind: MarkConcreteAction, effect: vetoes, name: "an act on the record gone wrong", who: things, when: done, voice: passive, words: "unowned act on record"},
	{kind: MarkConcreteAction, effect: vetoes, name: "a step in a frame that takes it back", words: "frame denies the step"},
	{kind: MarkConcreteAction, effect: vetoes, name: "what we did was the mistake", who: us, when: doneOrNow, words: "made what we own"},
	{kind: MarkConcreteAction, effect: vetoes, name: "it went fine for others", who: others | customers, words: "works for others"},
	{kind: MarkConcreteAction, effect: vetoes, name: "a penalty their slip brought", who: things, when: done, voice: passive, words: "penalty after their slip"},

	// Time: a commitment only when the company commits to it.
	{kind: MarkTimeCommitment, name: "before the customer's moment, by our promise", inWhen: true, words: "event deadline"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "a policy window or habit", when: habit},
	{kind: MarkTimeCommitment, effect: vetoes, name: "a rule's window, said in the present", who: things, when: tenses(aspPresent), verbs: "rule window"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "what a rule requires", who: things, when: tenses(aspPresent, aspHabit), words: "rule subject"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "many of the same, as a record", who: us, words: "many of the same"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "a service counted against you", words: "counted against you"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "opening hours", words: "opening hours"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "the customer's own plans", who: you | customers, when: notFuture, words: "not our deadline"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "the customer's own plans", who: you, when: future, verbs: "customer plans", words: "not our deadline"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "the customer's own event", words: "customer's event"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "the customer's choice, set against another", words: "chose this, not that"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "a duty handed to the customer", who: things, voice: copula, neg: no, words: "on you"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "a duty handed to the customer", words: "holder's duty"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "a date that is only a fact", who: things, when: tenses(aspState), voice: copula, words: "your own thing"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "only a try", verbs: "try"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "a window we can only act in", who: us, words: "can only"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "how long it takes", who: things, when: tenses(aspPresent, aspHabit), verbs: "lasts"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "what was meant to happen", words: "was meant to"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "only a guess", words: "guessed sentence"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "one of the choices offered", words: "offered as a choice"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "only maybe", when: tenses(aspCould), words: "may, not can"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "only maybe", words: "hedged"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "only if", cond: yes},
	{kind: MarkTimeCommitment, effect: vetoes, name: "a time already past", when: done, words: "told in the past"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "what they will have had by now", who: you, words: "will have had it"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "what we need to hear by then", who: us, when: tenses(aspMust), verbs: "hear from you"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "what must be done within a window", who: things, when: tenses(aspMust), voice: passive, neg: no, words: "not done by us"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "what things of a kind must do within a window", who: things, when: tenses(aspMust), voice: active, neg: no, words: "a kind, not ours"},
	{kind: MarkTimeCommitment, effect: vetoes, name: "a time in a frame that takes it back", words: "frame denies the step"},

	// Blame: the customer as the one who erred, a passive that implies them, a third party.
	{kind: MarkBlame, name: "you did not do your part", who: you, when: done, voice: active, neg: yes, verbs: "duty", words: "not yet"},
	{kind: MarkBlame, name: "you slipped", who: you, when: done, neg: no, verbs: "slip", words: "a slip, not a drop-off"},
	{kind: MarkBlame, name: "you chose wrong", who: you, when: tenses(aspDone, aspNow), voice: active, verbs: "duty", words: "wrong one"},
	{kind: MarkBlame, name: "you went to the wrong place", who: you, when: done, voice: active, neg: no, verbs: "goes to", words: "to the wrong place"},
	{kind: MarkBlame, name: "you did your part in the wrong place", who: you, when: tenses(aspDone, aspNow), voice: active, neg: no, verbs: "duty", words: "to the wrong place"},
	{kind: MarkBlame, name: "you must have", who: you, when: tenses(aspMust), neg: no, words: "guessed, not had to", except: "not blame"},
	{kind: MarkBlame, name: "you must be using the wrong one", who: you, when: tenses(aspMust), neg: no, words: "guessed now, the wrong one", except: "not blame"},
	{kind: MarkBlame, name: "your own things must have", who: things, when: tenses(aspMust), words: "your own thing guessed"},
	{kind: MarkBlame, name: "customers often slip", who: customers, verbs: "slip", inWhen: true},
	{kind: MarkBlame, name: "you did it without checking", who: you, when: done, voice: active, neg: no, words: "done carelessly"},
	{kind: MarkBlame, name: "it's common for customers to slip", who: things, neg: no, words: "common for customers"},
	{kind: MarkBlame, name: "you left it until late", who: you | customers, when: tenses(aspDone, aspHabit), neg: no, verbs: "put off", words: "left until late"},
	{kind: MarkBlame, name: "people do it, then wonder why", who: customers | others, when: tenses(aspHabit), words: "then wonder why"},
	{kind: MarkBlame, name: "customers often skip their part", who: customers, neg: yes, verbs: "duty", inWhen: true},
	{kind: MarkBlame, name: "customers often choose wrong", who: customers, verbs: "duty", words: "wrong one", inWhen: true},
	{kind: MarkBlame, name: "it was not done, and we do not say by whom", who: things, when: done, voice: passive, neg: yes, verbs: "duty", words: "not by us"},
	{kind: MarkBlame, name: "it wasn't made ready before we came", who: things, when: done, voice: passive, neg: yes, words: "not ready when we came"},
	{kind: MarkBlame, name: "the wrong one was given", who: things, voice: passive, verbs: "duty", except: "billing", words: "wrong, not by us"},
	{kind: MarkBlame, name: "it was done by you", voice: passive, except: "receive", words: "by you"},
	{kind: MarkBlame, name: "it was done by them", voice: passive, verbs: "third-party failure", words: "by them"},
	{kind: MarkBlame, name: "they didn't do it right", voice: passive, neg: yes, words: "not done right by them"},
	{kind: MarkBlame, name: "they did it, and it went wrong", voice: passive, neg: no, words: "by them, trouble"},
	{kind: MarkBlame, name: "what you gave us was wrong, said alone", who: anyOf(actNone), words: "wrong input alone"},
	{kind: MarkBlame, name: "what the customer gave was wrong", who: things, voice: copula, neg: no, words: "input wrong"},
	{kind: MarkBlame, name: "what the customer gave had run out", who: things, when: done, voice: active, neg: no, words: "input lapsed"},
	{kind: MarkBlame, name: "a third party erred", who: others, when: doneOrNow, voice: active, neg: no, verbs: "third-party failure", words: "erred, not handed over"},
	{kind: MarkBlame, name: "someone else went through a line", who: others | you, when: done, voice: active, neg: no, verbs: "pierce", words: "through a line"},
	{kind: MarkBlame, name: "a third party got lost or held up", who: others, when: done, voice: passive, neg: no, verbs: "third-party failure", words: "lost or held up"},
	{kind: MarkBlame, name: "a named party erred", who: things, when: doneOrNow, voice: active, neg: no, verbs: "third-party failure", words: "named subject"},
	{kind: MarkBlame, name: "done wrong by a third party, in passing", neg: either, words: "failed by them"},
	{kind: MarkBlame, name: "a third party's thing erred", who: things, when: doneOrNow, voice: active, neg: no, verbs: "third-party failure", words: "their thing"},
	{kind: MarkBlame, name: "a third party did it, and that's why", who: others, words: "excuse"},
	{kind: MarkBlame, name: "you did it, and that's why", who: you | customers, when: tenses(aspDone, aspNow), words: "excuse"},
	{kind: MarkBlame, name: "it is what went wrong", who: things | others, words: "is what did it"},
	{kind: MarkBlame, name: "that's just how they are", who: things, neg: no, words: "just how they are"},
	{kind: MarkBlame, name: "they never did it", who: others | you, when: done, neg: yes, verbs: "duty", words: "never"},
	{kind: MarkBlame, name: "you were warned", who: you, when: done, voice: passive, neg: no, words: "warned"},
	{kind: MarkBlame, name: "we told you so", who: us, when: done, voice: active, neg: no, verbs: "told you", words: "we told you a fact"},
	{kind: MarkBlame, name: "we were never told", who: us, when: done, voice: passive, neg: yes, verbs: "let us know", words: "not told, as a company"},
	{kind: MarkBlame, name: "nobody told us", when: done, voice: active, neg: yes, verbs: "let us know", words: "nobody told us"},
	{kind: MarkBlame, name: "signed for as received in good order", when: done, neg: no, verbs: "agreed", words: "signed as received"},
	{kind: MarkBlame, name: "it was them that did it", neg: no, words: "cleft names them"},
	{kind: MarkBlame, name: "as I've said twice already", neg: no, words: "said before, again"},
	{kind: MarkBlame, name: "the reminders reached you", who: you | things, when: done, neg: no, words: "reminders reached you"},
	{kind: MarkBlame, name: "you accepted the terms", who: you, when: done, voice: active, neg: no, verbs: "agreed", words: "rule after"},
	{kind: MarkBlame, name: "no reply came from you", when: done, neg: either, verbs: "receive", words: "no reply from them"},
	{kind: MarkBlame, name: "the terms were accepted", who: things, when: done, voice: passive, neg: no, verbs: "agreed", words: "terms accepted"},
	{kind: MarkBlame, name: "you approved the work before it was made", who: you | others, when: done, voice: active, neg: no, verbs: "agreed", words: "approved the work"},
	{kind: MarkBlame, name: "the fault is yours, or theirs", neg: no, words: "fault is yours"},
	{kind: MarkBlame, name: "your failure to", words: "your failing"},
	{kind: MarkBlame, name: "it came from someone else", when: notFuture, words: "cause on others"},
	{kind: MarkBlame, name: "because of something on their side", words: "because theirs"},
	{kind: MarkBlame, name: "a trouble, because of something not ours", who: things | others | customers | you, words: "trouble, outside cause"},
	{kind: MarkBlame, name: "it's in what you were given", who: things, neg: no, words: "points at their document"},
	{kind: MarkBlame, name: "it was all there for you", who: things, neg: no, words: "all there for you"},
	{kind: MarkBlame, name: "what you were given was clear", who: things, neg: no, words: "given was clear"},
	{kind: MarkBlame, name: "because it's what you gave us", neg: no, words: "reason is their input"},
	{kind: MarkBlame, name: "we did what you gave us", who: us, when: done, neg: no, words: "followed their input"},
	{kind: MarkBlame, name: "it was done from what you gave us", who: things, when: done, voice: passive, neg: no, words: "done from their input"},
	{kind: MarkBlame, name: "that's what we did, as you gave it", neg: no, voice: copula, words: "did as you gave it"},
	{kind: MarkBlame, name: "we did it with the very figure you gave", who: us, when: done, neg: no, words: "echoed your detail"},
	{kind: MarkBlame, name: "it was chosen on your order", who: things | others, when: done, voice: passive, neg: no, words: "chosen on the order"},
	{kind: MarkBlame, name: "what we offered was turned down", who: things, when: done, voice: passive, neg: no, words: "our offer declined"},
	{kind: MarkBlame, name: "it was your choice", when: done, voice: copula, neg: no, words: "was your choice"},
	{kind: MarkBlame, name: "what you told us turned out otherwise", neg: no, words: "told us otherwise"},
	{kind: MarkBlame, name: "a trouble, from an act that names no one", who: things, when: done, words: "trouble from an act"},
	{kind: MarkBlame, name: "what went before would explain the trouble", who: things | customers | others, words: "explains the trouble"},
	{kind: MarkBlame, name: "a fault in something not ours, and the trouble it brought", who: things | others | customers, when: tenses(aspDone, aspState, aspNow), neg: either, words: "outside fault led to"},
	{kind: MarkBlame, name: "the trouble is explained by your side or theirs", words: "reason on others"},
	{kind: MarkBlame, name: "its age explains the trouble", who: things, neg: no, words: "reason, its age"},
	{kind: MarkBlame, name: "upkeep left undone that the rules require", who: things, voice: passive, neg: yes, words: "upkeep the rules require"},
	{kind: MarkBlame, name: "their payment bounced, and the trouble followed", who: things, when: done, voice: active, neg: no, verbs: "goes wrong", words: "reason, bounced"},
	{kind: MarkBlame, name: "the trouble is explained by what only your side does", voice: passive, verbs: "your acts", words: "reason, your act"},
	{kind: MarkBlame, name: "the trouble is explained by an act nobody is named for", voice: passive, words: "reason, done by nobody"},
	{kind: MarkBlame, name: "the trouble is explained by what you gave us", words: "reason, given"},
	{kind: MarkBlame, name: "the trouble is explained by a detail off by a digit", who: things, voice: copula, neg: no, words: "reason, detail off by"},
	{kind: MarkBlame, name: "the trouble is explained by upkeep not done", voice: passive, neg: yes, words: "reason, upkeep undone"},
	{kind: MarkBlame, name: "the trouble is explained by what you sent going wrong", words: "reason, what you sent"},
	{kind: MarkBlame, name: "by the time you got to it, it had gone wrong", who: you, inWhen: true, words: "reason on others"},
	{kind: MarkBlame, name: "it was done from your own device or side", words: "done from your side", inWhen: true},
	{kind: MarkBlame, name: "your side's act, on the record or done amiss", who: things, when: done, voice: passive, verbs: "your acts", words: "your act on record"},
	{kind: MarkBlame, name: "an act nobody is named for, on the record, gone wrong", who: things, when: done, voice: passive, words: "unowned act on record"},
	{kind: MarkBlame, name: "a point made after 'with respect'", neg: either, words: "after an insinuating frame", inQuestion: true},
	{kind: MarkBlame, name: "do it differently next time", who: you | things | anyOf(actNone), neg: either, words: "advises next time"},
	{kind: MarkBlame, name: "maybe do it differently next time?", who: things | anyOf(actNone), neg: either, words: "advises next time, asked", inQuestion: true},
	{kind: MarkBlame, name: "but a third party did it", who: others, when: done, neg: no, words: "their act set against"},
	{kind: MarkBlame, name: "it was shown when you chose", who: things, when: done, voice: passive, neg: no, words: "disclosed at the time"},
	{kind: MarkBlame, name: "it went to your old detail", who: things, when: done, voice: active, neg: no, words: "sent to an old detail"},
	{kind: MarkBlame, name: "you did it with another detail", who: you | others, when: done, voice: active, neg: no, verbs: "duty", words: "used another detail"},
	{kind: MarkBlame, name: "it still held your old detail", who: things, when: notFuture, neg: no, words: "still your old detail"},
	{kind: MarkBlame, name: "you told us long after", who: you | things, when: done, neg: no, words: "reported long after"},
	{kind: MarkBlame, name: "your proof was too old", who: things, voice: copula, neg: no, words: "proof too old"},
	{kind: MarkBlame, name: "it is in another name", who: things, voice: copula, neg: no, words: "in another name"},
	{kind: MarkBlame, name: "the detail is your old one", who: things, voice: copula, neg: no, words: "detail is an old one"},
	{kind: MarkBlame, name: "it was set to your old detail", who: things, when: done, voice: passive, neg: no, verbs: "set a detail", words: "set to an old detail"},
	{kind: MarkBlame, name: "your paperwork came late or wrong", who: things, when: done, neg: no, words: "paperwork came wrong"},
	{kind: MarkBlame, name: "your paperwork came no sooner than", who: things, when: done, neg: yes, words: "paperwork not till late"},
	{kind: MarkBlame, name: "your paperwork left a part out", who: things, when: done, neg: yes, words: "paperwork left out"},
	{kind: MarkBlame, name: "done without another's consent", when: done, neg: no, words: "done without consent"},
	{kind: MarkBlame, name: "you did it again and again", who: you, when: done, voice: active, neg: no, words: "your act counted"},
	{kind: MarkBlame, name: "you did not have the document you needed", who: you, when: done, neg: either, words: "lacked the document"},
	{kind: MarkBlame, name: "your details did not match", who: things | you, neg: yes, words: "details dont match"},
	{kind: MarkBlame, name: "your paperwork was not in by the deadline", who: things, when: done, neg: yes, words: "not in by the deadline"},
	{kind: MarkBlame, name: "they did it, not us", who: others | you | things, when: done, neg: no, words: "not us after"},
	{kind: MarkBlame, name: "it sits with them, not me", neg: no, verbs: "rests with", words: "not us after"},
	{kind: MarkBlame, name: "it doesn't sit with us", neg: yes, verbs: "rests with", words: "not with us"},
	{kind: MarkBlame, name: "it is nobody's fault", words: "nobody's fault"},
	{kind: MarkBlame, name: "user error", words: "user error"},
	{kind: MarkBlame, name: "what you gave us is another one", who: things, neg: no, words: "your input is another"},
	{kind: MarkBlame, name: "another team did it, not me", who: us, when: done, voice: active, neg: no, words: "not us after"},
	{kind: MarkBlame, name: "another team did it behind our back", who: us, when: done, neg: no, words: "behind our back"},
	{kind: MarkBlame, name: "they're a separate company", neg: no, words: "a separate party"},
	{kind: MarkBlame, name: "we are only the go-between", who: us, voice: copula, neg: no, words: "only the go-between"},
	{kind: MarkBlame, name: "I'd have thought you would have", who: you | things, words: "after would have thought"},
	{kind: MarkBlame, name: "someone else did it, and it's nothing to do with me", who: us | others | things, when: done, voice: active, neg: no, words: "disowned after"},
	{kind: MarkBlame, name: "it was so already, before we came to it", who: you | things | others, when: done, neg: no, words: "already so", inQuestion: true},
	{kind: MarkBlame, name: "it happened while it was with you", who: things | anyOf(actNone), neg: no, words: "in your care"},
	{kind: MarkBlame, name: "it happened while you had it", who: things | anyOf(actNone), neg: no, words: "happened while you had it"},
	{kind: MarkBlame, name: "it went wrong after it was handed over", who: things, when: done, voice: passive, neg: no, inWhen: true, words: "went wrong before handover"},
	{kind: MarkBlame, name: "it was fine when it left us", when: done, neg: no, inWhen: true, words: "fine when it left us"},
	{kind: MarkBlame, name: "it went wrong after we handed it on", who: things, when: done, neg: no, words: "went wrong after we handed it on"},
	{kind: MarkBlame, name: "it is your own kit", who: things, voice: copula, neg: no, words: "it is your own"},
	{kind: MarkBlame, name: "what customers do, and so did you", who: customers, words: "applied to you", inWhen: true},
	{kind: MarkBlame, name: "a guess that your side or a third party did it", who: you | others | things, when: doneOrNow, voice: active, words: "guessed their act"},
	{kind: MarkBlame, name: "a guess at what was done to your thing", who: things, when: done, voice: passive, neg: no, verbs: "your acts or slips", words: "guessed done to it"},
	{kind: MarkBlame, name: "a guess that your part was left undone", who: things, when: done, voice: passive, neg: yes, verbs: "your acts or slips", words: "guessed done to it"},
	{kind: MarkBlame, name: "it must have been done to it", who: things, when: tenses(aspMust), voice: passive, neg: no, verbs: "your acts or slips", words: "supposed done to it"},
	{kind: MarkBlame, name: "had it been done", who: things, voice: passive, verbs: "duty", words: "counterfactual", inCond: true},
	{kind: MarkBlame, name: "you could have", who: you, when: tenses(aspCould), neg: no, verbs: "duty", words: "perfect"},
	{kind: MarkBlame, name: "most customers manage it", who: customers | others, neg: no, words: "others manage", inQuestion: true},
	{kind: MarkBlame, name: "customers who skip their part come to grief", who: customers, words: "others come to grief"},
	{kind: MarkBlame, name: "our side is fine", who: us | things, neg: no, words: "ours is fine"},
	{kind: MarkBlame, name: "that's fine; it's yours", who: things, voice: copula, neg: no, words: "yours after clearing"},
	{kind: MarkBlame, name: "your thing is the trouble", who: things | others, when: tenses(aspDone, aspState, aspPresent), voice: copula, neg: no, words: "your thing is bad"},
	{kind: MarkBlame, name: "your thing gets too much", who: things | others, when: tenses(aspDone, aspPresent, aspHabit), voice: active, neg: no, verbs: "becomes", words: "your thing is bad"},
	{kind: MarkBlame, name: "nobody did their part", who: others, when: done, verbs: "duty", words: "nobody"},
	{kind: MarkBlame, name: "it is their fault", words: "their fault"},
	{kind: MarkBlame, name: "that's the seller", who: things, voice: copula, neg: no, words: "it is them"},
	{kind: MarkBlame, name: "done by them, not by the one blamed", voice: passive, neg: no, words: "by them, not by"},
	{kind: MarkBlame, name: "it is at your own risk", neg: no, words: "at their own risk"},
	{kind: MarkBlame, name: "funny how it only happened after", words: "funny how it only"},
	{kind: MarkBlame, name: "what more could we have done?", words: "what more could we", inQuestion: true},
	{kind: MarkBlame, name: "the error came from them", words: "their error"},
	{kind: MarkBlame, name: "we did tell you, more than once", who: us, when: done, neg: no, words: "we did our part"},
	{kind: MarkBlame, name: "we tried more than once", when: done, neg: no, words: "tried more than once"},
	{kind: MarkBlame, name: "so it was definitely done", when: done, neg: no, words: "insisted result"},
	{kind: MarkBlame, name: "it said so at the time", who: things, when: tenses(aspDone, aspPresent, aspHabit), neg: either, words: "it said so"},
	{kind: MarkBlame, name: "our terms said so, plainly", who: us, when: tenses(aspDone, aspPresent, aspHabit), neg: no, verbs: "say", words: "it said so"},
	{kind: MarkBlame, name: "it is the holder's duty", words: "holder's duty"},
	{kind: MarkBlame, name: "it is left for the holder to do", words: "left for the holder"},
	{kind: MarkBlame, name: "it falls to you", neg: no, words: "falls to you"},
	{kind: MarkBlame, name: "something on your side must have", who: things | others, when: tenses(aspMust), neg: either, except: "not blame", words: "your side guessed now"},
	{kind: MarkBlame, name: "it works for everyone else", neg: either, words: "works for others"},
	{kind: MarkBlame, name: "it bears your signature", neg: no, words: "your signature on it"},
	{kind: MarkBlame, name: "their secret was shared", who: things, when: done, voice: passive, neg: no, words: "secret shared"},
	{kind: MarkBlame, name: "anyone would have done their part", neg: no, verbs: "duty", words: "anyone would have done it"},
	{kind: MarkBlame, name: "nobody else had the trouble", who: others | customers | things | anyOf(actNone), words: "nobody else had it"},
	{kind: MarkBlame, name: "you're the only one with the trouble", who: you | things, words: "only you had it"},
	{kind: MarkBlame, name: "it's the first such trouble we've had", who: things, neg: no, words: "first of its kind"},
	{kind: MarkBlame, name: "we've had no trouble from anyone else", who: us, words: "none from others"},
	{kind: MarkBlame, name: "others with this trouble did it", who: customers, words: "others with the problem did"},
	{kind: MarkBlame, name: "it didn't do it by itself", who: things, when: done, neg: yes, words: "not by itself"},
	{kind: MarkBlame, name: "nothing we can do about them", words: "nothing we can do about them"},
	{kind: MarkBlame, name: "they are the ones who", who: others | you | things, voice: copula, neg: no, words: "the one who"},
	{kind: MarkBlame, name: "why didn't you?", who: you | things, inQuestion: true, words: "accuses"},
	{kind: MarkBlame, name: "did you by any chance?", inQuestion: true, words: "suggests your part"},
	{kind: MarkBlame, name: "check whether you did", inQuestion: true, inCond: true, words: "checked whether"},
	{kind: MarkBlame, name: "are you still on the old one?", who: you | things, voice: copula, neg: no, inQuestion: true, words: "asked if outdated"},
	{kind: MarkBlame, name: "you did it, didn't you?", who: you | things | others, when: done, neg: no, words: "tagged guess"},
	{kind: MarkBlame, name: "they decide, not us", who: others | things, when: tenses(aspHabit, aspPresent), voice: active, neg: no, words: "they decide"},
	{kind: MarkBlame, name: "you need to stop doing it", who: you, neg: no, words: "told to stop"},
	{kind: MarkBlame, name: "again?, asked as a dig", inQuestion: true, words: "again as a dig"},
	{kind: MarkBlame, name: "were you doing it when it went wrong?", when: done, neg: no, inQuestion: true, inCond: true, words: "asked against the moment"},
	{kind: MarkBlame, name: "it is down to a third party", who: things, voice: copula, neg: no, words: "down to them"},
	{kind: MarkBlame, name: "it is down to a firm by name", who: things, voice: copula, neg: no, words: "down to a name"},
	{kind: MarkBlame, name: "it was a third party that did it", who: things, voice: copula, neg: no, words: "cleft on them"},
	{kind: MarkBlame, name: "take it up with them", who: you | anyOf(actNone), when: notDone, neg: no, verbs: "deflect", words: "with them or a name"},
	{kind: MarkBlame, name: "that's one to take up with them", who: things, voice: copula, neg: no, words: "one to take up with them"},
	{kind: MarkBlame, name: "had you done your part", who: you, verbs: "duty", words: "counterfactual", inCond: true},
	{kind: MarkBlame, name: "had people done their part", who: customers, verbs: "duty", words: "counterfactual", inCond: true},
	{kind: MarkBlame, name: "if people did their part, it would be otherwise", who: customers, verbs: "duty", words: "would if they did", inCond: true},
	{kind: MarkBlame, name: "had your side done otherwise, it would have gone right", who: you | others | things, neg: either, words: "had it gone otherwise", inCond: true},
	{kind: MarkBlame, name: "it would have been easier done otherwise", who: things, neg: either, inQuestion: true, words: "wiser otherwise"},
	{kind: MarkBlame, name: "you'll have been told", who: you, when: tenses(aspWill, aspWould), neg: no, words: "assumed they were told"},
	{kind: MarkBlame, name: "you did it yourself", neg: no, words: "yourself"},
	{kind: MarkBlame, name: "you let it lapse", who: you, when: tenses(aspDone, aspPresent), neg: no, words: "let it lapse"},
	{kind: MarkBlame, name: "it was your job", who: you | customers, neg: no, words: "your job"},
	{kind: MarkBlame, name: "that's on you", who: things, voice: copula, neg: no, words: "on you"},
	{kind: MarkBlame, name: "you'd have needed to", who: you, when: tenses(aspWould), neg: no, words: "had to have"},
	{kind: MarkBlame, name: "because of what you did", who: you, when: done, words: "because you did"},
	{kind: MarkBlame, name: "your own card or payment was refused", who: things, voice: passive, neg: no, words: "your thing refused"},
	{kind: MarkBlame, name: "what you gave us was wrong", who: things, words: "your input wrong"},
	{kind: MarkBlame, name: "it was done wrong, and we do not say by whom", who: things, voice: passive, neg: no, verbs: "duty", except: "billing", words: "done wrong", generic: no},
	{kind: MarkBlame, name: "customers often do it wrong", who: customers, neg: no, verbs: "duty", words: "done wrong", inWhen: true},
	{kind: MarkBlame, name: "a third party did it late or wrong", who: others, when: tenses(aspDone, aspMust), neg: no, words: "done wrong"},
	{kind: MarkBlame, name: "a third party must have erred", who: others, when: tenses(aspMust), neg: no, verbs: "third-party failure", words: "perfect"},
	{kind: MarkBlame, name: "it is not our fault", voice: copula, neg: yes, words: "our fault"},
	{kind: MarkBlame, name: "it is no defect of the product", who: things | anyOf(actNone), neg: either, words: "not a defect"},
	{kind: MarkBlame, name: "the fault is not ours", neg: yes, words: "the fault, ours"},
	{kind: MarkBlame, name: "we cannot answer for it", neg: yes, words: "disclaims responsibility"},
	{kind: MarkBlame, name: "we are unable to answer for it", neg: no, words: "refuses liability"},
	{kind: MarkBlame, name: "it is not our doing", when: notFuture, words: "denies ours"},
	{kind: MarkBlame, name: "someone of your household or staff did it", who: things | others, when: tenses(aspDone, aspNow, aspMust), neg: no, verbs: "household acts", words: "your household did it"},
	{kind: MarkBlame, name: "it was done by someone of your household", voice: passive, neg: no, words: "done by your household"},
	{kind: MarkBlame, name: "your own things or people got it wrong", who: things | others, when: tenses(aspDone, aspNow, aspPresent, aspState), words: "your side erred"},
	{kind: MarkBlame, name: "a pet did it", who: things | others, when: tenses(aspDone, aspNow), voice: active, neg: no, words: "a pet did it"},
	{kind: MarkBlame, name: "a pet has been at it", who: things | others, when: tenses(aspDone, aspState), voice: copula, neg: no, words: "a pet did it"},
	{kind: MarkBlame, name: "a third party did not do their part", who: others, when: done, neg: yes, verbs: "duty", words: "not yet"},
	{kind: MarkBlame, name: "a third party did not do it, told as fact", who: others | things, when: done, neg: yes, except: "duty", words: "their lapse told as fact"},
	{kind: MarkBlame, name: "a third party answers for it", who: others, voice: copula, neg: no, words: "responsible"},
	{kind: MarkBlame, name: "we did it as it should be done", who: us | things | others, when: done, neg: no, words: "done as it should"},
	{kind: MarkBlame, name: "the charge is genuine", who: things, when: notFuture, neg: no, words: "charge stands"},
	{kind: MarkBlame, name: "you were slow to do your part", neg: no, words: "slow to your part", inWhen: true},
	{kind: MarkBlame, name: "you chose this, not that", neg: no, words: "chose this, not that"},
	{kind: MarkBlame, name: "you keep slipping", who: you | things, neg: no, words: "keeps slipping"},
	{kind: MarkBlame, name: "you did it, so of course", who: you, when: done, voice: active, neg: no, words: "so of course"},
	{kind: MarkBlame, name: "we have no record of your part", neg: either, words: "no record of yours"},
	{kind: MarkBlame, name: "your act was past the limit, by its numbers", when: done, neg: no, words: "act past the limit"},
	{kind: MarkBlame, name: "it was handled, so the remedy is refused", neg: no, words: "handled so refused"},
	{kind: MarkBlame, name: "not done as we asked", neg: yes, words: "not done as asked"},
	{kind: MarkBlame, name: "we can only work with what we were given", who: us, neg: no, words: "only what we were given"},
	{kind: MarkBlame, name: "claims go to them, not us", who: things, neg: no, words: "matter passed on"},
	{kind: MarkBlame, name: "did you do it? then the trouble it explains", inQuestion: true, words: "asked, then the trouble"},
	{kind: MarkBlame, name: "an outside party's act, and the trouble it brought", who: others | things, when: done, voice: active, neg: no, words: "outside act brought trouble"},
	{kind: MarkBlame, name: "another party changed what you had", who: others, when: done, voice: active, neg: no, words: "they changed it"},
	{kind: MarkBlame, name: "you used more than is usual", who: you | things, neg: no, words: "used more"},
	{kind: MarkBlame, name: "it has been used hard", who: things, when: done, voice: passive, neg: no, words: "used hard"},
	{kind: MarkBlame, name: "what customers do, and the trouble it brings", who: customers | others | things, neg: either, words: "habit brings trouble", inWhen: true},
	{kind: MarkBlame, name: "a rule, and you did not do your part of it", who: you, when: done, voice: active, neg: yes, words: "skipped after a rule"},
	{kind: MarkBlame, name: "what they did held us up", who: you | customers | others | things, when: tenses(aspDone, aspPresent, aspState, aspWould), words: "theirs held us up"},
	{kind: MarkBlame, name: "what they did, set beside a refusal", who: you | customers | others | things, when: tenses(aspDone, aspPresent, aspState), neg: either, inWhen: true, words: "their act beside a refusal"},
	{kind: MarkBlame, name: "a remedy given, though it isn't ours to give", neg: yes, words: "remedy despite denial"},
	{kind: MarkBlame, name: "what they did, so the remedy is refused", who: you | others | things, when: tenses(aspDone, aspPresent), neg: either, words: "their act so refused"},
	{kind: MarkBlame, name: "not mine to change: theirs, or the system's", neg: either, words: "disowns power"},
	{kind: MarkBlame, name: "it was there in what you were given", who: things, when: tenses(aspDone, aspState), neg: no, words: "in what you got"},
	{kind: MarkBlame, name: "it came to us as you gave it", who: things, when: done, neg: no, words: "went in as"},
	{kind: MarkBlame, name: "it comes from something of theirs, not the product", who: things, neg: no, words: "cause, not the product"},
	{kind: MarkBlame, name: "it's this, not the thing you blame", who: things, voice: copula, neg: no, words: "this, not that"},
	{kind: MarkBlame, name: "it's their side's doing, not ours", who: things, voice: copula, neg: no, words: "ours set aside"},
	{kind: MarkBlame, name: "they did it, and that's not a fault", who: things, voice: copula, neg: yes, words: "fault denied after cause"},
	{kind: MarkBlame, name: "it's their fault", voice: copula, neg: no, words: "possessor's fault"},
	{kind: MarkBlame, name: "done by an outside event", who: things | others, when: done, voice: passive, neg: no, words: "by an outside event"},
	{kind: MarkBlame, name: "a third party had the trouble", who: others, when: done, voice: active, neg: no, words: "they had trouble"},
	{kind: MarkBlame, name: "your own thing was mishandled", who: things, when: done, voice: passive, neg: no, words: "your thing mishandled"},
	{kind: MarkBlame, name: "a thing was overloaded, as only its user does", who: things, when: done, voice: passive, neg: no, words: "thing overused"},
	{kind: MarkBlame, name: "your detail was left off the form", who: things, when: done, voice: passive, neg: no, words: "left off the form"},
	{kind: MarkBlame, name: "it went wrong when your side did something", who: you | others | things, when: done, neg: no, words: "trouble when you acted", inWhen: true},
	{kind: MarkBlame, name: "you did it, and this followed", who: you | things | others, when: done, voice: active, neg: no, words: "your act led to"},
	{kind: MarkBlame, name: "what your side did, told in the passive, and this followed", who: things, when: done, voice: passive, neg: no, words: "your act led to"},
	{kind: MarkBlame, name: "you were late", who: you, when: done, neg: no, words: "you were late"},
	{kind: MarkBlame, name: "you did say so", who: you, when: done, neg: no, words: "you did say"},
	{kind: MarkBlame, name: "you only did it after", who: you, when: done, neg: no, words: "you only acted after"},
	{kind: MarkBlame, name: "what we sent was refused at your end", who: things, when: done, voice: passive, neg: no, words: "refused at your end"},
	{kind: MarkBlame, name: "done against the guidance given", neg: either, words: "against the guidance", inQuestion: true},
	{kind: MarkBlame, name: "you left it so", who: you | others, when: done, voice: active, neg: no, verbs: "put off", words: "left it so"},
	{kind: MarkBlame, name: "a thing left so, its doer unnamed", who: things, when: done, voice: passive, neg: no, verbs: "put off", words: "left as theirs"},
	{kind: MarkBlame, name: "something outside did it, and this followed", who: things | others, when: done, voice: active, neg: no, words: "outside act led to"},
	{kind: MarkBlame, name: "it went to your junk folder", inQuestion: true, words: "junk folder guess"},
	{kind: MarkBlame, name: "your mail program filed our mail", inQuestion: true, words: "mail program files ours"},
	{kind: MarkBlame, name: "their system went down", who: things | others, when: done, neg: no, words: "their system down"},
	{kind: MarkBlame, name: "there was an outside event, and so the trouble", neg: no, words: "there was an outside event"},
	{kind: MarkBlame, name: "an outside event did it", who: things | others, when: done, voice: active, neg: no, words: "outside event did it"},
	{kind: MarkBlame, name: "it came back to us damaged", who: things, neg: no, words: "came back damaged"},
	{kind: MarkBlame, name: "the damage was there when it came back from you", who: things, neg: no, words: "damaged before you brought it"},
	{kind: MarkBlame, name: "it is another party's trouble, by name", who: things, voice: copula, neg: no, words: "their named trouble"},
	{kind: MarkBlame, name: "the trouble sits on another side", who: things, voice: copula, neg: no, words: "on another side"},
	{kind: MarkBlame, name: "your own kit needs upkeep", who: things | others, neg: no, words: "your kit needs upkeep"},
	{kind: MarkBlame, name: "the trouble is your own kit", who: things, voice: copula, neg: no, words: "trouble is your kit"},
	{kind: MarkBlame, name: "the trouble is what your side or theirs did", who: you | others | things, neg: either, words: "framed as the trouble"},
	{kind: MarkBlame, name: "what we sent was not taken up", who: things, when: done, voice: passive, neg: yes, words: "message not taken up"},
	{kind: MarkBlame, name: "it did not match what you gave us", who: things, neg: yes, words: "mismatch with yours"},
	{kind: MarkBlame, name: "is it possible that, on their side", inQuestion: true, words: "possible on their side"},
	{kind: MarkBlame, name: "the trouble is another party", who: things, voice: copula, neg: no, words: "trouble is them"},
	{kind: MarkBlame, name: "it was set out for you in writing", neg: no, words: "set out in writing"},
	{kind: MarkBlame, name: "as the letter we sent you said", words: "as per the document"},
	{kind: MarkBlame, name: "that only happens when someone slips", neg: either, words: "happens when slipped", inWhen: true},
	{kind: MarkBlame, name: "the item shows you used it", neg: no, words: "shows your use", inQuestion: true},
	{kind: MarkBlame, name: "we are at their mercy", neg: no, words: "at their mercy"},
	{kind: MarkBlame, name: "because of their misfortune", who: others | things, neg: no, words: "their misfortune"},
	{kind: MarkBlame, name: "the limit, and you went past it", who: you | things, when: done, neg: no, words: "past the limit"},
	{kind: MarkBlame, name: "it had closed by the time you came", when: done, neg: no, words: "closed before you came"},
	{kind: MarkBlame, name: "the few with the trouble were like you", who: others | things | customers, neg: no, inWhen: true, words: "like yours, among few"},
	{kind: MarkBlame, name: "the record puts it with you", who: things | us | others, neg: no, words: "record places it"},
	{kind: MarkBlame, name: "the third time you slipped", neg: no, words: "nth time slipped"},
	{kind: MarkBlame, name: "we've been over this before", neg: no, words: "gone over this before"},
	{kind: MarkBlame, name: "your repeats, counted against you", neg: no, inQuestion: true, words: "counted against you"},
	{kind: MarkBlame, name: "we traced it to your side", neg: no, words: "traced to yours"},
	{kind: MarkBlame, name: "we found no fault on our side", neg: either, words: "found no fault"},
	{kind: MarkBlame, name: "yours was over the limit", who: you | things, when: notFuture, voice: copula, neg: no, words: "over the limit, a state"},
	{kind: MarkBlame, name: "you went over your allowance", who: you, when: done, voice: active, neg: no, verbs: "overran", words: "over your allowance"},
	{kind: MarkBlame, name: "you were seen doing it", who: you | others | things, neg: no, words: "shown doing it"},
	{kind: MarkBlame, name: "a guess naming your thing, said alone", who: things, words: "guessed your thing alone"},
	{kind: MarkBlame, name: "a guess that it is your side, or theirs", who: things | anyOf(actNone), voice: copula, neg: no, words: "guessed yours"},
	{kind: MarkBlame, name: "so I'd look at your side", who: us, when: tenses(aspWould), neg: no, words: "look to your side"},
	{kind: MarkBlame, name: "the rule's number, and yours beside it", who: you | things, when: done, neg: no, words: "timed against the rule"},
	{kind: MarkBlame, name: "whoever it was did it", who: others, neg: no, words: "whoever did it"},
	{kind: MarkBlame, name: "they never do their part", who: others, when: tenses(aspHabit, aspPresent), neg: yes, verbs: "duty", words: "they never do their part"},
	{kind: MarkBlame, name: "it was done at your end", voice: passive, neg: no, words: "done at your end"},
	{kind: MarkBlame, name: "it went wrong at your end", who: things, voice: active, neg: no, words: "went wrong at your end"},
	{kind: MarkBlame, name: "it never does that unless it was dropped", neg: no, cond: yes, inCond: true, words: "unless mishandled"},
	{kind: MarkBlame, name: "done after it had closed", when: done, neg: no, words: "acted too late"},
	{kind: MarkBlame, name: "it went where your details said", who: us | things, when: done, neg: no, words: "sent where you said"},
	{kind: MarkBlame, name: "we can see your tries with the wrong PIN", who: us, neg: no, words: "seen wrong tries"},
	{kind: MarkBlame, name: "your slot was missed, and this followed", who: things, when: done, voice: passive, neg: no, words: "missed, then a result"},
	{kind: MarkBlame, name: "we did everything right", who: us, when: done, neg: no, words: "did everything"},
	{kind: MarkBlame, name: "I don't see how it is ours", who: us, neg: yes, words: "doubts it is ours"},
	{kind: MarkBlame, name: "we have no say over it", who: us, neg: yes, verbs: "control"},
	{kind: MarkBlame, name: "hundreds went out fine", who: us, when: tenses(aspDone, aspHabit, aspPresent), neg: no, words: "many went fine"},
	{kind: MarkBlame, name: "it was there waiting for you", who: things, neg: no, words: "waiting at your end"},
	{kind: MarkBlame, name: "it stayed as you left it", who: things, when: done, neg: no, words: "left undone by you"},
	{kind: MarkBlame, name: "it happened with them", who: things, neg: no, words: "happened with them"},
	{kind: MarkBlame, name: "your kit is old", who: things | others, voice: copula, neg: no, words: "your kit is old"},
	{kind: MarkBlame, name: "as we've told you before", words: "said before, as an aside"},
	{kind: MarkBlame, name: "it locked after their own tries", who: things, neg: no, words: "locked after their tries"},
	{kind: MarkBlame, name: "you did sign it", who: you, when: done, voice: active, neg: no, verbs: "agreed", words: "insisted or tagged"},
	{kind: MarkBlame, name: "it went wrong after it left us", who: things, when: done, voice: active, neg: no, words: "left us fine", inWhen: true},
	{kind: MarkBlame, name: "they have had it since", who: others, when: done, neg: no, words: "held since"},
	{kind: MarkBlame, name: "you missed what was yours to keep", who: you, when: done, voice: active, neg: no, words: "missed your slot"},
	{kind: MarkBlame, name: "it lapsed through their lapse", when: done, neg: no, words: "lapse given as cause"},
	{kind: MarkBlame, name: "nobody was in", neg: either, words: "nobody in"},
	{kind: MarkBlame, name: "there was no answer", neg: either, words: "no answer"},
	{kind: MarkBlame, name: "there was nowhere safe to leave it", neg: either, words: "no safe place"},
	{kind: MarkBlame, name: "you weren't in", who: you, when: done, neg: yes, words: "you weren't in"},
	{kind: MarkBlame, name: "you were out when we came", who: you, when: done, neg: no, words: "you were out"},
	{kind: MarkBlame, name: "you came at another time than was booked", who: you, when: done, neg: no, words: "came at another time"},
	{kind: MarkBlame, name: "its upkeep not done for a long time", who: things | others, when: done, neg: yes, words: "upkeep long undone"},
	{kind: MarkBlame, name: "what they did meant trouble", when: tenses(aspDone, aspPresent, aspHabit), neg: no, verbs: "means", words: "meant trouble"},
	{kind: MarkBlame, name: "the terms you accepted", neg: no, words: "terms you accepted"},
	{kind: MarkBlame, name: "you chose not to", who: you, when: done, voice: active, neg: no, words: "chose not to"},
	{kind: MarkBlame, name: "the record shows you did it", who: you, when: done, voice: active, neg: no, verbs: "your acts", words: "on record, not ours"},
	{kind: MarkBlame, name: "you had needed to do your part", who: you, neg: no, verbs: "duty", words: "obliged in past"},
	{kind: MarkBlame, name: "a guess at what they have been doing", who: you | others | things, when: tenses(aspNow), voice: active, words: "guessed, perfect"},
	{kind: MarkBlame, name: "the cause was theirs", who: things, neg: no, words: "cause is theirs"},
	{kind: MarkBlame, name: "we did what your instructions said", who: us | others, when: done, voice: active, neg: no, words: "followed your word"},
	{kind: MarkBlame, name: "it was done at your request", who: things, when: done, voice: passive, neg: no, words: "at your request"},
	{kind: MarkBlame, name: "the damage came from it", who: things, neg: no, words: "damage from"},
	{kind: MarkBlame, name: "it was always going to happen", neg: no, words: "always going to"},
	{kind: MarkBlame, name: "you were never going to get it", neg: yes, words: "never going to for you"},
	{kind: MarkBlame, name: "the record shows it reached you", who: things, when: done, neg: no, words: "shown delivered"},
	{kind: MarkBlame, name: "should have done it", who: anyOf(actNone), when: tenses(aspMust), neg: no, verbs: "duty", words: "should have, for us"},
	{kind: MarkBlame, name: "they should have done it", who: others, when: tenses(aspMust), voice: active, neg: no, words: "should have, by them"},
	{kind: MarkBlame, effect: vetoes, name: "told, and taken as ours", words: "owned in sentence"},
	{kind: MarkBlame, effect: vetoes, name: "your own account, told back", words: "recaps your account"},
	{kind: MarkBlame, effect: vetoes, name: "I can see why you missed it", words: "sees why they erred"},
	{kind: MarkBlame, effect: vetoes, name: "what your side went through", words: "your side suffered"},
	{kind: MarkBlame, effect: vetoes, name: "a cost another party charged you", words: "charged you a cost"},
	{kind: MarkBlame, effect: vetoes, name: "when it went wrong, asked", words: "moment asked about"},
	{kind: MarkBlame, effect: vetoes, name: "their part, doubted", who: you | others | things, words: "opinion denies their part"},
	{kind: MarkBlame, effect: vetoes, name: "you did it right", who: you | others, when: done, neg: no, words: "you did it right"},
	{kind: MarkBlame, effect: vetoes, name: "you did nothing wrong, said beside it", words: "cleared beside"},
	{kind: MarkBlame, effect: vetoes, name: "through no fault of your own", words: "cleared outright"},
	{kind: MarkBlame, effect: vetoes, name: "it is not your fault", neg: yes, words: "your fault"},
	{kind: MarkBlame, effect: vetoes, name: "nothing is wrong on your side", neg: yes, words: "on your side"},
	{kind: MarkBlame, effect: vetoes, name: "all is well on your side", neg: no, words: "well on your side"},
	{kind: MarkBlame, effect: vetoes, name: "we worked on our own system", who: us, when: done, voice: active, words: "we worked on our kit"},
	{kind: MarkBlame, effect: vetoes, name: "a step we took, with them as its object", who: us, when: done, voice: active, neg: no, verbs: "step", words: "them after"},
	{kind: MarkBlame, effect: vetoes, name: "it was handed over", who: others, when: done, neg: no, words: "handed over"},
	{kind: MarkBlame, effect: vetoes, name: "a party we hired", who: others, words: "party we hired"},
	{kind: MarkBlame, effect: vetoes, name: "an outside event, taken on", words: "outside event taken on"},
	{kind: MarkBlame, effect: vetoes, name: "their act told back with \"so\"", words: "told back with so"},
	{kind: MarkBlame, effect: vetoes, name: "what they did, granted", who: you, when: done, neg: no, words: "granted with though"},
	{kind: MarkBlame, effect: vetoes, name: "what they went through, heard", who: us, words: "heard as theirs"},
	{kind: MarkBlame, effect: vetoes, name: "they went, only to find the trouble", words: "tried, only to find"},
	{kind: MarkBlame, effect: vetoes, name: "theirs, but ours to sort", words: "taken on in words"},
	{kind: MarkBlame, effect: vetoes, name: "their failure told back, and taken on", who: others | things, when: done, neg: no, words: "told back and put right"},
	{kind: MarkBlame, effect: vetoes, name: "the reason given is ours", words: "our reason after"},
	{kind: MarkBlame, effect: vetoes, name: "the fault lies with something of ours", words: "fault with ours"},
	{kind: MarkBlame, effect: vetoes, name: "and we did not do our part", words: "our part undone after"},
	{kind: MarkBlame, effect: vetoes, name: "no penalty was put on you", neg: yes, words: "penalty waived"},
	{kind: MarkBlame, effect: vetoes, name: "a guess at what they went through", who: you, when: tenses(aspMust), words: "guessed experience"},
	{kind: MarkBlame, effect: vetoes, name: "what it must have been like", who: things, when: tenses(aspMust), voice: copula, words: "must have felt"},

	// Ownership, possessive and predicative, with adverbs anywhere.
	{kind: MarkOwnsMistake, name: "the fault is ours", neg: no, words: "fault is ours"},
	{kind: MarkOwnsMistake, name: "that is our fault", voice: copula, neg: no, words: "our fault"},
	{kind: MarkOwnsMistake, name: "that makes it our fault", neg: no, words: "makes it ours"},
	{kind: MarkOwnsMistake, name: "we erred", who: us, when: done, voice: active, neg: no, verbs: "our failure", words: "erred, not waived"},
	{kind: MarkOwnsMistake, name: "we went through a line", who: us, when: done, voice: active, neg: no, verbs: "pierce", words: "through a line"},
	{kind: MarkOwnsMistake, name: "we made a mistake", who: us, when: done, voice: active, neg: no, words: "made a mistake"},
	{kind: MarkOwnsMistake, name: "we did it wrong", who: us, when: doneOrNow, voice: active, neg: no, words: "done wrongly"},
	{kind: MarkOwnsMistake, name: "we did it to you, and it was wrong", who: us, when: done, voice: active, neg: no, words: "told failure"},
	{kind: MarkOwnsMistake, name: "it was done wrong by us", voice: passive, neg: no, words: "by us, wrongly"},
	{kind: MarkOwnsMistake, name: "our own thing was broken", who: us, voice: copula, neg: no, words: "wrong"},
	{kind: MarkOwnsMistake, name: "it was the wrong call", who: things, voice: copula, neg: no, words: "was the wrong one"},
	{kind: MarkOwnsMistake, name: "it should have been done", who: things, when: tenses(aspMust), voice: passive, neg: no, words: "should have, not by you"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "only if", cond: yes},
	{kind: MarkOwnsMistake, effect: vetoes, name: "what we think of another's act", who: us, neg: no, words: "our opinion only"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "our part, doubted", words: "opinion denies our fault"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "our fault, in a frame that denies it", words: "frame denies our fault"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "their own slip, made by mistake", who: you | customers, voice: active, words: "by mistake"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "what we will do", when: future},
	{kind: MarkOwnsMistake, effect: vetoes, name: "what we cannot do", who: us, when: tenses(aspCould), neg: yes},
	{kind: MarkOwnsMistake, effect: vetoes, name: "time we lost, not a thing", who: us, when: done, words: "lost time"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "a drop-off, not a drop", words: "a drop-off"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "our side is fine", words: "ours is fine"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "we did it as it should be done", words: "done as it should"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "we found no fault on our side", words: "found no fault"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "it is not ours", words: "denies ours"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "what we were handed was wrong", who: things, voice: copula, neg: no, words: "input wrong"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "another team did it, not me", who: us, words: "not us after"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "another team did it, and it's them to chase", who: us, words: "them to chase after"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "what we saw them do", who: us, words: "seen of them"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "according to our records", words: "according to"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "done by a firm we deal with", words: "by our partner"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "we did everything right", who: us, words: "did everything"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "our part, beside the fault laid elsewhere", who: us, when: done, words: "our part beside their fault"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "I don't see how it is ours", who: us, neg: yes, words: "doubts it is ours"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "asked how it could be ours", words: "asks how it could"},
	{kind: MarkOwnsMistake, effect: vetoes, name: "nothing went wrong on our side", who: things | others, neg: yes},
	{kind: MarkOwnsMistake, effect: vetoes, name: "what cannot be done on our side", when: tenses(aspCould), voice: passive, neg: yes},
	{kind: MarkOwnsMistake, effect: vetoes, name: "a step done right on our side", who: things, when: done, voice: passive, neg: no, verbs: "step", words: "done right"},

	// Validating the feeling: it makes sense, anyone would, the situation is bad.
	{kind: MarkValidates, name: "I would feel it too", who: us, when: tenses(aspWould), neg: no, words: "feeling"},
	{kind: MarkValidates, name: "I would react the same", who: us, when: tenses(aspWould), neg: no, verbs: "share the feeling"},
	{kind: MarkValidates, name: "anyone would", neg: no, words: "anyone would"},
	{kind: MarkValidates, name: "the feeling is understandable", neg: no, words: "licensed feeling"},
	{kind: MarkValidates, name: "you must feel it", who: you, when: tenses(aspMust), neg: no, words: "feeling"},
	{kind: MarkValidates, name: "that is a rotten situation", who: things, voice: copula, neg: no, words: "bad"},
	{kind: MarkValidates, name: "that must have been awful", who: things, when: tenses(aspMust), neg: no, words: "bad"},
	{kind: MarkValidates, name: "what a rotten start, how awful", words: "exclaims bad"},

	// Vague promises in any wording: a future look, check or sort-out with no time.
	{kind: MarkVague, effect: vetoes, name: "a guess at what happened", when: tenses(aspMust), words: "supposed past"},
	{kind: MarkVague, name: "we will look into it", who: us | things | others | anyOf(actNone), when: future, neg: no, verbs: "vague", words: "no time"},
	{kind: MarkVague, name: "it will be passed on and dealt with", who: things, when: future, voice: passive, neg: no, verbs: "vague", words: "no time"},
	{kind: MarkVague, name: "it is being looked into", who: things, when: tenses(aspNow), voice: passive, verbs: "vague", words: "no time"},
	{kind: MarkVague, name: "someone can have a look", who: others, when: tenses(aspCould), neg: no, verbs: "a look", words: "no time"},

	// Authority: said, not asked. "I can knock it off your bill" is authority;
	// "Is there anything else I can do?" is a stock close.
	{kind: MarkAuthority, name: "I can do the step", who: us, when: tenses(aspCould), neg: no, verbs: "step", words: "can itself"},
	{kind: MarkAuthority, effect: vetoes, name: "a question", words: "question"},
	{kind: MarkAuthority, effect: vetoes, name: "only this much", words: "limits"},
	{kind: MarkAuthority, effect: vetoes, name: "only maybe", words: "hedged"},
	{kind: MarkAuthority, effect: vetoes, name: "what we usually do", when: habit, words: "usually"},

	// Choices: this or that, offered by us or asked of the customer, not a fact asked for.
	{kind: MarkChoices, name: "we can do this or that", who: us, when: tenses(aspCould, aspWill), neg: no, words: "alternatives"},
	{kind: MarkChoices, name: "you can have this or that", who: you, when: tenses(aspCould, aspState), neg: no, words: "alternatives"},
	{kind: MarkChoices, name: "shall I, would you: this or that?", inQuestion: true, words: "asks which"},
	{kind: MarkChoices, name: "your call", words: "your call alone"},
	{kind: MarkChoices, effect: vetoes, name: "asks for a fact", verbs: "ask a fact"},
	{kind: MarkChoices, effect: vetoes, name: "the moment they chose, not a choice", words: "a clause of when"},
	{kind: MarkChoices, effect: vetoes, name: "hands you a duty, not a choice", who: things, voice: copula, neg: no, words: "on you"},
	{kind: MarkChoices, effect: vetoes, name: "a choice they made, not one offered", when: done, voice: copula, neg: no, words: "was your choice"},

	// Hiding behind policy in any wording.
	{kind: MarkPolicy, name: "the rules won't let me", neg: yes, verbs: "permit", words: "rule subject"},
	{kind: MarkPolicy, name: "the rules say no", verbs: "say", words: "rule subject, no in it"},
	{kind: MarkPolicy, name: "the rules only cover", verbs: "permit", words: "rule subject, only"},
	{kind: MarkPolicy, name: "that's the rule", who: things, voice: copula, neg: no, words: "is the rule"},
	{kind: MarkPolicy, effect: vetoes, name: "the rules give the customer something", words: "entitles"},
}
