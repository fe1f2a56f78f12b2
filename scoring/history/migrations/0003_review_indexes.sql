-- Indexes for the Review screen, the crash-recovery list and the exports.
CREATE INDEX sessions_by_trainee  ON sessions (trainee_id, started_at);
CREATE INDEX sessions_by_scenario ON sessions (scenario_ref, started_at);
CREATE INDEX sessions_by_start    ON sessions (started_at);
CREATE INDEX sessions_unfinished  ON sessions (started_at) WHERE ended_at IS NULL;
CREATE INDEX sessions_by_parent   ON sessions (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX evidence_by_session  ON evidence (session_id);
CREATE INDEX evidence_losses      ON evidence (rule, dimension, points) WHERE points < 0;
