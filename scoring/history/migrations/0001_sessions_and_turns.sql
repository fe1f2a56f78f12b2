-- Trainees, scenarios (one row per scenario file version), sessions and their turns.
-- Times are integer Unix milliseconds in UTC: compact, sortable, free of time zones.

CREATE TABLE trainees (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

-- A scenario id may be edited over time; the hash says which file version was played.
CREATE TABLE scenarios (
    id          INTEGER PRIMARY KEY,
    scenario_id TEXT NOT NULL,
    hash        TEXT NOT NULL,
    title       TEXT NOT NULL,
    UNIQUE (scenario_id, hash)
);

CREATE TABLE sessions (
    id             INTEGER PRIMARY KEY,
    trainee_id     INTEGER NOT NULL REFERENCES trainees (id),
    scenario_ref   INTEGER NOT NULL REFERENCES scenarios (id),
    rubric_version TEXT NOT NULL,
    voice          TEXT NOT NULL,
    started_at     INTEGER NOT NULL,
    ended_at       INTEGER,          -- NULL while the session is still running
    ending         TEXT,
    parent_id      INTEGER REFERENCES sessions (id),  -- the session a retry forked from
    fork_turn      INTEGER
);

-- One row per transcript turn, clustered by session so a transcript is one range read.
CREATE TABLE turns (
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    role        TEXT NOT NULL,
    text        TEXT NOT NULL DEFAULT '',
    action      TEXT,                -- scoring.Action as JSON, NULL when there is none
    at_ms       INTEGER NOT NULL,
    frustration INTEGER,             -- the customer's mood after the turn, when recorded
    trust       INTEGER,
    patience    INTEGER,
    note        TEXT,
    PRIMARY KEY (session_id, idx)
) WITHOUT ROWID;
