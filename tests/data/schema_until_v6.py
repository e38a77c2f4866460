"""A frozen copy of ``wz_desktop/store/schema.py`` as it stood when its migrations V1-V6 were
f-strings built from live code (commit 454e482), with the two statements it took from
``store/summaries.py`` copied in. Not used by the application: tests/test_migrations.py checks that
the literal files in ``wz_desktop/store/migrations/`` are exactly what this built, and that
databases made and migrated either way are the same. Never edit it.
"""


_SUMMARY_KINDS = ("water", "urban", "mountain", "training", "epidemic", "upkeep")
# (from store/summaries.py at the time, with its _ATTENDED renamed)
_ROW_ATTENDED = "coalesce(attendance, '') IN ('出勤', '迟到', '早退')"
MEMBER_MONTH_FROM_ROWS = f"""
SELECT member_id, coalesce(substr(departure, 1, 7), ''),
       sum({_ROW_ATTENDED}), sum(attendance IS '迟到'), sum(attendance IS '早退'), sum(attendance IS '缺勤'),
       sum(attendance IS NULL), total(CASE WHEN {_ROW_ATTENDED} THEN hours END),
       {', '.join(f"sum({_ROW_ATTENDED} AND kind IS '{k}')" for k in _SUMMARY_KINDS)}
FROM task_members GROUP BY 1, 2"""

SQUAD_PAIRS_FROM_ROWS = """
SELECT a.squad_id, b.squad_id, coalesce(substr(a.departure, 1, 7), ''), coalesce(a.kind, ''),
       count(*), total(a.headcount), total(a.vehicles), count(a.headcount)
FROM task_squads a JOIN task_squads b ON b.task_id = a.task_id GROUP BY 1, 2, 3, 4"""

KINDS = ("water", "urban", "mountain", "training", "epidemic", "upkeep")


def one_of(column: str, values, nullable: bool = False) -> str:
    """A CHECK that a column holds one of some values, as a chain of '=' tests.

    Not ``column IN (...)``: SQLite builds a temporary index for an IN list on every row it
    checks, which made bulk inserts three times slower (bench: 100,000 tasks, 1.6 s against 0.6 s).
    """
    test = " OR ".join(f"{column} = '{v}'" for v in values)
    return f"({column} IS NULL OR {test})" if nullable else f"({test})"


