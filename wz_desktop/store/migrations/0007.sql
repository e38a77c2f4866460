
-- V7: the kinds of task become rows, so that a new kind is one more migration that adds a row
-- (see docs/adding-a-kind.md), not a rebuild of the big tables.

-- 1. The kinds. tasks.kind and calls.suggested_kind refer to this table; until V7 each listed the
--    six kinds in a CHECK. Names, order and sheet names live in domain/kinds.py (the word table).
--    slot: the kind's column in member_month (kind1 … kind12, see 3.): each kind has its own.
CREATE TABLE task_kinds (
    code TEXT PRIMARY KEY,
    slot INTEGER NOT NULL UNIQUE CHECK (slot BETWEEN 1 AND 12)
) WITHOUT ROWID;
INSERT INTO task_kinds (code, slot) VALUES ('water', 1), ('urban', 2), ('mountain', 3), ('training', 4), ('epidemic', 5),
                                           ('upkeep', 6);

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

-- 3. member_month (V6) had a column per kind (water … upkeep) and its triggers named each kind.
--    Its kind columns become slots, kind1 … kind12, and the triggers find a kind's slot in
--    task_kinds: a new kind takes a free slot (7 … 12) and needs no new column and no new trigger.
--    (The columns are renamed and added in place: no row of member_month is rewritten. A table of
--    (member, kind, month) would need no slots, but holds ~3 rows a member-month and made the
--    whole archive's member figures about twice as slow to read.) The 13th kind's migration adds
--    columns kind13 … and writes these triggers again with them.
DROP TRIGGER member_month_insert;
DROP TRIGGER member_month_delete;
DROP TRIGGER member_month_update;
DROP TRIGGER summaries_task_figures;
ALTER TABLE member_month RENAME COLUMN water TO kind1;
ALTER TABLE member_month RENAME COLUMN urban TO kind2;
ALTER TABLE member_month RENAME COLUMN mountain TO kind3;
ALTER TABLE member_month RENAME COLUMN training TO kind4;
ALTER TABLE member_month RENAME COLUMN epidemic TO kind5;
ALTER TABLE member_month RENAME COLUMN upkeep TO kind6;
ALTER TABLE member_month ADD COLUMN kind7 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE member_month ADD COLUMN kind8 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE member_month ADD COLUMN kind9 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE member_month ADD COLUMN kind10 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE member_month ADD COLUMN kind11 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE member_month ADD COLUMN kind12 INTEGER NOT NULL DEFAULT 0;

-- The triggers of V6 again, with the kind's slot where they named the kind (an attendance row added
-- takes its task's figures from the task; one removed or changed gives back the copies it carries).
-- "Attended" is written as three IS tests rather than an IN list, which SQLite evaluates through a
-- temporary index each time: fourteen of them a row made recording attendance 1.7 times slower.
CREATE TRIGGER member_month_insert AFTER INSERT ON task_members BEGIN
    INSERT INTO member_month (member_id, month, tasks, late, left_early, absent, unrecorded, hours, kind1, kind2, kind3, kind4, kind5, kind6, kind7, kind8, kind9, kind10, kind11, kind12)
    SELECT new.member_id, coalesce(substr(t.departure, 1, 7), ''), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退')), (new.attendance IS '迟到'), (new.attendance IS '早退'), (new.attendance IS '缺勤'), (new.attendance IS NULL), CASE WHEN (new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') THEN coalesce(new.hours, 0) ELSE 0 END, ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 1), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 2), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 3), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 4), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 5), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 6), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 7), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 8), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 9), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 10), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 11), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 12)
    FROM tasks t LEFT JOIN task_kinds k ON k.code = t.kind WHERE t.id = new.task_id
    ON CONFLICT (member_id, month) DO UPDATE SET tasks = tasks + excluded.tasks, late = late + excluded.late, left_early = left_early + excluded.left_early, absent = absent + excluded.absent, unrecorded = unrecorded + excluded.unrecorded, hours = hours + excluded.hours, kind1 = kind1 + excluded.kind1, kind2 = kind2 + excluded.kind2, kind3 = kind3 + excluded.kind3, kind4 = kind4 + excluded.kind4, kind5 = kind5 + excluded.kind5, kind6 = kind6 + excluded.kind6, kind7 = kind7 + excluded.kind7, kind8 = kind8 + excluded.kind8, kind9 = kind9 + excluded.kind9, kind10 = kind10 + excluded.kind10, kind11 = kind11 + excluded.kind11, kind12 = kind12 + excluded.kind12;
