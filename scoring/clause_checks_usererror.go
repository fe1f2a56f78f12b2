package scoring

// "User error, tbh", "that was operator error": the one who uses the thing
// named as the one who erred. The customer is the user; a fault noun after
// the word for them puts the fault on their side, said alone or after be.

// userErrorIn reports a word for the one using a thing right before a
// fault noun in c: "user error", "operator error", "customer error".
func (az *analyzer) userErrorIn(c *clause) bool {
	if c.neg || c.question || c.cond || c.verb >= 0 && !userWords.has(az.tok.toks[c.verb].id) {
		return false // said alone or after be: "user error", "that was user error"; "User" opening a fragment may be read as its verb
	}
	toks := az.tok.toks
	for i := c.lo; i+1 < c.hi; i++ {
		if userWords.has(toks[i].id) && az.lexAt(i+1)&lxFaultNoun != 0 {
			return true
		}
	}
	return false
}

// userWords name the one who uses a thing, or buys it.
var userWords = idSetOf(userWordsList)

const userWordsList = "user operator customer"
