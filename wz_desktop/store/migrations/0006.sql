
CREATE TABLE member_month (
    member_id  INTEGER NOT NULL,
    month      TEXT NOT NULL,
    tasks      INTEGER NOT NULL DEFAULT 0,
    late       INTEGER NOT NULL DEFAULT 0,
    left_early INTEGER NOT NULL DEFAULT 0,
    absent     INTEGER NOT NULL DEFAULT 0,
    unrecorded INTEGER NOT NULL DEFAULT 0,
    hours      REAL NOT NULL DEFAULT 0,
    water INTEGER NOT NULL DEFAULT 0, urban INTEGER NOT NULL DEFAULT 0, mountain INTEGER NOT NULL DEFAULT 0, training INTEGER NOT NULL DEFAULT 0, epidemic INTEGER NOT NULL DEFAULT 0, upkeep INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (member_id, month)
) WITHOUT ROWID;

CREATE TABLE squad_pairs (
    squad_id   INTEGER NOT NULL,
    with_id    INTEGER NOT NULL,
    month      TEXT NOT NULL,
    kind       TEXT NOT NULL,
    tasks      INTEGER NOT NULL DEFAULT 0,
    people     INTEGER NOT NULL DEFAULT 0,
    trips      INTEGER NOT NULL DEFAULT 0,
    with_heads INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (squad_id, with_id, month, kind)
) WITHOUT ROWID;

INSERT INTO member_month (member_id, month, tasks, late, left_early, absent, unrecorded, hours, water, urban, mountain, training, epidemic, upkeep)

SELECT member_id, coalesce(substr(departure, 1, 7), ''),
       sum(coalesce(attendance, '') IN ('出勤', '迟到', '早退')), sum(attendance IS '迟到'), sum(attendance IS '早退'), sum(attendance IS '缺勤'),
       sum(attendance IS NULL), total(CASE WHEN coalesce(attendance, '') IN ('出勤', '迟到', '早退') THEN hours END),
       sum(coalesce(attendance, '') IN ('出勤', '迟到', '早退') AND kind IS 'water'), sum(coalesce(attendance, '') IN ('出勤', '迟到', '早退') AND kind IS 'urban'), sum(coalesce(attendance, '') IN ('出勤', '迟到', '早退') AND kind IS 'mountain'), sum(coalesce(attendance, '') IN ('出勤', '迟到', '早退') AND kind IS 'training'), sum(coalesce(attendance, '') IN ('出勤', '迟到', '早退') AND kind IS 'epidemic'), sum(coalesce(attendance, '') IN ('出勤', '迟到', '早退') AND kind IS 'upkeep')
FROM task_members GROUP BY 1, 2;
INSERT INTO squad_pairs (squad_id, with_id, month, kind, tasks, people, trips, with_heads)

SELECT a.squad_id, b.squad_id, coalesce(substr(a.departure, 1, 7), ''), coalesce(a.kind, ''),
       count(*), total(a.headcount), total(a.vehicles), count(a.headcount)
FROM task_squads a JOIN task_squads b ON b.task_id = a.task_id GROUP BY 1, 2, 3, 4;

