-- The review queries read scores for thousands of sessions at once. Keeping them
-- on the session row lets covering indexes answer those queries without
-- touching the reports table, which now only holds the full report JSON.
ALTER TABLE sessions ADD COLUMN total INTEGER;            -- NULL until scored
ALTER TABLE sessions ADD COLUMN empathy INTEGER;
ALTER TABLE sessions ADD COLUMN action_speed INTEGER;
ALTER TABLE sessions ADD COLUMN authority_clarity INTEGER;
ALTER TABLE sessions ADD COLUMN fairness INTEGER;

UPDATE sessions SET (total, empathy, action_speed, authority_clarity, fairness) =
    (SELECT total, empathy, action_speed, authority_clarity, fairness FROM reports r WHERE r.session_id = sessions.id)
WHERE id IN (SELECT session_id FROM reports);

ALTER TABLE reports DROP COLUMN total;
ALTER TABLE reports DROP COLUMN empathy;
ALTER TABLE reports DROP COLUMN action_speed;
ALTER TABLE reports DROP COLUMN authority_clarity;
ALTER TABLE reports DROP COLUMN fairness;

CREATE INDEX sessions_scored_by_trainee ON sessions
    (trainee_id, started_at, total, empathy, action_speed, authority_clarity, fairness) WHERE total IS NOT NULL;
CREATE INDEX sessions_scored_by_scenario ON sessions (scenario_ref, started_at, total) WHERE total IS NOT NULL;

-- Penalties by session, so a filtered "rules lost most" reads only the
-- matching sessions' penalties.
DROP INDEX evidence_losses;
CREATE INDEX evidence_losses_by_session ON evidence (session_id, rule, dimension, points) WHERE points < 0;

-- The unfiltered "rules lost most" reads this running total, kept exact by
-- triggers whenever evidence rows come and go.
CREATE TABLE rule_losses (
    rule       TEXT NOT NULL,
    dimension  TEXT NOT NULL,
    times      INTEGER NOT NULL,
    points     INTEGER NOT NULL,   -- sum of penalties (negative)
    PRIMARY KEY (rule, dimension)
) WITHOUT ROWID;

INSERT INTO rule_losses (rule, dimension, times, points)
    SELECT rule, dimension, count(*), sum(points) FROM evidence WHERE points < 0 GROUP BY rule, dimension;

CREATE TRIGGER rule_losses_add AFTER INSERT ON evidence WHEN new.points < 0 BEGIN
    INSERT INTO rule_losses (rule, dimension, times, points) VALUES (new.rule, new.dimension, 1, new.points)
    ON CONFLICT (rule, dimension) DO UPDATE SET times = times + 1, points = points + excluded.points;
END;

CREATE TRIGGER rule_losses_remove AFTER DELETE ON evidence WHEN old.points < 0 BEGIN
    UPDATE rule_losses SET times = times - 1, points = points - old.points
    WHERE rule = old.rule AND dimension = old.dimension;
    DELETE FROM rule_losses WHERE rule = old.rule AND dimension = old.dimension AND times = 0;
END;
