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
    7: "07dfc511f5e98e8867dfa7c1a87a9c7dd8759fdadab5785a9d5fbc971d32ab7d",
    8: "20053ff37a26d31041945465d81a6c7ebdbabe8a0c6e2703687a25fe3fdbc334",
    9: "ecff78ab2778d256182774d4a069b5146177a3c54aebe95b547ec683ab46b72a",
    10: "21e9f4f44b8829f4ba5a115ad24e1cef852d633957855971ae66837d1f4db321",
    11: "7d6fa94ff32a941a07a77cb31841471d6b5a132cbfd7466ddd22f48ad925dec2",
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
UPDATE derived_state SET indexed_upto = 3;
INSERT INTO task_squads (task_id, squad_id) VALUES (1, 1), (1, 2), (2, 2);
INSERT INTO task_members (task_id, member_id, attendance, hours) VALUES
    (1, 1, '出勤', 3), (1, 2, NULL, NULL), (1, 3, '缺勤', NULL), (2, 2, '迟到', 1.5), (3, 1, '早退', 2);
INSERT INTO tasks_fts (rowid, text) SELECT id, search_text(event_no, summary, squads, remarks) FROM tasks;
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


# --- V7: the kinds are rows ----------------------------------------------------------------------

def test_the_word_table_and_the_database_know_the_same_kinds(store):
    from wz_desktop.domain.kinds import KIND_ORDER, TaskKind

    codes = {code for (code,) in store.database.conn.execute("SELECT code FROM task_kinds")}
    assert codes == {k.value for k in TaskKind} == {k.value for k in KIND_ORDER}


def test_v7_turns_the_kind_checks_into_references_and_keeps_every_row(tmp_path):
    """A V6 database with rows, migrated to V7: the same rows, the same summaries (the kind columns now
    slots), an unknown kind still refused, on this connection and on one opened before."""
    from wz_desktop.store import Store, summaries
    from wz_desktop.store.db import Database

    path = tmp_path / "v6.db"
    conn = connect(path)
    run(conn, schema.MIGRATIONS, 6)
    conn.executescript(f"BEGIN;{V1_ROWS}COMMIT;")
    before = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
              for t in ("tasks", "calls", "task_members", "task_squads", "squad_pairs")}
    kinds_before = conn.execute("SELECT member_id, month, water, urban, mountain, training, epidemic, upkeep"
                                " FROM member_month ORDER BY 1, 2").fetchall()
    assert sum(sum(r[2:]) for r in kinds_before) == 3  # 甲 water and upkeep, 乙 urban
    with Store(Database(path, backup_dir=tmp_path / "backups")) as store:
        assert store.database.migrated_from == 6 and store.database.migration_backup.exists()
        new = store.database.conn
        assert new.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert new.execute("PRAGMA foreign_key_check").fetchall() == []
        for table, rows in before.items():  # (later migrations add columns at the end: V8 calls.alert_text)
            assert [r[:len(rows[0])] for r in new.execute(f"SELECT * FROM {table} ORDER BY 1, 2")] == rows, table
        assert summaries.check(new) == []
        # the kind columns are the kinds' slots now, the same figures; six free slots for new kinds
        assert new.execute("SELECT member_id, month, kind1, kind2, kind3, kind4, kind5, kind6 FROM member_month"
                           " ORDER BY 1, 2").fetchall() == kinds_before
        assert new.execute("SELECT sum(kind7 + kind8 + kind9 + kind10 + kind11 + kind12) FROM member_month"
                           ).fetchone()[0] == 0
        assert new.execute("SELECT code FROM task_kinds ORDER BY slot").fetchall() == [
            (k,) for k in ("water", "urban", "mountain", "training", "epidemic", "upkeep")]
        tasks_sql, calls_sql = (new.execute("SELECT sql FROM sqlite_master WHERE name = ?", (n,)).fetchone()[0]
                                for n in ("tasks", "calls"))
        assert "kind          TEXT NOT NULL REFERENCES task_kinds(code)," in tasks_sql and "'water'" not in tasks_sql
        assert "suggested_kind TEXT REFERENCES task_kinds(code)," in calls_sql and "'water'" not in calls_sql
        for sql in ("INSERT INTO tasks (kind, year) VALUES ('search', 2024)",
                    "INSERT INTO calls (received_at, suggested_kind) VALUES ('2024-01-01', 'search')",
                    "UPDATE tasks SET kind = 'search' WHERE id = 1"):
            for c in (new, conn):  # conn: opened before the migration, on its own cached schema
                with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
                    c.execute(sql)
        # a kind the table knows is taken, by either connection
        with pytest.raises(sqlite3.IntegrityError):  # each kind its own slot, one of twelve
            new.execute("INSERT INTO task_kinds (code, slot) VALUES ('search', 6)")
        with pytest.raises(sqlite3.IntegrityError):
            new.execute("INSERT INTO task_kinds (code, slot) VALUES ('search', 13)")
        new.execute("INSERT INTO task_kinds (code, slot) VALUES ('search', 7)")
        conn.execute("INSERT INTO tasks (kind, year) VALUES ('search', 2024)")
        new.execute("INSERT INTO calls (received_at, suggested_kind) VALUES ('2024-01-01', 'search')")
        conn.execute("INSERT INTO task_members (task_id, member_id, attendance, hours)"
                     " SELECT max(id), 3, '出勤', 2 FROM tasks")
        assert new.execute("SELECT kind7 FROM member_month WHERE member_id = 3 AND month = ''").fetchone() == (1,)
        conn.execute("UPDATE tasks SET kind = 'urban' WHERE id = 1")  # summaries follow a change of kind
        conn.execute("UPDATE tasks SET kind = 'water', departure = '2024-05-01' WHERE kind = 'search'")
        assert summaries.check(new) == []
        assert new.execute("SELECT sum(kind7) FROM member_month").fetchone() == (0,)
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            new.execute("DELETE FROM task_kinds WHERE code = 'search'")  # a kind in use stays
    conn.close()


