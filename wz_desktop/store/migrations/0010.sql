-- V10: the missing-person case (domain/cases.py): one row beside a case (cases) for the person
-- looked for. Points in GCJ-02 (the map's system), NULL where not known; times 'YYYY-MM-DD HH:MM'
-- or ''. outcome '' while the search goes on. publish: the notice fields the family agreed to
-- publish, joined by ','. The search hours and people are the linked turn-outs' (tasks.case_id).
CREATE TABLE missing_persons (
    case_id             INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    name                TEXT NOT NULL DEFAULT '',
    sex                 TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', '男', '女')),
    age                 INTEGER CHECK (age IS NULL OR (age BETWEEN 0 AND 120)),
    category            TEXT NOT NULL DEFAULT '其他',
    description         TEXT NOT NULL DEFAULT '',
    photo_path          TEXT NOT NULL DEFAULT '',
    family_phone        TEXT NOT NULL DEFAULT '',
    last_seen_at        TEXT NOT NULL DEFAULT '',
    last_seen_place     TEXT NOT NULL DEFAULT '',
    last_seen_lon       REAL,
    last_seen_lat       REAL,
    found_at            TEXT NOT NULL DEFAULT '',
    found_place         TEXT NOT NULL DEFAULT '',
    found_lon           REAL,
    found_lat           REAL,
    outcome             TEXT NOT NULL DEFAULT '',
    found_by            TEXT NOT NULL DEFAULT '',
    publish             TEXT NOT NULL DEFAULT '',
    notice_at           TEXT NOT NULL DEFAULT '',
    notice_withdrawn_at TEXT NOT NULL DEFAULT '',
    CHECK ((last_seen_lon IS NULL) = (last_seen_lat IS NULL)),
    CHECK ((found_lon IS NULL) = (found_lat IS NULL))
);
-- the statistics group the cases by category
CREATE INDEX missing_persons_category ON missing_persons (category, outcome);
-- a squad's base (the map): GCJ-02, NULL where not known
ALTER TABLE squads ADD COLUMN base_lon REAL;
ALTER TABLE squads ADD COLUMN base_lat REAL;
