"""The main window: menus, the task list, the status bar; import and export in the background."""
from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

from wz_desktop import __version__
from wz_desktop.domain.report import FileReport
from wz_desktop.services.imports import import_files
from wz_desktop.services.session import Session
from wz_desktop.ui import backup_dialog, dialogs, export_dialog, users
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.import_report import ImportReportDialog
from wz_desktop.ui.palette import app_icon
from wz_desktop.ui.attendance_page import AttendancePage
from wz_desktop.ui.calls_page import CallsPage
from wz_desktop.ui.charts_page import ChartsPage
from wz_desktop.ui.desk_page import DeskPage
from wz_desktop.ui.dispatch.form import DispatchForm
from wz_desktop.ui.review_form import ReviewDialog
from wz_desktop.ui.roster.page import RosterPage
from wz_desktop.ui.settings import save_folder
from wz_desktop.ui.task_list import TaskListPage
from wz_desktop.ui.task_page import TaskPageDialog
from wz_desktop.ui.worker import BackgroundTask, Cancelled
from wz_desktop.services.exports import ExportError, export_year, prepare_share, write_share

log = logging.getLogger(__name__)
WORKBOOK_SUFFIXES = (".xlsx", ".xls")


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def import_job(files: list[Path], session: Session):
    """Import several workbooks one after the other (``services.imports.import_files``: each is
    atomic, the search index follows once). Returns their reports."""

    def job(store, progress, cancelled) -> list[FileReport]:
        total = len(files)

        def file_progress(number: int, path: Path, percent: int, message: str) -> None:
            overall = (number * 100 + percent) // total
            prefix = _t("（第 {0}/{1} 个文件）").format(number + 1, total) if total > 1 else ""
            progress(overall, _t("{0}：{1}{2}").format(path.name, message, prefix))

        return import_files(store, session, files, progress=lambda percent, _: progress(percent, _t("正在更新搜索索引")),
                            cancelled=cancelled, file_progress=file_progress)

    return job


def export_job(year: int, path: Path, session: Session):
    """Export one year (the anonymised one is share_plan_job's, then review_share); cancelling stops
    it between rows and leaves no half-written file."""

    def job(store, progress, cancelled) -> int:
        def step(percent: int, message: str) -> None:
            if percent < 100 and cancelled():
                raise Cancelled()
            progress(percent, message)

        return export_year(store, year, path, progress=step, session=session)

    return job


class DatasetError(Exception):
    """Stands for wz_desktop.dataset.DatasetError without importing pandas at the window's start."""


def dataset_job(since: str, until: str, folder: Path):
    def job(store, progress, cancelled):
        from wz_desktop import dataset

        progress(5, "正在整理研究数据集")
        try:
            return dataset.write(store, since, until, folder)
        except dataset.DatasetError as exc:
            raise DatasetError(str(exc)) from exc

    return job


def share_plan_job(year: int, session: Session):
    """The anonymised workbook's plan (masked rows, changed cells, the check's findings), not written."""

    def job(store, progress, cancelled):
        progress(5, f"正在隐去 {year} 年的个人信息")
        return prepare_share(store, year, session=session)

    return job


NAV_PAGES = ("desk", "calls", "tasks", "attendance", "stats", "roster")