V1 = f"""
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE squads (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    district   TEXT NOT NULL DEFAULT '',
    leader_id  INTEGER REFERENCES members(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'))
);

CREATE TABLE members (
    id         INTEGER PRIMARY KEY,
    code       TEXT UNIQUE,
    name       TEXT NOT NULL,
    nickname   TEXT NOT NULL DEFAULT '',
    squad_id   INTEGER REFERENCES squads(id) ON DELETE SET NULL,
    phone      TEXT NOT NULL DEFAULT '',
    role       TEXT NOT NULL DEFAULT '队员',
    active     INTEGER NOT NULL DEFAULT 1,
    joined_on  TEXT,
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'))
);
CREATE INDEX members_name ON members(name);
CREATE INDEX members_phone ON members(phone);
CREATE INDEX members_squad ON members(squad_id);

CREATE TABLE certifications (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    number     TEXT NOT NULL DEFAULT '',
    issued_on  TEXT,
    expires_on TEXT
);
CREATE INDEX certifications_member ON certifications(member_id);
CREATE INDEX certifications_expiry ON certifications(expires_on);

CREATE TABLE vehicles (
    id              INTEGER PRIMARY KEY,
    plate           TEXT NOT NULL DEFAULT '',
    name            TEXT NOT NULL DEFAULT '',
    owner_kind      TEXT NOT NULL DEFAULT 'team' CHECK {one_of('owner_kind', ('team', 'member'))},
    owner_member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
    seats           INTEGER,
    active          INTEGER NOT NULL DEFAULT 1,
    notes           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX vehicles_owner ON vehicles(owner_member_id);

CREATE TABLE calls (
    id             INTEGER PRIMARY KEY,
    received_at    TEXT NOT NULL,
    source         TEXT NOT NULL DEFAULT '',
    caller_name    TEXT NOT NULL DEFAULT '',
    caller_phone   TEXT NOT NULL DEFAULT '',
    district       TEXT NOT NULL DEFAULT '',
    place          TEXT NOT NULL DEFAULT '',
    description    TEXT NOT NULL DEFAULT '',
    suggested_kind TEXT CHECK {one_of('suggested_kind', KINDS, nullable=True)},
    status         TEXT NOT NULL DEFAULT 'logged'
                   CHECK {one_of('status', ('logged', 'verified', 'dispatched', 'false', 'duplicate', 'resolved'))},
    logged_by      TEXT NOT NULL DEFAULT '',
    is_draft       INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'))
);
CREATE INDEX calls_status ON calls(status, received_at);

CREATE TABLE verifications (
    id          INTEGER PRIMARY KEY,
    call_id     INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    verified_by TEXT NOT NULL DEFAULT '',
    method      TEXT NOT NULL DEFAULT '',
    verified_at TEXT NOT NULL,
    result      TEXT NOT NULL CHECK {one_of('result', ('属实', '不实', '重复', '已解除'))},
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX verifications_call ON verifications(call_id);

CREATE TABLE cases (
    id        INTEGER PRIMARY KEY,
    title     TEXT NOT NULL,
    opened_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')),
    notes     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    file_path   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    size        INTEGER NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    year        INTEGER,
    rows_read   INTEGER NOT NULL DEFAULT 0,
    added       INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    differing   INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    raw_values  INTEGER NOT NULL DEFAULT 0,
    guesses     INTEGER NOT NULL DEFAULT 0,
    report_json TEXT NOT NULL DEFAULT '{{}}'
);
CREATE INDEX imports_sha ON imports(sha256);

CREATE TABLE tasks (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK {one_of('kind', KINDS)},
    event_no      TEXT NOT NULL DEFAULT '',
    summary       TEXT NOT NULL DEFAULT '',
    departure     TEXT,
    departure_raw TEXT,
    year          INTEGER NOT NULL,
    headcount     INTEGER CHECK (headcount IS NULL OR headcount >= 0),
    headcount_raw TEXT,
    vehicles      INTEGER CHECK (vehicles IS NULL OR vehicles >= 0),
    vehicles_raw  TEXT,
    squads        TEXT NOT NULL DEFAULT '',
    squads_raw    TEXT,
    remarks       TEXT NOT NULL DEFAULT '',
    remarks_raw   TEXT,
    status        TEXT NOT NULL DEFAULT 'dispatched'
                  CHECK {one_of('status', ('dispatched', 'returned', 'submitted', 'approved', 'archived', 'cancelled'))},
    result        TEXT,
    people_helped INTEGER,
    call_id       INTEGER REFERENCES calls(id) ON DELETE SET NULL,
    case_id       INTEGER REFERENCES cases(id) ON DELETE SET NULL,
    leader_id     INTEGER REFERENCES members(id) ON DELETE SET NULL,
    returned_at   TEXT,
    needs_review  INTEGER NOT NULL DEFAULT 0,
    origin        TEXT NOT NULL DEFAULT 'app' CHECK {one_of('origin', ('app', 'import', 'demo'))},
    import_key    TEXT,
    import_id     INTEGER REFERENCES imports(id) ON DELETE SET NULL,
    import_sheet  TEXT,  -- the sheet's name as the file had it, where it was not the canonical one
    import_row    INTEGER,
    -- when the task was logged and last changed; NULL for imported tasks until they are edited
    -- (their time is the import's, and fifty bytes less a row keep big imports quick)
    created_at    TEXT,
    updated_at    TEXT
);
CREATE INDEX tasks_departure ON tasks(departure, id);
CREATE INDEX tasks_year ON tasks(year, departure, id);
CREATE INDEX tasks_kind ON tasks(kind, departure, id);
CREATE INDEX tasks_event_no ON tasks(event_no) WHERE event_no <> '';
CREATE INDEX tasks_import_key ON tasks(import_key) WHERE import_key IS NOT NULL;
CREATE INDEX tasks_open ON tasks(status, departure) WHERE status <> 'archived';
CREATE INDEX tasks_review ON tasks(departure, id) WHERE needs_review = 1;
CREATE INDEX tasks_call ON tasks(call_id) WHERE call_id IS NOT NULL;
CREATE INDEX tasks_case ON tasks(case_id) WHERE case_id IS NOT NULL;

CREATE TABLE task_flags (
    id        INTEGER PRIMARY KEY,
    task_id   INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    field     TEXT NOT NULL,
    code      TEXT NOT NULL,
    raw       TEXT,
    note      TEXT NOT NULL DEFAULT '',
    import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL,
    resolved  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX task_flags_task ON task_flags(task_id);

CREATE TABLE task_squads (
    task_id  INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    squad_id INTEGER NOT NULL REFERENCES squads(id) ON DELETE CASCADE,
    PRIMARY KEY (task_id, squad_id)
) WITHOUT ROWID;
CREATE INDEX task_squads_squad ON task_squads(squad_id, task_id);

CREATE TABLE task_members (
    task_id    INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    role       TEXT NOT NULL DEFAULT '队员',
    brings_car INTEGER NOT NULL DEFAULT 0,
    attendance TEXT CHECK {one_of('attendance', ('出勤', '迟到', '早退', '缺勤'), nullable=True)},
    hours      REAL,
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (task_id, member_id)
) WITHOUT ROWID;
CREATE INDEX task_members_member ON task_members(member_id, task_id);

CREATE TABLE task_vehicles (
    task_id    INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    vehicle_id INTEGER NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
    trips      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (task_id, vehicle_id)
) WITHOUT ROWID;

CREATE TABLE reviews (
    id      INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    stage   TEXT NOT NULL CHECK {one_of('stage', ('submitted', 'returned', 'approved', 'archived', 'reopened'))},
    by_name TEXT NOT NULL DEFAULT '',
    at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')),
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reviews_task ON reviews(task_id);

-- The search index: every character of a task's event number, summary, squads and remarks is a
-- token (search.search_text spaces them), so a phrase query finds any substring of any length:
-- Chinese words are often two characters (落水, 走失), which a trigram index cannot find.
-- Contentless: the text lives in tasks; deletes give the old text back through the triggers.
CREATE VIRTUAL TABLE tasks_fts USING fts5(text, content='', tokenize='unicode61 remove_diacritics 0');
-- What is derived from the tasks (the search index, and the task_squads links read from the squads
-- text) follows them: tasks up to derived_state.indexed_upto are in both. New tasks are taken in
-- by one statement after their transaction (TaskRepo.index_pending), not by a trigger per row,
-- which made a 100,000-task import twelve times slower; searches read the few tasks not yet
-- indexed with LIKE, so a search never misses a task, and opening the store finishes any that an
-- interrupted run left. Edits and deletes keep the search index by trigger.
CREATE TABLE derived_state (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    indexed_upto  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO derived_state (id, indexed_upto) VALUES (1, 0);
CREATE TRIGGER tasks_fts_delete AFTER DELETE ON tasks
WHEN old.id <= (SELECT indexed_upto FROM derived_state WHERE id = 1) BEGIN
    INSERT INTO tasks_fts(tasks_fts, rowid, text)
    VALUES ('delete', old.id, search_text(old.event_no, old.summary, old.squads, old.remarks));
END;
CREATE TRIGGER tasks_fts_update AFTER UPDATE OF event_no, summary, squads, remarks ON tasks
WHEN old.id <= (SELECT indexed_upto FROM derived_state WHERE id = 1) BEGIN
    INSERT INTO tasks_fts(tasks_fts, rowid, text)
    VALUES ('delete', old.id, search_text(old.event_no, old.summary, old.squads, old.remarks));
    INSERT INTO tasks_fts(rowid, text)
    VALUES (new.id, search_text(new.event_no, new.summary, new.squads, new.remarks));
END;
"""

