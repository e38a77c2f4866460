"""`wz-desktop backup -o FILE`: a whole, consistent copy; refusals in words."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from conftest import SAMPLES
from helpers.cli import Result
from helpers.cli import run as run_cli


def run(*args: str, home: Path) -> Result:
    return run_cli(home, *args, cwd=Path.cwd())  # in this process (helpers/cli.py)


def test_backup_copies_every_task_and_refuses_to_overwrite(tmp_path):
    db = tmp_path / "records.db"
    sample = SAMPLES / "2023年救援任务统计.xls"
    assert run("--db", str(db), "import", str(sample), home=tmp_path).returncode == 0
    copy = tmp_path / "copy.db"
    done = run("--db", str(db), "backup", "-o", str(copy), home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "210 条任务" in done.stdout
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM tasks").fetchone()[0] == 210
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again = run("--db", str(db), "backup", "-o", str(copy), home=tmp_path)
    assert again.returncode != 0
    assert "已存在" in again.stderr and "Traceback" not in again.stderr


def test_backup_of_a_missing_database_or_into_a_missing_folder_is_refused(tmp_path):
    missing = run("--db", str(tmp_path / "none.db"), "backup", "-o", str(tmp_path / "b.db"), home=tmp_path)
    assert missing.returncode != 0 and "不存在" in missing.stderr
    db = tmp_path / "records.db"
    assert run("--db", str(db), "import", str(SAMPLES / "2023年救援任务统计.xls"), home=tmp_path).returncode == 0
    nowhere = run("--db", str(db), "backup", "-o", str(tmp_path / "no" / "such" / "b.db"), home=tmp_path)
    assert nowhere.returncode != 0 and "不存在" in nowhere.stderr and "Traceback" not in nowhere.stderr
    assert not list(tmp_path.glob("**/*.part"))
