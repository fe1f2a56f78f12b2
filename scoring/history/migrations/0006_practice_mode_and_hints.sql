-- Practice mode shows coaching hints and allows retries; assessment mode shows
-- neither, and is what a team lead's reports count by default. Sessions stored
-- before modes existed had no hints, so they read as assessment (NULL).
ALTER TABLE sessions ADD COLUMN mode TEXT CHECK (mode IN ('practice'));

-- The hints a trainee was shown, one row per hint, so a session that had help
-- is marked as assisted wherever it is listed.
CREATE TABLE hints (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    turn       INTEGER NOT NULL,
    rule       TEXT NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (session_id, turn, rule)
) WITHOUT ROWID;
