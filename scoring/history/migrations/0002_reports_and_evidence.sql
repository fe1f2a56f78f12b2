-- The score of record, once per session: scores as columns for the review queries,
-- the whole report (with its evidence and quotes) as JSON for the detail view.
CREATE TABLE reports (
    session_id        INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    total             INTEGER NOT NULL,
    empathy           INTEGER NOT NULL,
    action_speed      INTEGER NOT NULL,
    authority_clarity INTEGER NOT NULL,
    fairness          INTEGER NOT NULL,
    report            TEXT NOT NULL
);

-- One row per point gained or lost, without the quote, so "which rules does the
-- team lose most" is an aggregate over small rows.
CREATE TABLE evidence (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    dimension  TEXT NOT NULL,
    turn       INTEGER NOT NULL,
    rule       TEXT NOT NULL,
    points     INTEGER NOT NULL
);
