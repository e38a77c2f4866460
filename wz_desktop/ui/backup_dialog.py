"""Backups in the window: back up now, restore from a copy (with a preview of what each holds), the
day's automatic copy, and the status bar's "最近备份" text.

What the File menu wires (one line each)::

    backup_dialog.backup_now(window, context.store)            # 备份数据库…
    backup_dialog.open_restore_dialog(window, context.store)   # 从备份恢复…
    status_label.setText(backup_dialog.last_backup_text(context.store))

Backing up and restoring are the use cases of ``wz_desktop.services.backups`` (the command line
calls the same); the file and SQL work is ``wz_desktop.store.backups``; this module only asks and tells.
"""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wz_desktop.services import backups as backup_service
from wz_desktop.services.session import Session
from wz_desktop.store import backups
from wz_desktop.store.backups import BackupInfo
from wz_desktop.store.errors import DatabaseFailure, StoreError
from wz_desktop.ui import dialogs
from wz_desktop.ui.texts import message

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return _t("{0:.1f} MB").format(size / 1024 / 1024)
    return _t("{0} KB").format(max(1, round(size / 1024)))


def when_text(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M")


def reason_text(reason: str) -> str:
    labels = {
        backups.DAILY: _t("每日自动备份"),
        backups.BEFORE_IMPORT: _t("导入前"),
        backups.BEFORE_MIGRATION: _t("升级前"),
        backups.BEFORE_RESTORE: _t("恢复前"),
        backups.MANUAL: _t("手动备份"),
        backups.BEFORE_ROSTER_IMPORT: _t("名册导入前"),
        backups.DAMAGED: _t("损坏的数据库（留档）"),
    }
    return labels.get(reason, reason)


def last_backup_text(store) -> str:
    """For the status bar: "最近备份：2026-11-24 08:00", or that there is none yet."""
    latest = backups.latest_backup(store.path)
    if latest is None:
        return _t("尚无备份")
    return _t("最近备份：{0}").format(when_text(latest.taken_at))


# --- back up now -------------------------------------------------------------------------------

def backup_now(parent: QWidget | None, store, session: Session | None = None) -> Path | None:
    """The menu's "备份数据库…": a copy in the backup folder now (``services.backups.backup_now``),
    and where it went."""
    try:
        path = backup_service.backup_now(store, session or Session.of(store))
    except (OSError, StoreError, DatabaseFailure) as exc:
        log.exception("manual backup")
        from wz_desktop.store.errors import describe_failure

        dialogs.show_error(parent, _t("备份失败"), _t("无法备份数据库：{0}。").format(describe_failure(exc)))
        return None
    dialogs.show_info(parent, _t("备份完成"), _t("数据库已备份到：\n{0}").format(path))
    return path


# --- the day's copy ----------------------------------------------------------------------------

def start_daily_backup(window: QWidget, store, now: dt.datetime | None = None):
    """The day's copy (if due) in a background thread; a ``BackgroundTask``, or None when none is due.
    The window's status bar says when it is done; failures go to the log (the next start tries again)."""
    if not backups.daily_backup_due(store.database.backup_dir, now, stem=store.path.stem):
        return None
    from wz_desktop.ui.worker import BackgroundTask

    when = now

    def job(worker_store, progress, cancelled):
        return backups.ensure_daily_backup(worker_store, when)

    task = BackgroundTask(window, store.path, job, title=_t("每日备份"), label=_t("正在备份数据库……"),
                          expected=(OSError, DatabaseFailure), show_progress=False)

    def done(path) -> None:
        if path is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(_t("已自动备份数据库（{0}）").format(Path(path).name), 6000)

    task.succeeded.connect(done)
    task.failed.connect(lambda message: log.warning("daily backup failed: %s", message))
    task.start()
    return task


# --- restoring ---------------------------------------------------------------------------------

COLUMNS = ["when", "reason", "tasks", "latest", "size", "state"]


def _restored_text(backup: BackupInfo, result: backups.RestoreResult) -> str:
    text = _t("已用 {0} 的备份（{1}）恢复数据库：{2} 条任务。").format(
        when_text(backup.taken_at), reason_text(backup.reason), result.preview.tasks)
    if result.safety_copy:
        text += "\n" + _t("恢复前的数据库已保存为：{0}").format(result.safety_copy)
    return text


def restore_into(target, backup: BackupInfo, *, confirm: bool = True, after=None) -> bool:
    """Restore ``backup`` into the running application: ``target`` is the main window (or its
    ``AppContext``). Asks first, closes the store, restores, opens the same ``Store`` object again
    (every widget keeps its reference) and tells the widgets to refresh; ``after()`` is called once
    the restore was tried (before its message: the restore dialog lists the copies anew). True when
    restored."""
    context = getattr(target, "context", target)
    window = target if isinstance(target, QWidget) else None
    store = context.store
    background = getattr(window, "background", None)
    if background is not None and getattr(background, "running", False):
        dialogs.show_warning(window, _t("从备份恢复"), _t("另一项工作还在进行，请等它完成后再恢复。"))
        return False
    if confirm and not dialogs.ask_yes_no(
            window, _t("从备份恢复"),
            _t("用 {0} 的备份（{1}，{2} 条任务）替换当前数据库？\n\n此后录入的内容会从数据库中消失；"
               "当前数据库会先另存一份“恢复前”备份，需要时可以再恢复回来。").format(
                when_text(backup.taken_at), reason_text(backup.reason),
                backup.preview.tasks if backup.preview else "?")):
        return False
    flush = getattr(window, "flush_drafts", None)
    if callable(flush):
        try:
            flush()
        except Exception:
            log.exception("saving drafts before a restore")
    folder = store.database.backup_dir
    session = getattr(context, "session", None) or Session.of(store)  # who restores: in the restored audit trail
    store.close()
    result = None
    try:
        result = backup_service.restore(session, backup.path, store.path, folder=folder)
    except StoreError as exc:
        log.error("restore from %s failed: %s", backup.path, exc)
        if isinstance(exc, backups.DatabaseDamaged):  # replaced, yet not whole: never expected
            dialogs.show_error(window, _t("恢复失败"), message(exc))
        else:
            dialogs.show_error(window, _t("恢复失败"), _t("{0}\n\n当前数据库没有被替换。").format(message(exc)))
    finally:
        try:
            backups.reopen(store)
        except StoreError as exc:
            dialogs.show_error(window, _t("无法打开数据库"), message(exc))
            raise
    poll = getattr(context, "poll_changes", None)
    if callable(poll):
        poll()  # the database was opened afresh: every window reads it again
    if callable(after):
        after()
    if result is None:
        return False
    dialogs.show_info(window, _t("恢复完成"), _restored_text(backup, result))
    return True


class RestoreDialog(QDialog):
    """The copies of one database, newest first, with what each holds; restore the chosen one.

    With ``store`` (the menu): "恢复所选备份…" restores into the running window (``restore_into``).
    Without (the database is damaged, at start): the dialog only chooses; ``chosen`` and
    ``open_anyway`` say what the user picked, and the caller restores.
    """

    restored = Signal(object)  # the BackupInfo restored into the running window

    def __init__(self, db_path: Path, infos: list[BackupInfo] | None = None, parent: QWidget | None = None, *,
                 target=None, problem: str = "", can_open_anyway: bool = False):
        super().__init__(parent)
        self.setObjectName("RestoreDialog")
        self.db_path = Path(db_path)
        self.target = target
        self.infos = infos if infos is not None else backup_service.copies(self.db_path)
        self.chosen: BackupInfo | None = None
        self.open_anyway = False
        self.setWindowTitle(_t("从备份恢复") if not problem else _t("数据库已损坏"))
        self.setMinimumWidth(720)

        text = problem + "\n\n" if problem else ""
        if self.infos:
            text += _t("选择一份备份，用它替换数据库“{0}”。当前数据库会先另存一份。").format(self.db_path.name)
        else:
            text += _t("没有找到数据库“{0}”的备份（查找了：{1}）。").format(
                self.db_path.name, "；".join(str(f) for f in backup_service.folders(self.db_path)))
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(len(self.infos), len(COLUMNS), self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels(
            [_t("时间"), _t("原因"), _t("任务数"), _t("最近任务"), _t("大小"), _t("状态")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._fill_table()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())

        self.detail = QLabel(self)
        self.detail.setObjectName("backupDetail")
        self.detail.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(_t("恢复所选备份…") if target is not None else _t("恢复所选备份"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button = None
        if can_open_anyway:
            self.open_button = QPushButton(_t("仍然打开"), self)
            self.open_button.clicked.connect(self._open_anyway)
            self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(_t("关闭") if target is not None else _t("退出"),
                                       QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeButton")
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.buttons)

        first_good = next((i for i, info in enumerate(self.infos) if info.usable), None)
        if first_good is not None:
            self.table.selectRow(first_good)
        self._selection_changed()

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            self._fill_row(row, info)

    def reload(self) -> None:
        """Read the copies again (a restore adds its "恢复前" copy; a failed one may have changed
        them), keeping the chosen copy chosen when it is still there."""
        chosen = self.selected()
        self.infos = backup_service.copies(self.db_path)
        self.table.clearSelection()
        self._fill_table()
        keep = next((i for i, info in enumerate(self.infos) if chosen is not None and info.path == chosen.path), None)
        if keep is None:
            keep = next((i for i, info in enumerate(self.infos) if info.usable), None)
        if keep is not None:
            self.table.selectRow(keep)
        self._selection_changed()

    def _fill_row(self, row: int, info: BackupInfo) -> None:
        preview = info.preview
        state = _t("可用") if info.usable else (_t("不可用：{0}").format(message(preview.error)) if preview else "")
        values = [
            when_text(info.taken_at),
            reason_text(info.reason),
            str(preview.tasks) if preview and preview.ok else "",
            (preview.latest_departure or "") if preview and preview.ok else "",
            size_text(info.size),
            state,
        ]
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column in (2, 4):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not info.usable:
                item.setForeground(Qt.GlobalColor.gray)
            item.setToolTip(str(info.path))
            self.table.setItem(row, column, item)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows else None

    def select(self, info: BackupInfo) -> None:
        self.table.selectRow(self.infos.index(info))

    @Slot()
    def _selection_changed(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.usable)
        if info is None or info.preview is None:
            self.detail.setText("")
            return
        preview = info.preview
        if not preview.ok:
            self.detail.setText(_t("这份备份不能用来恢复：{0}").format(message(preview.error)))
            return
        years = _t("，").join(_t("{0} 年 {1} 条").format(y, n) for y, n in preview.tasks_by_year.items()) or _t("无")
        self.detail.setText(_t("任务 {0} 条（{1}）；接报 {2} 条；队员 {3} 人；最近任务出队 {4}；最后修改 {5}。\n{6}").format(
            preview.tasks, years, preview.calls, preview.members, preview.latest_departure or _t("无"),
            preview.latest_change or _t("无"), info.path))

    @Slot()
    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or not info.usable:
            return
        if self.target is None:  # at start: the caller restores
            self.chosen = info
            self.accept()
            return
        if restore_into(self.target, info, after=self.reload):
            self.restored.emit(info)
            self.accept()

    @Slot()
    def _open_anyway(self) -> None:
        self.open_anyway = True
        self.accept()


def open_restore_dialog(parent: QWidget, store) -> RestoreDialog:
    """The menu's "从备份恢复…": the dialog, shown (not modal-blocking: tests drive it)."""
    dialog = RestoreDialog(store.path, parent=parent, target=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


def ask_restore_damaged(parent: QWidget | None, db_path: Path, problem: str, infos: list[BackupInfo],
                        can_open_anyway: bool):
    """At start, the database damaged: which copy to restore. ``("restore", info)``, ``("open", None)``
    (carry on with the damaged database), or None (quit). Tests replace this function."""
    dialog = RestoreDialog(db_path, infos, parent, problem=problem, can_open_anyway=can_open_anyway)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if dialog.open_anyway:
        return ("open", None)
    return ("restore", dialog.chosen) if dialog.chosen else None
