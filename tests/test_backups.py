"""Backups: naming, previews, rotation, the daily copy, restoring, integrity, the lock, the command line."""
from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path

import pytest

from wz_desktop import cli
from wz_desktop.store import DatabaseBusy, Store
from wz_desktop.store import backups
from wz_desktop.store.backups import BackupUnusable
from wz_desktop.store.errors import DatabaseTooNew
from wz_desktop.store.lock import DatabaseLock, is_locked
from wz_desktop.store.schema import LATEST_VERSION
from wz_desktop.services.session import SYSTEM_SESSION

sys.path.insert(0, str(Path(__file__).parent))
from helpers.processes import lock_held_elsewhere
from helpers.workbooks import db_snapshot, task_count
from ui.conftest import fill, make_tasks


def stamp(when: dt.datetime) -> str:
    return when.strftime("%Y%m%d-%H%M%S-%f")


def fake_copy(folder: Path, stem: str, reason: str, when: dt.datetime, source: Path | None = None) -> Path:
    """A file named as our copies are (its content a real copy when ``source`` is given)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}-{reason}-{stamp(when)}.db"
    if source is not None:
        src = sqlite3.connect(source)
        dest = sqlite3.connect(path)
        src.backup(dest)
        dest.close()
        src.close()
    else:
        path.write_bytes(b"x")
    return path


def damage(db_path: Path) -> None:
    """Scribble over pages in the middle of a closed database: it still opens, but fails the checks."""
    size = db_path.stat().st_size
    with open(db_path, "r+b") as handle:
        for offset in range(size // 3, size * 2 // 3, 4096 * 3):
            handle.seek(offset)
            handle.write(b"\x07" * 1500)


@pytest.fixture
def filled(store):
    fill(store, make_tasks(300))
    return store


# --- names and previews --------------------------------------------------------------------

def test_a_copy_is_listed_with_a_preview_read_from_it(filled):
    path = backups.take_backup(filled, backups.MANUAL)
    assert path.parent == filled.path.parent / "backups"
    assert path.name.startswith("test-manual-")
    (path.parent / "notes.txt").write_text("mine")
    (path.parent / "test-manual-yesterday.db").write_bytes(b"not ours either")
    [info] = backups.list_backups(path.parent)
    assert info.path == path and info.reason == "manual" and info.stem == "test"
    assert info.size == path.stat().st_size
    assert abs((info.taken_at - dt.datetime.now()).total_seconds()) < 60
    preview = info.preview
    assert preview.ok and preview.version == LATEST_VERSION
    assert preview.tasks == 300 and preview.tasks_by_year == {2021: 150, 2022: 150}
    assert preview.latest_departure == max(t.departure for t in make_tasks(300))
    assert preview.calls == 0 and preview.members == 0
    # read-only and immutable: nothing made beside the copy
    assert sorted(p.name for p in path.parent.iterdir()) == sorted([path.name, "notes.txt", "test-manual-yesterday.db"])


def test_a_copy_that_is_not_a_database_says_so_in_its_preview(tmp_path):
    fake_copy(tmp_path, "test", "daily", dt.datetime(2026, 1, 2, 8))
    [info] = backups.list_backups(tmp_path)
    assert not info.usable and info.preview.error


def test_migration_copies_read_as_before_migration():
    assert backups.parse_name("wanzhong-before-v4-20261124-080000-000001.db")[1] == "before-migration"
    assert backups.parse_name("my-db-daily-20261124-080000-000001.db")[:2] == ("my-db", "daily")
    assert backups.parse_name("wanzhong.db") is None
    assert backups.parse_name("wanzhong-daily-20261124-080000-000001.db.part") is None


# --- rotation ------------------------------------------------------------------------------

def test_rotation_keeps_the_newest_of_each_kind_and_never_touches_other_files(tmp_path):
    folder = tmp_path / "backups"
    start = dt.datetime(2026, 1, 1, 8)
    daily = [fake_copy(folder, "wanzhong", "daily", start + dt.timedelta(days=i)) for i in range(20)]
    imports = [fake_copy(folder, "wanzhong", "before-import", start + dt.timedelta(days=i, hours=1)) for i in range(12)]
    old_restore = fake_copy(folder, "wanzhong", "before-restore", start - dt.timedelta(days=30))
    other_db = [fake_copy(folder, "demo", "daily", start + dt.timedelta(days=i)) for i in range(20)]
    foreign = [folder / "wanzhong.db", folder / "readme.txt", folder / "wanzhong-daily-old.db"]
    for f in foreign:
        f.write_bytes(b"keep me")
    removed = backups.rotate(folder, keep_daily=5, keep_other=3, stem="wanzhong")
    left = set(folder.iterdir())
    assert set(daily[-5:]) <= left and not set(daily[:-5]) & left
    assert set(imports[-3:]) <= left and not set(imports[:-3]) & left
    assert old_restore in left  # the only (so the newest) copy of its kind
    assert set(other_db) <= left and set(foreign) <= left
    assert len(removed) == 15 + 9
    # all databases, one copy each at least
    backups.rotate(folder, keep_daily=0, keep_other=0)
    left = set(folder.iterdir())
    assert daily[-1] in left and imports[-1] in left and old_restore in left and other_db[-1] in left
    assert set(foreign) <= left


def test_settings_have_defaults_and_are_kept(tmp_path):
    assert backups.keep_daily() == 14 and backups.keep_other() == 10
    assert backups.folder_for(tmp_path / "x.db") == tmp_path / "backups"
    backups.set_keep_daily(3)
    backups.set_keep_other(0)  # at least one
    backups.set_backup_folder(tmp_path / "elsewhere")
    assert backups.keep_daily() == 3 and backups.keep_other() == 1
    assert backups.folder_for(tmp_path / "x.db") == tmp_path / "elsewhere"
    assert backups.search_folders(tmp_path / "x.db") == [tmp_path / "elsewhere", tmp_path / "backups"]
    with Store.open(tmp_path / "x.db") as store:
        fill(store, make_tasks(3))
        assert backups.take_backup(store, backups.MANUAL).parent == tmp_path / "elsewhere"
    backups.set_backup_folder(None)
    assert backups.folder_for(tmp_path / "x.db") == tmp_path / "backups"


def test_take_backup_rotates_with_the_settings(filled):
    backups.set_keep_other(2)
    for _ in range(4):
        backups.take_backup(filled, backups.MANUAL)
    assert len(backups.list_backups(filled.database.backup_dir, preview=False)) == 2


# --- the daily copy --------------------------------------------------------------------------

def test_the_daily_copy_once_a_day_and_not_of_an_empty_database(store):
    morning = dt.datetime(2026, 11, 24, 8, 0)
    assert backups.daily_backup_due(store.database.backup_dir, morning)
    assert backups.ensure_daily_backup(store, morning) is None  # nothing in it yet
    fill(store, make_tasks(5))
    first = backups.ensure_daily_backup(store, morning)
    assert first is not None and "-daily-" in first.name
    # the name carries when it was taken (the real clock): the test's "day" is today
    today = dt.datetime.now()
    assert not backups.daily_backup_due(store.database.backup_dir, today)
    assert backups.ensure_daily_backup(store, today) is None
    assert backups.daily_backup_due(store.database.backup_dir, today + dt.timedelta(days=1))


# --- integrity -----------------------------------------------------------------------------

def test_check_integrity_finds_a_damaged_file(filled, tmp_path):
    assert backups.check_integrity(filled.path) == []
    copy = backups.take_backup(filled, backups.MANUAL)
    damage(copy)
    assert backups.check_integrity(copy, immutable=True)
    assert backups.check_integrity(tmp_path / "missing.db")
    (tmp_path / "text.db").write_text("not a database " * 300)
    assert backups.check_integrity(tmp_path / "text.db")


# --- restoring -----------------------------------------------------------------------------

def test_restore_puts_the_copy_in_place_and_keeps_the_database_it_replaced(filled):
    copy = backups.take_backup(filled, backups.MANUAL)
    before = db_snapshot(filled.path)
    fill(filled, make_tasks(50, years=(2023,)))
    after_import = db_snapshot(filled.path)
    path = filled.path
    filled.close()
    result = backups.restore(copy, path)
    restored = db_snapshot(path)
    assert restored.pop("audit")[-1][4:7] == ("database", None, "restore")  # the restore, in the audit trail
    before.pop("audit")
    assert restored == before
    assert result.safety_copy is not None and "-before-restore-" in result.safety_copy.name
    assert db_snapshot(result.safety_copy) == after_import
    assert result.preview.tasks == 300
    assert not path.with_name(path.name + "-wal").exists()
    assert not list(path.parent.glob("*.restore-part"))
    with Store.open(path) as again:
        assert again.tasks.total() == 300


def test_restore_refuses_a_damaged_or_newer_copy_and_touches_nothing(filled, tmp_path):
    copy = backups.take_backup(filled, backups.MANUAL)
    path = filled.path
    filled.close()
    before = path.read_bytes()
    damaged = tmp_path / "damaged-copy.db"
    damaged.write_bytes(copy.read_bytes())
    damage(damaged)
    with pytest.raises(BackupUnusable):
        backups.restore(damaged, path)
    newer = tmp_path / "newer.db"
    newer.write_bytes(copy.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseTooNew):
        backups.restore(newer, path)
    with pytest.raises(BackupUnusable):
        backups.restore(tmp_path / "nothing.db", path)
    assert path.read_bytes() == before
    assert [i.reason for i in backups.list_backups(copy.parent)] == ["manual"]  # no copy taken in vain


def test_restore_refuses_while_the_database_is_open_elsewhere(filled):
    copy = backups.take_backup(filled, backups.MANUAL)
    fill(filled, make_tasks(10, years=(2024,)))
    with pytest.raises(DatabaseBusy):
        backups.restore(copy, filled.path)
    assert filled.tasks.total() == 310


def test_restore_over_a_damaged_database_keeps_its_bytes(filled):
    copy = backups.take_backup(filled, backups.MANUAL)
    path = filled.path
    filled.close()
    path.write_bytes(b"garbage" * 1000)
    result = backups.restore(copy, path)
    assert "-damaged-" in result.safety_copy.name
    assert result.safety_copy.read_bytes() == b"garbage" * 1000
    assert task_count(path) == 300
    assert backups.newest_good_backup(path).path == copy  # the damaged one is not offered


def test_reopen_keeps_the_same_store_object(filled):
    copy = backups.take_backup(filled, backups.MANUAL)
    fill(filled, make_tasks(10, years=(2024,)))
    tasks_repo = filled.tasks
    filled.note = "kept"
    filled.close()
    backups.restore(copy, filled.path)
    backups.reopen(filled)
    assert filled.tasks is not tasks_repo and filled.tasks.total() == 300
    assert filled.note == "kept"


# --- busy and the lock ---------------------------------------------------------------------

def test_a_write_that_waits_too_long_for_the_lock_says_so(filled):
    other = Store.open(filled.path)
    try:
        other.database.execute("PRAGMA busy_timeout = 100")
        filled.database.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseBusy, match="另一个程序"):
            with other.transaction():
                pass
    finally:
        filled.database.execute("ROLLBACK")
        other.close()


@pytest.mark.slow  # real processes taking the lock
def test_the_lock_is_held_by_one_process_at_a_time(tmp_path):
    db = tmp_path / "x.db"
    first, second = DatabaseLock(db), DatabaseLock(db)
    assert not is_locked(db)
    assert first.acquire()
    assert second.acquire()  # the same process: shared (the window and its own import), counted
    assert not is_locked(db)  # not by *another* process
    first.release()
    second.release()
    with lock_held_elsewhere(db, "import") as holder:
        assert is_locked(db)
        assert not first.acquire(wait=0.2)
        assert first.holder()["pid"] == holder.pid
        assert "正在导入工作簿" in first.holder_text() and str(holder.pid) in first.holder_text()
    assert first.acquire(wait=5)
    first.release()
    with lock_held_elsewhere(db, "window"):
        assert "已在另一个万众救援台窗口中打开" in second.holder_text()
    assert not is_locked(db)


# --- the command line ----------------------------------------------------------------------

def test_cli_lists_the_backups_with_what_they_hold(filled, capsys):
    backups.take_backup(filled, backups.MANUAL)
    filled.close()
    assert cli.main(["--db", str(filled.path), "backup", "--list"]) == 0
    out = capsys.readouterr().out
    assert "手动备份" in out and "任务 300 条" in out and "2021 年 150 条" in out


def test_cli_list_without_backups_says_so(tmp_path, capsys):
    assert cli.main(["--db", str(tmp_path / "none.db"), "backup", "--list"]) == 0
    assert "还没有备份" in capsys.readouterr().out


def test_cli_backup_needs_output_or_list(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--db", str(tmp_path / "x.db"), "backup"])
    assert exit_info.value.code == 2
    assert "必须给出一个" in capsys.readouterr().err


def test_cli_restore_with_yes(filled, capsys):
    copy = backups.take_backup(filled, backups.MANUAL)
    fill(filled, make_tasks(10, years=(2024,)))
    filled.close()
    assert cli.main(["--db", str(filled.path), "restore", str(copy), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "已从" in out and "300 条任务" in out and "恢复前的数据库已另存为" in out
    assert task_count(filled.path) == 300


def test_cli_restore_asks_on_the_terminal(filled, capsys, monkeypatch):
    copy = backups.take_backup(filled, backups.MANUAL)
    fill(filled, make_tasks(10, years=(2024,)))
    filled.close()

    class Terminal:
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    assert cli.main(["--db", str(filled.path), "restore", str(copy)]) == 1
    assert task_count(filled.path) == 310
    monkeypatch.setattr("builtins.input", lambda prompt: "y")
    assert cli.main(["--db", str(filled.path), "restore", str(copy)]) == 0
    assert task_count(filled.path) == 300


def test_cli_restore_refuses_without_a_terminal_or_while_the_window_is_open(filled, capsys, monkeypatch):
    copy = backups.take_backup(filled, backups.MANUAL)
    filled.close()
    monkeypatch.setattr(sys, "stdin", None)
    assert cli.main(["--db", str(filled.path), "restore", str(copy)]) == 1
    assert "--yes" in capsys.readouterr().err
    with lock_held_elsewhere(filled.path, "window"):
        assert cli.main(["--db", str(filled.path), "restore", str(copy), "--yes"]) == 1
        err = capsys.readouterr().err
        assert "已在另一个万众救援台窗口中打开" in err and "Traceback" not in err
    assert cli.main(["--db", str(filled.path), "restore", str(filled.path.parent / "nope.db"), "--yes"]) == 1
    assert "找不到" in capsys.readouterr().err


# --- the copy before an import, taken while the workbook is read ------------------------------------

SAMPLES = Path(__file__).parent / "data" / "samples"


def test_the_copy_before_an_import_holds_the_database_as_it_was(tmp_path):
    from wz_desktop.services.imports import import_workbook

    db = tmp_path / "records.db"
    with Store.open(db) as store:
        assert import_workbook(store, SAMPLES / "2021年救援任务统计.xlsx", session=SYSTEM_SESSION).ok
        before = store.tasks.total()
        assert not backups.list_backups(store.database.backup_dir)  # an empty database: nothing to keep
        report = import_workbook(store, SAMPLES / "2022年救援任务统计.xlsx", session=SYSTEM_SESSION)
        assert report.ok and report.added > 0 and report.backup
        assert store.tasks.total() == before + report.added
    copy = Path(report.backup)
    assert [i.path for i in backups.list_backups(db.parent / "backups")] == [copy]
    assert task_count(copy) == before  # taken while the file was read, before anything was written
    assert backups.check_integrity(copy) == []
    assert not list(copy.parent.glob("*.part"))


def test_no_copy_is_left_by_an_import_that_stops_before_writing(tmp_path):
    from wz_desktop.services.imports import import_workbook

    db = tmp_path / "records.db"
    broken = tmp_path / "损坏.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook" * 40)
    with Store.open(db) as store:
        fill(store, make_tasks(50))
        before = db_snapshot(db)
        refused = import_workbook(store, broken, session=SYSTEM_SESSION)
        assert not refused.ok and refused.backup is None
        steps = []

        def cancel_after_reading() -> bool:
            steps.append(1)
            return len(steps) > 2  # cancelled at "正在与数据库比对", after the file was read

        cancelled = import_workbook(store, SAMPLES / "2022年救援任务统计.xlsx", cancelled=cancel_after_reading, session=SYSTEM_SESSION)
        assert not cancelled.ok and cancelled.backup is None
    assert db_snapshot(db) == before
    assert backups.list_backups(db.parent / "backups") == []
    assert not list((db.parent / "backups").glob("*")) if (db.parent / "backups").exists() else True
