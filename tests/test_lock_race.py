"""One lock for every writer, raced with real processes: a restore never runs under an import or
an open window, whoever waits or is refused is told who holds the database, and a restore racing
an import never loses a task the import reported imported."""
from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wz_desktop import cli
from wz_desktop.store import Store, backups

sys.path.insert(0, str(Path(__file__).parent))
from conftest import SAMPLES
from helpers.processes import env, lock_held_elsewhere
from ui.conftest import fill, make_tasks

SAMPLE = SAMPLES / "2022年救援任务统计.xlsx"
SAMPLE_TASKS = 1714


def _count(db: Path, year: int) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM tasks WHERE year = ?", (year,)).fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def template(tmp_path):
    folder = tmp_path / "template"
    db = folder / "records.db"
    with Store.open(db) as store:
        fill(store, make_tasks(40, years=(2019,)))
        copy = backups.take_backup(store, backups.MANUAL)
    return folder, copy.name


def _command(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "wz_desktop", "--db", str(db), *args]


def race(template, where: Path, delay: float) -> None:
    folder, copy_name = template
    shutil.copytree(folder, where)
    db, copy = where / "records.db", where / "backups" / copy_name
    home = where / "home"
    first, second = (_command(db, "import", str(SAMPLE)), _command(db, "restore", str(copy), "--yes"))
    if delay < 0:  # the restore first, the import after it
        first, second = second, first
    kwargs = dict(stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env(home))
    a = subprocess.Popen(first, **kwargs)
    time.sleep(abs(delay))
    b = subprocess.Popen(second, **kwargs)
    outputs = [p.communicate(timeout=180) for p in (a, b)]
    (imp, imp_out), (res, res_out) = ((a, outputs[0]), (b, outputs[1])) if delay >= 0 else ((b, outputs[1]), (a, outputs[0]))
    for _out, err in (imp_out, res_out):
        assert "Traceback" not in err, err
    imported = imp.returncode == 0 and f"新增 {SAMPLE_TASKS} 条" in imp_out[0]
    restored = res.returncode == 0
    if not imported:  # it waited, then was told who held the database
        assert "正在从备份恢复" in imp_out[1], imp_out
    if not restored:  # refused: an import held the database
        assert "正在导入工作簿" in res_out[1], res_out
    assert imported or restored
    final = _count(db, 2022)
    if imported:
        if final != SAMPLE_TASKS:  # restored after the import: the import's tasks are in the copy it kept
            assert restored, (imp_out, res_out)
            safety = Path(re.search(r"恢复前的数据库已另存为 (.+)", res_out[0]).group(1).strip())
            assert _count(safety, 2022) == SAMPLE_TASKS, (imp_out, res_out)
    else:
        assert final == 0
    assert backups.check_integrity(db) == []


# moments: the restore started this many seconds after the import (negative: before it)
MOMENTS = [0.0, 0.15, 0.4, 0.8, 1.3, 2.0, 3.0, -0.1, -0.5]


@pytest.mark.slow  # real processes racing
def test_a_restore_racing_an_import_loses_no_task(template, tmp_path):
    race(template, tmp_path / "run", 0.4)


@pytest.mark.slow
@pytest.mark.parametrize("delay", MOMENTS)
def test_a_restore_racing_an_import_at_many_moments_loses_no_task(template, tmp_path, delay):
    race(template, tmp_path / "run", delay)


@pytest.mark.slow  # real processes holding the lock
def test_an_import_under_an_open_window_waits_then_says_who_holds_the_database(tmp_path, capsys, monkeypatch):
    from wz_desktop.store import opening

    monkeypatch.setattr(opening, "LOCK_WAIT", 0.5)
    db = tmp_path / "records.db"
    with Store.open(db) as store:
        fill(store, make_tasks(10))
    before = db.read_bytes()
    with lock_held_elsewhere(db, "window") as window:
        assert cli.main(["--db", str(db), "import", str(SAMPLE)]) == 1
        err = capsys.readouterr().err
        assert "正在等待" in err and "已在另一个万众救援台窗口中打开" in err and str(window.pid) in err
        assert "Traceback" not in err
        assert cli.main(["--db", str(db), "roster", "import", str(SAMPLE)]) == 1
        assert "已在另一个万众救援台窗口中打开" in capsys.readouterr().err
    assert db.read_bytes() == before
    with lock_held_elsewhere(db, "restore"):
        assert cli.main(["--db", str(db), "import", str(SAMPLE)]) == 1
        assert "正在从备份恢复" in capsys.readouterr().err
    assert cli.main(["--db", str(db), "import", str(SAMPLE)]) == 0  # free again


@pytest.mark.slow  # real processes holding the lock
def test_a_migration_waits_for_the_lock_and_says_who_holds_it(tmp_path, monkeypatch):
    from wz_desktop.store import db as db_module
    from wz_desktop.store.lock import DatabaseInUse

    path = tmp_path / "old.db"
    with Store.open(path) as store:
        fill(store, make_tasks(5))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")  # as if made by an older version
    conn.commit()
    conn.close()
    monkeypatch.setattr(db_module, "MIGRATION_WAIT", 0.5)
    before = path.read_bytes()
    with lock_held_elsewhere(path, "import"):
        started = time.monotonic()
        with pytest.raises(DatabaseInUse, match="正在导入工作簿"):
            Store.open(path)
        assert time.monotonic() - started >= 0.5  # it waited for the import
    assert path.read_bytes() == before
