package scoring

import "testing"

// What the customer gave, measured against ours or the true figure and
// found off, was wrong as they gave it; measured against another of theirs,
// or against what we expected, it tells a change or our surprise.
func TestYourFigureMeasuredAgainstTheTrue(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The meter reading you sent in was higher than the one we took.", has: blame},
		{text: "The figures you gave us were lower than the real ones.", has: blame},
		{text: "The measurements you gave us were about 4cm smaller than the real opening.", has: blame},
		{text: "The reading you sent was higher than last month's.", hasNot: blame},
		{text: "The reading you sent was higher than we expected, so we've sent an engineer.", hasNot: blame},
	})
}
