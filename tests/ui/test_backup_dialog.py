"""Backups in the window: back up now, the restore dialog, a damaged database at start, the day's copy,
the status text, an unexpected error keeping what was typed, and the disk full during an export."""
from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import sys
from pathlib import Path


from wz_desktop.config import paths
from wz_desktop.store import Store, backups
from wz_desktop.store.lock import is_locked
from wz_desktop.ui import app as app_module
from wz_desktop.ui import backup_dialog
from wz_desktop.ui.backup_dialog import RestoreDialog

from .conftest import fill, make_tasks, type_text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from helpers.workbooks import db_snapshot, task_count




def damage_index(db_path: Path, index: str = "imports_sha") -> None:
    """Scribble over the root page of a (small, rarely used) index of a closed database: it opens and
    reads, yet fails SQLite's quick check."""
    conn = sqlite3.connect(db_path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(db_path, "r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\xff" * size)


# --- the status text and backing up now ------------------------------------------------------

def test_last_backup_text_and_backup_now(qapp, filled_store, dialog_log):
    assert backup_dialog.last_backup_text(filled_store) == "尚无备份"
    path = backup_dialog.backup_now(None, filled_store)
    assert path.exists() and "-manual-" in path.name
    assert dialog_log.names() == ["show_info"] and str(path) in dialog_log.texts("show_info")[0]
    text = backup_dialog.last_backup_text(filled_store)
    latest = backups.latest_backup(filled_store.path)
    assert text == "最近备份：" + latest.taken_at.strftime("%Y-%m-%d %H:%M")
    assert abs((latest.taken_at - dt.datetime.now()).total_seconds()) < 60


def test_backup_now_that_fails_is_told(qapp, filled_store, dialog_log, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(filled_store, "backup", full)
    assert backup_dialog.backup_now(None, filled_store) is None
    assert "磁盘已满" in dialog_log.texts("show_error")[0]


# --- the restore dialog in the running window ------------------------------------------------

def test_the_dialog_lists_the_copies_with_what_they_hold(qtbot, filled_store):
    first = backups.take_backup(filled_store, backups.MANUAL)
    fill(filled_store, make_tasks(30, years=(2023,)))
    second = backups.take_backup(filled_store, backups.BEFORE_IMPORT)
    bad = first.with_name(first.name.replace("manual", "daily"))
    bad.write_bytes(b"broken")
    dialog = RestoreDialog(filled_store.path)
    qtbot.addWidget(dialog)
    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["时间", "原因", "任务数", "最近任务", "大小", "状态"]
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    by_path = {info.path: row for info, row in zip(dialog.infos, rows)}
    assert by_path[second][1] == "导入前" and by_path[second][2] == "480" and by_path[second][5] == "可用"
    assert by_path[first][1] == "手动备份" and by_path[first][2] == "450"
    assert by_path[first][3] == max(t.departure for t in make_tasks(450))
    assert by_path[bad][5].startswith("不可用")
    assert dialog.selected().usable  # the newest good one is chosen
    assert "任务 " in dialog.detail.text() and "2021 年" in dialog.detail.text()
    dialog.select(next(i for i in dialog.infos if i.path == bad))
    assert not dialog.restore_button.isEnabled()


def test_restore_from_the_menu_asks_then_replaces_the_database_in_place(qtbot, window, dialog_log):
    store = window.context.store
    copy = backups.take_backup(store, backups.MANUAL)
    fill(store, make_tasks(20, years=(2024,)))
    assert store.tasks.total() == 470
    dialog = backup_dialog.open_restore_dialog(window, store)
    qtbot.addWidget(dialog)
    dialog.select(next(i for i in dialog.infos if i.path == copy))
    dialog_log.answers["ask_yes_no"] = False
    dialog.restore_button.click()
    assert dialog_log.names() == ["ask_yes_no"] and store.tasks.total() == 470 and dialog.isVisible()
    dialog_log.answers["ask_yes_no"] = True
    with qtbot.waitSignal(window.context.tasks_changed, timeout=5000):
        dialog.restore_button.click()
    assert store.tasks.total() == 450  # the same store object, opened again on the restored file
    assert window.context.store is store
    assert "已用" in dialog_log.texts("show_info")[0] and "恢复前的数据库已保存为" in dialog_log.texts("show_info")[0]
    assert any(i.reason == "before-restore" for i in backups.list_backups(copy.parent))
    assert not dialog.isVisible()
    fill(store, make_tasks(1, years=(2025,)))  # and it writes
    assert store.tasks.total() == 451


def test_restore_refused_while_background_work_runs(qtbot, window, dialog_log):
    store = window.context.store
    copy = backups.take_backup(store, backups.MANUAL)

    class Running:
        running = True

    window.background = Running()
    try:
        [info] = backups.list_backups(copy.parent)
        assert not backup_dialog.restore_into(window, info)
    finally:
        window.background = None
    assert dialog_log.names() == ["show_warning"]


# --- a damaged database at start ---------------------------------------------------------------

def test_a_database_that_wont_open_is_restored_from_the_newest_good_copy(qapp, tmp_path, dialog_log, monkeypatch):
    db = tmp_path / "records.db"
    with Store.open(db) as store:
        fill(store, make_tasks(40))
        older = backups.take_backup(store, backups.DAILY)
        fill(store, make_tasks(10, years=(2024,)))
        newest = backups.take_backup(store, backups.MANUAL)
    db.write_bytes(b"SQLite format 3\x00" + b"\x17" * 4000)
    offered = {}

    def ask(parent, path, problem, infos, can_open_anyway):
        offered.update(path=path, problem=problem, infos=infos, can_open_anyway=can_open_anyway)
        return ("restore", next(i for i in infos if i.usable))

    monkeypatch.setattr(backup_dialog, "ask_restore_damaged", ask)
    store = app_module.open_store(db)
    assert store is not None
    try:
        assert store.tasks.total() == 50
    finally:
        store.close()
    assert offered["path"] == db and not offered["can_open_anyway"]
    assert [i.path for i in offered["infos"]][:2] == [newest, older]
    assert "已用" in dialog_log.texts("show_info")[0] and "损坏的数据库已另存为" in dialog_log.texts("show_info")[0]
    damaged = [i for i in backups.list_backups(newest.parent) if i.reason == "damaged"]
    assert len(damaged) == 1 and damaged[0].path.read_bytes().startswith(b"SQLite format 3")


def test_a_database_failing_the_check_offers_restore_or_to_open_it_anyway(qapp, tmp_path, dialog_log, monkeypatch):
    db = tmp_path / "records.db"
    with Store.open(db) as store:
        fill(store, make_tasks(40))
        backups.take_backup(store, backups.DAILY)
    damage_index(db)
    assert backups.check_integrity(db)
    choices = []

    def ask(parent, path, problem, infos, can_open_anyway):
        choices.append((problem, can_open_anyway))
        return ("open", None)

    monkeypatch.setattr(backup_dialog, "ask_restore_damaged", ask)
    store = app_module.open_store(db)
    assert store is not None and store.tasks.total() == 40
    store.close()
    assert choices[0][1] and "完整性检查" in choices[0][0]
    # quitting instead: nothing is touched
    before = db.read_bytes()
    monkeypatch.setattr(backup_dialog, "ask_restore_damaged", lambda *args: None)
    assert app_module.open_store(db) is None
    assert "数据库没有被改动" in dialog_log.texts("show_info")[-1]
    assert db.read_bytes() == before


def test_a_damaged_database_without_copies_opens_with_a_warning(qapp, tmp_path, dialog_log):
    db = tmp_path / "records.db"
    with Store.open(db) as store:
        fill(store, make_tasks(40))
    damage_index(db)
    store = app_module.open_store(db)
    assert store is not None
    store.close()
    assert dialog_log.names() == ["show_warning"]
    assert "没有找到可以用来恢复的备份" in dialog_log.texts("show_warning")[0]


def test_the_real_restore_dialog_at_start_chooses(qtbot, tmp_path):
    db = tmp_path / "records.db"
    with Store.open(db) as store:
        fill(store, make_tasks(40))
        backups.take_backup(store, backups.DAILY)
    infos = backups.backups_of(db)
    dialog = RestoreDialog(db, infos, problem="数据库已损坏：测试", can_open_anyway=True)
    qtbot.addWidget(dialog)
    assert "数据库已损坏：测试" in dialog.message.text()
    assert dialog.restore_button.text() == "恢复所选备份" and dialog.open_button is not None
    dialog.restore_button.click()
    assert dialog.chosen is infos[0] and not dialog.open_anyway


# --- the day's copy at start -----------------------------------------------------------------

def test_run_app_takes_the_days_copy(qapp, dialog_log, clean_process_state, monkeypatch):
    db = paths().default_db
    db.parent.mkdir(parents=True, exist_ok=True)
    with Store.open(db) as store:
        fill(store, make_tasks(30))
    monkeypatch.setattr(app_module, "run_event_loop", lambda app: 0)
    assert app_module.run_app(db_path=db) == 0
    [daily] = backups.list_backups(db.parent / "backups")
    assert daily.reason == "daily" and daily.preview.tasks == 30
    assert app_module.run_app(db_path=db) == 0  # once a day
    assert len(backups.list_backups(db.parent / "backups")) == 1
    assert dialog_log.names() == []
    assert not is_locked(db)  # let go when the window closed


# --- an unexpected error keeps what was typed --------------------------------------------------

def test_an_unexpected_error_saves_the_open_forms_and_names_the_log(qtbot, window, dialog_log):
    store = window.context.store
    form = window.calls_page.new_call()
    type_text(qtbot, form.caller_edit, "李先生")
    form.caller_edit.setText("李先生")
    try:
        raise RuntimeError("意外")
    except RuntimeError:
        app_module.handle_exception(*sys.exc_info())
    assert [d.caller_name for d in store.calls.drafts()][:1] == ["李先生"]
    text = dialog_log.texts("show_error")[0]
    log_file = str(paths().log_dir / app_module.LOG_FILE_NAME)
    assert "程序出错" in text and log_file in text and "已保存为草稿" in text


def test_flush_open_drafts_survives_a_window_that_fails(qtbot):
    from PySide6.QtWidgets import QWidget

    calls = []

    class Failing(QWidget):
        def flush_drafts(self):
            calls.append("failing")
            raise ValueError("x")

    class Keeping(QWidget):
        def flush_drafts(self):
            calls.append("keeping")

    widgets = [Failing(), Keeping()]
    for widget in widgets:
        qtbot.addWidget(widget)
    app_module.flush_open_drafts()  # no exception, and the other window still saved
    assert sorted(calls) == ["failing", "keeping"]


# --- the disk full during an export from the window --------------------------------------------

def test_disk_full_during_an_export_in_the_window(qtbot, window, dialog_log, tmp_path, monkeypatch):
    import xlsxwriter

    def close(self):
        with open(self.filename, "wb") as handle:
            handle.write(b"PK half")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), self.filename)

    monkeypatch.setattr(xlsxwriter.Workbook, "close", close)
    out = tmp_path / "out"
    out.mkdir()
    before = db_snapshot(window.context.store.path)
    with qtbot.waitSignal(window.export_done, timeout=30000) as blocker:
        window.start_export(2021, out / "2021.xlsx")
    assert blocker.args[0] is False
    text = dialog_log.texts("show_error")[0]
    assert "导出失败" in text and "磁盘已满" in text
    assert list(out.iterdir()) == []
    assert db_snapshot(window.context.store.path) == before
    assert task_count(window.context.store.path) == 450


def test_the_restore_dialog_lists_the_before_restore_copy_as_soon_as_it_restores(qtbot, window, dialog_log):
    store = window.context.store
    copy = backups.take_backup(store, backups.MANUAL)
    dialog = backup_dialog.open_restore_dialog(window, store)
    assert dialog.table.rowCount() == 1  # (deleted on close: not given to qtbot)
    dialog.select(next(i for i in dialog.infos if i.path == copy))
    seen = {}

    def restored(*args):  # the "恢复完成" message: the list behind it is already the new one
        reasons = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
        seen["reasons"] = reasons
        seen["chosen"] = dialog.selected().path

    dialog_log.answers["ask_yes_no"] = True
    dialog_log.answers["show_info"] = restored
    dialog.restore_button.click()
    assert len(seen["reasons"]) == 2
    assert "手动备份" in seen["reasons"] and any("恢复前" in r for r in seen["reasons"])
    assert seen["chosen"] == copy  # the copy just restored stays chosen
