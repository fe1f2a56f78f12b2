-- Sample data a schema-version-1 database could hold: a session with two turns.
INSERT INTO trainees (id, name) VALUES (1, 'Ana');
INSERT INTO scenarios (id, scenario_id, hash, title) VALUES (1, 'late-delivery', 'h1', 'The late gift');
INSERT INTO sessions (id, trainee_id, scenario_ref, rubric_version, voice, started_at, ended_at, ending)
    VALUES (1, 1, 1, '1', 'scripted', 1772443800000, 1772443842000, 'resolved');
INSERT INTO turns (session_id, idx, role, text, action, at_ms, frustration, trust, patience, note) VALUES
    (1, 0, 'customer', 'It came Monday.', NULL, 0, 70, 40, 6, NULL),
    (1, 1, 'agent', '', '{"kind":"refund","amount":25,"currency":"USD"}', 14000, NULL, NULL, NULL, NULL);
