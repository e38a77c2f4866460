"""The window's start stays light: from launch to the sign-in dialog it imports neither the data
science nor the charting libraries, nor the workbook code, nor the pages of the window (they come
after the sign-in), and the store gets by without sqlite-utils. What makes that possible is tested
here too: the store's own savepoints, the log's own rotation, the grammars compiled on first read."""
from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# launched as ``wz-desktop --db PATH`` is; the sign-in dialog's exec() reports what is imported by
# the time it shows, and which dialog it is, and the process ends there (nobody signs in)
PROBE = textwrap.dedent("""
    import builtins, json, os, sys
    def shown(self):
        from PySide6.QtWidgets import QApplication
        self.show()
        QApplication.processEvents()
        print(json.dumps({"dialog": type(self).__name__, "modules": sorted(sys.modules)}), flush=True)
        os._exit(0)
    _import = builtins.__import__
    def patching_import(*args, **kwargs):
        module = _import(*args, **kwargs)
        widgets = sys.modules.get("PySide6.QtWidgets")
        if widgets is not None:
            widgets.QDialog.exec = shown
            builtins.__import__ = _import
        return module
    builtins.__import__ = patching_import
    from wz_desktop.cli import main
    main(["--db", sys.argv[1]])
""")

# not before the sign-in dialog: each is a noticeable part of the start, and none is needed for it
NOT_AT_START = [
    "pandas", "numpy", "pyarrow", "pyqtgraph", "sqlite_utils", "openpyxl", "xlsxwriter", "xlrd", "python_calamine",
    "jieba", "logging.handlers", "wz_desktop.ui.main_window", "wz_desktop.ui.charts_page", "wz_desktop.ui.task_list",
    "wz_desktop.workbook", "wz_desktop.domain.parse", "wz_desktop.store.charts", "wz_desktop.store.attendance",
    "wz_desktop.store.lifecycle", "wz_desktop.report",
]
if os.name == "posix":  # (Windows names the host through socket)
    NOT_AT_START += ["socket", "hashlib"]


def launch_to_sign_in(db: Path, home: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WZ_DESKTOP_HOME=str(home))
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    done = subprocess.run([sys.executable, "-c", PROBE, str(db)], env=env, capture_output=True, text=True, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the probe printed nothing: {done.stderr[-2000:]}"
    return json.loads(lines[-1])


@pytest.fixture
def existing_db(tmp_path, quick_hashes) -> Path:
    """A database with an administrator, as after the first run: the start asks to sign in."""
    from wz_desktop.store import Store

    path = tmp_path / "existing.db"
    with Store.open(path) as store:
        store.users.create_first_admin("admin", "管理员", "secret-password")
    return path


def test_launch_to_sign_in_imports_nothing_heavy(existing_db, app_home):
    outcome = launch_to_sign_in(existing_db, app_home)
    assert outcome["dialog"] == "SignInDialog"
    loaded = set(outcome["modules"])
    early = sorted(name for name in NOT_AT_START if name in loaded)
    assert early == [], f"imported before the sign-in dialog: {early}"
    assert "wz_desktop.store" in loaded and "wz_desktop.ui.users" in loaded  # (the probe saw the start)


def test_first_run_also_imports_nothing_heavy(tmp_path, app_home):
    outcome = launch_to_sign_in(tmp_path / "new.db", app_home)
    assert outcome["dialog"] == "SignInDialog"  # the first run's form: the administrator
    assert sorted(name for name in NOT_AT_START if name in outcome["modules"]) == []


# --- what the start does without ---------------------------------------------------------------

def test_nested_transactions_are_savepoints(store):
    from wz_desktop.store import StoreError

    store.database.set_setting("a", "1")
    with store.transaction():
        store.database.execute("INSERT INTO settings(key, value) VALUES ('outer', '1')")
        with pytest.raises(RuntimeError):
            with store.transaction():  # nested: a savepoint, undone alone
                store.database.execute("INSERT INTO settings(key, value) VALUES ('inner', '1')")
                raise RuntimeError("undo the inner part")
        with store.transaction():
            store.database.execute("INSERT INTO settings(key, value) VALUES ('kept', '1')")
    assert store.database.get_setting("outer") == "1"
    assert store.database.get_setting("inner") is None
    assert store.database.get_setting("kept") == "1"
    assert not store.database.conn.in_transaction
    with pytest.raises((sqlite3.IntegrityError, StoreError)):
        with store.transaction():
            store.database.execute("INSERT INTO settings(key, value) VALUES ('outer2', '1')")
            with store.transaction():
                store.database.execute("INSERT INTO settings(key, value) VALUES ('a', '2')")  # key taken
    assert store.database.get_setting("outer2") is None  # the whole transaction undone
    assert store.database.get_setting("a") == "1"


def test_database_is_in_wal_mode(store):
    assert store.database.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"


def test_repositories_are_made_on_first_use(store):
    assert "charts" not in vars(store) and "attendance" not in vars(store)
    assert store.charts is store.charts  # made once
    assert store.flow.tasks is store.tasks  # the lifecycle shares the store's repositories
    assert store.charts.count is not None and store.calls.count_waiting() == 0


def test_log_rotates_at_its_size_and_keeps_five(tmp_path):
    from wz_desktop.logs import RotatingLog

    folder = tmp_path / "logs"
    folder.mkdir()
    path = folder / "wz-desktop.log"
    handler = RotatingLog(path, max_bytes=2_000, backups=5)
    handler.setFormatter(logging.Formatter("%(message)s"))
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "记录 " + "x" * 300, None, None)
    try:
        for _ in range(80):
            handler.emit(record)
    finally:
        handler.close()
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == ["wz-desktop.log"] + [f"wz-desktop.log.{n}" for n in range(1, 6)]
    for file in folder.iterdir():
        assert file.stat().st_size < 2_000
        assert file.read_text(encoding="utf-8").startswith("记录 ")


def test_grammars_compile_on_first_read():
    from wz_desktop.domain import parse

    broken = parse.Grammar(r"(unclosed")  # not compiled yet: no error until it is used
    with pytest.raises(re.error):
        broken.read("x")
    grammar = parse.Grammar(r"(?P<n>\d+) 人")
    assert grammar.read("12人")["n"] == "12"
    assert grammar.read("12人多") is None  # whole texts only
    assert grammar.pattern.pattern == r"(?P<n>\d+) 人"
    fresh = parse.Grammar(r"\d{4}")
    assert fresh.pattern.fullmatch("2024")  # the pattern asked for before any read
    assert fresh.read("2024") and fresh.read("20245") is None


@pytest.mark.parametrize(("argv", "alone"), [
    ([], True), (["--db", "x.db"], True), (["--db=x.db", "--lang", "en"], True), (["--demo"], True),
    (["import", "a.xlsx"], False), (["--db", "x.db", "export", "--year", "2022"], False), (["--help"], False),
    (["--version"], False), (["imprt"], False), (["--db"], False),
])
def test_window_options_alone_skip_the_commands_parsers(argv, alone):
    from wz_desktop.cli import build_parser, window_only

    assert window_only(argv) is alone
    if alone:
        args = build_parser(commands=False).parse_args(argv)
        assert args.command is None
        assert args == build_parser().parse_args(argv)  # the same as the whole parser reads them
