"""The calls table: one row per call (drafts too), the columns of the 接报 page, and the words for a
call's status. Calls are few next to tasks (a few thousand a year), so the rows are held here."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from wz_desktop.domain.records import CallStatus
from wz_desktop.domain.workflow import CLOSED_CALL_STATUSES, Call, parse_moment
from wz_desktop.ui import palette
from wz_desktop.ui.labels import call_status_word, word
from wz_desktop.ui.widgets import waited_text

CALL_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("CallModel", text)


def call_status_label(call: Call) -> str:
    """The status as the word everyone uses (草稿 for a call not logged yet)."""
    if call.is_draft:
        return _t("草稿")
    return call_status_word(call.status)


def call_waited(call: Call, now: dt.datetime) -> str:
    """How long a logged call (not yet verified) has waited since it came in; '' for the others."""
    if call.is_draft or CallStatus(call.status) != CallStatus.LOGGED:
        return ""
    return waited_text(parse_moment(call.received_at), now)


def call_place(call: Call, sep: str = " ") -> str:
    """The call's district and place, the district once: a place that starts with it (as a pasted
    alert's place does, 沙河口区星海公园) is shown alone."""
    place = call.place or ""
    if call.district and place.startswith(call.district):
        return place
    return sep.join(part for part in (word(call.district), place) if part)


class Column(IntEnum):
    RECEIVED = 0
    SOURCE = 1
    CALLER = 2
    PHONE = 3
    PLACE = 4
    DESCRIPTION = 5
    STATUS = 6
    WAITED = 7


HEADERS = {
    Column.RECEIVED: "接报时间",
    Column.SOURCE: "来源",
    Column.CALLER: "求助人",
    Column.PHONE: "电话",
    Column.PLACE: "地点",
    Column.DESCRIPTION: "情况",
    Column.STATUS: "状态",
    Column.WAITED: "已等待",
}


class CallTableModel(QAbstractTableModel):
    """Calls as rows, in the order given (the page asks the store for the order it wants)."""

    def __init__(self, parent=None, *, now_provider: Callable[[], dt.datetime] | None = None):
        super().__init__(parent)
        self.now_provider = now_provider or dt.datetime.now
        self._calls: list[Call] = []

    # --- rows ----------------------------------------------------------------------------------------

    def set_calls(self, calls: list[Call]) -> None:
        self.beginResetModel()
        self._calls = list(calls)
        self.endResetModel()

    def call(self, row: int) -> Call | None:
        return self._calls[row] if 0 <= row < len(self._calls) else None

    def call_id(self, row: int) -> int | None:
        call = self.call(row)
        return call.id if call is not None else None

    def row_of(self, call_id: int | None) -> int:
        for row, call in enumerate(self._calls):
            if call.id == call_id:
                return row
        return -1

    def refresh_waited(self) -> None:
        """The minutes move on: repaint the 已等待 column."""
        if self._calls:
            self.dataChanged.emit(self.index(0, Column.WAITED), self.index(len(self._calls) - 1, Column.WAITED),
                                  [Qt.ItemDataRole.DisplayRole])

    # --- Qt --------------------------------------------------------------------------------------------

    def rowCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self._calls)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CallModel", HEADERS[Column(section)])
        return None

    def display_text(self, row: int, column: int) -> str:
        call = self._calls[row]
        column = Column(column)
        if column == Column.RECEIVED:
            return call.received_at or ""
        if column == Column.SOURCE:
            return word(call.source)
        if column == Column.CALLER:
            return call.caller_name
        if column == Column.PHONE:
            return call.caller_phone
        if column == Column.PLACE:
            return call_place(call)
        if column == Column.DESCRIPTION:
            return " ".join(call.description.split())
        if column == Column.STATUS:
            return call_status_label(call)
        return call_waited(call, self.now_provider())

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._calls):
            return None
        call = self._calls[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.DESCRIPTION:
            return call.description or None
        if role == CALL_ID_ROLE:
            return call.id
        if role == Qt.ItemDataRole.ForegroundRole and column in (Column.STATUS, Column.WAITED):
            status = CallStatus(call.status)
            if call.is_draft or status in CLOSED_CALL_STATUSES:
                return QBrush(palette.ARCHIVED)
            if status == CallStatus.DISPATCHED:
                return QBrush(palette.UNDER_WAY)
            return None
        if role == Qt.ItemDataRole.FontRole and column in (Column.STATUS, Column.WAITED):
            if not call.is_draft and CallStatus(call.status) in (CallStatus.LOGGED, CallStatus.VERIFIED):
                font = QFont()
                font.setBold(True)  # waits for the secretary: verification or dispatch
                return font
            if call.is_draft:
                font = QFont()
                font.setItalic(True)
                return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.WAITED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