def test_v7_fails_whole_on_a_database_whose_kind_check_is_not_the_shipped_one(tmp_path):
    from wz_desktop.store import StoreError
    from wz_desktop.store.db import Database

    path = tmp_path / "odd.db"
    conn = connect(path)
    run(conn, [(v, s.replace("OR kind = 'upkeep')", "OR kind = 'upkeep' OR kind = 'other')")) for v, s in schema.MIGRATIONS], 6)
    conn.close()
    with pytest.raises(StoreError, match="版本 7"):
        Database(path, backup_dir=tmp_path / "backups")
    conn = connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'task_kinds'").fetchone()[0] == 0
    assert "water" in [r[1] for r in conn.execute("PRAGMA table_info(member_month)")]
    assert "kind = 'other'" in conn.execute("SELECT sql FROM sqlite_master WHERE name = 'tasks'").fetchone()[0]


# --- V8: the pasted alert kept with the call --------------------------------------------------------

def test_v8_keeps_the_pasted_alert_with_the_call_and_old_calls_have_none(tmp_path):
    from wz_desktop.store import Store
    from wz_desktop.store.db import Database

    path = tmp_path / "v7.db"
    conn = connect(path)
    run(conn, schema.MIGRATIONS, 7)
    conn.executescript(f"BEGIN;{V1_ROWS}COMMIT;")
    conn.close()
    with Store(Database(path, backup_dir=tmp_path / "backups")) as store:
        assert store.database.migrated_from == 7
        assert store.calls.get(1).alert_text == "" and store.calls.get(1).description == "落水"
    assert "alert_text" in [r[1] for r in connect(path).execute("PRAGMA table_info(calls)")]


# --- a seventh kind: one migration file and the word table ---------------------------------------

# The whole change, as a developer makes it (docs/adding-a-kind.md): the next migration ...
SEVENTH_MIGRATION = "\nINSERT INTO task_kinds (code, slot) VALUES ('search', 7);\n"
# ... and the kind's words in the word table, domain/words.py: (after this line, insert this)
SEVENTH_WORDS = [
    ('    UPKEEP = "upkeep"\n', '    SEARCH = "search"\n'),
    ('                          ("整备", "保养", "装备", "设备", "维护", "器材"), False),\n',
     '    TaskKind.SEARCH: Kind("失踪人员搜寻", "Missing person search", "#17becf", ("搜寻", "失踪"), False),\n'),
    ('    TaskKind.UPKEEP: "队伍整备与设备保养",\n', '    TaskKind.SEARCH: "失踪人员搜寻",\n'),
]

