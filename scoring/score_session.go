package scoring

import (
	"slices"

	"github.com/turnaround-app/turnaround/scenarios"
)

// session is everything the detectors need about one transcript, computed once:
// each agent turn is analysed a single time however many rules look at it.
type session struct {
	t  Transcript
	sc *scenarios.Scenario
	// an holds the analysis of each agent turn, indexed like t.Turns.
	an []Analysis
	// agent lists the indexes of the agent turns, in order.
	agent []int
	// ordinal is each turn's 1-based position among agent turns (0 for customers).
	ordinal []int
	// untrusted marks turns the anti-gaming rules flag; positive rules skip them.
	untrusted []bool
	// firstStep is the turn of the first concrete action or commitment, or -1;
	// stepQuote holds its words.
	firstStep int
	stepQuote string
	remedy    remedyResult
	// ending is the ending of record (see ending.go).
	ending string
	// claims holds, per turn, the words of a remedy claimed but not performed ("" for none).
	claims []string
	// actions caches each action turn's quoted text (see actionText).
	actions map[int]string
	// hits is the detectors' shared scratch buffer (see hitBuf).
	hits []hit
	// wordCounts is scratch space for the keyword-stuffing detector.
	wordCounts map[uint64]int
}

// analyseAgentTurns analyses each agent turn once; customer turns stay empty.
func analyseAgentTurns(t Transcript) []Analysis {
	an := make([]Analysis, len(t.Turns))
	for i, turn := range t.Turns {
		if turn.Role == RoleAgent {
			an[i] = AnalyzeTurn(turn)
		}
	}
	return an
}

// newSession derives the facts every detector shares from the transcript and
// its analyses (indexed like t.Turns).
func newSession(t Transcript, sc *scenarios.Scenario, an []Analysis) *session {
	n := len(t.Turns)
	s := &session{
		t: t, sc: sc, an: an,
		agent:     make([]int, 0, n),
		ordinal:   make([]int, n),
		untrusted: make([]bool, n),
		firstStep: -1,
	}
	for i, turn := range t.Turns {
		if turn.Role == RoleAgent {
			s.agent = append(s.agent, i)
			s.ordinal[i] = len(s.agent)
		}
	}
	s.remedy = assessRemedy(t, sc)
	s.ending = ending(t, s.remedy)
	s.findUnbackedClaims()
	s.markUntrusted()
	s.findFirstStep()
	return s
}

// markUntrusted flags turns whose words are gaming the grader.
func (s *session) markUntrusted() {
	for _, d := range []func(*session) []hit{detectKeywordStuffing, detectCopyPastedTurn, detectGraderInstruction} {
		hits := d(s)
		for _, h := range hits {
			s.untrusted[h.turn] = true
		}
		s.recycle(hits)
	}
}

// stepKinds are the markers that count as a concrete action or commitment.
var stepKinds = []MarkerKind{MarkConcreteAction, MarkTimeCommitment, MarkPromise, MarkEscalation}

// findFirstStep finds the first trusted agent turn with a concrete action or commitment.
func (s *session) findFirstStep() {
	for _, i := range s.agent {
		if s.untrusted[i] {
			continue
		}
		if a := s.t.Turns[i].Action; a != nil && a.Kind != "explain" && s.withinAuthority(i) {
			s.firstStep, s.stepQuote = i, s.actionText(i)
			return
		}
		for _, m := range s.an[i].Markers {
			// A promise the card cannot keep is not a step, nor is a remedy claimed
			// but not performed; both are penalised instead.
			if m.Kind == MarkConcreteAction && s.claims[i] != "" {
				continue
			}
			if containsKind(stepKinds, m.Kind) && !(m.Kind == MarkPromise && promiseBeyondCard(m, s.sc)) {
				s.firstStep, s.stepQuote = i, m.Text
				return
			}
		}
	}
}

// findUnbackedClaims marks the agent turns whose words claim a remedy that no
// action performed by then stands behind.
func (s *session) findUnbackedClaims() {
	s.claims = make([]string, len(s.t.Turns))
	var performed []string // kinds performed so far; a handful at most
	has := func(kind string) bool { return slices.Contains(performed, kind) }
	for _, i := range s.agent {
		if a := s.t.Turns[i].Action; a != nil && s.remedy.performed[i] && !has(a.Kind) {
			performed = append(performed, a.Kind)
		}
		// Words about an action the card refused are charged as that action.
		if c, ok := ClaimedRemedy(s.t.Turns[i].Text, s.an[i]); ok && s.remedy.over[i] == "" && !c.Backed(has) {
			s.claims[i] = c.Quote
		}
	}
}

// gamedFor reports, for rules of dimension d, whether a hit rests on words the
// anti-gaming rules flag. Fairness is what the customer received: a fairness hit
// that quotes a performed action rests on a deed, which words cannot game, so a
// fair refund still counts beside a pasted sentence. Every other dimension
// judges the trainee's conduct in the turn, which the gaming taints.
func (s *session) gamedFor(d Dimension) func(hit) bool {
	if d != Fairness {
		return s.isUntrusted
	}
	return s.isUntrustedWords
}

func (s *session) isUntrusted(h hit) bool { return s.untrusted[h.turn] }

func (s *session) isUntrustedWords(h hit) bool {
	return s.untrusted[h.turn] && !(s.remedy.performed[h.turn] && h.quote == s.actionText(h.turn))
}

// actionText quotes turn i's action, formatting it once however many rules cite it.
func (s *session) actionText(i int) string {
	if q, ok := s.actions[i]; ok {
		return q
	}
	if s.actions == nil {
		s.actions = make(map[int]string, 8)
	}
	q := s.t.Turns[i].Action.String()
	s.actions[i] = q
	return q
}

// withinAuthority reports whether turn i's structured action is one the card allows.
func (s *session) withinAuthority(i int) bool {
	return s.remedy.performed[i]
}

func containsKind(kinds []MarkerKind, k MarkerKind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

// lastAgentTurn returns the last agent turn, or the last turn when no agent spoke.
func (s *session) lastAgentTurn() int {
	if len(s.agent) > 0 {
		return s.agent[len(s.agent)-1]
	}
	return len(s.t.Turns) - 1
}