END;
CREATE TRIGGER member_month_delete AFTER DELETE ON task_members BEGIN
    INSERT INTO member_month (member_id, month, tasks, late, left_early, absent, unrecorded, hours, kind1, kind2, kind3, kind4, kind5, kind6, kind7, kind8, kind9, kind10, kind11, kind12)
    SELECT old.member_id, coalesce(substr(old.departure, 1, 7), ''), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退')), -(old.attendance IS '迟到'), -(old.attendance IS '早退'), -(old.attendance IS '缺勤'), -(old.attendance IS NULL), CASE WHEN (old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') THEN -coalesce(old.hours, 0) ELSE 0 END, -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 1), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 2), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 3), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 4), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 5), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 6), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 7), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 8), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 9), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 10), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 11), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 12)
    FROM (SELECT (SELECT slot FROM task_kinds WHERE code = old.kind) AS slot) k WHERE 1
    ON CONFLICT (member_id, month) DO UPDATE SET tasks = tasks + excluded.tasks, late = late + excluded.late, left_early = left_early + excluded.left_early, absent = absent + excluded.absent, unrecorded = unrecorded + excluded.unrecorded, hours = hours + excluded.hours, kind1 = kind1 + excluded.kind1, kind2 = kind2 + excluded.kind2, kind3 = kind3 + excluded.kind3, kind4 = kind4 + excluded.kind4, kind5 = kind5 + excluded.kind5, kind6 = kind6 + excluded.kind6, kind7 = kind7 + excluded.kind7, kind8 = kind8 + excluded.kind8, kind9 = kind9 + excluded.kind9, kind10 = kind10 + excluded.kind10, kind11 = kind11 + excluded.kind11, kind12 = kind12 + excluded.kind12;
