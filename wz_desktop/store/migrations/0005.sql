
CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    login           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role = 'secretary' OR role = 'leader' OR role = 'admin'),
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
