-- The team store: the desktop schema (trainees, scenario versions, sessions with
-- their scores, turns, reports, evidence) for many desktops at once.
-- Times are bigint Unix milliseconds in UTC, as in the desktop file, so both
-- stores share one reading of a stored time.

CREATE TABLE trainees (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE
);

CREATE TABLE scenarios (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scenario_id text NOT NULL,
    hash        text NOT NULL,
    title       text NOT NULL,
    UNIQUE (scenario_id, hash)
);

CREATE TABLE sessions (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    trainee_id        bigint NOT NULL REFERENCES trainees (id),
    scenario_ref      bigint NOT NULL REFERENCES scenarios (id),
    rubric_version    text NOT NULL,
    voice             text NOT NULL,
    started_at        bigint NOT NULL,
    ended_at          bigint,           -- NULL while the session is still running
    ending            text,
    parent_id         bigint REFERENCES sessions (id),
    fork_turn         integer,
    total             integer,          -- NULL until scored
    empathy           integer,
    action_speed      integer,
    authority_clarity integer,
    fairness          integer,
    -- Kept by AppendTurn, so session lists need not count turns row by row.
    turn_count        integer NOT NULL DEFAULT 0,
    -- The database login that wrote the session; row-level security lets a
    -- trainee's login see only its own (see turnaround team init).
    owner             name NOT NULL DEFAULT current_user,
    -- Set when a desktop queued or imported the session: writing it again
    -- with the same key finds this row instead of adding a second one.
    sync_key          text UNIQUE
);

CREATE TABLE turns (
    session_id  bigint NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    idx         integer NOT NULL,
    role        text NOT NULL,
    text        text NOT NULL DEFAULT '',
    action      jsonb,
    at_ms       bigint NOT NULL,
    frustration integer,
    trust       integer,
    patience    integer,
    note        text,
    PRIMARY KEY (session_id, idx)
);

CREATE TABLE reports (
    session_id bigint PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    report     jsonb NOT NULL
);

CREATE TABLE evidence (
    session_id bigint NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    dimension  text NOT NULL,
    turn       integer NOT NULL,
    rule       text NOT NULL,
    points     integer NOT NULL
);