CREATE TRIGGER member_month_insert AFTER INSERT ON task_members BEGIN
    INSERT INTO member_month (member_id, month, tasks, late, left_early, absent, unrecorded, hours, water, urban, mountain, training, epidemic, upkeep)
    SELECT new.member_id, coalesce(substr(t.departure, 1, 7), ''), (coalesce(new.attendance, '') IN ('出勤', '迟到', '早退')), (new.attendance IS '迟到'), (new.attendance IS '早退'), (new.attendance IS '缺勤'), (new.attendance IS NULL), CASE WHEN coalesce(new.attendance, '') IN ('出勤', '迟到', '早退') THEN coalesce(new.hours, 0) ELSE 0 END, (coalesce(new.attendance, '') IN ('出勤', '迟到', '早退') AND t.kind IS 'water'), (coalesce(new.attendance, '') IN ('出勤', '迟到', '早退') AND t.kind IS 'urban'), (coalesce(new.attendance, '') IN ('出勤', '迟到', '早退') AND t.kind IS 'mountain'), (coalesce(new.attendance, '') IN ('出勤', '迟到', '早退') AND t.kind IS 'training'), (coalesce(new.attendance, '') IN ('出勤', '迟到', '早退') AND t.kind IS 'epidemic'), (coalesce(new.attendance, '') IN ('出勤', '迟到', '早退') AND t.kind IS 'upkeep')
    FROM tasks t WHERE t.id = new.task_id
    ON CONFLICT (member_id, month) DO UPDATE SET tasks = tasks + excluded.tasks, late = late + excluded.late, left_early = left_early + excluded.left_early, absent = absent + excluded.absent, unrecorded = unrecorded + excluded.unrecorded, hours = hours + excluded.hours, water = water + excluded.water, urban = urban + excluded.urban, mountain = mountain + excluded.mountain, training = training + excluded.training, epidemic = epidemic + excluded.epidemic, upkeep = upkeep + excluded.upkeep;
END;
CREATE TRIGGER member_month_delete AFTER DELETE ON task_members BEGIN
    INSERT INTO member_month (member_id, month, tasks, late, left_early, absent, unrecorded, hours, water, urban, mountain, training, epidemic, upkeep)
    VALUES (old.member_id, coalesce(substr(old.departure, 1, 7), ''), -(coalesce(old.attendance, '') IN ('出勤', '迟到', '早退')), -(old.attendance IS '迟到'), -(old.attendance IS '早退'), -(old.attendance IS '缺勤'), -(old.attendance IS NULL), CASE WHEN coalesce(old.attendance, '') IN ('出勤', '迟到', '早退') THEN -coalesce(old.hours, 0) ELSE 0 END, -(coalesce(old.attendance, '') IN ('出勤', '迟到', '早退') AND old.kind IS 'water'), -(coalesce(old.attendance, '') IN ('出勤', '迟到', '早退') AND old.kind IS 'urban'), -(coalesce(old.attendance, '') IN ('出勤', '迟到', '早退') AND old.kind IS 'mountain'), -(coalesce(old.attendance, '') IN ('出勤', '迟到', '早退') AND old.kind IS 'training'), -(coalesce(old.attendance, '') IN ('出勤', '迟到', '早退') AND old.kind IS 'epidemic'), -(coalesce(old.attendance, '') IN ('出勤', '迟到', '早退') AND old.kind IS 'upkeep'))
    ON CONFLICT (member_id, month) DO UPDATE SET tasks = tasks + excluded.tasks, late = late + excluded.late, left_early = left_early + excluded.left_early, absent = absent + excluded.absent, unrecorded = unrecorded + excluded.unrecorded, hours = hours + excluded.hours, water = water + excluded.water, urban = urban + excluded.urban, mountain = mountain + excluded.mountain, training = training + excluded.training, epidemic = epidemic + excluded.epidemic, upkeep = upkeep + excluded.upkeep;
