"""The window's start with a suspect database: a damaged page, a damaged header, a truncated file,
an emptied or missing one with copies beside it. The window offers the newest good copy, writes
nothing when the user declines, never starts a new empty database in place of an emptied one."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from wz_desktop.store import backups
from wz_desktop.store.errors import DatabaseDamaged
from wz_desktop.ui import app as app_module
from wz_desktop.ui import backup_dialog

from .test_backup_dialog import damage_index

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers.damaged import kept_database
from test_suspicion import DAMAGES, damage_page


@pytest.fixture
def kept(tmp_path):
    return kept_database(tmp_path)


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_the_window_offers_the_newest_good_copy_and_writes_nothing_when_declined(
        qapp, kept, dialog_log, clean_process_state, monkeypatch, damage):
    db, copy = kept
    DAMAGES[damage](db)
    before = db.read_bytes() if db.exists() else None
    offered = []

    def ask(parent, path, problem, infos, can_open_anyway):
        offered.append((problem, [i.path for i in infos if i.usable]))
        return None  # quit

    monkeypatch.setattr(backup_dialog, "ask_restore_damaged", ask)
    monkeypatch.setattr(app_module, "run_event_loop", lambda app: pytest.fail("no window should open"))
    assert app_module.run_app(db_path=db) == 1
    [(problem, usable)] = offered
    assert usable[0] == copy
    if damage in ("empty", "missing"):
        assert "这不是一个新数据库" in problem
    else:
        assert "损坏" in problem
    assert (db.read_bytes() if db.exists() else None) == before  # untouched, no new database
    assert "Traceback" not in " ".join(dialog_log.texts("show_info") + dialog_log.texts("show_error"))


def test_an_emptied_database_is_restored_from_the_copy_the_window_offers(qapp, kept, dialog_log, monkeypatch):
    db, copy = kept
    db.write_bytes(b"")
    monkeypatch.setattr(backup_dialog, "ask_restore_damaged",
                        lambda parent, path, problem, infos, can: ("restore", next(i for i in infos if i.usable)))
    store = app_module.open_store(db)
    try:
        assert store is not None and store.tasks.total() == 120
    finally:
        store.close()


def test_opened_anyway_a_damaged_database_is_read_only(qapp, kept, dialog_log, monkeypatch):
    db, _ = kept
    damage_page(db)
    monkeypatch.setattr(backup_dialog, "ask_restore_damaged", lambda *args: ("open", None))
    store = app_module.open_store(db)
    assert store is not None
    try:
        before = db.read_bytes()
        with pytest.raises(DatabaseDamaged, match="只能查看和导出"):
            with store.transaction():
                pass
        with pytest.raises(DatabaseDamaged):
            store.backup(backups.MANUAL)
        assert db.read_bytes() == before
    finally:
        store.close()
        from wz_desktop.store.db import clear_refusal

        clear_refusal(db)


def test_a_check_that_finishes_after_the_start_refuses_writes_and_names_the_copy(qtbot, kept, dialog_log, monkeypatch):
    """A very large database: the start checks for a moment, the rest runs in the background."""
    from PySide6.QtWidgets import QWidget

    from wz_desktop.store import opening

    db, copy = kept
    damage_index(db)  # a page nothing reads at the start
    real_check = opening.check_file
    calls = []

    def check_file(path, budget=opening.CHECK_BUDGET):  # the start's check runs out of time, as on a huge file
        calls.append(budget)
        return opening.CheckResult(complete=False) if budget is not None else real_check(path, budget=None)

    monkeypatch.setattr(opening, "check_file", check_file)
    store = app_module.open_store(db)
    assert store is not None and store.unchecked
    window = QWidget()
    qtbot.addWidget(window)
    try:
        thread = app_module.finish_check_later(window, store)
        assert thread is not None
        qtbot.waitUntil(lambda: dialog_log.names() == ["show_error"], timeout=10000)
        assert str(copy) in dialog_log.texts("show_error")[0]
        assert calls == [opening.CHECK_BUDGET, None]
        with pytest.raises(DatabaseDamaged):
            with store.transaction():
                pass
    finally:
        store.close()
        from wz_desktop.store.db import clear_refusal

        clear_refusal(db)


def test_the_window_refused_by_an_import_says_an_import_holds_the_database(qapp, kept, dialog_log,
                                                                          clean_process_state, monkeypatch):
    from helpers.processes import lock_held_elsewhere

    db, _ = kept
    monkeypatch.setattr(app_module, "run_event_loop", lambda app: pytest.fail("no window should open"))
    with lock_held_elsewhere(db, "import") as importer:
        assert app_module.run_app(db_path=db) == 1
    [text] = dialog_log.texts("show_error")
    assert "正在导入工作簿" in text and str(importer.pid) in text
