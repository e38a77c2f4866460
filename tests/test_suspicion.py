"""A database is never trusted blindly: a damaged page, a damaged header, a truncated file, an
emptied (0 bytes) or missing one with copies beside it. Every command refuses in words, writes
nothing, names the newest good copy and how to restore it; never a traceback, never a new empty
database in place of an emptied one."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from wz_desktop import cli
from wz_desktop.store import Store
from wz_desktop.store.opening import check_file, header_problems

sys.path.insert(0, str(Path(__file__).parent))
from conftest import SAMPLES
from helpers.damaged import commands, kept_database
from helpers.processes import env
from ui.conftest import fill, make_tasks

SAMPLE = SAMPLES / "2021年救援任务统计.xlsx"


def _page_size(db: Path) -> int:
    return int.from_bytes(db.read_bytes()[16:18], "big")


def damage_page(db: Path) -> None:
    """Scribble over the root page of the tasks table: the file opens, the schema reads, the tasks don't."""
    conn = sqlite3.connect(db)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'tasks'").fetchone()[0]
    conn.close()
    size = _page_size(db)
    with open(db, "r+b") as handle:
        handle.seek((root - 1) * size + 8)
        handle.write(b"\x07" * (size - 8))


def damage_header(db: Path) -> None:
    with open(db, "r+b") as handle:
        handle.seek(16)
        handle.write(b"\x00\x03\x05\x05\xff\x40\x20\x20")  # page size 3: impossible


def truncate(db: Path) -> None:
    size = db.stat().st_size
    with open(db, "r+b") as handle:
        handle.truncate((size // _page_size(db)) // 2 * _page_size(db))


def empty(db: Path) -> None:
    db.write_bytes(b"")


def remove(db: Path) -> None:
    db.unlink()


DAMAGES = {"page": damage_page, "header": damage_header, "truncated": truncate, "empty": empty, "missing": remove}


@pytest.fixture
def kept(tmp_path):
    return kept_database(tmp_path)


def _state(db: Path) -> bytes | None:
    return db.read_bytes() if db.exists() else None


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_every_command_refuses_a_suspect_database_names_the_copy_and_writes_nothing(kept, tmp_path, capsys, damage):
    db, copy = kept
    DAMAGES[damage](db)
    before = _state(db)
    for name, argv in commands(tmp_path / "out").items():
        code = cli.main(["--db", str(db), *argv])
        captured = capsys.readouterr()
        assert code == 1, (name, captured.out, captured.err)
        assert "Traceback" not in captured.err
        assert str(copy) in captured.err and "restore" in captured.err, (name, captured.err)
        assert "已备份" not in captured.out and "已导出" not in captured.out, name
        assert _state(db) == before, name  # nothing written, no new empty database
        assert not list((tmp_path / "out").iterdir()), name  # no export, no copy, no report


def test_the_named_copy_restores_and_then_the_commands_work(kept, tmp_path, capsys):
    db, copy = kept
    empty(db)
    assert cli.main(["--db", str(db), "export", "--year", "2021", "-o", str(tmp_path / "x.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "是空的（0 字节）" in err and "这不是一个新数据库" in err
    assert cli.main(["--db", str(db), "restore", str(copy), "--yes"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", str(db), "export", "--year", "2021", "-o", str(tmp_path / "x.xlsx")]) == 0
    assert "已导出 2021 年的 60 条任务" in capsys.readouterr().out


def test_without_copies_a_damaged_file_is_refused_and_a_missing_one_is_new_only_for_an_import(tmp_path, capsys):
    db = tmp_path / "records.db"
    with Store.open(db) as store:
        fill(store, make_tasks(20))
    damage_page(db)
    assert cli.main(["--db", str(db), "export", "--year", "2021", "-o", str(tmp_path / "x.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "已损坏" in err and "没有找到可以用来恢复的完好备份" in err and "Traceback" not in err
    fresh = tmp_path / "fresh.db"
    assert cli.main(["--db", str(fresh), "export", "--year", "2021", "-o", str(tmp_path / "x.xlsx")]) == 1
    assert "不存在" in capsys.readouterr().err and not fresh.exists()
    assert cli.main(["--db", str(fresh), "import", str(SAMPLE)]) == 0  # the first import makes the database


def test_the_cheap_checks_see_header_and_truncation_and_the_quick_check_a_page(kept):
    db, _ = kept
    assert check_file(db).ok
    damage_page(db)
    assert header_problems(db) == [] and not check_file(db).ok
    db2 = db.with_name("b.db")
    src = sqlite3.connect(next(db.parent.glob("backups/*.db")))
    dest = sqlite3.connect(db2)
    src.backup(dest)
    src.close()
    dest.close()
    truncate(db2)
    assert "截断" in str(header_problems(db2)[0])
    damage_header(db2)
    assert "文件头" in str(header_problems(db2)[0])


def test_sqlite_failures_are_told_in_words_never_in_sqlites_english(tmp_path, capsys, monkeypatch):
    from wz_desktop.store.errors import describe_failure

    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL
    assert "磁盘已满" in str(describe_failure(full))
    io = sqlite3.OperationalError("disk I/O error")
    io.sqlite_errorcode = sqlite3.SQLITE_IOERR
    assert "disk" not in str(describe_failure(io)) and "读写磁盘" in str(describe_failure(io))
    other = sqlite3.DatabaseError("some unexpected thing")
    assert "some unexpected" not in str(describe_failure(other))
    cant = tmp_path / "no-such-folder-parent"
    cant.write_text("a file where a folder should be")
    assert cli.main(["--db", str(cant / "x.db"), "import", str(SAMPLE)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "unable to open" not in err and "Errno" not in err


@pytest.mark.slow  # real processes (the in-process refusals are in the fast lane)
@pytest.mark.parametrize("damage", ["page", "empty"])
def test_a_real_process_refuses_without_a_traceback(kept, tmp_path, damage):
    db, copy = kept
    DAMAGES[damage](db)
    before = _state(db)
    done = subprocess.run([sys.executable, "-m", "wz_desktop", "--db", str(db), "import", str(SAMPLE)],
                          capture_output=True, text=True, encoding="utf-8", env=env(tmp_path / "home"), timeout=120)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert str(copy) in done.stderr and "restore" in done.stderr
    assert _state(db) == before