# V2: what a task went through and who did it (the task page's story), and drafts of the forms
# that are not calls (dispatch, review): what is typed is kept as it is typed.
V2 = """
CREATE TABLE task_history (
    id      INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')),
    by_name TEXT NOT NULL DEFAULT '',
    action  TEXT NOT NULL,
    field   TEXT,
    old     TEXT,
    new     TEXT,
    note    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX task_history_task ON task_history(task_id, id);

CREATE TABLE form_drafts (
    form       TEXT NOT NULL,
    key        TEXT NOT NULL,
    data       TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')),
    PRIMARY KEY (form, key)
) WITHOUT ROWID;
"""

# V3: the attendance figures (store/attendance.py) on a million tasks and thousands of members.
# A member's figures group task_members by member, a squad's load groups task_squads by squad; read
# through a join with the tasks (for the departure, kind, headcount and vehicles) that costs a
# look-up a row, and a GROUP BY over rows in task order costs a sort: on 1.4 million attendance rows
# and a million squad links, seconds (the whole archive's squad summary took 1.7 s, a look-up into
# the wide task rows for every link). So each attendance row and each squad link carries a copy of
# its task's figures, and each summary is one walk of a narrow index in the order it groups by.
# The copies are written with the row (TaskRepo.index_pending writes the links with them; a trigger
# fills in what another writer leaves out) and follow the task when its figures change.
# - task_members_figures: member, kind, attendance, departure, hours (covering): the members'
#   figures group by member, kind and attendance as they walk it; a squad's members, or a kind,
#   are seeks. It replaces task_members_member (same leading column).
# - task_members_turnouts: turn-outs only (出勤 迟到 早退: attendance <> '缺勤' leaves NULL out too)
#   with their hours (and the attendance, which SQLite reads to check the index's condition): a
#   member's last turn-out is one seek (the inactive list), and the members active in a squad and
#   their hours a walk of the turn-outs of a period.
# - task_members_day: the first and last day with attendance by name (what member figures count from).
# - task_squads_load: squad, departure, kind, headcount, vehicles: a squad's load in a period is a
#   seek and a range, the whole archive's one walk without a sort.
V3 = """
ALTER TABLE task_members ADD COLUMN departure TEXT;
ALTER TABLE task_members ADD COLUMN kind TEXT;
UPDATE task_members SET (departure, kind) = (SELECT t.departure, t.kind FROM tasks t WHERE t.id = task_members.task_id);
CREATE TRIGGER task_members_task_copy AFTER INSERT ON task_members BEGIN
    UPDATE task_members SET (departure, kind) = (SELECT t.departure, t.kind FROM tasks t WHERE t.id = new.task_id)
    WHERE task_id = new.task_id AND member_id = new.member_id;
END;
ALTER TABLE task_squads ADD COLUMN departure TEXT;
ALTER TABLE task_squads ADD COLUMN kind TEXT;
ALTER TABLE task_squads ADD COLUMN headcount INTEGER;
ALTER TABLE task_squads ADD COLUMN vehicles INTEGER;
UPDATE task_squads SET (departure, kind, headcount, vehicles) =
    (SELECT t.departure, t.kind, t.headcount, t.vehicles FROM tasks t WHERE t.id = task_squads.task_id);
CREATE TRIGGER task_squads_task_copy AFTER INSERT ON task_squads WHEN new.kind IS NULL BEGIN
    UPDATE task_squads SET (departure, kind, headcount, vehicles) =
        (SELECT t.departure, t.kind, t.headcount, t.vehicles FROM tasks t WHERE t.id = new.task_id)
    WHERE task_id = new.task_id AND squad_id = new.squad_id;
END;
CREATE TRIGGER tasks_figures_copy AFTER UPDATE OF departure, kind, headcount, vehicles ON tasks
WHEN new.departure IS NOT old.departure OR new.kind IS NOT old.kind OR new.headcount IS NOT old.headcount
     OR new.vehicles IS NOT old.vehicles BEGIN
    UPDATE task_members SET departure = new.departure, kind = new.kind
    WHERE task_id = new.id AND (new.departure IS NOT old.departure OR new.kind IS NOT old.kind);
    UPDATE task_squads SET departure = new.departure, kind = new.kind, headcount = new.headcount,
                           vehicles = new.vehicles WHERE task_id = new.id;
END;
DROP INDEX task_members_member;
CREATE INDEX task_members_figures ON task_members(member_id, kind, attendance, departure, hours);
CREATE INDEX task_members_turnouts ON task_members(member_id, departure, hours, attendance) WHERE attendance <> '缺勤';
CREATE INDEX task_members_day ON task_members(departure);
CREATE INDEX task_squads_load ON task_squads(squad_id, departure, kind, headcount, vehicles);
"""

