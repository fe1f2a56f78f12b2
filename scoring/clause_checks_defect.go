package scoring

// The product cleared. "A coffee stain isn't a manufacturing fault", "it's
// not a defect", "that's not normal wear and tear", "that's classed as beyond
// fair wear and tear": the thing is said to have no fault of its making, so
// the damage is put on how it was used.

// notADefect reports a copula clause that denies a defect of the product, or
// puts the damage beyond fair wear (see above).
func (az *analyzer) notADefect(c *clause) bool {
	if c.verb >= 0 || c.actor == actAgent || c.actor == actCustomer {
		return false
	}
	toks := az.tok.toks
	for i := c.comp; i < c.hi && i <= c.comp+4; i++ {
		id := toks[i].id
		switch {
		case id == idBeyond:
			return az.fairWearAt(i+1, c.hi) // "beyond fair wear and tear", "well beyond normal use"
		case id == idMore && i+1 < c.hi && toks[i+1].id == idThan:
			return az.fairWearAt(i+2, c.hi) // "more than normal wear and tear"
		case !c.neg:
		case defectNouns.has(id):
			return i+1 >= c.hi || !az.ourPartAfter(i+1, c.hi) // "not a defect"; "not a defect on our part" is read as such
		case id == idManufacturing:
			return i+1 < c.hi && noFaultNouns.has(toks[i+1].id) // "not a manufacturing fault"
		case noFaultNouns.has(id) && i+2 < c.hi && (toks[i+1].id == idWith || toks[i+1].id == idIn) && az.lexAt(i+2)&lxDet != 0 &&
			az.markAt(i+2)&lxYour == 0 && az.lexAt(i+2)&lxOurDet == 0:
			return true // "not a fault with the lock": the thing we sold is cleared; not "with your card", which clears them
		case az.fairWearAt(i, c.hi):
			return true // "not normal wear and tear"
		}
	}
	return false
}

// fairWearAt reports "fair", "normal" or "ordinary" wear or use at i: "fair
// wear and tear", "normal use".
func (az *analyzer) fairWearAt(i, hi int) bool {
	return i+1 < hi && fairWords.has(az.tok.toks[i].id) && wearNouns.has(az.tok.toks[i+1].id)
}

// ourPartAfter reports "on our part" or "of ours" just after i.
func (az *analyzer) ourPartAfter(i, hi int) bool {
	return i+1 < hi && az.lexAt(i+1)&(lxOurDet|lxOurs) != 0
}

// defectNouns name a fault of the product's making; fairWords the wear that
// comes with use, and wearNouns the wear and the use.
var (
	defectNouns = idSetOf(defectNounsList)
	fairWords   = idSetOf(fairWordsList)
	wearNouns   = idSetOf(wearNounsList)
)

const (
	defectNounsList = "defect defects"
	fairWordsList   = "fair normal ordinary usual"
	wearNounsList   = "wear use usage"
)

// Ids of "beyond", "manufacturing" and "wear".
var idBeyond, idManufacturing, idWear = wordID("beyond"), wordID("manufacturing"), wordID("wear")
