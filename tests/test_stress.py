"""Under stress, with real processes: killed mid-import, the disk full, two writers at once, a second window.

(a) ``python -m wz_desktop import`` of a big workbook killed with SIGKILL while its transaction is
    open: the database holds exactly the tasks it held before, passes the integrity check, and the
    same import then works. Once at a fixed point (every row written, not yet committed: a hook
    pauses there), and at moments chosen by the import's own log (all or nothing, every time).
(b) The disk full (SQLite's ``max_page_count`` makes it report SQLITE_FULL; the export's write
    fails with ENOSPC): a Chinese message, exit 1, no traceback, the database and the folder as before.
(c) Two processes writing many small transactions at once through the store: every row is there.
(d) A second window on a database open in another process is told, and the lock does not outlive a
    killed process.
"""
from __future__ import annotations

import datetime as dt
import errno
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from wz_desktop import cli
from wz_desktop.store import Store, backups
from wz_desktop.store.lock import is_locked
from wz_desktop.services.session import SYSTEM_SESSION

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
sys.path.insert(0, str(TESTS))
from helpers.workbooks import db_snapshot, task_count  # noqa: E402 (after the sys.path line above)
from ui.conftest import fill, make_tasks  # noqa: E402 (after the sys.path line above)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork-free timing are POSIX here")

BIG_ROWS = 60_000
BIG_YEAR = 2024
SHEETS = ["水上救援", "城市搜救", "山地救援", "培训保障", "疫情防控", "队伍整备与设备保养"]
HEADER = ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"]


def write_big_workbook(path: Path, rows: int, year: int = BIG_YEAR) -> Path:
    """A tidy yearly workbook of ``rows`` tasks over the six sheets (xlsxwriter: a second or two)."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    stamp = wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    sheets = [wb.add_worksheet(name) for name in SHEETS]
    for ws in sheets:
        ws.write_row(0, 0, HEADER)
    next_row = [1] * len(sheets)
    start = dt.datetime(year, 1, 1, 0, 5)
    per_sheet = rows // len(sheets) + 1
    for i in range(rows):
        s = i // per_sheet
        ws, r = sheets[s], next_row[s]
        ws.write_string(r, 0, f"WZ{year}-{i + 1:06d}")
        ws.write_string(r, 1, f"压力测试任务 第{i + 1}条")
        ws.write_datetime(r, 2, start + dt.timedelta(minutes=8 * i), stamp)
        ws.write_number(r, 3, 3 + i % 7)
        ws.write_number(r, 4, 1 + i % 3)
        ws.write_string(r, 5, "机动分队")
        next_row[s] += 1
    wb.close()
    return path


@pytest.fixture(scope="module")
def big_workbook(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("big")
    return write_big_workbook(folder / f"{BIG_YEAR}年救援任务统计.xlsx", BIG_ROWS)


def env_for(home: Path, **extra) -> dict:
    env = dict(os.environ, WZ_DESKTOP_HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    env.update(extra)
    return env


def wz(*args: str, home: Path, **popen) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "wz_desktop", *args], cwd=str(ROOT), env=popen.pop("env", None)
                            or env_for(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)


def wait_for(condition, timeout: float, what: str, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if process is not None and process.poll() is not None:
            out, err = process.communicate()
            pytest.fail(f"the process ended before {what}: {process.returncode}\n{out.decode()}\n{err.decode()}")
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.01)


def kill(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=30)


def prepared_database(tmp_path: Path) -> Path:
    db = tmp_path / "records.db"
    with Store.open(db) as store:
        fill(store, make_tasks(400))
    return db


def reopen_and_check(db: Path, expected: dict) -> None:
    """Open as the application would (recovering the log), then compare every row and check the file."""
    with Store.open(db) as store:
        assert store.tasks.total() == len(expected["tasks"])
    assert db_snapshot(db) == expected
    assert backups.check_integrity(db) == []


# --- (a) killed in the middle of an import -----------------------------------------------------

PAUSE_HOOK = textwrap.dedent("""
    # sitecustomize for the killed import: once every row is written inside the import's open
    # transaction, say so in a file and wait to be killed (the commit never comes)
    import os, time
    marker = os.environ.get("WZ_TEST_PAUSED_MARKER")
    if marker:
        from wz_desktop.store.tasks import TaskRepo

        _insert_batch = TaskRepo.insert_batch

        def insert_batch(self, *args, **kwargs):
            result = _insert_batch(self, *args, **kwargs)
            assert self.conn.in_transaction
            with open(marker, "w") as handle:
                handle.write(str(self.conn.execute("SELECT count(*) FROM tasks").fetchone()[0]))
            time.sleep(300)
            return result

        TaskRepo.insert_batch = insert_batch
