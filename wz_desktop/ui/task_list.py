"""The task list page: filters above, the lazily loaded table, a preview of the current task below."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from wz_desktop.store import TaskFilter
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.forms import check_box, hbox, text_label, vbox
from wz_desktop.ui.labels import kinds_in_order
from wz_desktop.ui.settings import read_bool
from wz_desktop.ui.task_detail import task_html
from wz_desktop.ui.task_model import SORTABLE_COLUMN, Column, TaskTableModel
from wz_desktop.ui.widgets import OpeningTableView, fit_sections

SEARCH_DELAY_MS = 250
COPY_LIMIT = 10000

DEFAULT_WIDTHS = {
    Column.EVENT_NO: 120,
    Column.KIND: 128,
    Column.DEPARTURE: 132,
    Column.SUMMARY: 340,
    Column.HEADCOUNT: 48,
    Column.VEHICLES: 48,
    Column.SQUADS: 150,
    Column.REMARKS: 170,
    Column.STATUS: 64,
}


class SearchEdit(QLineEdit):
    """The search box: Esc clears it (and leaves the focus where it is)."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


class TaskTableView(OpeningTableView):
    """The table: Enter or a double click opens the current task; Ctrl+C copies the selected rows."""

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def copy_selection(self) -> int:
        """The selected rows as tab-separated text on the clipboard (as they are shown). Returns rows copied."""
        model = self.model()
        if model is None or self.selectionModel() is None:
            return 0
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})[:COPY_LIMIT]
        if not rows:
            return 0
        lines = ["\t".join(model.display_text(r, c).replace("\t", " ") for c in range(model.columnCount()))
                 for r in rows]
        QGuiApplication.clipboard().setText("\n".join(lines))
        return len(rows)