# V4: indexes for the charts (store/charts.py), so that each chart is one pass over a narrow index
# in the order it groups by, not a sort of a million rows or a read of the wide task rows:
# - tasks_figures: per kind, counts and sums (key figures, people and trips per task, outcomes);
#   GROUP BY kind, headcount, vehicles walks it in order.
# - tasks_slot: the weekday and hour of a departure that has a time (the heat map), computed once
#   when the task is written; partial, so tasks with only a date (or none) cost nothing.
# (The squads' load reads the copies on task_squads, V3, through task_squads_load.)
# Months need no index: they are counted as ranges of tasks_kind (kind, departure).
# Bulk imports set these aside and rebuild them like the others (TaskRepo._set_indexes_aside).
V4 = """
CREATE INDEX tasks_figures ON tasks(kind, headcount, vehicles, departure, people_helped, result);
CREATE INDEX tasks_slot ON tasks((CAST(strftime('%w', departure) AS INTEGER) * 24
                                  + CAST(substr(departure, 12, 2) AS INTEGER)), kind, departure)
    WHERE length(departure) > 10;
"""

# V5: users and roles (store/users.py, domain/roles.py), and the audit trail of every change to a
# record (store/audit.py): who, when, which table and record, which field, before and after.
# Tasks keep their own story in task_history (V2); the audit view reads both. A bulk write (an
# import, a roster workbook) is one entry that names what it did, not one per row, so a
# 100,000-task import costs one INSERT more. Users are never deleted (deactivated): the audit keeps
# their names as written at the time (by_name), and their id where they were signed in.
V5 = f"""
CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    login           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK {one_of('role', ('secretary', 'leader', 'admin'))},
    squad_id        INTEGER REFERENCES squads(id) ON DELETE SET NULL,
    password_hash   TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')),
    last_sign_in    TEXT
);

CREATE TABLE audit (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    user_id      INTEGER,
    by_name      TEXT NOT NULL,
    record_table TEXT NOT NULL,
    record_id    INTEGER,
    action       TEXT NOT NULL,
    field        TEXT,
    old          TEXT,
    new          TEXT,
    note         TEXT NOT NULL DEFAULT '',
    import_id    INTEGER
);
CREATE INDEX audit_at ON audit(at, id);
CREATE INDEX audit_record ON audit(record_table, record_id, id);
CREATE INDEX audit_by ON audit(by_name, at);
CREATE INDEX task_history_at ON task_history(at, id);
"""

