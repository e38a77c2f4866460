
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
