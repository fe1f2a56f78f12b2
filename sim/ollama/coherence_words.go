package ollama

import "strings"

// functionWords are the words that hold English sentences together. A real
// reply has some of them in every few words; word salad has either none or
// nothing else, and puts them in orders English never does.
var functionWords = wordSet(`
a about above after again against all am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for
from further had has have having he her here hers herself him himself his how i if in
into is it its itself just me more most my myself no nor not now of off on once only or
other our ours ourselves out over own same she should so some such than that the their
theirs them themselves then there these they this those through to too under until up
very was we were what when where which while who whom why will with would you your yours
yourself yourselves yes ok okay oh well also still yet even ever never again already
anything something nothing everything someone anyone nobody everyone let must might may
shall cannot can't won't don't doesn't didn't isn't aren't wasn't weren't haven't hasn't
hadn't wouldn't shouldn't couldn't i'm i've i'll i'd you're you've you'll you'd it's
that's there's what's we're we've they're they've he's she's let's here's who's
`)

// commonWords are everyday words a customer uses, beyond the function words.
// With the scenario's own words they make the vocabulary a reply is measured
// against; a word missing from both is not wrong, only unknown, so the check
// asks for a share of known words, never all of them.
var commonWords = wordSet(`
accept account actually add address advice afraid again age ago agree ahead allow almost
alone along already alright although always amount angry annoyed another answer apology
apologise apologize appreciate arrive arrived asap ask asked assume attention available
away awful back bad bank basic bear believe better big bill billing bit birthday book
bother bought box break broke broken brother buy call called calm came card care careful
case cause certain chance change charge charged cheap check child choice choose clear
clearly close cold come company complain complaint completely confirm contact cost costs
could count couple course credit customer cut damage damaged date day days deal dear
decide delay delayed delivery deserve did difference different disappointed do done
double doubt down drive due early easy email end enough entire error especially even
evening ever every exactly expect expected explain express extra fact fail failed fair
family far fast fault fee feel feeling fine first fix fixed flat forget forgot forward
free friday friend full fun further get gift give given glad go going gone good got great
guess half hand happen happened happy hard hate hear heard help hold home honest honestly
hope hour hours idea important instead interest issue item job keep kind knew know last
late later least leave left less lesson let letter life like line list listen little
live long look looking lose lost lot love low mad make manager many matter maybe mean
means meant mess message minute minutes miss missed mistake moment monday money month
morning mother much name need needed new next nice night normal note number offer office
old once online open order ordered paid part party pay payment people person phone pick
place plan please point policy poor possible pretty price probably problem promise
promised proper properly put question quick quickly quite rather read ready real really
reason receive received refund remember reply right road run sad said saturday saw say
saying second see seem seems sell send sent serious seriously service set shipping shop
short show sick side simple since sir sit situation small sorry sort speak spend spent
start started stay step stop store story sunday supposed sure surprise take taken talk
talking tell terrible thank thanks thing things think thought three thursday time times
today told tomorrow took total tried trouble true trust try trying tuesday turn twice two
understand unless upset use used useful wait waited waiting want wanted waste wasted
watch way wednesday week weekend weeks whatever whole wife husband without woman word
words work worked working world worry worse worst worth write wrong year years yesterday
absolutely absurd actual afford agent annoying anniversary anybody anyway apparently arrive
awful backup basically behalf bother brand business cancel cancelled certainly chat chatbot
claim claimed cloud compensate compensation complete confirmation confused courier crazy
credit customer daughter deadline definitely deliver delivered delivery deposit
disappointing disgrace dispute dollar dollars due effort elsewhere else email embarrassed
entitled escalate evidence exactly excuse excuses explain fee fees footage frankly
frustrated frustrating furious gone guarantee guaranteed honest however hurry immediately
including incompetence incredible inconvenience instantly invoice joke kidding literally lie
lied loyal manager mess mind nobody nonsense obviously once overdraft overnight package
parcel patience penalty plus portal present previous priority proof receipt record
reimburse reimbursement replacement representative respect responsibility ridiculous rude
ruined sadly schedule shame sigh since somebody somehow son soon statement subscriber
supervisor support surcharge surely thrice tracking transfer transferred twenty
unacceptable unbelievable unfair unhappy urgent utterly vanished voucher warranty yet
`)

// wordSet splits a list of words into a set.
func wordSet(list string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(list) {
		set[w] = true
	}
	return set
}
