"""The task list model: lazily paged, so that it stays fast with a million tasks (as Anki's browser).

The row count comes from ``store.tasks.count(filter)``; rows are fetched a page at a time with
``store.tasks.page(...)`` when the view asks for them, and a few recent pages are kept (LRU).
Filtering, searching and sorting by departure all happen in SQL. The model holds no SQL itself.
"""
from __future__ import annotations

from collections import OrderedDict
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from wz_desktop.store import Store, TaskFilter
from wz_desktop.ui import palette
from wz_desktop.ui.labels import kind_label, review_tooltip, status_label

PAGE_SIZE = 200
MAX_PAGES = 12


class Column(IntEnum):
    EVENT_NO = 0
    KIND = 1
    DEPARTURE = 2
    SUMMARY = 3
    HEADCOUNT = 4
    VEHICLES = 5
    SQUADS = 6
    REMARKS = 7
    STATUS = 8


# where each column's value sits in a row of ``wz_desktop.store.tasks.LIST_COLUMNS``
ROW_ID = 0
ROW_NEEDS_REVIEW = 10
_ROW_INDEX = {
    Column.EVENT_NO: 2,
    Column.KIND: 1,
    Column.DEPARTURE: 4,
    Column.SUMMARY: 3,
    Column.HEADCOUNT: 5,
    Column.VEHICLES: 6,
    Column.SQUADS: 7,
    Column.REMARKS: 8,
    Column.STATUS: 9,
}
SORTABLE_COLUMN = Column.DEPARTURE
_LONG_TEXT = (Column.SUMMARY, Column.SQUADS, Column.REMARKS, Column.KIND, Column.EVENT_NO)
_CENTERED = (Column.HEADCOUNT, Column.VEHICLES, Column.KIND, Column.STATUS)

TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NEEDS_REVIEW_ROLE = Qt.ItemDataRole.UserRole + 2


def column_titles() -> list[str]:
    t = lambda text: QCoreApplication.translate("TaskTableModel", text)  # noqa: E731
    return [t("事件编号"), t("类别"), t("出队时间"), t("事件摘要"), t("人数"), t("车次"), t("分队"), t("备注"), t("状态")]


def _one_line(value) -> str:
    if value is None:
        return ""
    text = str(value)
    if "\n" in text or "\r" in text:
        text = " ".join(part.strip() for part in text.splitlines() if part.strip())
    return text


class TaskTableModel(QAbstractTableModel):
    """Rows of the task list for one filter and one sort direction, fetched page by page."""

    count_changed = Signal(int)

    def __init__(self, store: Store, parent=None, *, page_size: int = PAGE_SIZE, max_pages: int = MAX_PAGES):
        super().__init__(parent)
        self._store = store
        self._page_size = page_size
        self._max_pages = max_pages
        self._filter = TaskFilter()
        self._descending = True
        self._count = 0
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self._titles = column_titles()
        self.pages_fetched = 0  # how many pages were read from the store (for tests and curiosity)
        self.reload()

    # --- what is shown -------------------------------------------------------------------------

    @property
    def task_filter(self) -> TaskFilter:
        return self._filter

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def page_size(self) -> int:
        return self._page_size

    def set_filter(self, flt: TaskFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def set_descending(self, descending: bool) -> None:
        if descending != self._descending:
            self._descending = descending
            self.reload()

    def reload(self) -> None:
        """Count again and forget the cached pages (after an import, F5, a new filter)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._store.tasks.count(self._filter)
        self.endResetModel()
        self.count_changed.emit(self._count)

    # --- rows ------------------------------------------------------------------------------------

    def _page(self, number: int) -> list[tuple]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = self._store.tasks.page(self._filter, number * self._page_size, self._page_size, self._descending,
                                      matches=self._count)
        self.pages_fetched += 1
        self._pages[number] = page
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return page

    def row_values(self, row: int) -> tuple | None:
        """The store's row (``LIST_COLUMNS`` order) shown at ``row``, or None past the end."""
        if row < 0 or row >= self._count:
            return None
        number, offset = divmod(row, self._page_size)
        page = self._page(number)
        return page[offset] if offset < len(page) else None

    def task_id(self, row: int) -> int | None:
        values = self.row_values(row)
        return values[ROW_ID] if values else None

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    def display_text(self, row: int, column: int) -> str:
        values = self.row_values(row)
        if values is None:
            return ""
        return self._text(values, Column(column))

    def _text(self, values: tuple, column: Column) -> str:
        value = values[_ROW_INDEX[column]]
        if column is Column.KIND:
            return kind_label(value)
        if column is Column.STATUS:
            return status_label(value)
        return _one_line(value)

    # --- QAbstractTableModel -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(Column)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        values = self.row_values(index.row())
        if values is None:
            return None
        column = Column(index.column())
        needs_review = bool(values[ROW_NEEDS_REVIEW])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(values, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = []
            if column in _LONG_TEXT:
                text = self._text(values, column) if column is Column.KIND else values[_ROW_INDEX[column]]
                if text:
                    parts.append(str(text))
            if needs_review:
                parts.append(review_tooltip())
            return "\n\n".join(parts) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return palette.needs_review_brush() if needs_review else None
        if role == Qt.ItemDataRole.DecorationRole:
            if column is Column.EVENT_NO and needs_review:
                return palette.needs_review_icon()
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is Column.STATUS:
                return palette.status_brush(values[_ROW_INDEX[Column.STATUS]])
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in _CENTERED:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == TASK_ID_ROLE:
            return values[ROW_ID]
        if role == NEEDS_REVIEW_ROLE:
            return needs_review
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt's name)
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._titles):
                return self._titles[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == SORTABLE_COLUMN:
                return QCoreApplication.translate("TaskTableModel", "点击切换按出队时间升序 / 降序排列")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Only the departure can be sorted (in SQL); other columns keep the order they have."""
        if column == SORTABLE_COLUMN:
            self.set_descending(order == Qt.SortOrder.DescendingOrder)
