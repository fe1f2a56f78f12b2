-- Practice mode and the coaching hints shown, as in the desktop history
-- (migrations/0006): NULL mode is assessment, which is what sessions stored
-- before modes existed read as.
ALTER TABLE sessions ADD COLUMN mode text CHECK (mode IN ('practice'));

CREATE TABLE hints (
    session_id bigint NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    turn       integer NOT NULL,
    rule       text NOT NULL,
    text       text NOT NULL,
    PRIMARY KEY (session_id, turn, rule)
);
