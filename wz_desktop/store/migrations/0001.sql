
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
    owner_kind      TEXT NOT NULL DEFAULT 'team' CHECK (owner_kind = 'team' OR owner_kind = 'member'),
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
    suggested_kind TEXT CHECK (suggested_kind IS NULL OR suggested_kind = 'water' OR suggested_kind = 'urban' OR suggested_kind = 'mountain' OR suggested_kind = 'training' OR suggested_kind = 'epidemic' OR suggested_kind = 'upkeep'),
    status         TEXT NOT NULL DEFAULT 'logged'
                   CHECK (status = 'logged' OR status = 'verified' OR status = 'dispatched' OR status = 'false' OR status = 'duplicate' OR status = 'resolved'),
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
    result      TEXT NOT NULL CHECK (result = '属实' OR result = '不实' OR result = '重复' OR result = '已解除'),
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
    report_json TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX imports_sha ON imports(sha256);

CREATE TABLE tasks (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind = 'water' OR kind = 'urban' OR kind = 'mountain' OR kind = 'training' OR kind = 'epidemic' OR kind = 'upkeep'),
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
                  CHECK (status = 'dispatched' OR status = 'returned' OR status = 'submitted' OR status = 'approved' OR status = 'archived' OR status = 'cancelled'),
    result        TEXT,
    people_helped INTEGER,
    call_id       INTEGER REFERENCES calls(id) ON DELETE SET NULL,
    case_id       INTEGER REFERENCES cases(id) ON DELETE SET NULL,
    leader_id     INTEGER REFERENCES members(id) ON DELETE SET NULL,
    returned_at   TEXT,
    needs_review  INTEGER NOT NULL DEFAULT 0,
    origin        TEXT NOT NULL DEFAULT 'app' CHECK (origin = 'app' OR origin = 'import' OR origin = 'demo'),
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
    attendance TEXT CHECK (attendance IS NULL OR attendance = '出勤' OR attendance = '迟到' OR attendance = '早退' OR attendance = '缺勤'),
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
    stage   TEXT NOT NULL CHECK (stage = 'submitted' OR stage = 'returned' OR stage = 'approved' OR stage = 'archived' OR stage = 'reopened'),
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
