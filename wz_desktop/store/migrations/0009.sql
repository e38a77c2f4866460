-- V9: each task's district of 大连市 (the map on the charts page), worked out once by the store
-- (domain/places.py: the call's district, else the one its summary names) and kept with the task:
-- NULL = not worked out yet, '' = none found. The store fills it whenever a task is written and
-- after this migration (the rows it leaves NULL); a change of the summary or the call link, or of a
-- call's district, sets it back to NULL for the store to work out again before its commit.
ALTER TABLE tasks ADD COLUMN district TEXT;
-- the map's counts: per district (and kind, and period) a range of this index; the tasks not yet
-- worked out are its NULL range
CREATE INDEX tasks_district ON tasks (district, kind, departure);
CREATE TRIGGER tasks_district_stale AFTER UPDATE OF summary, call_id ON tasks
WHEN new.district IS NOT NULL AND (old.summary IS NOT new.summary OR old.call_id IS NOT new.call_id)
BEGIN
    UPDATE tasks SET district = NULL WHERE id = new.id;
END;
CREATE TRIGGER calls_district_stale AFTER UPDATE OF district ON calls
WHEN old.district IS NOT new.district
BEGIN
    UPDATE tasks SET district = NULL WHERE call_id = new.id AND district IS NOT NULL;
END;
