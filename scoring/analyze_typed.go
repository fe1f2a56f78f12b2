package scoring

// typedForms are words as they are typed in a hurry, each read as the word
// it stands for: "ur" is "your", "dont" is "don't". The tokenizer gives a
// typed form the id of its word, so every phrase and clause reading that
// knows the word knows the form too ("pretty sure u typed ur email wrong"),
// without a row per spelling. "its" is left alone: it is a word in its own
// right as often as it is "it's". No typed form may stand for a word of the
// time phrases ("tmrw", "b4"): those are read from the text itself, whose
// spelling must be the word's.
var typedForms = map[string]string{
	"ur": "your", "u": "you", "uve": "you've", "u've": "you've", "u'd": "you'd", "u'll": "you'll", "u're": "you're",
	"dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't", "couldnt": "couldn't",
	"wont": "won't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "isnt": "isn't", "arent": "aren't",
	"wasnt": "wasn't", "werent": "weren't", "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't",
	"thats": "that's", "im": "i'm", "ive": "i've", "youve": "you've", "youre": "you're", "theyre": "they're",
	"weve": "we've", "theres": "there's", "whats": "what's",
	"tho": "though", "altho": "although", "pls": "please", "plz": "please",
	"youd": "you'd", "youll": "you'll", "itll": "it'll", "wouldve": "would've", "couldve": "could've",
	"theyve": "they've", "theyd": "they'd", "theyll": "they'll", "hes": "he's", "shes": "she's",
	"thatd": "that'd", "thatll": "that'll", "thisll": "this'll", "itd": "it'd", "whos": "who's",
	"wheres": "where's", "heres": "here's", "whyd": "why'd", "shouldve": "should've", "mustve": "must've",
	"mightve": "might've", "mustnt": "mustn't", "neednt": "needn't", "aint": "ain't",
	"nothings": "nothing's", "somethings": "something's", "someones": "someone's", "somebodys": "somebody's",
	"nobodys": "nobody's", "everyones": "everyone's", "anyones": "anyone's", "elses": "else's",
	"cos": "because", "coz": "because", "cuz": "because", "bc": "because", "bcos": "because", "bcoz": "because", "bcuz": "because",
	"urself": "yourself", "thru": "through", "msg": "message", "txt": "text", "alot": "lot",
}

// internTypedForms gives every typed form and its word an id, marks the
// form lxTyped in bits, and returns the table the tokenizer reads:
// alias[id of a typed form] is its word's id. It runs before the vocabulary
// is frozen, so its ids are counted in. The tokenizer tests the mark in the
// lexicon bits it loads anyway, so a plain word pays one bit test.
func internTypedForms(vocab vocabBuilder, bits map[int32]lex) map[int32]int32 {
	alias := make(map[int32]int32, len(typedForms))
	for form, word := range typedForms {
		id := vocab.intern(form)
		alias[id] = vocab.intern(word)
		bits[id] |= lxTyped
	}
	return alias
}

// typedWord returns the id, and the lexicon bits, of the word that the
// typed form with id stands for.
func typedWord(id int32) (int32, lex) {
	to := index.alias[id]
	return to, index.lex[to]
}

// aliasTable lays the alias map out by id, for one load per token.
func aliasTable(alias map[int32]int32, n int) []int32 {
	t := make([]int32, n+1)
	for from, to := range alias {
		t[from] = to
	}
	return t
}
