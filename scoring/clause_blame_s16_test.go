package scoring

import "testing"

// Rough handling that only the owner's side gives a thing ("shoved",
// "overtightened", "soaked") is a slip, read as any slip is: after "which
// usually happens when" it lays the trouble at their door. Said of our
// own people, it is ours. Nor is damage "done" a step: "the cable's been
// kinked" reports no remedy.
func TestRoughHandlingIsASlip(t *testing.T) {
	checkReadings(t, []reading{
		{text: "The cable's been kinked behind the sofa, which usually happens when furniture gets shoved against it.", has: blame},
		{text: "The thread has stripped, which is what happens when the bolts get overtightened.", has: blame},
		{text: "Our fitter shoved the unit against the cable, and that's on us.", hasNot: blame},
		{text: "The cable's been kinked behind the sofa.", hasNot: []MarkerKind{MarkConcreteAction}},
	})
}