""")


@pytest.mark.slow  # real processes killed
def test_killed_while_the_import_is_writing_leaves_exactly_the_tasks_before(tmp_path, big_workbook):
    db = prepared_database(tmp_path)
    before = db_snapshot(db)
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(PAUSE_HOOK, encoding="utf-8")
    marker = tmp_path / "paused"
    env = env_for(tmp_path, PYTHONPATH=str(hook), WZ_TEST_PAUSED_MARKER=str(marker))
    process = wz("--db", str(db), "import", str(big_workbook), home=tmp_path, env=env)
    try:
        wait_for(marker.exists, 240, "the rows to be written", process)
        wait_for(lambda: marker.read_text(), 10, "the marker's count")
        assert int(marker.read_text()) == 400 + BIG_ROWS  # inside the transaction, every row is in
    finally:
        kill(process)
    assert process.returncode == -signal.SIGKILL
    reopen_and_check(db, before)
    # a copy was taken before the import began, and the import works when run again
    assert [i.reason for i in backups.list_backups(db.parent / "backups")] == ["before-import"]
    again = wz("--db", str(db), "import", str(big_workbook), home=tmp_path)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err.decode()
    assert task_count(db) == 400 + BIG_ROWS
    assert backups.check_integrity(db) == []


@pytest.mark.slow  # real processes killed
def test_killed_at_moments_the_import_logs_is_all_or_nothing(tmp_path, big_workbook):
    """No hook: the real command, killed as soon as its log says it writes (and a little later)."""
    db = prepared_database(tmp_path)
    before = db_snapshot(db)
    log_file = tmp_path / "logs" / "wz-desktop.log"
    outcomes = []
    for delay in (0.0, 0.15, 0.4):
        offset = log_file.stat().st_size if log_file.exists() else 0

        def writing() -> bool:
            if not log_file.exists():
                return False
            with open(log_file, "rb") as handle:
                handle.seek(offset)  # noqa: B023 (writing() is waited on within this iteration)
                return "正在写入数据库".encode() in handle.read()

        process = wz("--db", str(db), "import", str(big_workbook), home=tmp_path)
        try:
            wait_for(writing, 240, "the import to write", process)
            time.sleep(delay)
        finally:
            kill(process)
        count = task_count(db) if process.returncode != 0 else None
        with Store.open(db) as store:
            total = store.tasks.total()
        assert total in (400, 400 + BIG_ROWS), f"half an import after a kill {delay}s into writing: {total}"
        assert backups.check_integrity(db) == []
        outcomes.append(total)
        if total == 400:
            assert db_snapshot(db) == before
        else:  # the commit won the race: start again from the state before
            assert count is None or count == total
            break
    assert outcomes[0] == 400  # killed at once, the import had not committed


# --- (b) the disk full -------------------------------------------------------------------------

def _fill_the_disk_at(store: Store, spare_pages: int = 30) -> None:
    """SQLite may grow this connection's file by only ``spare_pages`` pages: SQLITE_FULL after that."""
    pages = store.database.one("PRAGMA page_count")
    store.database.execute(f"PRAGMA max_page_count = {pages + spare_pages}")


def test_disk_full_during_an_import_is_told_and_changes_nothing(tmp_path):
    from wz_desktop.services.imports import import_workbook

    db = prepared_database(tmp_path)
    workbook = write_big_workbook(tmp_path / "2024年救援任务统计.xlsx", 3000)
    before = db_snapshot(db)
    with Store.open(db) as store:
        _fill_the_disk_at(store)
        report = import_workbook(store, workbook, session=SYSTEM_SESSION)
        assert report.status == "failed"
        assert "磁盘已满" in report.error and "数据库没有改动" in report.error
        assert "database or disk is full" not in report.error
        assert store.tasks.total() == 400
    assert db_snapshot(db) == before
    assert backups.check_integrity(db) == []


def test_disk_full_during_a_command_line_import_exits_1_without_a_traceback(tmp_path, capsys, monkeypatch):
    db = prepared_database(tmp_path)
    workbook = write_big_workbook(tmp_path / "2024年救援任务统计.xlsx", 3000)
    before = db_snapshot(db)
    real_open = Store.open.__func__

    def open_on_a_full_disk(cls, path, **kwargs):
        store = real_open(cls, path, **kwargs)
        _fill_the_disk_at(store)
        return store

    monkeypatch.setattr(Store, "open", classmethod(open_on_a_full_disk))
    assert cli.main(["--db", str(db), "import", str(workbook)]) == 1
    err = capsys.readouterr().err
    assert "磁盘已满" in err and "Traceback" not in err
    assert db_snapshot(db) == before