END;
CREATE TRIGGER member_month_update AFTER UPDATE OF member_id, attendance, hours ON task_members BEGIN
    INSERT INTO member_month (member_id, month, tasks, late, left_early, absent, unrecorded, hours, kind1, kind2, kind3, kind4, kind5, kind6, kind7, kind8, kind9, kind10, kind11, kind12)
    SELECT old.member_id, coalesce(substr(old.departure, 1, 7), ''), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退')), -(old.attendance IS '迟到'), -(old.attendance IS '早退'), -(old.attendance IS '缺勤'), -(old.attendance IS NULL), CASE WHEN (old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') THEN -coalesce(old.hours, 0) ELSE 0 END, -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 1), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 2), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 3), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 4), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 5), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 6), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 7), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 8), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 9), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 10), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 11), -((old.attendance IS '出勤' OR old.attendance IS '迟到' OR old.attendance IS '早退') AND k.slot IS 12)
    FROM (SELECT (SELECT slot FROM task_kinds WHERE code = old.kind) AS slot) k WHERE 1
    ON CONFLICT (member_id, month) DO UPDATE SET tasks = tasks + excluded.tasks, late = late + excluded.late, left_early = left_early + excluded.left_early, absent = absent + excluded.absent, unrecorded = unrecorded + excluded.unrecorded, hours = hours + excluded.hours, kind1 = kind1 + excluded.kind1, kind2 = kind2 + excluded.kind2, kind3 = kind3 + excluded.kind3, kind4 = kind4 + excluded.kind4, kind5 = kind5 + excluded.kind5, kind6 = kind6 + excluded.kind6, kind7 = kind7 + excluded.kind7, kind8 = kind8 + excluded.kind8, kind9 = kind9 + excluded.kind9, kind10 = kind10 + excluded.kind10, kind11 = kind11 + excluded.kind11, kind12 = kind12 + excluded.kind12;
    INSERT INTO member_month (member_id, month, tasks, late, left_early, absent, unrecorded, hours, kind1, kind2, kind3, kind4, kind5, kind6, kind7, kind8, kind9, kind10, kind11, kind12)
    SELECT new.member_id, coalesce(substr(new.departure, 1, 7), ''), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退')), (new.attendance IS '迟到'), (new.attendance IS '早退'), (new.attendance IS '缺勤'), (new.attendance IS NULL), CASE WHEN (new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') THEN coalesce(new.hours, 0) ELSE 0 END, ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 1), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 2), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 3), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 4), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 5), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 6), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 7), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 8), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 9), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 10), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 11), ((new.attendance IS '出勤' OR new.attendance IS '迟到' OR new.attendance IS '早退') AND k.slot IS 12)
    FROM (SELECT (SELECT slot FROM task_kinds WHERE code = new.kind) AS slot) k WHERE 1
    ON CONFLICT (member_id, month) DO UPDATE SET tasks = tasks + excluded.tasks, late = late + excluded.late, left_early = left_early + excluded.left_early, absent = absent + excluded.absent, unrecorded = unrecorded + excluded.unrecorded, hours = hours + excluded.hours, kind1 = kind1 + excluded.kind1, kind2 = kind2 + excluded.kind2, kind3 = kind3 + excluded.kind3, kind4 = kind4 + excluded.kind4, kind5 = kind5 + excluded.kind5, kind6 = kind6 + excluded.kind6, kind7 = kind7 + excluded.kind7, kind8 = kind8 + excluded.kind8, kind9 = kind9 + excluded.kind9, kind10 = kind10 + excluded.kind10, kind11 = kind11 + excluded.kind11, kind12 = kind12 + excluded.kind12;
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
    INSERT INTO member_month (member_id, month, tasks, late, left_early, absent, unrecorded, hours, kind1, kind2, kind3, kind4, kind5, kind6, kind7, kind8, kind9, kind10, kind11, kind12)
    SELECT tm.member_id, coalesce(substr(old.departure, 1, 7), ''), -((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退')), -(tm.attendance IS '迟到'), -(tm.attendance IS '早退'), -(tm.attendance IS '缺勤'), -(tm.attendance IS NULL), CASE WHEN (tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') THEN -coalesce(tm.hours, 0) ELSE 0 END, -((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 1), -((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 2), -((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 3), -((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 4), -((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 5), -((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 6), -((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 7), -((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 8), -((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 9), -((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 10), -((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 11), -((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 12)
    FROM task_members tm, (SELECT (SELECT slot FROM task_kinds WHERE code = old.kind) AS slot) k
    WHERE tm.task_id = new.id AND (substr(new.departure, 1, 7) IS NOT substr(old.departure, 1, 7) OR new.kind IS NOT old.kind)
    ON CONFLICT (member_id, month) DO UPDATE SET tasks = tasks + excluded.tasks, late = late + excluded.late, left_early = left_early + excluded.left_early, absent = absent + excluded.absent, unrecorded = unrecorded + excluded.unrecorded, hours = hours + excluded.hours, kind1 = kind1 + excluded.kind1, kind2 = kind2 + excluded.kind2, kind3 = kind3 + excluded.kind3, kind4 = kind4 + excluded.kind4, kind5 = kind5 + excluded.kind5, kind6 = kind6 + excluded.kind6, kind7 = kind7 + excluded.kind7, kind8 = kind8 + excluded.kind8, kind9 = kind9 + excluded.kind9, kind10 = kind10 + excluded.kind10, kind11 = kind11 + excluded.kind11, kind12 = kind12 + excluded.kind12;
    INSERT INTO member_month (member_id, month, tasks, late, left_early, absent, unrecorded, hours, kind1, kind2, kind3, kind4, kind5, kind6, kind7, kind8, kind9, kind10, kind11, kind12)
    SELECT tm.member_id, coalesce(substr(new.departure, 1, 7), ''), ((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退')), (tm.attendance IS '迟到'), (tm.attendance IS '早退'), (tm.attendance IS '缺勤'), (tm.attendance IS NULL), CASE WHEN (tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') THEN coalesce(tm.hours, 0) ELSE 0 END, ((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 1), ((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 2), ((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 3), ((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 4), ((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 5), ((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 6), ((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 7), ((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 8), ((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 9), ((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 10), ((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 11), ((tm.attendance IS '出勤' OR tm.attendance IS '迟到' OR tm.attendance IS '早退') AND k.slot IS 12)
    FROM task_members tm, (SELECT (SELECT slot FROM task_kinds WHERE code = new.kind) AS slot) k
    WHERE tm.task_id = new.id AND (substr(new.departure, 1, 7) IS NOT substr(old.departure, 1, 7) OR new.kind IS NOT old.kind)
    ON CONFLICT (member_id, month) DO UPDATE SET tasks = tasks + excluded.tasks, late = late + excluded.late, left_early = left_early + excluded.left_early, absent = absent + excluded.absent, unrecorded = unrecorded + excluded.unrecorded, hours = hours + excluded.hours, kind1 = kind1 + excluded.kind1, kind2 = kind2 + excluded.kind2, kind3 = kind3 + excluded.kind3, kind4 = kind4 + excluded.kind4, kind5 = kind5 + excluded.kind5, kind6 = kind6 + excluded.kind6, kind7 = kind7 + excluded.kind7, kind8 = kind8 + excluded.kind8, kind9 = kind9 + excluded.kind9, kind10 = kind10 + excluded.kind10, kind11 = kind11 + excluded.kind11, kind12 = kind12 + excluded.kind12;
END;
