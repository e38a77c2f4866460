"""The migrations are history: literal SQL files (wz_desktop/store/migrations/NNNN.sql), never edited
once shipped, and what they build is what the Python strings that built V1-V6 until then built
(tests/data/schema_until_v6.py keeps those strings)."""
from __future__ import annotations

import hashlib
import importlib.util
import shutil
import sqlite3
from pathlib import Path

import pytest

from wz_desktop.store import schema
from wz_desktop.store.search import search_text

DATA = Path(__file__).parent / "data"

# sha256 of every shipped migration. A failure here means a shipped migration was edited: databases
# that already ran it will never run the new text. Put the change back and add a new migration
# (the next number) instead; add its line here when it ships.
SHIPPED = {
    1: "6b5fa83ca5743bee9b2c182648a85e1b6283a8d968ad2a0898bf1a5077b48ce8",
    2: "61367285eba891e339f4defa03fe033e122e21ffe234666591e72c15a804686c",
    3: "32f63e672a189e1fea0ff4052cd1900d21e9369b0661861e32f6ace342a3c76d",
    4: "6acc6b2082231464b0a1f254084d2e236a0560f4c4374f168def314abb0180bf",
    5: "eeb116ab4a68e6ba37b8aeeecc8c2b7b2ef234fb730c791d351c1e8857316e4d",
    6: "e4176eb16b9c859ed5a169e9af3739c9cb6745378acfe3d7d12f31bde573ef67",
}


def _reference():
    """tests/data/schema_until_v6.py: the f-strings that built V1-V6 (frozen copy)."""
    spec = importlib.util.spec_from_file_location("schema_until_v6", DATA / "schema_until_v6.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path))
    conn.isolation_level = None
    conn.create_function("search_text", -1, search_text, deterministic=True)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def run(conn: sqlite3.Connection, migrations, upto: int, since: int = 0) -> None:
    """Run the migrations ``since`` < version <= ``upto`` the way store/db.py does."""
    for version, script in migrations:
        if since < version <= upto:
            conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;")


def master(conn) -> list[tuple]:
    return conn.execute("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master ORDER BY type, name").fetchall()


def contents(conn) -> list[str]:
    return list(conn.iterdump())


def test_shipped_migrations_are_unchanged():
    files = {version: hashlib.sha256(script.encode("utf-8")).hexdigest() for version, script in schema.MIGRATIONS}
    for version, digest in SHIPPED.items():
        assert version in files, f"shipped migration {version:04d}.sql is missing: a shipped migration is never removed"
        assert files[version] == digest, (
            f"shipped migration {version:04d}.sql was changed: databases that already ran it never run it again. "
            f"Put it back as it was and add a new migration ({len(files) + 1:04d}.sql) for the change.")


def test_migrations_are_numbered_files_read_as_bytes(tmp_path):
    assert [v for v, _ in schema.MIGRATIONS] == list(range(1, schema.LATEST_VERSION + 1))
    for version, script in schema.MIGRATIONS:
        assert (schema.MIGRATIONS_DIR / f"{version:04d}.sql").read_bytes() == script.encode("utf-8")
    # a gap in the numbers is refused when the schema is loaded
    for name in ("0001.sql", "0003.sql"):
        shutil.copy(schema.MIGRATIONS_DIR / name, tmp_path / name)
    with pytest.raises(RuntimeError, match="not numbered"):
        schema._load(tmp_path)


def test_the_files_are_the_strings_that_built_v1_to_v6():
    reference = _reference()
    assert [v for v, _ in reference.MIGRATIONS] == list(range(1, 7))
    for (version, old), (_, new) in zip(reference.MIGRATIONS, schema.MIGRATIONS):
        assert new == old, f"{version:04d}.sql differs from the string that built V{version}"


def test_a_fresh_database_from_the_files_is_the_one_the_old_code_built(tmp_path):
    old, new = connect(tmp_path / "old.db"), connect(tmp_path / "new.db")
    run(old, _reference().MIGRATIONS, 6)
    run(new, schema.MIGRATIONS, 6)
    assert master(new) == master(old)
    assert contents(new) == contents(old)


# rows of the tables V1 made, written to a database of any version
V1_ROWS = """
INSERT INTO squads (id, name) VALUES (1, '甲分队'), (2, '乙分队');
INSERT INTO members (id, name, squad_id) VALUES (1, '甲', 1), (2, '乙', 2), (3, '丙', 1);
INSERT INTO calls (id, received_at, suggested_kind, description) VALUES (1, '2022-03-01 09:50', 'water', '落水');
INSERT INTO tasks (id, kind, event_no, summary, departure, year, headcount, vehicles, squads, call_id)
    VALUES (1, 'water', 'SS2022-001', '落水救援', '2022-03-01 10:00', 2022, 5, 1, '甲分队、乙分队', 1),
           (2, 'urban', '', '老人走失', '2023-01-05', 2023, NULL, 2, '乙分队', NULL),
           (3, 'upkeep', '', '装备保养', NULL, 2023, 3, NULL, '', NULL);
INSERT INTO task_squads (task_id, squad_id) VALUES (1, 1), (1, 2), (2, 2);
INSERT INTO task_members (task_id, member_id, attendance, hours) VALUES
    (1, 1, '出勤', 3), (1, 2, NULL, NULL), (1, 3, '缺勤', NULL), (2, 2, '迟到', 1.5), (3, 1, '早退', 2);
INSERT INTO tasks_fts (rowid, text) SELECT id, search_text(event_no, summary, squads, remarks) FROM tasks;
UPDATE derived_state SET indexed_upto = 3;
"""


@pytest.mark.parametrize("start", [1, 2, 3, 4, 5])
def test_migrating_from_each_older_version_is_what_the_old_code_did(tmp_path, start):
    """A database of version ``start`` with rows, migrated to V6 by the files and by the old strings:
    the same schema, the same rows (summaries filled alike)."""
    base = connect(tmp_path / "base.db")
    run(base, schema.MIGRATIONS, start)
    base.executescript(f"BEGIN;{V1_ROWS}COMMIT;")
    base.close()
    shutil.copy(tmp_path / "base.db", tmp_path / "old.db")
    shutil.copy(tmp_path / "base.db", tmp_path / "new.db")
    old, new = connect(tmp_path / "old.db"), connect(tmp_path / "new.db")
    run(old, _reference().MIGRATIONS, 6, since=start)
    run(new, schema.MIGRATIONS, 6, since=start)
    assert master(new) == master(old)
    assert contents(new) == contents(old)
    assert new.execute("SELECT count(*) FROM member_month WHERE tasks > 0").fetchone()[0] > 0
