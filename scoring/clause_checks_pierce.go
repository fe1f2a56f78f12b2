package scoring

// Going through a line with a tool: "your builder drilled straight through
// the alarm cable", "we cut through your water pipe". Drilling or cutting
// through a wall or a floor is how a cable or a pipe is run; through the
// cable or the pipe itself, it is the damage.

// throughALine reports "through" after c's verb (an intensifier between, as
// in "straight through", aside) and, within a few words after it, a line a
// home's services run along: "through the alarm cable", "through your
// mains water pipe".
func (az *analyzer) throughALine(c *clause) bool {
	toks := az.tok.toks
	at := az.pastIntensifier(c.comp, c.hi)
	if at >= c.hi || toks[at].id != idThrough {
		return false
	}
	for j := at + 1; j < c.hi && j <= at+4; j++ {
		if lineNouns.has(toks[j].id) {
			return true
		}
		if toks[j].pause {
			return false
		}
	}
	return false
}

// lineNouns are the lines a home's services run along.
var lineNouns = idSetOf(lineNounsList)

const lineNounsList = "cable cables pipe pipes pipework wire wires wiring line lines main mains duct hose"
