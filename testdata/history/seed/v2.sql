-- Version 2 adds reports and evidence: the session from v1.sql gets its score.
INSERT INTO reports (session_id, total, empathy, action_speed, authority_clarity, fairness, report)
    VALUES (1, 78, 82, 70, 85, 75, '{"scenario":"late-delivery","rubric_version":"1","total":78,"dimensions":{},"outcomes":{"relief":true,"clarity":false,"fairness":false,"confidence":false},"ending":"resolved","satisfaction":{"estimate":0,"baseline":0,"paradox":false}}');
INSERT INTO evidence (session_id, dimension, turn, rule, points) VALUES (1, 'empathy', 1, 'owns-the-mistake', -4);