class MainWindow(QMainWindow):
    """万众救援台 — <database>: the navigation column (工作台, 接报, 任务, 出勤, 统计, 名册) beside the
    page it shows; records (a call, a dispatch, a review, a task's page) open in windows of their own, one
    per record, so that the desk stays in view."""

    import_done = Signal(object)  # list[FileReport], after the report dialog is shown
    export_done = Signal(bool, str)  # ok, message
    report_done = Signal(bool, str)  # ok, the file or the message

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.settings = context.settings
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("万众救援台 — {0}").format(context.db_path.name))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(640, 420)
        self.resize(self._initial_size())

        self.desk_page = DeskPage(context, self)
        self.calls_page = CallsPage(context, self)
        self.task_page = TaskListPage(context, self)
        self.task_page.opener = self.open_task
        self.attendance_page = AttendancePage(context, self)
        self.charts_page = ChartsPage(context, self)
        self.roster_page = RosterPage(context, self)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.page_widgets = {"desk": self.desk_page, "calls": self.calls_page, "tasks": self.task_page,
                             "attendance": self.attendance_page, "stats": self.charts_page,
                             "roster": self.roster_page}
        for key in NAV_PAGES:
            self.pages.addWidget(self.page_widgets[key])
        self.nav = QListWidget(self)
        self.nav.setObjectName("navList")
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setSpacing(2)
        for key in NAV_PAGES:
            item = QListWidgetItem(self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 36))
        self.nav.setMinimumWidth(112)
        self.nav.setMaximumWidth(220)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._update_counts)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([130, 1150])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.records: dict[tuple[str, object], QWidget] = {}  # the open record windows
        self.background: BackgroundTask | None = None
        self.report_dialog: ImportReportDialog | None = None
        self.last_reports: list[FileReport] | None = None

        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.task_page.count_changed.connect(self._update_counts)
        context.tasks_changed.connect(self._update_counts)
        context.changed.connect(self._update_nav)
        self.desk_page.open_call.connect(self.calls_page.open_call)
        self.desk_page.dispatch_call.connect(self.dispatch_call)
        self.desk_page.open_task.connect(self.open_task)
        self.desk_page.review_task.connect(self.review_task)
        self.desk_page.open_member.connect(self.open_member)
        self.desk_page.alert_dropped.connect(self.new_call_from_alert)
        self.calls_page.dispatch_requested.connect(self.dispatch_call)
        context.open_call_requested.connect(self.calls_page.open_call)
        context.open_task_requested.connect(self.open_task)
        self.nav.setCurrentRow(0)
        self._update_counts()
        self._update_nav()
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
                                          self.tr("把某一年的任务导出为标准年度工作簿（每类任务一个工作表）"),
                                          QStyle.StandardPixmap.SP_DialogSaveButton)
        self.export_action.setObjectName("exportAction")
        self.report_action = self._action(self.tr("生成报告(&R)…"), "Ctrl+P", self.make_report,
                                          self.tr("月度或年度工作报告（PDF，A4）：关键数字、图表和表格"))
        self.report_action.setObjectName("reportAction")
        self.dataset_action = self._action(self.tr("导出研究数据集(&D)…"), None, self.export_dataset,
                                           self.tr("供研究者使用的匿名数据集：求助、调度、出勤、车辆、执行结果（CSV 与 Parquet）"))
        self.dataset_action.setObjectName("datasetAction")
        self.backup_action = self._action(self.tr("备份数据库(&B)…"), None, self.backup_now,
                                          self.tr("用 SQLite 备份接口复制一份数据库到备份文件夹（使用中也安全）"))
        self.backup_action.setObjectName("backupAction")
        self.restore_action = self._action(self.tr("从备份恢复(&S)…"), None, self.open_restore,
                                           self.tr("查看备份的内容，选一份恢复（恢复前先备份当前数据库）"))
        self.restore_action.setObjectName("restoreAction")
        self.settings_action = self._action(self.tr("设置(&T)…"), "Ctrl+,", self.open_settings,
                                            self.tr("数据位置、事件编号格式、备份位置与保留份数、界面语言"))
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(self.tr("退出(&Q)"), "Ctrl+Q", self.close, self.tr("关闭万众救援台"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.refresh_action = self._action(self.tr("刷新(&R)"), "F5", self.refresh, self.tr("重新读取数据库"),
                                           QStyle.StandardPixmap.SP_BrowserReload)
        self.refresh_action.setObjectName("refreshAction")
        self.search_action = self._action(self.tr("搜索(&F)"), "Ctrl+F", self.focus_search,
                                          self.tr("把光标移到本页的搜索框（工作台、接报页：任务搜索）"))
        self.search_action.setObjectName("searchAction")
        self.new_call_action = self._action(self.tr("新来电(&N)…"), "Ctrl+N", self.new_call,
                                            self.tr("登记一个新来电（在任何窗口中都可按 Ctrl+N）"),
                                            QStyle.StandardPixmap.SP_FileIcon)
        self.new_call_action.setObjectName("newCallAction")
        self.new_call_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.direct_dispatch_action = self._action(self.tr("直接出队(&D)…"), "Ctrl+D", self.direct_dispatch,
                                                   self.tr("培训保障、疫情防控、整备保养：不经来电直接出队"))
        self.direct_dispatch_action.setObjectName("directDispatchAction")
        self.cases_action = self._action(self.tr("走失人员案件(&M)…"), "Ctrl+Shift+M", self.open_cases,
                                         self.tr("走失人员案件：仍在搜寻的、已找到的，打开一个在地图上记最后出现和找到的地点"))
        self.cases_action.setObjectName("casesAction")
        self.operator_action = self._action(self.tr("值班员(&O)…"), None, self.ask_operator,
                                            self.tr("写在每条记录上的登记人、核实人、修改人"))
        self.page_actions = []
        words = self.page_words()
        for number, key in enumerate(NAV_PAGES, start=1):
            action = self._action(words[key], f"Ctrl+{number}", lambda checked=False, k=key: self.show_page(k),
                                  self.tr("转到“{0}”").format(words[key]))
            action.setObjectName(f"{key}PageAction")
            self.page_actions.append(action)
        self.help_action = self._action(self.tr("使用指南(&G)"), "F1", lambda: self.show_help("guide"),
                                        self.tr("一个夜班的步骤和按键（任何窗口中按 F1）"))
        self.help_action.setObjectName("helpAction")
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcuts_action = self._action(self.tr("快捷键一览(&K)"), None, lambda: self.show_help("shortcuts"),
                                             self.tr("所有快捷键"))
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.log_folder_action = self._action(self.tr("打开日志文件夹(&L)"), None, self.open_log_folder,
                                              self.tr("程序出错时，请把日志文件发给维护人员"))
        self.about_action = self._action(self.tr("关于万众救援台(&A)"), None, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.report_action)
        file_menu.addAction(self.dataset_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.operator_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        work_menu = bar.addMenu(self.tr("工作(&W)"))
        work_menu.addAction(self.new_call_action)
        work_menu.addAction(self.direct_dispatch_action)
        work_menu.addAction(self.cases_action)
        self.work_menu = work_menu
        user_menu = bar.addMenu(self.tr("用户(&U)"))
        users.install_user_actions(self, user_menu)
        self.user_menu = user_menu
        view_menu = bar.addMenu(self.tr("查看(&V)"))
        for action in self.page_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.search_action)
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.log_folder_action)
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
        self.operator_label = QLabel(self)
        self.operator_label.setObjectName("operatorLabel")
        self._update_user()
        self.context.user_changed.connect(self._update_user)
        self.backup_label = QLabel(self)
        self.backup_label.setObjectName("backupLabel")
        status.addWidget(self.db_label, 1)
        status.addPermanentWidget(self.backup_label)
        status.addPermanentWidget(self.operator_label)
        self._update_backup_label()
        status.addPermanentWidget(self.total_label)

    @Slot()
    def _update_counts(self, *args) -> None:
        total = self.context.store.tasks.total()
        shown = self.task_page.model.rowCount()
        if shown == total or self.pages.currentWidget() is not self.task_page:  # the list's own count, on its page only
            text = self.tr("任务 {0} 条").format(f"{total:,}")
        else:
            text = self.tr("任务 {0} 条（列出 {1} 条）").format(f"{total:,}", f"{shown:,}")
        self.total_label.setText(text)

    # --- commands ------------------------------------------------------------------------------

    @Slot()
    def _update_nav(self, *args) -> None:
        """The navigation column with the counts that matter: what waits, calls to verify, tasks
        not yet archived, members."""
        store = self.context.store
        waiting_calls = store.calls.count_waiting()
        open_tasks = sum(store.flow.status_counts().values())
        counts = {"desk": self.desk_page.waiting_total(), "calls": waiting_calls, "tasks": open_tasks,
                  "roster": store.roster.count_members(active_only=True)}
        words = self.page_words()
        tips = {"desk": self.tr("等待处理的事项"), "calls": self.tr("等待核实的来电"),
                "tasks": self.tr("未归档的任务"), "roster": self.tr("在队队员"),
                "attendance": self.tr("队员和分队的出勤"), "stats": self.tr("任务的图表")}
        for row, key in enumerate(NAV_PAGES):
            item = self.nav.item(row)
            count = counts.get(key)
            item.setText(f"{words[key]}  {count:,}" if count else words[key])
            tip = f"{tips[key]}：{count:,}" if count is not None else tips[key]
            item.setToolTip(f"{tip}（Ctrl+{row + 1}）")

    def page_words(self) -> dict[str, str]:
        return {"desk": self.tr("工作台"), "calls": self.tr("接报"), "tasks": self.tr("任务"),
                "attendance": self.tr("出勤"), "stats": self.tr("统计"), "roster": self.tr("名册")}

    def start_prefetch(self) -> None:
        """Once the window shows: the charts' figures for the current filter read in a background
        thread (on a big archive each takes up to a few tenths of a second), so that opening 统计
        and each of its tabs only draws."""
        self.charts_page.prefetch()

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(NAV_PAGES.index(key))

    def current_page_key(self) -> str:
        return NAV_PAGES[self.pages.currentIndex()]

    @Slot()
    def focus_search(self) -> None:
        page = self.current_page_key()
        if page in ("roster", "attendance"):
            self.page_widgets[page].focus_search()
            return
        if page == "calls":  # a caller's number, a place
            self.calls_page.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.calls_page.search_edit.selectAll()
            return
        self.show_page("tasks")
        self.task_page.focus_search()

    @Slot()
    def refresh(self) -> None:
        for page in self.page_widgets.values():
            page.reload()
        self._update_counts()
        self._update_nav()
        self.statusBar().showMessage(self.tr("已刷新"), 2000)

    # --- records in windows of their own ---------------------------------------------------------

    def _record(self, key: tuple[str, object], make) -> QWidget:
        """The open window of a record, brought to the front; or a new one made by ``make()``."""
        window = self.records.get(key)
        if window is not None:
            try:
                window.show()
                window.raise_()
                window.activateWindow()
                return window
            except RuntimeError:  # deleted when it closed
                pass
        window = make()
        self.records[key] = window
        window.destroyed.connect(lambda *args, k=key: self.records.pop(k, None))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    @Slot()
    def new_call(self):
        """A new intake form in a window of its own, from anywhere (several calls can be taken at once)."""
        return self.calls_page.new_call()

    @Slot(str)
    def new_call_from_alert(self, text: str):
        """Text dropped on the desk: a new intake form with it read as a pasted alert (where calls may be taken)."""
        if not self.new_call_action.isEnabled():
            return None
        form = self.new_call()
        form.paste_alert(text)
        return form

    @Slot(int)
    def open_task(self, task_id: int):
        def make():
            dialog = TaskPageDialog(self.context, task_id, self)
            dialog.page.review_requested.connect(self.review_task)
            dialog.page.edit_dispatch_requested.connect(self.edit_dispatch)
            return dialog

        return self._record(("task", task_id), make)

    @Slot(int)
    def review_task(self, task_id: int):
        return self._record(("review", task_id), lambda: ReviewDialog(self.context, task_id, self))

    def _dispatch_window(self, key, **form_args):
        def make():
            form = DispatchForm(self.context, add_member_callback=self.roster_page.add_member_named, **form_args)
            form.setParent(self, Qt.WindowType.Window)  # its own window: closing it keeps the draft
            if not form.windowTitle():
                form.setWindowTitle(self.tr("出队"))
            # the whole form on the screen, at 1366x768 too (no scroll bar around it)
            screen = (self.screen() or QApplication.primaryScreen()).availableGeometry()
            form.resize(min(1120, screen.width() - 40), min(720, screen.height() - 48))
            form.move(screen.x() + (screen.width() - form.width()) // 2,  # on the screen, whole (title bar too)
                      screen.y() + max(0, (screen.height() - form.height() - 32) // 2))
            form.dispatched.connect(self._dispatched)
            return form

        return self._record(("dispatch", key), make)

    @Slot(int)
    def dispatch_call(self, call_id: int):
        return self._dispatch_window(f"call:{call_id}", call_id=call_id)

    @Slot()
    def direct_dispatch(self):
        return self._dispatch_window("direct")

    def open_cases(self):
        """走失人员案件: the list of missing-person cases (one window, raised when open already)."""
        from wz_desktop.ui.case_list import CaseList

        if getattr(self, "case_list", None) is None:
            self.case_list = CaseList(self.context, self)
        self.case_list.show()
        self.case_list.raise_()
        self.case_list.activateWindow()
        return self.case_list

    @Slot(int)
    def edit_dispatch(self, task_id: int):
        return self._dispatch_window(f"task:{task_id}", task_id=task_id)

    @Slot(int)
    def _dispatched(self, task_id: int) -> None:
        task = self.context.store.tasks.get(task_id)
        if task is not None:
            self.statusBar().showMessage(self.tr("已出队：{0} {1}").format(task.event_no, task.summary), 8000)

    @Slot(int)
    def open_member(self, member_id: int) -> None:
        self.show_page("roster")
        self.roster_page.open_member(member_id)

    def flush_drafts(self) -> None:
        """Save what every open form holds as its draft, now (an unexpected error, the window closing)."""
        self.calls_page.flush_forms()
        for window in list(self.records.values()):
            try:
                for name in ("save_draft", "flush_draft", "flush"):
                    target = getattr(window, name, None) or getattr(getattr(window, "form", None), name, None)
                    if callable(target):
                        target()
                        break
            except RuntimeError:  # a window deleted meanwhile
                continue
            except Exception:  # one form's trouble must not stop the others being saved
                log.exception("saving a form's draft")

    @Slot()
    def ask_operator(self) -> None:
        name = dialogs.ask_text(self, self.tr("值班员"), self.tr("值班员姓名（写在登记、核实、修改的记录上）："),
                                self.context.operator)
        if name is None:
            return
        if not name.strip():
            dialogs.show_warning(self, self.tr("值班员"), self.tr("请填写值班员姓名。"))
            return
        self.context.set_operator(name)
        self.operator_label.setText(self.tr("值班员：{0}").format(self.context.operator))

    def show_help(self, tab: str = "guide"):
        from wz_desktop.ui.help_dialog import open_help

        return open_help(self, tab)

    @Slot()
    def open_log_folder(self) -> None:
        from wz_desktop.config import paths

        folder = paths().log_dir
        folder.mkdir(parents=True, exist_ok=True)
        if not dialogs.open_folder(folder):
            dialogs.show_info(self, self.tr("日志"), self.tr("日志文件夹：{0}").format(folder))

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
        """The folder last used for ``key``, or the documents folder (made when missing)."""
        return save_folder(self.settings, key)

    def _busy(self) -> bool:
        if self.background is not None and self.background.running:
            self.statusBar().showMessage(self.tr("另一项工作还在进行，请等它完成。"), 4000)
            return True
        return False

    def _run(self, job, *, title: str, label: str, expected=()) -> BackgroundTask:
        task = BackgroundTask(self, self.context.db_path, job, title=title, label=label, expected=expected)
        self.background = task
        for action in (self.import_action, self.export_action, self.report_action):
            action.setEnabled(False)
        task.done.connect(self._on_background_done)
        task.start()
        return task

    @Slot()
    def _on_background_done(self) -> None:
        for action in (self.import_action, self.export_action, self.report_action):
            action.setEnabled(True)
        self._update_user()
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
        task = self._run(import_job(files, self.context.session), title=self.tr("导入工作簿"),
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
            self.context.poll_changes()  # the worker's writes, told to every window now
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
        target = export_dialog.ask_export_target(self, years, self._folder("Paths/export_dir"))
        if target is None:
            return
        year, path, *rest = target
        self.start_export(year, Path(path), anonymize=bool(rest and rest[0]))

    def start_export(self, year: int, path: Path, anonymize: bool = False) -> BackgroundTask:
        if anonymize:  # masked and checked in the background, then looked at before it is written
            task = self._run(share_plan_job(year, self.context.session), title=self.tr("匿名导出"),
                             label=self.tr("正在隐去 {0} 年的个人信息……").format(year), expected=(ExportError,))
            task.succeeded.connect(lambda plan: self.review_share(plan, path))
            task.failed.connect(lambda message: self._on_export_failed(message, task.was_cancelled))
            return task
        task = self._run(export_job(year, path, self.context.session), title=self.tr("导出年度工作簿"),
                         label=self.tr("正在导出 {0} 年……").format(year), expected=(ExportError,))
        task.succeeded.connect(lambda count: self._on_export_finished(year, path, count))
        task.failed.connect(lambda message: self._on_export_failed(message, task.was_cancelled))
        self.statusBar().showMessage(self.tr("正在导出 {0} 年……").format(year))
        return task

    @Slot()
    def export_dataset(self) -> None:
        """The research dataset of a period, written in the background into a new folder."""
        if self._busy():
            return
        from wz_desktop.ui import share_review  # loaded when first asked for (the privacy check's words)

        target = share_review.ask_dataset_target(self, self._folder("Paths/export_dir"))
        if target is None:
            return
        since, until, folder = target
        task = self._run(dataset_job(since, until, Path(folder)), title=self.tr("导出研究数据集"),
                         label=self.tr("正在导出研究数据集……"), expected=(DatasetError,))
        task.succeeded.connect(lambda reports: self._on_dataset_done(Path(folder), reports))
        task.failed.connect(lambda message: self._on_export_failed(message, task.was_cancelled))

    def _on_dataset_done(self, folder: Path, reports: dict) -> None:
        gone = sum(r["suppressed"] for r in reports.values())
        message = self.tr("已导出研究数据集到：\n{0}\n（k-匿名：删除 {1} 行，详见其中的 README.md）").format(folder, gone)
        self.statusBar().showMessage(message.replace("\n", ""), 10000)
        dialogs.show_export_done(self, self.tr("导出完成"), message, folder)
        self.export_done.emit(True, message)

    def review_share(self, plan, path: Path) -> bool:
        """The secretary looks at every masked cell and confirms; only then is the file written."""
        from PySide6.QtWidgets import QDialog

        from wz_desktop.ui.share_review import ShareReviewDialog

        dialog = ShareReviewDialog(plan, path, self)
        self.share_review = dialog
        if dialog.exec() != QDialog.Accepted:
            self.statusBar().showMessage(self.tr("匿名导出已取消，没有写入文件。"), 6000)
            return False
        try:
            count = write_share(self.context.store, plan, path, session=self.context.session)
        except (ExportError, OSError) as exc:
            self._on_export_failed(str(exc), False)
            return False
        self._on_export_finished(plan.year, path, count)
        return True

    def _on_export_finished(self, year: int, path: Path, count: int) -> None:
        self.settings.setValue("Paths/export_dir", str(path.parent))
        message = self.tr("已导出 {0} 年的 {1} 条任务到：\n{2}").format(year, count, path)
        self.statusBar().showMessage(message.replace("\n", ""), 10000)
        cuts = getattr(count, "cuts", [])
        if cuts:  # a text longer than an Excel cell holds: named, never cut silently
            from wz_desktop.ui.texts import message as say

            message += "\n\n" + self.tr("{0} 处文字超过 Excel 单元格的上限，导出时截短了：").format(len(cuts)) + "\n" + \
                "\n".join(say(cut) for cut in cuts[:30]) + ("\n…" if len(cuts) > 30 else "")
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

    @Slot()
    def _update_user(self, *args) -> None:
        """Who is signed in, on the status bar; what their role may do, in the menus (the store
        refuses the rest anyway)."""
        store = self.context.store
        signed_in = store.session is not None
        self.operator_label.setText(users.signed_in_text(self.context) if signed_in
                                    else self.tr("值班员：{0}").format(self.context.operator))
        self.operator_action.setVisible(not signed_in)  # a signed-in user's name is their own
        self.restore_action.setEnabled(store.may("settings"))
        self.import_action.setEnabled(store.may("import") and not self._busy_quiet())
        self.new_call_action.setEnabled(store.may("calls"))
        self.direct_dispatch_action.setEnabled(store.may("dispatch"))

    def _busy_quiet(self) -> bool:
        return self.background is not None and self.background.running

    @Slot()
    def open_settings(self):
        from wz_desktop.ui.settings_dialog import open_settings_dialog

        dialog = open_settings_dialog(self.context, self)
        dialog.finished.connect(lambda *args: self._update_backup_label())
        return dialog

    # backups

    def _update_backup_label(self) -> None:
        try:
            self.backup_label.setText(backup_dialog.last_backup_text(self.context.store))
        except Exception:  # the label must never stop the window
            log.exception("last backup")

    @Slot()
    def backup_now(self):
        path = backup_dialog.backup_now(self, self.context.store, self.context.session)
        self._update_backup_label()
        return path

    @Slot()
    def open_restore(self):
        dialog = backup_dialog.open_restore_dialog(self, self.context.store)
        dialog.finished.connect(lambda *args: self._update_backup_label())
        return dialog

    # report

    @Slot()
    def make_report(self) -> BackgroundTask | None:
        if self._busy():
            return None
        years = self.context.store.tasks.years()
        if not years:
            dialogs.show_info(self, self.tr("生成报告"), self.tr("数据库中还没有任务，无法生成报告。"))
            return None
        from wz_desktop.ui import report_dialog  # the report's modules load when first asked for

        target = report_dialog.ask_report_target(self, years, self._folder("Paths/report_dir"))
        if target is None:
            return None
        year, month, path = target
        return self.start_report(year, month, Path(path))

    def start_report(self, year: int, month: int | None, path: Path) -> BackgroundTask:
        from wz_desktop.ui.report_dialog import report_job

        task = self._run(report_job(year, month, path), title=self.tr("生成报告"), label=self.tr("正在生成报告……"))
        task.succeeded.connect(lambda result: self._on_report_finished(result))
        task.failed.connect(lambda message: self._on_report_failed(message, task.was_cancelled))
        return task

    def _on_report_finished(self, result) -> None:
        self.settings.setValue("Paths/report_dir", str(Path(result.path).parent))
        self.statusBar().showMessage(self.tr("已生成报告：{0}").format(result.path), 8000)
        dialogs.show_export_done(self, self.tr("生成报告"), self.tr("已生成《{0}》（{1} 页）：\n{2}").format(
            result.title, result.pages, result.path), Path(result.path).parent)
        self.report_done.emit(True, str(result.path))

    def _on_report_failed(self, message: str, cancelled: bool) -> None:
        if cancelled:
            self.statusBar().showMessage(self.tr("报告已取消，没有写入文件。"), 6000)
        else:
            dialogs.show_error(self, self.tr("生成报告失败"), message)
        self.report_done.emit(False, message)

    # --- settings and closing ------------------------------------------------------------------

    def restore_settings(self) -> None:
        geometry = self.settings.value("MainWindow/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.value("MainWindow/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.value("MainWindow/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        page = "desk"
        if str(self.settings.value("MainWindow/page_db", "") or "") == str(self.context.db_path):
            page = str(self.settings.value("MainWindow/page", "desk") or "desk")  # the page last used on this database
        self.show_page(page if page in NAV_PAGES else "desk")
        for page in self.page_widgets.values():
            if hasattr(page, "restore_settings"):
                page.restore_settings(self.settings)

    def save_settings(self) -> None:
        self.settings.setValue("MainWindow/geometry", self.saveGeometry())
        self.settings.setValue("MainWindow/state", self.saveState())
        self.settings.setValue("MainWindow/splitter", self.splitter.saveState())
        self.settings.setValue("MainWindow/page", self.current_page_key())
        self.settings.setValue("MainWindow/page_db", str(self.context.db_path))
        for page in self.page_widgets.values():
            if hasattr(page, "save_settings"):
                page.save_settings(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        task = self.background
        if task is not None and task.running:
            # an import is atomic and an export writes beside the target: stopping loses nothing
            if not task.cancel_and_wait(30000):
                log.warning("background work did not stop in time")
        self.roster_page.cancel_and_wait(30000)
        self.charts_page.stop_prefetch(wait=5.0)
        # every form keeps what was typed: the drafts now, and the windows close
        self.flush_drafts()
        for window in list(self.records.values()):
            try:
                window.close()
            except RuntimeError:
                pass
        self.save_settings()
        super().closeEvent(event)
