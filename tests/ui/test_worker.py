"""The generic background worker: its own connection, progress, result, errors as data, cancel."""
from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from wz_desktop.store import StoreError
from wz_desktop.ui.worker import BackgroundTask, Cancelled, JobFailed


_hosts: list[QWidget] = []


@pytest.fixture(autouse=True)
def _keep_hosts():
    yield
    _hosts.clear()


def _task(qtbot, db_path, job, **kwargs):
    parent = QWidget()
    qtbot.addWidget(parent)
    _hosts.append(parent)  # the task is the parent's child: keep the parent for the whole test
    return BackgroundTask(parent, db_path, job, title="测试", label="测试中", **kwargs)


def test_result_and_progress_come_back_on_the_ui_thread(qtbot, store, db_path):
    seen = {}
    ui_thread = threading.get_ident()

    def job(worker_store, progress, cancelled):
        seen["thread"] = threading.get_ident()
        seen["own_connection"] = worker_store is not store and worker_store.path == db_path
        for percent in (10, 50, 90):
            progress(percent, f"第 {percent} 步")
        return worker_store.tasks.total()

    task = _task(qtbot, db_path, job)
    progress = []
    task.progressed.connect(lambda p, m: progress.append((p, m, threading.get_ident())))
    results = []
    task.succeeded.connect(lambda result: results.append((result, threading.get_ident())))
    with qtbot.waitSignal(task.succeeded, timeout=10000) as blocker:
        task.start()
    assert blocker.args == [0]
    assert results == [(0, ui_thread)]
    assert seen["thread"] != ui_thread and seen["own_connection"]
    qtbot.waitUntil(lambda: len(progress) == 3)
    assert [p for p, _, _ in progress] == [10, 50, 90]
    assert all(thread == ui_thread for _, _, thread in progress)
    assert not task.running and not task.qthread.isRunning()


def test_expected_errors_become_messages(qtbot, db_path):
    for error in (JobFailed("文件不对"), StoreError("数据库正忙")):
        def job(store, progress, cancelled, error=error):
            raise error

        task = _task(qtbot, db_path, job)
        with qtbot.waitSignal(task.failed, timeout=10000) as blocker:
            task.start()
        assert blocker.args == [str(error)]


def test_unexpected_errors_are_logged_and_told_plainly(qtbot, db_path, caplog):
    def job(store, progress, cancelled):
        raise ZeroDivisionError("division by zero")

    task = _task(qtbot, db_path, job)
    with qtbot.waitSignal(task.failed, timeout=10000) as blocker:
        task.start()
    assert "内部错误" in blocker.args[0] and "ZeroDivisionError" in blocker.args[0]
    assert any("background job failed" in r.message for r in caplog.records)


def test_cancel_stops_the_job(qtbot, db_path):
    started = threading.Event()

    def job(store, progress, cancelled):
        started.set()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if cancelled():
                raise Cancelled()
            time.sleep(0.01)
        return "not cancelled"

    task = _task(qtbot, db_path, job)
    with qtbot.waitSignal(task.failed, timeout=10000) as blocker:
        task.start()
        assert started.wait(5)
        button = task.dialog.findChild(QPushButton)
        assert button.text() == "取消"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the progress dialog's 取消 button
    assert blocker.args == ["操作已取消。"]
    assert task.was_cancelled
    assert task.dialog is None  # closed


def test_import_can_be_cancelled_and_changes_nothing(qtbot, store, db_path):
    from pathlib import Path

    from wz_desktop.services.session import SYSTEM_SESSION
    from wz_desktop.ui.main_window import import_job

    sample = Path(__file__).resolve().parent.parent / "data" / "samples" / "2021年救援任务统计.xlsx"
    job = import_job([sample, sample], SYSTEM_SESSION)
    task = _task(qtbot, db_path, job)
    task.worker.cancel()  # before it starts: both files come back as cancelled
    with qtbot.waitSignal(task.succeeded, timeout=10000) as blocker:
        task.start()
    reports = blocker.args[0]
    assert [r.ok for r in reports] == [False, False]
    assert all("取消" in r.error for r in reports)
    assert store.tasks.total() == 0