# V6: summaries kept up to date by triggers, so that the attendance views and the squads' charts
# over months, years or the whole archive read thousands of rows instead of a million
# (store/summaries.py). On a million tasks with 1.4 million attendance rows, the whole archive's
# figures per member and per squad walked 1.1-1.4 million index entries (0.4-0.6 s); these tables
# hold ~100,000 rows each. Every figure in them is a sum, so each write adds or takes away its
# own part and the order the triggers run in does not matter; a bucket that comes back to zero
# stays, empty (the readers leave empty buckets out).
# - member_month: per member and month of the departure ('' none): attended tasks (出勤 迟到
#   早退), of them late and left early, absent (缺勤), not yet recorded, hours on attended tasks,
#   and the attended tasks of each kind. No kind in the key: a member turns out a dozen times a
#   month across the kinds, so (member, month, kind) would hold nearly a row per attendance row;
#   the views of one kind count from the rows (a range of task_members_figures per member).
# - squad_pairs: per squad, the squad it shared the task with (itself for its own load), month of
#   the departure ('' none) and kind ('' none): tasks, people, vehicle trips, and tasks whose
#   headcount is known. A squad's own load is the rows where with_id = squad_id; the squads' load
#   of one squad's tasks (the charts' squad filter) is its rows.
# Where the figures come from: an attendance row or a squad link added takes its task's figures
# from the task (its copies are filled just after, by the V3 triggers); one removed gives back the
# copies it carries; a task whose departure, kind, headcount or vehicles change moves its rows.
# Links written by TaskRepo.index_pending (tasks not yet indexed: a bulk import) are summed there
# in one statement, not by a trigger per row.
_MEMBER_COLUMNS = ("tasks", "late", "left_early", "absent", "unrecorded", "hours", *KINDS)
_ATTENDED = "coalesce({row}.attendance, '') IN ('出勤', '迟到', '早退')"


