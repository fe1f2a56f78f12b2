package scoring

// feltSubject reports a subject that can be felt as bad: the situation as a
// pronoun ("that's rotten", "it's awful"), or a time or an experience ("your
// week has been awful", "the whole thing is a nightmare"). A bad word said
// of an object judges the object, not what the customer went through: "the
// signal in your area is poor", "the floorboards were rotten".
func (az *analyzer) feltSubject(c *clause) bool {
	lo, hi := c.subjectSpan()
	if hi <= lo {
		return true // "what a rotten start" has no subject; exclaims bad reads it
	}
	if az.lexAt(lo)&lxThing != 0 {
		return true
	}
	return az.anyIn(lo, hi, feltNouns)
}

// feltNouns name what the customer lives through, which a bad word judges
// as a feeling does: a stretch of time, a turn of events.
var feltNouns = idSetOf(feltNounsList)

const feltNounsList = "time times week weeks day days morning afternoon evening night weekend month months year " +
	"fortnight timing luck start end experience situation news wait journey trip holiday process ordeal " +
	"position spot thing things business run"