END;
CREATE TRIGGER member_month_update AFTER UPDATE OF member_id, attendance, hours ON task_members BEGIN
    INSERT INTO member_month (member_id, month, tasks, late, left_early, absent, unrecorded, hours, water, urban, mountain, training, epidemic, upkeep)
    VALUES (old.member_id, coalesce(substr(old.departure, 1, 7), ''), -(coalesce(old.attendance, '') IN ('出勤', '迟到', '早退')), -(old.attendance IS '迟到'), -(old.attendance IS '早退'), -(old.attendance IS '缺勤'), -(old.attendance IS NULL), CASE WHEN coalesce(old.attendance, '') IN ('出勤', '迟到', '早退') THEN -coalesce(old.hours, 0) ELSE 0 END, -(coalesce(old.attendance, '') IN ('出勤', '迟到', '早退') AND old.kind IS 'water'), -(coalesce(old.attendance, '') IN ('出勤', '迟到', '早退') AND old.kind IS 'urban'), -(coalesce(old.attendance, '') IN ('出勤', '迟到', '早退') AND old.kind IS 'mountain'), -(coalesce(old.attendance, '') IN ('出勤', '迟到', '早退') AND old.kind IS 'training'), -(coalesce(old.attendance, '') IN ('出勤', '迟到', '早退') AND old.kind IS 'epidemic'), -(coalesce(old.attendance, '') IN ('出勤', '迟到', '早退') AND old.kind IS 'upkeep'))
    ON CONFLICT (member_id, month) DO UPDATE SET tasks = tasks + excluded.tasks, late = late + excluded.late, left_early = left_early + excluded.left_early, absent = absent + excluded.absent, unrecorded = unrecorded + excluded.unrecorded, hours = hours + excluded.hours, water = water + excluded.water, urban = urban + excluded.urban, mountain = mountain + excluded.mountain, training = training + excluded.training, epidemic = epidemic + excluded.epidemic, upkeep = upkeep + excluded.upkeep;
    INSERT INTO member_month (member_id, month, tasks, late, left_early, absent, unrecorded, hours, water, urban, mountain, training, epidemic, upkeep)
    VALUES (new.member_id, coalesce(substr(new.departure, 1, 7), ''), (coalesce(new.attendance, '') IN ('出勤', '迟到', '早退')), (new.attendance IS '迟到'), (new.attendance IS '早退'), (new.attendance IS '缺勤'), (new.attendance IS NULL), CASE WHEN coalesce(new.attendance, '') IN ('出勤', '迟到', '早退') THEN coalesce(new.hours, 0) ELSE 0 END, (coalesce(new.attendance, '') IN ('出勤', '迟到', '早退') AND new.kind IS 'water'), (coalesce(new.attendance, '') IN ('出勤', '迟到', '早退') AND new.kind IS 'urban'), (coalesce(new.attendance, '') IN ('出勤', '迟到', '早退') AND new.kind IS 'mountain'), (coalesce(new.attendance, '') IN ('出勤', '迟到', '早退') AND new.kind IS 'training'), (coalesce(new.attendance, '') IN ('出勤', '迟到', '早退') AND new.kind IS 'epidemic'), (coalesce(new.attendance, '') IN ('出勤', '迟到', '早退') AND new.kind IS 'upkeep'))
    ON CONFLICT (member_id, month) DO UPDATE SET tasks = tasks + excluded.tasks, late = late + excluded.late, left_early = left_early + excluded.left_early, absent = absent + excluded.absent, unrecorded = unrecorded + excluded.unrecorded, hours = hours + excluded.hours, water = water + excluded.water, urban = urban + excluded.urban, mountain = mountain + excluded.mountain, training = training + excluded.training, epidemic = epidemic + excluded.epidemic, upkeep = upkeep + excluded.upkeep;
END;

CREATE TRIGGER squad_pairs_insert AFTER INSERT ON task_squads
WHEN new.task_id <= (SELECT indexed_upto FROM derived_state WHERE id = 1) BEGIN
    INSERT INTO squad_pairs (squad_id, with_id, month, kind, tasks, people, trips, with_heads)
    SELECT p.a, p.b, coalesce(substr(t.departure, 1, 7), ''), coalesce(t.kind, ''), 1, coalesce(t.headcount, 0),
           coalesce(t.vehicles, 0), t.headcount IS NOT NULL
    FROM tasks t, (SELECT new.squad_id AS a, o.squad_id AS b FROM task_squads o WHERE o.task_id = new.task_id
                   UNION ALL
                   SELECT o.squad_id, new.squad_id FROM task_squads o
                   WHERE o.task_id = new.task_id AND o.squad_id <> new.squad_id) p
    WHERE t.id = new.task_id
    ON CONFLICT (squad_id, with_id, month, kind) DO UPDATE SET tasks = tasks + excluded.tasks, people = people + excluded.people, trips = trips + excluded.trips, with_heads = with_heads + excluded.with_heads;
