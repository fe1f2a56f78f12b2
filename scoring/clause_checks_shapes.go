package scoring

// checkShape is what a check cannot pass without, said in the terms the rule
// index reads: gate bits the clause must have (on) and must not have (off),
// the actors and aspects it must be of (0: any), and the actors it turns
// away unless their clause is passive (passiveFor).
type checkShape struct {
	on, off    gate
	who        actors
	when       aspects
	passiveFor actors
}

// checkShapes are, for the checks whose first test turns away clauses of a
// shape, that test restated: a clause whose gate bits, actor or aspect fail
// it returns false before any word of it is read. Folded into a row's gates,
// actors and aspects (see compileRow), they turn such clauses away through
// the rule index, before the call, rather than in it: most checks are
// tried on several clauses of a turn and fail on nearly all, many at this
// first test. TestCheckGatesHold checks that no clause the tests read passes
// a check outside its shape; a check whose first test changes must change
// its entry here with it.
var checkShapes = map[string]checkShape{
	"fault is ours":                  {who: allBut(actCustomer)},
	"makes it ours":                  {off: gNeg | gQuestion | gCond},
	"told failure":                   {off: gPassive},
	"anyone would have done it":      {off: gNeg | gQuestion | gCond | gNoVerb, when: tenses(aspWould)},
	"had it gone otherwise":          {who: allBut(actAgent)},
	"assumed they were told":         {off: gNeg | gQuestion | gCond, who: anyOf(actCustomer)},
	"tagged guess":                   {who: allBut(actAgent)},
	"they decide":                    {off: gNeg | gPassive | gQuestion | gCond},
	"told to stop":                   {off: gNeg | gQuestion, who: anyOf(actCustomer)},
	"will have had it":               {off: gNeg | gQuestion, who: anyOf(actCustomer), when: tenses(aspWill)},
	"because you did":                {on: gCausal},
	"trouble, outside cause":         {on: gCausal, off: gQuestion | gCond, who: allBut(actAgent)},
	"outside fault led to":           {off: gQuestion | gCond | gTemporal | gCausal, who: allBut(actAgent, actCustomer)},
	"explains the trouble":           {off: gQuestion | gCond | gNeg | gNoVerb | gCopula, who: anyOf(actThing, actCustomers, actThird)}, // a linking verb is no "explain"
	"trouble from an act":            {off: gNoVerb | gQuestion | gCond | gNeg},
	"reason is their input":          {on: gCausal, off: gNeg | gQuestion | gCond},
	"followed their input":           {off: gNeg | gQuestion | gCond | gNoVerb, who: anyOf(actAgent), when: tenses(aspDone)},
	"done from their input":          {on: gPassive, off: gNeg | gQuestion | gCond | gNoVerb, who: anyOf(actThing), when: tenses(aspDone)},
	"no reply from them":             {off: gQuestion | gCond | gNoVerb, when: tenses(aspDone)},
	"we ask them to":                 {off: gNeg | gQuestion | gCond | gNoVerb | gPassive, who: anyOf(actAgent)},
	"only the messenger":             {off: gNeg | gNoVerb | gPassive, who: anyOf(actAgent)},
	"trace is yours":                 {off: gNeg | gQuestion | gCond | gPassive, who: anyOf(actThing)},
	"checked whether":                {on: gCond, off: gNeg | gNoVerb | gPassive, who: allBut(actAgent)}, // "whether" opens a condition
	"did as you gave it":             {on: gNoVerb, off: gNeg | gQuestion | gCond},
	"points at their document":       {off: gQuestion | gCond | gNeg | gActive}, // no verb, or a passive of pointing: "it says on the box" is saidSo's
	"charged you a cost":             {off: gNoVerb | gNeg | gPassive},
	"all there for you":              {off: gNeg | gQuestion | gCond | gActive}, // a state, or passive
	"given was clear":                {on: gNoVerb, off: gNeg | gQuestion | gCond},
	"only the go-between":            {on: gNoVerb, off: gNeg | gQuestion | gCond, who: anyOf(actAgent)},
	"funny how it only":              {off: gQuestion, who: allBut(actAgent)},
	"at their own risk":              {off: gNeg | gQuestion | gCond, when: tensesBut(aspWould, aspCould, aspWill)},
	"by them, not by":                {on: gPassive, off: gNeg | gQuestion | gNoVerb},
	"their error":                    {off: gNeg | gQuestion},
	"we did our part":                {off: gNoVerb | gNeg},
	"insisted result":                {off: gNeg | gQuestion | gCond, when: tenses(aspDone)},
	"holder's duty":                  {off: gNeg | gQuestion},
	"told in the past":               {off: gQuestion | gCond},
	"signed as received":             {off: gNeg | gQuestion | gCond},
	"cleft names them":               {off: gNeg | gQuestion},
	"done state":                     {when: tensesBut(aspWill)},
	"is what did it":                 {on: gNoVerb, off: gNeg},
	"went in as":                     {off: gNoVerb},
	"ours set aside":                 {on: gNoVerb, off: gNeg | gQuestion | gCond},
	"fault denied after cause":       {on: gNoVerb | gNeg, off: gQuestion | gCond},
	"possessor's fault":              {on: gNoVerb, off: gNeg | gQuestion | gCond},
	"fault is yours":                 {who: allBut(actAgent), when: tensesBut(aspWill)},
	"done from your side":            {off: gNoVerb | gNeg, passiveFor: anyOf(actAgent)}, // "we sent it from our side" is no act of theirs
	"reason on others":               {passiveFor: anyOf(actAgent)},                      // blamedCause needs a cause of others or a passive one, which our act is not
	"reason, given":                  {passiveFor: anyOf(actAgent)},                      // blamedCause's need, after a word of what was given
	"act past the limit":             {off: gNeg | gQuestion | gCond, who: allBut(actAgent), when: tenses(aspDone)},
	"guessed their act":              {off: gNoVerb},
	"their fault":                    {on: gNoVerb, off: gNeg},
	"a pet did it":                   {off: gNeg | gPassive | gQuestion},
	"your household did it":          {off: gQuestion | gCond},
	"done by your household":         {on: gPassive, off: gNoVerb | gQuestion | gCond},
	"on another side":                {on: gNoVerb, off: gNeg | gQuestion | gCond},
	"their named trouble":            {on: gNoVerb, off: gNeg | gQuestion},
	"failed by them":                 {off: gQuestion},
	"remedy despite denial":          {on: gNeg},
	"heard as theirs":                {off: gNeg | gNoVerb, who: anyOf(actAgent)},
	"suggests your part":             {who: allBut(actAgent)},
	"asked if outdated":              {on: gQuestion | gNoVerb, off: gNeg | gCond},
	"came back damaged":              {off: gNoVerb | gNeg | gQuestion},
	"no answer":                      {on: gNoVerb}, // "there was no answer": be is the verb
	"handled so refused":             {off: gNeg | gQuestion},
	"their act so refused":           {off: gQuestion | gTemporal | gCausal},
	"their act beside a refusal":     {off: gQuestion | gCausal},
	"skipped after a rule":           {on: gNeg, off: gQuestion | gCond, when: tenses(aspDone)},
	"theirs held us up":              {off: gQuestion | gCond | gTemporal, who: allBut(actAgent, actNone)},
	"lost time":                      {off: gNoVerb},
	"user error":                     {off: gNeg | gQuestion | gCond},
	"this, not that":                 {on: gNoVerb, off: gNeg | gQuestion | gCond},
	"your input is another":          {off: gNeg | gQuestion | gCond | gNoVerb},
	"habit brings trouble":           {off: gPassive},
	"outside act brought trouble":    {off: gNoVerb},
	"asked, then the trouble":        {who: allBut(actAgent), when: tenses(aspDone, aspNow)},
	"matter passed on":               {off: gNeg | gNoVerb | gCopula, when: tensesBut(aspDone, aspWill)}, // a linking verb passes nothing on
	"theirs to put right":            {off: gNeg | gNoVerb | gQuestion | gCond, who: anyOf(actThird), when: tenses(aspMust, aspWould)},
	"our opinion only":               {off: gNoVerb},
	"only what we were given":        {off: gNeg | gQuestion | gCond | gNoVerb},
	"not done as asked":              {on: gNeg, off: gNoVerb | gQuestion},
	"outside event did it":           {off: gNoVerb | gPassive | gNeg},
	"their system down":              {off: gNeg | gQuestion},
	"junk folder guess":              {off: gNeg | gCond},
	"mail program files ours":        {off: gNeg | gCond | gNoVerb},
	"asked against the moment":       {off: gNeg, who: allBut(actAgent), when: tenses(aspDone)},
	"left as theirs":                 {on: gPassive, off: gNeg | gNoVerb, who: anyOf(actThing)},
	"you were late":                  {off: gNeg | gQuestion | gCond | gPassive, who: anyOf(actCustomer)},
	"against the guidance":           {off: gCond, who: allBut(actAgent)},
	"common for customers":           {off: gNeg | gQuestion | gCond},
	"you did say":                    {off: gNeg | gQuestion | gCond, who: anyOf(actCustomer)},
	"you only acted after":           {off: gNeg | gQuestion | gCond | gNoVerb, who: anyOf(actCustomer)},
	"outside act led to":             {off: gQuestion | gCond | gTemporal | gCausal},
	"by an outside event":            {off: gNoVerb},
	"in what you got":                {off: gQuestion | gCond | gActive, when: tensesBut(aspWill)}, // be, or a passive
	"disowns power":                  {off: gQuestion | gCond},
	"only you had it":                {on: gNoVerb, off: gNeg | gQuestion | gCond, who: anyOf(actCustomer, actThing)},
	"not by itself":                  {on: gNeg, off: gQuestion, who: anyOf(actThing), when: tenses(aspDone)},
	"others with the problem did":    {off: gNeg | gPassive | gQuestion | gNoVerb, who: anyOf(actCustomers)},
	"damaged before you brought it":  {off: gNeg | gQuestion},
	"disclaims responsibility":       {on: gNeg, who: allBut(actCustomer, actCustomers)},
	"you did it right":               {off: gNoVerb | gNeg | gQuestion},
	"your act on record":             {on: gPassive, off: gNeg | gNoVerb},
	"unowned act on record":          {off: gNeg},
	"their act set against":          {off: gPassive | gNoVerb},
	"disclosed at the time":          {on: gPassive, off: gNeg},
	"paperwork came wrong":           {off: gNeg},
	"paperwork left out":             {on: gNeg, off: gQuestion | gNoVerb | gPassive},
	"done without consent":           {off: gNeg | gQuestion | gCond | gNoVerb, who: allBut(actAgent), when: tenses(aspDone)},
	"thing overused":                 {on: gPassive, off: gNeg | gQuestion | gNoVerb},
	"your act counted":               {off: gNeg | gQuestion | gCond | gPassive | gNoVerb, who: anyOf(actCustomer), when: tenses(aspDone)},
	"not done right by them":         {on: gPassive | gNeg, off: gNoVerb | gQuestion | gCond},
	"many went fine":                 {off: gNeg | gNoVerb | gQuestion | gCond, who: anyOf(actAgent), when: tenses(aspDone, aspHabit, aspPresent)},
	"waiting at your end":            {off: gNeg | gQuestion | gCond | gNoVerb, who: anyOf(actThing)},
	"happened with them":             {off: gNeg | gQuestion | gCond | gNoVerb | gCopula}, // a linking verb is no "happen"
	"your kit is old":                {on: gNoVerb, off: gNeg | gQuestion | gCond, when: tensesBut(aspWill)},
	"locked after their tries":       {off: gNeg | gQuestion | gCond | gNoVerb},
	"not us after":                   {off: gNoVerb | gNeg},
	"them to chase after":            {who: anyOf(actAgent)},
	"behind our back":                {who: anyOf(actAgent)},
	"your signature on it":           {off: gQuestion | gCond, who: anyOf(actThing), when: tensesBut(aspWill)},
	"seen of them":                   {off: gNoVerb, who: anyOf(actAgent)},
	"a separate party":               {off: gQuestion | gCond | gNeg | gActive, who: allBut(actAgent)},
	"disowned after":                 {off: gNoVerb | gNeg | gPassive, who: allBut(actCustomer)},
	"wrong input alone":              {on: gNoVerb},
	"yours after clearing":           {on: gNoVerb, off: gNeg | gQuestion},
	"falls to you":                   {off: gNoVerb | gNeg},
	"in your care":                   {off: gNoVerb | gNeg},
	"happened while you had it":      {off: gNoVerb | gNeg},
	"framed as the trouble":          {off: gQuestion | gCond},
	"message not taken up":           {on: gPassive | gNeg},
	"mismatch with yours":            {on: gNeg, off: gQuestion | gCond},
	"it is your own":                 {on: gNoVerb, off: gNeg},
	"applied to you":                 {who: anyOf(actCustomers)},
	"penalty waived":                 {on: gNeg},
	"then wonder why":                {off: gQuestion | gCond},
	"trouble is your kit":            {on: gNoVerb},
	"trouble is them":                {on: gNoVerb},
	"possible on their side":         {off: gNeg, who: allBut(actAgent)},
	"happens when slipped":           {on: gTemporal, who: allBut(actAgent)},
	"their misfortune":               {on: gCausal},
	"their misfortune, plainly":      {off: gCausal | gNeg, who: anyOf(actThird), when: tenses(aspDone)},
	"closed before you came":         {off: gTemporal},
	"only reached us late":           {off: gNeg | gQuestion | gCond | gNoVerb, when: tenses(aspDone)},
	"your part undone in a relative": {off: gQuestion | gCond | gNoVerb},
	"like yours, among few":          {off: gQuestion | gCond},
	"record places it":               {off: gNoVerb},
	"asks how it could":              {on: gQuestion},
	"wiser otherwise":                {on: gNoVerb, when: tenses(aspWould)},
	"gone over this before":          {off: gNeg | gQuestion | gCond},
	"shown doing it":                 {off: gNoVerb | gNeg, when: tenses(aspNone)},
	"should have, for us":            {off: gPassive | gNoVerb},
	"guessed yours":                  {on: gNoVerb, off: gNeg},
	"timed against the rule":         {off: gQuestion | gCond | gNeg | gNoVerb},
	"they never do their part":       {off: gQuestion | gCond},
	"done at your end":               {on: gPassive, off: gNeg | gQuestion | gCond},
	"went wrong at your end":         {off: gPassive | gNeg | gQuestion | gCond | gNoVerb},
	"made a mistake":                 {off: gNeg | gNoVerb},
	"made what we own":               {off: gNeg | gNoVerb},
	"acted too late":                 {off: gNeg | gQuestion | gCond | gTemporal, who: allBut(actAgent)},
	"sent where you said":            {off: gNeg | gQuestion | gCond | gNoVerb, when: tenses(aspDone)},
	"seen wrong tries":               {off: gNeg | gQuestion | gCond, who: anyOf(actAgent)},
	"missed, then a result":          {on: gPassive, off: gNeg | gQuestion | gCond},
	"your kit needs upkeep":          {off: gNeg | gQuestion | gNoVerb},
	"guessed your thing alone":       {when: tenses(aspNone)},
	"followed your word":             {off: gNeg | gNoVerb},
	"did everything":                 {off: gNeg | gNoVerb, who: anyOf(actAgent), when: tenses(aspDone)},
	"doubts it is ours":              {on: gNeg, off: gNoVerb, who: anyOf(actAgent)},
	"well on your side":              {off: gQuestion | gNoVerb},
	"not a defect":                   {on: gNoVerb, who: allBut(actAgent, actCustomer)},
	"left us fine":                   {off: gNeg, who: allBut(actAgent)},
	"held since":                     {off: gPassive | gQuestion | gCond | gNoVerb},
	"missed your slot":               {off: gNeg | gNoVerb},
	"chose not to":                   {off: gNeg | gNoVerb, who: anyOf(actCustomer)},
	"handed over":                    {off: gNoVerb},
	"lapse given as cause":           {off: gNeg},
	"meant trouble":                  {off: gNeg | gNoVerb, who: allBut(actAgent)},
	"terms you accepted":             {off: gNeg | gQuestion},
	"obliged in past":                {off: gNoVerb},
	"cause is theirs":                {on: gNoVerb, off: gNeg},
	"damage from":                    {off: gNeg},
	"shown delivered":                {off: gNeg, when: tenses(aspDone)},
	"always going to":                {off: gNeg, who: allBut(actAgent)},
	"never going to for you":         {on: gNeg, who: allBut(actAgent)},
	"tried more than once":           {off: gNeg | gQuestion | gCond | gNoVerb, who: allBut(actCustomer)},
	"reason, its age":                {on: gNoVerb, off: gQuestion},
	"used more":                      {off: gQuestion | gCond | gNeg},
	"your job":                       {off: gActive},                                                        // a duty passive, or be with "liable"
	"you were out":                   {on: gNoVerb, off: gNeg | gQuestion | gCond, who: anyOf(actCustomer)}, // "you were out": be is the verb
	"it said so":                     {off: gNoVerb | gCopula},                                              // a verb of saying, covering or setting
	"still your old detail":          {off: gNeg | gQuestion, who: allBut(actAgent)},
	"just how they are":              {on: gNoVerb, off: gNeg | gQuestion},
	"first of its kind":              {on: gNoVerb, off: gNeg | gQuestion},
	"reported long after":            {off: gNeg | gQuestion | gCond | gNoVerb},
	"proof too old":                  {on: gNoVerb, off: gNeg | gQuestion},
	"over the limit, a state":        {on: gNoVerb, off: gNeg},
	"in another name":                {on: gNoVerb, off: gNeg | gQuestion},
	"detail is an old one":           {on: gNoVerb, off: gNeg | gQuestion},
	"again as a dig":                 {on: gQuestion},

	"went wrong after we handed it on": {off: gNeg | gNoVerb, who: allBut(actAgent)},
	"whoever did it":                   {off: gNeg | gQuestion | gCond | gNoVerb},
	"others manage":                    {who: anyOf(actCustomers, actThird)},
}

// allBut returns every actor but as.
func allBut(as ...actor) actors {
	return anyOf(actNone, actAgent, actCustomer, actCustomers, actThird, actThing) &^ anyOf(as...)
}

// tensesBut returns every aspect but as.
func tensesBut(as ...aspect) aspects {
	return tenses(aspNone, aspDone, aspNow, aspWill, aspCould, aspWould, aspMust, aspHabit, aspState, aspPresent) &^ tenses(as...)
}
