-- Which version of turn times a session's transcript uses (scoring.TimingWall
-- = 0 for every session stored before, scoring.TimingShown = 2 since), so a
-- transcript read back scores with the same speed rules as when it was played.
ALTER TABLE sessions ADD COLUMN timing INTEGER NOT NULL DEFAULT 0;