END;
CREATE TRIGGER squad_pairs_delete AFTER DELETE ON task_squads
WHEN old.task_id <= (SELECT indexed_upto FROM derived_state WHERE id = 1) BEGIN
    INSERT INTO squad_pairs (squad_id, with_id, month, kind, tasks, people, trips, with_heads)
    SELECT p.a, p.b, coalesce(substr(old.departure, 1, 7), ''), coalesce(old.kind, ''), -1, -coalesce(old.headcount, 0),
           -coalesce(old.vehicles, 0), -(old.headcount IS NOT NULL)
    FROM (SELECT old.squad_id AS a, old.squad_id AS b
          UNION ALL SELECT old.squad_id, o.squad_id FROM task_squads o WHERE o.task_id = old.task_id
          UNION ALL SELECT o.squad_id, old.squad_id FROM task_squads o WHERE o.task_id = old.task_id) p
    WHERE 1
    ON CONFLICT (squad_id, with_id, month, kind) DO UPDATE SET tasks = tasks + excluded.tasks, people = people + excluded.people, trips = trips + excluded.trips, with_heads = with_heads + excluded.with_heads;
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
    INSERT INTO member_month (member_id, month, tasks, late, left_early, absent, unrecorded, hours, water, urban, mountain, training, epidemic, upkeep)
    SELECT tm.member_id, coalesce(substr(old.departure, 1, 7), ''), -(coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退')), -(tm.attendance IS '迟到'), -(tm.attendance IS '早退'), -(tm.attendance IS '缺勤'), -(tm.attendance IS NULL), CASE WHEN coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退') THEN -coalesce(tm.hours, 0) ELSE 0 END, -(coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退') AND old.kind IS 'water'), -(coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退') AND old.kind IS 'urban'), -(coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退') AND old.kind IS 'mountain'), -(coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退') AND old.kind IS 'training'), -(coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退') AND old.kind IS 'epidemic'), -(coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退') AND old.kind IS 'upkeep')
    FROM task_members tm
    WHERE tm.task_id = new.id AND (substr(new.departure, 1, 7) IS NOT substr(old.departure, 1, 7) OR new.kind IS NOT old.kind)
    ON CONFLICT (member_id, month) DO UPDATE SET tasks = tasks + excluded.tasks, late = late + excluded.late, left_early = left_early + excluded.left_early, absent = absent + excluded.absent, unrecorded = unrecorded + excluded.unrecorded, hours = hours + excluded.hours, water = water + excluded.water, urban = urban + excluded.urban, mountain = mountain + excluded.mountain, training = training + excluded.training, epidemic = epidemic + excluded.epidemic, upkeep = upkeep + excluded.upkeep;
    INSERT INTO member_month (member_id, month, tasks, late, left_early, absent, unrecorded, hours, water, urban, mountain, training, epidemic, upkeep)
    SELECT tm.member_id, coalesce(substr(new.departure, 1, 7), ''), (coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退')), (tm.attendance IS '迟到'), (tm.attendance IS '早退'), (tm.attendance IS '缺勤'), (tm.attendance IS NULL), CASE WHEN coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退') THEN coalesce(tm.hours, 0) ELSE 0 END, (coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退') AND new.kind IS 'water'), (coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退') AND new.kind IS 'urban'), (coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退') AND new.kind IS 'mountain'), (coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退') AND new.kind IS 'training'), (coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退') AND new.kind IS 'epidemic'), (coalesce(tm.attendance, '') IN ('出勤', '迟到', '早退') AND new.kind IS 'upkeep')
    FROM task_members tm
    WHERE tm.task_id = new.id AND (substr(new.departure, 1, 7) IS NOT substr(old.departure, 1, 7) OR new.kind IS NOT old.kind)
    ON CONFLICT (member_id, month) DO UPDATE SET tasks = tasks + excluded.tasks, late = late + excluded.late, left_early = left_early + excluded.left_early, absent = absent + excluded.absent, unrecorded = unrecorded + excluded.unrecorded, hours = hours + excluded.hours, water = water + excluded.water, urban = urban + excluded.urban, mountain = mountain + excluded.mountain, training = training + excluded.training, epidemic = epidemic + excluded.epidemic, upkeep = upkeep + excluded.upkeep;
END;
