package history

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
)

// The two group roles of a team store. A person's login is a member of one:
// trainees insert and read only their own sessions and turns; leads read
// everyone's and manage assignments. The database enforces it (grants and
// row-level security), so a login used outside Turnaround gets no more.
const (
	TraineeRole = "turnaround_trainee"
	LeadRole    = "turnaround_lead"
)

// sessionTables hold one session's rows; their policies follow the session's owner.
var sessionTables = []string{"turns", "reports", "evidence", "hints"}

// TeamSetupSQL is the SQL that creates the two roles and turns on row-level
// security for a team store whose tables live in schema. It is idempotent:
// running it again changes nothing. The database owner runs it, after the
// schema exists (OpenPostgres creates it).
func TeamSetupSQL(schema string) string {
	var b strings.Builder
	q := pgx.Identifier{schema}.Sanitize()
	fmt.Fprintf(&b, `-- Turnaround team store: roles, grants and row-level security.
-- Idempotent; run it as the owner of the Turnaround tables.
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%[1]s') THEN CREATE ROLE %[1]s NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%[2]s') THEN CREATE ROLE %[2]s NOLOGIN; END IF;
END $$;

GRANT USAGE ON SCHEMA %[3]s TO %[1]s, %[2]s;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA %[3]s TO %[1]s, %[2]s;
GRANT SELECT ON turnaround_schema TO %[1]s, %[2]s;
-- Scenario versions (titles) are shared lookup rows. Trainee names are not:
-- a trainee's login sees and may rename only the names it added.
GRANT SELECT, INSERT, UPDATE ON scenarios TO %[1]s, %[2]s;
REVOKE UPDATE ON trainees FROM %[1]s;
GRANT SELECT, INSERT, UPDATE (name) ON trainees TO %[1]s;
GRANT SELECT, INSERT, UPDATE ON trainees TO %[2]s;
GRANT SELECT, INSERT, UPDATE ON sessions, turns, reports, evidence, hints TO %[1]s;
GRANT DELETE ON evidence TO %[1]s;
GRANT SELECT, INSERT, UPDATE, DELETE ON sessions, turns, reports, evidence, hints TO %[2]s;
GRANT SELECT ON rule_losses, trainee_stats, scenario_stats TO %[2]s;
GRANT SELECT ON assignments TO %[1]s;
GRANT SELECT, INSERT, UPDATE, DELETE ON assignments TO %[2]s;

ALTER TABLE trainees ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS trainee_own ON trainees;
CREATE POLICY trainee_own ON trainees TO %[1]s
    USING (added_by = current_user) WITH CHECK (added_by = current_user);
DROP POLICY IF EXISTS lead_all ON trainees;
CREATE POLICY lead_all ON trainees TO %[2]s USING (true) WITH CHECK (true);

ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS trainee_own ON sessions;
-- The subquery reads trainees under the trainee's own policy: a session can
-- name only a trainee this login added.
CREATE POLICY trainee_own ON sessions TO %[1]s
    USING (owner = current_user)
    WITH CHECK (owner = current_user AND trainee_id IN (SELECT id FROM trainees));
DROP POLICY IF EXISTS lead_all ON sessions;
CREATE POLICY lead_all ON sessions TO %[2]s USING (true) WITH CHECK (true);
`, TraineeRole, LeadRole, q)
	for _, t := range sessionTables {
		fmt.Fprintf(&b, `
ALTER TABLE %[3]s ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS trainee_own ON %[3]s;
-- The subquery reads sessions under the trainee's own policy: only their sessions.
CREATE POLICY trainee_own ON %[3]s TO %[1]s
    USING (EXISTS (SELECT 1 FROM sessions s WHERE s.id = session_id))
    WITH CHECK (EXISTS (SELECT 1 FROM sessions s WHERE s.id = session_id));
DROP POLICY IF EXISTS lead_all ON %[3]s;
CREATE POLICY lead_all ON %[3]s TO %[2]s USING (true) WITH CHECK (true);
`, TraineeRole, LeadRole, t)
	}
	fmt.Fprintf(&b, `
ALTER TABLE assignments ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS trainee_own ON assignments;
-- A trainee sees assignments for everyone, for their login name, or for a
-- trainee name their login added (the trainees policy shows no other).
CREATE POLICY trainee_own ON assignments FOR SELECT TO %[1]s
    USING (trainee IS NULL OR trainee = current_user OR trainee IN (SELECT name FROM trainees));
DROP POLICY IF EXISTS lead_all ON assignments;
CREATE POLICY lead_all ON assignments TO %[2]s USING (true) WITH CHECK (true);
`, TraineeRole, LeadRole)
	return b.String()
}

// ApplyTeamSetup runs TeamSetupSQL for the schema the store's tables live in.
func (s *PGStore) ApplyTeamSetup(ctx context.Context) error {
	ctx, cancel := s.readCtx(ctx)
	defer cancel()
	var schema string
	if err := s.pool.QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		return s.wrap("read the schema name", err)
	}
	_, err := s.pool.Exec(ctx, TeamSetupSQL(schema))
	return s.wrap("set up roles and row-level security", err)
}
