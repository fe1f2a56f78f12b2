package scoring

// atOwnRisk reports a clause that puts the risk on the customer or on
// customers in general: "parcels left in a safe place are at your own risk",
// "customers who pick 'leave in a safe place' accept that the parcel is left
// at their own risk". A rule applied to what they chose puts what followed
// on them. Denied, asked, or warned of ahead ("it would be at your own
// risk"), it puts nothing.
func (az *analyzer) atOwnRisk(c *clause) bool {
	if c.neg || c.question || c.cond || c.aspect == aspWould || c.aspect == aspCould || c.aspect == aspWill {
		return false // "you can leave it in the porch, but it would be at your own risk" warns ahead
	}
	toks := az.tok.toks
	for i := c.lo + 1; i+1 < c.hi; i++ {
		if toks[i].id != idOwn || toks[i+1].id != idRisk {
			continue
		}
		owner := toks[i-1].id
		return owner == idYour || owner == idTheir || az.lexAt(i-1)&lxCustomers != 0
	}
	return false
}

// idRisk and idTheir read "at their own risk".
var idRisk, idTheir = wordID("risk"), wordID("their")
