-- Which login added each trainee name. Row-level security (turnaround team
-- init) lets a trainee's login see only the names it added, so other
-- trainees' names stay with the lead. Names stored before this migration
-- belong to the login whose earliest session used them.
ALTER TABLE trainees ADD COLUMN added_by name NOT NULL DEFAULT current_user;

UPDATE trainees t SET added_by = first.owner
FROM (SELECT DISTINCT ON (trainee_id) trainee_id, owner FROM sessions
      ORDER BY trainee_id, started_at, id) first
WHERE first.trainee_id = t.id;

CREATE INDEX trainees_by_added_by ON trainees (added_by);