def _member_sums(sign: str, row: str, kind: str) -> str:
    """The member_month figures one attendance row adds (sign '') or takes away (sign '-'):
    ``row`` is new, old or tm; ``kind`` the SQL of its task's kind."""
    attended = _ATTENDED.format(row=row)
    return ", ".join([f"{sign}({attended})", f"{sign}({row}.attendance IS '迟到')", f"{sign}({row}.attendance IS '早退')",
                      f"{sign}({row}.attendance IS '缺勤')", f"{sign}({row}.attendance IS NULL)",
                      f"CASE WHEN {attended} THEN {sign}coalesce({row}.hours, 0) ELSE 0 END",
                      *(f"{sign}({attended} AND {kind} IS '{k}')" for k in KINDS)])


_MEMBER_INSERT = f"INSERT INTO member_month (member_id, month, {', '.join(_MEMBER_COLUMNS)})"
_MEMBER_UPSERT = ("ON CONFLICT (member_id, month) DO UPDATE SET "
                  + ", ".join(f"{c} = {c} + excluded.{c}" for c in _MEMBER_COLUMNS))
_PAIRS_INSERT = "INSERT INTO squad_pairs (squad_id, with_id, month, kind, tasks, people, trips, with_heads)"
_PAIRS_UPSERT = ("ON CONFLICT (squad_id, with_id, month, kind) DO UPDATE SET tasks = tasks + excluded.tasks,"
                 " people = people + excluded.people, trips = trips + excluded.trips,"
                 " with_heads = with_heads + excluded.with_heads")

