"""The main window: menus, the task list, the status bar; import and export in the background."""
from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QSize, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStyle, QWidget

from wz_desktop import __version__
from wz_desktop.domain.report import FileReport
from wz_desktop.ui import dialogs
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.import_report import ImportReportDialog
from wz_desktop.ui.palette import app_icon
from wz_desktop.ui.task_list import TaskListPage
from wz_desktop.ui.worker import BackgroundTask, Cancelled
from wz_desktop.workbook.exporter import ExportError, export_year
from wz_desktop.workbook.importer import import_workbook

log = logging.getLogger(__name__)
WORKBOOK_SUFFIXES = (".xlsx", ".xls")


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def import_job(files: list[Path]):
    """Import several workbooks one after the other; each is atomic. Returns their reports."""

    def job(store, progress, cancelled) -> list[FileReport]:
        reports: list[FileReport] = []
        total = len(files)
        for number, path in enumerate(files):
            if cancelled():
                reports.append(FileReport(file=path.name, status="failed", error=_t("导入已取消。")))
                continue

            def file_progress(percent: int, message: str, number=number, path=path) -> None:
                overall = (number * 100 + percent) // total
                prefix = _t("（第 {0}/{1} 个文件）").format(number + 1, total) if total > 1 else ""
                progress(overall, _t("{0}：{1}{2}").format(path.name, message, prefix))

            # the search index and squad links follow once, after the last file (searches stay
            # complete meanwhile: tasks not yet indexed are read with LIKE)
            reports.append(import_workbook(store, path, progress=file_progress, cancelled=cancelled, index=False))
        if any(report.ok for report in reports):
            progress(99, _t("正在更新搜索索引"))
            try:
                store.tasks.index_pending()
                store.database.checkpoint()
            except Exception:  # the tasks are in; the index is finished when the database next opens
                log.exception("search index after the import")
        return reports

    return job


def export_job(year: int, path: Path):
    """Export one year; cancelling stops it between rows and leaves no half-written file."""

    def job(store, progress, cancelled) -> int:
        def step(percent: int, message: str) -> None:
            if percent < 100 and cancelled():
                raise Cancelled()
            progress(percent, message)

        return export_year(store, year, path, progress=step)

    return job


