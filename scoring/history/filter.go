package history

import "strings"

// whereClause turns f into SQL conditions on a sessions table aliased "se",
// with its arguments. Trainee and scenario match through the small lookup
// tables so the sessions indexes do the work.
func whereClause(f Filter) (string, []any) {
	var conds []string
	var args []any
	if f.Trainee != "" {
		conds = append(conds, "se.trainee_id = (SELECT id FROM trainees WHERE name = ?)")
		args = append(args, f.Trainee)
	}
	if f.ScenarioID != "" {
		conds = append(conds, "se.scenario_ref IN (SELECT id FROM scenarios WHERE scenario_id = ?)")
		args = append(args, f.ScenarioID)
	}
	if !f.Since.IsZero() {
		conds = append(conds, "se.started_at >= ?")
		args = append(args, toMS(f.Since))
	}
	if !f.Until.IsZero() {
		conds = append(conds, "se.started_at < ?")
		args = append(args, toMS(f.Until))
	}
	if f.AssessmentOnly {
		conds = append(conds, "se.mode IS NULL")
	}
	if len(conds) == 0 {
		return "1", nil
	}
	return strings.Join(conds, " AND "), args
}

// limitClause caps rows when f.Limit is set.
func limitClause(f Filter) string {
	if f.Limit <= 0 {
		return ""
	}
	return " LIMIT " + itoa(f.Limit)
}

// empty reports whether f narrows nothing (a Limit alone does not narrow).
func (f Filter) empty() bool {
	return f.Trainee == "" && f.ScenarioID == "" && f.Since.IsZero() && f.Until.IsZero() && !f.AssessmentOnly
}
