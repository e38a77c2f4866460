"""Limits said, never silent: NUL and control characters in any input are harmless, a search never
raises, and a text longer than an Excel cell is named when exported."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from wz_desktop.store import TaskFilter
from wz_desktop.services.session import SYSTEM_SESSION

sys.path.insert(0, str(Path(__file__).parent))
from ui.conftest import fill, make_tasks

NASTY = ["a\x00b", "\x00", "水\x00上", "\x01\x02\x1b", '"', "*", "AND OR", "NEAR(", "a\ud800", "落\x00水 \x07", "\x7f"]


@pytest.mark.parametrize("text", NASTY)
def test_a_search_never_raises(store, text):
    fill(store, make_tasks(20))
    flt = TaskFilter(text=text)
    assert store.tasks.count(flt) >= 0
    store.tasks.page(flt, 0, 10)
    store.roster.find_members(text)


def test_nul_and_control_characters_in_a_task_are_kept_and_found(store):
    import dataclasses

    [task] = make_tasks(1)
    task = dataclasses.replace(task, summary="落水\x00求助\x07，\x1b已救起", remarks="备注\x00")
    [task_id] = fill(store, [task])
    store.tasks.index_pending()
    assert store.tasks.get(task_id).summary == "落水\x00求助\x07，\x1b已救起"  # kept whole
    assert store.tasks.count(TaskFilter(text="求助")) == 1
    assert store.tasks.count(TaskFilter(text="落水\x00求助")) == 1  # the NUL is a space: both words


def test_a_text_longer_than_a_cell_is_exported_cut_and_named(store, tmp_path, capsys):
    import dataclasses

    import openpyxl

    from wz_desktop import cli
    from wz_desktop.services.exports import export_year
    from wz_desktop.workbook.exporter import CELL_LIMIT

    tasks = make_tasks(4, years=(2021,))
    long_text = "落水" * 20_000 + "结尾"  # 40,002 characters
    tasks[1] = dataclasses.replace(tasks[1], summary=long_text, event_no="WZ-LONG-1")
    fill(store, tasks)
    out = tmp_path / "2021.xlsx"
    written = export_year(store, 2021, out, session=SYSTEM_SESSION)
    assert written == 4 and len(written.cuts) == 1
    cut = str(written.cuts[0])
    assert "WZ-LONG-1" in cut and "事件摘要" in cut and "40002" in cut and str(40002 - CELL_LIMIT) in cut
    cells = [c.value for ws in openpyxl.load_workbook(out).worksheets for row in ws.iter_rows() for c in row]
    assert long_text[:CELL_LIMIT] in cells
    assert store.tasks.count(TaskFilter(text="结尾")) == 1  # the database keeps it whole
    store.close()
    assert cli.main(["--db", str(store.path), "export", "--year", "2021", "-o", str(tmp_path / "again.xlsx")]) == 0
    err = capsys.readouterr().err
    assert "WZ-LONG-1" in err and "截去了最后" in err


@pytest.mark.slow  # a real process killed
def test_a_killed_export_leaves_no_text_in_the_temp_folder_and_the_next_start_tidies(store, tmp_path, monkeypatch):
    import os
    import signal
    import subprocess
    import tempfile
    import time

    from helpers.processes import env

    fill(store, make_tasks(3000, years=(2021,)))
    store.close()
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    home = Path(os.environ["WZ_DESKTOP_HOME"])
    slow = ("import sys, time\n"
            "import xlsxwriter.worksheet as w\n"
            "real = w.Worksheet.write_string\n"
            "def slow(self, *a, **k):\n"
            "    time.sleep(0.0005)\n"
            "    return real(self, *a, **k)\n"
            "w.Worksheet.write_string = slow\n"
            "from wz_desktop.cli import main\n"
            "sys.exit(main(sys.argv[1:]))\n")
    proc = subprocess.Popen([sys.executable, "-c", slow, "--db", str(store.path), "export", "--year", "2021", "-o",
                             str(out / "2021.xlsx")], env=dict(env(home), TMPDIR=str(system_tmp)))
    deadline = time.monotonic() + 60
    while not any(p.name.startswith(".wz-scratch-") for p in out.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    assert list(system_tmp.iterdir()) == []  # nothing with task text in the system's temp folder
    assert any(p.name.startswith(".wz-scratch-") for p in out.iterdir())
    backups_dir = store.path.parent / "backups"
    backups_dir.mkdir(exist_ok=True)
    (backups_dir / "test-manual-20260101-000000-000000.db.part").write_bytes(b"half a copy")
    from wz_desktop.store.lock import IMPORT
    from wz_desktop.store.opening import open_checked

    with open_checked(store.path, write=True, purpose=IMPORT):  # the next start
        pass
    assert list(out.iterdir()) == []
    assert not list(backups_dir.glob("*.part"))
    assert tempfile.gettempdir()  # (the test's own temp folder is untouched)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_database_its_copies_and_the_logs_are_the_users_only(store, tmp_path, clean_process_state):
    import stat

    from wz_desktop.logs import log_file, setup_logging
    from wz_desktop.store import backups

    fill(store, make_tasks(5))
    copy = backups.take_backup(store, backups.MANUAL)
    mode = lambda p: stat.S_IMODE(p.stat().st_mode)  # noqa: E731 (a one-line helper)
    assert mode(store.path) == 0o600 and mode(copy) == 0o600 and mode(copy.parent) == 0o700
    setup_logging()
    import logging

    logging.getLogger("wz_desktop.test").info("x")
    assert mode(log_file()) == 0o600 and mode(log_file().parent) == 0o700
