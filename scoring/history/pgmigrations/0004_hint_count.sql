-- Session lists and exports show how many hints each session had. Counting
-- them per listed session cost an index probe per row (30 ms of an export of
-- a month); a trigger keeps the count on the session row instead, as
-- turn_count is kept, whoever writes the hints.
ALTER TABLE sessions ADD COLUMN hint_count integer NOT NULL DEFAULT 0;

UPDATE sessions se SET hint_count = h.n
FROM (SELECT session_id, count(*) AS n FROM hints GROUP BY session_id) h
WHERE h.session_id = se.id;

CREATE FUNCTION hint_count_track() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE sessions SET hint_count = hint_count + 1 WHERE id = NEW.session_id;
        RETURN NEW;
    END IF;
    UPDATE sessions SET hint_count = hint_count - 1 WHERE id = OLD.session_id;
    RETURN OLD;
END $$;

CREATE TRIGGER hint_count_track AFTER INSERT OR DELETE ON hints
    FOR EACH ROW EXECUTE FUNCTION hint_count_track();
