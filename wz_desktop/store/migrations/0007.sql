
-- V7: the kinds of task become rows, so that a new kind is one more migration that adds a row
-- (see docs/adding-a-kind.md), not a rebuild of the big tables.

-- 1. The kinds. tasks.kind and calls.suggested_kind refer to this table; until V7 each listed the
--    six kinds in a CHECK. Names, order and sheet names live in domain/kinds.py (the word table).
CREATE TABLE task_kinds (
    code TEXT PRIMARY KEY
) WITHOUT ROWID;
INSERT INTO task_kinds (code) VALUES ('water'), ('urban'), ('mountain'), ('training'), ('epidemic'), ('upkeep');

-- 2. The CHECKs that listed the kinds become references to task_kinds. SQLite cannot drop a
--    CHECK without copying the table (a million tasks, every index and trigger rebuilt), but it
--    documents editing the stored CREATE TABLE for removing a CHECK, which changes nothing in the
--    stored rows (https://www.sqlite.org/lang_altertable.html, "otheralter"): the rows already
--    satisfy the reference, since the CHECK held them to these six codes. A copy of the database
--    is taken before any migration (store/db.py); on an SQLite that forbids the edit (defensive
--    mode) the migration fails and the database is left as it was.
PRAGMA writable_schema = ON;
UPDATE sqlite_master
SET sql = replace(sql, 'kind          TEXT NOT NULL CHECK (kind = ''water'' OR kind = ''urban'' OR kind = ''mountain'' OR kind = ''training'' OR kind = ''epidemic'' OR kind = ''upkeep''),',
                       'kind          TEXT NOT NULL REFERENCES task_kinds(code),')
WHERE type = 'table' AND name = 'tasks';
UPDATE sqlite_master
SET sql = replace(sql, 'suggested_kind TEXT CHECK (suggested_kind IS NULL OR suggested_kind = ''water'' OR suggested_kind = ''urban'' OR suggested_kind = ''mountain'' OR suggested_kind = ''training'' OR suggested_kind = ''epidemic'' OR suggested_kind = ''upkeep''),',
                       'suggested_kind TEXT REFERENCES task_kinds(code),')
WHERE type = 'table' AND name = 'calls';
PRAGMA writable_schema = RESET;
-- both edits were made (else the migration stops here, nothing changed)
CREATE TEMP TABLE v7_edits (both_kind_checks_replaced INTEGER CHECK (both_kind_checks_replaced = 2));
INSERT INTO v7_edits SELECT count(*) FROM sqlite_master
WHERE type = 'table' AND name IN ('tasks', 'calls') AND sql LIKE '%kind %TEXT%REFERENCES task_kinds(code),%'
      AND sql NOT LIKE '%kind = ''water''%';
DROP TABLE v7_edits;

-- 3. member_month (V6) had a column per kind, and its triggers named each kind. The attended tasks
--    per member, kind and month move to member_month_kind, whose triggers name no kind. Rows only
--    where a member attended a task of the kind that month (~3 kinds a member-month); a bucket that
--    comes back to zero stays, empty, as in V6. Keyed by member and kind, so a member's kinds over a
--    period are one walk in the order they are summed (store/attendance.py).
CREATE TABLE member_month_kind (
    member_id INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    month     TEXT NOT NULL,
    tasks     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (member_id, kind, month)
) WITHOUT ROWID;
INSERT INTO member_month_kind (member_id, kind, month, tasks)
SELECT member_id, 'water', month, water FROM member_month WHERE water <> 0
UNION ALL SELECT member_id, 'urban', month, urban FROM member_month WHERE urban <> 0
UNION ALL SELECT member_id, 'mountain', month, mountain FROM member_month WHERE mountain <> 0
UNION ALL SELECT member_id, 'training', month, training FROM member_month WHERE training <> 0
UNION ALL SELECT member_id, 'epidemic', month, epidemic FROM member_month WHERE epidemic <> 0
UNION ALL SELECT member_id, 'upkeep', month, upkeep FROM member_month WHERE upkeep <> 0
ORDER BY 1, 2, 3;

DROP TRIGGER member_month_insert;
DROP TRIGGER member_month_delete;
DROP TRIGGER member_month_update;
DROP TRIGGER summaries_task_figures;

-- member_month without the kind columns (a copy: the table is small, ~100,000 rows on a million tasks)
CREATE TABLE member_month_v7 (
    member_id  INTEGER NOT NULL,
    month      TEXT NOT NULL,
    tasks      INTEGER NOT NULL DEFAULT 0,
    late       INTEGER NOT NULL DEFAULT 0,
    left_early INTEGER NOT NULL DEFAULT 0,
    absent     INTEGER NOT NULL DEFAULT 0,
    unrecorded INTEGER NOT NULL DEFAULT 0,
    hours      REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (member_id, month)
) WITHOUT ROWID;
INSERT INTO member_month_v7 (member_id, month, tasks, late, left_early, absent, unrecorded, hours)
SELECT member_id, month, tasks, late, left_early, absent, unrecorded, hours FROM member_month ORDER BY 1, 2;
DROP TABLE member_month;
ALTER TABLE member_month_v7 RENAME TO member_month;

-- The triggers of V6 again, with member_month_kind for the kinds. An attendance row added takes its
-- task's kind and departure from the task (its copies are filled just after, by the V3 triggers);
-- one removed or changed gives back the copies it carries; a task whose departure or kind changes
-- moves its rows.
CREATE TRIGGER member_month_insert AFTER INSERT ON task_members BEGIN
    INSERT INTO member_month (member_id, month, tasks, late, left_early, absent, unrecorded, hours)
    SELECT new.member_id, coalesce(substr(t.departure, 1, 7), ''), (coalesce(new.attendance, '') IN ('出勤', '迟到', '早退')), (new.attendance IS '迟到'), (new.attendance IS '早退'), (new.attendance IS '缺勤'), (new.attendance IS NULL), CASE WHEN coalesce(new.attendance, '') IN ('出勤', '迟到', '早退') THEN coalesce(new.hours, 0) ELSE 0 END
    FROM tasks t WHERE t.id = new.task_id
    ON CONFLICT (member_id, month) DO UPDATE SET tasks = tasks + excluded.tasks, late = late + excluded.late, left_early = left_early + excluded.left_early, absent = absent + excluded.absent, unrecorded = unrecorded + excluded.unrecorded, hours = hours + excluded.hours;
    INSERT INTO member_month_kind (member_id, kind, month, tasks)
    SELECT new.member_id, t.kind, coalesce(substr(t.departure, 1, 7), ''), 1
    FROM tasks t WHERE t.id = new.task_id AND coalesce(new.attendance, '') IN ('出勤', '迟到', '早退')
    ON CONFLICT (member_id, kind, month) DO UPDATE SET tasks = tasks + excluded.tasks;
END;
CREATE TRIGGER member_month_delete AFTER DELETE ON task_members BEGIN
    INSERT INTO member_month (member_id, month, tasks, late, left_early, absent, unrecorded, hours)
    VALUES (old.member_id, coalesce(substr(old.departure, 1, 7), ''), -(coalesce(old.attendance, '') IN ('出勤', '迟到', '早退')), -(old.attendance IS '迟到'), -(old.attendance IS '早退'), -(old.attendance IS '缺勤'), -(old.attendance IS NULL), CASE WHEN coalesce(old.attendance, '') IN ('出勤', '迟到', '早退') THEN -coalesce(old.hours, 0) ELSE 0 END)
    ON CONFLICT (member_id, month) DO UPDATE SET tasks = tasks + excluded.tasks, late = late + excluded.late, left_early = left_early + excluded.left_early, absent = absent + excluded.absent, unrecorded = unrecorded + excluded.unrecorded, hours = hours + excluded.hours;
    INSERT INTO member_month_kind (member_id, kind, month, tasks)
    SELECT old.member_id, old.kind, coalesce(substr(old.departure, 1, 7), ''), -1
    WHERE old.kind IS NOT NULL AND coalesce(old.attendance, '') IN ('出勤', '迟到', '早退')
    ON CONFLICT (member_id, kind, month) DO UPDATE SET tasks = tasks + excluded.tasks;
END;
CREATE TRIGGER member_month_update AFTER UPDATE OF member_id, attendance, hours ON task_members BEGIN
    INSERT INTO member_month (member_id, month, tasks, late, left_early, absent, unrecorded, hours)
    VALUES (old.member_id, coalesce(substr(old.departure, 1, 7), ''), -(coalesce(old.attendance, '') IN ('出勤', '迟到', '早退')), -(old.attendance IS '迟到'), -(old.attendance IS '早退'), -(old.attendance IS '缺勤'), -(old.attendance IS NULL), CASE WHEN coalesce(old.attendance, '') IN ('出勤', '迟到', '早退') THEN -coalesce(old.hours, 0) ELSE 0 END)
    ON CONFLICT (member_id, month) DO UPDATE SET tasks = tasks + excluded.tasks, late = late + excluded.late, left_early = left_early + excluded.left_early, absent = absent + excluded.absent, unrecorded = unrecorded + excluded.unrecorded, hours = hours + excluded.hours;
    INSERT INTO member_month (member_id, month, tasks, late, left_early, absent, unrecorded, hours)
    VALUES (new.member_id, coalesce(substr(new.departure, 1, 7), ''), (coalesce(new.attendance, '') IN ('出勤', '迟到', '早退')), (new.attendance IS '迟到'), (new.attendance IS '早退'), (new.attendance IS '缺勤'), (new.attendance IS NULL), CASE WHEN coalesce(new.attendance, '') IN ('出勤', '迟到', '早退') THEN coalesce(new.hours, 0) ELSE 0 END)
    ON CONFLICT (member_id, month) DO UPDATE SET tasks = tasks + excluded.tasks, late = late + excluded.late, left_early = left_early + excluded.left_early, absent = absent + excluded.absent, unrecorded = unrecorded + excluded.unrecorded, hours = hours + excluded.hours;
    INSERT INTO member_month_kind (member_id, kind, month, tasks)
    SELECT old.member_id, old.kind, coalesce(substr(old.departure, 1, 7), ''), -1
    WHERE old.kind IS NOT NULL AND coalesce(old.attendance, '') IN ('出勤', '迟到', '早退')
    ON CONFLICT (member_id, kind, month) DO UPDATE SET tasks = tasks + excluded.tasks;
    INSERT INTO member_month_kind (member_id, kind, month, tasks)
    SELECT new.member_id, new.kind, coalesce(substr(new.departure, 1, 7), ''), 1
    WHERE new.kind IS NOT NULL AND coalesce(new.attendance, '') IN ('出勤', '迟到', '早退')
    ON CONFLICT (member_id, kind, month) DO UPDATE SET tasks = tasks + excluded.tasks;
END;

CREATE TRIGGER summaries_task_figures AFTER UPDATE OF departure, kind, headcount, vehicles ON tasks
WHEN new.departure IS NOT old.departure OR new.kind IS NOT old.kind OR new.headcount IS NOT old.headcount
     OR new.vehicles IS NOT old.vehicles BEGIN
    INSERT INTO squad_pairs (squad_id, with_id, month, kind, tasks, people, trips, with_heads)
    SELECT a.squad_id, b.squad_id, m.month, m.kind, m.sign, m.sign * coalesce(m.headcount, 0),
           m.sign * coalesce(m.vehicles, 0), m.sign * (m.headcount IS NOT NULL)
    FROM task_squads a JOIN task_squads b ON b.task_id = a.task_id,
         (SELECT -1 AS sign, coalesce(substr(old.departure, 1, 7), '') AS month, coalesce(old.kind, '') AS kind,
                 old.headcount AS headcount, old.vehicles AS vehicles
          UNION ALL
          SELECT 1, coalesce(substr(new.departure, 1, 7), ''), coalesce(new.kind, ''), new.headcount, new.vehicles) m
    WHERE a.task_id = new.id
    ON CONFLICT (squad_id, with_id, month, kind) DO UPDATE SET tasks = tasks + excluded.tasks, people = people + excluded.people, trips = trips + excluded.trips, with_heads = with_heads + excluded.with_heads;
    INSERT INTO member_month (member_id, month, tasks, late, left_early, absent, unrecorded, hours)
    SELECT tm.member_id, coalesce(substr(old.departure, 1, 7), ''), -(coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退')), -(tm.attendance IS '迟到'), -(tm.attendance IS '早退'), -(tm.attendance IS '缺勤'), -(tm.attendance IS NULL), CASE WHEN coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退') THEN -coalesce(tm.hours, 0) ELSE 0 END
    FROM task_members tm
    WHERE tm.task_id = new.id AND substr(new.departure, 1, 7) IS NOT substr(old.departure, 1, 7)
    ON CONFLICT (member_id, month) DO UPDATE SET tasks = tasks + excluded.tasks, late = late + excluded.late, left_early = left_early + excluded.left_early, absent = absent + excluded.absent, unrecorded = unrecorded + excluded.unrecorded, hours = hours + excluded.hours;
    INSERT INTO member_month (member_id, month, tasks, late, left_early, absent, unrecorded, hours)
    SELECT tm.member_id, coalesce(substr(new.departure, 1, 7), ''), (coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退')), (tm.attendance IS '迟到'), (tm.attendance IS '早退'), (tm.attendance IS '缺勤'), (tm.attendance IS NULL), CASE WHEN coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退') THEN coalesce(tm.hours, 0) ELSE 0 END
    FROM task_members tm
    WHERE tm.task_id = new.id AND substr(new.departure, 1, 7) IS NOT substr(old.departure, 1, 7)
    ON CONFLICT (member_id, month) DO UPDATE SET tasks = tasks + excluded.tasks, late = late + excluded.late, left_early = left_early + excluded.left_early, absent = absent + excluded.absent, unrecorded = unrecorded + excluded.unrecorded, hours = hours + excluded.hours;
    INSERT INTO member_month_kind (member_id, kind, month, tasks)
    SELECT tm.member_id, old.kind, coalesce(substr(old.departure, 1, 7), ''), -1
    FROM task_members tm
    WHERE tm.task_id = new.id AND (substr(new.departure, 1, 7) IS NOT substr(old.departure, 1, 7) OR new.kind IS NOT old.kind)
          AND coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退')
    ON CONFLICT (member_id, kind, month) DO UPDATE SET tasks = tasks + excluded.tasks;
    INSERT INTO member_month_kind (member_id, kind, month, tasks)
    SELECT tm.member_id, new.kind, coalesce(substr(new.departure, 1, 7), ''), 1
    FROM task_members tm
    WHERE tm.task_id = new.id AND (substr(new.departure, 1, 7) IS NOT substr(old.departure, 1, 7) OR new.kind IS NOT old.kind)
          AND coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退')
    ON CONFLICT (member_id, kind, month) DO UPDATE SET tasks = tasks + excluded.tasks;
END;
