package scoring

import (
	"slices"
	"testing"
)

// A turn typed without apostrophes runs "is" on to the noun before it:
// "ur modems on old firmware" is "ur modem's on old firmware". The word is
// read with its "'s" wherever nothing but "is" or "has" could follow it;
// a plural with a verb of its own, a turn typed with apostrophes, and a
// plural that is a verb's object keep their s.
func TestBareIsReadAsTheNounWithIs(t *testing.T) {
	checkKeys(t, []keyWant{
		{"ur modems on old firmware, thats why it drops", "modems", "modem's"},
		{"your printers probably too far from the hub", "printers", "printer's"},
		{"that gift vouchers already been used by someone else", "vouchers", "voucher's"},
		{"sounds like your firewalls blocking our emails", "firewalls", "firewall's"},
		{"the suppliers the one who sent the wrong part", "suppliers", "supplier's"},
		{"the landlords responsibility, not ours", "landlords", "landlord's"},
		{"the groomers fault not ours", "groomers", "groomer's"},
		// plurals: a verb of their own, an object, a writer who types apostrophes
		{"your modems on the shelf were never sent", "modems", "modems"},
		{"the cables in your loft need replacing", "cables", "cables"},
		{"we checked the printers on your account", "printers", "printers"},
		{"were the kids on the tablet when it happened", "kids", "kids"},
		{"your kids been pressing buttons on it", "kids", "kids"},
		{"the problems with the app are fixed now", "problems", "problems"},
		{"Your modems on old firmware, that's why it drops", "modems", "modems"},
		{"your consumer units too old to take the load", "units", "unit's"},
		{"the apps fine, its that older phone of yours", "apps", "app's"},
	})
}

// Read with its "is", a noun typed without the apostrophe says what it says
// with one: blame where the customer's kit or another party is the trouble,
// a step where someone we sent is on the way.
func TestBareIsReadings(t *testing.T) {
	checkReadings(t, []reading{
		{text: "ur modems on old firmware, thats why it keeps dropping", has: blame},
		{text: "sounds like your firewalls blocking our emails", has: blame},
		{text: "the suppliers the one who sent the wrong part, we just fit them", has: blame},
		{text: "your modems on the shelf are brand new", hasNot: blame},
		{text: "the locksmiths on his way now and hes got your number", has: step},
	})
}

// Contractions of "they", "he", "that" and the words for someone and
// nothing, typed without their apostrophes, are read as the contraction:
// "theyve lost it" is "they've lost it", "nothings wrong" is "nothing's
// wrong", and a clause holding them reads as it does with the apostrophe.
func TestMoreTypedContractions(t *testing.T) {
	az := new(analyzer)
	az.readPhrases("theyve lost it and hes sure nothings wrong at our end, thatll be the depot")
	for i, want := range map[int]string{0: "they've", 3: "and", 4: "he's", 6: "nothing's", 11: "that'll"} {
		if got := az.tok.key(az.tok.toks[i]); got != want {
			t.Errorf("token %d: key %q, want %q", i, got, want)
		}
	}
	for _, pair := range [][2]string{
		{"the couriers saying theyve lost it, nothing we can do", "the courier's saying they've lost it, nothing we can do"},
		{"shouldve kept the receipt, nothings changed on our side", "should've kept the receipt, nothing's changed on our side"},
		{"hes the one who cancelled it, not us", "he's the one who cancelled it, not us"},
	} {
		typed, apostrophes := markerKinds(Analyze(pair[0])), markerKinds(Analyze(pair[1]))
		if !slices.Equal(typed, apostrophes) {
			t.Errorf("%q reads %v; with its apostrophes, %v", pair[0], typed, apostrophes)
		}
	}
}

// "were", "id", "wed", "ill" and "well", typed without an apostrophe where
// a subject and its verb start, are "we're", "I'd", "we'd", "I'll" and
// "we'll": "as far as were concerned", "id say", "well send someone". As a
// subject's verb, a noun, talk set off by a comma or a question's verb,
// they keep their own reading.
func TestBareContractions(t *testing.T) {
	checkKeys(t, []keyWant{
		{"as far as were concerned it was delivered", "were", "we're"},
		{"so were stuck till the part comes in", "were", "we're"},
		{"id say the adaptor is the problem", "id", "i'd"},
		{"id imagine the kids pressed it", "id", "i'd"},
		{"ill ring the depot now", "ill", "i'll"},
		{"well send an engineer tomorrow", "well", "we'll"},
		{"wed have fixed it by now if the part had come", "wed", "we'd"},
		{"the parcels were late", "were", "were"},
		{"were you in when the driver called", "were", "were"},
		{"your id expired last month", "id", "id"},
		{"Well, the courier lost it", "Well", "well"},
		{"you might as well send it back", "well", "well"},
		{"he was ill for a week", "ill", "ill"},
		{"as far as we're concerned, were done", "were", "were"},
	})
	checkReadings(t, []reading{
		{text: "id be fuming too if the shop did that to me", has: validate},
		{text: "the courier scanned it at your door, so as far as were concerned it arrived", has: blame},
	})
}

// "its" before what no noun of its could be is "it's": "its in the terms
// you ticked", "its them you need to chase", "its been delivered". Before
// a noun it owns, it stays "its".
func TestItsBeforeWhatItIs(t *testing.T) {
	checkKeys(t, []keyWant{
		{"its in the terms you agreed to", "its", "it's"},
		{"its them you need to chase", "its", "it's"},
		{"its been delivered to your safe place", "its", "it's"},
		{"its printed on the back of the ticket", "its", "it's"},
		{"its your router, not our line", "its", "it's"},
		{"its that older phone of yours", "its", "it's"},
		{"the charger came with its own lead", "its", "its"},
		{"the parcel lost its label in transit", "its", "its"},
	})
	checkReadings(t, []reading{
		{text: "its in the welcome pack we sent you, page 6: the warranty ends after a year", has: blame},
		{text: "Its the card issuer blocking it, nothings wrong our end", has: blame},
	})
}

// A party's word typed without its apostrophe, before a noun that is no
// verb, is the party's: "the vets records", "the insurers surveyor"; so is
// a word spelled "-ys", which no plural is ("the ticket agencys app"). A
// plural before its verb, or before a word that is no thing of it, stays.
func TestBarePossessiveOfAParty(t *testing.T) {
	checkKeys(t, []keyWant{
		{"the vets records show the limp goes back a year", "vets", "vet's"},
		{"the insurers surveyor valued it, not us", "insurers", "insurer's"},
		{"thats down to the ticket agencys app, not us", "agencys", "agency's"},
		{"the couriers deliver after six on fridays", "couriers", "couriers"},
		{"the builders next door cut the cable", "builders", "builders"},
		{"kids jumping on the bed will do that", "kids", "kids"},
	})
	checkReadings(t, []reading{
		{text: "the surgerys system lost the referral, we only pass them on", has: blame},
	})
}

// keyWant is the key a test expects the word of text to be read with.
type keyWant struct{ text, word, key string }

// checkKeys reads each text up to its clauses and checks the key of the
// token typed as word.
func checkKeys(t *testing.T, cases []keyWant) {
	t.Helper()
	for _, tc := range cases {
		az := analyzerPool.Get().(*analyzer)
		az.readPhrases(tc.text)
		got := ""
		for _, tok := range az.tok.toks {
			if tc.text[tok.start:tok.end] == tc.word {
				got = az.tok.key(tok)
			}
		}
		analyzerPool.Put(az)
		if got != tc.key {
			t.Errorf("%q: %q keyed %q; want %q", tc.text, tc.word, got, tc.key)
		}
	}
}
