"""Long work off the UI thread: one generic worker, and a controller that pairs it with a progress dialog.

A *job* is a plain function ``job(store, progress, cancelled) -> result`` that runs in a worker
thread on its own ``Store`` (its own SQLite connection on the same file: connections are never
shared between threads). It reports with ``progress(percent, message)`` and looks at
``cancelled()`` where it can stop; it may raise :class:`Cancelled` to stop, and
:class:`JobFailed` (or a ``StoreError``, or one of the ``expected`` exception types) with a
message for people. Errors come back as data, on the UI thread: ``failed(message)``.

    task = BackgroundTask(window, db_path, job, title=..., label=...)
    task.succeeded.connect(...)
    task.failed.connect(...)
    task.start()
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from wz_desktop.store import Store, StoreError
from wz_desktop.ui.texts import message

log = logging.getLogger(__name__)

Progress = Callable[[int, str], None]
Job = Callable[[Store, Progress, Callable[[], bool]], Any]


_RUNNING: set = set()  # the BackgroundTasks under way


def background_running() -> bool:
    """Whether a job runs in a worker thread now (the windows wait to re-read the database until
    it ends: a job may draw with Qt's fonts and painter, which the UI thread must not use meanwhile)."""
    return any(task.running for task in list(_RUNNING))


class Cancelled(Exception):
    """Raised by a job when the user asked it to stop."""


class JobFailed(Exception):
    """A failure the job expected; the message is for people (Chinese)."""


def _t(text: str) -> str:
    return QCoreApplication.translate("Worker", text)


class Worker(QObject):
    """Runs one job in whatever thread it is moved to. Signals are delivered queued to the UI thread."""

    progress = Signal(int, str)
    finished = Signal(object)  # the job's result
    failed = Signal(str)  # a message for people

    def __init__(self, db_path: str | Path, job: Job, *, expected: tuple[type[BaseException], ...] = (),
                 user=None):
        super().__init__()
        self.db_path = Path(db_path)
        self.user = user  # who is signed in in the window: the job's store acts as them (their rights, their name)
        self.job = job
        self.expected = tuple(expected)
        self._cancel = threading.Event()
        self.was_cancelled = False

    def cancel(self) -> None:
        """Ask the job to stop (thread-safe; the job stops at its next check)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, percent: int, message: str) -> None:
        self.progress.emit(max(0, min(100, int(percent))), str(message))

    @Slot()
    def run(self) -> None:
        store: Store | None = None
        outcome: tuple[str, Any]
        try:
            store = Store.open(self.db_path)
            if self.user is not None:
                store.resume(self.user)  # the window's session (signed in with a password), not a new one
            result = self.job(store, self._progress, self.is_cancelled)
            outcome = ("finished", result)
        except Cancelled:
            self.was_cancelled = True
            outcome = ("failed", _t("操作已取消。"))
        except (JobFailed, StoreError, *self.expected) as exc:
            outcome = ("failed", message(exc))
        except Exception as exc:  # a fault of ours: say so plainly, keep the details in the log
            log.exception("background job failed")
            outcome = ("failed", _t("后台任务发生内部错误（{0}：{1}），详细信息已写入日志。").format(type(exc).__name__, exc))
        finally:
            if store is not None:
                store.close()
        # back to the UI thread so that Python may delete this object there once the thread ends
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())
        if outcome[0] == "finished":
            self.finished.emit(outcome[1])
        else:
            self.failed.emit(outcome[1])


class BackgroundTask(QObject):
    """A worker in its own QThread, with a window-modal progress dialog that can cancel it.

    ``succeeded(result)`` or ``failed(message)`` is emitted once, on the UI thread, after the
    thread has ended and the progress dialog is closed; then ``done``.
    """

    progressed = Signal(int, str)  # the worker's progress, re-emitted on the UI thread
    succeeded = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(self, parent: QWidget, db_path: str | Path, job: Job, *, title: str, label: str,
                 expected: tuple[type[BaseException], ...] = (), show_progress: bool = True):
        super().__init__(parent)
        # the job runs on a store of its own: signed in as the window's user (parent.context.store)
        window_store = getattr(getattr(parent, "context", None), "store", None)
        user = window_store.session_ticket() if hasattr(window_store, "session_ticket") else None
        self.worker = Worker(db_path, job, expected=expected, user=user)
        self.qthread = QThread(self)
        self.qthread.setObjectName("wz-worker")
        self.worker.moveToThread(self.qthread)
        self.qthread.started.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.running = False
        self.last_message = ""
        self.dialog: QProgressDialog | None = None
        if show_progress:
            dialog = QProgressDialog(label, _t("取消"), 0, 100, parent)
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setMinimumDuration(300)
            dialog.setMinimumWidth(420)
            dialog.setValue(0)
            dialog.canceled.connect(self.cancel)
            self.dialog = dialog

    @property
    def was_cancelled(self) -> bool:
        return self.worker.was_cancelled or self.worker.is_cancelled()

    def start(self) -> None:
        self.running = True
        _RUNNING.add(self)
        self.qthread.start()

    @Slot()
    def cancel(self) -> None:
        self.worker.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(_t("正在取消……"))

    def cancel_and_wait(self, timeout_ms: int = 30000) -> bool:
        """Stop the job and wait for its thread (when the window closes). True if the thread ended."""
        self.worker.cancel()
        if not self.qthread.isRunning():
            return True
        return self.qthread.wait(timeout_ms)

    @Slot(int, str)
    def _on_progress(self, percent: int, message: str) -> None:
        self.last_message = message
        self.progressed.emit(percent, message)
        dialog = self.dialog
        if dialog is not None and not dialog.wasCanceled():
            # a modal progress dialog's setValue runs the event loop: the job may end in there, and the
            # dialog must outlive this call (deleted after it, never under it)
            self._updating = True
            try:
                dialog.setLabelText(message)
                dialog.setValue(percent)
            finally:
                self._updating = False
                spent, self._spent_dialog = getattr(self, "_spent_dialog", None), None
                if spent is not None:
                    spent.deleteLater()

    def _stop(self) -> None:
        self.running = False
        _RUNNING.discard(self)
        self.qthread.quit()
        self.qthread.wait()
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            if getattr(self, "_updating", False):
                self._spent_dialog = dialog  # deleted once its setValue has returned
            else:
                dialog.deleteLater()

    @Slot(object)
    def _on_finished(self, result: Any) -> None:
        self._stop()
        self.succeeded.emit(result)
        self.done.emit()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._stop()
        self.failed.emit(message)
        self.done.emit()
