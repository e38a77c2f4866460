"""More ways a database file is found damaged or wrong, tried as the maintainers would: a page of
an index, of the full-text tables, of the audit table, of sqlite_master; a freelist pointing past
the file; a write-ahead log of another database beside it, or garbage in -wal and -shm; another
program's SQLite database; a newer schema; a folder or a symbolic link loop where the file should
be; a zero-byte file without copies; copies that are damaged themselves; a lock left by a killed
process; a full disk during a backup. Every command refuses in words (Chinese, and English with
--lang en) that say what to do, writes nothing, and never shows a traceback."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from wz_desktop import cli
from wz_desktop.store import Store, backups
from wz_desktop.store.opening import check_file

sys.path.insert(0, str(Path(__file__).parent))
from conftest import SAMPLES
from helpers.damaged import commands, kept_database
from helpers.processes import env

SAMPLE = SAMPLES / "2021年救援任务统计.xlsx"


def _roots(db: Path) -> tuple[dict, int]:
    conn = sqlite3.connect(db)
    roots = dict(conn.execute("SELECT name, rootpage FROM sqlite_master WHERE rootpage > 0"))
    indexes = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tasks'")]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    roots["<index of tasks>"] = roots[indexes[0]]
    return roots, size


def _scribble(db: Path, page: int, size: int, offset: int = 8) -> None:
    with open(db, "r+b") as handle:
        handle.seek((page - 1) * size + offset)
        handle.write(b"\x07" * (size - offset))


def _page_of(name):
    def damage(db: Path) -> None:
        roots, size = _roots(db)
        _scribble(db, roots[name], size)
    return damage


def damage_master(db: Path) -> None:
    _, size = _roots(db)
    _scribble(db, 1, size, offset=108)  # sqlite_master's cells, after the file header


def damage_freelist(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE junk(x)")
    conn.executemany("INSERT INTO junk VALUES (?)", [("x" * 3000,)] * 50)
    conn.commit()
    conn.execute("DROP TABLE junk")
    conn.commit()
    conn.close()
    data = db.read_bytes()
    trunk, size = int.from_bytes(data[32:36], "big"), int.from_bytes(data[16:18], "big")
    assert trunk
    with open(db, "r+b") as handle:
        handle.seek((trunk - 1) * size + 8)
        handle.write((999_999).to_bytes(4, "big") * 20)


def wal_of_another(db: Path) -> None:
    other = db.with_name("other.db")
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t(x)")
    conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(1000)])
    conn.commit()
    shutil.copy(str(other) + "-wal", str(db) + "-wal")
    conn.close()
    other.unlink()
    Path(str(other) + "-wal").unlink(missing_ok=True)
    Path(str(other) + "-shm").unlink(missing_ok=True)


def foreign(db: Path) -> None:
    db.unlink()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE contacts(name, phone)")
    conn.execute("INSERT INTO contacts VALUES ('a', 'b')")
    conn.commit()
    conn.close()


def newer(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()


def directory(db: Path) -> None:
    db.unlink()
    db.mkdir()


def symlink_loop(db: Path) -> None:
    db.unlink()
    os.symlink(db.name, db)


def all_copies_damaged(db: Path) -> None:
    for copy in (db.parent / "backups").glob("*.db"):
        roots, size = _roots(copy)
        _scribble(copy, roots["tasks"], size)
    db.write_bytes(b"")


REFUSED = {  # damage -> a word of the Chinese message
    "index page": (_page_of("<index of tasks>"), "已损坏"),
    "fts page": (_page_of("tasks_fts_data"), "已损坏"),
    "audit page": (_page_of("audit"), "已损坏"),
    "sqlite_master": (damage_master, "已损坏"),
    "freelist": (damage_freelist, "已损坏"),
    "wal of another db": (wal_of_another, "-wal"),
    "another app's db": (foreign, "不是万众救援台的数据库"),
    "user_version 99": (newer, "请升级程序"),
    "a directory": (directory, "是一个文件夹"),
    "a symlink loop": (symlink_loop, "循环"),
    "empty, copies all damaged": (all_copies_damaged, "这不是一个新数据库"),
}


@pytest.fixture
def kept(tmp_path):
    return kept_database(tmp_path)


def _state(folder: Path) -> dict:
    """Every file beside the database (and its copies), with its bytes; the lock file aside."""
    state = {}
    for path in sorted(folder.rglob("*")):
        parts = path.relative_to(folder).parts
        if path.name.endswith(".lock") or parts[0] in ("out", "home"):
            continue
        if path.is_symlink():
            state[str(path)] = ("link", os.readlink(path))
        elif path.is_file():
            state[str(path)] = path.read_bytes()
    return state


@pytest.mark.parametrize("case", list(REFUSED))
def test_every_command_refuses_in_words_and_writes_nothing(kept, tmp_path, capsys, case):
    db, _ = kept
    damage, word = REFUSED[case]
    damage(db)
    before = _state(tmp_path)
    out = tmp_path / "out"
    for name, argv in commands(out).items():
        code = cli.main(["--db", str(db), *argv])
        captured = capsys.readouterr()
        assert code == 1, (case, name, captured.out, captured.err)
        assert "Traceback" not in captured.err and word in captured.err, (case, name, captured.err)
        assert "malformed" not in captured.err and "Errno" not in captured.err, (case, name, captured.err)
        assert _state(tmp_path) == before, (case, name)  # nothing written, no migration, no new database
        assert not list(out.iterdir()), (case, name)


@pytest.mark.slow  # a real process each (English makes a Qt application)
@pytest.mark.parametrize("case", ["another app's db", "wal of another db", "a directory", "empty, copies all damaged"])
def test_the_refusals_are_in_english_with_lang_en(kept, tmp_path, case):
    db, _ = kept
    REFUSED[case][0](db)
    done = subprocess.run([sys.executable, "-m", "wz_desktop", "--lang", "en", "--db", str(db), "export", "--year",
                           "2021", "-o", str(tmp_path / "x.xlsx")], capture_output=True, text=True, encoding="utf-8",
                          env=env(tmp_path / "home"), timeout=60)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    err = done.stderr
    assert err.startswith("Error") and not any("\u4e00" <= ch <= "\u9fff" for ch in err.replace(str(tmp_path), "")), err


def test_a_wal_of_another_database_never_reaches_the_file_and_the_restore_mends_it(kept, tmp_path, capsys):
    db, copy = kept
    wal_of_another(db)
    before = db.read_bytes()
    assert cli.main(["--db", str(db), "import", str(SAMPLE)]) == 1
    assert db.read_bytes() == before  # no migration made over another database's pages
    assert cli.main(["--db", str(db), "restore", str(copy), "--yes"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", str(db), "export", "--year", "2021", "-o", str(tmp_path / "x.xlsx")]) == 0


def test_garbage_in_wal_and_shm_is_discarded_and_the_records_stay_whole(kept, tmp_path, capsys):
    db, _ = kept
    with Store.open(db) as store:
        tasks = store.tasks.total()
    Path(str(db) + "-wal").write_bytes(os.urandom(40_000))
    Path(str(db) + "-shm").write_bytes(os.urandom(32_768))
    assert cli.main(["--db", str(db), "export", "--year", "2021", "-o", str(tmp_path / "x.xlsx")]) == 0
    with Store.open(db) as store:
        assert store.tasks.total() == tasks


def test_the_newest_good_copy_named_is_one_that_passes(kept, tmp_path, capsys):
    db, good = kept
    newer_copy = good.with_name("records-manual-29991231-235959-000000.db")
    shutil.copy(good, newer_copy)
    roots, size = _roots(newer_copy)
    _scribble(newer_copy, roots["tasks"], size)
    assert backups.parse_name(newer_copy) and backups.backups_of(db, preview=False)[0].path == newer_copy
    db.write_bytes(b"")
    assert cli.main(["--db", str(db), "export", "--year", "2021", "-o", str(tmp_path / "x.xlsx")]) == 1
    err = capsys.readouterr().err
    assert str(good) in err and str(newer_copy) not in err
    assert not check_file(newer_copy).ok and check_file(good).ok


def test_a_zero_byte_file_without_copies_is_said_empty_and_only_an_import_starts_it_afresh(tmp_path, capsys):
    db = tmp_path / "records.db"
    db.write_bytes(b"")
    assert cli.main(["--db", str(db), "export", "--year", "2021", "-o", str(tmp_path / "x.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "是空的（0 字节）" in err and "没有找到它的备份" in err and db.read_bytes() == b""
    assert cli.main(["--db", str(db), "import", str(SAMPLE)]) == 0


@pytest.mark.slow  # real processes killed
def test_a_lock_left_by_a_killed_process_does_not_block_and_a_live_one_is_not_stolen(kept, tmp_path):
    db, _ = kept
    script = ("import os, sys\nfrom wz_desktop.store.lock import DatabaseLock\n"
              "DatabaseLock(sys.argv[1], purpose='import').acquire()\nos.kill(os.getpid(), 9)\n")
    subprocess.run([sys.executable, "-c", script, str(db)], env=env(), timeout=60)
    assert '"purpose": "import"' in Path(str(db) + ".lock").read_text()  # the killed one's details are there
    done = subprocess.run([sys.executable, "-m", "wz_desktop", "--db", str(db), "roster", "import", str(SAMPLE)],
                          capture_output=True, text=True, encoding="utf-8", env=env(tmp_path / "home"), timeout=60)
    assert done.returncode == 0 and "正在等待" not in done.stderr, done.stderr
    from helpers.processes import lock_held_elsewhere

    before = db.read_bytes()
    with lock_held_elsewhere(db, "import"):
        done = subprocess.run([sys.executable, "-m", "wz_desktop", "--db", str(db), "roster", "import", str(SAMPLE)],
                              capture_output=True, text=True, encoding="utf-8", env=env(tmp_path / "home"),
                              timeout=60)
    assert done.returncode == 1 and "正在导入工作簿" in done.stderr and "Traceback" not in done.stderr
    assert db.read_bytes() == before


def test_a_full_disk_during_a_backup_is_told_in_words_and_leaves_no_copy(kept, tmp_path, capsys, monkeypatch):
    import sqlite3 as sqlite

    db, _ = kept
    target = tmp_path / "out" / "copy.db"
    target.parent.mkdir()
    from wz_desktop.store.db import Database

    def full(self, path, *args, **kwargs):  # what SQLite raises when the target's disk fills
        error = sqlite.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite.SQLITE_FULL
        raise error

    monkeypatch.setattr(Database, "backup_to", full)
    code = cli.main(["--db", str(db), "backup", "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 1 and "磁盘已满" in err and "disk is full" not in err
    assert "Traceback" not in err and "已备份" not in capsys.readouterr().out


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_database_made_read_only_stays_read_only(kept, tmp_path, capsys):
    """The permissions kept private (0600) never make a file the user made read-only writable (as
    root, SQLite would then write into it; as a user, the command is told "read-only")."""
    import stat

    db, copy = kept
    os.chmod(db, 0o444)
    os.chmod(copy.parent, 0o555)
    try:
        assert cli.main(["--db", str(db), "export", "--year", "2021", "-o", str(tmp_path / "x.xlsx")]) == 0
        assert stat.S_IMODE(db.stat().st_mode) == 0o400  # the others' read taken, no write given
        assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o500
    finally:
        os.chmod(copy.parent, 0o700)


def _without_root_rights() -> list[str] | None:
    """A prefix that runs a command as root without the right to override permissions (None: not root
    or no setpriv): the read-only folder is then read-only for the command too."""
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("setpriv"):
        return None
    return ["setpriv", "--inh-caps=-dac_override,-fowner", "--bounding-set=-dac_override,-fowner"]


@pytest.mark.skipif(_without_root_rights() is None and (os.name != "posix" or os.geteuid() == 0),
                    reason="needs a user without the rights to override permissions")
def test_a_sound_database_in_a_read_only_folder_is_not_called_damaged(kept, tmp_path):
    db, _ = kept
    before = db.read_bytes()
    os.chmod(db.parent, 0o555)
    try:
        done = subprocess.run([*(_without_root_rights() or []), sys.executable, "-m", "wz_desktop", "--db", str(db),
                               "import", str(SAMPLE)], capture_output=True, text=True, encoding="utf-8",
                              env=env(tmp_path.parent / f"{tmp_path.name}-home"), timeout=60)
    finally:
        os.chmod(db.parent, 0o755)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "只读" in done.stderr and "权限" in done.stderr and "已损坏" not in done.stderr, done.stderr
    assert db.read_bytes() == before and not list(db.parent.glob("backups/*-damaged-*"))