def _disk_fills_while_writing(monkeypatch):
    """The workbook's bytes start going out, then the disk is full (ENOSPC), as a real write would fail."""
    import xlsxwriter

    real_close = xlsxwriter.Workbook.close

    def close(self):
        with open(self.filename, "wb") as handle:
            handle.write(b"PK\x03\x04 half a workbook")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), self.filename)

    monkeypatch.setattr(xlsxwriter.Workbook, "close", close)
    return real_close


def test_disk_full_during_an_export_leaves_no_file(tmp_path, capsys, monkeypatch):
    db = prepared_database(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    _disk_fills_while_writing(monkeypatch)
    code = cli.main(["--db", str(db), "export", "--year", "2021", "-o", str(out / "2021.xlsx")])
    err = capsys.readouterr().err
    assert code == 1
    assert "磁盘已满" in err and "没有写出文件" in err and "Traceback" not in err
    assert list(out.iterdir()) == []


# --- (c) two processes writing at once -----------------------------------------------------

WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    sys.path.insert(0, {tests!r})
    from ui.conftest import make_tasks
    from wz_desktop.store import Store

    db, year, go = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    tasks = make_tasks({per_writer}, years=(year,))
    with Store.open(db) as store:
        while not go.exists():
            time.sleep(0.005)
        for i in range(0, len(tasks), 2):  # many small transactions, interleaved with the other writer's
            with store.transaction():
                store.tasks.insert_many(tasks[i:i + 2])
            store.database.set_setting(f"writer-{{year}}", str(i))
    print("done", year)
""")


@pytest.mark.slow  # real processes racing
def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    per_writer = 600
    db = prepared_database(tmp_path)
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(tests=str(TESTS), per_writer=per_writer), encoding="utf-8")
    go = tmp_path / "go"
    writers = [subprocess.Popen([sys.executable, str(script), str(db), str(year), str(go)], cwd=str(ROOT),
                                env=env_for(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
               for year in (2031, 2032)]
    time.sleep(1.0)  # both have opened the database
    go.write_text("go")
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err.decode()
    conn = sqlite3.connect(db)
    try:
        by_year = dict(conn.execute("SELECT year, count(DISTINCT event_no) FROM tasks GROUP BY year"))
        assert by_year[2031] == per_writer and by_year[2032] == per_writer
        assert conn.execute("SELECT count(*) FROM tasks").fetchone()[0] == 400 + 2 * per_writer
        settings = dict(conn.execute("SELECT key, value FROM settings WHERE key LIKE 'writer-%'"))
        assert settings == {"writer-2031": str(per_writer - 2), "writer-2032": str(per_writer - 2)}
    finally:
        conn.close()
    assert backups.check_integrity(db) == []


# --- (d) a second window -------------------------------------------------------------------



def test_a_second_window_is_told_and_a_killed_window_leaves_no_lock(tmp_path, qapp, monkeypatch, clean_process_state):
    from wz_desktop.ui import app as app_module
    from wz_desktop.ui import dialogs

    db = prepared_database(tmp_path)
    first = wz("--db", str(db), home=tmp_path)
    try:
        wait_for(lambda: is_locked(db), 120, "the first window to open", first)
        told = []
        monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: told.append((title, text)))
        monkeypatch.setattr(app_module, "run_event_loop", lambda app: pytest.fail("no second window"))
        monkeypatch.setattr(sys, "excepthook", sys.excepthook)
        monkeypatch.setattr("threading.excepthook", __import__("threading").excepthook)
        before = db_snapshot(db)
        assert app_module.run_app(db_path=db) == 1
        [(title, text)] = told
        assert title == "数据库已在使用中"
        assert "数据库已在另一个万众救援台窗口中打开" in text and str(db) in text and str(first.pid) in text
        assert db_snapshot(db) == before
    finally:
        kill(first)
    # the operating system let go of the killed window's lock: the next start opens
    assert not is_locked(db)
    shown = []
    monkeypatch.setattr(app_module, "run_event_loop", lambda app: shown.append(True) or 0)
    assert app_module.run_app(db_path=db) == 0
    assert shown == [True]


def test_a_window_starting_while_the_lock_is_held_for_an_instant_still_opens(tmp_path, qapp, monkeypatch):
    """A program that only looks whether the database is free (or a command just finishing) holds
    the lock for an instant: a window starting then waits a moment instead of calling it in use."""
    from wz_desktop.ui import app as app_module
    from wz_desktop.ui import dialogs

    db = prepared_database(tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from wz_desktop.store.lock import DatabaseLock
        lock = DatabaseLock({str(db)!r}, purpose="import")
        assert lock.acquire()
        print("held", flush=True)
        time.sleep(0.8)
        lock.release()
    """)], cwd=str(ROOT), env=env_for(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        told = []
        monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: told.append((title, text)))
        lock = app_module.take_lock(db)
        assert lock is not None and lock.held and told == []
        lock.release()
    finally:
        holder.wait(timeout=30)