class TaskListPage(QWidget):
    """Year, kind and search filters; the table; the preview. Refreshes when the context says tasks changed."""

    count_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.setObjectName("TaskListPage")

        # --- filters ---
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("yearCombo")
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_combo.setToolTip(self.tr("只看某一年的任务"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo.setToolTip(self.tr("只看某一类任务"))
        self.kind_combo.addItem(self.tr("全部类别"), None)
        for kind, label in kinds_in_order():
            self.kind_combo.addItem(label, kind.value)
        self.search_edit = SearchEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("搜索事件编号、摘要、分队、备注（Ctrl+F）"))
        self.search_edit.setToolTip(self.tr("输入一个或几个词（用空格分开），列出全部包含这些词的任务；按 Esc 清除"))
        self.search_edit.setMinimumWidth(240)
        self.review_check = check_box(self.tr("只看待复核"), self, name="reviewCheck")
        self.review_check.setToolTip(self.tr("只列出导入时有值无法识别、需要核对原文的任务"))
        self.count_label = text_label(self, name="countLabel")
        year_label = QLabel(self.tr("年份(&Y)"), self)
        year_label.setBuddy(self.year_combo)
        kind_label = QLabel(self.tr("类别(&K)"), self)
        kind_label.setBuddy(self.kind_combo)
        bar = hbox(year_label, self.year_combo, 8, kind_label, self.kind_combo, 8, (self.search_edit, 1), 8,
                   self.review_check, 12, self.count_label)

        # --- table ---
        self.model = TaskTableModel(self.store, self)
        self.table = TaskTableView(self)
        self.table.setObjectName("taskTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)  # the header is handled below: only the departure sorts, in SQL
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vheader = self.table.verticalHeader()
        vheader.setVisible(False)
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never ask a million rows for their height
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # never ResizeToContents: that reads every row
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(SORTABLE_COLUMN, Qt.SortOrder.DescendingOrder)
        header.setMinimumSectionSize(36)
        self.apply_default_widths()
        header.setSectionResizeMode(Column.SUMMARY, QHeaderView.ResizeMode.Stretch)  # takes the room left over
        header.sortIndicatorChanged.connect(self._on_sort_indicator)

        # --- preview ---
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("taskPreview")
        self.preview.setOpenLinks(False)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("taskSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(True)
        self.splitter.setSizes([480, 170])

        vbox(bar, (self.splitter, 1), margins=(8, 8, 8, 4), parent=self)

        # --- behaviour ---
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self._on_search_text)
        self.search_edit.returnPressed.connect(self.apply_filter)
        self.year_combo.currentIndexChanged.connect(self.apply_filter)
        self.kind_combo.currentIndexChanged.connect(self.apply_filter)
        self.review_check.toggled.connect(self.apply_filter)
        self.model.count_changed.connect(self._on_count)
        self.model.modelReset.connect(self._on_current_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.open_requested.connect(self.open_index)
        self.open_action = QAction(self.tr("打开详情"), self.table)
        self.open_action.triggered.connect(lambda: self.open_index(self.table.currentIndex()))
        self.copy_action = QAction(self.tr("复制所选行"), self.table)
        self.copy_action.triggered.connect(self.table.copy_selection)
        self.table.addAction(self.open_action)
        self.table.addAction(self.copy_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        context.tasks_changed.connect(self.reload)

        self.opener = None  # callable(task_id) -> window; the main window's, which wires the forms
        self.reload_years()
        self._on_count(self.model.rowCount())
        self._on_current_changed()

    # --- filters -------------------------------------------------------------------------------

    def current_filter(self) -> TaskFilter:
        from wz_desktop.domain.kinds import TaskKind

        year = self.year_combo.currentData()
        kind = self.kind_combo.currentData()
        return TaskFilter(
            year=int(year) if year is not None else None,
            kind=TaskKind(kind) if kind else None,
            text=self.search_edit.text().strip(),
            needs_review=self.review_check.isChecked(),
        )

    @Slot()
    def apply_filter(self) -> None:
        self.search_timer.stop()
        self.model.set_filter(self.current_filter())

    @Slot(str)
    def _on_search_text(self, text: str) -> None:
        if not text.strip():
            self.apply_filter()  # cleared: show everything at once
        else:
            self.search_timer.start()  # typing: wait for a pause

    def reload_years(self) -> None:
        """Fill the year filter from the database, keeping the chosen year if it is still there."""
        chosen = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        try:
            self.year_combo.clear()
            self.year_combo.addItem(self.tr("全部年份"), None)
            for year, count in self.store.tasks.years():
                if year is None:
                    continue
                self.year_combo.addItem(self.tr("{0} 年（{1} 条）").format(year, count), int(year))
            index = self.year_combo.findData(chosen) if chosen is not None else 0
            self.year_combo.setCurrentIndex(max(index, 0))
        finally:
            self.year_combo.blockSignals(False)

    def set_year(self, year: int | None) -> None:
        index = self.year_combo.findData(year) if year is not None else 0
        if index >= 0:
            self.year_combo.setCurrentIndex(index)

    def set_kind(self, kind) -> None:
        value = getattr(kind, "value", kind)
        index = self.kind_combo.findData(value) if value is not None else 0
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # --- refreshing ------------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        """Read the database again (F5, after an import), keeping the filters and the current task."""
        current_row = self.table.currentIndex().row()
        current_id = self.current_task_id()
        self.reload_years()
        flt = self.current_filter()
        if flt != self.model.task_filter:
            self.model.set_filter(flt)
        else:
            self.model.reload()
        if current_id is not None and 0 <= current_row < self.model.rowCount():
            if self.model.task_id(current_row) == current_id:
                self.select_row(current_row)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if not index.isValid():
            return
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    @Slot(int)
    def _on_count(self, count: int) -> None:
        self.count_label.setText(self.tr("共 {0} 条").format(f"{count:,}"))
        if count:
            hint = self.tr("选择一条任务，这里显示它的全部内容（双击或按 Enter 打开详情）。")
        elif self.store.tasks.total() == 0:
            hint = self.tr("数据库中还没有任务。\n用“文件 → 导入工作簿…”（Ctrl+I）导入年度任务工作簿，或把工作簿拖到这个窗口上。")
        else:
            hint = self.tr("没有符合条件的任务。请换一个年份、类别或搜索词（按 Esc 清除搜索）。")
        self.preview.setPlaceholderText(hint)
        self.count_changed.emit(count)

    # --- sorting -------------------------------------------------------------------------------

    @Slot(int, Qt.SortOrder)
    def _on_sort_indicator(self, section: int, order: Qt.SortOrder) -> None:
        header = self.table.horizontalHeader()
        if section != SORTABLE_COLUMN:
            # only the departure sorts; put the arrow back where it was
            header.blockSignals(True)
            header.setSortIndicator(SORTABLE_COLUMN, Qt.SortOrder.DescendingOrder if self.model.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self.model.set_descending(order == Qt.SortOrder.DescendingOrder)

    def set_descending(self, descending: bool) -> None:
        self.table.horizontalHeader().setSortIndicator(
            SORTABLE_COLUMN, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        self.model.set_descending(descending)

    # --- the current task ----------------------------------------------------------------------

    def current_task_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.task_id(index.row()) if index.isValid() else None

    def _on_current_changed(self, *args) -> None:
        task_id = self.current_task_id()
        task = self.store.tasks.get(task_id) if task_id is not None else None
        if task is None:
            self.preview.clear()
            return
        self.preview.setHtml(task_html(task, self.store.tasks.flags(task.id)))

    @Slot(QModelIndex)
    def open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_task(self.model.task_id(index.row()))

    def open_task(self, task_id: int | None):
        """The task's page (its whole story, and the workbook's originals and flags), in a window
        of its own; the main window sets ``opener`` so that the page's buttons reach the forms."""
        if task_id is None or self.store.tasks.get(task_id) is None:
            return None
        if self.opener is not None:
            return self.opener(task_id)
        from wz_desktop.ui.task_page import open_task_page

        return open_task_page(self.context, task_id, self)

    # --- remembered between runs ---------------------------------------------------------------

    def apply_default_widths(self) -> None:
        from wz_desktop.domain.records import TaskStatus
        from wz_desktop.ui.labels import status_label

        fit_sections(self.table, DEFAULT_WIDTHS, {Column.KIND: [label for _, label in kinds_in_order()],
                                                  Column.STATUS: [status_label(s) for s in TaskStatus]})

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("TaskList/header", self.table.horizontalHeader().saveState())
        settings.setValue("TaskList/splitter", self.splitter.saveState())
        settings.setValue("TaskList/descending", self.model.descending)

    def restore_settings(self, settings: QSettings) -> None:
        header = self.table.horizontalHeader()
        state = settings.value("TaskList/header")
        if state is not None:
            header.blockSignals(True)
            if not header.restoreState(state) or header.count() != len(Column):
                self.apply_default_widths()
            header.blockSignals(False)
        splitter = settings.value("TaskList/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        descending = read_bool(settings, "TaskList/descending", True)
        header.blockSignals(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(SORTABLE_COLUMN,
                                Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.model.set_descending(descending)
