-- Version 3 only adds indexes; a second, unfinished session checks they serve it.
INSERT INTO sessions (id, trainee_id, scenario_ref, rubric_version, voice, started_at)
    VALUES (2, 1, 1, '1', 'scripted', 1772447400000);
