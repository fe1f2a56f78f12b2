package sim

// HangUpFrustration is the frustration at which the customer leaves, however
// much patience is left. Screens read it from here so a meter shows the rule the
// simulator applies.
const HangUpFrustration = hangUpFrustration

// Leaving is how close the customer is to hanging up, by each of the two rules
// decideEnding applies: frustration reaching HangUpFrustration, or patience (the
// agent replies left) running out. Whichever comes first ends the session.
type Leaving struct {
	// FrustrationLimit is HangUpFrustration; FrustrationToGo is how far the
	// current frustration is from it (0 means the customer leaves now).
	FrustrationLimit, FrustrationToGo int
	// RepliesLeft is how many more agent replies the customer will wait for.
	RepliesLeft int
}

// Leaving reports how close this state is to the customer hanging up.
func (s State) Leaving() Leaving {
	return Leaving{
		FrustrationLimit: HangUpFrustration,
		FrustrationToGo:  max(0, HangUpFrustration-s.Frustration),
		RepliesLeft:      max(0, s.Patience),
	}
}
