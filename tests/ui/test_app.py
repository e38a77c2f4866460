"""Starting the application: the database opened or refused with a message, the demo, the excepthook."""
from __future__ import annotations

import logging
import sqlite3
import sys

import pytest
from PySide6.QtWidgets import QApplication

from wz_desktop.config import paths
from wz_desktop.ui import app as app_module
from wz_desktop.ui.main_window import MainWindow

from .conftest import fill, make_tasks




def test_a_damaged_database_is_refused_with_a_message(qapp, tmp_path, dialog_log):
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x17" * 4000)
    assert app_module.open_store(damaged) is None
    assert dialog_log.names() == ["show_error"]
    text = dialog_log.texts("show_error")[0]
    assert "无法打开数据库" in text and "damaged.db" in text and "没有被改动" in text


def test_a_database_from_a_newer_version_is_refused(qapp, tmp_path, dialog_log):
    newer = tmp_path / "newer.db"
    conn = sqlite3.connect(newer)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    assert app_module.open_store(newer) is None
    assert "更新版本" in dialog_log.texts("show_error")[0]


def test_run_app_exits_non_zero_on_a_damaged_database(qapp, tmp_path, dialog_log, clean_process_state, monkeypatch):
    damaged = tmp_path / "damaged.db"
    damaged.write_text("not a database at all " * 200, encoding="utf-8")
    before = damaged.read_bytes()
    monkeypatch.setattr(app_module, "run_event_loop", lambda app: pytest.fail("no window should open"))
    assert app_module.run_app(db_path=damaged) == 1
    assert dialog_log.names() == ["show_error"]
    assert damaged.read_bytes() == before
    assert (paths().log_dir / app_module.LOG_FILE_NAME).exists()


def test_run_app_opens_the_window_on_a_fresh_demo_database(qapp, dialog_log, clean_process_state, monkeypatch):
    demo = paths().demo_db
    demo.parent.mkdir(parents=True, exist_ok=True)
    demo.write_bytes(b"an old demo file")
    built = []

    def build(path):
        assert not path.exists()  # the old demo is gone before the new one is made
        from wz_desktop.store import Store

        with Store.open(path) as store:
            fill(store, make_tasks(40))
        built.append(path)
        return {"tasks": 40}

    shown = {}

    def event_loop(app):
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        shown["titles"] = [w.windowTitle() for w in windows]
        shown["rows"] = [w.task_page.model.rowCount() for w in windows]
        return 0

    monkeypatch.setattr(app_module, "build_demo_database", build)
    monkeypatch.setattr(app_module, "run_event_loop", event_loop)
    assert app_module.run_app(demo=True) == 0
    assert built == [demo]
    assert shown == {"titles": ["万众救援台 — demo.db"], "rows": [40]}
    assert dialog_log.names() == []
    assert qapp.applicationName() == "wz-desktop"
    assert qapp.organizationName() == "Wanzhong"
    assert not qapp.windowIcon().isNull()


def test_demo_that_cannot_be_built_is_told(qapp, dialog_log, clean_process_state, monkeypatch):
    def build(path):
        raise RuntimeError("磁盘已满")

    monkeypatch.setattr(app_module, "build_demo_database", build)
    monkeypatch.setattr(app_module, "run_event_loop", lambda app: pytest.fail("no window should open"))
    assert app_module.run_app(demo=True) == 1
    assert "无法生成演示数据库" in dialog_log.texts("show_error")[0]


def test_unexpected_errors_are_logged_and_told_in_chinese(qapp, dialog_log, caplog):
    try:
        raise ValueError("坏的值")
    except ValueError:
        app_module.handle_exception(*sys.exc_info())
    text = dialog_log.texts("show_error")[0]
    assert "程序出错" in text and "意外错误" in text and "坏的值" in text and "日志" in text
    assert any(r.levelno == logging.CRITICAL for r in caplog.records)


def test_chinese_translation_and_font(qapp):
    app_module.configure_application(qapp)
    assert "qtbase_zh_CN" in app_module.install_translations(qapp)
    families = app_module.chinese_font_families()
    font = app_module.apply_chinese_font(qapp)
    if families:  # on a machine with a Chinese font, it comes first
        assert font.families()[0] == families[0]