SEVENTH_USE = r'''
import sys
from pathlib import Path
import openpyxl
from wz_desktop.domain.kinds import KIND_COLORS, KIND_ORDER, TaskKind, kind_from_name
from wz_desktop.domain.lifecycle import DIRECT_KINDS
from wz_desktop.ui.labels import kind_label
from wz_desktop.domain.records import Member, Squad, Task
from wz_desktop.domain.charts import ChartFilter
from wz_desktop.store import Store, TaskFilter, summaries
from wz_desktop.store.roster import TaskMember
from wz_desktop.services.exports import export_year
from wz_desktop.services.imports import import_workbook
from wz_desktop.services.session import SYSTEM_SESSION

folder = Path(sys.argv[1])
search = TaskKind("search")
assert KIND_ORDER[-1] is search and kind_from_name("2024年失踪人员搜寻任务统计") is search
assert not search.needs_call and search in DIRECT_KINDS and KIND_COLORS["search"]
assert kind_label(search) == "失踪人员搜寻"  # the window's word, translated where the .qm has it
from wz_desktop.domain.words import KIND_NAMES
assert KIND_NAMES.english["search"] == "Missing person search"  # extract.py writes it into the .ts
with Store.open(folder / "first.db") as store:
    assert store.database.version == int(sys.argv[2])
    [squad] = store.roster.add_squads([Squad("甘井子分队")], actor=store.audit.actor)
    member = Member("段峰", squad, "WZ0001")
    store.roster.add_members([member], actor=store.audit.actor)
    with store.transaction():
        ids = store.tasks.insert_many([
            Task(search, "海滨路老人失踪搜寻", departure="2024-03-05 19:30", year=2024, headcount=12, vehicles=3,
                 squads="甘井子分队"),
            Task(TaskKind.URBAN, "老人走失", departure="2024-03-06 08:00", year=2024, headcount=4, vehicles=1,
                 squads="甘井子分队")])
    store.tasks.index_pending()
    store.roster.add_task_members([TaskMember(ids[0], member.id), TaskMember(ids[1], member.id)])
    store.roster.record_attendance(ids[0], member.id, "出勤", 5)
    store.roster.record_attendance(ids[1], member.id, "迟到", 2)
    assert summaries.check(store.database.conn) == []
    [row] = store.attendance.member_summary("2024-03-01", "2024-03-31")  # a whole month: the summaries
    assert row.by_kind == {"urban": 1, "search": 1}, row.by_kind
    [row] = store.attendance.member_summary("2024-03-01", "2024-03-05")  # some days: the rows
    assert row.by_kind == {"search": 1}, row.by_kind
    assert [r.tasks for r in store.attendance.member_summary(None, None, kind=search)] == [1]
    assert store.charts.monthly_by_kind(ChartFilter(kinds=(search,))).counts == {"search": [1]}
    assert export_year(store, 2024, folder / "2024.xlsx", session=SYSTEM_SESSION) == 2
assert "失踪人员搜寻" in openpyxl.load_workbook(folder / "2024.xlsx").sheetnames
with Store.open(folder / "second.db") as store:
    report = import_workbook(store, folder / "2024.xlsx", backup=False, session=SYSTEM_SESSION)
    assert report.ok, report
    assert store.tasks.count(TaskFilter(kind=search)) == 1
    assert store.tasks.count(TaskFilter(text="失踪")) == 1
print("seventh kind ok")
'''


def test_a_seventh_kind_needs_one_migration_file_and_the_word_table(tmp_path):
    """A copy of the application with exactly those two changes: a task of the new kind is written,
    attended, counted, charted, exported to its own sheet and imported again."""
    import os
    import subprocess
    import sys

    import wz_desktop

    source = Path(wz_desktop.__file__).parent
    copy = tmp_path / "app" / "wz_desktop"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "store" / "migrations" / f"{schema.LATEST_VERSION + 1:04d}.sql").write_text(SEVENTH_MIGRATION)
    words = (copy / "domain" / "words.py").read_text(encoding="utf-8")
    for anchor, added in SEVENTH_WORDS:
        assert words.count(anchor) == 1, anchor
        words = words.replace(anchor, anchor + added)
    (copy / "domain" / "words.py").write_text(words, encoding="utf-8")
    changed = [p.relative_to(copy).as_posix() for p in sorted(copy.rglob("*"))
               if p.is_file() and (not (source / p.relative_to(copy)).exists()
                                   or (source / p.relative_to(copy)).read_bytes() != p.read_bytes())]
    assert changed == ["domain/words.py", f"store/migrations/{schema.LATEST_VERSION + 1:04d}.sql"]
    env = {**os.environ, "PYTHONPATH": str(copy.parent), "WZ_DESKTOP_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", SEVENTH_USE, str(tmp_path), str(schema.LATEST_VERSION + 1)], env=env, cwd=tmp_path,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "seventh kind ok" in done.stdout
    # and its words reach the translations (the window's kind, the attendance page's column) with
    # no line in en_strings.py: the extractor on the copy finds nothing without English
    translations = tmp_path / "app" / "resources" / "translations"
    shutil.copytree(source.parent / "resources" / "translations", translations,
                    ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    listed = subprocess.run([sys.executable, str(translations / "extract.py"), "--list-untranslated"], env=env,
                            cwd=tmp_path, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert listed.returncode == 0, listed.stdout + listed.stderr
    assert " 0 untranslated" in listed.stdout and "\t'" not in listed.stdout, listed.stdout
    ts = (translations / "wz_desktop_en.ts").read_text(encoding="utf-8")
    assert "<source>失踪人员搜寻</source>" in ts and "Missing person search" in ts


def test_the_package_and_the_installer_carry_the_migration_files():
    """store/schema.py reads them beside itself: setuptools must ship them as package data, and the
    PyInstaller spec must put them at the same place in the bundle (`make installer` runs them)."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    import wz_desktop

    root = Path(wz_desktop.__file__).parent.parent
    assert schema.MIGRATIONS_DIR == Path(schema.__file__).parent / "migrations"
    package_data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    assert "migrations/*.sql" in package_data["wz_desktop.store"]
    spec = (root / "installer" / "wz_desktop.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "wz_desktop" / "store" / "migrations" / "*.sql"), "wz_desktop/store/migrations")' in spec
    assert "wz_desktop/store/migrations/*.sql -text" in (root / ".gitattributes").read_text(encoding="utf-8")