class MainWindow(QMainWindow):
    """万众救援台 — <database>. For now one page: the task list."""

    import_done = Signal(object)  # list[FileReport], after the report dialog is shown
    export_done = Signal(bool, str)  # ok, message

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.settings = context.settings
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("万众救援台 — {0}").format(context.db_path.name))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(640, 420)
        self.resize(self._initial_size())

        self.task_page = TaskListPage(context, self)
        self.setCentralWidget(self.task_page)
        self.background: BackgroundTask | None = None
        self.report_dialog: ImportReportDialog | None = None
        self.last_reports: list[FileReport] | None = None

        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.task_page.count_changed.connect(self._update_counts)
        context.tasks_changed.connect(self._update_counts)
        self._update_counts()
        self.setAcceptDrops(True)  # workbooks dropped on the window are imported
        self.restore_settings()

    def _initial_size(self) -> QSize:
        """1280x760, or less on a small screen (a 1366x768 office screen with its taskbar)."""
        size = QSize(1280, 760)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry().size()
            size = size.boundedTo(QSize(max(room.width() - 24, 800), max(room.height() - 48, 500)))
        return size

    # --- building ------------------------------------------------------------------------------

    def _action(self, text: str, shortcut, slot, tip: str = "", icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action(self.tr("导入工作簿(&I)…"), "Ctrl+I", self.import_workbooks,
                                          self.tr("导入年度任务工作簿（.xlsx / .xls），可一次选择多个"),
                                          QStyle.StandardPixmap.SP_DialogOpenButton)
        self.import_action.setObjectName("importAction")
        self.export_action = self._action(self.tr("导出年度工作簿(&E)…"), "Ctrl+E", self.export_workbook,
                                          self.tr("把某一年的任务导出为标准六表工作簿"),
                                          QStyle.StandardPixmap.SP_DialogSaveButton)
        self.export_action.setObjectName("exportAction")
        self.quit_action = self._action(self.tr("退出(&Q)"), "Ctrl+Q", self.close, self.tr("关闭万众救援台"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.refresh_action = self._action(self.tr("刷新(&R)"), "F5", self.refresh, self.tr("重新读取数据库"),
                                           QStyle.StandardPixmap.SP_BrowserReload)
        self.refresh_action.setObjectName("refreshAction")
        self.search_action = self._action(self.tr("搜索任务(&F)"), "Ctrl+F", self.task_page.focus_search,
                                          self.tr("把光标移到搜索框"))
        self.search_action.setObjectName("searchAction")
        self.about_action = self._action(self.tr("关于万众救援台(&A)"), None, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(self.tr("查看(&V)"))
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.search_action)
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.about_action)
        self.file_menu, self.view_menu, self.help_menu = file_menu, view_menu, help_menu

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.db_label = QLabel(self.tr("数据库：{0}").format(self.context.db_path), self)
        self.db_label.setObjectName("dbLabel")
        self.db_label.setToolTip(str(self.context.db_path))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("totalLabel")
        status.addWidget(self.db_label, 1)
        status.addPermanentWidget(self.total_label)

    @Slot()
    def _update_counts(self, *args) -> None:
        total = self.context.store.tasks.total()
        shown = self.task_page.model.rowCount()
        if shown == total:
            text = self.tr("任务 {0} 条").format(f"{total:,}")
        else:
            text = self.tr("任务 {0} 条（列出 {1} 条）").format(f"{total:,}", f"{shown:,}")
        self.total_label.setText(text)

    # --- commands ------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        self.task_page.reload()
        self._update_counts()
        self.statusBar().showMessage(self.tr("已刷新"), 2000)

    @Slot()
    def show_about(self) -> None:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        text = self.tr(
            "<h3>万众救援台 {0}</h3>"
            "<p>大连万众应急救援队秘书组的任务记录程序：接报、出队、考勤、考核与年度工作簿。</p>"
            "<p>数据库：{1}</p>"
            "<p>Qt {2} / PySide6 {3}</p>"
        ).format(__version__, html.escape(str(self.context.db_path)), qVersion(), pyside_version)
        dialogs.show_about(self, self.tr("关于万众救援台"), text)

    def _folder(self, key: str) -> str:
        value = self.settings.value(key)
        if value and Path(str(value)).is_dir():
            return str(value)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return documents or str(Path.home())

    def _busy(self) -> bool:
        if self.background is not None and self.background.running:
            self.statusBar().showMessage(self.tr("另一项工作还在进行，请等它完成。"), 4000)
            return True
        return False

    def _run(self, job, *, title: str, label: str, expected=()) -> BackgroundTask:
        task = BackgroundTask(self, self.context.db_path, job, title=title, label=label, expected=expected)
        self.background = task
        self.import_action.setEnabled(False)
        self.export_action.setEnabled(False)
        task.done.connect(self._on_background_done)
        task.start()
        return task

    @Slot()
    def _on_background_done(self) -> None:
        self.import_action.setEnabled(True)
        self.export_action.setEnabled(True)
        task = self.background
        self.background = None
        if task is not None:
            task.deleteLater()

    # import

    @Slot()
    def import_workbooks(self) -> None:
        if self._busy():
            return
        files = dialogs.ask_open_workbooks(self, self._folder("Paths/import_dir"))
        if files:
            self.start_import([Path(f) for f in files])

    def start_import(self, files: list[Path]) -> BackgroundTask:
        self.settings.setValue("Paths/import_dir", str(files[0].parent))
        task = self._run(import_job(files), title=self.tr("导入工作簿"),
                         label=self.tr("正在导入 {0} 个文件……").format(len(files)))
        task.succeeded.connect(self._on_import_finished)
        task.failed.connect(self._on_import_failed)
        self.statusBar().showMessage(self.tr("正在导入……"))
        return task

    @Slot(object)
    def _on_import_finished(self, reports: list[FileReport]) -> None:
        self.last_reports = reports
        added = sum(r.added for r in reports if r.ok)
        if any(r.ok for r in reports):
            self.context.tasks_changed.emit()
        failed = sum(1 for r in reports if not r.ok)
        if failed:
            self.statusBar().showMessage(
                self.tr("导入结束：新增 {0} 条任务，{1} 个文件未导入。").format(added, failed), 10000)
        else:
            self.statusBar().showMessage(self.tr("导入完成：新增 {0} 条任务。").format(added), 10000)
        self.show_import_report(reports)
        self.context.import_finished.emit(reports)
        self.import_done.emit(reports)

    @Slot(str)
    def _on_import_failed(self, message: str) -> None:
        self.statusBar().clearMessage()
        dialogs.show_error(self, self.tr("导入失败"), self.tr("{0}\n\n数据库没有改动。").format(message))
        self.import_done.emit([])

    def show_import_report(self, reports: list[FileReport]) -> ImportReportDialog:
        if self.report_dialog is not None:
            self.report_dialog.close()
            self.report_dialog.deleteLater()
        self.report_dialog = ImportReportDialog(reports, self._folder("Paths/import_dir"), self)
        self.report_dialog.open()  # window-modal, but does not block the event loop
        return self.report_dialog

    @staticmethod
    def _workbooks_in(mime: QMimeData) -> list[Path]:
        if not mime.hasUrls():
            return []
        files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        return [f for f in files if f.suffix.lower() in WORKBOOK_SUFFIXES and f.is_file()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._workbooks_in(event.mimeData()) and not (self.background and self.background.running):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = self._workbooks_in(event.mimeData())
        if files and not self._busy():
            event.acceptProposedAction()
            self.start_import(files)
        else:
            event.ignore()

    # export

    @Slot()
    def export_workbook(self) -> None:
        if self._busy():
            return
        years = [(int(y), n) for y, n in self.context.store.tasks.years() if y is not None]
        if not years:
            dialogs.show_info(self, self.tr("导出年度工作簿"), self.tr("数据库中还没有任务，没有可以导出的年份。"))
            return
        target = dialogs.ask_export_target(self, years, self._folder("Paths/export_dir"))
        if target is None:
            return
        year, path = target
        self.start_export(year, Path(path))

    def start_export(self, year: int, path: Path) -> BackgroundTask:
        task = self._run(export_job(year, path), title=self.tr("导出年度工作簿"),
                         label=self.tr("正在导出 {0} 年……").format(year), expected=(ExportError,))
        task.succeeded.connect(lambda count: self._on_export_finished(year, path, count))
        task.failed.connect(lambda message: self._on_export_failed(message, task.was_cancelled))
        self.statusBar().showMessage(self.tr("正在导出 {0} 年……").format(year))
        return task

    def _on_export_finished(self, year: int, path: Path, count: int) -> None:
        self.settings.setValue("Paths/export_dir", str(path.parent))
        message = self.tr("已导出 {0} 年的 {1} 条任务到：\n{2}").format(year, count, path)
        self.statusBar().showMessage(message.replace("\n", ""), 10000)
        self.context.export_finished.emit(count, path)
        dialogs.show_export_done(self, self.tr("导出完成"), message, path.parent)
        self.export_done.emit(True, message)

    def _on_export_failed(self, message: str, cancelled: bool) -> None:
        if cancelled:
            self.statusBar().showMessage(self.tr("导出已取消，没有写入文件。"), 6000)
        else:
            self.statusBar().clearMessage()
            dialogs.show_error(self, self.tr("导出失败"), message)
        self.export_done.emit(False, message)

    # --- settings and closing ------------------------------------------------------------------

    def restore_settings(self) -> None:
        geometry = self.settings.value("MainWindow/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.value("MainWindow/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        self.task_page.restore_settings(self.settings)

    def save_settings(self) -> None:
        self.settings.setValue("MainWindow/geometry", self.saveGeometry())
        self.settings.setValue("MainWindow/state", self.saveState())
        self.task_page.save_settings(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        task = self.background
        if task is not None and task.running:
            # an import is atomic and an export writes beside the target: stopping loses nothing
            if not task.cancel_and_wait(30000):
                log.warning("background work did not stop in time")
        self.save_settings()
        super().closeEvent(event)