CREATE INDEX sessions_by_start      ON sessions (started_at DESC, id DESC);
CREATE INDEX sessions_unfinished    ON sessions (started_at) WHERE ended_at IS NULL;
CREATE INDEX sessions_by_parent     ON sessions (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX sessions_by_owner      ON sessions (owner);
CREATE INDEX sessions_scored_by_trainee ON sessions
    (trainee_id, started_at, id) INCLUDE (total, empathy, action_speed, authority_clarity, fairness)
    WHERE total IS NOT NULL;
CREATE INDEX sessions_scored_by_scenario ON sessions (scenario_ref, started_at) INCLUDE (total)
    WHERE total IS NOT NULL;
CREATE INDEX sessions_by_trainee    ON sessions (trainee_id, started_at);
CREATE INDEX evidence_losses_by_session ON evidence (session_id) INCLUDE (rule, dimension, points)
    WHERE points < 0;
CREATE INDEX evidence_by_session    ON evidence (session_id);

-- Assignments: a lead asks a trainee (or everyone, trainee NULL) to play a
-- scenario, optionally by a due time and with a pass mark.
CREATE TABLE assignments (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scenario_id text NOT NULL,
    trainee     text,
    due_at      bigint,
    pass_mark   integer CHECK (pass_mark BETWEEN 0 AND 100),
    created_at  bigint NOT NULL,
    created_by  name NOT NULL DEFAULT current_user
);

-- The unfiltered "rules lost most" reads this running total, kept exact by
-- triggers whenever evidence rows come and go. Logins that see only their own
-- sessions never read it: they count their own evidence rows instead.
CREATE TABLE rule_losses (
    rule      text NOT NULL,
    dimension text NOT NULL,
    times     bigint NOT NULL,
    points    bigint NOT NULL,   -- sum of penalties (negative)
    PRIMARY KEY (rule, dimension)
);

CREATE FUNCTION rule_losses_track() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO rule_losses (rule, dimension, times, points) VALUES (NEW.rule, NEW.dimension, 1, NEW.points)
        ON CONFLICT (rule, dimension) DO UPDATE
            SET times = rule_losses.times + 1, points = rule_losses.points + excluded.points;
        RETURN NEW;
    END IF;
    UPDATE rule_losses SET times = times - 1, points = points - OLD.points
        WHERE rule = OLD.rule AND dimension = OLD.dimension;
    DELETE FROM rule_losses WHERE rule = OLD.rule AND dimension = OLD.dimension AND times = 0;
    RETURN OLD;
END $$;

CREATE TRIGGER rule_losses_add AFTER INSERT ON evidence
    FOR EACH ROW WHEN (NEW.points < 0) EXECUTE FUNCTION rule_losses_track();
CREATE TRIGGER rule_losses_remove AFTER DELETE ON evidence
    FOR EACH ROW WHEN (OLD.points < 0) EXECUTE FUNCTION rule_losses_track();

-- The unfiltered trainee overview reads these running sums (scored sessions
-- and score sums per trainee), kept exact by a trigger whenever a session's
-- scores are set, replaced or removed.
CREATE TABLE trainee_stats (
    trainee_id        bigint PRIMARY KEY REFERENCES trainees (id),
    sessions          bigint NOT NULL,
    empathy           bigint NOT NULL,
    action_speed      bigint NOT NULL,
    authority_clarity bigint NOT NULL,
    fairness          bigint NOT NULL
);

CREATE FUNCTION trainee_stats_track() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.total IS NOT NULL THEN
        UPDATE trainee_stats SET sessions = sessions - 1, empathy = empathy - OLD.empathy,
            action_speed = action_speed - OLD.action_speed,
            authority_clarity = authority_clarity - OLD.authority_clarity, fairness = fairness - OLD.fairness
        WHERE trainee_id = OLD.trainee_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.total IS NOT NULL THEN
        INSERT INTO trainee_stats VALUES (NEW.trainee_id, 1, NEW.empathy, NEW.action_speed,
            NEW.authority_clarity, NEW.fairness)
        ON CONFLICT (trainee_id) DO UPDATE SET sessions = trainee_stats.sessions + 1,
            empathy = trainee_stats.empathy + excluded.empathy,
            action_speed = trainee_stats.action_speed + excluded.action_speed,
            authority_clarity = trainee_stats.authority_clarity + excluded.authority_clarity,
            fairness = trainee_stats.fairness + excluded.fairness;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER trainee_stats_track AFTER INSERT OR DELETE
    OR UPDATE OF trainee_id, total, empathy, action_speed, authority_clarity, fairness ON sessions
    FOR EACH ROW EXECUTE FUNCTION trainee_stats_track();

-- The unfiltered per-scenario summary reads these running figures per
-- scenario version. Sums are kept by adding and taking away; the lowest and
-- highest totals are looked up again when the one that held them goes.
CREATE TABLE scenario_stats (
    scenario_ref  bigint PRIMARY KEY REFERENCES scenarios (id),
    attempts      bigint NOT NULL,
    total_sum     bigint NOT NULL,
    total_squares bigint NOT NULL,
    min_total     integer,
    max_total     integer
);

CREATE FUNCTION scenario_stats_track() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
DECLARE
    lo integer;
    hi integer;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.total IS NOT NULL THEN
        UPDATE scenario_stats SET attempts = attempts - 1, total_sum = total_sum - OLD.total,
            total_squares = total_squares - OLD.total::bigint * OLD.total
        WHERE scenario_ref = OLD.scenario_ref RETURNING min_total, max_total INTO lo, hi;
        IF OLD.total = lo OR OLD.total = hi THEN
            UPDATE scenario_stats SET (min_total, max_total) = (SELECT min(total), max(total) FROM sessions
                WHERE scenario_ref = OLD.scenario_ref AND total IS NOT NULL AND id <> OLD.id)
            WHERE scenario_ref = OLD.scenario_ref;
        END IF;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.total IS NOT NULL THEN
        INSERT INTO scenario_stats VALUES (NEW.scenario_ref, 1, NEW.total, NEW.total::bigint * NEW.total,
            NEW.total, NEW.total)
        ON CONFLICT (scenario_ref) DO UPDATE SET attempts = scenario_stats.attempts + 1,
            total_sum = scenario_stats.total_sum + excluded.total_sum,
            total_squares = scenario_stats.total_squares + excluded.total_squares,
            min_total = least(scenario_stats.min_total, excluded.min_total),
            max_total = greatest(scenario_stats.max_total, excluded.max_total);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER scenario_stats_track AFTER INSERT OR DELETE OR UPDATE OF scenario_ref, total ON sessions
    FOR EACH ROW EXECUTE FUNCTION scenario_stats_track();