V6 = f"""
CREATE TABLE member_month (
    member_id  INTEGER NOT NULL,
    month      TEXT NOT NULL,
    tasks      INTEGER NOT NULL DEFAULT 0,
    late       INTEGER NOT NULL DEFAULT 0,
    left_early INTEGER NOT NULL DEFAULT 0,
    absent     INTEGER NOT NULL DEFAULT 0,
    unrecorded INTEGER NOT NULL DEFAULT 0,
    hours      REAL NOT NULL DEFAULT 0,
    {', '.join(f'{k} INTEGER NOT NULL DEFAULT 0' for k in KINDS)},
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

{_MEMBER_INSERT}
{MEMBER_MONTH_FROM_ROWS};
{_PAIRS_INSERT}
{SQUAD_PAIRS_FROM_ROWS};

CREATE TRIGGER member_month_insert AFTER INSERT ON task_members BEGIN
    {_MEMBER_INSERT}
    SELECT new.member_id, coalesce(substr(t.departure, 1, 7), ''), {_member_sums('', 'new', 't.kind')}
    FROM tasks t WHERE t.id = new.task_id
    {_MEMBER_UPSERT};
END;
CREATE TRIGGER member_month_delete AFTER DELETE ON task_members BEGIN
    {_MEMBER_INSERT}
    VALUES (old.member_id, coalesce(substr(old.departure, 1, 7), ''), {_member_sums('-', 'old', 'old.kind')})
    {_MEMBER_UPSERT};
END;
CREATE TRIGGER member_month_update AFTER UPDATE OF member_id, attendance, hours ON task_members BEGIN
    {_MEMBER_INSERT}
    VALUES (old.member_id, coalesce(substr(old.departure, 1, 7), ''), {_member_sums('-', 'old', 'old.kind')})
    {_MEMBER_UPSERT};
    {_MEMBER_INSERT}
    VALUES (new.member_id, coalesce(substr(new.departure, 1, 7), ''), {_member_sums('', 'new', 'new.kind')})
    {_MEMBER_UPSERT};
END;

CREATE TRIGGER squad_pairs_insert AFTER INSERT ON task_squads
WHEN new.task_id <= (SELECT indexed_upto FROM derived_state WHERE id = 1) BEGIN
    {_PAIRS_INSERT}
    SELECT p.a, p.b, coalesce(substr(t.departure, 1, 7), ''), coalesce(t.kind, ''), 1, coalesce(t.headcount, 0),
           coalesce(t.vehicles, 0), t.headcount IS NOT NULL
    FROM tasks t, (SELECT new.squad_id AS a, o.squad_id AS b FROM task_squads o WHERE o.task_id = new.task_id
                   UNION ALL
                   SELECT o.squad_id, new.squad_id FROM task_squads o
                   WHERE o.task_id = new.task_id AND o.squad_id <> new.squad_id) p
    WHERE t.id = new.task_id
    {_PAIRS_UPSERT};
END;
CREATE TRIGGER squad_pairs_delete AFTER DELETE ON task_squads
WHEN old.task_id <= (SELECT indexed_upto FROM derived_state WHERE id = 1) BEGIN
    {_PAIRS_INSERT}
    SELECT p.a, p.b, coalesce(substr(old.departure, 1, 7), ''), coalesce(old.kind, ''), -1, -coalesce(old.headcount, 0),
           -coalesce(old.vehicles, 0), -(old.headcount IS NOT NULL)
    FROM (SELECT old.squad_id AS a, old.squad_id AS b
          UNION ALL SELECT old.squad_id, o.squad_id FROM task_squads o WHERE o.task_id = old.task_id
          UNION ALL SELECT o.squad_id, old.squad_id FROM task_squads o WHERE o.task_id = old.task_id) p
    WHERE 1
    {_PAIRS_UPSERT};
END;

CREATE TRIGGER summaries_task_figures AFTER UPDATE OF departure, kind, headcount, vehicles ON tasks
WHEN new.departure IS NOT old.departure OR new.kind IS NOT old.kind OR new.headcount IS NOT old.headcount
     OR new.vehicles IS NOT old.vehicles BEGIN
    {_PAIRS_INSERT}
    SELECT a.squad_id, b.squad_id, m.month, m.kind, m.sign, m.sign * coalesce(m.headcount, 0),
           m.sign * coalesce(m.vehicles, 0), m.sign * (m.headcount IS NOT NULL)
    FROM task_squads a JOIN task_squads b ON b.task_id = a.task_id,
         (SELECT -1 AS sign, coalesce(substr(old.departure, 1, 7), '') AS month, coalesce(old.kind, '') AS kind,
                 old.headcount AS headcount, old.vehicles AS vehicles
          UNION ALL
          SELECT 1, coalesce(substr(new.departure, 1, 7), ''), coalesce(new.kind, ''), new.headcount, new.vehicles) m
    WHERE a.task_id = new.id
    {_PAIRS_UPSERT};
    {_MEMBER_INSERT}
    SELECT tm.member_id, coalesce(substr(old.departure, 1, 7), ''), {_member_sums('-', 'tm', 'old.kind')}
    FROM task_members tm
    WHERE tm.task_id = new.id AND (substr(new.departure, 1, 7) IS NOT substr(old.departure, 1, 7) OR new.kind IS NOT old.kind)
    {_MEMBER_UPSERT};
    {_MEMBER_INSERT}
    SELECT tm.member_id, coalesce(substr(new.departure, 1, 7), ''), {_member_sums('', 'tm', 'new.kind')}
    FROM task_members tm
    WHERE tm.task_id = new.id AND (substr(new.departure, 1, 7) IS NOT substr(old.departure, 1, 7) OR new.kind IS NOT old.kind)
    {_MEMBER_UPSERT};
END;
"""

MIGRATIONS: list[tuple[int, str]] = [
    (1, V1),
    (2, V2),
    (3, V3),
    (4, V4),
    (5, V5),
    (6, V6),
]

LATEST_VERSION = MIGRATIONS[-1][0]
